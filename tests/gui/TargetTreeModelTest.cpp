// TargetTreeModel over a real SQLite file with the demo plan, checked by QAbstractItemModelTester
// (Fatal) through resets, structural edits and their undo, target edits, locks and drag and drop.
#include "salestarget/gui/TargetTreeModel.h"

#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetChangesCommand.h"
#include "salestarget/gui/TreeEditCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace st {
namespace {

using Col = TargetTreeModel::Column;

constexpr MetricId kSales = 1;
constexpr MetricId kNewCustomers = 3;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
}

QString text(const QModelIndex &index, int role = Qt::DisplayRole)
{
    return index.data(role).toString();
}

class TargetTreeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.sqlite"));
        m_document.open(m_path, true);
        m_model = std::make_unique<TargetTreeModel>(&m_document, &m_options);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject::connect(&m_document, &PlanDocument::failed, [this](const QString &m) { m_failures << m; });
    }

    const Tree &tree(Dimension d = Dimension::Product) const { return m_document.service().tree(d); }
    NodeId node(const char *path, Dimension d = Dimension::Product) const
    {
        return tree(d).resolve(QString::fromUtf8(path));
    }
    QModelIndex cell(const char *path, int column) const { return m_model->indexOf(node(path), column); }
    Amount sum(NodeId id, Month first, Month last) const
    {
        return m_document.service().targets().sum(kSales, id, first, last);
    }
    QUndoStack *undo() const { return m_document.undoStack(); }

    // The model's rows match the service's tree exactly, member by member.
    void expectSameShape(NodeId id, const QModelIndex &index) const
    {
        const Tree &t = tree(m_model->dimension());
        ASSERT_EQ(m_model->nodeId(index), id);
        ASSERT_EQ(m_model->rowCount(index), int(t.children(id).size())) << t.path(id).toStdString();
        if (id != kRootId) {
            EXPECT_EQ(text(index), t.node(id).name);
        }
        for (int row = 0; row < m_model->rowCount(index); ++row) {
            const QModelIndex child = m_model->index(row, Col::Name, index);
            EXPECT_EQ(m_model->parent(child), index);
            expectSameShape(t.children(id)[std::size_t(row)], child);
        }
    }
    void expectSameShape() const { expectSameShape(kRootId, m_model->index(0, 0)); }

    QTemporaryDir m_dir;
    QString m_path;
    PlanDocument m_document{fixedNow};
    ViewOptions m_options;
    std::unique_ptr<TargetTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_failures;
};

TEST_F(TargetTreeModelTest, ShowsTheTreeUnderTheWholeCompany)
{
    EXPECT_EQ(m_model->fiscalYear(), 2026);
    ASSERT_EQ(m_model->rowCount(), 1);
    const QModelIndex root = m_model->index(0, 0);
    EXPECT_EQ(text(root), QStringLiteral("华信科技"));
    EXPECT_EQ(m_model->nodeId(root), kRootId);
    EXPECT_FALSE(m_model->parent(root).isValid());
    ASSERT_EQ(m_model->rowCount(root), 3);
    EXPECT_EQ(text(m_model->index(0, 0, root)), QStringLiteral("产品线A"));
    EXPECT_EQ(text(m_model->index(2, 0, root)), QStringLiteral("服务"));
    EXPECT_EQ(m_model->rowCount(m_model->index(0, Col::Year, root)), 0); // only column 0 has children
    const QModelIndex terminal = cell("产品线A/智能终端", Col::Name);
    EXPECT_EQ(m_model->parent(terminal), cell("产品线A", Col::Name));
    EXPECT_EQ(terminal.data(NodeIdRole).toLongLong(), node("产品线A/智能终端"));
    expectSameShape();

    EXPECT_EQ(m_model->periodOf(Col::Year), Period::year(2026));
    EXPECT_EQ(m_model->periodOf(Col::Q3), Period::quarter(2026, 3));
    EXPECT_EQ(m_model->monthOf(Col::M1), Month(2026, 1));
    EXPECT_FALSE(m_model->monthOf(Col::Q1));
    EXPECT_FALSE(m_model->periodOf(Col::Allocated).isValid());
}

