#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Month.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/gui/DisplayFormat.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <unordered_map>
#include <vector>

namespace st {

class PlanDocument;
class ViewOptions;

/// The decomposition tree of one dimension for one metric and fiscal year: a row per member (the
/// single top-level row is the whole company), columns for the year, its quarters and months, and
/// what the children hold. Values are read from the PlanService's targets on the fly; the model
/// keeps only its own copy of the tree's shape, so that it can tell views exactly which rows were
/// inserted, moved or removed when the document reports a change that has already happened.
///
/// Views: set uniformRowHeights(true), dragDropMode InternalMove and defaultDropAction MoveAction;
/// month columns are M1..M12 (hide them for a quarters-only view).
class TargetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTreeModel)

public:
    /// M1 is the first month of the fiscal year.
    enum Column {
        Name,
        Year,
        Q1, Q2, Q3, Q4,
        M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12,
        Allocated,   ///< sum of the children's year targets (empty for a leaf)
        Unallocated, ///< year target minus Allocated (empty for a leaf)
        ColumnCount
    };

    /// Mime type of a dragged member: a QDataStream of (qint32 dimension, qint64 node id).
    static constexpr const char *kNodeMimeType = "application/x-salestarget-node";

    /// Shows the product tree, sales amount and the fiscal year that contains the document's today.
    TargetTreeModel(PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);
    ~TargetTreeModel() override;

    void setDimension(Dimension dimension);
    void setMetric(MetricId metric);
    /// The fiscal year, named by the calendar year it starts in (plan setting fiscalYearStartMonth).
    void setFiscalYear(int fiscalYear);
    Dimension dimension() const { return m_dimension; }
    MetricId metric() const { return m_metric->id; }
    int fiscalYear() const { return m_fiscalYear; }

    /// The member shown by `index`'s row (0 for an invalid index).
    NodeId nodeId(const QModelIndex &index) const;
    /// The index of member `id` in `column`; invalid when the tree has no such member.
    QModelIndex indexOf(NodeId id, int column = Name) const;
    /// The year, quarter or month of a target column (invalid for the other columns).
    Period periodOf(int column) const;
    /// The month of an M1..M12 column.
    std::optional<Month> monthOf(int column) const;
    /// The colour of an unallocated remainder (invalid for zero); always shown with its sign.
    static QColor remainderColor(Amount remainder);
    static bool isTargetColumn(int column) { return column >= Year && column <= M12; }
    static bool isMonthColumn(int column) { return column >= M1 && column <= M12; }
    /// Whether any month of `cell`'s period (all of them with `all`) is locked.
    bool isLocked(const QModelIndex &cell, bool all = false) const;
    /// Locks or unlocks a month cell, or every month of a quarter or year cell, as one undoable
    /// step. False when nothing changed (or the document refused it and said why).
    bool setLocked(const QModelIndex &cell, bool locked);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses the text (`5000万`, `1,200.5`, `1.2亿`; a bare number is in the display unit) and sets
    /// the cell's target as one undoable step; edits of one cell merge. A bad value emits
    /// editRejected() naming the cell and changes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged member under `parent` (at the end when dropped onto it, else at `row`).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// An edit was refused; `message` names the cell (`产品线A · Q3: …`) and says why.
    void editRejected(const QString &message);

private:
    /// The model's own copy of the tree's shape and names, in step with what views were told.
    struct Shadow {
        NodeId parent = 0;
        int row = 0;
        bool person = false;
        QString name;
        std::vector<NodeId> children;
    };
    /// A member's targets per month of the year, and its children's sums.
    struct Balance {
        std::array<Amount, 12> own{};
        std::array<Amount, 12> children{};
        Amount ownYear() const;
        Amount childrenYear() const;
        int unbalancedMonths() const;
    };
    struct Drop {
        NodeId node = 0;
        NodeId parent = 0;
        int position = -1;
    };

    // TargetTreeModel.cpp: reading
    const Shadow *shadowOf(NodeId id) const;
    QVariant nameData(NodeId id, const Shadow &node, int role) const;
    QVariant targetData(NodeId id, int column, int role) const;
    QVariant balanceData(NodeId id, const Shadow &node, int column, int role) const;
    QVariant headerText(int section) const;
    QVariant headerToolTip(int section) const;
    Balance balanceOf(NodeId id, const Shadow &node) const;
    Amount valueOf(NodeId id, int column) const;
    /// Locked months of a target column's period, and how many months it has.
    std::pair<int, int> lockedMonths(NodeId id, int column) const;
    const QIcon &lockIcon() const;
    QString currency() const;
    DisplayUnit unit() const;
    QString nodeName(NodeId id) const;
    QString cellLabel(int column) const;

    // TargetTreeModelSync.cpp: following the document
    void reset();
    void rebuildShadow();
    void syncTree(Dimension dimension);
    bool placeChildren(NodeId parent, std::vector<NodeId> &touched);
    void adopt(NodeId id, NodeId parent, int row);
    void removeGoneChildren(NodeId parent, std::vector<NodeId> &touched);
    void eraseSubtree(NodeId id);
    void renumber(NodeId parent, std::size_t from = 0);
    void onTargetsChanged(const std::vector<TargetChange> &changes);
    void onSettingsChanged();
    void onDisplayUnitChanged();
    std::optional<Drop> dropFor(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent) const;

    PlanDocument *m_document;
    ViewOptions *m_options;
    Dimension m_dimension = Dimension::Product;
    const Metric *m_metric;
    int m_fiscalYear = 0;
    int m_startMonth = 1;
    std::array<Month, 12> m_months{};
    std::unordered_map<NodeId, Shadow> m_shadow; // empty while no file is open
    mutable QIcon m_lockIcon;                     // drawn on first use
};

} // namespace st
