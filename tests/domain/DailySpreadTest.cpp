// DailySpread: a month's target spread evenly over its working days, exact to the minor unit;
// weeks and days are sums of daily shares and straddle months correctly (design.md §2 "Target grain").
#include "salestarget/domain/DailySpread.h"

#include "salestarget/domain/Period.h"
#include "salestarget/domain/WorkCalendar.h"

#include "domain/DomainTestSupport.h"

#include <map>

namespace st {
namespace {

using test::wan;

WorkCalendar nationalDay2026()
{
    WorkCalendar cal;
    for (int day = 1; day <= 7; ++day)
        cal.setException(QDate(2026, 10, day), WorkCalendar::DayType::Holiday);
    cal.setException(QDate(2026, 9, 20), WorkCalendar::DayType::ExtraWorkingDay);
    cal.setException(QDate(2026, 10, 10), WorkCalendar::DayType::ExtraWorkingDay);
    return cal;
}

/// Target of [first, last] from per-month targets (absent months are zero).
Amount rangeTarget(const WorkCalendar &cal, QDate first, QDate last, const std::map<Month, Amount> &byMonth)
{
    const DailySpread spread(cal, first, last);
    std::vector<Amount> targets;
    for (Month m : spread.months()) {
        const auto it = byMonth.find(m);
        targets.push_back(it == byMonth.end() ? Amount() : it->second);
    }
    return spread.apply(targets);
}

// --- shareSum ---------------------------------------------------------------------------------------

struct ShareCase {
    std::int64_t total;
    int n;
    int from;
    int count;
    std::int64_t expected;
};

void PrintTo(const ShareCase &c, std::ostream *os)
{
    *os << c.total << " over " << c.n << " days [" << c.from << ", +" << c.count << ")";
}

class ShareSumTest : public ::testing::TestWithParam<ShareCase> {};

TEST_P(ShareSumTest, SumOfTheCoveredDailyShares)
{
    const ShareCase &c = GetParam();
    EXPECT_EQ(DailySpread::shareSum(Amount(c.total), c.n, c.from, c.count).minor(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ShareSumTest,
    ::testing::Values(
        // the shares through day k are round(T k / n), half up: 100 over 3 days is 33, 34, 33
        ShareCase{100, 3, 0, 1, 33}, ShareCase{100, 3, 1, 1, 34}, ShareCase{100, 3, 2, 1, 33},
        ShareCase{100, 3, 0, 3, 100}, ShareCase{100, 3, 1, 2, 67}, ShareCase{100, 3, 0, 2, 67},
        ShareCase{1, 3, 0, 1, 0}, ShareCase{1, 3, 1, 1, 1}, ShareCase{1, 3, 2, 1, 0},
        ShareCase{2, 3, 0, 1, 1}, ShareCase{2, 3, 1, 1, 0}, ShareCase{2, 3, 2, 1, 1}, ShareCase{0, 5, 0, 5, 0},
        // negative totals (a cut) are exact too
        ShareCase{-10, 3, 0, 1, -3}, ShareCase{-10, 3, 1, 1, -4}, ShareCase{-10, 3, 2, 1, -3},
        ShareCase{-10, 3, 0, 3, -10},
        // nothing to take: no days, or none covered; a range running past the month stops at its end
        ShareCase{100, 0, 0, 1, 0}, ShareCase{100, 3, 0, 0, 0}, ShareCase{100, 3, 3, 0, 0}, ShareCase{100, 3, 2, 5, 33},
        // 100万 over 22 working days = 4,545,454.5454...: 45,454.55 or 45,454.54 a day, the 12 extra fen spread out
        ShareCase{100'000'000, 22, 0, 1, 4'545'455}, ShareCase{100'000'000, 22, 1, 1, 4'545'454},
        ShareCase{100'000'000, 22, 11, 1, 4'545'455}, ShareCase{100'000'000, 22, 12, 1, 4'545'454},
        ShareCase{100'000'000, 22, 21, 1, 4'545'455}, ShareCase{100'000'000, 22, 0, 12, 54'545'455},
        ShareCase{100'000'000, 22, 10, 5, 22'727'273}, ShareCase{100'000'000, 22, 0, 22, 100'000'000},
        // huge totals do not overflow
        ShareCase{Amount::kMaxMinor, 23, 0, 23, Amount::kMaxMinor},
        ShareCase{Amount::kMaxMinor, 23, 0, 22, Amount::kMaxMinor - 39'130'434'782'608'696}));

TEST(DailySpreadTest, SharesThroughEachDayAreTheRoundedProportion)
{
    // For every k: shares of days [0, k) = round(T k / n) half up; each day floor(T / n) or one more.
    for (const std::int64_t total : {std::int64_t(100'000'000), std::int64_t(7), std::int64_t(-1'000'001),
                                     std::int64_t(123'456'789)}) {
        for (int n = 1; n <= 31; ++n) {
            const std::int64_t floorShare = total >= 0 ? total / n : -((-total + n - 1) / n);
            int extras = 0;
            for (int k = 0; k <= n; ++k) {
                const std::int64_t through = DailySpread::shareSum(Amount(total), n, 0, k).minor();
                const std::int64_t twice = 2 * total * k + n; // round half up = floor((2 T k + n) / 2n)
                const std::int64_t expected = twice >= 0 ? twice / (2 * n) : -((-twice + 2 * n - 1) / (2 * n));
                ASSERT_EQ(through, expected) << total << " " << n << " " << k;
                if (k < n) {
                    const std::int64_t day = DailySpread::shareSum(Amount(total), n, k, 1).minor();
                    ASSERT_TRUE(day == floorShare || day == floorShare + 1) << total << " " << n << " " << k;
                    extras += day == floorShare + 1 ? 1 : 0;
                }
            }
            EXPECT_EQ(extras, int(total - floorShare * n)) << total << " " << n;
        }
    }
}

// --- months ------------------------------------------------------------------------------------------

TEST(DailySpreadTest, MonthOf100WanOver22WorkingDaysDayByDay)
{
    const WorkCalendar cal;
    const Month jan(2026, 1); // 22 working days
    const Amount target = wan(100);
    Amount sum;
    int working = 0;
    int extraFen = 0;
    for (QDate day = jan.firstDay(); day <= jan.lastDay(); day = day.addDays(1)) {
        const DailySpread spread(cal, day, day);
        ASSERT_EQ(spread.months(), std::vector<Month>{jan});
        const Amount share = spread.apply({target});
        if (!cal.isWorkingDay(day)) {
            EXPECT_EQ(share, Amount()) << day.toString(Qt::ISODate).toStdString();
            continue;
        }
        // 45,454.55 or 45,454.54: the 12 extra fen are spread through the month, not bunched at its start
        static const int extra[22] = {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        EXPECT_EQ(share.minor(), 4'545'454 + extra[working]) << day.toString(Qt::ISODate).toStdString();
        extraFen += share.minor() == 4'545'455 ? 1 : 0;
        ++working;
        sum += share;
        // the month so far never strays more than half a fen from the exact proportion
        EXPECT_EQ(DailySpread(cal, jan.firstDay(), day).apply({target}).minor(),
                  (2 * 100'000'000LL * working + 22) / 44);
    }
    EXPECT_EQ(working, 22);
    EXPECT_EQ(extraFen, 12);
    EXPECT_EQ(sum, target);
    EXPECT_EQ(DailySpread(cal, jan.firstDay(), jan.lastDay()).apply({target}), target);
}

TEST(DailySpreadTest, HolidayMonthSpreadsOverItsWorkingDaysOnly)
{
    const WorkCalendar cal = nationalDay2026();
    // October 2026 has 18 working days: 100万 = 10 days of 55,555.56 and 8 of 55,555.55.
    const Amount target = wan(100);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 1), QDate(2026, 10, 7)).apply({target}), Amount());
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 8), QDate(2026, 10, 8)).apply({target}).minor(), 5'555'556);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 9), QDate(2026, 10, 9)).apply({target}).minor(), 5'555'555);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 10), QDate(2026, 10, 10)).apply({target}).minor(), 5'555'556);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 11), QDate(2026, 10, 11)).apply({target}), Amount());
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 30), QDate(2026, 10, 30)).apply({target}).minor(), 5'555'556);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 10, 1), QDate(2026, 10, 31)).apply({target}), target);
    // 2026-W41 (10-05..10-11): 10-08, 10-09, 10-10 worked, the first three of October: round(3/18 of 100万).
    EXPECT_EQ(rangeTarget(cal, QDate(2026, 10, 5), QDate(2026, 10, 11), {{Month(2026, 10), target}}).minor(),
              16'666'667);
    // 2026-W40 (09-28..10-04): the last three of September's 23 working days; October's part is all holiday.
    EXPECT_EQ(rangeTarget(cal, QDate(2026, 9, 28), QDate(2026, 10, 4),
                          {{Month(2026, 9), target}, {Month(2026, 10), target}})
                  .minor(),
              3 * 4'347'826);
}

