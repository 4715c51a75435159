// WorkCalendar: Monday–Friday plus holidays and extra working days (China's 调休 weekends).
#include "salestarget/domain/WorkCalendar.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

using DayType = WorkCalendar::DayType;

/// China's 2026 National Day: 10-01..10-07 off, with the weekends 09-20 (Sun) and 10-10 (Sat) worked.
WorkCalendar nationalDay2026()
{
    WorkCalendar cal;
    for (int day = 1; day <= 7; ++day)
        cal.setException(QDate(2026, 10, day), DayType::Holiday, QStringLiteral("国庆节"));
    cal.setException(QDate(2026, 9, 20), DayType::ExtraWorkingDay, QStringLiteral("国庆节调休"));
    cal.setException(QDate(2026, 10, 10), DayType::ExtraWorkingDay, QStringLiteral("国庆节调休"));
    return cal;
}

/// The definition, day by day: what workingDays() must agree with.
int bruteForceWorkingDays(const WorkCalendar &cal, QDate first, QDate last)
{
    int n = 0;
    for (QDate x = first; x <= last; x = x.addDays(1))
        n += cal.isWorkingDay(x) ? 1 : 0;
    return n;
}

TEST(WorkCalendarTest, MondayToFridayByDefault)
{
    const WorkCalendar cal;
    // 2026-11-16 is a Monday.
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(cal.isWorkingDay(QDate(2026, 11, 16).addDays(i)), i < 5) << i;
    EXPECT_TRUE(cal.exceptions().empty());
}

struct MonthCase {
    int month;
    int workingDays;
};

class WorkCalendarMonthTest : public ::testing::TestWithParam<MonthCase> {};

TEST_P(WorkCalendarMonthTest, WorkingDaysOf2026Months)
{
    const WorkCalendar cal;
    const QDate first(2026, GetParam().month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    EXPECT_EQ(cal.workingDays(first, last), GetParam().workingDays);
    EXPECT_EQ(int(cal.workingDayList(first, last).size()), GetParam().workingDays);
}

INSTANTIATE_TEST_SUITE_P(Year2026, WorkCalendarMonthTest,
                         ::testing::Values(MonthCase{1, 22}, MonthCase{2, 20}, MonthCase{3, 22}, MonthCase{4, 22},
                                           MonthCase{5, 21}, MonthCase{6, 22}, MonthCase{7, 23}, MonthCase{8, 21},
                                           MonthCase{9, 22}, MonthCase{10, 22}, MonthCase{11, 21},
                                           MonthCase{12, 23}));

TEST(WorkCalendarTest, YearAndEmptyRanges)
{
    const WorkCalendar cal;
    EXPECT_EQ(cal.workingDays(QDate(2026, 1, 1), QDate(2026, 12, 31)), 261);
    EXPECT_EQ(cal.workingDays(QDate(2026, 11, 22), QDate(2026, 11, 22)), 0); // a Sunday
    EXPECT_EQ(cal.workingDays(QDate(2026, 11, 23), QDate(2026, 11, 23)), 1);
    EXPECT_EQ(cal.workingDays(QDate(2026, 11, 23), QDate(2026, 11, 22)), 0); // last < first
    EXPECT_EQ(cal.workingDays(QDate(), QDate(2026, 11, 22)), 0);
    EXPECT_EQ(cal.workingDays(QDate(2026, 11, 22), QDate()), 0);
    EXPECT_TRUE(cal.workingDayList(QDate(2026, 11, 23), QDate(2026, 11, 22)).empty());
    EXPECT_FALSE(cal.firstWorkingDay(QDate(2026, 11, 21), QDate(2026, 11, 22)).isValid()); // a weekend
    EXPECT_FALSE(cal.firstWorkingDay(QDate(), QDate(2026, 11, 22)).isValid());
    EXPECT_EQ(cal.firstWorkingDay(QDate(2026, 11, 21), QDate(2026, 11, 30)), QDate(2026, 11, 23));
}

TEST(WorkCalendarTest, ChinaNationalDay2026)
{
    const WorkCalendar cal = nationalDay2026();
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 10, 1)));  // Thursday, holiday
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 10, 3)));  // Saturday inside the holiday
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 10, 7)));  // Wednesday, holiday
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 10, 8)));   // Thursday, back to work
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 10, 10)));  // Saturday, 调休 working day
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 10, 11))); // ordinary Sunday
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 9, 20)));   // Sunday, 调休 working day

    // October: 22 weekdays - 5 weekday holidays + 1 worked Saturday; September: 22 + 1 worked Sunday.
    EXPECT_EQ(cal.workingDays(QDate(2026, 10, 1), QDate(2026, 10, 31)), 18);
    EXPECT_EQ(cal.workingDays(QDate(2026, 9, 1), QDate(2026, 9, 30)), 23);
    EXPECT_EQ(cal.workingDays(QDate(2026, 10, 1), QDate(2026, 10, 7)), 0);
    EXPECT_EQ(cal.workingDays(QDate(2026, 1, 1), QDate(2026, 12, 31)), 261 - 5 + 2);
    EXPECT_EQ(cal.firstWorkingDay(QDate(2026, 10, 1), QDate(2026, 10, 31)), QDate(2026, 10, 8));
    EXPECT_FALSE(cal.firstWorkingDay(QDate(2026, 10, 1), QDate(2026, 10, 7)).isValid());

    // The week of the holiday: Monday 09-28 to Sunday 10-04 has three working days, all in September.
    EXPECT_EQ(cal.workingDayList(QDate(2026, 9, 28), QDate(2026, 10, 4)),
              (std::vector<QDate>{QDate(2026, 9, 28), QDate(2026, 9, 29), QDate(2026, 9, 30)}));
    EXPECT_EQ(cal.workingDayList(QDate(2026, 10, 5), QDate(2026, 10, 11)),
              (std::vector<QDate>{QDate(2026, 10, 8), QDate(2026, 10, 9), QDate(2026, 10, 10)}));
}

