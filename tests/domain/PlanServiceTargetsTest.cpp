// PlanService target setting and distribution (PlanServiceTargets.cpp): years spread over months
// keeping proportions, locks, 4321 / monthly percentages / children / history (design.md §2).
#include "domain/PlanServiceFixture.h"

namespace st {
namespace {

using test::FakeRepository;
using test::kSales;
using test::kVisits;
using test::wan;
using test::yuan;

using PlanServiceTargetsTest = test::PlanServiceFixture;

// --- targets ------------------------------------------------------------------------------------------

TEST_F(PlanServiceTargetsTest, SeedYearToQuarterToMonth)
{
    // annual 1200万 → quarter 300万 → month 100万, evenly when the months are empty
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    service.setTarget(a, kSales, Period::year(2026), wan(1200), QStringLiteral("budget 2026"));
    EXPECT_EQ(monthValues(a, Period::year(2026)), std::vector<Amount>(12, wan(100)));
    for (int q = 1; q <= 4; ++q) {
        const auto ms = Period::quarter(2026, q).months();
        EXPECT_EQ(service.targets().sum(kSales, a, ms.front(), ms.back()), wan(300));
    }
    EXPECT_EQ(service.targets().value(kSales, a, Month(2027, 1)), Amount());
    EXPECT_EQ(service.targets().value(kVisits, a, Month(2026, 1)), Amount());
    expectRepositoryMatchesMemory();
    EXPECT_EQ(repo.stamps.back().reason, QStringLiteral("budget 2026"));
    EXPECT_EQ(repo.auditLog(1).at(0).entity, QStringLiteral("target"));

    // a quarter on its own
    service.setTarget(a, kSales, Period::quarter(2026, 2), wan(600));
    EXPECT_EQ(monthValues(a, Period::quarter(2026, 2)), std::vector<Amount>(3, wan(200)));
    EXPECT_EQ(service.targets().sum(kSales, a, Month(2026, 1), Month(2026, 12)), wan(1500));
}

TEST_F(PlanServiceTargetsTest, SettingAYearKeepsTheMonthsProportions)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    service.setTarget(a, kSales, Period::year(2026), wan(1200));
    service.setTarget(a, kSales, Period::month(Month(2026, 3)), wan(400)); // March is a big month
    EXPECT_EQ(service.targets().sum(kSales, a, Month(2026, 1), Month(2026, 12)), wan(1500));
    service.setTarget(a, kSales, Period::year(2026), wan(3000));
    std::vector<Amount> expected(12, wan(200));
    expected[2] = wan(800);
    EXPECT_EQ(monthValues(a, Period::year(2026)), expected);

    // Exact even when the proportions do not divide: 1,000.00 over three months.
    service.setTarget(a, kSales, Period::quarter(2027, 1), yuan(1000));
    EXPECT_EQ(monthValues(a, Period::quarter(2027, 1)), (std::vector<Amount>{Amount(33334), Amount(33333), Amount(33333)}));
    // Setting the same value again writes nothing.
    const std::size_t writes = repo.stamps.size();
    service.setTarget(a, kSales, Period::quarter(2027, 1), yuan(1000));
    EXPECT_EQ(repo.stamps.size(), writes);
    // Zeroing a year removes its cells.
    service.setTarget(a, kSales, Period::year(2027), Amount());
    EXPECT_EQ(monthValues(a, Period::year(2027)), std::vector<Amount>(12, Amount()));
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTargetsTest, LockedMonthsKeepTheirValue)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    service.setTarget(a, kSales, Period::year(2026), wan(1200));
    service.setLocked(a, kSales, Month(2026, 1), true);
    EXPECT_TRUE(service.targets().isLocked(kSales, a, Month(2026, 1)));
    EXPECT_TRUE(repo.target(kSales, a, Month(2026, 1)).locked);

