// Report: the figures of every node of a tree for (metric, period, as-of), rows depth-first with the
// "(unassigned)" bucket, unallocated remainders, and incremental updates equal to a full rebuild.
#include "salestarget/domain/Report.h"

#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tree.h"

#include "domain/DomainTestSupport.h"

#include <string>
#include <tuple>

namespace st {
namespace {

constexpr MetricId kSales = 1;
constexpr NodeId kEast = 40;
constexpr NodeId kShanghai = 41;
constexpr NodeId kHangzhou = 42;
constexpr NodeId kSouth = 50;
constexpr NodeId kNorth = 60;

Node makeNode(NodeId id, NodeId parent, const char *name)
{
    Node n;
    n.id = id;
    n.parent = parent;
    n.name = QString::fromUtf8(name);
    return n;
}

EntryFact regionFact(QDate day, NodeId region, std::int64_t value)
{
    EntryFact f;
    f.day = std::int32_t(day.toJulianDay());
    f.person = 900;
    f.product = 0;
    f.region = std::int32_t(region);
    f.value = value;
    return f;
}

void expectSameFigures(const Figures &a, const Figures &b, const std::string &where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(a.target, b.target);
    EXPECT_EQ(a.actual, b.actual);
    EXPECT_EQ(a.achievement, b.achievement);
    EXPECT_EQ(a.gap, b.gap);
    EXPECT_EQ(a.expected, b.expected);
    EXPECT_EQ(a.pace, b.pace);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.projection, b.projection);
    EXPECT_EQ(a.requiredDaily, b.requiredDaily);
    EXPECT_EQ(a.unallocated, b.unallocated);
}

void expectSameRows(const Report &a, const Report &b)
{
    ASSERT_EQ(a.rows().size(), b.rows().size());
    for (std::size_t i = 0; i < a.rows().size(); ++i) {
        const ReportRow &x = a.rows()[i];
        const ReportRow &y = b.rows()[i];
        EXPECT_EQ(x.id, y.id) << i;
        EXPECT_EQ(x.path, y.path) << i;
        EXPECT_EQ(x.depth, y.depth) << i;
        EXPECT_EQ(x.parentRow, y.parentRow) << i;
        EXPECT_EQ(x.unassigned, y.unassigned) << i;
        expectSameFigures(x.figures, y.figures, "row " + std::to_string(i) + " " + x.path.toStdString());
    }
}

/// Region tree / → East (Shanghai, Hangzhou), South, North; November 2026 (21 working days) targets
/// chosen so that every daily share is a round number.
class ReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings.companyName = QStringLiteral("Company");
        tree.add(makeNode(kEast, kRootId, "East"));
        tree.add(makeNode(kShanghai, kEast, "Shanghai"));
        tree.add(makeNode(kHangzhou, kEast, "Hangzhou"));
        tree.add(makeNode(kSouth, kRootId, "South"));
        tree.add(makeNode(kNorth, kRootId, "North"));
        const Month nov(2026, 11);
        targets.setCell(kSales, kRootId, nov, {Amount(210'000'000), false}); // 10,000,000 a day
        targets.setCell(kSales, kEast, nov, {Amount(105'000'000), false});   // 5,000,000 a day
        targets.setCell(kSales, kShanghai, nov, {Amount(63'000'000), false}); // 3,000,000 a day
        targets.setCell(kSales, kHangzhou, nov, {Amount(42'000'000), false}); // 2,000,000 a day
        targets.setCell(kSales, kSouth, nov, {Amount(52'500'000), false});    // 2,500,000 a day
        targets.setCell(kSales, kNorth, nov, {Amount(31'500'000), false});    // 1,500,000 a day
        targets.setCell(kSales, kNorth, Month(2026, 10), {Amount(99), false}); // outside the period
        targets.setCell(2, kNorth, nov, {Amount(77), false});                  // another metric

        facts = {
            regionFact(QDate(2026, 11, 10), kShanghai, 39'000'000),
            regionFact(QDate(2026, 11, 18), kHangzhou, 20'000'000), // on the as-of date: counts
            regionFact(QDate(2026, 11, 2), kSouth, 40'000'000),
            regionFact(QDate(2026, 11, 5), 0, 5'000'000),           // no region: (unassigned)
            regionFact(QDate(2026, 11, 1), kNorth, 1'000),          // a Sunday inside the period
            regionFact(QDate(2026, 11, 19), kShanghai, 999),        // after the as-of date
            regionFact(QDate(2026, 10, 31), kSouth, 777),           // before the period
        };
    }

