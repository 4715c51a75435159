// MyProgressPage: the rep's workflow driven through the real widgets — type a value and press
// Enter, see the figures move by exactly that amount (and agree with a report read from the file),
// refuse bad input, edit a cell, delete and undo, filter, sort, and be remembered.
#include "salestarget/gui/MyProgressPage.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/gui/EntryFilterProxy.h"
#include "salestarget/gui/EntryTableModel.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PersonFiguresModel.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <array>
#include <memory>

namespace st {
namespace {

using Fig = PersonFiguresModel;
constexpr MetricId kSales = 1;
constexpr MetricId kVisits = 4;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()); // a Sunday, ISO week 47
}

/// Sends `text` as key events (QTest::keyClicks only knows ASCII keys, not 万).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(w, &press);
    }
}

class MyProgressPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // QSettings of this test only, never the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("SalesTargetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MyProgressPageTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("plan.sqlite"));
        m_document.open(m_path);
        PlanService &s = m_document.service();
        m_terminal = s.ensurePath(Dimension::Product, QStringLiteral("产品线A/终端"));
        m_east = s.ensurePath(Dimension::Region, QStringLiteral("华东"));
        m_north = s.ensurePath(Dimension::Region, QStringLiteral("华北"));
        m_me = s.ensurePath(Dimension::Org, QStringLiteral("销售部/一组/张三"), true, m_east);
        m_other = s.ensurePath(Dimension::Org, QStringLiteral("销售部/二组/李四"), true, m_north);
        s.setTarget(m_me, kSales, Period::year(2026), Amount(1200'000'00));
        s.setTarget(m_me, kVisits, Period::year(2026), Amount(2400));
        add(QDate(2026, 11, 2), kSales, 40'000'00, QStringLiteral("宏达科技"));
        add(QDate(2026, 11, 21), kSales, 3'000'00, QStringLiteral("恒信贸易"));
        add(QDate(2026, 11, 20), kVisits, 9, {});
        add(QDate(2026, 8, 20), kVisits, 25, {});
        add(QDate(2026, 11, 20), kSales, 5'000'00, {}, m_other);
        makePage();
    }

    void makePage()
    {
        m_page = std::make_unique<MyProgressPage>(&m_document, &m_options);
        m_page->resize(1280, 800);
        m_page->show();
        m_page->setPerson(m_me);
        m_page->setMetric(kSales);
    }

    ProgressEntry add(QDate date, MetricId metric, std::int64_t minor, const QString &customer, NodeId person = 0)
    {
        ProgressEntry e;
        e.date = date;
        e.metric = metric;
        e.value = Amount(minor);
        e.person = person ? person : m_me;
        e.customer = customer;
        return m_document.addEntry(e);
    }
    /// My first sales entry (2026-11-02, 40,000.00).
    ProgressEntry firstSale()
    {
        for (const ProgressEntry &e : stored()) {
            if (e.metric == kSales)
                return e;
        }
        return {};
    }
    std::vector<ProgressEntry> stored()
    {
        EntryFilter f;
        f.persons = {m_me};
        return m_document.service().repository().findEntries(f);
    }
    std::array<Amount, Fig::RowCount> actuals() const
    {
        std::array<Amount, Fig::RowCount> a{};
        for (int r = 0; r < Fig::RowCount; ++r)
            a[std::size_t(r)] = m_page->figuresModel()->figures(r).value_or(Figures{}).actual;
        return a;
    }
    /// The figures of every row agree with a report computed afresh from the database.
    void expectFiguresMatchTheFile()
    {
        PersonFiguresModel *model = m_page->figuresModel();
        for (int r = 0; r < Fig::RowCount; ++r) {
            auto fresh = m_document.service().report(Dimension::Org, model->metric(), model->period(r), model->asOf());
            const Figures &want = fresh->rows()[std::size_t(fresh->rowOf(m_me))].figures;
            const auto got = model->figures(r);
            ASSERT_TRUE(got);
            EXPECT_EQ(got->actual, want.actual) << "row " << r;
            EXPECT_EQ(got->target, want.target) << "row " << r;
            EXPECT_EQ(got->status, want.status) << "row " << r;
            EXPECT_EQ(got->projection, want.projection) << "row " << r;
        }
    }
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QString message() const { return child<QLabel>("messageBar")->text(); }
    void typeValueAndEnter(const QString &text)
    {
        auto *value = child<QLineEdit>("entryValue");
        value->setFocus();
        value->selectAll();
        typeText(value, text);
        QTest::keyClick(value, Qt::Key_Return);
    }
    /// Edits a cell of the entries table through the view's editor, as a user would.
    void typeIntoCell(const QModelIndex &proxyIndex, const QString &text)
    {
        QTableView *view = m_page->entriesView();
        view->setCurrentIndex(proxyIndex);
        view->edit(proxyIndex);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QModelIndex proxyIndexOf(EntryId id, int column) const
    {
        const int row = m_page->entryModel()->rowOf(id);
        return m_page->entryProxy()->mapFromSource(m_page->entryModel()->index(row, column));
    }

    QTemporaryDir m_dir;
    QString m_path;
    PlanDocument m_document{fixedNow};
    ViewOptions m_options;
    std::unique_ptr<MyProgressPage> m_page;
    NodeId m_terminal = 0, m_east = 0, m_north = 0, m_me = 0, m_other = 0;
};