    service.setTarget(a, kSales, Period::year(2026), wan(2300));
    std::vector<Amount> expected(12, wan(200));
    expected[0] = wan(100);
    EXPECT_EQ(monthValues(a, Period::year(2026)), expected);
    EXPECT_TRUE(service.targets().isLocked(kSales, a, Month(2026, 1)));

    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::month(Month(2026, 1)), wan(5)),
                        "2026-01 is locked; unlock it to change its target.");
    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::year(2026), wan(50)),
                        "The locked parts already total more than the new total.");
    for (int m = 1; m <= 3; ++m)
        service.setLocked(a, kSales, Month(2026, m), true);
    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::quarter(2026, 1), wan(1)), "Every part is locked");
    EXPECT_NO_THROW(service.setTarget(a, kSales, Period::quarter(2026, 1), wan(500))); // unchanged total
    // a locked zero month stays zero
    service.setLocked(a, kSales, Month(2026, 2), false);
    service.setLocked(a, kSales, Month(2026, 3), false);
    service.setLocked(a, kSales, Month(2026, 1), false);
    service.setTarget(a, kSales, Period::month(Month(2026, 1)), Amount());
    service.setLocked(a, kSales, Month(2026, 1), true);
    service.setTarget(a, kSales, Period::quarter(2026, 1), wan(400));
    EXPECT_EQ(monthValues(a, Period::quarter(2026, 1)), (std::vector<Amount>{Amount(), wan(200), wan(200)}));
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTargetsTest, SetTargetRejectsBadInput)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::year(2026), Amount(-1)), "A target cannot be negative.");
    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::week(2026, 47), wan(1)),
                        "Targets are set for a month, a quarter or a year");
    EXPECT_DOMAIN_ERROR(service.setTarget(a, kSales, Period::day(QDate(2026, 11, 18)), wan(1)), "is a day");
    EXPECT_DOMAIN_ERROR(service.setTarget(a, 99, Period::year(2026), wan(1)), "Unknown metric id 99.");
    EXPECT_DOMAIN_ERROR(service.setTarget(4242, kSales, Period::year(2026), wan(1)), "There is no node with id 4242.");
    EXPECT_DOMAIN_ERROR(service.applyTargetChanges({{kSales, a, Month(2026, 1), {}, {Amount(-5), false}}}),
                        "A target cannot be negative (2026-01).");
    EXPECT_EQ(service.targets().cellCount(), 0u);
    EXPECT_TRUE(repo.state().targets.empty());
}

TEST_F(PlanServiceTargetsTest, FiscalYearStartingInApril)
{
    PlanSettings s = service.settings();
    s.fiscalYearStartMonth = 4;
    service.saveSettings(s);
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const Period fy = Period::parse(u"FY2026", service.settings().fiscalYearStartMonth);
    service.setTarget(a, kSales, fy, wan(1200));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 3)), Amount());
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 4)), wan(100));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2027, 3)), wan(100));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2027, 4)), Amount());
    // FY2026-Q4 is January to March 2027
    service.setTarget(a, kSales, Period::parse(u"FY2026-Q4", 4), wan(600));
    EXPECT_EQ(monthValues(a, Period::quarter(2027, 1)), std::vector<Amount>(3, wan(200)));
    // 4321 over the fiscal year: FY Q1 = April to June
    const auto changes = service.planDistribution(Dimension::Product, a, kSales, fy, DistributeOver::Quarters,
                                                  DistributionMethod::parse(QStringLiteral("4321"),
                                                                            DistributeOver::Quarters, 4));
    service.applyTargetChanges(changes);
    EXPECT_EQ(monthValues(a, fy), (std::vector<Amount>{wan(150), wan(150), wan(150), wan(100), wan(100), wan(100),
                                                       wan(150), wan(150), wan(150), wan(100), wan(100), wan(100)}));
}

TEST_F(PlanServiceTargetsTest, SetCellsAppliesExplicitValuesForUndo)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    service.setTarget(a, kSales, Period::quarter(2026, 1), wan(300));
    service.setCells({{kSales, a, Month(2026, 1), {wan(7), true}}, {kSales, a, Month(2026, 2), {wan(100), false}}});
    EXPECT_EQ(service.targets().cell(kSales, a, Month(2026, 1)), (TargetCell{wan(7), true}));
    EXPECT_EQ(repo.target(kSales, a, Month(2026, 1)), (TargetCell{wan(7), true}));
    EXPECT_EQ(repo.auditLog(0).size(), 1u + 3u + 1u); // node, three months, one changed cell
    expectRepositoryMatchesMemory();
}

