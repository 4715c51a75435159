#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/Status.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace st {

class FactCache;
class Report;
class TargetBook;
class Tree;
struct PlanSettings;

/// Cumulative progress of one node over a period, day by day (the dashboard's progress line).
/// The figures at the as-of date are those of st::Report for the same node, period and as-of date.
struct ProgressSeries {
    std::vector<QDate> days;            // every calendar day of the period
    std::vector<Amount> cumulativeTarget;   // target shares summed from the period start through the day
    std::vector<Amount> cumulativeActual;   // actuals summed through the day (only up to the as-of date;
                                            // empty when the as-of date is before the period)
    QDate asOf;                         // the marker (as given; may lie outside the period)
    Amount expectedAtAsOf;              // expected-to-date at the as-of date
    Amount actualAtAsOf;
    QDate projectionEnd;                // the period's last day
    Amount projectionAtEnd;             // run-rate projection (dashed line from the as-of point)
    Amount target;                      // the period target
    Status status = Status::NoTarget;   // pace status at the as-of date
};

/// Month by month actual vs target over a fiscal year, with changes and a moving average.
/// The month containing the as-of date counts through the as-of date only; its month-on-month and
/// year-on-year changes compare like with like (the same days of the earlier month). Months before
/// the fiscal year (for the first moving averages and every year-on-year change) come from the facts.
struct TrendSeries {
    std::vector<Month> months;                      // the 12 months of the fiscal year
    std::vector<Amount> target;
    std::vector<std::optional<Amount>> actual;      // none for months after the as-of date
    std::vector<std::optional<double>> monthOnMonth;// (actual - previous month) / |previous month|; none when it is 0
    std::vector<std::optional<double>> yearOnYear;  // (actual - same month a year earlier) / |that month|
    std::vector<std::optional<double>> movingAverage3; // mean of this and the two previous months' actuals, minor units
};

/// One bar of the children comparison: a child's achievement and status for the period.
struct ChildBar {
    NodeId node = 0;
    QString name;
    std::optional<double> achievement;
    std::optional<double> pace;
    Status status = Status::NoTarget;
};

/// Builds chart data from targets and in-memory facts. Pure domain: the charts only draw it.
/// The metric is the one `facts` holds; the facts of a node are those of its subtree in `tree`'s
/// dimension (the root also counts the "(unassigned)" ones), as st::Report counts them.
/// Throws DomainError when `node` is not in `tree`.
class ChartSeries final
{
public:
    /// Daily cumulative target/actual of `node` over `period`, the as-of marker and the projection.
    static ProgressSeries progress(const Tree &tree, const TargetBook &targets, const PlanSettings &settings,
                                   const FactCache &facts, NodeId node, const Period &period, QDate asOf);
    /// Monthly actual vs target of `node` over the fiscal year containing `asOf`.
    static TrendSeries trend(const Tree &tree, const TargetBook &targets, const PlanSettings &settings,
                             const FactCache &facts, NodeId node, QDate asOf);
    /// One bar per child of `node` in `report` (in tree order; the root's "(unassigned)" bucket last, id 0).
    static std::vector<ChildBar> children(const Report &report, const Tree &tree, NodeId node);
};

} // namespace st