TEST_F(TargetTreeModelTest, HeadersNameMonthsQuartersAndTheUnit)
{
    EXPECT_EQ(m_model->headerData(Col::M1, Qt::Horizontal).toString(), QStringLiteral("Jan"));
    EXPECT_EQ(m_model->headerData(Col::M12, Qt::Horizontal).toString(), QStringLiteral("Dec"));
    EXPECT_EQ(m_model->headerData(Col::Q2, Qt::Horizontal).toString(), QStringLiteral("Q2"));
    EXPECT_TRUE(m_model->headerData(Col::Year, Qt::Horizontal).toString().contains(QStringLiteral("CNY (元)")));
    EXPECT_TRUE(m_model->headerData(Col::Year, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        QStringLiteral("2026-01-01")));
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_EQ(headers.count(), 1);
    EXPECT_TRUE(m_model->headerData(Col::Year, Qt::Horizontal).toString().contains(QStringLiteral("万元")));
}

TEST_F(TargetTreeModelTest, FiscalYearStartMovesTheMonthColumns)
{
    PlanSettings settings = m_document.service().settings();
    settings.fiscalYearStartMonth = 4;
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_document.saveSettings(settings);
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(m_model->monthOf(Col::M1), Month(2026, 4));
    EXPECT_EQ(m_model->monthOf(Col::M12), Month(2027, 3));
    EXPECT_EQ(m_model->headerData(Col::M1, Qt::Horizontal).toString(), QStringLiteral("Apr"));
    EXPECT_EQ(m_model->periodOf(Col::Q1), Period::quarter(2026, 1, 4));
}

TEST_F(TargetTreeModelTest, FormatsValuesInYuanAndTenThousands)
{
    const QModelIndex rootYear = m_model->indexOf(kRootId, Col::Year);
    EXPECT_EQ(text(rootYear), QStringLiteral("50,000,000.00"));
    EXPECT_EQ(rootYear.data(RawValueRole).toLongLong(), 5000'0000'00LL);
    EXPECT_EQ(text(rootYear, Qt::EditRole), QStringLiteral("50000000"));
    EXPECT_EQ(rootYear.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_EQ(text(cell("产品线A", Col::Year)), QStringLiteral("20,000,000.00"));
    // 4321: Q1 30% of 5000万, spread evenly over its months
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Q1)), QStringLiteral("15,000,000.00"));
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::M1)), QStringLiteral("5,000,000.00"));
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Allocated)), QStringLiteral("50,000,000.00"));
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Unallocated)), QStringLiteral("0.00"));
    EXPECT_FALSE(m_model->indexOf(kRootId, Col::Unallocated).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(cell("产品线A/智能终端", Col::Allocated).data().isValid()); // a leaf has nothing to allocate

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(text(rootYear), QStringLiteral("5,000.00"));
    EXPECT_EQ(text(cell("产品线A", Col::Year)), QStringLiteral("2,000.00"));
    EXPECT_EQ(text(rootYear, Qt::EditRole), QStringLiteral("5000"));
    EXPECT_EQ(rootYear.data(RawValueRole).toLongLong(), 5000'0000'00LL);

    m_model->setMetric(kNewCustomers); // counts are whole numbers whatever the unit
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Year)), QStringLiteral("240"));
}

