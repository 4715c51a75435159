// The tracking dashboard: its figures are the CLI's (one computation), entries update just the rows
// they touch, the lagging filter and warnings panel, drill-down totals equal the actual.
#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DashboardModel.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/DrillDownDialog.h"
#include "salestarget/gui/LaggingFilterProxy.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/gui/WarningsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
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

} // namespace
} // namespace st
