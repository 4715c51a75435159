#include "salestarget/domain/Report.h"

#include "salestarget/domain/DailySpread.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tree.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

Report::Report(const Tree &tree, const TargetBook &targets, const PlanSettings &settings, MetricId metric,
               Period period, QDate asOf)
    : m_tree(tree), m_targets(targets), m_settings(settings), m_metric(metric), m_period(std::move(period)),
      m_asOf(asOf), m_rollup(tree)
{
    m_fromDay = m_period.first().toJulianDay();
    m_toDay = actualsTo().isValid() ? actualsTo().toJulianDay() : m_fromDay - 1;
}

QDate Report::actualsTo() const
{
    if (m_asOf < m_period.first())
        return m_period.first().addDays(-1);
    return std::min(m_asOf, m_period.last());
}

void Report::addFact(const EntryFact &fact)
{
    if (fact.day < m_fromDay || fact.day > m_toDay)
        return;
    m_rollup.addFact(fact);
}

void Report::build()
{
    m_rollup.finish();
    const WorkCalendar &cal = m_settings.calendar;
    const DailySpread whole(cal, m_period.first(), m_period.last());
    const QDate expectedTo = std::min(m_asOf, m_period.last());
    const DailySpread toDate(cal, m_period.first(), expectedTo);

    m_pace = PaceContext::at(cal, m_period, m_asOf);

    const auto &order = m_tree.preorder();
    const auto &parents = m_tree.preorderParents();
    m_rows.assign(order.size(), ReportRow{});
    m_expected.assign(order.size(), Amount());
    const std::size_t monthCount = whole.months().size();
    // Monthly targets per row, so that the unallocated remainder is computed at the month grain
    // and then spread like a target: a fully allocated month leaves no rounding residue in a week.
    std::vector<Amount> rowMonths(order.size() * monthCount);
    std::vector<Amount> childMonths(order.size() * monthCount);
    std::vector<bool> hasChildren(order.size(), false);
    std::vector<Amount> monthTargets(monthCount);
    const std::size_t expectedMonths = toDate.months().size();
    std::vector<Amount> expectedTargets;

    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const Node &n = m_tree.node(order[pos]);
        ReportRow &row = m_rows[pos];
        row.id = n.id;
        row.name = n.name;
        row.parentRow = parents[pos];
        if (row.parentRow < 0) {
            row.path = QStringLiteral("/");
            row.depth = 0;
        } else {
            const ReportRow &parent = m_rows[std::size_t(row.parentRow)];
            row.path = parent.depth == 0 ? n.name : parent.path + u'/' + n.name;
            row.depth = parent.depth + 1;
            hasChildren[std::size_t(row.parentRow)] = true;
        }
        for (std::size_t i = 0; i < monthTargets.size(); ++i)
            monthTargets[i] = m_targets.value(m_metric, n.id, whole.months()[i]);
        row.figures.target = whole.apply(monthTargets);
        expectedTargets.assign(monthTargets.begin(), monthTargets.begin() + std::ptrdiff_t(std::min(expectedMonths, monthTargets.size())));
        m_expected[pos] = toDate.apply(expectedTargets);
        for (std::size_t i = 0; i < monthCount; ++i) {
            rowMonths[pos * monthCount + i] = monthTargets[i];
            if (row.parentRow >= 0)
                childMonths[std::size_t(row.parentRow) * monthCount + i] += monthTargets[i];
        }
    }
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        computeRow(int(pos));
        if (hasChildren[pos]) {
            Amount unallocated;
            for (std::size_t i = 0; i < monthCount; ++i)
                unallocated += whole.applyMonth(i, rowMonths[pos * monthCount + i] - childMonths[pos * monthCount + i]);
            m_rows[pos].figures.unallocated = unallocated;
        }
    }
    if (m_rollup.unassignedCount() > 0 || !m_rollup.unassigned().isZero())
        ensureUnassignedRow();
    m_built = true;
}

void Report::computeRow(int row)
{
    ReportRow &r = m_rows[std::size_t(row)];
    const Amount actual = r.unassigned ? m_rollup.unassigned() : m_rollup.totalAt(row);
    const Amount expected = r.unassigned ? Amount() : m_expected[std::size_t(row)];
    const auto unallocated = r.figures.unallocated;
    r.figures = Figures::compute(r.figures.target, actual, expected, m_pace, m_settings.laggingBelowBp,
                                 m_settings.aheadAboveBp);
    r.figures.unallocated = unallocated;
}

void Report::ensureUnassignedRow()
{
    if (!m_rows.empty() && m_rows.back().unassigned)
        return;
    ReportRow row;
    row.id = 0;
    row.path = QStringLiteral("(unassigned)");
    row.name = QCoreApplication::translate("Report", "(unassigned)");
    row.depth = 1;
    row.parentRow = 0;
    row.unassigned = true;
    m_rows.push_back(row);
    m_expected.push_back(Amount());
    computeRow(int(m_rows.size()) - 1);
    // The root now has a child even if the tree had none.
    if (!m_rows[0].figures.unallocated)
        m_rows[0].figures.unallocated = m_rows[0].figures.target;
}

int Report::rowOf(NodeId id) const
{
    if (id == 0)
        return !m_rows.empty() && m_rows.back().unassigned ? int(m_rows.size()) - 1 : -1;
    return m_tree.preorderIndex(id);
}

std::vector<int> Report::applyFact(const EntryFact &fact, int sign)
{
    std::vector<int> changed;
    if (fact.day < m_fromDay || fact.day > m_toDay)
        return changed;
    const std::vector<int> positions = m_rollup.applyDelta(m_rollup.memberOf(fact), sign * fact.value, sign);
    for (int pos : positions) {
        if (pos < 0) {
            ensureUnassignedRow();
            pos = int(m_rows.size()) - 1;
        }
        computeRow(pos);
        changed.push_back(pos);
    }
    return changed;
}

} // namespace st