// --- distributions ------------------------------------------------------------------------------------

TEST_F(PlanServiceTargetsTest, Distribute4321OverQuarters)
{
    service.setTarget(kRootId, kSales, Period::year(2026), wan(1200));
    const std::size_t writes = repo.stamps.size();
    const auto method = DistributionMethod::parse(QStringLiteral("4321"), DistributeOver::Quarters, 4);
    const auto changes = service.planDistribution(Dimension::Product, kRootId, kSales, Period::year(2026),
                                                  DistributeOver::Quarters, method);
    EXPECT_EQ(repo.stamps.size(), writes); // planning writes nothing
    EXPECT_EQ(monthValues(kRootId, Period::year(2026)), std::vector<Amount>(12, wan(100)));
    service.applyTargetChanges(changes, QStringLiteral("4321"));
    // Q1 30% = 360万 = 3 × 120万, Q2 20% = 240万 = 3 × 80万, ...
    EXPECT_EQ(monthValues(kRootId, Period::year(2026)),
              (std::vector<Amount>{wan(120), wan(120), wan(120), wan(80), wan(80), wan(80), wan(120), wan(120),
                                   wan(120), wan(80), wan(80), wan(80)}));
    EXPECT_EQ(service.targets().sum(kSales, kRootId, Month(2026, 1), Month(2026, 12)), wan(1200));
    expectRepositoryMatchesMemory();

    EXPECT_DOMAIN_ERROR((void)service.planDistribution(Dimension::Product, kRootId, kSales, Period::quarter(2026, 1),
                                                       DistributeOver::Quarters, method),
                        "Distributing over quarters needs a year");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("4321"), DistributeOver::Months, 12),
                        "The 4321 template splits a year over quarters");
}

TEST_F(PlanServiceTargetsTest, DistributeOverQuartersRespectsLockedMonths)
{
    service.setTarget(kRootId, kSales, Period::year(2026), wan(1200));
    service.setLocked(kRootId, kSales, Month(2026, 1), true); // 100万 stays
    const auto changes = service.planDistribution(
        Dimension::Product, kRootId, kSales, Period::year(2026), DistributeOver::Quarters,
        DistributionMethod::parse(QStringLiteral("4321"), DistributeOver::Quarters, 4));
    service.applyTargetChanges(changes);
    const auto v = monthValues(kRootId, Period::year(2026));
    EXPECT_EQ(v[0], wan(100));
    EXPECT_EQ(v[1], wan(130)); // Q1 360万 - 100万 locked, over February and March
    EXPECT_EQ(v[2], wan(130));
    EXPECT_EQ(v[3], wan(80));
    EXPECT_EQ(service.targets().sum(kSales, kRootId, Month(2026, 1), Month(2026, 12)), wan(1200));
}

TEST_F(PlanServiceTargetsTest, DistributeTwelveMonthlyPercentages)
{
    service.setTarget(kRootId, kSales, Period::year(2026), wan(1200));
    const auto method = DistributionMethod::parse(QStringLiteral("weights:5,5,10,10,10,10,5,5,10,10,10,10"),
                                                  DistributeOver::Months, 12);
    EXPECT_EQ(method.kind, DistributionMethod::Kind::Weights);
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, Period::year(2026),
                                                        DistributeOver::Months, method));
    EXPECT_EQ(monthValues(kRootId, Period::year(2026)),
              (std::vector<Amount>{wan(60), wan(60), wan(120), wan(120), wan(120), wan(120), wan(60), wan(60),
                                   wan(120), wan(120), wan(120), wan(120)}));
    // percentages must total 100%
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("weights:5,5,10,10,10,10,5,5,10,10,10,9"),
                                                        DistributeOver::Months, 12),
                        "The percentages total 99%, not 100%.");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("weights:50,50"), DistributeOver::Months, 12),
                        "12 values are needed");
    DistributionMethod wrongCount;
    wrongCount.kind = DistributionMethod::Kind::Weights;
    wrongCount.weights = Distribution::template4321();
    EXPECT_DOMAIN_ERROR((void)service.planDistribution(Dimension::Product, kRootId, kSales, Period::year(2026),
                                                       DistributeOver::Months, wrongCount),
                        "12 percentages are needed, one per month of 2026.");
}

