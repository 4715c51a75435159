// ChartSeries: the dashboard's chart data. Progress lines end on the period target and agree with
// st::Report at the as-of date; the trend's changes and moving average are checked by hand.

#include "salestarget/domain/ChartSeries.h"

#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/Report.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tree.h"

#include "domain/DomainTestSupport.h"
#include "domain/FakeRepository.h"

#include <QTimeZone>

#include <string>

namespace st {
namespace {

using test::FakeRepository;

constexpr MetricId kSales = 1;
constexpr NodeId kEast = 40;
constexpr NodeId kShanghai = 41;
constexpr NodeId kHangzhou = 42;
constexpr NodeId kSouth = 50;
constexpr NodeId kNorth = 60; // no target at all

Node makeNode(NodeId id, NodeId parent, const char *name)
{
    Node n;
    n.id = id;
    n.parent = parent;
    n.dimension = Dimension::Region;
    n.name = QString::fromUtf8(name);
    return n;
}

/// Region tree / → East (Shanghai, Hangzhou), South, North; default calendar (Monday to Friday).
class ChartSeriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tree.add(makeNode(kEast, kRootId, "East"));
        tree.add(makeNode(kShanghai, kEast, "Shanghai"));
        tree.add(makeNode(kHangzhou, kEast, "Hangzhou"));
        tree.add(makeNode(kSouth, kRootId, "South"));
        tree.add(makeNode(kNorth, kRootId, "North"));
    }

    void target(NodeId node, Month m, std::int64_t value) { targets.setCell(kSales, node, m, {Amount(value), false}); }

    void sale(QDate day, NodeId region, std::int64_t value, MetricId metric = kSales)
    {
        ProgressEntry e;
        e.id = nextId++;
        e.date = day;
        e.metric = metric;
        e.value = Amount(value);
        e.person = 900;
        e.region = region;
        repo.mutableState().entries[e.id] = e;
    }

    const FactCache &facts()
    {
        cache.load(repo, kSales);
        return cache;
    }

    ProgressSeries progress(NodeId node, const Period &period, QDate asOf)
    {
        return ChartSeries::progress(tree, targets, settings, facts(), node, period, asOf);
    }

    Figures reportFigures(NodeId node, const Period &period, QDate asOf)
    {
        Report report(tree, targets, settings, kSales, period, asOf);
        for (const EntryFact &f : facts().between(report.actualsFrom(), report.actualsTo()))
            report.addFact(f);
        report.build();
        return report.rows()[std::size_t(report.rowOf(node))].figures;
    }

    PlanSettings settings;
    Tree tree{Dimension::Region, QStringLiteral("Company")};
    TargetBook targets;
    FakeRepository repo;
    FactCache cache;
    EntryId nextId = 1;
};

