#include "salestarget/reporting/WeeklySummary.h"

#include "salestarget/domain/DomainError.h"

#include "reporting/SummaryTestSupport.h"

#include <gtest/gtest.h>

using namespace st;
using namespace st::test;

namespace {

void expectSameFigures(const Figures &summary, const Figures &report, const std::string &where)
{
    EXPECT_EQ(summary.target, report.target) << where;
    EXPECT_EQ(summary.actual, report.actual) << where;
    EXPECT_EQ(summary.achievement, report.achievement) << where;
    EXPECT_EQ(summary.gap, report.gap) << where;
    EXPECT_EQ(summary.expected, report.expected) << where;
    EXPECT_EQ(summary.pace, report.pace) << where;
    EXPECT_EQ(summary.status, report.status) << where;
    EXPECT_EQ(summary.requiredDaily, report.requiredDaily) << where;
}

/// Every figure of every row equals the report of its period (the summary computes nothing itself).
void expectMatchesReports(PlanService &service, const WeeklySummary &s)
{
    for (const SummarySection &section : s.sections) {
        const auto week = service.report(section.dimension, s.metric, s.week, s.asOf);
        const auto previous = service.report(section.dimension, s.metric, s.previousWeek, s.asOf);
        const auto month = service.report(section.dimension, s.metric, s.month, s.asOf);
        const auto quarter = service.report(section.dimension, s.metric, s.quarter, s.asOf);
        const auto year = service.report(section.dimension, s.metric, s.year, s.asOf);
        ASSERT_GE(section.rows.size(), week->rows().size());
        for (const SummaryRow &row : section.rows) {
            const std::string where = dimensionKey(section.dimension).toStdString() + " " + row.path.toStdString();
            const auto check = [&](const Report &report, const Figures &figures, const char *period) {
                if (const ReportRow *r = reportRow(report, row.path))
                    expectSameFigures(figures, r->figures, where + " " + period);
                else // only "(unassigned)" may be missing from a period without such entries
                    EXPECT_TRUE(row.unassigned && figures.actual.isZero()) << where << " " << period;
            };
            check(*week, row.week, "week");
            check(*month, row.month, "month");
            check(*quarter, row.quarter, "quarter");
            check(*year, row.year, "year");
            const ReportRow *p = reportRow(*previous, row.path);
            EXPECT_EQ(row.previousWeekActual, p ? p->figures.actual : Amount()) << where;
            EXPECT_EQ(row.change, row.week.actual - row.previousWeekActual) << where;
        }
    }
}

} // namespace

// --- figures equal the reports, for every dimension and metric ---------------------------------

struct FigureCase {
    Dimension dimension;
    MetricId metric;
    int isoYear;
    int week;
    QDate asOf;
};

class WeeklySummaryFiguresTest : public ::testing::TestWithParam<FigureCase>
{
};

TEST_P(WeeklySummaryFiguresTest, EveryFigureIsTheReportsFigure)
{
    const FigureCase c = GetParam();
    const WeeklySummary s = demoSummary({c.dimension}, c.metric, c.isoYear, c.week, c.asOf);
    ASSERT_EQ(s.sections.size(), 1u);
    expectMatchesReports(TestPlan::demo().service, s);
}

INSTANTIATE_TEST_SUITE_P(
    DemoPlan, WeeklySummaryFiguresTest,
    ::testing::Values(FigureCase{Dimension::Org, kSalesMetric, 2026, 47, QDate(2026, 11, 22)},
                      FigureCase{Dimension::Product, kSalesMetric, 2026, 47, QDate(2026, 11, 22)},
                      FigureCase{Dimension::Region, kSalesMetric, 2026, 47, QDate(2026, 11, 19)},
                      FigureCase{Dimension::Product, kVisitsMetric, 2026, 47, QDate(2026, 11, 22)},
                      FigureCase{Dimension::Org, 2, 2026, 45, QDate(2026, 11, 8)},
                      // 2025-12-29 .. 2026-01-04: two months and two years
                      FigureCase{Dimension::Org, kSalesMetric, 2026, 1, QDate(2026, 1, 4)},
                      FigureCase{Dimension::Region, kSalesMetric, 2026, 1, QDate(2025, 12, 31)}));

