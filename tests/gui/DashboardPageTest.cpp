// The tracking dashboard: its figures are the CLI's (one computation), entries update just the rows
// they touch, the lagging filter and warnings panel, drill-down totals equal the actual.
#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/ActionDialog.h"
#include "salestarget/gui/ActionsModel.h"
#include "salestarget/gui/DashboardModel.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/DrillDownDialog.h"
#include "salestarget/gui/LaggingFilterProxy.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetsPage.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/gui/WarningsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <cmath>

namespace st {
namespace {

const QDate kToday(2026, 11, 22);

QDateTime fixedClock() { return QDateTime(kToday, QTime(10, 0), Qt::UTC); }

class DashboardPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("plan.db"));
#ifdef SALESTARGET_CLI_PATH
        // The demo is written by the CLI so that both sides read the very same file.
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--demo")}).first, 0);
#else
        GTEST_SKIP() << "salestarget-cli not built";
#endif
        document.open(path);
        page = std::make_unique<DashboardPage>(&document, &options);
        page->resize(1280, 800);
        page->show();
    }

    std::pair<int, QByteArray> cli(QStringList args) const
    {
#ifdef SALESTARGET_CLI_PATH
        QProcess p;
        args.prepend(QStringLiteral("--today=2026-11-22"));
        args.prepend(QStringLiteral("--db=") + path);
        args.prepend(QStringLiteral("--user=tester"));
        p.start(QStringLiteral(SALESTARGET_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return {p.exitCode(), p.readAllStandardOutput()};
#else
        Q_UNUSED(args);
        return {-1, {}};
#endif
    }

    QJsonArray cliReport(const QString &dimension, const QString &metric, const QString &period, const QString &asOf) const
    {
        const auto [code, out] = cli({QStringLiteral("report"), QStringLiteral("--dimension"), dimension, QStringLiteral("--metric"),
                                      metric, QStringLiteral("--period"), period, QStringLiteral("--as-of"), asOf,
                                      QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(code, 0);
        return QJsonDocument::fromJson(out).array();
    }

    /// Every row of the dashboard model, depth-first as the CLI lists them.
    void collect(const QModelIndex &parent, std::vector<QModelIndex> &out) const
    {
        const DashboardModel *m = page->model();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            out.push_back(i);
            collect(i, out);
        }
    }

    void expectSameAsCli(Dimension d, const QString &dimKey, MetricId metric, const QString &period, QDate asOf)
    {
        const PlanSettings &settings = document.service().settings();
        page->setDimension(d);
        page->setMetric(metric);
        const Period p = Period::parse(period, settings.fiscalYearStartMonth);
        page->setPeriod(p.kind(), p.first());
        page->setAsOf(asOf);
        ASSERT_EQ(page->period(), p);
        const QJsonArray rows = cliReport(dimKey, Metric::byId(metric).key, period, asOf.toString(Qt::ISODate));
        std::vector<QModelIndex> indexes;
        collect({}, indexes);
        ASSERT_EQ(indexes.size(), std::size_t(rows.size())) << period.toStdString();
        const double scale = std::pow(10.0, Metric::byId(metric).decimals);
        const DashboardModel *m = page->model();
        for (std::size_t i = 0; i < indexes.size(); ++i) {
            const QJsonObject json = rows[qsizetype(i)].toObject();
            const int reportRow = m->reportRow(indexes[i]);
            const ReportRow &row = m->report()->rows()[std::size_t(reportRow)];
            SCOPED_TRACE(row.path.toStdString() + " " + period.toStdString());
            EXPECT_EQ(row.path, json[QStringLiteral("path")].toString());
            const auto raw = [&](int column) { return m->index(indexes[i].row(), column, indexes[i].parent()).data(RawValueRole); };
            EXPECT_EQ(raw(DashboardModel::Target).toLongLong(), std::llround(json[QStringLiteral("target")].toDouble() * scale));
            EXPECT_EQ(raw(DashboardModel::Actual).toLongLong(), std::llround(json[QStringLiteral("actual")].toDouble() * scale));
            EXPECT_EQ(raw(DashboardModel::Gap).toLongLong(), std::llround(json[QStringLiteral("gap")].toDouble() * scale));
            EXPECT_EQ(raw(DashboardModel::Expected).toLongLong(), std::llround(json[QStringLiteral("expected")].toDouble() * scale));
            const QJsonValue achievement = json[QStringLiteral("achievement")];
            if (achievement.isNull())
                EXPECT_FALSE(row.figures.achievement.has_value());
            else
                EXPECT_NEAR(raw(DashboardModel::Achievement).toDouble(), achievement.toDouble(), 1e-4);
            const QJsonValue pace = json[QStringLiteral("pace")];
            if (pace.isNull())
                EXPECT_FALSE(row.figures.pace.has_value());
            else
                EXPECT_NEAR(raw(DashboardModel::Pace).toDouble(), pace.toDouble(), 1e-4);
            EXPECT_EQ(statusKey(Status(raw(DashboardModel::Status).toInt())), json[QStringLiteral("status")].toString());
        }
    }

    QTemporaryDir dir;
    QString path;
    PlanDocument document{fixedClock};
    ViewOptions options;
    std::unique_ptr<DashboardPage> page;
};

TEST_F(DashboardPageTest, ModelPassesTheModelTester)
{
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester warningsTester(page->warnings(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->setDimension(Dimension::Product);
    page->setPeriod(PeriodKind::Quarter, kToday);
    page->setOnlyLagging(true);
    page->setOnlyLagging(false);
    ProgressEntry e;
    e.date = kToday;
    e.metric = 1;
    e.person = document.service().tree(Dimension::Org).resolve(QStringLiteral("销售部/华东一组/张伟"));
    e.value = Amount(12345600);
    document.addEntry(e);
    options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_GT(page->model()->rowCount(), 0);
}

TEST_F(DashboardPageTest, FiguresEqualTheCliReportJson)
{
    expectSameAsCli(Dimension::Org, QStringLiteral("org"), 1, QStringLiteral("2026"), kToday);
    expectSameAsCli(Dimension::Product, QStringLiteral("product"), 1, QStringLiteral("2026-Q4"), kToday);
    expectSameAsCli(Dimension::Region, QStringLiteral("region"), 2, QStringLiteral("2026-11"), QDate(2026, 11, 15));
    expectSameAsCli(Dimension::Org, QStringLiteral("org"), 4, QStringLiteral("2026-W47"), kToday);
    expectSameAsCli(Dimension::Product, QStringLiteral("product"), 1, QStringLiteral("2025"), QDate(2025, 12, 31));
}

TEST_F(DashboardPageTest, OneNewEntryChangesOnlyItsRowsWithoutAReset)
{
    page->setDimension(Dimension::Org);
    page->setPeriod(PeriodKind::Month, kToday);
    const Tree &org = document.service().tree(Dimension::Org);
    const NodeId person = org.resolve(QStringLiteral("销售部/华东一组/张伟"));
    ASSERT_NE(person, 0);
    const QModelIndex actual = page->model()->indexOfNode(person, DashboardModel::Actual);
    const qint64 before = actual.data(RawValueRole).toLongLong();
    const qint64 rootBefore = page->model()->indexOfNode(kRootId, DashboardModel::Actual).data(RawValueRole).toLongLong();
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(page->model(), &QAbstractItemModel::dataChanged);

    ProgressEntry e;
    e.date = kToday;
    e.metric = 1;
    e.person = person;
    e.value = Amount(500000); // 5,000.00
    document.addEntry(e);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 4); // the person, the team, the department, the company
    EXPECT_EQ(page->model()->indexOfNode(person, DashboardModel::Actual).data(RawValueRole).toLongLong(), before + 500000);
    EXPECT_EQ(page->model()->indexOfNode(kRootId, DashboardModel::Actual).data(RawValueRole).toLongLong(), rootBefore + 500000);

    // An entry of another metric changes nothing shown.
    e.metric = 4;
    e.value = Amount(3);
    document.addEntry(e);
    EXPECT_EQ(changes.count(), 4);
}

TEST_F(DashboardPageTest, OnlyLaggingKeepsLaggingMembersAndTheirAncestors)
{
    page->setDimension(Dimension::Org);
    page->setPeriod(PeriodKind::Year, kToday);
    page->setOnlyLagging(true);
    const LaggingFilterProxy *proxy = page->proxy();
    int lagging = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < proxy->rowCount(parent); ++r) {
            const QModelIndex i = proxy->index(r, 0, parent);
            const bool isLagging = i.data(StatusRole).toInt() == int(Status::Lagging);
            lagging += isLagging;
            if (!isLagging) {
                EXPECT_GT(proxy->rowCount(i), 0) << "a visible member that is not lagging must lead to one that is";
            }
            walk(i);
        }
    };
    walk({});
    int expected = 0;
    for (const ReportRow &row : page->model()->report()->rows())
        expected += row.figures.status == Status::Lagging;
    EXPECT_EQ(lagging, expected);
    EXPECT_EQ(page->warnings()->rowCount(), expected);
}

TEST_F(DashboardPageTest, WarningsAreLaggingMembersLargestGapFirst)
{
    page->setDimension(Dimension::Org);
    page->setPeriod(PeriodKind::Month, kToday);
    const WarningsModel *w = page->warnings();
    ASSERT_GT(w->rowCount(), 0) << "the demo has lagging reps";
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < w->rowCount(); ++r) {
        EXPECT_EQ(w->index(r, 0).data(StatusRole).toInt(), int(Status::Lagging));
        const qint64 gap = w->index(r, WarningsModel::Gap).data(RawValueRole).toLongLong();
        EXPECT_LE(gap, previous);
        previous = gap;
        EXPECT_TRUE(w->index(r, WarningsModel::Member).data().toString().contains(statusSymbol(Status::Lagging)));
    }
}