    std::unique_ptr<Report> makeReport(QDate asOf, const std::vector<EntryFact> &withFacts,
                                       Period period = Period::month(Month(2026, 11)))
    {
        auto r = std::make_unique<Report>(tree, targets, settings, kSales, period, asOf);
        for (const EntryFact &f : withFacts)
            r->addFact(f);
        r->build();
        return r;
    }

    PlanSettings settings;
    Tree tree{Dimension::Region, QStringLiteral("Company")};
    TargetBook targets;
    std::vector<EntryFact> facts;
};

TEST_F(ReportTest, RowsAreDepthFirstWithTheUnassignedRowLast)
{
    const auto r = makeReport(QDate(2026, 11, 18), facts);
    const auto &rows = r->rows();
    ASSERT_EQ(rows.size(), 7u);
    const std::vector<std::tuple<NodeId, QString, int, int>> expected{
        {kRootId, QStringLiteral("/"), 0, -1},          {kEast, QStringLiteral("East"), 1, 0},
        {kShanghai, QStringLiteral("East/Shanghai"), 2, 1}, {kHangzhou, QStringLiteral("East/Hangzhou"), 2, 1},
        {kSouth, QStringLiteral("South"), 1, 0},        {kNorth, QStringLiteral("North"), 1, 0},
        {0, QStringLiteral("(unassigned)"), 1, 0}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].id, std::get<0>(expected[i])) << i;
        EXPECT_EQ(rows[i].path, std::get<1>(expected[i])) << i;
        EXPECT_EQ(rows[i].depth, std::get<2>(expected[i])) << i;
        EXPECT_EQ(rows[i].parentRow, std::get<3>(expected[i])) << i;
        EXPECT_EQ(rows[i].unassigned, i == 6) << i;
        EXPECT_EQ(r->rowOf(rows[i].id), int(i)) << i;
    }
    EXPECT_EQ(rows[0].name, QStringLiteral("Company"));
    EXPECT_EQ(rows[2].name, QStringLiteral("Shanghai"));
    EXPECT_EQ(rows[6].name, QStringLiteral("(unassigned)"));
    EXPECT_EQ(r->rowOf(999), -1);
    EXPECT_EQ(r->metric(), kSales);
    EXPECT_EQ(r->asOf(), QDate(2026, 11, 18));
    EXPECT_EQ(r->actualsFrom(), QDate(2026, 11, 1));
    EXPECT_EQ(r->actualsTo(), QDate(2026, 11, 18));
}