// --- periods -------------------------------------------------------------------------------

TEST(WeeklySummaryTest, PeriodsContainTheAsOfDate)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    EXPECT_EQ(s.week.toString(), QStringLiteral("2026-W47"));
    EXPECT_EQ(s.week.first(), QDate(2026, 11, 16));
    EXPECT_EQ(s.week.last(), QDate(2026, 11, 22));
    EXPECT_EQ(s.previousWeek.toString(), QStringLiteral("2026-W46"));
    EXPECT_EQ(s.month.toString(), QStringLiteral("2026-11"));
    EXPECT_EQ(s.quarter.toString(), QStringLiteral("2026-Q4"));
    EXPECT_EQ(s.year.toString(), QStringLiteral("2026"));
    EXPECT_EQ(s.company, QStringLiteral("华信科技"));
    EXPECT_EQ(s.generatedAt, kGeneratedAt);
    EXPECT_EQ(WeeklySummary::periodLabel(s.week), QStringLiteral("2026-W47 (2026-11-16 – 2026-11-22)"));
}

TEST(WeeklySummaryTest, WeekAcrossTwoMonthsAndTwoYearsCountsBothSides)
{
    // ISO week 1 of 2026 runs from Monday 2025-12-29 to Sunday 2026-01-04.
    PlanService &service = TestPlan::demo().service;
    const WeeklySummary s = demoSummary({Dimension::Product}, kSalesMetric, 2026, 1, QDate(2026, 1, 4));
    EXPECT_EQ(s.week.first(), QDate(2025, 12, 29));
    EXPECT_EQ(s.previousWeek.toString(), QStringLiteral("2025-W52"));
    EXPECT_EQ(s.month.toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(s.year.toString(), QStringLiteral("2026"));
    const auto december = service.report(Dimension::Product, kSalesMetric, Period::parse(u"2025-12"), QDate(2025, 12, 31));
    const auto decemberBefore = service.report(Dimension::Product, kSalesMetric, Period::parse(u"2025-12"), QDate(2025, 12, 28));
    const SummaryRow &root = s.sections.front().rows.front();
    const Amount decemberPart = december->rows().front().figures.actual - decemberBefore->rows().front().figures.actual;
    EXPECT_GT(decemberPart, Amount());
    EXPECT_EQ(root.week.actual, decemberPart + root.month.actual); // January so far is the month to date
    EXPECT_EQ(root.year.actual, root.month.actual);                // the year only counts January
    EXPECT_GT(root.week.target, Amount());
}

TEST(WeeklySummaryTest, DefaultAsOfIsTheSundayOrAnEarlierToday)
{
    const Period w47 = Period::week(2026, 47);
    EXPECT_EQ(WeeklySummary::defaultAsOf(w47, QDate(2026, 11, 30)), QDate(2026, 11, 22));
    EXPECT_EQ(WeeklySummary::defaultAsOf(w47, QDate(2026, 11, 19)), QDate(2026, 11, 19));
}

// --- rows ----------------------------------------------------------------------------------

TEST(WeeklySummaryTest, RowsAreTheTreeInOrderWithChineseNames)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const auto report = TestPlan::demo().service.report(Dimension::Org, kSalesMetric, s.week, s.asOf);
    const auto &rows = s.sections.front().rows;
    ASSERT_EQ(rows.size(), report->rows().size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].path, report->rows()[i].path);
        EXPECT_EQ(rows[i].depth, report->rows()[i].depth);
    }
    EXPECT_EQ(rows.front().name, QStringLiteral("华信科技"));
    EXPECT_EQ(rows[1].path, QStringLiteral("销售部"));
    EXPECT_EQ(rows[3].path, QStringLiteral("销售部/华东一组/张伟"));
}

TEST(WeeklySummaryTest, UnassignedBucketComesLast)
{
    // Visits name no product, so the product tree has them all in "(unassigned)".
    const WeeklySummary s = demoSummary({Dimension::Product}, kVisitsMetric);
    const auto &rows = s.sections.front().rows;
    ASSERT_TRUE(rows.back().unassigned);
    EXPECT_EQ(rows.back().path, QStringLiteral("(unassigned)"));
    EXPECT_EQ(rows.back().week.actual, rows.front().week.actual);
    EXPECT_EQ(rows.back().status(), Status::NoTarget);
}