TEST_F(DashboardPageTest, DrillDownListsTheEntriesBehindTheActual)
{
    page->setDimension(Dimension::Product);
    page->setPeriod(PeriodKind::Quarter, kToday);
    const NodeId a = document.service().tree(Dimension::Product).resolve(QStringLiteral("产品线A"));
    ASSERT_NE(a, 0);
    DrillDownDialog *dialog = page->openDrillDown(a);
    ASSERT_NE(dialog, nullptr);
    const qint64 actual = page->model()->indexOfNode(a, DashboardModel::Actual).data(RawValueRole).toLongLong();
    EXPECT_GT(dialog->entries().size(), 0u);
    EXPECT_EQ(dialog->total().minor(), actual);
    dialog->close();
}

TEST_F(DashboardPageTest, PeriodNavigationAndDisplayUnit)
{
    page->setPeriod(PeriodKind::Month, kToday);
    EXPECT_EQ(page->period().toString(), QStringLiteral("2026-11"));
    const QString before = page->model()->indexOfNode(kRootId, DashboardModel::Target).data().toString();
    options.setDisplayUnit(DisplayUnit::TenThousand);
    const QString after = page->model()->indexOfNode(kRootId, DashboardModel::Target).data().toString();
    EXPECT_NE(before, after);
    page->setPeriod(PeriodKind::Week, QDate(2026, 12, 31));
    EXPECT_EQ(page->period().toString(), QStringLiteral("2026-W53"));
}