TEST_F(TargetTreeModelTest, EditingACellWritesItsMonthsAndSignalsItsRowAndParentOnly)
{
    const NodeId a = node("产品线A");
    const QModelIndex q3 = m_model->indexOf(a, Col::Q3);
    EXPECT_TRUE(q3.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(m_model->indexOf(a, Col::Allocated).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(m_model->indexOf(a, Col::Name).flags() & Qt::ItemIsEditable);
    const Amount julyBefore = m_document.service().targets().value(kSales, a, Month(2026, 7));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    ASSERT_TRUE(m_model->setData(q3, QStringLiteral("5000万")));
    EXPECT_EQ(sum(a, Month(2026, 7), Month(2026, 9)), Amount(5000'0000'00LL));
    EXPECT_EQ(text(q3), QStringLiteral("50,000,000.00"));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changed.count(), 2);
    const auto topLeft = [&](int i) { return changed.at(i).at(0).value<QModelIndex>(); };
    const auto bottomRight = [&](int i) { return changed.at(i).at(1).value<QModelIndex>(); };
    EXPECT_EQ(topLeft(0), m_model->indexOf(a, Col::Year));
    EXPECT_EQ(bottomRight(0), m_model->indexOf(a, Col::Unallocated));
    EXPECT_EQ(topLeft(1), m_model->indexOf(kRootId, Col::Allocated));
    EXPECT_EQ(bottomRight(1), m_model->indexOf(kRootId, Col::Unallocated));
    EXPECT_TRUE(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));

    // The root now holds less than its children: a red, signed remainder with an explanation.
    const QModelIndex rootRest = m_model->indexOf(kRootId, Col::Unallocated);
    EXPECT_TRUE(text(rootRest).startsWith(u'-')) << text(rootRest).toStdString();
    EXPECT_TRUE(rootRest.data(Qt::ForegroundRole).value<QColor>().isValid());
    EXPECT_TRUE(text(rootRest, Qt::ToolTipRole).contains(QStringLiteral("more than the target")));
    // 产品线A's children now hold less than it: "+" and "unallocated".
    const QModelIndex aRest = m_model->indexOf(a, Col::Unallocated);
    EXPECT_TRUE(text(aRest).startsWith(u'+')) << text(aRest).toStdString();
    EXPECT_TRUE(text(aRest, Qt::ToolTipRole).contains(QStringLiteral("unallocated")));
    EXPECT_NE(aRest.data(Qt::ForegroundRole), rootRest.data(Qt::ForegroundRole));

    // A second edit of the same cell merges: one undo restores the original.
    const int steps = undo()->count();
    ASSERT_TRUE(m_model->setData(q3, QStringLiteral("1.2亿")));
    EXPECT_EQ(undo()->count(), steps);
    EXPECT_EQ(sum(a, Month(2026, 7), Month(2026, 9)), Amount(1'2000'0000'00LL));
    undo()->undo();
    EXPECT_EQ(m_document.service().targets().value(kSales, a, Month(2026, 7)), julyBefore);
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Unallocated)), QStringLiteral("0.00"));
    // Another cell is another step.
    ASSERT_TRUE(m_model->setData(m_model->indexOf(a, Col::M1), QStringLiteral("1,200.5")));
    EXPECT_EQ(m_document.service().targets().value(kSales, a, Month(2026, 1)), Amount(1200'50));
    EXPECT_TRUE(m_failures.isEmpty()) << m_failures.join(u'\n').toStdString();
}

TEST_F(TargetTreeModelTest, ChangesOfSeveralChildrenTellTheirParentOnce)
{
    const NodeId a = node("产品线A");
    const NodeId terminal = node("产品线A/智能终端");
    const NodeId tablet = node("产品线A/行业平板");
    const TargetBook &book = m_document.service().targets();
    std::vector<TargetChange> changes;
    for (NodeId child : {terminal, tablet}) {
        for (int month : {1, 2}) {
            const TargetCell before = book.cell(kSales, child, Month(2026, month));
            changes.push_back({kSales, child, Month(2026, month), before, {before.value + Amount(1), before.locked}});
        }
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_document.push(new TargetChangesCommand(&m_document, changes, QStringLiteral("distribute"))));
    ASSERT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>(), m_model->indexOf(terminal, Col::Year));
    EXPECT_EQ(changed.at(1).at(0).value<QModelIndex>(), m_model->indexOf(tablet, Col::Year));
    EXPECT_EQ(changed.at(2).at(0).value<QModelIndex>(), m_model->indexOf(a, Col::Allocated));
    EXPECT_EQ(text(m_model->indexOf(a, Col::Unallocated)), QStringLiteral("-0.04"));
}

TEST_F(TargetTreeModelTest, BareNumbersAreInTheDisplayUnit)
{
    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    const NodeId a = node("产品线A");
    ASSERT_TRUE(m_model->setData(m_model->indexOf(a, Col::M2), QStringLiteral("12.5")));
    EXPECT_EQ(m_document.service().targets().value(kSales, a, Month(2026, 2)), Amount(12'5000'00LL));
    EXPECT_EQ(text(m_model->indexOf(a, Col::M2)), QStringLiteral("12.50"));
}

