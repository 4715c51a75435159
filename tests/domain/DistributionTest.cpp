// Distribution: exact splits (largest remainder, ties to the earlier part), locks, weight templates
// and percentage input (design.md §2 "Distribution methods").
#include "salestarget/domain/Distribution.h"

#include "salestarget/domain/Int128.h"

#include "domain/DomainTestSupport.h"

#include <limits>
#include <numeric>

namespace st {
namespace {

using test::wan;
using test::yuan;

std::vector<std::int64_t> minors(const std::vector<Amount> &parts)
{
    std::vector<std::int64_t> out;
    for (Amount a : parts)
        out.push_back(a.minor());
    return out;
}

Amount sumOf(const std::vector<Amount> &parts)
{
    Amount s;
    for (Amount a : parts)
        s += a;
    return s;
}

// --- proportional -----------------------------------------------------------------------------------

struct SplitCase {
    const char *name;
    std::int64_t total;
    std::vector<std::int64_t> weights;
    std::vector<std::int64_t> expected;
};

void PrintTo(const SplitCase &c, std::ostream *os)
{
    *os << c.name;
}

class DistributionSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(DistributionSplitTest, ExactLargestRemainder)
{
    const SplitCase &c = GetParam();
    const std::vector<Amount> parts = Distribution::proportional(Amount(c.total), c.weights);
    EXPECT_EQ(minors(parts), c.expected);
    EXPECT_EQ(sumOf(parts).minor(), c.total);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DistributionSplitTest,
    ::testing::Values(
        SplitCase{"1000.00 over 3", 100000, {1, 1, 1}, {33334, 33333, 33333}},
        SplitCase{"100 over 7", 100, {1, 1, 1, 1, 1, 1, 1}, {15, 15, 14, 14, 14, 14, 14}},
        SplitCase{"ties go to the earlier part", 10, {1, 1, 1}, {4, 3, 3}},
        SplitCase{"one unit over three", 1, {1, 1, 1}, {1, 0, 0}},
        SplitCase{"largest remainder wins over position", 100, {1, 2}, {33, 67}},
        SplitCase{"negative total", -100000, {1, 1, 1}, {-33333, -33333, -33334}},
        SplitCase{"zero total", 0, {3, 2}, {0, 0}},
        SplitCase{"zero weights get nothing", 100, {0, 1, 0}, {0, 100, 0}},
        SplitCase{"zero weight never takes a leftover unit", 10, {0, 1, 1, 1}, {0, 4, 3, 3}},
        SplitCase{"all zero weights means even", 100000, {0, 0, 0}, {33334, 33333, 33333}},
        SplitCase{"single part", 12345, {7}, {12345}},
        SplitCase{"4321 over 1200万", 1'200'000'000, {3000, 2000, 3000, 2000},
                  {360'000'000, 240'000'000, 360'000'000, 240'000'000}},
        SplitCase{"seed products 5000万", 5'000'000'000, {2000, 1500, 1500}, {2'000'000'000, 1'500'000'000, 1'500'000'000}},
        SplitCase{"seed regions 5000万", 5'000'000'000, {1800, 1500, 1200, 500},
                  {1'800'000'000, 1'500'000'000, 1'200'000'000, 500'000'000}},
        SplitCase{"1200万 evenly over 12 months", 1'200'000'000, std::vector<std::int64_t>(12, 1),
                  std::vector<std::int64_t>(12, 100'000'000)},
        SplitCase{"thirds of 1.00", 100, {1, 1, 1}, {34, 33, 33}},
        SplitCase{"huge total and weights (128-bit products)", Amount::kMaxMinor,
                  {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::max(), 1},
                  {Amount::kMaxMinor / 2, Amount::kMaxMinor / 2, 0}}));

TEST(DistributionTest, EmptyWeightsGiveNoParts)
{
    EXPECT_TRUE(Distribution::proportional(Amount(100), {}).empty());
}

TEST(DistributionTest, NegativeWeightThrows)
{
    EXPECT_DOMAIN_ERROR((void)Distribution::proportional(Amount(100), {1, -1}), "weights must be zero or more");
}

TEST(DistributionTest, EvenSplit)
{
    EXPECT_EQ(minors(Distribution::even(yuan(1000), 3)), (std::vector<std::int64_t>{33334, 33333, 33333}));
    EXPECT_EQ(minors(Distribution::even(wan(300), 3)), (std::vector<std::int64_t>(3, 100'000'000)));
    EXPECT_EQ(minors(Distribution::even(Amount(0), 2)), (std::vector<std::int64_t>{0, 0}));
    EXPECT_DOMAIN_ERROR((void)Distribution::even(Amount(100), 0), "There is nothing to distribute over.");
    EXPECT_THROW((void)Distribution::even(Amount(100), -1), DomainError);
}

TEST(DistributionTest, PartsAlwaysAddUpAndStayWithinOneUnitOfTheExactShare)
{
    // Deterministic pseudo-random cases (no wall clock, no global RNG state).
    std::uint64_t state = 0x5A1E5;
    const auto next = [&state](std::uint64_t mod) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % mod;
    };
    for (int round = 0; round < 2000; ++round) {
        const std::size_t n = 1 + next(13);
        std::vector<std::int64_t> weights(n);
        for (auto &w : weights)
            w = std::int64_t(next(round % 2 ? 10 : 1'000'000));
        const std::int64_t total = std::int64_t(next(10'000'000'000ULL)) - (round % 3 == 0 ? 5'000'000'000LL : 0);
        const std::vector<Amount> parts = Distribution::proportional(Amount(total), weights);
        ASSERT_EQ(sumOf(parts).minor(), total) << "round " << round;
        std::int64_t wsum = std::accumulate(weights.begin(), weights.end(), std::int64_t(0));
        if (wsum == 0) {
            std::fill(weights.begin(), weights.end(), 1);
            wsum = std::int64_t(n);
        }
        for (std::size_t i = 0; i < n; ++i) {
            // exact share = total * w / wsum; the part is its floor or floor + 1
            const Int128 product = Int128(total) * weights[i];
            Int128 floor = product / wsum;
            if (product % wsum != 0 && product < 0)
                --floor;
            ASSERT_TRUE(parts[i].minor() == std::int64_t(floor) || parts[i].minor() == std::int64_t(floor) + 1)
                << "round " << round << " part " << i;
        }
    }
}

// --- locks -------------------------------------------------------------------------------------------

TEST(DistributionTest, LockedCellsKeepTheirValueAndTheRestAbsorbs)
{
    // 1,000.00 over three months, the middle one locked at 500.00.
    const auto parts = Distribution::withLocks(yuan(1000), {Amount(0), yuan(500), Amount(0)}, {false, true, false},
                                               {1, 1, 1});
    EXPECT_EQ(minors(parts), (std::vector<std::int64_t>{25000, 50000, 25000}));

    // Odd remainder among the free parts, weights only among them.
    const auto weighted = Distribution::withLocks(Amount(1001), {Amount(1), Amount(7), Amount(2)}, {false, true, false},
                                                  {1, 1000, 2});
    EXPECT_EQ(minors(weighted), (std::vector<std::int64_t>{331, 7, 663}));

    // A shorter lock list means "not locked"; missing weights count as zero (even if all are zero).
    EXPECT_EQ(minors(Distribution::withLocks(Amount(9), {Amount(1), Amount(1), Amount(1)}, {true}, {})),
              (std::vector<std::int64_t>{1, 4, 4}));
}

TEST(DistributionTest, LockedSumExceedingTheTotalThrows)
{
    EXPECT_DOMAIN_ERROR((void)Distribution::withLocks(yuan(1000), {yuan(600), yuan(500), Amount(0)},
                                                      {true, true, false}, {1, 1, 1}),
                        "The locked parts already total more than the new total.");
}

TEST(DistributionTest, LockedSumEqualToTheTotalZeroesTheRest)
{
    EXPECT_EQ(minors(Distribution::withLocks(yuan(1000), {yuan(600), yuan(400), yuan(7)}, {true, true, false}, {1, 1, 1})),
              (std::vector<std::int64_t>{60000, 40000, 0}));
}

TEST(DistributionTest, EverythingLocked)
{
    EXPECT_DOMAIN_ERROR((void)Distribution::withLocks(Amount(10), {Amount(3), Amount(3)}, {true, true}, {1, 1}),
                        "Every part is locked");
    // When the locked parts already make the total, nothing changes.
    EXPECT_EQ(minors(Distribution::withLocks(Amount(6), {Amount(3), Amount(3)}, {true, true}, {1, 1})),
              (std::vector<std::int64_t>{3, 3}));
    EXPECT_TRUE(Distribution::withLocks(Amount(0), {}, {}, {}).empty());
}

TEST(DistributionTest, ProportionsOfCurrentValues)
{
    EXPECT_EQ(Distribution::proportionsOf({Amount(100), Amount(200), Amount(0)}, {false, true, false}),
              (std::vector<std::int64_t>{100, 0, 0}));
    // all empty (or only negative) unlocked values: even over the unlocked ones
    EXPECT_EQ(Distribution::proportionsOf({Amount(0), Amount(200), Amount(-5)}, {false, true, false}),
              (std::vector<std::int64_t>{1, 0, 1}));
    EXPECT_EQ(Distribution::proportionsOf({Amount(0), Amount(0)}, {}), (std::vector<std::int64_t>{1, 1}));

    // "keeping their current proportions": doubling the total doubles every unlocked month
    const std::vector<Amount> now{wan(100), wan(200), wan(50), wan(100)};
    const std::vector<bool> locks{false, false, false, true};
    EXPECT_EQ(Distribution::withLocks(wan(800), now, locks, Distribution::proportionsOf(now, locks)),
              (std::vector<Amount>{wan(200), wan(400), wan(100), wan(100)}));
}

// --- parsing weights -----------------------------------------------------------------------------------

TEST(DistributionTest, Template4321)
{
    const auto t = Distribution::template4321();
    EXPECT_EQ(t, (std::vector<std::int64_t>{3000, 2000, 3000, 2000}));
    EXPECT_EQ(std::accumulate(t.begin(), t.end(), std::int64_t(0)), 10000);
}

struct PercentCase {
    const char *text;
    int count;
    std::vector<std::int64_t> basisPoints;
};

void PrintTo(const PercentCase &c, std::ostream *os)
{
    *os << '"' << c.text << '"';
}

class DistributionPercentTest : public ::testing::TestWithParam<PercentCase> {};

TEST_P(DistributionPercentTest, ParsesBasisPoints)
{
    EXPECT_EQ(Distribution::parsePercentages(QString::fromUtf8(GetParam().text), GetParam().count),
              GetParam().basisPoints);
}

INSTANTIATE_TEST_SUITE_P(
    Valid, DistributionPercentTest,
    ::testing::Values(
        PercentCase{"30,20,30,20", 4, {3000, 2000, 3000, 2000}},
        PercentCase{"30%, 20%, 30%, 20%", 4, {3000, 2000, 3000, 2000}},
        PercentCase{" 30；20;30，20 ", 4, {3000, 2000, 3000, 2000}},
        PercentCase{"30 20\t30 20", 4, {3000, 2000, 3000, 2000}},
        PercentCase{"100", 1, {10000}},
        PercentCase{"8.25,8.25,8.25,8.25,8.5,8.5,8.5,8.5,8.25,8.25,8.25,8.25", 12,
                    {825, 825, 825, 825, 850, 850, 850, 850, 825, 825, 825, 825}},
        PercentCase{"0,0,100,0", 4, {0, 0, 10000, 0}}));

struct BadPercentCase {
    const char *text;
    const char *message; // fragment of the expected message
};

void PrintTo(const BadPercentCase &c, std::ostream *os)
{
    *os << '"' << c.text << '"';
}

class DistributionBadPercentTest : public ::testing::TestWithParam<BadPercentCase> {};

TEST_P(DistributionBadPercentTest, Throws)
{
    EXPECT_DOMAIN_ERROR((void)Distribution::parsePercentages(QString::fromUtf8(GetParam().text), 12),
                        QString::fromUtf8(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, DistributionBadPercentTest,
    ::testing::Values(
        BadPercentCase{"8,8,8,8,8,8,8,8,8,8,8,8", "The percentages total 96%, not 100%."},
        BadPercentCase{"8.34,8.33,8.33,8.33,8.33,8.33,8.33,8.33,8.33,8.33,8.33,8.33", "The percentages total 99.97%, not 100%."},
        BadPercentCase{"10,10,10,10,10,10,10,10,10,10,10,10", "The percentages total 120%, not 100%."},
        BadPercentCase{"30,20,30,20", "12 values are needed, one per part, but \"30,20,30,20\" has 4."},
        BadPercentCase{"", "12 values are needed"},
        BadPercentCase{"-10,20,10,10,10,10,10,10,10,10,0,0", "Value 1 (\"-10\") is negative"},
        BadPercentCase{"abc,10,10,10,10,10,10,10,10,10,10,0", "\"abc\" is not a valid amount"},
        BadPercentCase{"8.333,8.333,8.333,8.333,8.333,8.333,8.333,8.333,8.333,8.333,8.333,8.337",
                  "at most 2 decimal places"},
        // twelve huge values: their sum must not overflow into a bogus total
        BadPercentCase{"9000000000000000,9000000000000000,9000000000000000,9000000000000000,9000000000000000,"
                  "9000000000000000,9000000000000000,9000000000000000,9000000000000000,9000000000000000,"
                  "9000000000000000,9000000000000000",
                  "not 100%"}));

TEST(DistributionTest, ParseWeights)
{
    EXPECT_EQ(Distribution::parseWeights(u"3,2,1", 3), (std::vector<std::int64_t>{300, 200, 100}));
    EXPECT_EQ(Distribution::parseWeights(u"0.5, 1.5", 2), (std::vector<std::int64_t>{50, 150}));
    EXPECT_EQ(Distribution::parseWeights(u"0,1", 2), (std::vector<std::int64_t>{0, 100}));
    EXPECT_DOMAIN_ERROR((void)Distribution::parseWeights(u"0,0,0", 3), "At least one weight must be above zero.");
    EXPECT_DOMAIN_ERROR((void)Distribution::parseWeights(u"3,2", 3), "3 values are needed");
    EXPECT_DOMAIN_ERROR((void)Distribution::parseWeights(u"3,-2", 2), "negative");
    // relative weights are not percentages: they need not total 100
    const auto w = Distribution::parseWeights(u"2000,1500,1500", 3);
    EXPECT_EQ(Distribution::proportional(wan(5000), w), (std::vector<Amount>{wan(2000), wan(1500), wan(1500)}));
}

TEST(DistributionTest, WeightTotalsDoNotWrapAround)
{
    // Twenty-one weights whose total is exactly 2^64 minor units: a 64-bit running sum wraps to 0 and
    // would reject them as "all zero".
    QString text;
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("9000000000000000,");
    text += QStringLiteral("4467440737095516.16");
    std::vector<std::int64_t> w;
    ASSERT_NO_THROW(w = Distribution::parseWeights(text, 21));
    ASSERT_EQ(w.size(), 21u);
    EXPECT_EQ(w.back(), 446'744'073'709'551'616LL);
    const auto parts = Distribution::proportional(wan(100), w);
    EXPECT_EQ(sumOf(parts), wan(100));
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(DistributionMatrixTest, RowsAndColumnsAddUpExactly)
{
    // 1,000.00 a year over three children, the year split 4321-style over twelve uneven months.
    const std::vector<Amount> months{Amount(10001), Amount(9999), Amount(10000), Amount(6667), Amount(6667), Amount(6666),
                                     Amount(10000), Amount(10000), Amount(10000), Amount(6667), Amount(6666), Amount(6667)};
    const std::vector<Amount> rows = Distribution::even(Amount(100000), 3);
    const auto cells = Distribution::matrix(rows, months);
    ASSERT_EQ(cells.size(), 3u);
    for (std::size_t r = 0; r < 3; ++r) {
        std::int64_t sum = 0;
        for (Amount a : cells[r]) {
            EXPECT_GE(a.minor(), 0);
            sum += a.minor();
        }
        EXPECT_EQ(sum, rows[r].minor()) << "row " << r;
    }
    for (std::size_t c = 0; c < months.size(); ++c)
        EXPECT_EQ(cells[0][c].minor() + cells[1][c].minor() + cells[2][c].minor(), months[c].minor()) << "column " << c;
    EXPECT_EQ(rows[0].minor(), 33334);
    EXPECT_EQ(rows[2].minor(), 33333);
}

TEST(DistributionMatrixTest, ZeroColumnsAndRowsAndMismatch)
{
    const auto cells = Distribution::matrix({Amount(5), Amount(0)}, {Amount(0), Amount(5)});
    EXPECT_EQ(cells[0][0].minor(), 0);
    EXPECT_EQ(cells[0][1].minor(), 5);
    EXPECT_EQ(cells[1][1].minor(), 0);
    EXPECT_THROW(Distribution::matrix({Amount(5)}, {Amount(4)}), DomainError);
    EXPECT_THROW(Distribution::matrix({Amount(-1)}, {Amount(-1)}), DomainError);
}

} // namespace
} // namespace st