TEST_F(ReportTest, FiguresMidMonth)
{
    // 2026-11-18: 13 of November's 21 working days are gone, 8 remain.
    const auto r = makeReport(QDate(2026, 11, 18), facts);
    const auto fig = [&](NodeId id) { return r->rows()[std::size_t(r->rowOf(id))].figures; };

    const Figures root = fig(kRootId);
    EXPECT_EQ(root.target.minor(), 210'000'000);
    EXPECT_EQ(root.actual.minor(), 104'001'000); // every tree node's entries plus the unassigned ones
    EXPECT_EQ(root.expected.minor(), 130'000'000);
    EXPECT_EQ(root.gap.minor(), 105'999'000);
    EXPECT_EQ(root.status, Status::OnTrack); // pace 80.0008%
    EXPECT_EQ(root.projection.minor(), 104'001'000 + 64'000'615);
    EXPECT_EQ(root.requiredDaily, Amount(13'249'875));
    EXPECT_EQ(root.unallocated, Amount(21'000'000)); // 2.1M - (1.05M + 525k + 315k)

    const Figures east = fig(kEast);
    EXPECT_EQ(east.actual.minor(), 59'000'000);
    EXPECT_EQ(east.expected.minor(), 65'000'000);
    EXPECT_EQ(east.status, Status::OnTrack);
    EXPECT_EQ(east.unallocated, Amount(0)); // Shanghai + Hangzhou = East

    const Figures shanghai = fig(kShanghai);
    EXPECT_EQ(shanghai.actual.minor(), 39'000'000); // the entry of the 19th does not count yet
    EXPECT_EQ(shanghai.expected.minor(), 39'000'000);
    EXPECT_DOUBLE_EQ(*shanghai.pace, 1.0);
    EXPECT_EQ(shanghai.status, Status::OnTrack);
    EXPECT_FALSE(shanghai.unallocated.has_value()); // a leaf

    EXPECT_EQ(fig(kHangzhou).status, Status::Lagging); // 20 / 26 = 76.9%
    EXPECT_EQ(fig(kSouth).status, Status::Ahead);      // 40 / 32.5 = 123%
    EXPECT_EQ(fig(kSouth).actual.minor(), 40'000'000); // the October entry does not count
    EXPECT_EQ(fig(kNorth).actual.minor(), 1'000);
    EXPECT_EQ(fig(kNorth).target.minor(), 31'500'000); // only this metric, only this period
    EXPECT_EQ(fig(kNorth).status, Status::Lagging);

    const Figures unassigned = r->rows().back().figures;
    EXPECT_EQ(unassigned.actual.minor(), 5'000'000);
    EXPECT_EQ(unassigned.target, Amount());
    EXPECT_EQ(unassigned.expected, Amount());
    EXPECT_EQ(unassigned.status, Status::NoTarget);
}

TEST_F(ReportTest, NotStartedBeforeTheFirstWorkingDay)
{
    // 2026-11-01 is a Sunday: the period has begun but its first working day has not.
    const auto r = makeReport(QDate(2026, 11, 1), facts);
    for (const ReportRow &row : r->rows()) {
        if (row.unassigned)
            continue;
        EXPECT_EQ(row.figures.status, Status::NotStarted) << row.path.toStdString();
        EXPECT_EQ(row.figures.expected, Amount()) << row.path.toStdString();
    }
    EXPECT_EQ(r->rows()[std::size_t(r->rowOf(kNorth))].figures.actual.minor(), 1'000);
    EXPECT_EQ(r->rows()[0].figures.requiredDaily, Amount(9'999'953)); // (210,000,000 - 1,000) / 21, rounded up
    EXPECT_EQ(r->rows()[0].figures.projection.minor(), 1'000); // no working day elapsed: no run rate yet
    EXPECT_EQ(r->rowOf(0), -1); // the unassigned entry of the 5th does not count yet
}

TEST_F(ReportTest, AsOfBeforeThePeriodCountsNothing)
{
    const auto r = makeReport(QDate(2026, 10, 15), facts);
    EXPECT_LT(r->actualsTo(), r->actualsFrom());
    for (const ReportRow &row : r->rows()) {
        EXPECT_EQ(row.figures.actual, Amount()) << row.path.toStdString();
        EXPECT_EQ(row.figures.expected, Amount());
        EXPECT_EQ(row.figures.status, Status::NotStarted);
        EXPECT_EQ(row.figures.projection, Amount());
    }
    EXPECT_EQ(r->rows()[0].figures.requiredDaily, Amount(10'000'000)); // 2.1M over all 21 days
}

TEST_F(ReportTest, AsOfAfterThePeriodCountsTheWholePeriod)
{
    const auto r = makeReport(QDate(2026, 12, 10), facts);
    EXPECT_EQ(r->actualsTo(), QDate(2026, 11, 30));
    const Figures root = r->rows()[0].figures;
    EXPECT_EQ(root.actual.minor(), 104'001'000 + 999);
    EXPECT_EQ(root.expected, root.target);
    EXPECT_FALSE(root.requiredDaily.has_value());
    EXPECT_EQ(root.projection, root.actual);
    EXPECT_EQ(root.status, Status::Lagging); // 49.5% at the end of the month
}

TEST_F(ReportTest, NoTargetNodes)
{
    targets.setCell(kSales, kNorth, Month(2026, 11), {});
    const auto r = makeReport(QDate(2026, 11, 18), facts);
    EXPECT_EQ(r->rows()[std::size_t(r->rowOf(kNorth))].figures.status, Status::NoTarget);
    EXPECT_FALSE(r->rows()[std::size_t(r->rowOf(kNorth))].figures.achievement.has_value());
    EXPECT_EQ(r->rows()[0].figures.unallocated, Amount(21'000'000 + 31'500'000));
}

TEST_F(ReportTest, UnallocatedIsPerPeriodAndMayBeNegative)
{
    targets.setCell(kSales, kShanghai, Month(2026, 11), {Amount(70'000'000), false});
    const auto r = makeReport(QDate(2026, 11, 18), facts);
    EXPECT_EQ(r->rows()[std::size_t(r->rowOf(kEast))].figures.unallocated, Amount(-7'000'000));
    // over a week the remainder is the week's: 2026-W47 is 5 of 21 working days
    const auto w = makeReport(QDate(2026, 11, 18), facts, Period::week(2026, 47));
    EXPECT_EQ(w->rows()[0].figures.target.minor(), 50'000'000);
    EXPECT_EQ(w->rows()[0].figures.unallocated, Amount(5'000'000));
}

TEST_F(ReportTest, FullyAllocatedMonthLeavesNothingUnallocatedInAnyWeek)
{
    // East's 1.00 is fully given to Shanghai 0.34 + Hangzhou 0.66: the children's week shares need not add
    // up to East's (each is rounded), but the remainder is taken per month, so it is 0 in every week.
    targets.clear();
    targets.setCell(kSales, kEast, Month(2026, 11), {Amount(100), false});
    targets.setCell(kSales, kShanghai, Month(2026, 11), {Amount(34), false});
    targets.setCell(kSales, kHangzhou, Month(2026, 11), {Amount(66), false});
    for (int w = 44; w <= 49; ++w) {
        const auto r = makeReport(QDate(2026, 11, 18), facts, Period::week(2026, w));
        const Figures east = r->rows()[std::size_t(r->rowOf(kEast))].figures;
        EXPECT_EQ(east.unallocated, Amount()) << "W" << w;
        EXPECT_EQ(r->rows()[0].figures.unallocated, -east.target) << "W" << w; // the root has no target
    }
    const auto month = makeReport(QDate(2026, 11, 18), facts);
    EXPECT_EQ(month->rows()[std::size_t(month->rowOf(kEast))].figures.unallocated, Amount());
}

TEST_F(ReportTest, WeekStraddlingTwoMonths)
{
    targets.clear();
    targets.setCell(kSales, kRootId, Month(2026, 3), {Amount(100'000'000), false});
    targets.setCell(kSales, kRootId, Month(2026, 4), {Amount(200'000'000), false});
    // 2026-W14: Mon 03-30 .. Sun 04-05; as of Wed 04-01
    const auto r = makeReport(QDate(2026, 4, 1), {regionFact(QDate(2026, 3, 30), kSouth, 10'000'000),
                                                  regionFact(QDate(2026, 3, 29), kSouth, 1)},
                              Period::week(2026, 14));
    const Figures root = r->rows()[0].figures;
    // March's last 2 of 22 days (9,090,909) + April's first 3 of 22 days (27,272,727)
    EXPECT_EQ(root.target.minor(), 36'363'636);
    EXPECT_EQ(root.expected.minor(), 9'090'909 + 9'090'909); // through Wed 04-01
    EXPECT_EQ(root.actual.minor(), 10'000'000);
    EXPECT_EQ(root.status, Status::Lagging); // 10M of 18.18M
    EXPECT_EQ(root.projection.minor(), 10'000'000 + 6'666'667); // 3 working days gone, 2 to go
    EXPECT_EQ(root.requiredDaily, Amount((36'363'636 - 10'000'000) / 2));
}

TEST_F(ReportTest, FiscalQuarterInJanuaryToMarch)
{
    settings.fiscalYearStartMonth = 4;
    targets.clear();
    for (int m = 1; m <= 3; ++m)
        targets.setCell(kSales, kRootId, Month(2027, m), {Amount(100'000'000), false});
    targets.setCell(kSales, kRootId, Month(2026, 12), {Amount(5), false}); // FY2026-Q3, not Q4
    const Period q = Period::parse(u"FY2026-Q4", 4);
    // as of Mon 2027-02-15: all of January plus 11 of February's 20 working days
    const auto r = makeReport(QDate(2027, 2, 15), {regionFact(QDate(2027, 1, 4), kNorth, 150'000'000)}, q);
    const Figures root = r->rows()[0].figures;
    EXPECT_EQ(root.target.minor(), 300'000'000);
    EXPECT_EQ(root.expected.minor(), 100'000'000 + 11 * 5'000'000);
    EXPECT_EQ(root.status, Status::OnTrack); // 150 / 155
    EXPECT_EQ(r->actualsFrom(), QDate(2027, 1, 1));
}

TEST_F(ReportTest, HolidaysShapeExpectedToDate)
{
    for (int day = 1; day <= 7; ++day)
        settings.calendar.setException(QDate(2026, 10, day), WorkCalendar::DayType::Holiday);
    settings.calendar.setException(QDate(2026, 10, 10), WorkCalendar::DayType::ExtraWorkingDay);
    targets.clear();
    targets.setCell(kSales, kRootId, Month(2026, 10), {Amount(18'000'000), false}); // 18 working days
    const auto during = makeReport(QDate(2026, 10, 7), {}, Period::month(Month(2026, 10)));
    EXPECT_EQ(during->rows()[0].figures.status, Status::NotStarted);
    const auto after = makeReport(QDate(2026, 10, 10), {}, Period::month(Month(2026, 10)));
    EXPECT_EQ(after->rows()[0].figures.expected.minor(), 3'000'000); // 10-08, 10-09, 10-10
    EXPECT_EQ(after->rows()[0].figures.requiredDaily, Amount(1'200'000)); // 18M over 15 remaining days
}

TEST_F(ReportTest, UnassignedRowOnALeafRootGivesTheRootAnUnallocatedRemainder)
{
    const Tree bare(Dimension::Product, QStringLiteral("Company"));
    const std::unique_ptr<Report> without = [&] {
        auto r = std::make_unique<Report>(bare, targets, settings, kSales, Period::month(Month(2026, 11)),
                                          QDate(2026, 11, 18));
        r->build();
        return r;
    }();
    ASSERT_EQ(without->rows().size(), 1u);
    EXPECT_FALSE(without->rows()[0].figures.unallocated.has_value());

    Report with(bare, targets, settings, kSales, Period::month(Month(2026, 11)), QDate(2026, 11, 18));
    with.addFact(regionFact(QDate(2026, 11, 3), kSouth, 10)); // product 0: unassigned in the product tree
    with.build();
    ASSERT_EQ(with.rows().size(), 2u);
    EXPECT_TRUE(with.rows()[1].unassigned);
    EXPECT_EQ(with.rows()[0].figures.unallocated, Amount(210'000'000));
    EXPECT_EQ(with.rows()[0].figures.actual, Amount(10));
}

TEST_F(ReportTest, ApplyFactIncrementallyEqualsAFullRebuild)
{
    const QDate asOf(2026, 11, 18);
    // Start without the unassigned entry and without South's.
    std::vector<EntryFact> initial{facts[0], facts[1], facts[4]};
    auto inc = makeReport(asOf, initial);
    ASSERT_EQ(inc->rowOf(0), -1);

    // South's entry: South and the root change.
    EXPECT_EQ(inc->applyFact(facts[2], +1), (std::vector<int>{inc->rowOf(kSouth), 0}));
    // The unassigned entry creates the "(unassigned)" row; it and the root change.
    const std::vector<int> changed = inc->applyFact(facts[3], +1);
    ASSERT_EQ(inc->rowOf(0), 6);
    EXPECT_EQ(changed, (std::vector<int>{6, 0}));
    // A new Hangzhou entry and the removal of Shanghai's: leaf, East, root.
    const EntryFact extra = regionFact(QDate(2026, 11, 16), kHangzhou, 6'000'000);
    EXPECT_EQ(inc->applyFact(extra, +1), (std::vector<int>{3, 1, 0}));
    EXPECT_EQ(inc->applyFact(facts[0], -1), (std::vector<int>{2, 1, 0}));
    // Entries outside the counted range change nothing.
    EXPECT_TRUE(inc->applyFact(facts[5], +1).empty());
    EXPECT_TRUE(inc->applyFact(facts[6], +1).empty());

    const auto full = makeReport(asOf, {facts[1], facts[4], facts[2], facts[3], extra, facts[5], facts[6]});
    expectSameRows(*inc, *full);
}

TEST_F(ReportTest, RemovingTheLastUnassignedEntryKeepsAStableEmptyRow)
{
    auto inc = makeReport(QDate(2026, 11, 18), facts);
    ASSERT_EQ(inc->rowOf(0), 6);
    inc->applyFact(facts[3], -1);
    // The row stays (views keep their rows between refreshes) but holds nothing.
    ASSERT_EQ(inc->rows().size(), 7u);
    EXPECT_EQ(inc->rows()[6].figures.actual, Amount());
    std::vector<EntryFact> rest = facts;
    rest.erase(rest.begin() + 3);
    const auto full = makeReport(QDate(2026, 11, 18), rest);
    ASSERT_EQ(full->rows().size(), 6u);
    for (std::size_t i = 0; i < 6; ++i)
        expectSameFigures(inc->rows()[i].figures, full->rows()[i].figures, std::to_string(i));
    // A rebuild drops it.
    inc->refreshTargets();
    expectSameRows(*inc, *full);
}

TEST_F(ReportTest, RefreshTargetsKeepsActuals)
{
    auto r = makeReport(QDate(2026, 11, 18), facts);
    const EntryFact extra = regionFact(QDate(2026, 11, 16), kNorth, 500);
    r->applyFact(extra, +1);
    targets.setCell(kSales, kNorth, Month(2026, 11), {Amount(42'000'000), false}); // 2,000,000 a day
    r->refreshTargets();
    const Figures north = r->rows()[std::size_t(r->rowOf(kNorth))].figures;
    EXPECT_EQ(north.target.minor(), 42'000'000);
    EXPECT_EQ(north.expected.minor(), 26'000'000);
    EXPECT_EQ(north.actual.minor(), 1'500);
    std::vector<EntryFact> all = facts;
    all.push_back(extra);
    expectSameRows(*r, *makeReport(QDate(2026, 11, 18), all));
}

} // namespace
} // namespace st
