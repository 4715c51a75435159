#include "salestarget/domain/ChartSeries.h"

#include "salestarget/domain/ActualRollup.h"
#include "salestarget/domain/DailySpread.h"
#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/Figures.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/Report.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tree.h"

#include <algorithm>
#include <cstdlib>

namespace st {

namespace {

/// Which facts belong to a node: those whose member in the tree's dimension lies in its subtree
/// (the root takes every fact, "(unassigned)" ones included, as ActualRollup rolls them up).
class SubtreeFacts final
{
public:
    SubtreeFacts(const Tree &tree, NodeId node) : m_rollup(tree), m_all(node == tree.rootId())
    {
        if (m_all)
            return;
        const std::vector<NodeId> members = tree.subtree(node); // throws when `node` is not in the tree
        const NodeId maxId = *std::max_element(members.begin(), members.end());
        m_inSubtree.assign(std::size_t(maxId) + 1, false);
        for (NodeId id : members)
            m_inSubtree[std::size_t(id)] = true;
    }

    bool counts(const EntryFact &fact) const
    {
        if (m_all)
            return true;
        const NodeId member = m_rollup.memberOf(fact);
        return member > 0 && member < NodeId(m_inSubtree.size()) && m_inSubtree[std::size_t(member)];
    }

    /// Sum of the node's facts dated in [from, to] (zero when to < from).
    Amount sum(const FactCache &facts, QDate from, QDate to) const
    {
        Amount total;
        for (const EntryFact &f : facts.between(from, to)) {
            if (counts(f))
                total += Amount(f.value);
        }
        return total;
    }

private:
    ActualRollup m_rollup; // only for memberOf(): the one place that maps a fact to a dimension
    bool m_all = false;
    std::vector<bool> m_inSubtree; // by node id
};

/// The day of `month` matching `day`'s day of month (clamped to the month's end): like-for-like
/// comparison of a month that is only partly past.
QDate sameDayIn(Month month, QDate day)
{
    return std::min(month.firstDay().addDays(day.day() - 1), month.lastDay());
}

std::optional<double> change(Amount now, Amount before)
{
    if (before.isZero())
        return std::nullopt;
    return double(now.minor() - before.minor()) / double(std::llabs(before.minor()));
}

} // namespace

ProgressSeries ChartSeries::progress(const Tree &tree, const TargetBook &targets, const PlanSettings &settings,
                                     const FactCache &facts, NodeId node, const Period &period, QDate asOf)
{
    ProgressSeries s;
    s.asOf = asOf;
    if (!period.isValid() || !asOf.isValid())
        return s;
    const SubtreeFacts nodeFacts(tree, node);
    const MetricId metric = facts.metric();
    const WorkCalendar &cal = settings.calendar;
    s.projectionEnd = period.last();

    // Targets: the period's monthly targets spread into daily shares exactly as Report does.
    const DailySpread whole(cal, period.first(), period.last());
    std::vector<Amount> monthTargets;
    monthTargets.reserve(whole.months().size());
    for (Month m : whole.months())
        monthTargets.push_back(targets.value(metric, node, m));
    s.target = whole.apply(monthTargets);

    s.days.reserve(std::size_t(period.dayCount()));
    s.cumulativeTarget.reserve(std::size_t(period.dayCount()));
    Amount earlierMonths; // shares of the period's months already passed
    for (std::size_t i = 0; i < whole.months().size(); ++i) {
        const Month m = whole.months()[i];
        const QDate from = std::max(period.first(), m.firstDay());
        const QDate to = std::min(period.last(), m.lastDay());
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const DailySpread throughDay(cal, from, d); // one month: the part of `m` up to `d`
            s.days.push_back(d);
            s.cumulativeTarget.push_back(earlierMonths + throughDay.applyMonth(0, monthTargets[i]));
        }
        earlierMonths += whole.applyMonth(i, monthTargets[i]);
    }