TEST(WeeklySummaryTest, ChangeRateDividesByThePreviousWeek)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    for (const SummaryRow &r : s.sections.front().rows) {
        if (r.previousWeekActual.isZero()) {
            EXPECT_FALSE(r.changeRate) << r.path.toStdString();
        } else {
            ASSERT_TRUE(r.changeRate) << r.path.toStdString();
            EXPECT_DOUBLE_EQ(*r.changeRate, double(r.change.minor()) / double(std::llabs(r.previousWeekActual.minor())));
        }
    }
}

TEST(WeeklySummaryTest, LaggingNodesAreTheLaggingRowsLargestGapFirst)
{
    const WeeklySummary s = demoSummary({Dimension::Org, Dimension::Product});
    ASSERT_EQ(s.sections.size(), 2u);
    int lagging = 0;
    for (const SummarySection &section : s.sections) {
        std::size_t expected = 0;
        for (const SummaryRow &r : section.rows)
            expected += r.status() == Status::Lagging ? 1 : 0;
        ASSERT_EQ(section.lagging.size(), expected);
        for (std::size_t i = 0; i < section.lagging.size(); ++i) {
            const SummaryRow &r = section.rows[std::size_t(section.lagging[i].row)];
            EXPECT_EQ(r.status(), Status::Lagging);
            if (i > 0) {
                EXPECT_GE(section.rows[std::size_t(section.lagging[i - 1].row)].month.gap, r.month.gap);
            }
        }
        lagging += int(section.lagging.size());
    }
    EXPECT_GT(lagging, 0); // the demo has lagging reps
    EXPECT_EQ(s.laggingCount(), lagging);
}

TEST(WeeklySummaryTest, ProgressCoversTheMonthWithActualsThroughTheAsOfDate)
{
    const WeeklySummary s = demoSummary({Dimension::Region}, kSalesMetric, 2026, 47, QDate(2026, 11, 19));
    ASSERT_EQ(s.progress.size(), 30u);
    const SummaryRow &root = s.sections.front().rows.front();
    for (const ProgressPoint &p : s.progress)
        EXPECT_EQ(p.actual.has_value(), p.day <= QDate(2026, 11, 19)) << p.day.toString().toStdString();
    EXPECT_EQ(*s.progress[18].actual, root.month.actual);
    EXPECT_EQ(s.progress[18].expected, root.month.expected);
    EXPECT_EQ(s.progress.back().expected, root.month.target);
}

// --- empty weeks and plans ------------------------------------------------------------------

TEST(WeeklySummaryTest, WeekAfterTheAsOfDateIsEmpty)
{
    const WeeklySummary s = demoSummary({Dimension::Org}, kSalesMetric, 2026, 50, kDemoToday);
    for (const SummaryRow &r : s.sections.front().rows) {
        EXPECT_TRUE(r.week.actual.isZero());
        EXPECT_TRUE(r.previousWeekActual.isZero());
        EXPECT_EQ(r.week.status, Status::NotStarted);
    }
}

TEST(WeeklySummaryTest, EmptyPlanHasOnlyTheCompany)
{
    TestPlan plan;
    const WeeklySummary s = WeeklySummary::build(plan.service, {Dimension::Org, Dimension::Region}, kSalesMetric, 2026,
                                                 47, kDemoToday, kGeneratedAt);
    for (const SummarySection &section : s.sections) {
        ASSERT_EQ(section.rows.size(), 1u);
        EXPECT_EQ(section.rows.front().path, QStringLiteral("/"));
        EXPECT_EQ(section.rows.front().status(), Status::NoTarget);
        EXPECT_TRUE(section.lagging.empty());
    }
    EXPECT_EQ(s.progress.size(), 30u);
    EXPECT_EQ(s.company, QStringLiteral("Company")); // never named: not "/"
}