class TargetTreeModelBadInput : public TargetTreeModelTest, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(TargetTreeModelBadInput, IsRefusedNamingTheCellAndChangesNothing)
{
    const NodeId a = node("产品线A");
    const Amount before = sum(a, Month(2026, 7), Month(2026, 9));
    const int steps = undo()->count();
    QSignalSpy rejected(m_model.get(), &TargetTreeModel::editRejected);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(m_model->setData(m_model->indexOf(a, Col::Q3), QString::fromUtf8(GetParam())));
    ASSERT_EQ(rejected.count(), 1);
    const QString message = rejected.at(0).at(0).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("产品线A · Q3: "))) << message.toStdString();
    EXPECT_GT(message.size(), QStringLiteral("产品线A · Q3: ").size());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(undo()->count(), steps);
    EXPECT_EQ(sum(a, Month(2026, 7), Month(2026, 9)), before);
}

INSTANTIATE_TEST_SUITE_P(Values, TargetTreeModelBadInput, ::testing::Values("abc", "1,23", "", "-5", "12x万"));

TEST_F(TargetTreeModelTest, LockingAMonthShowsALockAndKeepsItsValue)
{
    const NodeId a = node("产品线A");
    const QModelIndex march = m_model->indexOf(a, Col::M3);
    const Amount marchValue = m_document.service().targets().value(kSales, a, Month(2026, 3));
    EXPECT_FALSE(march.data(LockedRole).toBool());
    EXPECT_FALSE(march.data(Qt::DecorationRole).isValid());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_model->setLocked(march, true));
    ASSERT_EQ(changed.count(), 1); // the row only: a lock does not change what the parent holds
    EXPECT_TRUE(changed.at(0).at(2).value<QList<int>>().contains(LockedRole));
    EXPECT_TRUE(march.data(LockedRole).toBool());
    EXPECT_FALSE(march.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(text(march, Qt::ToolTipRole).isEmpty());
    EXPECT_TRUE(m_model->isLocked(m_model->indexOf(a, Col::Q1)));
    EXPECT_FALSE(m_model->isLocked(m_model->indexOf(a, Col::Q1), true));
    EXPECT_TRUE(text(m_model->indexOf(a, Col::Q1), Qt::ToolTipRole).contains(QStringLiteral("1 month")));
    EXPECT_TRUE(m_document.service().targets().isLocked(kSales, a, Month(2026, 3)));

    // The locked month keeps its value when the quarter changes, and cannot be typed over.
    ASSERT_TRUE(m_model->setData(m_model->indexOf(a, Col::Q1), QStringLiteral("1000万")));
    EXPECT_EQ(m_document.service().targets().value(kSales, a, Month(2026, 3)), marchValue);
    EXPECT_EQ(sum(a, Month(2026, 1), Month(2026, 3)), Amount(1000'0000'00LL));
    QSignalSpy rejected(m_model.get(), &TargetTreeModel::editRejected);
    EXPECT_FALSE(m_model->setData(march, QStringLiteral("1")));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.at(0).at(0).toString().startsWith(QStringLiteral("产品线A · 2026-03: ")));

    // A quarter locks all its months; unlocking is one step too.
    ASSERT_TRUE(m_model->setLocked(m_model->indexOf(a, Col::Q2), true));
    EXPECT_TRUE(m_model->indexOf(a, Col::Q2).data(LockedRole).toBool());
    EXPECT_TRUE(m_model->indexOf(a, Col::M5).data(LockedRole).toBool());
    EXPECT_FALSE(m_model->setLocked(m_model->indexOf(a, Col::Q2), true)); // nothing to change
    undo()->undo();
    EXPECT_FALSE(m_model->indexOf(a, Col::M5).data(LockedRole).toBool());
    ASSERT_TRUE(m_model->setLocked(march, false));
    EXPECT_FALSE(march.data(LockedRole).toBool());
}