TEST(DailySpreadTest, MonthWithoutWorkingDaysSpreadsOverCalendarDays)
{
    WorkCalendar cal;
    for (QDate day(2026, 2, 1); day.month() == 2; day = day.addDays(1))
        cal.setException(day, WorkCalendar::DayType::Holiday);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 2, 1), QDate(2026, 2, 7)).apply({Amount(2800)}).minor(), 700);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 2, 1), QDate(2026, 2, 14)).apply({Amount(2801)}).minor(), 1401); // 1400.5 up
    EXPECT_EQ(DailySpread(cal, QDate(2026, 2, 15), QDate(2026, 2, 28)).apply({Amount(2801)}).minor(), 1400);
    EXPECT_EQ(DailySpread(cal, QDate(2026, 2, 1), QDate(2026, 2, 28)).apply({Amount(2801)}).minor(), 2801);
}

// --- weeks across months and years ---------------------------------------------------------------------

TEST(DailySpreadTest, WeekStraddlingTwoMonths)
{
    const WorkCalendar cal;
    // 2026-W14: Mon 03-30, Tue 03-31 (March's working days 21 and 22), Wed..Fri 04-01..04-03 (April's 1..3).
    const Period w = Period::week(2026, 14);
    const DailySpread spread(cal, w.first(), w.last());
    ASSERT_EQ(spread.months(), (std::vector<Month>{Month(2026, 3), Month(2026, 4)}));
    // March 100万: the last two of 22 days are 100万 - round(20/22 of it); April 200万: round(3/22 of it).
    EXPECT_EQ(spread.applyMonth(0, wan(100)).minor(), 100'000'000 - 90'909'091);
    EXPECT_EQ(spread.applyMonth(1, wan(200)).minor(), 27'272'727);
    EXPECT_EQ(spread.apply({wan(100), wan(200)}).minor(), 36'363'636);
}