TEST_F(PlanServiceTargetsTest, DistributeTheSeedPlanOverChildren)
{
    // 5000万 = A 2000万 + B 1500万 + services 1500万 = East 1800万 + South 1500万 + North 1200万 + other 500万
    const std::vector<NodeId> products{service.ensurePath(Dimension::Product, QStringLiteral("A")),
                                       service.ensurePath(Dimension::Product, QStringLiteral("B")),
                                       service.ensurePath(Dimension::Product, QStringLiteral("services"))};
    const std::vector<NodeId> regions{service.ensurePath(Dimension::Region, QStringLiteral("East")),
                                      service.ensurePath(Dimension::Region, QStringLiteral("South")),
                                      service.ensurePath(Dimension::Region, QStringLiteral("North")),
                                      service.ensurePath(Dimension::Region, QStringLiteral("other"))};
    const Period year = Period::year(2026);
    service.setTarget(kRootId, kSales, year, wan(5000));
    service.applyTargetChanges(service.planDistribution(
        Dimension::Product, kRootId, kSales, year, DistributeOver::Children,
        DistributionMethod::parse(QStringLiteral("weights:2000,1500,1500"), DistributeOver::Children, 3)));
    service.applyTargetChanges(service.planDistribution(
        Dimension::Region, kRootId, kSales, year, DistributeOver::Children,
        DistributionMethod::parse(QStringLiteral("weights:18,15,12,5"), DistributeOver::Children, 4)));

    const auto yearly = [&](NodeId n) { return service.targets().sum(kSales, n, Month(2026, 1), Month(2026, 12)); };
    EXPECT_EQ(yearly(products[0]), wan(2000));
    EXPECT_EQ(yearly(products[1]), wan(1500));
    EXPECT_EQ(yearly(products[2]), wan(1500));
    EXPECT_EQ(yearly(regions[0]), wan(1800));
    EXPECT_EQ(yearly(regions[1]), wan(1500));
    EXPECT_EQ(yearly(regions[2]), wan(1200));
    EXPECT_EQ(yearly(regions[3]), wan(500));
    // every month of every tree adds up to the root exactly
    for (Month m : year.months()) {
        Amount p;
        Amount r;
        for (NodeId n : products)
            p += service.targets().value(kSales, n, m);
        for (NodeId n : regions)
            r += service.targets().value(kSales, n, m);
        EXPECT_EQ(p, service.targets().value(kSales, kRootId, m)) << m.toString().toStdString();
        EXPECT_EQ(r, service.targets().value(kSales, kRootId, m)) << m.toString().toStdString();
    }
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTargetsTest, DistributeAYearOverChildrenGivesExactYearlyShares)
{
    // 1,000.00 for the year over three children: each child's year is the exact share, and every
    // month still adds up to the parent's month (no child is favoured by rounding twelve times).
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId c = service.ensurePath(Dimension::Product, QStringLiteral("C"));
    const Period year = Period::year(2026);
    service.setTarget(kRootId, kSales, year, yuan(1000));
    const auto even = DistributionMethod::parse(QStringLiteral("even"), DistributeOver::Children, 3);
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, year,
                                                        DistributeOver::Children, even));
    EXPECT_EQ(service.targets().sum(kSales, a, Month(2026, 1), Month(2026, 12)).minor(), 33334);
    EXPECT_EQ(service.targets().sum(kSales, b, Month(2026, 1), Month(2026, 12)).minor(), 33333);
    EXPECT_EQ(service.targets().sum(kSales, c, Month(2026, 1), Month(2026, 12)).minor(), 33333);
    for (Month m : year.months()) {
        EXPECT_EQ(service.targets().value(kSales, a, m) + service.targets().value(kSales, b, m)
                      + service.targets().value(kSales, c, m),
                  service.targets().value(kSales, kRootId, m))
            << m.toString().toStdString();
    }
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTargetsTest, DistributeOverChildrenEvenlyWithLocks)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId c = service.ensurePath(Dimension::Product, QStringLiteral("C"));
    const Period jan = Period::month(Month(2026, 1));
    service.setTarget(kRootId, kSales, jan, yuan(1000));
    const auto even = DistributionMethod::parse(QStringLiteral("even"), DistributeOver::Children, 3);
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, jan,
                                                        DistributeOver::Children, even));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 1)).minor(), 33334);
    EXPECT_EQ(service.targets().value(kSales, b, Month(2026, 1)).minor(), 33333);
    EXPECT_EQ(service.targets().value(kSales, c, Month(2026, 1)).minor(), 33333);

    // B locked at 600.00: A and C share the other 400.00
    service.setCells({{kSales, b, Month(2026, 1), {yuan(600), true}}});
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, jan,
                                                        DistributeOver::Children, even));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 1)), yuan(200));
    EXPECT_EQ(service.targets().value(kSales, b, Month(2026, 1)), yuan(600));
    EXPECT_EQ(service.targets().value(kSales, c, Month(2026, 1)), yuan(200));

    // a locked child above the parent's month target: refused, naming the month
    service.setCells({{kSales, b, Month(2026, 1), {yuan(1200), true}}});
    EXPECT_DOMAIN_ERROR((void)service.planDistribution(Dimension::Product, kRootId, kSales, jan,
                                                       DistributeOver::Children, even),
                        "2026-01: The locked parts already total more than the new total.");
    EXPECT_DOMAIN_ERROR((void)service.planDistribution(Dimension::Product, c, kSales, jan, DistributeOver::Children, even),
                        "\"C\" has no members to distribute over.");
    DistributionMethod two;
    two.kind = DistributionMethod::Kind::Weights;
    two.weights = {1, 2};
    EXPECT_DOMAIN_ERROR((void)service.planDistribution(Dimension::Product, kRootId, kSales, jan,
                                                       DistributeOver::Children, two),
                        "3 weights are needed, one per member of \"/\".");
}