TEST_F(DashboardPageTest, CorrectiveActionsAreStoredListedInWarningsAndAudited)
{
    page->setDimension(Dimension::Org);
    page->setPeriod(PeriodKind::Month, kToday);
    const NodeId wang = document.service().tree(Dimension::Org).resolve(QStringLiteral("销售部/华东一组/王芳"));
    page->selectNode(wang);
    ASSERT_EQ(page->selectedNode(), wang);
    ASSERT_EQ(page->actionsModel()->rowCount(), 0);
    const int warningRow = [&] {
        for (int r = 0; r < page->warnings()->rowCount(); ++r)
            if (page->warnings()->nodeAt(r) == wang)
                return r;
        return -1;
    }();
    ASSERT_GE(warningRow, 0) << "王芳 lags in the demo";
    const QModelIndex actionsCell = page->warnings()->index(warningRow, WarningsModel::Actions);
    EXPECT_EQ(actionsCell.data().toString(), QStringLiteral("no corrective action yet"));

    // A blank description is refused and nothing is stored.
    CorrectiveAction blank;
    blank.node = wang;
    blank.metric = 1;
    QString error;
    EXPECT_FALSE(page->saveAction(blank, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(document.service().actions().empty());

    CorrectiveAction a;
    a.node = wang;
    a.metric = 1;
    a.description = QStringLiteral("加密重点客户拜访");
    a.owner = QStringLiteral("王芳");
    a.due = QDate(2026, 11, 30);
    a.expectedEffect = QStringLiteral("+30万");
    a.reasonCategory = ReasonCategory::External;
    a.reasonNote = QStringLiteral("竞品降价");
    ASSERT_TRUE(page->saveAction(a, &error)) << error.toStdString();
    ASSERT_EQ(page->actionsModel()->rowCount(), 1);
    EXPECT_EQ(page->actionsModel()->index(0, ActionsModel::Reason).data().toString(), QStringLiteral("External: 竞品降价"));
    const int row = [&] {
        for (int r = 0; r < page->warnings()->rowCount(); ++r)
            if (page->warnings()->nodeAt(r) == wang)
                return r;
        return -1;
    }();
    const QString listed = page->warnings()->index(row, WarningsModel::Actions).data().toString();
    EXPECT_TRUE(listed.contains(QStringLiteral("加密重点客户拜访"))) << listed.toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("竞品降价"))) << listed.toStdString();

    // An action for another metric is not listed under sales.
    CorrectiveAction visits = a;
    visits.metric = 4;
    visits.description = QStringLiteral("多拜访");
    ASSERT_TRUE(page->saveAction(visits));
    EXPECT_EQ(page->actionsModel()->rowCount(), 1);

    // Mark done through the stored value; reopen the file: everything is still there.
    CorrectiveAction done = page->actionsModel()->actionAt(0);
    done.status = ActionStatus::Done;
    ASSERT_TRUE(page->saveAction(done));
    EXPECT_EQ(page->actionsModel()->actionAt(0).status, ActionStatus::Done);
    const auto audit = document.service().repository().auditLog(10);
    EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [](const AuditRecord &r) { return r.newValue.contains(QStringLiteral("加密重点客户拜访")); }));
    document.open(path);
    page->setPeriod(PeriodKind::Month, kToday);
    page->selectNode(wang);
    ASSERT_EQ(page->actionsModel()->rowCount(), 1);
    EXPECT_EQ(page->actionsModel()->actionAt(0).status, ActionStatus::Done);
    EXPECT_TRUE(page->deleteAction(page->actionsModel()->actionAt(0).id));
    EXPECT_EQ(page->actionsModel()->rowCount(), 0);
}