TEST_F(ChartSeriesTest, MonthLineEndsOnTheTargetAndCountsTheSubtreeThroughTheAsOfDate)
{
    const Month nov(2026, 11); // 21 working days
    target(kEast, nov, 21'000);  // 1,000 a working day
    sale(QDate(2026, 11, 2), kShanghai, 300);
    sale(QDate(2026, 11, 2), kHangzhou, 200);
    sale(QDate(2026, 11, 10), kShanghai, 1'000);
    sale(QDate(2026, 11, 18), kHangzhou, 50);  // on the as-of date: counts
    sale(QDate(2026, 11, 19), kShanghai, 999); // after the as-of date
    sale(QDate(2026, 11, 5), kSouth, 7'000);   // another subtree
    sale(QDate(2026, 10, 30), kEast, 777);     // before the period
    sale(QDate(2026, 11, 3), kEast, 5, 2);     // another metric

    const ProgressSeries s = progress(kEast, Period::month(nov), QDate(2026, 11, 18));
    ASSERT_EQ(s.days.size(), 30u);
    EXPECT_EQ(s.days.front(), QDate(2026, 11, 1));
    EXPECT_EQ(s.days.back(), QDate(2026, 11, 30));
    ASSERT_EQ(s.cumulativeTarget.size(), 30u);
    EXPECT_EQ(s.cumulativeTarget[0], Amount(0));      // Sunday
    EXPECT_EQ(s.cumulativeTarget[1], Amount(1'000));  // Monday 2nd
    EXPECT_EQ(s.cumulativeTarget[6], Amount(5'000));  // Saturday 7th keeps Friday's
    EXPECT_EQ(s.cumulativeTarget[17], Amount(13'000)); // Wednesday 18th: 13 working days
    EXPECT_EQ(s.cumulativeTarget.back(), Amount(21'000));
    EXPECT_EQ(s.target, Amount(21'000));

    ASSERT_EQ(s.cumulativeActual.size(), 18u); // 1st..18th
    EXPECT_EQ(s.cumulativeActual[0], Amount(0));
    EXPECT_EQ(s.cumulativeActual[1], Amount(500));
    EXPECT_EQ(s.cumulativeActual[9], Amount(1'500));
    EXPECT_EQ(s.cumulativeActual[17], Amount(1'550));
    EXPECT_EQ(s.actualAtAsOf, Amount(1'550));
    EXPECT_EQ(s.expectedAtAsOf, Amount(13'000));
    EXPECT_EQ(s.asOf, QDate(2026, 11, 18));
    EXPECT_EQ(s.projectionEnd, QDate(2026, 11, 30));
    // 1,550 over 13 working days, 8 remain: 1,550 + round(1,550 * 8 / 13) = 1,550 + 954.
    EXPECT_EQ(s.projectionAtEnd, Amount(2'504));
    EXPECT_EQ(s.status, Status::Lagging);

    const Figures f = reportFigures(kEast, Period::month(nov), QDate(2026, 11, 18));
    EXPECT_EQ(s.actualAtAsOf, f.actual);
    EXPECT_EQ(s.expectedAtAsOf, f.expected);
    EXPECT_EQ(s.projectionAtEnd, f.projection);
}

TEST_F(ChartSeriesTest, TheRootCountsUnassignedFacts)
{
    const Month nov(2026, 11);
    sale(QDate(2026, 11, 2), kShanghai, 300);
    sale(QDate(2026, 11, 3), 0, 40); // no region
    const ProgressSeries s = progress(kRootId, Period::month(nov), QDate(2026, 11, 30));
    EXPECT_EQ(s.actualAtAsOf, Amount(340));
    EXPECT_EQ(s.actualAtAsOf, reportFigures(kRootId, Period::month(nov), QDate(2026, 11, 30)).actual);
    EXPECT_EQ(progress(kEast, Period::month(nov), QDate(2026, 11, 30)).actualAtAsOf, Amount(300));
}

TEST_F(ChartSeriesTest, QuarterSumsItsMonthsAndEndsOnTheQuarterTarget)
{
    settings.fiscalYearStartMonth = 4;
    const Period q3 = Period::quarter(2026, 3, 4); // October to December 2026
    target(kSouth, Month(2026, 10), 22'000); // 22 working days: 1,000 a day
    target(kSouth, Month(2026, 11), 0);
    target(kSouth, Month(2026, 12), 23'001); // 23 working days: 1,000 a day and one unit more somewhere
    target(kSouth, Month(2027, 1), 99);      // outside the quarter
    const ProgressSeries s = progress(kSouth, q3, QDate(2026, 12, 15));
    ASSERT_EQ(s.days.size(), 92u);
    const auto at = [&](QDate d) { return s.cumulativeTarget[std::size_t(q3.first().daysTo(d))]; };
    EXPECT_EQ(at(QDate(2026, 10, 31)), Amount(22'000));
    EXPECT_EQ(at(QDate(2026, 11, 30)), Amount(22'000));
    EXPECT_EQ(at(QDate(2026, 12, 31)), Amount(45'001));
    EXPECT_EQ(s.target, Amount(45'001));
    EXPECT_EQ(s.target, targets.sum(kSales, kSouth, Month(2026, 10), Month(2026, 12)));
    for (std::size_t i = 1; i < s.cumulativeTarget.size(); ++i)
        EXPECT_LE(s.cumulativeTarget[i - 1], s.cumulativeTarget[i]) << i;
    const Figures f = reportFigures(kSouth, q3, QDate(2026, 12, 15));
    EXPECT_EQ(s.expectedAtAsOf, f.expected);
    EXPECT_EQ(s.target, f.target);
    EXPECT_EQ(s.status, f.status);
}

TEST_F(ChartSeriesTest, WeekAcrossTheYearEndTakesEachMonthsShares)
{
    const Period week = Period::week(2026, 53); // Monday 2026-12-28 .. Sunday 2027-01-03
    ASSERT_EQ(week.first(), QDate(2026, 12, 28));
    target(kShanghai, Month(2026, 12), 23'000); // 23 working days: 1,000 a day
    target(kShanghai, Month(2027, 1), 10'500);  // 21 working days: 500 a day
    sale(QDate(2026, 12, 29), kShanghai, 2'000);
    sale(QDate(2027, 1, 1), kShanghai, 100);
    const ProgressSeries s = progress(kShanghai, week, QDate(2027, 1, 1));
    ASSERT_EQ(s.days.size(), 7u);
    const std::vector<Amount> expected{Amount(1'000), Amount(2'000), Amount(3'000), Amount(4'000),
                                       Amount(4'500), Amount(4'500), Amount(4'500)};
    EXPECT_EQ(s.cumulativeTarget, expected);
    EXPECT_EQ(s.target, Amount(4'500));
    const std::vector<Amount> actual{Amount(0), Amount(2'000), Amount(2'000), Amount(2'000), Amount(2'100)};
    EXPECT_EQ(s.cumulativeActual, actual);
    const Figures f = reportFigures(kShanghai, week, QDate(2027, 1, 1));
    EXPECT_EQ(s.target, f.target);
    EXPECT_EQ(s.actualAtAsOf, f.actual);
    EXPECT_EQ(s.expectedAtAsOf, f.expected);
    EXPECT_EQ(s.projectionAtEnd, f.projection); // nothing remains after Friday: the actual
    EXPECT_EQ(s.projectionAtEnd, Amount(2'100));
}

TEST_F(ChartSeriesTest, NodeWithNoTargetHasAFlatTargetLineButItsActuals)
{
    sale(QDate(2026, 11, 4), kNorth, 123);
    const ProgressSeries s = progress(kNorth, Period::month(Month(2026, 11)), QDate(2026, 11, 20));
    ASSERT_EQ(s.cumulativeTarget.size(), 30u);
    for (Amount a : s.cumulativeTarget)
        EXPECT_EQ(a, Amount(0));
    EXPECT_EQ(s.target, Amount(0));
    EXPECT_EQ(s.expectedAtAsOf, Amount(0));
    EXPECT_EQ(s.actualAtAsOf, Amount(123));
    EXPECT_EQ(s.status, Status::NoTarget);
}

TEST_F(ChartSeriesTest, AsOfBeforeThePeriodHasNoActualLine)
{
    target(kEast, Month(2026, 11), 21'000);
    sale(QDate(2026, 10, 30), kEast, 500);
    const ProgressSeries s = progress(kEast, Period::month(Month(2026, 11)), QDate(2026, 10, 30));
    EXPECT_TRUE(s.cumulativeActual.empty());
    EXPECT_EQ(s.days.size(), 30u);
    EXPECT_EQ(s.cumulativeTarget.back(), Amount(21'000));
    EXPECT_EQ(s.actualAtAsOf, Amount(0));
    EXPECT_EQ(s.expectedAtAsOf, Amount(0));
    EXPECT_EQ(s.projectionAtEnd, Amount(0));
    EXPECT_EQ(s.status, Status::NotStarted);
    const Figures f = reportFigures(kEast, Period::month(Month(2026, 11)), QDate(2026, 10, 30));
    EXPECT_EQ(s.status, f.status);
    EXPECT_EQ(s.projectionAtEnd, f.projection);
}

TEST_F(ChartSeriesTest, AsOfAfterThePeriodStopsAtItsLastDay)
{
    target(kEast, Month(2026, 11), 21'000);
    sale(QDate(2026, 11, 30), kEast, 500);
    sale(QDate(2026, 12, 1), kEast, 900);
    const ProgressSeries s = progress(kEast, Period::month(Month(2026, 11)), QDate(2026, 12, 10));
    EXPECT_EQ(s.cumulativeActual.size(), 30u);
    EXPECT_EQ(s.actualAtAsOf, Amount(500));
    EXPECT_EQ(s.expectedAtAsOf, Amount(21'000));
    EXPECT_EQ(s.projectionAtEnd, Amount(500));
}

TEST_F(ChartSeriesTest, UnknownNodeThrows)
{
    EXPECT_THROW(progress(999, Period::month(Month(2026, 11)), QDate(2026, 11, 5)), DomainError);
    EXPECT_THROW(ChartSeries::trend(tree, targets, settings, facts(), 999, QDate(2026, 11, 5)), DomainError);
}

TEST_F(ChartSeriesTest, TrendChangesAndMovingAverage)
{
    // Fiscal year from April: FY2026 is April 2026 .. March 2027; as of Wednesday 2026-07-15.
    settings.fiscalYearStartMonth = 4;
    target(kEast, Month(2026, 4), 4'000);
    target(kEast, Month(2026, 9), 9'000);
    sale(QDate(2025, 7, 10), kShanghai, 800);  // July a year earlier, before the 15th
    sale(QDate(2025, 7, 20), kShanghai, 400);  // July a year earlier, after the 15th
    sale(QDate(2026, 2, 10), kEast, 300);      // two months before the year
    sale(QDate(2026, 3, 10), kHangzhou, 600);  // the month before the year
    sale(QDate(2025, 4, 3), kEast, 1'000);     // April a year earlier
    sale(QDate(2026, 4, 3), kEast, 900);
    sale(QDate(2026, 5, 3), kShanghai, 1'200);
    sale(QDate(2026, 6, 12), kShanghai, 1'000);
    sale(QDate(2026, 6, 20), kShanghai, 500);  // June after the 15th: not in the like-for-like base
    sale(QDate(2026, 7, 1), kHangzhou, 600);
    sale(QDate(2026, 7, 15), kHangzhou, 100);  // on the as-of date
    sale(QDate(2026, 7, 16), kHangzhou, 5'000); // after the as-of date
    sale(QDate(2026, 6, 1), kSouth, 70'000);   // another subtree

    const TrendSeries t = ChartSeries::trend(tree, targets, settings, facts(), kEast, QDate(2026, 7, 15));
    ASSERT_EQ(t.months.size(), 12u);
    EXPECT_EQ(t.months.front(), Month(2026, 4));
    EXPECT_EQ(t.months.back(), Month(2027, 3));
    ASSERT_EQ(t.target.size(), 12u);
    EXPECT_EQ(t.target[0], Amount(4'000));
    EXPECT_EQ(t.target[5], Amount(9'000));
    EXPECT_EQ(t.target[1], Amount(0));
    ASSERT_EQ(t.actual.size(), 12u);
    EXPECT_EQ(t.actual[0], Amount(900));
    EXPECT_EQ(t.actual[1], Amount(1'200));
    EXPECT_EQ(t.actual[2], Amount(1'500));
    EXPECT_EQ(t.actual[3], Amount(700)); // July through the 15th
    for (std::size_t i = 4; i < 12; ++i)
        EXPECT_FALSE(t.actual[i].has_value()) << i;

    ASSERT_EQ(t.monthOnMonth.size(), 12u);
    EXPECT_DOUBLE_EQ(*t.monthOnMonth[0], (900.0 - 600.0) / 600.0);   // against March
    EXPECT_DOUBLE_EQ(*t.monthOnMonth[1], (1200.0 - 900.0) / 900.0);
    EXPECT_DOUBLE_EQ(*t.monthOnMonth[2], (1500.0 - 1200.0) / 1200.0);
    EXPECT_DOUBLE_EQ(*t.monthOnMonth[3], (700.0 - 1000.0) / 1000.0); // against June 1..15
    EXPECT_FALSE(t.monthOnMonth[4].has_value());

    ASSERT_EQ(t.yearOnYear.size(), 12u);
    EXPECT_DOUBLE_EQ(*t.yearOnYear[0], (900.0 - 1000.0) / 1000.0);
    EXPECT_FALSE(t.yearOnYear[1].has_value()); // nothing in May 2025
    EXPECT_FALSE(t.yearOnYear[2].has_value());
    EXPECT_DOUBLE_EQ(*t.yearOnYear[3], (700.0 - 800.0) / 800.0);     // against July 1..15, 2025
    EXPECT_FALSE(t.yearOnYear[4].has_value());

    ASSERT_EQ(t.movingAverage3.size(), 12u);
    EXPECT_DOUBLE_EQ(*t.movingAverage3[0], (300.0 + 600.0 + 900.0) / 3.0);
    EXPECT_DOUBLE_EQ(*t.movingAverage3[1], (600.0 + 900.0 + 1200.0) / 3.0);
    EXPECT_DOUBLE_EQ(*t.movingAverage3[2], (900.0 + 1200.0 + 1500.0) / 3.0);
    EXPECT_DOUBLE_EQ(*t.movingAverage3[3], (1200.0 + 1500.0 + 700.0) / 3.0);
    EXPECT_FALSE(t.movingAverage3[4].has_value());
}

TEST_F(ChartSeriesTest, TrendOfACompleteMonthComparesWholeMonths)
{
    sale(QDate(2026, 5, 31), kEast, 100);
    sale(QDate(2026, 6, 30), kEast, 300);
    sale(QDate(2025, 6, 30), kEast, 150);
    const TrendSeries t = ChartSeries::trend(tree, targets, settings, facts(), kEast, QDate(2026, 6, 30));
    ASSERT_EQ(t.months.size(), 12u);
    EXPECT_EQ(t.months.front(), Month(2026, 1));
    EXPECT_EQ(t.actual[5], Amount(300));
    EXPECT_DOUBLE_EQ(*t.monthOnMonth[5], 2.0);
    EXPECT_DOUBLE_EQ(*t.yearOnYear[5], 1.0);
    EXPECT_FALSE(t.monthOnMonth[0].has_value()); // nothing in December 2025
    EXPECT_DOUBLE_EQ(*t.movingAverage3[0], 0.0);
}

TEST_F(ChartSeriesTest, ChildBarsFollowTheReport)
{
    const Month nov(2026, 11);
    target(kEast, nov, 21'000);
    target(kSouth, nov, 21'000);
    sale(QDate(2026, 11, 2), kShanghai, 10'000);
    sale(QDate(2026, 11, 3), 0, 40);
    Report report(tree, targets, settings, kSales, Period::month(nov), QDate(2026, 11, 30));
    for (const EntryFact &f : facts().between(report.actualsFrom(), report.actualsTo()))
        report.addFact(f);
    report.build();
    const std::vector<ChildBar> bars = ChartSeries::children(report, tree, kRootId);
    ASSERT_EQ(bars.size(), 4u);
    EXPECT_EQ(bars[0].node, kEast);
    EXPECT_EQ(bars[0].name, QStringLiteral("East"));
    ASSERT_TRUE(bars[0].achievement.has_value());
    EXPECT_DOUBLE_EQ(*bars[0].achievement, 10'000.0 / 21'000.0);
    EXPECT_EQ(bars[0].status, Status::Lagging);
    EXPECT_EQ(bars[1].node, kSouth);
    EXPECT_EQ(bars[2].node, kNorth);
    EXPECT_EQ(bars[2].status, Status::NoTarget);
    EXPECT_FALSE(bars[2].achievement.has_value());
    EXPECT_EQ(bars[3].node, 0); // (unassigned)
    EXPECT_EQ(ChartSeries::children(report, tree, kShanghai).size(), 0u);
    EXPECT_EQ(ChartSeries::children(report, tree, kEast).size(), 2u);
}

// --- the demo plan: every chart agrees with the Report -----------------------------------------

class ChartSeriesDemoTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        demo = new Demo;
        DemoPlan::populate(demo->service, QDate(2026, 11, 22));
        demo->facts.load(demo->repo, kSales);
    }
    static void TearDownTestSuite()
    {
        delete demo;
        demo = nullptr;
    }

    struct Demo {
        FakeRepository repo;
        PlanService service{repo, [] { return QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc()); },
                            QStringLiteral("tester")};
        FactCache facts;
        Demo() { service.load(); }
    };
    static Demo *demo;
};

ChartSeriesDemoTest::Demo *ChartSeriesDemoTest::demo = nullptr;

// One test, so that ctest (one process per test) builds the demo plan once.
TEST_F(ChartSeriesDemoTest, ProgressAndTrendAgreeWithTheReport)
{
    PlanService &service = demo->service;
    const int start = service.settings().fiscalYearStartMonth;
    int compared = 0;
    // A Monday in the past, a Friday with a weekend to come, and the demo's Sunday "today".
    for (const QDate asOf : {QDate(2026, 6, 15), QDate(2026, 11, 20), QDate(2026, 11, 22)}) {
        const std::vector<Period> periods{Period::containing(PeriodKind::Year, asOf, start),
                                          Period::containing(PeriodKind::Quarter, asOf, start),
                                          Period::containing(PeriodKind::Month, asOf, start),
                                          Period::containing(PeriodKind::Week, asOf, start),
                                          Period::month(Month(2026, 12)), Period::quarter(2026, 1, start)};
        for (Dimension d : kDimensions) {
            const Tree &tree = service.tree(d);
            for (const Period &period : periods) {
                const auto report = service.report(d, demo->facts, period, asOf);
                for (const ReportRow &row : report->rows()) {
                    if (row.unassigned || tree.depth(row.id) > 2)
                        continue;
                    SCOPED_TRACE(dimensionKey(d).toStdString() + " " + row.path.toStdString() + " "
                                 + period.toString().toStdString() + " as of " + asOf.toString(Qt::ISODate).toStdString());
                    const ProgressSeries s = ChartSeries::progress(tree, service.targets(), service.settings(),
                                                                   demo->facts, row.id, period, asOf);
                    EXPECT_EQ(s.target, row.figures.target);
                    ASSERT_FALSE(s.cumulativeTarget.empty());
                    EXPECT_EQ(s.cumulativeTarget.back(), row.figures.target);
                    EXPECT_EQ(s.actualAtAsOf, row.figures.actual);
                    if (!s.cumulativeActual.empty()) {
                        EXPECT_EQ(s.cumulativeActual.back(), row.figures.actual);
                    }
                    EXPECT_EQ(s.expectedAtAsOf, row.figures.expected);
                    EXPECT_EQ(s.projectionAtEnd, row.figures.projection);
                    EXPECT_EQ(s.status, row.figures.status);
                    ++compared;
                }
            }
        }
    }
    EXPECT_GT(compared, 200);

    // The company has actuals and targets: the comparison is not between zeros.
    const QDate today(2026, 11, 22);
    const ProgressSeries company = ChartSeries::progress(service.tree(Dimension::Product), service.targets(),
                                                         service.settings(), demo->facts, kRootId,
                                                         Period::month(Month(2026, 11)), today);
    EXPECT_GT(company.actualAtAsOf, Amount(0));
    EXPECT_GT(company.target, Amount(0));

    // Trend months are the month reports of the node.
    const Tree &regions = service.tree(Dimension::Region);
    const NodeId east = regions.resolve(QStringLiteral("华东"));
    const TrendSeries t = ChartSeries::trend(regions, service.targets(), service.settings(), demo->facts, east, today);
    ASSERT_EQ(t.months.size(), 12u);
    for (std::size_t i = 0; i < t.months.size(); ++i) {
        const auto report = service.report(Dimension::Region, demo->facts, Period::month(t.months[i]), today);
        const Figures &f = report->rows()[std::size_t(report->rowOf(east))].figures;
        EXPECT_EQ(t.target[i], f.target) << i;
        if (t.months[i] <= Month::of(today)) {
            ASSERT_TRUE(t.actual[i].has_value()) << i;
            EXPECT_EQ(*t.actual[i], f.actual) << i;
            EXPECT_GT(*t.actual[i], Amount(0)) << i;
        } else {
            EXPECT_FALSE(t.actual[i].has_value()) << i;
        }
    }
}

} // namespace
} // namespace st
