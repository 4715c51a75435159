// Month: the grain at which targets are stored (design.md §2 "Target grain").
#include "salestarget/domain/Month.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

TEST(MonthTest, IndexYearAndMonth)
{
    const Month m(2026, 11);
    EXPECT_EQ(m.index(), 2026 * 12 + 10);
    EXPECT_EQ(m.year(), 2026);
    EXPECT_EQ(m.month(), 11);
    EXPECT_EQ(Month(m.index()), m);
    EXPECT_EQ(Month(2026, 1).month(), 1);
    EXPECT_EQ(Month(2026, 12).month(), 12);
    EXPECT_EQ(Month(2026, 12).year(), 2026);
}

struct DaysCase {
    int year;
    int month;
    QDate first;
    QDate last;
};

class MonthDaysTest : public ::testing::TestWithParam<DaysCase> {};

TEST_P(MonthDaysTest, FirstAndLastDay)
{
    const DaysCase &c = GetParam();
    const Month m(c.year, c.month);
    EXPECT_EQ(m.firstDay(), c.first);
    EXPECT_EQ(m.lastDay(), c.last);
    EXPECT_EQ(Month::of(c.first), m);
    EXPECT_EQ(Month::of(c.last), m);
    EXPECT_EQ(Month::of(c.first.addDays(-1)), m + -1);
    EXPECT_EQ(Month::of(c.last.addDays(1)), m + 1);
}

INSTANTIATE_TEST_SUITE_P(Calendar, MonthDaysTest,
                         ::testing::Values(DaysCase{2026, 1, QDate(2026, 1, 1), QDate(2026, 1, 31)},
                                           DaysCase{2026, 2, QDate(2026, 2, 1), QDate(2026, 2, 28)},
                                           DaysCase{2024, 2, QDate(2024, 2, 1), QDate(2024, 2, 29)},
                                           DaysCase{2000, 2, QDate(2000, 2, 1), QDate(2000, 2, 29)},
                                           DaysCase{2100, 2, QDate(2100, 2, 1), QDate(2100, 2, 28)},
                                           DaysCase{2026, 4, QDate(2026, 4, 1), QDate(2026, 4, 30)},
                                           DaysCase{2026, 12, QDate(2026, 12, 1), QDate(2026, 12, 31)}));

TEST(MonthTest, ArithmeticCrossesYears)
{
    EXPECT_EQ(Month(2026, 12) + 1, Month(2027, 1));
    EXPECT_EQ(Month(2026, 1) + -1, Month(2025, 12));
    EXPECT_EQ(Month(2026, 4) + 11, Month(2027, 3));
    EXPECT_EQ(Month(2026, 11) + -24, Month(2024, 11));
    EXPECT_EQ(Month(2027, 3) - Month(2026, 4), 11);
    EXPECT_EQ(Month(2025, 12) - Month(2026, 1), -1);
    EXPECT_LT(Month(2025, 12), Month(2026, 1));
    EXPECT_GT(Month(2026, 2), Month(2026, 1));
}

struct ParseCase {
    const char *text;
    int year;
    int month;
};

class MonthParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(MonthParseTest, ParsesAndPrints)
{
    const ParseCase &c = GetParam();
    const Month m = Month::parse(QString::fromUtf8(c.text));
    EXPECT_EQ(m, Month(c.year, c.month));
    EXPECT_EQ(Month::parse(m.toString()), m);
}

INSTANTIATE_TEST_SUITE_P(Valid, MonthParseTest,
                         ::testing::Values(ParseCase{"2026-11", 2026, 11}, ParseCase{"2026-01", 2026, 1},
                                           ParseCase{" 2026-12 ", 2026, 12}, ParseCase{"1900-01", 1900, 1},
                                           ParseCase{"9999-12", 9999, 12}));

class MonthBadParseTest : public ::testing::TestWithParam<const char *> {};

TEST_P(MonthBadParseTest, ThrowsNamingTheText)
{
    const QString text = QString::fromUtf8(GetParam());
    EXPECT_DOMAIN_ERROR((void)Month::parse(text), QStringLiteral("\"%1\" is not a month (expected YYYY-MM").arg(text));
}

INSTANTIATE_TEST_SUITE_P(Invalid, MonthBadParseTest,
                         ::testing::Values("", "2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01",
                                           "abc", "2026-1a", "２０２６-11")); // full-width digits

TEST(MonthTest, YearsOutsideTheSupportedCalendarAreRejected)
{
    // Year 0 has no QDate: such a month would have invalid first and last days.
    EXPECT_DOMAIN_ERROR((void)Month::parse(u"0000-05"), "The year 0 is out of range (1900 to 9999).");
    EXPECT_DOMAIN_ERROR((void)Month::parse(u"1899-12"), "The year 1899 is out of range (1900 to 9999).");
}

TEST(MonthTest, ToStringIsZeroPadded)
{
    EXPECT_EQ(Month(2026, 1).toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(Month(2026, 11).toString(), QStringLiteral("2026-11"));
}

} // namespace
} // namespace st