TEST(WeeklySummaryTest, FiscalPeriodsFollowTheSettings)
{
    TestPlan plan;
    PlanSettings settings = plan.service.settings();
    settings.fiscalYearStartMonth = 4;
    plan.service.saveSettings(settings);
    const WeeklySummary s = WeeklySummary::build(plan.service, {Dimension::Org}, kSalesMetric, 2027, 2,
                                                 QDate(2027, 1, 10), kGeneratedAt);
    EXPECT_EQ(s.quarter.toString(), QStringLiteral("FY2026-Q4"));
    EXPECT_EQ(s.year.toString(), QStringLiteral("FY2026"));
    EXPECT_EQ(s.fiscalYear, 2026);
}

// --- refusals -------------------------------------------------------------------------------

TEST(WeeklySummaryTest, RefusesWhatCannotBeSummarised)
{
    PlanService &service = TestPlan::demo().service;
    EXPECT_THROW(WeeklySummary::build(service, {}, kSalesMetric, 2026, 47, kDemoToday, kGeneratedAt), DomainError);
    EXPECT_THROW(WeeklySummary::build(service, {Dimension::Org, Dimension::Org}, kSalesMetric, 2026, 47, kDemoToday,
                                      kGeneratedAt),
                 DomainError);
    EXPECT_THROW(WeeklySummary::build(service, {Dimension::Org}, kSalesMetric, 2025, 53, kDemoToday, kGeneratedAt),
                 DomainError);
    EXPECT_THROW(WeeklySummary::build(service, {Dimension::Org}, 99, 2026, 47, kDemoToday, kGeneratedAt), DomainError);
    EXPECT_THROW(WeeklySummary::build(service, {Dimension::Org}, kSalesMetric, 2026, 47, QDate(), kGeneratedAt),
                 DomainError);
}

TEST(WeeklySummaryTest, DefinitionsNameTheMetricAndTheThresholds)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const auto defs = s.definitions();
    ASSERT_FALSE(defs.empty());
    EXPECT_EQ(defs.front().term, s.metricInfo().name());
    EXPECT_EQ(defs.front().text, s.metricInfo().definition());
    bool thresholds = false;
    for (const SummaryDefinition &d : defs)
        thresholds = thresholds || (d.text.contains(QStringLiteral("below 80%")) && d.text.contains(QStringLiteral("above 120%")));
    EXPECT_TRUE(thresholds);
    const auto header = s.headerFields();
    ASSERT_EQ(header.size(), 5u);
    EXPECT_TRUE(header[2].text.contains(QStringLiteral("2026-11-16")));
    EXPECT_EQ(header[3].text, QStringLiteral("2026-11-22"));
    EXPECT_EQ(header[4].text, QStringLiteral("2026-11-23 08:00"));
}

// --- corrective actions of the lagging nodes ------------------------------------------------------

namespace {

const LaggingNode *laggingOf(const WeeklySummary &s, NodeId node)
{
    for (const SummarySection &section : s.sections) {
        for (const LaggingNode &n : section.lagging) {
            if (section.rows[std::size_t(n.row)].id == node)
                return &n;
        }
    }
    return nullptr;
}

QStringList descriptions(const LaggingNode &node)
{
    QStringList out;
    for (const CorrectiveAction &a : node.actions)
        out << a.description;
    return out;
}

} // namespace

TEST(WeeklySummaryTest, LaggingNodeCarriesItsActionsForTheMetricAndForAllMetrics)
{
    ActionsPlan &p = ActionsPlan::get();
    const WeeklySummary s = p.summary();
    const LaggingNode *node = laggingOf(s, p.withActions);
    ASSERT_NE(node, nullptr);
    // The visits action is not about sales: left out. Open before done.
    EXPECT_EQ(descriptions(*node), (QStringList{kSalesAction, kAllMetricsAction}));
    const CorrectiveAction &sales = node->actions.front();
    EXPECT_EQ(sales.owner, QStringLiteral("张伟"));
    EXPECT_EQ(sales.due, QDate(2026, 11, 30));
    EXPECT_EQ(sales.expectedEffect, QStringLiteral("月底前追回 50 万元"));
    EXPECT_EQ(sales.status, ActionStatus::Open);
    EXPECT_EQ(sales.reasonCategory, ReasonCategory::Internal);
    EXPECT_EQ(sales.reasonNote, QStringLiteral("新人占比高，跟进不足"));
    EXPECT_EQ(node->actions.back().reasonCategory, ReasonCategory::External);

    const LaggingNode *without = laggingOf(s, p.without);
    ASSERT_NE(without, nullptr);
    EXPECT_TRUE(without->actions.empty());
}