TEST_F(TargetTreeModelTest, StructuralEditsAndTheirUndoInsertMoveAndRemoveRowsWithoutReset)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const NodeId a = node("产品线A");
    const NodeId b = node("产品线B");
    const NodeId terminal = node("产品线A/智能终端");
    const QPersistentModelIndex terminalIndex = m_model->indexOf(terminal);

    // add (a member and one under it, with a target: demo products have entries and cannot be deleted)
    ASSERT_TRUE(m_document.push(TreeEditCommand::addNode(&m_document, Dimension::Product, a, QStringLiteral("配件"))));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).value<QModelIndex>(), m_model->indexOf(a));
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 2);
    const NodeId part = node("产品线A/配件");
    ASSERT_TRUE(m_document.push(TreeEditCommand::addNode(&m_document, Dimension::Product, part, QStringLiteral("配件一"))));
    const NodeId partOne = node("产品线A/配件/配件一");
    ASSERT_TRUE(m_model->setData(m_model->indexOf(partOne, Col::Year), QStringLiteral("100万")));
    EXPECT_EQ(text(m_model->indexOf(part, Col::Unallocated)), QStringLiteral("-1,000,000.00"));
    const QPersistentModelIndex partOneIndex = m_model->indexOf(partOne);
    expectSameShape();
    // rename
    ASSERT_TRUE(m_document.push(TreeEditCommand::renameNode(&m_document, Dimension::Product, part, QStringLiteral("附件"))));
    EXPECT_EQ(text(m_model->indexOf(part)), QStringLiteral("附件"));
    // move to another parent, at the front
    ASSERT_TRUE(m_document.push(TreeEditCommand::moveNode(&m_document, Dimension::Product, terminal, b, 0)));
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(terminalIndex.parent(), m_model->indexOf(b));
    EXPECT_EQ(terminalIndex.row(), 0);
    expectSameShape();
    // A gave a child away with its targets: A has unallocated target now, B holds too much.
    EXPECT_TRUE(text(m_model->indexOf(a, Col::Unallocated)).startsWith(u'+'));
    EXPECT_TRUE(text(m_model->indexOf(b, Col::Unallocated)).startsWith(u'-'));
    // move within a parent
    ASSERT_TRUE(m_document.push(TreeEditCommand::moveNode(&m_document, Dimension::Product, terminal, b, -1)));
    EXPECT_EQ(terminalIndex.row(), 2);
    expectSameShape();
    // delete a member with a child and targets
    ASSERT_TRUE(m_document.push(TreeEditCommand::deleteNode(&m_document, Dimension::Product, part)));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_FALSE(partOneIndex.isValid());
    EXPECT_EQ(m_model->rowCount(m_model->indexOf(a)), 1);
    expectSameShape();

    // undo all, one step at a time
    undo()->undo(); // delete
    EXPECT_EQ(m_model->rowCount(m_model->indexOf(a)), 2);
    EXPECT_EQ(text(m_model->indexOf(partOne, Col::Year)), QStringLiteral("1,000,000.00"));
    expectSameShape();
    undo()->undo(); // move within B
    expectSameShape();
    undo()->undo(); // move to B
    EXPECT_EQ(m_model->parent(m_model->indexOf(terminal)), m_model->indexOf(a));
    EXPECT_EQ(m_model->indexOf(terminal).row(), 0);
    EXPECT_EQ(text(m_model->indexOf(a, Col::Unallocated)), QStringLiteral("0.00"));
    expectSameShape();
    undo()->undo(); // rename
    EXPECT_EQ(text(m_model->indexOf(part)), QStringLiteral("配件"));
    undo()->undo(); // target
    undo()->undo(); // add 配件一
    undo()->undo(); // add 配件
    EXPECT_FALSE(m_model->indexOf(part).isValid());
    expectSameShape();
    // and redo all
    for (int i = 0; i < 7; ++i)
        undo()->redo();
    expectSameShape();
    EXPECT_EQ(m_model->rowCount(m_model->indexOf(a)), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_TRUE(m_failures.isEmpty()) << m_failures.join(u'\n').toStdString();
}

