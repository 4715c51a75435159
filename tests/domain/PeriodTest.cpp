// Period: fiscal years and quarters, calendar months, ISO weeks and days; parsing and printing
// (design.md §2 "Plan"; fiscal years are named by the calendar year they start in).
#include "salestarget/domain/Period.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

// --- parse / print ------------------------------------------------------------------------------

struct ParseCase {
    const char *text;
    int startMonth;
    PeriodKind kind;
    QDate first;
    QDate last;
    const char *canonical;
    bool fiscal;
};

void PrintTo(const ParseCase &c, std::ostream *os)
{
    *os << '"' << c.text << "\" start " << c.startMonth;
}

class PeriodParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(PeriodParseTest, ParsesPrintsAndRoundTrips)
{
    const ParseCase &c = GetParam();
    const Period p = Period::parse(QString::fromUtf8(c.text), c.startMonth);
    EXPECT_EQ(p.kind(), c.kind);
    EXPECT_EQ(p.first(), c.first);
    EXPECT_EQ(p.last(), c.last);
    EXPECT_EQ(p.isFiscal(), c.fiscal);
    EXPECT_TRUE(p.isValid());
    EXPECT_EQ(p.toString(), QString::fromUtf8(c.canonical));
    EXPECT_EQ(Period::parse(p.toString(), c.startMonth), p);
    EXPECT_EQ(p.dayCount(), int(c.first.daysTo(c.last)) + 1);
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

INSTANTIATE_TEST_SUITE_P(
    Valid, PeriodParseTest,
    ::testing::Values(
        ParseCase{"2026", 1, PeriodKind::Year, d(2026, 1, 1), d(2026, 12, 31), "2026", false},
        ParseCase{"2026-Q3", 1, PeriodKind::Quarter, d(2026, 7, 1), d(2026, 9, 30), "2026-Q3", false},
        ParseCase{"2026-11", 1, PeriodKind::Month, d(2026, 11, 1), d(2026, 11, 30), "2026-11", false},
        ParseCase{"2026-W47", 1, PeriodKind::Week, d(2026, 11, 16), d(2026, 11, 22), "2026-W47", false},
        ParseCase{"2026-11-22", 1, PeriodKind::Day, d(2026, 11, 22), d(2026, 11, 22), "2026-11-22", false},
        // A bare year or quarter stays a calendar one even when the plan's fiscal year starts in April.
        ParseCase{"2026", 4, PeriodKind::Year, d(2026, 1, 1), d(2026, 12, 31), "2026", false},
        ParseCase{"2026-Q1", 4, PeriodKind::Quarter, d(2026, 1, 1), d(2026, 3, 31), "2026-Q1", false},
        // Fiscal years starting in April are named by the calendar year they start in.
        ParseCase{"FY2026", 4, PeriodKind::Year, d(2026, 4, 1), d(2027, 3, 31), "FY2026", true},
        ParseCase{"FY2026-Q1", 4, PeriodKind::Quarter, d(2026, 4, 1), d(2026, 6, 30), "FY2026-Q1", true},
        ParseCase{"FY2026-Q3", 4, PeriodKind::Quarter, d(2026, 10, 1), d(2026, 12, 31), "FY2026-Q3", true},
        ParseCase{"FY2026-Q4", 4, PeriodKind::Quarter, d(2027, 1, 1), d(2027, 3, 31), "FY2026-Q4", true},
        ParseCase{"FY2025", 10, PeriodKind::Year, d(2025, 10, 1), d(2026, 9, 30), "FY2025", true},
        ParseCase{"FY2025-Q2", 10, PeriodKind::Quarter, d(2026, 1, 1), d(2026, 3, 31), "FY2025-Q2", true},
        ParseCase{"FY2026", 12, PeriodKind::Year, d(2026, 12, 1), d(2027, 11, 30), "FY2026", true},
        // With a January start, FY forms are plain calendar periods.
        ParseCase{"FY2026", 1, PeriodKind::Year, d(2026, 1, 1), d(2026, 12, 31), "2026", false},
        ParseCase{"FY2026-Q2", 1, PeriodKind::Quarter, d(2026, 4, 1), d(2026, 6, 30), "2026-Q2", false},
        // Case and blanks are forgiven; the canonical form is upper case.
        ParseCase{" fy2026-q2 ", 4, PeriodKind::Quarter, d(2026, 7, 1), d(2026, 9, 30), "FY2026-Q2", true},
        ParseCase{"2026-q4", 1, PeriodKind::Quarter, d(2026, 10, 1), d(2026, 12, 31), "2026-Q4", false},
        ParseCase{"2026-w47", 1, PeriodKind::Week, d(2026, 11, 16), d(2026, 11, 22), "2026-W47", false},
        // ISO weeks across years: 2026 has 53 weeks, its week 1 starts in December 2025.
        ParseCase{"2026-W01", 1, PeriodKind::Week, d(2025, 12, 29), d(2026, 1, 4), "2026-W01", false},
        ParseCase{"2026-W53", 1, PeriodKind::Week, d(2026, 12, 28), d(2027, 1, 3), "2026-W53", false},
        ParseCase{"2027-W01", 1, PeriodKind::Week, d(2027, 1, 4), d(2027, 1, 10), "2027-W01", false},
        ParseCase{"2020-W53", 1, PeriodKind::Week, d(2020, 12, 28), d(2021, 1, 3), "2020-W53", false},
        ParseCase{"2021-W01", 1, PeriodKind::Week, d(2021, 1, 4), d(2021, 1, 10), "2021-W01", false},
        ParseCase{"2025-W01", 1, PeriodKind::Week, d(2024, 12, 30), d(2025, 1, 5), "2025-W01", false},
        ParseCase{"2026-W14", 1, PeriodKind::Week, d(2026, 3, 30), d(2026, 4, 5), "2026-W14", false},
        ParseCase{"2024-02-29", 1, PeriodKind::Day, d(2024, 2, 29), d(2024, 2, 29), "2024-02-29", false},
        ParseCase{"2026-02", 4, PeriodKind::Month, d(2026, 2, 1), d(2026, 2, 28), "2026-02", false}));

struct BadCase {
    const char *text;
    const char *message; // fragment of the expected message
};

void PrintTo(const BadCase &c, std::ostream *os)
{
    *os << '"' << c.text << '"';
}

class PeriodBadParseTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(PeriodBadParseTest, ThrowsWithClearMessage)
{
    EXPECT_DOMAIN_ERROR((void)Period::parse(QString::fromUtf8(GetParam().text), 4), QString::fromUtf8(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, PeriodBadParseTest,
    ::testing::Values(
        BadCase{"", "is not a period. Use 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-22, FY2026 or FY2026-Q1."},
        BadCase{"abc", "\"abc\" is not a period."}, BadCase{"26", "\"26\" is not a period."},
        BadCase{"2026-Q5", "\"2026-Q5\" is not a period."}, BadCase{"2026-Q0", "is not a period."},
        BadCase{"FY2026-Q5", "is not a period."}, BadCase{"FY26", "is not a period."},
        BadCase{"2026-W5", "is not a period."}, BadCase{"2026-13", "\"2026-13\" is not a period."},
        BadCase{"2026-00", "is not a period."}, BadCase{"2026-11-22T10:00", "is not a period."},
        BadCase{"2026/11", "is not a period."}, BadCase{"2026-1-5", "is not a period."},
        BadCase{"2026-02-30", "2026-02-30 is not a date of the calendar."},
        BadCase{"2025-02-29", "2025-02-29 is not a date of the calendar."},
        BadCase{"2026-W54", "2026 has no ISO week 54 (it has 53)."},
        BadCase{"2021-W53", "2021 has no ISO week 53 (it has 52)."},
        BadCase{"2026-W00", "2026 has no ISO week 0 (it has 53)."},
        BadCase{"1899", "The year 1899 is out of range (1900 to 9999)."},
        BadCase{"0000-Q1", "The year 0 is out of range (1900 to 9999)."},
        BadCase{"FY0000", "The year 0 is out of range (1900 to 9999)."},
        BadCase{"FY1899-Q1", "The year 1899 is out of range (1900 to 9999)."}));

// --- ISO weeks ------------------------------------------------------------------------------------

struct WeekOfCase {
    QDate date;
    int isoYear;
    int week;
};

class PeriodWeekContainingTest : public ::testing::TestWithParam<WeekOfCase> {};

TEST_P(PeriodWeekContainingTest, DateFallsInItsIsoWeek)
{
    const WeekOfCase &c = GetParam();
    const Period w = Period::containing(PeriodKind::Week, c.date);
    EXPECT_EQ(w, Period::week(c.isoYear, c.week));
    EXPECT_TRUE(w.contains(c.date));
    EXPECT_EQ(w.first().dayOfWeek(), 1); // Monday start
    EXPECT_EQ(w.last().dayOfWeek(), 7);
    EXPECT_EQ(w.dayCount(), 7);
    EXPECT_TRUE(w.months().empty());
}

INSTANTIATE_TEST_SUITE_P(AcrossMonthsAndYears, PeriodWeekContainingTest,
                         ::testing::Values(WeekOfCase{QDate(2026, 11, 22), 2026, 47},
                                           WeekOfCase{QDate(2025, 12, 29), 2026, 1}, // Monday of 2026-W01
                                           WeekOfCase{QDate(2025, 12, 31), 2026, 1},
                                           WeekOfCase{QDate(2026, 1, 4), 2026, 1},
                                           WeekOfCase{QDate(2026, 12, 31), 2026, 53},
                                           WeekOfCase{QDate(2027, 1, 1), 2026, 53}, // 2027-W01 starts 2027-01-04
                                           WeekOfCase{QDate(2027, 1, 3), 2026, 53},
                                           WeekOfCase{QDate(2027, 1, 4), 2027, 1},
                                           WeekOfCase{QDate(2021, 1, 1), 2020, 53},
                                           WeekOfCase{QDate(2026, 4, 1), 2026, 14},
                                           WeekOfCase{QDate(2026, 3, 30), 2026, 14}));

TEST(PeriodTest, WeeksPerIsoYear)
{
    EXPECT_NO_THROW(Period::week(2026, 53));
    EXPECT_NO_THROW(Period::week(2020, 53));
    EXPECT_NO_THROW(Period::week(2015, 53));
    EXPECT_THROW(Period::week(2025, 53), DomainError);
    EXPECT_THROW(Period::week(2027, 53), DomainError);
    EXPECT_THROW(Period::week(2026, 0), DomainError);
    // The last week of 2026 reaches into 2027 and is followed directly by 2027-W01.
    EXPECT_EQ(Period::week(2026, 53).last().addDays(1), Period::week(2027, 1).first());
    EXPECT_EQ(Period::week(2026, 53).toString(), QStringLiteral("2026-W53"));
}

// --- fiscal years ---------------------------------------------------------------------------------

struct FiscalCase {
    QDate date;
    int startMonth;
    int fiscalYear;
    const char *year;
    const char *quarter;
};

void PrintTo(const FiscalCase &c, std::ostream *os)
{
    *os << c.date.toString(Qt::ISODate).toStdString() << " start " << c.startMonth;
}

class PeriodFiscalTest : public ::testing::TestWithParam<FiscalCase> {};

TEST_P(PeriodFiscalTest, ContainingYearAndQuarter)
{
    const FiscalCase &c = GetParam();
    EXPECT_EQ(fiscalYearOf(c.date, c.startMonth), c.fiscalYear);
    const Period y = Period::containing(PeriodKind::Year, c.date, c.startMonth);
    const Period q = Period::containing(PeriodKind::Quarter, c.date, c.startMonth);
    EXPECT_EQ(y.toString(), QString::fromUtf8(c.year));
    EXPECT_EQ(q.toString(), QString::fromUtf8(c.quarter));
    EXPECT_TRUE(y.contains(c.date));
    EXPECT_TRUE(q.contains(c.date));
    EXPECT_EQ(y, Period::year(c.fiscalYear, c.startMonth));
    EXPECT_EQ(Period::parse(q.toString(), c.startMonth), q);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, PeriodFiscalTest,
    ::testing::Values(FiscalCase{QDate(2026, 1, 1), 1, 2026, "2026", "2026-Q1"},
                      FiscalCase{QDate(2026, 12, 31), 1, 2026, "2026", "2026-Q4"},
                      FiscalCase{QDate(2026, 4, 1), 4, 2026, "FY2026", "FY2026-Q1"},
                      FiscalCase{QDate(2026, 3, 31), 4, 2025, "FY2025", "FY2025-Q4"},
                      FiscalCase{QDate(2027, 1, 1), 4, 2026, "FY2026", "FY2026-Q4"},
                      FiscalCase{QDate(2027, 2, 15), 4, 2026, "FY2026", "FY2026-Q4"},
                      FiscalCase{QDate(2027, 3, 31), 4, 2026, "FY2026", "FY2026-Q4"},
                      FiscalCase{QDate(2026, 12, 31), 4, 2026, "FY2026", "FY2026-Q3"},
                      FiscalCase{QDate(2026, 9, 30), 10, 2025, "FY2025", "FY2025-Q4"},
                      FiscalCase{QDate(2026, 10, 1), 10, 2026, "FY2026", "FY2026-Q1"},
                      FiscalCase{QDate(2026, 1, 15), 12, 2025, "FY2025", "FY2025-Q1"}));

TEST(PeriodTest, FiscalYearMonthsRunAprilToMarch)
{
    const Period fy = Period::year(2026, 4);
    const std::vector<Month> months = fy.months();
    ASSERT_EQ(months.size(), 12u);
    EXPECT_EQ(months.front(), Month(2026, 4));
    EXPECT_EQ(months.back(), Month(2027, 3));
    for (std::size_t i = 1; i < months.size(); ++i)
        EXPECT_EQ(months[i], months[i - 1] + 1);
    EXPECT_EQ(fy.dayCount(), 365);
    EXPECT_EQ(Period::year(2024).dayCount(), 366);
    EXPECT_EQ(Period::quarter(2026, 4, 4).months(), (std::vector<Month>{Month(2027, 1), Month(2027, 2), Month(2027, 3)}));
    EXPECT_EQ(Period::month(Month(2026, 2)).months(), std::vector<Month>{Month(2026, 2)});
    EXPECT_TRUE(Period::day(QDate(2026, 2, 3)).months().empty());
}

TEST(PeriodTest, QuarterNumberOutOfRangeThrows)
{
    EXPECT_DOMAIN_ERROR((void)Period::quarter(2026, 5), "A quarter is numbered 1 to 4, not 5.");
    EXPECT_DOMAIN_ERROR((void)Period::quarter(2026, 0, 4), "not 0");
}

TEST(PeriodTest, ContainsIsInclusive)
{
    const Period m = Period::month(Month(2026, 11));
    EXPECT_TRUE(m.contains(QDate(2026, 11, 1)));
    EXPECT_TRUE(m.contains(QDate(2026, 11, 30)));
    EXPECT_FALSE(m.contains(QDate(2026, 10, 31)));
    EXPECT_FALSE(m.contains(QDate(2026, 12, 1)));
    EXPECT_FALSE(Period().isValid());
}

// --- previous / year earlier ----------------------------------------------------------------------

struct StepCase {
    const char *text;
    int startMonth;
    const char *previous;
    const char *yearEarlier;
};

void PrintTo(const StepCase &c, std::ostream *os)
{
    *os << c.text << " start " << c.startMonth;
}

class PeriodStepTest : public ::testing::TestWithParam<StepCase> {};

TEST_P(PeriodStepTest, PreviousAndYearEarlier)
{
    const StepCase &c = GetParam();
    const Period p = Period::parse(QString::fromUtf8(c.text), c.startMonth);
    EXPECT_EQ(p.previous(), Period::parse(QString::fromUtf8(c.previous), c.startMonth));
    EXPECT_EQ(p.yearEarlier(), Period::parse(QString::fromUtf8(c.yearEarlier), c.startMonth));
    EXPECT_EQ(p.previous().last().addDays(1), p.first()) << "periods of a kind tile the calendar";
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, PeriodStepTest,
    ::testing::Values(StepCase{"2026", 1, "2025", "2025"}, StepCase{"2026-Q1", 1, "2025-Q4", "2025-Q1"},
                      StepCase{"2026-Q3", 1, "2026-Q2", "2025-Q3"}, StepCase{"2026-01", 1, "2025-12", "2025-01"},
                      StepCase{"2026-11", 1, "2026-10", "2025-11"}, StepCase{"2026-W01", 1, "2025-W52", "2025-W01"},
                      StepCase{"2027-W01", 1, "2026-W53", "2026-W01"},
                      StepCase{"2026-W53", 1, "2026-W52", "2025-W52"}, // 2025 has no week 53: its last week
                      StepCase{"2026-W47", 1, "2026-W46", "2025-W47"},
                      StepCase{"2026-01-01", 1, "2025-12-31", "2025-01-01"},
                      StepCase{"2024-02-29", 1, "2024-02-28", "2023-02-28"},
                      StepCase{"FY2026", 4, "FY2025", "FY2025"}, StepCase{"FY2026-Q1", 4, "FY2025-Q4", "FY2025-Q1"},
                      StepCase{"FY2026-Q4", 4, "FY2026-Q3", "FY2025-Q4"}));

TEST(PeriodTest, PreviousOfFiscalQ1IsJanuaryToMarch)
{
    const Period q = Period::quarter(2026, 1, 4).previous();
    EXPECT_EQ(q.first(), QDate(2026, 1, 1));
    EXPECT_EQ(q.last(), QDate(2026, 3, 31));
    EXPECT_EQ(q.toString(), QStringLiteral("FY2025-Q4"));
}

} // namespace
} // namespace st