    // Actuals: the facts of the period through the as-of date, summed per day.
    const QDate actualsTo = asOf < period.first() ? period.first().addDays(-1) : std::min(asOf, period.last());
    const qint64 firstDay = period.first().toJulianDay();
    const std::size_t actualDays = std::size_t(period.first().daysTo(actualsTo) + 1);
    s.cumulativeActual.assign(actualDays, Amount());
    for (const EntryFact &f : facts.between(period.first(), actualsTo)) {
        if (nodeFacts.counts(f))
            s.cumulativeActual[std::size_t(f.day - firstDay)] += Amount(f.value);
    }
    for (std::size_t i = 1; i < s.cumulativeActual.size(); ++i)
        s.cumulativeActual[i] += s.cumulativeActual[i - 1];
    s.actualAtAsOf = s.cumulativeActual.empty() ? Amount() : s.cumulativeActual.back();
    s.expectedAtAsOf = s.cumulativeActual.empty() ? Amount() : s.cumulativeTarget[actualDays - 1];

    const Figures figures = Figures::compute(s.target, s.actualAtAsOf, s.expectedAtAsOf, PaceContext::at(cal, period, asOf),
                                             settings.laggingBelowBp, settings.aheadAboveBp);
    s.projectionAtEnd = figures.projection;
    s.status = figures.status;
    return s;
}

TrendSeries ChartSeries::trend(const Tree &tree, const TargetBook &targets, const PlanSettings &settings,
                               const FactCache &facts, NodeId node, QDate asOf)
{
    TrendSeries s;
    if (!asOf.isValid())
        return s;
    const SubtreeFacts nodeFacts(tree, node);
    const MetricId metric = facts.metric();
    const int startMonth = settings.fiscalYearStartMonth;
    s.months = Period::year(fiscalYearOf(asOf, startMonth), startMonth).months();
    const Month current = Month::of(asOf);
    const bool currentComplete = asOf == current.lastDay();

    // Actual of a month through the as-of date; an earlier month compared with the current
    // (partial) month is cut at the same day of the month.
    const auto actualOf = [&](Month m) { return nodeFacts.sum(facts, m.firstDay(), std::min(m.lastDay(), asOf)); };
    const auto baseFor = [&](Month m, Month earlier) {
        if (m == current && !currentComplete)
            return nodeFacts.sum(facts, earlier.firstDay(), sameDayIn(earlier, asOf));
        return actualOf(earlier);
    };

    // The two months before the year, for the first moving averages.
    std::optional<Amount> twoBefore = actualOf(s.months.front() + -2);
    std::optional<Amount> oneBefore = actualOf(s.months.front() + -1);
    for (Month m : s.months) {
        s.target.push_back(targets.value(metric, node, m));
        if (m > current) {
            s.actual.push_back(std::nullopt);
            s.monthOnMonth.push_back(std::nullopt);
            s.yearOnYear.push_back(std::nullopt);
            s.movingAverage3.push_back(std::nullopt);
            twoBefore = oneBefore;
            oneBefore = std::nullopt;
            continue;
        }
        const Amount actual = actualOf(m);
        s.actual.push_back(actual);
        s.monthOnMonth.push_back(change(actual, baseFor(m, m + -1)));
        s.yearOnYear.push_back(change(actual, baseFor(m, m + -12)));
        if (twoBefore && oneBefore)
            s.movingAverage3.push_back(double((*twoBefore + *oneBefore + actual).minor()) / 3.0);
        else
            s.movingAverage3.push_back(std::nullopt);
        twoBefore = oneBefore;
        oneBefore = actual;
    }
    return s;
}

std::vector<ChildBar> ChartSeries::children(const Report &report, const Tree &tree, NodeId node)
{
    std::vector<ChildBar> bars;
    const auto add = [&bars](const ReportRow &row) {
        ChildBar bar;
        bar.node = row.id;
        bar.name = row.name;
        bar.achievement = row.figures.achievement;
        bar.pace = row.figures.pace;
        bar.status = row.figures.status;
        bars.push_back(bar);
    };
    if (!tree.contains(node))
        return bars;
    for (NodeId child : tree.children(node)) {
        const int row = report.rowOf(child);
        if (row >= 0)
            add(report.rows()[std::size_t(row)]);
    }
    if (node == tree.rootId() && !report.rows().empty() && report.rows().back().unassigned)
        add(report.rows().back());
    return bars;
}

} // namespace st