TEST_F(MyProgressPageTest, ShowsMyFiguresForEveryPeriod)
{
    PersonFiguresModel *model = m_page->figuresModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->period(Fig::WeekRow).toString(), QStringLiteral("2026-W47"));
    EXPECT_EQ(model->period(Fig::QuarterRow).toString(), QStringLiteral("2026-Q4"));
    const auto a = actuals();
    EXPECT_EQ(a[Fig::TodayRow], Amount());
    EXPECT_EQ(a[Fig::WeekRow], Amount(3'000'00));
    EXPECT_EQ(a[Fig::MonthRow], Amount(43'000'00));
    EXPECT_EQ(a[Fig::YearRow], Amount(43'000'00));
    expectFiguresMatchTheFile();
    // Numbers right-aligned with separators; status as symbol and word, with its colour.
    const QModelIndex target = model->index(Fig::YearRow, Fig::TargetColumn);
    EXPECT_EQ(target.data().toString(), QStringLiteral("1,200,000.00"));
    EXPECT_EQ(target.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    const QModelIndex status = model->index(Fig::MonthRow, Fig::StatusColumn);
    const Status s = Status(status.data(StatusRole).toInt());
    EXPECT_EQ(status.data().toString(), statusSymbol(s) + u' ' + statusLabel(s));
    EXPECT_TRUE(status.data(Qt::BackgroundRole).isValid());
    // Another metric.
    m_page->setMetric(kVisits);
    EXPECT_EQ(actuals()[Fig::YearRow], Amount(34));
    expectFiguresMatchTheFile();
}

