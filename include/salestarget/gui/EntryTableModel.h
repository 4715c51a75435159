#pragma once

#include "salestarget/domain/ProgressEntry.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace st {

class PlanDocument;
class ViewOptions;

/// The progress entries of one person, read once from the repository and then kept current from the
/// document's entryChanged() signal (rows inserted, removed or changed in place; a reset only when
/// many entries changed or another file was opened). Rows are in (date, id) order. Cells are edited
/// in place; each edit is one undoable EditEntryCommand, and a refused value emits editRejected()
/// naming the field and stores nothing.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTableModel)

public:
    enum Column {
        DateColumn,
        MetricColumn,
        ValueColumn,
        ProductColumn,
        RegionColumn,
        CustomerColumn,
        RefColumn,
        NoteColumn,
        ColumnCount
    };

    EntryTableModel(PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);
    ~EntryTableModel() override;

    /// Shows the entries of `person` (0: none), reading them from the repository.
    void setPerson(NodeId person);
    NodeId person() const { return m_person; }
    /// Reads the person's entries again (reset).
    void reload();
    /// While paused (its view is hidden), a new person or a change of many entries (an import)
    /// empties the model instead of reading the rows, and resuming reads them: reading one rep's
    /// entries is a query over the whole entry table (~0.4 s with 6M entries).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// The entry shown in `row` (row must be valid).
    const ProgressEntry &entryAt(int row) const { return m_rows[std::size_t(row)]; }
    /// The row of entry `id`, -1 when it is not shown.
    int rowOf(EntryId id) const;
    /// Deletes the entries of `rows` as one undoable step; false when nothing was deleted.
    bool removeEntries(const std::vector<int> &rows);
    /// The display text of a product or region member (`(none)` for 0).
    QString memberText(Dimension d, NodeId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// EditRole: a QDate or ISO text for the date; text for the value (`1,234.56`, `5万`); a node
    /// id or a path (empty: none) for product and region; text for the rest.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused; `message` names the entry and the field.
    void editRejected(const QString &message);

private:
    void onEntryChanged(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after);
    void emitColumnsChanged(int first, int last);
    /// Position keeping (date, id) order for a new row.
    int insertionRow(const ProgressEntry &entry) const;
    /// Applies the edited `value` of `column` to `entry`; throws DomainError naming the field.
    void applyEdit(ProgressEntry &entry, int column, const QVariant &value) const;
    NodeId memberFrom(Dimension d, const QVariant &value) const;

    PlanDocument *m_document;
    ViewOptions *m_options;
    NodeId m_person = 0;
    bool m_paused = false;
    bool m_stale = false; // paused with rows not read
    std::vector<ProgressEntry> m_rows;
};

} // namespace st