TEST(WeeklySummaryTest, ActionsAreOpenFirstThenDoneEachByDueDateWithoutDateLast)
{
    ActionsPlan &p = ActionsPlan::get();
    const WeeklySummary s = p.summary();
    const LaggingNode *node = laggingOf(s, p.ordered);
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(descriptions(*node), (QStringList{QStringLiteral("open, due first"), QStringLiteral("open, due later"),
                                                QStringLiteral("open, no due"), QStringLiteral("done, due"),
                                                QStringLiteral("done, no due")}));
}

TEST(WeeklySummaryTest, AnotherMetricsSummaryShowsItsOwnActions)
{
    constexpr MetricId kCollectedMetric = 2; // cash collected: some teams lag in the demo
    TestPlan plan;
    DemoPlan::populate(plan.service, kDemoToday);
    const auto build = [&](Dimension d, MetricId metric) {
        return WeeklySummary::build(plan.service, {d}, metric, 2026, 47, kDemoToday, kGeneratedAt);
    };
    const WeeklySummary before = build(Dimension::Org, kCollectedMetric);
    NodeId id = 0; // a lagging member below the company (the root is in every tree)
    for (const LaggingNode &n : before.sections.front().lagging) {
        const SummaryRow &row = before.sections.front().rows[std::size_t(n.row)];
        if (id == 0 && row.depth > 0 && !row.unassigned)
            id = row.id;
    }
    ASSERT_NE(id, 0);
    plan.service.addAction(ActionsPlan::action(id, kSalesMetric, QStringLiteral("sales"), ActionStatus::Open));
    plan.service.addAction(ActionsPlan::action(id, kCollectedMetric, QStringLiteral("collected"), ActionStatus::Open));
    plan.service.addAction(ActionsPlan::action(id, 0, QStringLiteral("all"), ActionStatus::Open));
    const WeeklySummary after = build(Dimension::Org, kCollectedMetric);
    const LaggingNode *node = laggingOf(after, id);
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(descriptions(*node), (QStringList{QStringLiteral("collected"), QStringLiteral("all")}));
    // An organization node's actions never show in another tree's section.
    const WeeklySummary product = build(Dimension::Product, kCollectedMetric);
    for (const LaggingNode &n : product.sections.front().lagging)
        EXPECT_TRUE(n.actions.empty()) << product.sections.front().rows[std::size_t(n.row)].path.toStdString() << " " << id;
}

TEST(WeeklySummaryTest, ReasonAndStatusTexts)
{
    EXPECT_EQ(WeeklySummary::reasonCategoryText(ReasonCategory::Internal), QStringLiteral("Internal"));
    EXPECT_EQ(WeeklySummary::reasonCategoryText(ReasonCategory::External), QStringLiteral("External"));
    EXPECT_TRUE(WeeklySummary::reasonCategoryText(ReasonCategory::None).isEmpty());
    EXPECT_EQ(WeeklySummary::actionStatusText(ActionStatus::Open), QStringLiteral("Open"));
    EXPECT_EQ(WeeklySummary::actionStatusText(ActionStatus::Done), QStringLiteral("Done"));
    CorrectiveAction a;
    EXPECT_TRUE(WeeklySummary::reasonText(a).isEmpty());
    a.reasonNote = QStringLiteral("  竞品降价 ");
    EXPECT_EQ(WeeklySummary::reasonText(a), QStringLiteral("竞品降价"));
    a.reasonCategory = ReasonCategory::External;
    EXPECT_EQ(WeeklySummary::reasonText(a), QStringLiteral("External — 竞品降价"));
    a.reasonNote.clear();
    EXPECT_EQ(WeeklySummary::reasonText(a), QStringLiteral("External"));
}

TEST(WeeklySummaryTest, DefinitionsExplainTheCorrectiveActions)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const auto defs = s.definitions();
    const auto it = std::find_if(defs.begin(), defs.end(), [](const SummaryDefinition &d) { return d.term == u"Corrective actions"; });
    ASSERT_NE(it, defs.end());
    EXPECT_TRUE(it->text.contains(s.metricInfo().name()));
}