TEST_F(MyProgressPageTest, QuickEntryWithTheKeyboardMovesTheFiguresByExactlyThatAmount)
{
    QAbstractItemModelTester figuresTester(m_page->figuresModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester entriesTester(m_page->entryModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(child<QDateEdit>("entryDate")->date(), QDate(2026, 11, 22)); // today by default
    EXPECT_EQ(child<QComboBox>("entryRegion")->currentData().toLongLong(), m_east); // my home region
    const auto before = actuals();
    const std::size_t count = stored().size();
    const int rows = m_page->entryModel()->rowCount();

    child<QLineEdit>("entryCustomer")->setText(QStringLiteral("金桥物流"));
    typeValueAndEnter(QStringLiteral("1,234.56"));
    ASSERT_EQ(stored().size(), count + 1) << message().toStdString();
    EXPECT_EQ(m_page->entryModel()->rowCount(), rows + 1);
    const auto after = actuals();
    for (std::size_t r = 0; r < after.size(); ++r)
        EXPECT_EQ(after[r] - before[r], Amount(1234'56)) << "row " << r; // today lies in every period
    expectFiguresMatchTheFile();
    const ProgressEntry added = stored().back();
    EXPECT_EQ(added.customer, QStringLiteral("金桥物流"));
    EXPECT_EQ(added.region, m_east);
    EXPECT_EQ(added.date, QDate(2026, 11, 22));
    EXPECT_TRUE(child<QLineEdit>("entryValue")->text().isEmpty()); // ready for the next one
    EXPECT_TRUE(message().contains(QStringLiteral("1,234.56"))) << message().toStdString();

    // 5万 on yesterday: this week, month, quarter and year move; today does not.
    child<QDateEdit>("entryDate")->setDate(QDate(2026, 11, 21));
    typeValueAndEnter(QStringLiteral("5万"));
    const auto third = actuals();
    EXPECT_EQ(third[Fig::TodayRow], after[Fig::TodayRow]);
    EXPECT_EQ(third[Fig::WeekRow] - after[Fig::WeekRow], Amount(50'000'00));
    EXPECT_EQ(third[Fig::YearRow] - after[Fig::YearRow], Amount(50'000'00));
    expectFiguresMatchTheFile();

    // Undo takes it back out of the figures too.
    m_document.undoStack()->undo();
    EXPECT_EQ(actuals(), after);
    expectFiguresMatchTheFile();
}

TEST_F(MyProgressPageTest, BadValueIsRefusedAndNothingIsStored)
{
    const std::size_t count = stored().size();
    const auto before = actuals();
    for (const QString &bad : {QStringLiteral("12x"), QStringLiteral("1,23"), QStringLiteral("  ")}) {
        typeValueAndEnter(bad);
        EXPECT_TRUE(child<QLabel>("messageBar")->isVisible());
        EXPECT_TRUE(message().contains(QStringLiteral("Value"))) << message().toStdString();
        EXPECT_EQ(stored().size(), count);
        EXPECT_EQ(m_document.undoStack()->count(), 0);
    }
    EXPECT_EQ(actuals(), before);
    // A count takes no decimals.
    child<QComboBox>("entryMetric")->setCurrentIndex(child<QComboBox>("entryMetric")->findData(kVisits));
    typeValueAndEnter(QStringLiteral("2.5"));
    EXPECT_TRUE(message().contains(QStringLiteral("Value"))) << message().toStdString();
    EXPECT_EQ(stored().size(), count);
}

TEST_F(MyProgressPageTest, EditValueInTheTableUpdatesFiguresAndUndoes)
{
    const ProgressEntry e = firstSale();
    ASSERT_EQ(e.value, Amount(40'000'00));
    const auto before = actuals();
    typeIntoCell(proxyIndexOf(e.id, EntryTableModel::ValueColumn), QStringLiteral("45,000"));
    EXPECT_EQ(m_document.service().repository().entry(e.id).value, Amount(45'000'00)) << message().toStdString();
    EXPECT_EQ(actuals()[Fig::MonthRow] - before[Fig::MonthRow], Amount(5'000'00));
    expectFiguresMatchTheFile();
    typeIntoCell(proxyIndexOf(e.id, EntryTableModel::ValueColumn), QStringLiteral("oops"));
    EXPECT_TRUE(message().contains(QStringLiteral("Value"))) << message().toStdString();
    EXPECT_EQ(m_document.service().repository().entry(e.id).value, Amount(45'000'00));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.service().repository().entry(e.id).value, Amount(40'000'00));
    EXPECT_EQ(actuals(), before);
}

TEST_F(MyProgressPageTest, DeleteThenUndoAndRedo)
{
    const ProgressEntry e = firstSale();
    const auto before = actuals();
    QTableView *view = m_page->entriesView();
    view->setFocus();
    view->selectionModel()->select(proxyIndexOf(e.id, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_page->deleteAction()->trigger();
    EXPECT_EQ(stored().size(), 3u);
    EXPECT_EQ(m_page->entryModel()->rowOf(e.id), -1);
    EXPECT_EQ(before[Fig::MonthRow] - actuals()[Fig::MonthRow], e.value);
    m_document.undoStack()->undo();
    ASSERT_EQ(stored().size(), 4u);
    EXPECT_EQ(actuals(), before);
    expectFiguresMatchTheFile();
    m_document.undoStack()->redo();
    EXPECT_EQ(stored().size(), 3u);
    EXPECT_EQ(before[Fig::MonthRow] - actuals()[Fig::MonthRow], e.value);
    expectFiguresMatchTheFile();
}

TEST_F(MyProgressPageTest, FilterWidgetsNarrowTheTable)
{
    EntryFilterProxy *proxy = m_page->entryProxy();
    auto *count = child<QLabel>("entryCount");
    EXPECT_EQ(proxy->rowCount(), 4);
    EXPECT_EQ(count->text(), QStringLiteral("4 of 4 entries"));
    auto *metric = child<QComboBox>("filterMetric");
    metric->setCurrentIndex(metric->findData(kVisits));
    EXPECT_EQ(proxy->rowCount(), 2);
    EXPECT_EQ(count->text(), QStringLiteral("2 of 4 entries"));
    auto *period = child<QComboBox>("filterPeriod");
    period->setCurrentIndex(period->findData(int(PeriodKind::Month)));
    EXPECT_EQ(proxy->rowCount(), 1); // the visits of November
    metric->setCurrentIndex(0);
    EXPECT_EQ(proxy->rowCount(), 3);
    period->setCurrentIndex(period->findData(100)); // from … to …, starting from this month
    child<QDateEdit>("filterFrom")->setDate(QDate(2026, 11, 20));
    EXPECT_EQ(proxy->rowCount(), 2);
    period->setCurrentIndex(0);
    child<QLineEdit>("filterCustomer")->setText(QStringLiteral("宏达"));
    ASSERT_EQ(proxy->rowCount(), 1);
    EXPECT_EQ(proxy->index(0, EntryTableModel::CustomerColumn).data().toString(), QStringLiteral("宏达科技"));
}

TEST_F(MyProgressPageTest, SortingByValueIsNumeric)
{
    add(QDate(2026, 11, 22), kVisits, 100, {});
    auto *metric = child<QComboBox>("filterMetric");
    metric->setCurrentIndex(metric->findData(kVisits));
    m_page->entriesView()->horizontalHeader()->setSortIndicator(EntryTableModel::ValueColumn, Qt::AscendingOrder);
    EntryFilterProxy *proxy = m_page->entryProxy();
    ASSERT_EQ(proxy->rowCount(), 3);
    EXPECT_EQ(proxy->index(0, EntryTableModel::ValueColumn).data().toString(), QStringLiteral("9"));
    EXPECT_EQ(proxy->index(1, EntryTableModel::ValueColumn).data().toString(), QStringLiteral("25"));
    EXPECT_EQ(proxy->index(2, EntryTableModel::ValueColumn).data().toString(), QStringLiteral("100"));
}

TEST_F(MyProgressPageTest, RemembersWhoIAm)
{
    m_page->setPerson(m_other);
    EXPECT_EQ(QSettings().value(QLatin1String(MyProgressPage::kPersonKey)).toString(), QStringLiteral("销售部/二组/李四"));
    EXPECT_EQ(m_page->entryModel()->rowCount(), 1);
    EXPECT_EQ(child<QComboBox>("entryRegion")->currentData().toLongLong(), m_north);
    m_page.reset();
    MyProgressPage again(&m_document, &m_options);
    EXPECT_EQ(again.person(), m_other);
    EXPECT_EQ(again.figuresModel()->person(), m_other);
}


TEST_F(MyProgressPageTest, AHiddenPageReadsMyEntriesWhenShown)
{
    ASSERT_EQ(m_page->entryModel()->rowCount(), 4);
    const Amount month = actuals()[Fig::MonthRow];
    m_page->hide();
    ProgressEntry e;
    e.date = QDate(2026, 11, 19);
    e.metric = kSales;
    e.value = Amount(6'000'00);
    e.person = m_me;
    e.customer = QStringLiteral("华宇制造");
    m_document.changeEntries([&](PlanService &s) { s.importEntries({e}); }); // an import
    EXPECT_EQ(m_page->entryModel()->rowCount(), 0); // not read while hidden
    EXPECT_EQ(actuals()[Fig::MonthRow], month + Amount(6'000'00)); // the figures follow at once
    m_page->show();
    EXPECT_EQ(m_page->entryModel()->rowCount(), 5);
    EXPECT_EQ(child<QLabel>("entryCount")->text(), QStringLiteral("5 of 5 entries"));
}

TEST_F(MyProgressPageTest, InTenThousandsABareNumberIsTenThousands)
{
    m_options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_TRUE(child<QLabel>("figuresCaption")->text().contains(QStringLiteral("万元")));
    EXPECT_EQ(m_page->figuresModel()->index(Fig::YearRow, Fig::TargetColumn).data().toString(), QStringLiteral("120.00"));
    const auto before = actuals();
    typeValueAndEnter(QStringLiteral("1.5"));
    EXPECT_EQ(actuals()[Fig::TodayRow] - before[Fig::TodayRow], Amount(15'000'00)) << message().toStdString();
    typeValueAndEnter(QStringLiteral("2,000元")); // an explicit unit wins
    EXPECT_EQ(actuals()[Fig::TodayRow] - before[Fig::TodayRow], Amount(17'000'00)) << message().toStdString();
}

TEST_F(MyProgressPageTest, AnotherFileWithoutRepsShowsNothingAndRefusesEntries)
{
    QAbstractItemModelTester entriesTester(m_page->entryModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester figuresTester(m_page->figuresModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document.open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    EXPECT_EQ(m_page->person(), 0);
    EXPECT_EQ(m_page->entryModel()->rowCount(), 0);
    EXPECT_FALSE(m_page->figuresModel()->figures(Fig::YearRow));
    EXPECT_EQ(m_page->figuresModel()->index(Fig::YearRow, Fig::ActualColumn).data().toString(), QStringLiteral("\u2013"));
    typeValueAndEnter(QStringLiteral("100"));
    EXPECT_TRUE(message().startsWith(QStringLiteral("\u26A0 I am:"))) << message().toStdString();
    // Back to the first file: I am who I was.
    m_document.open(m_path);
    EXPECT_EQ(m_page->person(), m_me);
    EXPECT_EQ(m_page->entryModel()->rowCount(), 4);
    expectFiguresMatchTheFile();
}

TEST_F(MyProgressPageTest, DemoPlanPageFitsAt1280x800)
{
    m_page.reset();
    PlanDocument demo(fixedNow);
    demo.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true);
    MyProgressPage page(&demo, &m_options);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    ASSERT_NE(page.person(), 0);
    PersonFiguresModel *figures = page.figuresModel();
    ASSERT_TRUE(figures->figures(Fig::YearRow));
    EXPECT_GT(figures->figures(Fig::YearRow)->actual, Amount());
    EXPECT_GT(page.entryModel()->rowCount(), 100);
    // Nothing clipped: the figures need no scrolling and every column shows its widest text.
    QTableView *view = page.figuresView();
    EXPECT_FALSE(view->horizontalScrollBar()->isVisible());
    for (int c = 0; c < Fig::ColumnCount; ++c) {
        int widest = view->fontMetrics().horizontalAdvance(figures->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < Fig::RowCount; ++r)
            widest = std::max(widest, view->fontMetrics().horizontalAdvance(figures->index(r, c).data().toString()));
        EXPECT_GE(view->columnWidth(c), widest + 8) << "column " << c;
    }
    const QString out = QStringLiteral("/tmp/myprogress-en.png");
    EXPECT_TRUE(page.grab().save(out));
}

} // namespace
} // namespace st
