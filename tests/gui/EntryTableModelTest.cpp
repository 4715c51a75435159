// EntryTableModel, EntryFilterProxy and the entry commands over a real SQLite file, checked by
// QAbstractItemModelTester (Fatal): rows follow single changes without a reset, edits are undoable
// commands, bad input is refused, undo of a delete re-creates the entry, filters and numeric sorting.
#include "salestarget/gui/EntryTableModel.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/EntryCommands.h"
#include "salestarget/gui/EntryFilterProxy.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
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

using Col = EntryTableModel::Column;
constexpr MetricId kSales = 1;
constexpr MetricId kVisits = 4;

class EntryTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document.open(m_dir.filePath(QStringLiteral("plan.sqlite")));
        PlanService &s = m_document.service();
        m_terminal = s.ensurePath(Dimension::Product, QStringLiteral("产品线A/终端"));
        m_tablet = s.ensurePath(Dimension::Product, QStringLiteral("产品线A/平板"));
        m_cloud = s.ensurePath(Dimension::Product, QStringLiteral("产品线B/云"));
        m_east = s.ensurePath(Dimension::Region, QStringLiteral("华东"));
        m_me = s.ensurePath(Dimension::Org, QStringLiteral("销售部/一组/张三"), true, m_east);
        m_other = s.ensurePath(Dimension::Org, QStringLiteral("销售部/一组/李四"), true, m_east);
        add(QDate(2026, 11, 2), kSales, 1000'00, m_terminal, QStringLiteral("宏达科技"));
        add(QDate(2026, 11, 20), kVisits, 9, 0, QStringLiteral("恒信贸易"));
        add(QDate(2026, 10, 15), kSales, 250'00, m_cloud, QStringLiteral("宏达科技"));
        add(QDate(2026, 11, 21), kVisits, 25, 0, {});
        add(QDate(2026, 11, 21), kVisits, 100, 0, {}, m_other);

        m_model = std::make_unique<EntryTableModel>(&m_document, &m_options);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setPerson(m_me);
        m_proxy = std::make_unique<EntryFilterProxy>(&m_document);
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject::connect(&m_document, &PlanDocument::failed, [this](const QString &m) { m_failures << m; });
    }

    ProgressEntry add(QDate date, MetricId metric, std::int64_t minor, NodeId product, const QString &customer,
                      NodeId person = 0)
    {
        ProgressEntry e;
        e.date = date;
        e.metric = metric;
        e.value = Amount(minor);
        e.person = person ? person : m_me;
        e.product = product;
        e.customer = customer;
        return m_document.addEntry(e);
    }
    std::vector<ProgressEntry> stored(NodeId person = 0)
    {
        EntryFilter f;
        f.persons = {person ? person : m_me};
        return m_document.service().repository().findEntries(f);
    }
    int rowWithValue(std::int64_t minor) const
    {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entryAt(r).value.minor() == minor)
                return r;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    PlanDocument m_document{[] { return QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()); }};
    ViewOptions m_options;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EntryFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QStringList m_failures;
    NodeId m_terminal = 0, m_tablet = 0, m_cloud = 0, m_east = 0, m_me = 0, m_other = 0;
};