TEST_F(DashboardPageTest, TheActionDialogKeepsWhatWasTypedWhenRefused)
{
    CorrectiveAction a;
    a.node = 5;
    ActionDialog dialog(a, QStringLiteral("王芳"), kToday);
    dialog.descriptionEdit()->setText(QStringLiteral("  电话回访  "));
    dialog.findChild<QLineEdit *>(QStringLiteral("owner"))->setText(QStringLiteral("李娜"));
    const CorrectiveAction typed = dialog.action();
    EXPECT_EQ(typed.description, QStringLiteral("电话回访"));
    EXPECT_EQ(typed.owner, QStringLiteral("李娜"));
    EXPECT_EQ(typed.node, 5);
    EXPECT_FALSE(typed.due.isValid());
    dialog.showError(QStringLiteral("refused"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("error"))->text(), QStringLiteral("refused"));
}

TEST_F(DashboardPageTest, APeriodReviewIsShownInTheNextPeriodAndInNextYearsPlanning)
{
    page->setDimension(Dimension::Product);
    const NodeId a = document.service().tree(Dimension::Product).resolve(QStringLiteral("产品线A"));
    page->setPeriod(PeriodKind::Quarter, QDate(2026, 8, 1));
    page->selectNode(a);
    page->reviewWorkedEdit()->setPlainText(QStringLiteral("大客户续约顺利"));
    page->reviewNotWorkedEdit()->setPlainText(QStringLiteral("新品铺货慢"));
    QString error;
    ASSERT_TRUE(page->saveReview(&error)) << error.toStdString();
    ASSERT_TRUE(document.service().review(a, 1, QStringLiteral("2026-Q3")).has_value());

    // The next quarter shows it as the previous period's review.
    page->setPeriod(PeriodKind::Quarter, QDate(2026, 11, 1));
    page->selectNode(a);
    const QString previous = page->findChild<QLabel *>(QStringLiteral("previousReview"))->text();
    EXPECT_TRUE(previous.contains(QStringLiteral("大客户续约顺利"))) << previous.toStdString();
    EXPECT_TRUE(page->reviewWorkedEdit()->toPlainText().isEmpty());

    // Planning 2027 shows the 2026 reviews of the member.
    ViewOptions targetOptions;
    TargetsPage targets(&document, &targetOptions);
    targets.setFiscalYear(2027);
    targets.setDimension(Dimension::Product);
    targets.setMetric(1);
    targets.selectNode(a);
    const auto *reviews = targets.findChild<QLabel *>(QStringLiteral("previousReviews"));
    ASSERT_NE(reviews, nullptr);
    EXPECT_TRUE(reviews->text().contains(QStringLiteral("新品铺货慢"))) << reviews->text().toStdString();
    targets.setFiscalYear(2026);
    EXPECT_FALSE(reviews->text().contains(QStringLiteral("新品铺货慢")));
}

} // namespace
} // namespace st