TEST_F(PlanServiceTargetsTest, DistributeByHistoryWithFallback)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId services = service.ensurePath(Dimension::Product, QStringLiteral("services"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true);
    // 2025 actuals: A 300, B 100, services none (it falls back to the mean of the others, 200)
    addSale(QDate(2025, 3, 3), wang, a, 0, yuan(300));
    addSale(QDate(2025, 7, 1), wang, b, 0, yuan(100));
    addSale(QDate(2024, 7, 1), wang, services, 0, yuan(10'000)); // not the reference year
    addSale(QDate(2026, 1, 5), wang, services, 0, yuan(10'000)); // not the reference year either
    const Period jan = Period::month(Month(2026, 1));
    const Period year = Period::year(2026);
    service.setTarget(kRootId, kSales, year, yuan(72'000)); // 6,000.00 a month
    const auto history = DistributionMethod::parse(QStringLiteral("history"), DistributeOver::Children, 3);
    EXPECT_EQ(history.kind, DistributionMethod::Kind::History);
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, year,
                                                        DistributeOver::Children, history));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 1)), yuan(3000));
    EXPECT_EQ(service.targets().value(kSales, b, Month(2026, 1)), yuan(1000));
    EXPECT_EQ(service.targets().value(kSales, services, Month(2026, 1)), yuan(2000));

    // An explicit reference year with no actuals at all: even.
    const auto in2023 = DistributionMethod::parse(QStringLiteral("history:2023"), DistributeOver::Children, 3);
    EXPECT_EQ(in2023.referenceYear, 2023);
    service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, kSales, jan,
                                                        DistributeOver::Children, in2023));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 1)), yuan(2000));
    EXPECT_EQ(service.targets().value(kSales, services, Month(2026, 1)), yuan(2000));

    // history:2024 only knows services
    service.applyTargetChanges(service.planDistribution(
        Dimension::Product, kRootId, kSales, jan, DistributeOver::Children,
        DistributionMethod::parse(QStringLiteral("history:2024"), DistributeOver::Children, 3)));
    EXPECT_EQ(service.targets().value(kSales, services, Month(2026, 1)), yuan(2000));
    EXPECT_EQ(service.targets().value(kSales, a, Month(2026, 1)), yuan(2000));
}