TEST_F(TargetTreeModelTest, SeveralTreeChangesInOneSignalAreFollowed)
{
    // Changes that add, move, delete and reorder at once: the diff must get every case.
    const NodeId a = node("产品线A");
    const NodeId b = node("产品线B");
    const NodeId services = node("服务");
    m_document.changeTree(Dimension::Product, [&](PlanService &s) {
        const NodeId old = s.addNode(Dimension::Product, services, QStringLiteral("旧品"));
        s.addNode(Dimension::Product, old, QStringLiteral("旧品一代"));
    });
    expectSameShape();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    m_document.changeTree(Dimension::Product, [&](PlanService &s) {
        const NodeId fresh = s.addNode(Dimension::Product, a, QStringLiteral("新品"));
        s.addNode(Dimension::Product, fresh, QStringLiteral("新品一代"));
        s.moveNode(Dimension::Product, node("产品线B/云存储"), fresh, 0);
        s.moveNode(Dimension::Product, a, b, 0);              // a member with its subtree, under a sibling
        s.moveNode(Dimension::Product, services, kRootId, 0); // reorder at the top
        const NodeId temporary = s.addNode(Dimension::Product, services, QStringLiteral("临时"));
        s.deleteNode(Dimension::Product, temporary, true);    // added and gone: nothing to tell
        s.moveNode(Dimension::Product, node("服务/旧品/旧品一代"), kRootId, 1); // out of a doomed subtree
        s.deleteNode(Dimension::Product, node("服务/旧品"), true);
    });
    expectSameShape();
    m_document.changeTree(Dimension::Product, [&](PlanService &s) {
        s.moveNode(Dimension::Product, node("产品线B/产品线A/新品/云存储"), kRootId, -1);
        s.deleteNode(Dimension::Product, node("产品线B/产品线A/新品"), true);
        s.moveNode(Dimension::Product, b, services, -1);
    });
    expectSameShape();
    EXPECT_EQ(resets.count(), 0);
    // Another tree's change is not this model's business.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_document.changeTree(Dimension::Region, [](PlanService &s) { s.addNode(Dimension::Region, kRootId, QStringLiteral("西部")); });
    EXPECT_EQ(inserted.count(), 0);
}

TEST_F(TargetTreeModelTest, DragAndDropMovesAMember)
{
    const NodeId terminal = node("产品线A/智能终端");
    const NodeId services = node("服务");
    const QModelIndex terminalName = m_model->indexOf(terminal);
    EXPECT_TRUE(terminalName.flags() & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(m_model->index(0, 0).flags() & Qt::ItemIsDragEnabled); // not the whole company
    EXPECT_EQ(m_model->supportedDropActions(), Qt::MoveAction);
    std::unique_ptr<QMimeData> data(m_model->mimeData({terminalName, m_model->indexOf(terminal, Col::Year)}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(data->hasFormat(QString::fromLatin1(TargetTreeModel::kNodeMimeType)));
    EXPECT_EQ(m_model->mimeData({m_model->index(0, 0)}), nullptr);

    // Refused: into itself, beside the whole company, a copy, where it already is.
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, terminalName));
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, m_model->indexOf(services)));
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->indexOf(node("产品线A"))));
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, m_model->indexOf(node("产品线A"))));

    // Between rows: before the second child of 服务.
    const int steps = m_document.undoStack()->count();
    ASSERT_TRUE(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, m_model->indexOf(services)));
    ASSERT_TRUE(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, m_model->indexOf(services)));
    EXPECT_EQ(tree().node(terminal).parent, services);
    EXPECT_EQ(tree().node(terminal).sortOrder, 1);
    EXPECT_EQ(m_model->indexOf(terminal).row(), 1);
    EXPECT_EQ(m_document.undoStack()->count(), steps + 1);
    expectSameShape();
    // Within the same parent, downwards: `row` counts rows before the move.
    std::unique_ptr<QMimeData> again(m_model->mimeData({m_model->indexOf(terminal)}));
    ASSERT_TRUE(m_model->dropMimeData(again.get(), Qt::MoveAction, 3, 0, m_model->indexOf(services)));
    EXPECT_EQ(m_model->indexOf(terminal).row(), 2);
    // Onto a member (a number cell of its row works too): the last child.
    ASSERT_TRUE(m_model->dropMimeData(again.get(), Qt::MoveAction, -1, -1, m_model->indexOf(node("产品线B"), Col::Q2)));
    EXPECT_EQ(tree().node(terminal).parent, node("产品线B"));
    EXPECT_EQ(m_model->indexOf(terminal).row(), 2);
    expectSameShape();
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_EQ(tree().node(terminal).parent, node("产品线A"));
    expectSameShape();

    // Onto a member of another tree: refused.
    m_model->setDimension(Dimension::Org);
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, m_model->index(0, 0)));
}

