#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/Report.h"

#include <QAbstractItemModel>
#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace st {

class PlanDocument;
class ViewOptions;

/// The tracking tree of the dashboard: one row per member of a dimension tree (plus the
/// "(unassigned)" bucket) with the figures of one metric, period and as-of date. It shows a
/// st::Report — the same computation as the CLI report — built from the document's in-memory facts,
/// and applies a changed entry to just the rows it touches (Report::applyFact), without a reset.
class DashboardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum Column { Name, Target, Actual, Achievement, Gap, Expected, Pace, Status, RequiredDaily, ColumnCount };

    DashboardModel(PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);
    ~DashboardModel() override;

    /// Chooses what is shown and rebuilds the report (a reset).
    void setSelection(Dimension dimension, MetricId metric, const Period &period, QDate asOf);
    Dimension dimension() const { return m_dimension; }
    MetricId metric() const { return m_metric; }
    const Period &period() const { return m_period; }
    QDate asOf() const { return m_asOf; }
    /// The report shown (null before a selection is made or with no file open).
    const Report *report() const { return m_report.get(); }

    /// The report row behind an index (-1 for an invalid index).
    int reportRow(const QModelIndex &index) const;
    QModelIndex indexOfRow(int reportRow, int column = Name) const;
    QModelIndex indexOfNode(NodeId node, int column = Name) const;
    NodeId nodeId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Figures changed after a rebuild or an entry update (for charts and panels).
    void figuresChanged();

private:
    void rebuild();
    void layoutRows();
    void allValuesChanged();
    void onEntryChanged(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after);

    PlanDocument *m_document;
    ViewOptions *m_options;
    Dimension m_dimension = Dimension::Org;
    MetricId m_metric = 1;
    Period m_period;
    QDate m_asOf;
    std::unique_ptr<Report> m_report;
    std::vector<std::vector<int>> m_children; // per report row, its child rows (index 0: the root's)
    std::vector<int> m_rowInParent;           // per report row, its position among its siblings
};

} // namespace st