TEST(WorkCalendarTest, ExceptionsThatMatchTheWeekdayRuleChangeNothing)
{
    WorkCalendar cal;
    cal.setException(QDate(2026, 11, 21), DayType::Holiday);         // a Saturday off: already off
    cal.setException(QDate(2026, 11, 18), DayType::ExtraWorkingDay); // a Wednesday worked: already worked
    EXPECT_EQ(cal.workingDays(QDate(2026, 11, 1), QDate(2026, 11, 30)), 21);
    EXPECT_FALSE(cal.isWorkingDay(QDate(2026, 11, 21)));
    EXPECT_TRUE(cal.isWorkingDay(QDate(2026, 11, 18)));
}

TEST(WorkCalendarTest, WorkingDaysAgreesWithTheDayByDayDefinition)
{
    const WorkCalendar cal = nationalDay2026();
    const QDate base(2026, 9, 14);
    for (int start = 0; start < 30; ++start) {
        for (int length = 0; length < 45; ++length) {
            const QDate first = base.addDays(start);
            const QDate last = first.addDays(length - 1);
            ASSERT_EQ(cal.workingDays(first, last), bruteForceWorkingDays(cal, first, last))
                << first.toString(Qt::ISODate).toStdString() << ".." << last.toString(Qt::ISODate).toStdString();
            ASSERT_EQ(int(cal.workingDayList(first, last).size()), bruteForceWorkingDays(cal, first, last));
        }
    }
}

TEST(WorkCalendarTest, SetReplaceAndClearExceptions)
{
    WorkCalendar cal;
    const QDate day(2026, 5, 1); // a Friday
    cal.setException(day, DayType::Holiday, QStringLiteral("劳动节"));
    EXPECT_FALSE(cal.isWorkingDay(day));
    cal.setException(day, DayType::ExtraWorkingDay, QStringLiteral("changed"));
    EXPECT_TRUE(cal.isWorkingDay(day));
    ASSERT_EQ(cal.exceptions().size(), 1u);
    EXPECT_EQ(cal.exceptions()[0].date, day);
    EXPECT_EQ(cal.exceptions()[0].type, DayType::ExtraWorkingDay);
    EXPECT_EQ(cal.exceptions()[0].name, QStringLiteral("changed"));
    cal.setException(day, DayType::Holiday);
    cal.clearException(day);
    EXPECT_TRUE(cal.isWorkingDay(day));
    EXPECT_TRUE(cal.exceptions().empty());
    cal.clearException(day); // clearing nothing is harmless
    cal.setException(day, DayType::Holiday);
    cal.clearAll();
    EXPECT_TRUE(cal.exceptions().empty());
}

TEST(WorkCalendarTest, ExceptionsAreListedByDate)
{
    const WorkCalendar cal = nationalDay2026();
    const auto list = cal.exceptions();
    ASSERT_EQ(list.size(), 9u);
    EXPECT_EQ(list.front().date, QDate(2026, 9, 20));
    EXPECT_EQ(list.back().date, QDate(2026, 10, 10));
    for (std::size_t i = 1; i < list.size(); ++i)
        EXPECT_LT(list[i - 1].date, list[i].date);
}

TEST(WorkCalendarTest, Equality)
{
    WorkCalendar a;
    WorkCalendar b;
    EXPECT_TRUE(a == b);
    a.setException(QDate(2026, 10, 1), DayType::Holiday, QStringLiteral("x"));
    a.setException(QDate(2026, 10, 10), DayType::ExtraWorkingDay);
    b.setException(QDate(2026, 10, 10), DayType::ExtraWorkingDay); // other insertion order
    EXPECT_FALSE(a == b);
    b.setException(QDate(2026, 10, 1), DayType::Holiday, QStringLiteral("x"));
    EXPECT_TRUE(a == b);
    b.setException(QDate(2026, 10, 1), DayType::Holiday, QStringLiteral("y"));
    EXPECT_FALSE(a == b);
    b.setException(QDate(2026, 10, 1), DayType::ExtraWorkingDay, QStringLiteral("x"));
    EXPECT_FALSE(a == b);
}

} // namespace
} // namespace st