TEST_F(TargetTreeModelTest, NothingCanBeDroppedOntoAPerson)
{
    m_model->setDimension(Dimension::Org);
    const NodeId person = node("销售部/华东一组/张伟", Dimension::Org);
    const NodeId otherTeam = node("销售部/华南组", Dimension::Org);
    const QModelIndex personIndex = m_model->indexOf(person);
    EXPECT_FALSE(personIndex.flags() & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(node("销售部/华东二组/刘洋", Dimension::Org))}));
    ASSERT_TRUE(data);
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, personIndex));
    EXPECT_FALSE(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, personIndex));
    EXPECT_TRUE(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, m_model->indexOf(otherTeam)));
    EXPECT_EQ(m_model->rowCount(m_model->indexOf(otherTeam)), 4);
    expectSameShape();
}

TEST_F(TargetTreeModelTest, ChoosingDimensionMetricOrYearResetsTheModel)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setDimension(Dimension::Region);
    EXPECT_EQ(text(m_model->index(0, 0, m_model->index(0, 0))), QStringLiteral("华东"));
    EXPECT_EQ(text(m_model->indexOf(node("华东", Dimension::Region), Col::Year)), QStringLiteral("18,000,000.00"));
    m_model->setMetric(kNewCustomers);
    m_model->setFiscalYear(2025);
    EXPECT_EQ(text(m_model->indexOf(kRootId, Col::Year)), QStringLiteral("200"));
    m_model->setFiscalYear(2025); // unchanged: no reset
    EXPECT_EQ(resets.count(), 3);
    expectSameShape();
}

TEST_F(TargetTreeModelTest, ChangesOfAnotherMetricOrYearAreNotSignalled)
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const NodeId a = node("产品线A");
    m_document.push(new TargetChangesCommand(&m_document, m_document.service().planSetTarget(a, kNewCustomers, Period::year(2026), Amount(7)),
                                             QStringLiteral("customers")));
    m_document.push(new TargetChangesCommand(&m_document, m_document.service().planSetTarget(a, kSales, Period::year(2027), Amount(7)),
                                             QStringLiteral("next year")));
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(TargetTreeModelTest, ReopeningTheFileShowsTheSameValues)
{
    const NodeId a = node("产品线A");
    ASSERT_TRUE(m_model->setData(m_model->indexOf(a, Col::Q3), QStringLiteral("5000万")));
    ASSERT_TRUE(m_model->setLocked(m_model->indexOf(a, Col::M12), true));
    const QString q3 = text(m_model->indexOf(a, Col::Q3));

    PlanDocument reopened(fixedNow);
    reopened.open(m_path);
    TargetTreeModel model(&reopened, &m_options);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(text(model.indexOf(a, Col::Q3)), q3);
    EXPECT_EQ(text(model.indexOf(a, Col::Q3)), QStringLiteral("50,000,000.00"));
    EXPECT_TRUE(model.indexOf(a, Col::M12).data(LockedRole).toBool());
    for (int column = Col::Year; column < Col::ColumnCount; ++column)
        EXPECT_EQ(text(model.indexOf(kRootId, column)), text(m_model->indexOf(kRootId, column))) << column;
}

TEST(TargetTreeModelNoFile, IsEmptyUntilAFileIsOpened)
{
    QTemporaryDir dir;
    PlanDocument document(fixedNow);
    ViewOptions options;
    TargetTreeModel model(&document, &options);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.periodOf(TargetTreeModel::Year).isValid());
    EXPECT_FALSE(model.headerData(TargetTreeModel::M1, Qt::Horizontal).toString().isEmpty());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    document.open(dir.filePath(QStringLiteral("new.sqlite")));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Whole company"));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
}

} // namespace
} // namespace st