TEST_F(PlanServiceTargetsTest, DistributeOverMonthsByHistory)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true);
    addSale(QDate(2025, 1, 10), wang, a, 0, yuan(100));
    addSale(QDate(2025, 2, 10), wang, a, 0, yuan(250));
    addSale(QDate(2025, 2, 11), wang, a, 0, yuan(50));
    const Period year = Period::year(2026);
    service.setTarget(a, kSales, year, yuan(24'000)); // weights 100, 300, then the mean 200 for the other ten
    service.applyTargetChanges(service.planDistribution(
        Dimension::Product, a, kSales, year, DistributeOver::Months,
        DistributionMethod::parse(QStringLiteral("history"), DistributeOver::Months, 12)));
    std::vector<Amount> expected(12, yuan(2000));
    expected[0] = yuan(1000);
    expected[1] = yuan(3000);
    EXPECT_EQ(monthValues(a, year), expected);
}

struct MethodCase {
    const char *text;
    DistributeOver over;
    int parts;
    DistributionMethod::Kind kind;
    std::vector<std::int64_t> weights;
    int referenceYear;
};

class DistributionMethodParseTest : public ::testing::TestWithParam<MethodCase> {};

TEST_P(DistributionMethodParseTest, Parses)
{
    const MethodCase &c = GetParam();
    const DistributionMethod m = DistributionMethod::parse(QString::fromUtf8(c.text), c.over, c.parts);
    EXPECT_EQ(m.kind, c.kind);
    EXPECT_EQ(m.weights, c.weights);
    EXPECT_EQ(m.referenceYear, c.referenceYear);
}

INSTANTIATE_TEST_SUITE_P(
    Methods, DistributionMethodParseTest,
    ::testing::Values(
        MethodCase{"even", DistributeOver::Children, 3, DistributionMethod::Kind::Even, {}, 0},
        MethodCase{" EVEN ", DistributeOver::Months, 12, DistributionMethod::Kind::Even, {}, 0},
        MethodCase{"4321", DistributeOver::Quarters, 4, DistributionMethod::Kind::Weights, {3000, 2000, 3000, 2000}, 0},
        MethodCase{"weights:30,20,30,20", DistributeOver::Quarters, 4, DistributionMethod::Kind::Weights,
                   {3000, 2000, 3000, 2000}, 0},
        MethodCase{"weights:3,2,1", DistributeOver::Children, 3, DistributionMethod::Kind::Weights, {300, 200, 100}, 0},
        MethodCase{"history", DistributeOver::Children, 3, DistributionMethod::Kind::History, {}, 0},
        MethodCase{"history:2025", DistributeOver::Months, 12, DistributionMethod::Kind::History, {}, 2025}));

TEST(DistributionMethodTest, BadMethods)
{
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("random"), DistributeOver::Children, 3),
                        "Unknown method \"random\"");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("history:abc"), DistributeOver::Children, 3),
                        "\"abc\" is not a reference year");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("history:99"), DistributeOver::Children, 3),
                        "is not a reference year");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("weights:30,20,30,21"), DistributeOver::Quarters, 4),
                        "The percentages total 101%, not 100%.");
    EXPECT_DOMAIN_ERROR((void)DistributionMethod::parse(QStringLiteral("weights:0,0"), DistributeOver::Children, 2),
                        "At least one weight must be above zero.");
}

} // namespace
} // namespace st