TEST(DailySpreadTest, WeekStraddlingTwoYears)
{
    const WorkCalendar cal;
    // 2026-W53: Mon..Thu 12-28..12-31 are December's last 4 of 23 working days; Fri 2027-01-01 is January's first.
    const Period w = Period::week(2026, 53);
    const DailySpread spread(cal, w.first(), w.last());
    ASSERT_EQ(spread.months(), (std::vector<Month>{Month(2026, 12), Month(2027, 1)}));
    // December: 123,456,789 - round(19/23 of it) = 21,470,746; January: round(1/21 of 98,765,432) = 4,703,116.
    EXPECT_EQ(spread.applyMonth(0, Amount(123'456'789)).minor(), 21'470'746);
    EXPECT_EQ(spread.applyMonth(1, Amount(98'765'432)).minor(), 4'703'116);
    EXPECT_EQ(spread.apply({Amount(123'456'789), Amount(98'765'432)}).minor(), 26'173'862);
}

TEST(DailySpreadTest, WeeksOfAYearAddUpToTheYearExactly)
{
    const WorkCalendar cal = nationalDay2026();
    // Awkward monthly targets: none divides evenly by its working days.
    std::map<Month, Amount> byMonth;
    Amount year;
    for (int m = 1; m <= 12; ++m) {
        byMonth[Month(2026, m)] = Amount(1'000'000'007LL * m + 13);
        year += byMonth[Month(2026, m)];
    }
    // ISO weeks 2026-W01..W53 cover 2025-12-29..2027-01-03; the months outside 2026 have no target.
    Amount weeks;
    for (int w = 1; w <= 53; ++w) {
        const Period p = Period::week(2026, w);
        weeks += rangeTarget(cal, p.first(), p.last(), byMonth);
    }
    EXPECT_EQ(weeks, year);
    // Days and months too.
    Amount days;
    for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1))
        days += rangeTarget(cal, day, day, byMonth);
    EXPECT_EQ(days, year);
    EXPECT_EQ(rangeTarget(cal, QDate(2026, 1, 1), QDate(2026, 12, 31), byMonth), year);
    // Any split point: [first, x] + [x + 1, last] = whole.
    for (QDate x(2026, 1, 1); x.year() == 2026; x = x.addDays(11)) {
        EXPECT_EQ(rangeTarget(cal, QDate(2026, 1, 1), x, byMonth) + rangeTarget(cal, x.addDays(1), QDate(2026, 12, 31), byMonth),
                  year)
            << x.toString(Qt::ISODate).toStdString();
    }
}

TEST(DailySpreadTest, EmptyRangeAndShortTargetLists)
{
    const WorkCalendar cal;
    const DailySpread empty(cal, QDate(2026, 11, 2), QDate(2026, 11, 1));
    EXPECT_TRUE(empty.months().empty());
    EXPECT_EQ(empty.apply({wan(100)}), Amount());
    EXPECT_TRUE(DailySpread(cal, QDate(), QDate(2026, 11, 1)).months().empty());

    const DailySpread quarter(cal, QDate(2026, 1, 1), QDate(2026, 3, 31));
    ASSERT_EQ(quarter.months().size(), 3u);
    EXPECT_EQ(quarter.apply({wan(100), wan(100), wan(100)}), wan(300)); // 1200万 → 300万 a quarter
    EXPECT_EQ(quarter.apply({wan(100)}), wan(100)); // missing months count as zero
    EXPECT_EQ(quarter.apply({}), Amount());
}

TEST(DailySpreadTest, NegativeMonthTargetIsSpreadExactly)
{
    const WorkCalendar cal;
    Amount sum;
    const Month nov(2026, 11); // 21 working days
    for (QDate day = nov.firstDay(); day <= nov.lastDay(); day = day.addDays(1))
        sum += DailySpread(cal, day, day).apply({Amount(-1000)});
    EXPECT_EQ(sum.minor(), -1000);
}

} // namespace
} // namespace st
