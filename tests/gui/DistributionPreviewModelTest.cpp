#include "salestarget/gui/DistributionPreviewModel.h"

#include "salestarget/gui/ModelRoles.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace st {
namespace {

using Row = DistributionPreviewModel::Row;

TEST(DistributionPreviewModelTest, RowsAndTotals)
{
    DistributionPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0); // no totals row without changes

    model.setRows({{QStringLiteral("A"), Month(2026, 1), Amount(0), Amount(1234'56)},
                   {QStringLiteral("B"), Month(2026, 1), Amount(2000'00), Amount(1000'00)}},
                  QStringLiteral("Member"));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.changeCount(), 2);
    EXPECT_EQ(model.headerData(DistributionPreviewModel::PartColumn, Qt::Horizontal).toString(), QStringLiteral("Member"));
    EXPECT_EQ(model.index(0, DistributionPreviewModel::MonthColumn).data().toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(model.index(0, DistributionPreviewModel::AfterColumn).data().toString(), QStringLiteral("1,234.56"));
    EXPECT_EQ(model.index(1, DistributionPreviewModel::ChangeColumn).data().toString(), QStringLiteral("-1,000.00"));
    EXPECT_EQ(model.index(0, DistributionPreviewModel::ChangeColumn).data(RawValueRole).toLongLong(), 1234'56);
    EXPECT_EQ(model.index(2, DistributionPreviewModel::PartColumn).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(model.index(2, DistributionPreviewModel::BeforeColumn).data().toString(), QStringLiteral("2,000.00"));
    EXPECT_EQ(model.index(2, DistributionPreviewModel::ChangeColumn).data().toString(), QStringLiteral("+234.56"));
    EXPECT_EQ(model.index(2, DistributionPreviewModel::AfterColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
              Qt::AlignRight | Qt::AlignVCenter);

    model.setFormat(1, DisplayUnit::TenThousand);
    EXPECT_EQ(model.index(2, DistributionPreviewModel::AfterColumn).data().toString(), QStringLiteral("0.22"));
}

TEST(DistributionPreviewModelTest, TotalGoesToTheMonthColumnWithoutParts)
{
    DistributionPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{QString(), Month(2026, 2), Amount(1), Amount(2)}}, QString());
    EXPECT_EQ(model.index(1, DistributionPreviewModel::MonthColumn).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(model.index(1, DistributionPreviewModel::PartColumn).data().toString(), QString());
}

} // namespace
} // namespace st
