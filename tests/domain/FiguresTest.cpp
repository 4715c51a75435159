// Figures: target, actual, achievement, gap, expected-to-date, pace, status, run-rate projection and
// required daily rate (design.md §2 "Figures").
#include "salestarget/domain/Figures.h"

#include "domain/DomainTestSupport.h"

#include <limits>

namespace st {
namespace {

using test::wan;

constexpr int kLag = 8000;
constexpr int kAhead = 12000;

PaceContext started(int elapsed = 10, int remaining = 10)
{
    return PaceContext{elapsed, remaining, true};
}

// --- status ------------------------------------------------------------------------------------------

struct StatusCase {
    const char *name;
    std::int64_t target;
    std::int64_t actual;
    std::int64_t expected;
    bool started;
    Status status;
    int lag = kLag;
    int ahead = kAhead;
};

void PrintTo(const StatusCase &c, std::ostream *os)
{
    *os << c.name;
}

class FiguresStatusTest : public ::testing::TestWithParam<StatusCase> {};

TEST_P(FiguresStatusTest, Classifies)
{
    const StatusCase &c = GetParam();
    const Figures f = Figures::compute(Amount(c.target), Amount(c.actual), Amount(c.expected),
                                       PaceContext{5, 5, c.started}, c.lag, c.ahead);
    EXPECT_EQ(f.status, c.status);
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, FiguresStatusTest,
    ::testing::Values(
        StatusCase{"no target", 0, 500, 100, true, Status::NoTarget},
        StatusCase{"no target before the start", 0, 0, 0, false, Status::NoTarget},
        StatusCase{"not started", 1000, 0, 0, false, Status::NotStarted},
        StatusCase{"not started even with early actuals", 1000, 50, 0, false, Status::NotStarted},
        StatusCase{"pace 79.99% is lagging", 100000, 7999, 10000, true, Status::Lagging},
        StatusCase{"pace exactly 80% is on track", 100000, 8000, 10000, true, Status::OnTrack},
        StatusCase{"pace 100%", 100000, 10000, 10000, true, Status::OnTrack},
        StatusCase{"pace exactly 120% is on track", 100000, 12000, 10000, true, Status::OnTrack},
        StatusCase{"pace 120.01% is ahead", 100000, 12001, 10000, true, Status::Ahead},
        StatusCase{"nothing done", 100000, 0, 10000, true, Status::Lagging},
        StatusCase{"net cancellations", 100000, -10, 10000, true, Status::Lagging},
        // exactness where a double would blur: 4/5 of an odd expected value
        StatusCase{"80% of 3 fen is 2.4 fen: 2 lags", 100, 2, 3, true, Status::Lagging},
        StatusCase{"just below 80% of a huge value", 1'000'000'000'000'000, 799'999'999'999'999, 1'000'000'000'000'000,
                   true, Status::Lagging},
        StatusCase{"exactly 80% of a huge value", 1'000'000'000'000'000, 800'000'000'000'000, 1'000'000'000'000'000,
                   true, Status::OnTrack},
        // started but nothing expected yet (the target sits in later months)
        StatusCase{"nothing expected, nothing done", 1000, 0, 0, true, Status::OnTrack},
        StatusCase{"nothing expected, something done", 1000, 1, 0, true, Status::Ahead},
        // thresholds are plan settings
        StatusCase{"custom 90%: 89.99% lags", 100000, 8999, 10000, true, Status::Lagging, 9000, 11000},
        StatusCase{"custom 90%: 90% on track", 100000, 9000, 10000, true, Status::OnTrack, 9000, 11000},
        StatusCase{"custom 110%: 110.01% ahead", 100000, 11001, 10000, true, Status::Ahead, 9000, 11000},
        StatusCase{"custom 110%: 110% on track", 100000, 11000, 10000, true, Status::OnTrack, 9000, 11000}));

// Seed rule "achievement < 80% lagging, > 120% ahead" at the end of a period (expected = target).
TEST(FiguresTest, SeedThresholdsAtPeriodEnd)
{
    const Amount t = wan(100);
    const PaceContext end{22, 0, true};
    EXPECT_EQ(Figures::compute(t, wan(79), t, end, kLag, kAhead).status, Status::Lagging);
    EXPECT_EQ(Figures::compute(t, wan(80), t, end, kLag, kAhead).status, Status::OnTrack);
    EXPECT_EQ(Figures::compute(t, wan(120), t, end, kLag, kAhead).status, Status::OnTrack);
    EXPECT_EQ(Figures::compute(t, wan(121), t, end, kLag, kAhead).status, Status::Ahead);
}

// --- values ------------------------------------------------------------------------------------------

TEST(FiguresTest, TargetActualAchievementGapPace)
{
    const Figures f = Figures::compute(wan(100), wan(45), wan(50), started(11, 11), kLag, kAhead);
    EXPECT_EQ(f.target, wan(100));
    EXPECT_EQ(f.actual, wan(45));
    EXPECT_EQ(f.expected, wan(50));
    EXPECT_EQ(f.gap, wan(55)); // target - actual: still to do
    ASSERT_TRUE(f.achievement.has_value());
    EXPECT_DOUBLE_EQ(*f.achievement, 0.45);
    ASSERT_TRUE(f.pace.has_value());
    EXPECT_DOUBLE_EQ(*f.pace, 0.9);
    EXPECT_EQ(f.status, Status::OnTrack);
    EXPECT_FALSE(f.unallocated.has_value());
}

TEST(FiguresTest, OverAchievementHasNegativeGap)
{
    const Figures f = Figures::compute(wan(100), wan(130), wan(100), PaceContext{22, 0, true}, kLag, kAhead);
    EXPECT_EQ(f.gap, -wan(30));
    EXPECT_DOUBLE_EQ(*f.achievement, 1.3);
    EXPECT_EQ(f.status, Status::Ahead);
    EXPECT_FALSE(f.requiredDaily.has_value()); // nothing remains
    EXPECT_EQ(f.projection, wan(130));
}

TEST(FiguresTest, NoneWhenDividingByZero)
{
    const Figures f = Figures::compute(Amount(), wan(3), Amount(), started(), kLag, kAhead);
    EXPECT_FALSE(f.achievement.has_value());
    EXPECT_FALSE(f.pace.has_value());
    EXPECT_EQ(f.gap, -wan(3));
    EXPECT_EQ(f.status, Status::NoTarget);
}

struct RateCase {
    const char *name;
    std::int64_t target;
    std::int64_t actual;
    int elapsed;
    int remaining;
    std::int64_t projection;
    std::optional<std::int64_t> requiredDaily;
};

void PrintTo(const RateCase &c, std::ostream *os)
{
    *os << c.name;
}

class FiguresRateTest : public ::testing::TestWithParam<RateCase> {};

TEST_P(FiguresRateTest, ProjectionAndRequiredDailyRate)
{
    const RateCase &c = GetParam();
    const Figures f = Figures::compute(Amount(c.target), Amount(c.actual), Amount(c.target),
                                       PaceContext{c.elapsed, c.remaining, true}, kLag, kAhead);
    EXPECT_EQ(f.projection.minor(), c.projection);
    ASSERT_EQ(f.requiredDaily.has_value(), c.requiredDaily.has_value());
    if (c.requiredDaily) {
        EXPECT_EQ(f.requiredDaily->minor(), *c.requiredDaily);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rounding, FiguresRateTest,
    ::testing::Values(
        // projection = A + A / elapsed * remaining, half away from zero; required = max(0, gap) / remaining, up
        RateCase{"even run rate", 2200, 1000, 10, 12, 2200, 100},
        RateCase{"2/3 rounds up", 3000, 1000, 3, 2, 1667, 1000},
        RateCase{"1/3 rounds down", 3000, 1000, 3, 1, 1333, 2000},
        RateCase{"exactly half rounds away from zero", 10, 1, 2, 1, 2, 9},
        RateCase{"negative half rounds away from zero", 10, -1, 2, 1, -2, 11},
        RateCase{"required rate rounds up", 1000, 0, 1, 3, 0, 334},
        RateCase{"required rate exact", 999, 0, 1, 3, 0, 333},
        RateCase{"required rate one unit", 1, 0, 1, 21, 0, 1},
        RateCase{"ahead: nothing required", 1000, 1500, 5, 5, 3000, 0},
        RateCase{"nothing elapsed yet", 1000, 0, 0, 22, 0, 46},
        RateCase{"early actuals before the first working day", 1000, 50, 0, 22, 50, 44},
        RateCase{"period over", 1000, 700, 22, 0, 700, std::nullopt},
        // 100万 month, 13 of 21 working days gone, 60万 done
        RateCase{"seed month", 100'000'000, 60'000'000, 13, 8, 96'923'077, 5'000'000},
        RateCase{"seed month, odd gap", 100'000'000, 59'999'999, 13, 8, 96'923'075, 5'000'001}));

TEST(FiguresTest, ProjectionOverflowIsAnErrorNotAWrapAround)
{
    // 9e17 fen after one day with 20 to go would project 1.89e19: beyond int64.
    EXPECT_THROW(Figures::compute(Amount(Amount::kMaxMinor), Amount(Amount::kMaxMinor), Amount(Amount::kMaxMinor),
                                  PaceContext{1, 20, true}, kLag, kAhead),
                 DomainError);
    // The largest gap still gives a required daily rate (no overflow in the rounding).
    const Figures f = Figures::compute(Amount(std::numeric_limits<std::int64_t>::max()), Amount(), Amount(1),
                                       PaceContext{0, 2, true}, kLag, kAhead);
    ASSERT_TRUE(f.requiredDaily.has_value());
    EXPECT_EQ(f.requiredDaily->minor(), std::numeric_limits<std::int64_t>::max() / 2 + 1);
}

} // namespace
} // namespace st
