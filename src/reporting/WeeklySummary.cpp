#include "salestarget/reporting/WeeklySummary.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace st {

namespace {

Figures figuresOf(const Report &report, const SummaryRow &row)
{
    const int i = report.rowOf(row.unassigned ? 0 : row.id);
    return i < 0 ? Figures{} : report.rows()[std::size_t(i)].figures;
}

QString percentOfBp(int bp)
{
    return Amount(bp).toDecimalString(2) + u'%';
}

/// The corrective actions of `node` that concern `metric` (its own or all metrics' ones): open
/// first, then done; by due date within each (none last); then by id, the order they were recorded.
std::vector<CorrectiveAction> actionsFor(const PlanService &service, NodeId node, MetricId metric)
{
    std::vector<CorrectiveAction> out;
    for (CorrectiveAction &a : service.actionsOf(node)) {
        if (a.metric == metric || a.metric == 0)
            out.push_back(std::move(a));
    }
    std::sort(out.begin(), out.end(), [](const CorrectiveAction &a, const CorrectiveAction &b) {
        if (a.status != b.status)
            return a.status == ActionStatus::Open;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.id < b.id;
    });
    return out;
}

} // namespace

QDate WeeklySummary::defaultAsOf(const Period &week, QDate today)
{
    return std::min(week.last(), today);
}

