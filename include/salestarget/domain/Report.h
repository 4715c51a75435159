#pragma once

#include "salestarget/domain/ActualRollup.h"
#include "salestarget/domain/Figures.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"

#include <QDate>
#include <QString>

#include <vector>

namespace st {

class Tree;
class TargetBook;
struct PlanSettings;

/// One row of a report: a node (or the "(unassigned)" bucket) with its figures.
struct ReportRow {
    NodeId id = 0;          // 0 for the "(unassigned)" bucket
    QString path;           // `/`, `A`, `A/B`, `(unassigned)`
    QString name;
    int depth = 0;
    int parentRow = -1;     // index of the parent row, -1 for the root
    bool unassigned = false;
    Figures figures;
};

/// The figures of every node of one tree for (metric, period, as-of date): the single computation
/// behind the CLI report, the dashboard and the weekly summary.
///
/// Feed it the entry facts of actualsFrom()..actualsTo() (extra facts are ignored), then build().
/// After build(), applyFact() updates the rows one changed entry touches without recomputing the rest.
class Report final
{
public:
    Report(const Tree &tree, const TargetBook &targets, const PlanSettings &settings, MetricId metric,
           Period period, QDate asOf);

    MetricId metric() const { return m_metric; }
    const Period &period() const { return m_period; }
    QDate asOf() const { return m_asOf; }
    /// First and last day of the entries that count (empty range when as-of is before the period).
    QDate actualsFrom() const { return m_period.first(); }
    QDate actualsTo() const;

    /// Adds one entry fact (ignored when outside actualsFrom()..actualsTo()).
    void addFact(const EntryFact &fact);
    /// Computes targets and figures for every node. Rows are depth-first, root first; the
    /// "(unassigned)" row follows the root's subtree as its last child when any entry fell there.
    void build();
    /// Recomputes target-derived figures after targets changed (actuals are kept).
    void refreshTargets() { build(); }

    const std::vector<ReportRow> &rows() const { return m_rows; }
    /// Row index of `id`, -1 when absent.
    int rowOf(NodeId id) const;

    /// Adds (sign = +1) or removes (sign = -1) one entry after build(); returns the rows that changed.
    std::vector<int> applyFact(const EntryFact &fact, int sign);

private:
    void computeRow(int row);
    void ensureUnassignedRow();

    const Tree &m_tree;
    const TargetBook &m_targets;
    const PlanSettings &m_settings;
    MetricId m_metric;
    Period m_period;
    QDate m_asOf;
    qint64 m_fromDay = 0;
    qint64 m_toDay = -1;
    ActualRollup m_rollup;
    PaceContext m_pace;
    std::vector<ReportRow> m_rows;
    std::vector<Amount> m_expected; // per tree row
    bool m_built = false;
};

} // namespace st
