#pragma once

#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/reporting/SummaryColumns.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace st {

/// The node table of one section of a WeeklySummary, as ReportsPage previews it: the same rows
/// (tree order, names indented by depth) and the same columns (SummaryColumns::table()) as the
/// exported files. DisplayRole is formatted by DisplayFormat (thousands separators, 元/万元);
/// RawValueRole gives minor units (amounts) or doubles (ratios), NodeIdRole and StatusRole as in
/// ModelRoles.h, DepthRole the row's depth. Status cells hold the symbol and label, coloured; a
/// lagging row's status tooltip lists its corrective actions, as the exported lagging list does.
class SummaryPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPreviewModel)

public:
    /// The depth of the row's node (0 for the root), as an int.
    static constexpr int DepthRole = Qt::UserRole + 40;

    explicit SummaryPreviewModel(QObject *parent = nullptr);
    ~SummaryPreviewModel() override;

    /// Shows section `section` of `summary` (resets the model: a new summary is a new table).
    void setSummary(std::shared_ptr<const WeeklySummary> summary, int section = 0);
    /// The summary shown (null before the first setSummary()).
    const std::shared_ptr<const WeeklySummary> &summary() const { return m_summary; }
    /// Money in 元 or 万元: every amount cell changes (dataChanged, no reset).
    void setDisplayUnit(DisplayUnit unit);
    /// The row of `node` (-1 when absent; 0 is the "(unassigned)" row).
    int rowOf(NodeId node) const;
    /// The summary row behind table row `row` (which must be valid).
    const SummaryRow &summaryRow(int row) const;
    /// The lagging node of table row `row`, with its corrective actions (null when not lagging).
    const LaggingNode *laggingNode(int row) const;
    /// "Corrective actions:" and one line per action (or "No corrective action yet"): the tooltip
    /// of a lagging row's status cell.
    static QString actionsToolTip(const LaggingNode &node);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SummarySection *section() const;
    QString displayText(const SummaryColumns::Cell &cell) const;

    std::shared_ptr<const WeeklySummary> m_summary;
    int m_section = 0;
    std::vector<SummaryColumns::Column> m_columns;
    DisplayUnit m_unit = DisplayUnit::Yuan;
};

} // namespace st
