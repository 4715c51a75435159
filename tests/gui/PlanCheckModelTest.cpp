// PlanCheckModel over a real SQLite file with the (balanced) demo plan, unbalanced by edits.
#include "salestarget/gui/PlanCheckModel.h"

#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetChangesCommand.h"
#include "salestarget/gui/TreeEditCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace st {
namespace {

using Col = PlanCheckModel::Column;

constexpr MetricId kSales = 1;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
}

class PlanCheckModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document.open(m_dir.filePath(QStringLiteral("plan.sqlite")), true);
        m_model = std::make_unique<PlanCheckModel>(&m_document, &m_options);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    NodeId node(const char *path) const { return m_document.service().tree(Dimension::Product).resolve(QString::fromUtf8(path)); }
    // Sets (node, metric, month) cells through an undoable command, as the GUI does.
    void set(NodeId id, std::initializer_list<std::pair<Month, std::int64_t>> cells, MetricId metric = kSales)
    {
        std::vector<TargetChange> changes;
        for (const auto &[month, value] : cells) {
            const TargetCell before = m_document.service().targets().cell(metric, id, month);
            changes.push_back({metric, id, month, before, {Amount(value), before.locked}});
        }
        ASSERT_TRUE(m_document.push(new TargetChangesCommand(&m_document, changes, QStringLiteral("test"))));
    }
    Amount value(NodeId id, Month m) const { return m_document.service().targets().value(kSales, id, m); }
    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role).toString();
    }

    QTemporaryDir m_dir;
    PlanDocument m_document{fixedNow};
    ViewOptions m_options;
    std::unique_ptr<PlanCheckModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(PlanCheckModelTest, ABalancedPlanHasNoRows)
{
    EXPECT_EQ(m_model->fiscalYear(), 2026);
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_EQ(m_model->columnCount(), 3);
    for (Dimension d : kDimensions) {
        m_model->setDimension(d);
        EXPECT_EQ(m_model->rowCount(), 0) << dimensionKey(d).toStdString();
    }
    EXPECT_EQ(m_model->headerData(Col::UnallocatedColumn, Qt::Horizontal).toString(), QStringLiteral("Unallocated · CNY (元)"));
}

TEST_F(PlanCheckModelTest, ListsEveryMemberWhoseChildrenDoNotAddUp)
{
    const NodeId a = node("产品线A");
    const Month jul(2026, 7);
    const Month aug(2026, 8);
    // 产品线A gets 1万 more in July and August: A's children now hold less than A (+), and the
    // company's children hold more than the company (−).
    set(a, {{jul, value(a, jul).minor() + 1'0000'00}, {aug, value(a, aug).minor() + 1'0000'00}});
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(m_model->nodeId(0), kRootId); // tree order
    EXPECT_EQ(m_model->nodeId(1), a);
    EXPECT_EQ(m_model->rowOf(a), 1);
    EXPECT_EQ(m_model->rowOf(node("服务")), -1);
    EXPECT_EQ(text(0, Col::PathColumn), QStringLiteral("华信科技"));
    EXPECT_EQ(text(1, Col::PathColumn), QStringLiteral("产品线A"));
    EXPECT_EQ(text(1, Col::MonthsColumn), QStringLiteral("Jul–Aug"));
    EXPECT_EQ(m_model->index(1, Col::MonthsColumn).data(RawValueRole).toInt(), 2);
    EXPECT_EQ(text(1, Col::UnallocatedColumn), QStringLiteral("+20,000.00"));
    EXPECT_EQ(text(0, Col::UnallocatedColumn), QStringLiteral("-20,000.00"));
    EXPECT_EQ(m_model->index(1, Col::UnallocatedColumn).data(RawValueRole).toLongLong(), 2'0000'00);
    EXPECT_EQ(m_model->index(1, Col::PathColumn).data(NodeIdRole).toLongLong(), a);
    EXPECT_EQ(m_model->index(1, Col::UnallocatedColumn).data(NodeIdRole).toLongLong(), a);
    EXPECT_TRUE(m_model->index(1, Col::UnallocatedColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    EXPECT_NE(m_model->index(0, Col::UnallocatedColumn).data(Qt::ForegroundRole),
              m_model->index(1, Col::UnallocatedColumn).data(Qt::ForegroundRole));
    EXPECT_TRUE(text(1, Col::PathColumn, Qt::ToolTipRole).contains(QStringLiteral("2026-07: +10,000.00")));

    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_EQ(text(1, Col::UnallocatedColumn), QStringLiteral("+2.00"));

    // Balanced again: empty.
    m_document.undoStack()->undo();
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST_F(PlanCheckModelTest, MonthsThatAreNotOneRunAreCounted)
{
    const NodeId a = node("产品线A");
    set(a, {{Month(2026, 1), value(a, Month(2026, 1)).minor() + 1}, {Month(2026, 3), value(a, Month(2026, 3)).minor() - 1}});
    const int row = m_model->rowOf(a);
    ASSERT_GE(row, 0);
    EXPECT_EQ(text(row, Col::MonthsColumn), QStringLiteral("2 months"));
    EXPECT_EQ(text(row, Col::UnallocatedColumn), QStringLiteral("0.00")); // balanced over the year, not per month
    set(a, {{Month(2026, 3), value(a, Month(2026, 3)).minor() + 1}});
    EXPECT_EQ(text(m_model->rowOf(a), Col::MonthsColumn), QStringLiteral("Jan"));
}

TEST_F(PlanCheckModelTest, FollowsTheTreeMetricAndYear)
{
    const NodeId b = node("产品线B");
    // A new member that holds a target makes its parent's children add up to more.
    ASSERT_TRUE(m_document.push(TreeEditCommand::addNode(&m_document, Dimension::Product, b, QStringLiteral("配件"))));
    EXPECT_EQ(m_model->rowCount(), 0); // no target yet
    set(node("产品线B/配件"), {{Month(2026, 12), 5'00}});
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(text(0, Col::PathColumn), QStringLiteral("产品线B"));
    EXPECT_EQ(text(0, Col::MonthsColumn), QStringLiteral("Dec"));
    EXPECT_EQ(text(0, Col::UnallocatedColumn), QStringLiteral("-5.00"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_document.push(TreeEditCommand::renameNode(&m_document, Dimension::Product, b, QStringLiteral("产品线乙"))));
    EXPECT_EQ(text(0, Col::PathColumn), QStringLiteral("产品线乙"));
    EXPECT_EQ(resets.count(), 0); // the same member is still listed: its row is updated in place
    m_model->setMetric(3);
    EXPECT_EQ(m_model->rowCount(), 0);
    m_model->setMetric(kSales);
    m_model->setFiscalYear(2025);
    EXPECT_EQ(m_model->rowCount(), 0);
    m_model->setFiscalYear(2026);
    EXPECT_EQ(m_model->rowCount(), 1);
    m_document.undoStack()->undo(); // rename
    m_document.undoStack()->undo(); // target
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST(PlanCheckModelNoFile, IsEmptyUntilAFileIsOpened)
{
    PlanDocument document(fixedNow);
    ViewOptions options;
    PlanCheckModel model(&document, &options);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.nodeId(0), 0);
}

} // namespace
} // namespace st
