#include "salestarget/gui/DistributionParts.h"

#include "salestarget/gui/PlanDocument.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace st {
namespace {

constexpr MetricId kSales = 1;

class DistributionPartsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        document.open(dir.filePath(QStringLiteral("plan.sqlite")), false);
        a = document.service().ensurePath(Dimension::Region, QStringLiteral("East"));
        b = document.service().ensurePath(Dimension::Region, QStringLiteral("East/Shanghai"));
        document.service().setTarget(kRootId, kSales, year, Amount(1200'00)); // 100.00 a month
        document.service().setTarget(a, kSales, Period::month(Month(2026, 2)), Amount(50'00));
        document.service().setLocked(a, kSales, Month(2026, 2), true);
    }

    QTemporaryDir dir;
    PlanDocument document{[] { return QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()); }};
    Period year = Period::year(2026);
    NodeId a = 0, b = 0;
};

TEST_F(DistributionPartsTest, Members)
{
    const DistributionParts parts(document.service(), Dimension::Region, kRootId, kSales, year, DistributeOver::Children);
    EXPECT_EQ(parts.labels(), QStringList{QStringLiteral("East")});
    EXPECT_EQ(parts.currentTotals(), std::vector<Amount>{Amount(50'00)});
    EXPECT_EQ(parts.lockedCells(), 1);
    const TargetChange change{kSales, a, Month(2026, 3), {}, {Amount(1), false}};
    EXPECT_EQ(parts.partOf(change), 0);
    EXPECT_EQ(parts.rowLabel(change), QStringLiteral("East"));
    const DistributionParts below(document.service(), Dimension::Region, a, kSales, year, DistributeOver::Children);
    EXPECT_EQ(below.rowLabel({kSales, b, Month(2026, 3), {}, {}}), QStringLiteral("East/Shanghai"));
}

TEST_F(DistributionPartsTest, QuartersAndMonths)
{
    const DistributionParts quarters(document.service(), Dimension::Region, kRootId, kSales, year, DistributeOver::Quarters);
    EXPECT_EQ(quarters.count(), 4);
    EXPECT_EQ(quarters.currentTotals(), std::vector<Amount>(4, Amount(300'00)));
    EXPECT_EQ(quarters.partOf({kSales, kRootId, Month(2026, 5), {}, {}}), 1);
    EXPECT_EQ(quarters.rowLabel({kSales, kRootId, Month(2026, 12), {}, {}}), QStringLiteral("Q4"));
    EXPECT_EQ(quarters.partOf({kSales, kRootId, Month(2027, 1), {}, {}}), -1);
    EXPECT_EQ(quarters.lockedCells(), 0);

    const DistributionParts months(document.service(), Dimension::Region, kRootId, kSales, Period::quarter(2026, 2),
                                   DistributeOver::Months);
    EXPECT_EQ(months.labels(), (QStringList{QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun")}));
    EXPECT_EQ(months.partOf({kSales, kRootId, Month(2026, 6), {}, {}}), 2);
    EXPECT_EQ(months.rowLabel({kSales, kRootId, Month(2026, 6), {}, {}}), QString());
}

} // namespace
} // namespace st