WeeklySummary WeeklySummary::build(PlanService &service, const std::vector<Dimension> &dimensions, MetricId metric,
                                   int isoYear, int week, QDate asOf, QDateTime generatedAt)
{
    if (dimensions.empty())
        throw DomainError(QCoreApplication::translate("WeeklySummary", "The weekly summary needs at least one dimension."));
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
        if (std::find(dimensions.begin(), dimensions.begin() + std::ptrdiff_t(i), dimensions[i])
            != dimensions.begin() + std::ptrdiff_t(i))
            throw DomainError(QCoreApplication::translate("WeeklySummary", "The dimension %1 is asked for twice.").arg(dimensionKey(dimensions[i])));
    }
    if (!asOf.isValid())
        throw DomainError(QCoreApplication::translate("WeeklySummary", "The weekly summary needs a valid as-of date."));
    (void)Metric::byId(metric); // throws for an unknown metric

    const PlanSettings &settings = service.settings();
    const int startMonth = settings.fiscalYearStartMonth;
    WeeklySummary s;
    s.week = Period::week(isoYear, week);
    s.previousWeek = s.week.previous();
    s.month = Period::containing(PeriodKind::Month, asOf, startMonth);
    s.quarter = Period::containing(PeriodKind::Quarter, asOf, startMonth);
    s.year = Period::containing(PeriodKind::Year, asOf, startMonth);
    s.fiscalYear = fiscalYearOf(asOf, startMonth);
    s.company = settings.companyName;
    if (s.company.isEmpty()) {
        // The root's name is the company's once it was named; a plan never named shows "/".
        const QString root = service.tree(Dimension::Org).node(kRootId).name;
        s.company = root == u"/" ? QCoreApplication::translate("WeeklySummary", "Company") : root;
    }
    s.currency = settings.currency;
    s.metric = metric;
    s.asOf = asOf;
    s.generatedAt = std::move(generatedAt);
    s.laggingBelowBp = settings.laggingBelowBp;
    s.aheadAboveBp = settings.aheadAboveBp;

    // One read of the metric's facts; every report below is computed from memory.
    FactCache facts;
    facts.load(service.repository(), metric);

    for (const Dimension d : dimensions) {
        const auto weekReport = service.report(d, facts, s.week, asOf);
        const auto previousReport = service.report(d, facts, s.previousWeek, asOf);
        const auto monthReport = service.report(d, facts, s.month, asOf);
        const auto quarterReport = service.report(d, facts, s.quarter, asOf);
        const auto yearReport = service.report(d, facts, s.year, asOf);
        const std::array<const Report *, 5> reports{weekReport.get(), previousReport.get(), monthReport.get(),
                                                    quarterReport.get(), yearReport.get()};
        SummarySection section;
        section.dimension = d;
        const auto addRow = [&](const ReportRow &r) {
            SummaryRow row;
            row.id = r.id;
            row.path = r.path;
            row.name = r.name;
            row.depth = r.depth;
            row.unassigned = r.unassigned;
            row.week = figuresOf(*weekReport, row);
            row.month = figuresOf(*monthReport, row);
            row.quarter = figuresOf(*quarterReport, row);
            row.year = figuresOf(*yearReport, row);
            row.previousWeekActual = figuresOf(*previousReport, row).actual;
            row.change = row.week.actual - row.previousWeekActual;
            if (!row.previousWeekActual.isZero())
                row.changeRate = double(row.change.minor()) / double(std::llabs(row.previousWeekActual.minor()));
            section.rows.push_back(std::move(row));
        };
        for (const ReportRow &r : weekReport->rows()) {
            if (!r.unassigned)
                addRow(r);
        }
        // The "(unassigned)" bucket appears when any of the periods has entries in it.
        for (const Report *r : reports) {
            const int i = r->rowOf(0);
            if (i >= 0) {
                addRow(r->rows()[std::size_t(i)]);
                break;
            }
        }
        for (std::size_t i = 0; i < section.rows.size(); ++i) {
            const SummaryRow &row = section.rows[i];
            if (row.status() != Status::Lagging)
                continue;
            LaggingNode node;
            node.row = int(i);
            if (!row.unassigned) // "(unassigned)" is no node: nothing can be recorded on it
                node.actions = actionsFor(service, row.id, metric);
            section.lagging.push_back(std::move(node));
        }
        std::stable_sort(section.lagging.begin(), section.lagging.end(), [&](const LaggingNode &a, const LaggingNode &b) {
            return section.rows[std::size_t(a.row)].month.gap > section.rows[std::size_t(b.row)].month.gap;
        });
        s.sections.push_back(std::move(section));
    }

    // The progress chart: the whole company's month, one report per day (the root is the same in
    // every tree, so the first dimension's is taken).
    for (QDate day = s.month.first(); day <= s.month.last(); day = day.addDays(1)) {
        const auto r = service.report(dimensions.front(), facts, s.month, day);
        const Figures &root = r->rows().front().figures;
        ProgressPoint p;
        p.day = day;
        p.expected = root.expected;
        if (day <= asOf)
            p.actual = root.actual;
        s.progress.push_back(p);
    }
    return s;
}

QString WeeklySummary::periodLabel(const Period &period)
{
    return QStringLiteral("%1 (%2 – %3)")
        .arg(period.toString(), period.first().toString(Qt::ISODate), period.last().toString(Qt::ISODate));
}

QString WeeklySummary::title() const
{
    return QCoreApplication::translate("WeeklySummary", "Weekly summary — %1").arg(company);
}

