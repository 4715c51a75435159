// PlanSettings: defaults of design.md §2 and validation of each setting.
#include "salestarget/domain/PlanSettings.h"

#include "domain/DomainTestSupport.h"

#include <functional>

namespace st {
namespace {

TEST(PlanSettingsTest, Defaults)
{
    const PlanSettings s;
    EXPECT_EQ(s.fiscalYearStartMonth, 1);          // January unless configured
    EXPECT_EQ(s.currency, QStringLiteral("CNY"));
    EXPECT_EQ(s.laggingBelowBp, 8000);             // 80%
    EXPECT_EQ(s.aheadAboveBp, 12000);              // 120%
    EXPECT_TRUE(s.calendar.exceptions().empty());  // Monday to Friday
    EXPECT_NO_THROW(s.validate());
}

struct BadSetting {
    const char *name;
    std::function<void(PlanSettings &)> change;
    const char *message;
};

void PrintTo(const BadSetting &c, std::ostream *os)
{
    *os << c.name;
}

class PlanSettingsBadTest : public ::testing::TestWithParam<BadSetting> {};

TEST_P(PlanSettingsBadTest, NamesTheSetting)
{
    PlanSettings s;
    GetParam().change(s);
    EXPECT_DOMAIN_ERROR(s.validate(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Settings, PlanSettingsBadTest,
    ::testing::Values(
        BadSetting{"start0", [](PlanSettings &s) { s.fiscalYearStartMonth = 0; }, "Fiscal year start month must be 1 to 12, not 0."},
        BadSetting{"start13", [](PlanSettings &s) { s.fiscalYearStartMonth = 13; }, "not 13"},
        BadSetting{"currencyLower", [](PlanSettings &s) { s.currency = QStringLiteral("cny"); }, "three-letter ISO code"},
        BadSetting{"currencyLong", [](PlanSettings &s) { s.currency = QStringLiteral("CNYY"); }, "not \"CNYY\""},
        BadSetting{"lagZero", [](PlanSettings &s) { s.laggingBelowBp = 0; }, "The lagging threshold"},
        BadSetting{"lagAbove100", [](PlanSettings &s) { s.laggingBelowBp = 10001; }, "The lagging threshold"},
        BadSetting{"aheadBelow100", [](PlanSettings &s) { s.aheadAboveBp = 9999; }, "The ahead threshold"},
        BadSetting{"aheadAbove1000", [](PlanSettings &s) { s.aheadAboveBp = 100001; }, "The ahead threshold"}));

TEST(PlanSettingsTest, GoodEdgesAndEquality)
{
    PlanSettings s;
    s.fiscalYearStartMonth = 4;
    s.currency = QStringLiteral("USD");
    s.laggingBelowBp = 10000;
    s.aheadAboveBp = 10000;
    EXPECT_NO_THROW(s.validate());
    PlanSettings t = s;
    EXPECT_TRUE(s == t);
    t.calendar.setException(QDate(2026, 10, 1), WorkCalendar::DayType::Holiday);
    EXPECT_FALSE(s == t);
}

} // namespace
} // namespace st