TEST_F(EntryTableModelTest, ShowsTheOnePersonsEntriesInDateOrder)
{
    ASSERT_EQ(m_model->rowCount(), 4); // not the other rep's
    EXPECT_EQ(m_model->entryAt(0).date, QDate(2026, 10, 15));
    EXPECT_EQ(m_model->entryAt(3).date, QDate(2026, 11, 21));
    const int row = rowWithValue(1000'00);
    EXPECT_EQ(m_model->index(row, Col::ValueColumn).data().toString(), QStringLiteral("1,000.00"));
    EXPECT_EQ(m_model->index(row, Col::ValueColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(m_model->index(row, Col::ProductColumn).data().toString(), QStringLiteral("产品线A/终端"));
    EXPECT_EQ(m_model->index(row, Col::RegionColumn).data().toString(), QStringLiteral("华东")); // the home region
    EXPECT_EQ(m_model->index(row, Col::DateColumn).data().toString(), QStringLiteral("2026-11-02"));
    EXPECT_EQ(m_model->index(row, Col::ValueColumn).data(RawValueRole).toLongLong(), 1000'00);
    EXPECT_FALSE(m_model->flags(m_model->index(row, Col::MetricColumn)).testFlag(Qt::ItemIsEditable));
    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_EQ(m_model->index(row, Col::ValueColumn).data().toString(), QStringLiteral("0.10"));
    EXPECT_EQ(m_model->index(rowWithValue(25), Col::ValueColumn).data().toString(), QStringLiteral("25")); // counts as they are
}

TEST_F(EntryTableModelTest, SingleChangesMoveRowsWithoutAReset)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    const ProgressEntry e = add(QDate(2026, 11, 5), kSales, 77'00, 0, {});
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.front().at(1).toInt(), 2); // between 11-02 and 11-20
    EXPECT_EQ(m_model->rowCount(), 5);
    add(QDate(2026, 11, 5), kSales, 1, 0, {}, m_other); // someone else's: not shown
    EXPECT_EQ(m_model->rowCount(), 5);

    ProgressEntry edited = e;
    edited.customer = QStringLiteral("金桥物流");
    m_document.updateEntry(edited);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.front().at(0).value<QModelIndex>().row(), 2);
    EXPECT_EQ(m_model->index(2, Col::CustomerColumn).data().toString(), QStringLiteral("金桥物流"));

    edited.date = QDate(2026, 11, 30); // moves to the end
    m_document.updateEntry(edited);
    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(m_model->entryAt(4).id, e.id);
    edited.date = QDate(2026, 1, 3); // and to the front
    m_document.updateEntry(edited);
    EXPECT_EQ(moved.size(), 2);
    EXPECT_EQ(m_model->entryAt(0).id, e.id);

    m_document.deleteEntry(e.id);
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(m_model->rowCount(), 4);
    EXPECT_EQ(resets.size(), 0);

    m_document.changeEntries([](PlanService &) {}); // many entries changed: a reset is right
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(m_model->rowCount(), 4);
}

TEST_F(EntryTableModelTest, APausedModelReadsItsRowsWhenResumed)
{
    ASSERT_EQ(m_model->rowCount(), 4);
    m_model->setPaused(true);
    // Paused but current: single changes still apply.
    const ProgressEntry one = add(QDate(2026, 11, 22), kSales, 7'00, 0, {});
    EXPECT_EQ(m_model->rowCount(), 5);
    // Many entries changed: emptied rather than read, and single changes wait for the reading.
    ProgressEntry imported;
    imported.date = QDate(2026, 11, 23);
    imported.metric = kSales;
    imported.value = Amount(8'00);
    imported.person = m_me;
    m_document.changeEntries([&](PlanService &s) { s.importEntries({imported}); });
    EXPECT_EQ(m_model->rowCount(), 0);
    add(QDate(2026, 11, 24), kSales, 9'00, 0, {});
    EXPECT_EQ(m_model->rowCount(), 0);
    m_model->setPaused(false);
    EXPECT_EQ(m_model->rowCount(), 7);
    EXPECT_GE(m_model->rowOf(one.id), 0);
    // Another person while paused: read when resumed.
    m_model->setPaused(true);
    m_model->setPerson(m_other);
    EXPECT_EQ(m_model->rowCount(), 0);
    m_model->setPaused(false);
    EXPECT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->entryAt(0).value, Amount(100));
}

TEST_F(EntryTableModelTest, EditsAreUndoableCommandsAndBadInputIsRefused)
{
    QUndoStack *undo = m_document.undoStack();
    const int row = rowWithValue(1000'00);
    const EntryId id = m_model->entryAt(row).id;
    ASSERT_TRUE(m_model->setData(m_model->index(row, Col::ValueColumn), QStringLiteral("1,234.56")));
    EXPECT_EQ(m_document.service().repository().entry(id).value, Amount(1234'56));
    EXPECT_EQ(undo->count(), 1);
    ASSERT_TRUE(m_model->setData(m_model->index(row, Col::CustomerColumn), QStringLiteral(" 天成医药 ")));
    EXPECT_EQ(m_document.service().repository().entry(id).customer, QStringLiteral("天成医药"));
    ASSERT_TRUE(m_model->setData(m_model->index(row, Col::ProductColumn), qint64(m_tablet)));
    EXPECT_EQ(m_document.service().repository().entry(id).product, m_tablet);
    ASSERT_TRUE(m_model->setData(m_model->index(row, Col::ProductColumn), QStringLiteral("产品线B/云")));
    EXPECT_EQ(m_document.service().repository().entry(id).product, m_cloud);
    EXPECT_EQ(undo->count(), 4);
    undo->undo();
    undo->undo();
    undo->undo();
    undo->undo();
    const ProgressEntry back = m_document.service().repository().entry(id);
    EXPECT_EQ(back.value, Amount(1000'00));
    EXPECT_EQ(back.product, m_terminal);
    EXPECT_EQ(back.customer, QStringLiteral("宏达科技"));
    EXPECT_EQ(m_model->entryAt(m_model->rowOf(id)).value, Amount(1000'00));

    // Refused: the message names the entry and the field; nothing is stored, nothing pushed.
    QSignalSpy rejected(m_model.get(), &EntryTableModel::editRejected);
    const ProgressEntry before = m_document.service().repository().entry(id);
    const int at = m_model->rowOf(id);
    EXPECT_FALSE(m_model->setData(m_model->index(at, Col::ValueColumn), QStringLiteral("1,23")));
    EXPECT_FALSE(m_model->setData(m_model->index(at, Col::ValueColumn), QStringLiteral("12abc")));
    EXPECT_FALSE(m_model->setData(m_model->index(at, Col::DateColumn), QStringLiteral("2026-13-01")));
    EXPECT_FALSE(m_model->setData(m_model->index(at, Col::ProductColumn), QStringLiteral("产品线C/无")));
    ASSERT_EQ(rejected.size(), 4);
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("Value"))) << rejected.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("2026-11-02")));
    EXPECT_TRUE(rejected.at(2).at(0).toString().contains(QStringLiteral("Date")));
    EXPECT_TRUE(rejected.at(3).at(0).toString().contains(QStringLiteral("Product")));
    EXPECT_EQ(m_document.service().repository().entry(id), before);
    EXPECT_EQ(undo->index(), 0);
}

TEST_F(EntryTableModelTest, DeleteUndoRedoRecreatesTheEntry)
{
    QUndoStack *undo = m_document.undoStack();
    const int row = rowWithValue(1000'00);
    const ProgressEntry victim = m_model->entryAt(row);
    ASSERT_TRUE(m_model->removeEntries({row}));
    EXPECT_EQ(m_model->rowOf(victim.id), -1);
    EXPECT_EQ(stored().size(), 3u);
    undo->undo();
    ASSERT_EQ(stored().size(), 4u);
    const int back = rowWithValue(1000'00);
    ASSERT_GE(back, 0);
    ProgressEntry again = m_model->entryAt(back);
    EXPECT_EQ(again.date, victim.date);
    EXPECT_EQ(again.product, victim.product);
    EXPECT_EQ(again.customer, victim.customer);
    EXPECT_EQ(again.enteredAt, victim.enteredAt);
    undo->redo();
    EXPECT_EQ(rowWithValue(1000'00), -1);
    EXPECT_EQ(stored().size(), 3u);
    undo->undo();
    EXPECT_GE(rowWithValue(1000'00), 0);
    EXPECT_TRUE(m_failures.isEmpty()) << m_failures.join(u'\n').toStdString();

    // Several rows: one undo step.
    const int before = undo->index();
    ASSERT_TRUE(m_model->removeEntries({0, 1, 2}));
    EXPECT_EQ(undo->index(), before + 1);
    EXPECT_EQ(m_model->rowCount(), 1);
    undo->undo();
    EXPECT_EQ(m_model->rowCount(), 4);
}

TEST_F(EntryTableModelTest, CommandsFindRecreatedEntriesWhateverIdTheyGet)
{
    QUndoStack *undo = m_document.undoStack();
    ProgressEntry e;
    e.date = QDate(2026, 11, 22);
    e.metric = kSales;
    e.value = Amount(500'00);
    e.person = m_me;
    auto *addCommand = new AddEntryCommand(&m_document, e);
    ASSERT_TRUE(m_document.push(addCommand));
    const EntryId first = addCommand->entry().id;
    ASSERT_NE(first, 0);
    ASSERT_TRUE(m_model->setData(m_model->index(m_model->rowOf(first), Col::ValueColumn), QStringLiteral("600")));
    undo->undo(); // the edit
    undo->undo(); // the add
    EXPECT_EQ(rowWithValue(500'00), -1);
    undo->redo(); // re-added (same id, or a new one the commands keep track of)
    undo->redo(); // the edit finds it
    EXPECT_TRUE(m_failures.isEmpty()) << m_failures.join(u'\n').toStdString();
    const EntryId now = addCommand->currentId();
    EXPECT_EQ(m_document.service().repository().entry(now).value, Amount(600'00));
    EXPECT_EQ(m_model->entryAt(m_model->rowOf(now)).value, Amount(600'00));
    undo->undo();
    undo->undo();
    EXPECT_EQ(stored().size(), 4u);
}

TEST_F(EntryTableModelTest, AFailedAddLeavesNoCommand)
{
    ProgressEntry e;
    e.date = QDate(2026, 11, 22);
    e.metric = kSales;
    e.value = Amount(1);
    e.person = m_east; // not a person of the organization tree
    EXPECT_FALSE(m_document.push(new AddEntryCommand(&m_document, e)));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    ASSERT_EQ(m_failures.size(), 1);
    EXPECT_TRUE(m_failures.front().contains(QStringLiteral("Person")));
    EXPECT_EQ(stored().size(), 4u);
}

TEST_F(EntryTableModelTest, FiltersByDateMetricProductAndCustomer)
{
    m_proxy->setMetric(kVisits);
    EXPECT_EQ(m_proxy->rowCount(), 2);
    m_proxy->setMetric(0);
    m_proxy->setDateRange(QDate(2026, 11, 1), QDate(2026, 11, 20));
    EXPECT_EQ(m_proxy->rowCount(), 2);
    m_proxy->setDateRange(QDate(2026, 11, 16), QDate());
    EXPECT_EQ(m_proxy->rowCount(), 2);
    m_proxy->setDateRange({}, {});
    m_proxy->setCustomer(QStringLiteral("宏达"));
    EXPECT_EQ(m_proxy->rowCount(), 2);
    m_proxy->setCustomer({});
    m_proxy->setProduct(m_document.service().tree(Dimension::Product).resolve(QStringLiteral("产品线A")));
    ASSERT_EQ(m_proxy->rowCount(), 1); // the product line takes in its products
    EXPECT_EQ(m_proxy->index(0, Col::ProductColumn).data().toString(), QStringLiteral("产品线A/终端"));
    m_proxy->setProduct(NodeId(0)); // only entries naming no product
    EXPECT_EQ(m_proxy->rowCount(), 2);
    m_proxy->setProduct(std::nullopt);
    EXPECT_EQ(m_proxy->rowCount(), 4);

    // A new entry that matches the filter shows up; one that does not stays hidden.
    m_proxy->setMetric(kSales);
    add(QDate(2026, 11, 22), kSales, 5, 0, {});
    add(QDate(2026, 11, 22), kVisits, 5, 0, {});
    EXPECT_EQ(m_proxy->rowCount(), 3);
}

TEST_F(EntryTableModelTest, SortsValuesNumerically)
{
    m_proxy->setMetric(kVisits);
    add(QDate(2026, 11, 22), kVisits, 100, 0, {});
    m_proxy->sort(Col::ValueColumn, Qt::AscendingOrder);
    ASSERT_EQ(m_proxy->rowCount(), 3);
    EXPECT_EQ(m_proxy->index(0, Col::ValueColumn).data().toString(), QStringLiteral("9")); // "100" < "25" < "9" as text
    EXPECT_EQ(m_proxy->index(1, Col::ValueColumn).data().toString(), QStringLiteral("25"));
    EXPECT_EQ(m_proxy->index(2, Col::ValueColumn).data().toString(), QStringLiteral("100"));
    // Across metrics by magnitude in major units: 250.00 yuan < 1,000.00 yuan, and 100 visits < 250.00.
    m_proxy->setMetric(0);
    m_proxy->sort(Col::ValueColumn, Qt::DescendingOrder);
    ASSERT_EQ(m_proxy->rowCount(), 5);
    EXPECT_EQ(m_proxy->index(0, Col::ValueColumn).data().toString(), QStringLiteral("1,000.00"));
    EXPECT_EQ(m_proxy->index(1, Col::ValueColumn).data().toString(), QStringLiteral("250.00"));
    EXPECT_EQ(m_proxy->index(2, Col::ValueColumn).data().toString(), QStringLiteral("100"));
    m_proxy->sort(Col::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(m_proxy->index(0, Col::DateColumn).data().toString(), QStringLiteral("2026-10-15"));
}

} // namespace
} // namespace st