std::vector<SummaryDefinition> WeeklySummary::headerFields() const
{
    const Metric &m = metricInfo();
    return {
        {QCoreApplication::translate("WeeklySummary", "Plan"), QCoreApplication::translate("WeeklySummary", "%1, fiscal year %2").arg(company, year.toString())},
        {QCoreApplication::translate("WeeklySummary", "Metric"), QStringLiteral("%1 (%2)").arg(m.name(), m.unitLabel(currency))},
        {QCoreApplication::translate("WeeklySummary", "Week"), periodLabel(week)},
        {QCoreApplication::translate("WeeklySummary", "As of"), asOf.toString(Qt::ISODate)},
        {QCoreApplication::translate("WeeklySummary", "Generated at"), generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
    };
}

QString WeeklySummary::note() const
{
    return QCoreApplication::translate("WeeklySummary", "Month %1, quarter %2 and year %3 are the periods containing the as-of date: target of the whole "
              "period, actual through %4. Pace and status are those of the month to date.")
        .arg(month.toString(), quarter.toString(), year.toString(), asOf.toString(Qt::ISODate));
}

std::vector<SummaryDefinition> WeeklySummary::definitions() const
{
    const Metric &m = metricInfo();
    return {
        {m.name(), m.definition()},
        {QCoreApplication::translate("WeeklySummary", "Target"), QCoreApplication::translate("WeeklySummary", "The target of the period: the sum of its months; a month's target is spread evenly over its "
                          "working days, so a week's target is the sum of its days' shares.")},
        {QCoreApplication::translate("WeeklySummary", "Actual"), QCoreApplication::translate("WeeklySummary", "The sum of the entries dated in the period up to and including the as-of date %1.")
                           .arg(asOf.toString(Qt::ISODate))},
        {QCoreApplication::translate("WeeklySummary", "Achieved"), QCoreApplication::translate("WeeklySummary", "Actual ÷ target of the period (empty when there is no target).")},
        {QCoreApplication::translate("WeeklySummary", "Gap"), QCoreApplication::translate("WeeklySummary", "Target − actual: positive means still to do.")},
        {QCoreApplication::translate("WeeklySummary", "Pace"), QCoreApplication::translate("WeeklySummary", "Month to date: actual ÷ expected, where expected is the sum of the daily target shares from "
                        "the first of the month through the as-of date.")},
        {QCoreApplication::translate("WeeklySummary", "Status"), QCoreApplication::translate("WeeklySummary", "Lagging when the pace is below %1, ahead when it is above %2, otherwise on track; not started "
                          "before the month's first working day; no target when the month has none.")
                           .arg(percentOfBp(laggingBelowBp), percentOfBp(aheadAboveBp))},
        {QCoreApplication::translate("WeeklySummary", "Change"), QCoreApplication::translate("WeeklySummary", "Week actual − actual of the previous week %1; the rate divides by the previous week's actual.")
                           .arg(periodLabel(previousWeek))},
        {QCoreApplication::translate("WeeklySummary", "Required daily rate"), QCoreApplication::translate("WeeklySummary", "Month gap ÷ working days left in the month after the as-of date.")},
        {QCoreApplication::translate("WeeklySummary", "Lagging nodes"), QCoreApplication::translate("WeeklySummary", "Nodes whose month-to-date status is lagging, largest gap first.")},
        {QCoreApplication::translate("WeeklySummary", "Corrective actions"),
         QCoreApplication::translate("WeeklySummary", "The corrective actions (调整措施) recorded on a lagging node for %1 or for all metrics, "
                                     "one line each: open ones first, then done ones, by due date. The variance reason "
                                     "recorded with an action is internal or external, with a note.")
             .arg(m.name())},
    };
}

QString WeeklySummary::actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return QCoreApplication::translate("WeeklySummary", "Open");
    case ActionStatus::Done: return QCoreApplication::translate("WeeklySummary", "Done");
    }
    return {};
}

QString WeeklySummary::reasonCategoryText(ReasonCategory category)
{
    switch (category) {
    case ReasonCategory::Internal: return QCoreApplication::translate("WeeklySummary", "Internal");
    case ReasonCategory::External: return QCoreApplication::translate("WeeklySummary", "External");
    case ReasonCategory::None: break;
    }
    return {};
}

QString WeeklySummary::reasonText(const CorrectiveAction &action)
{
    const QString category = reasonCategoryText(action.reasonCategory);
    const QString note = action.reasonNote.trimmed();
    if (category.isEmpty())
        return note;
    if (note.isEmpty())
        return category;
    return QCoreApplication::translate("WeeklySummary", "%1 — %2").arg(category, note);
}

int WeeklySummary::laggingCount() const
{
    int n = 0;
    for (const SummarySection &s : sections)
        n += int(s.lagging.size());
    return n;
}

} // namespace st
