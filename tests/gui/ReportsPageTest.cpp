// ReportsPage over the demo plan: the preview shows exactly the figures of st::Report for the same
// week and as-of date, exports write whole files (or nothing, with the reason), and printing works.
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ReportsPage.h"
#include "salestarget/reporting/SummaryPdfWriter.h"
#include "salestarget/gui/SummaryPreviewModel.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/reporting/WeeklySummary.h"

#include "reporting/SummaryReadBack.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace st {
namespace {

const MetricId kSales = 1;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()); // a Friday of 2026-W47
}

class ReportsPageTest : public ::testing::Test
{
protected:
    // The demo plan takes a while to generate: one file for the whole suite (no test writes to it).
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_document = new PlanDocument(fixedNow);
        s_document->open(s_dir->filePath(QStringLiteral("demo.sqlite")), true);
    }
    static void TearDownTestSuite()
    {
        delete s_document;
        delete s_dir;
        s_document = nullptr;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_document->isOpen());
        page = std::make_unique<ReportsPage>(s_document, &options);
        page->resize(1280, 800);
        page->show();
        QCoreApplication::processEvents();
    }

    PlanService &service() { return s_document->service(); }

    /// The report row of `node` in `report`.
    static const Figures &figures(const Report &report, NodeId node)
    {
        const int i = report.rowOf(node);
        EXPECT_GE(i, 0);
        return report.rows()[std::size_t(std::max(i, 0))].figures;
    }
    qint64 raw(int row, int column) const
    {
        return page->model()->index(row, column).data(RawValueRole).toLongLong();
    }
    double ratio(int row, int column) const
    {
        return page->model()->index(row, column).data(RawValueRole).toDouble();
    }
    QString shown(int row, int column) const
    {
        return page->model()->index(row, column).data().toString();
    }

    static QTemporaryDir *s_dir;
    static PlanDocument *s_document;
    ViewOptions options;
    std::unique_ptr<ReportsPage> page;
};

QTemporaryDir *ReportsPageTest::s_dir = nullptr;
PlanDocument *ReportsPageTest::s_document = nullptr;

TEST_F(ReportsPageTest, DefaultsToTheWeekOfToday)
{
    EXPECT_EQ(page->week(), Period::week(2026, 47));
    EXPECT_EQ(page->asOf(), QDate(2026, 11, 20)); // today, before the week's Sunday
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("weekDatesLabel"))->text(),
              QStringLiteral("2026-11-16 – 2026-11-22"));
    page->setWeek(2026, 40);
    EXPECT_EQ(page->asOf(), QDate(2026, 10, 4)); // a past week: its Sunday
    page->findChild<QToolButton *>(QStringLiteral("nextWeekButton"))->click();
    EXPECT_EQ(page->week(), Period::week(2026, 41));
    page->setWeek(2025, 53); // 2025 has 52 ISO weeks: ignored
    EXPECT_EQ(page->week(), Period::week(2026, 41));
    page->setWeek(2026, 1);
    page->findChild<QToolButton *>(QStringLiteral("previousWeekButton"))->click();
    EXPECT_EQ(page->week(), Period::week(2025, 52));
}

TEST_F(ReportsPageTest, PreviewEqualsTheReportFigures)
{
    page->setDimension(Dimension::Org);
    page->setMetric(kSales);
    page->setWeek(2026, 46);
    page->setAsOf(QDate(2026, 11, 13)); // the Friday: month, quarter and year to date
    page->refresh();
    SummaryPreviewModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QDate asOf(2026, 11, 13);
    const int startMonth = service().settings().fiscalYearStartMonth;
    const auto week = service().report(Dimension::Org, kSales, Period::week(2026, 46), asOf);
    const auto previous = service().report(Dimension::Org, kSales, Period::week(2026, 45), asOf);
    const auto month = service().report(Dimension::Org, kSales, Period::containing(PeriodKind::Month, asOf, startMonth), asOf);
    const auto quarter =
        service().report(Dimension::Org, kSales, Period::containing(PeriodKind::Quarter, asOf, startMonth), asOf);
    const auto year = service().report(Dimension::Org, kSales, Period::containing(PeriodKind::Year, asOf, startMonth), asOf);

    // Every node of the tree, in tree order.
    const Tree &tree = service().tree(Dimension::Org);
    ASSERT_EQ(model->rowCount(), tree.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const NodeId id = model->index(row, 0).data(NodeIdRole).toLongLong();
        ASSERT_EQ(id, tree.preorder()[std::size_t(row)]) << row;
        EXPECT_EQ(model->index(row, 0).data(SummaryPreviewModel::DepthRole).toInt(), tree.depth(id));
        const Figures &w = figures(*week, id);
        EXPECT_EQ(raw(row, 1), w.target.minor()) << row;
        EXPECT_EQ(raw(row, 2), w.actual.minor()) << row;
        if (w.achievement) {
            EXPECT_DOUBLE_EQ(ratio(row, 3), *w.achievement) << row;
        }
        EXPECT_EQ(raw(row, 4), (w.actual - figures(*previous, id).actual).minor()) << row;
        const Figures &m = figures(*month, id);
        EXPECT_EQ(raw(row, 6), m.target.minor()) << row;
        EXPECT_EQ(raw(row, 7), m.actual.minor()) << row;
        EXPECT_EQ(raw(row, 9), m.gap.minor()) << row;
        if (m.pace) {
            EXPECT_DOUBLE_EQ(ratio(row, 10), *m.pace) << row;
        }
        EXPECT_EQ(model->index(row, 11).data(StatusRole).toInt(), int(m.status)) << row;
        EXPECT_EQ(shown(row, 11), DisplayFormat::statusText(m.status)) << row;
        EXPECT_EQ(raw(row, 12), figures(*quarter, id).target.minor()) << row;
        EXPECT_EQ(raw(row, 13), figures(*quarter, id).actual.minor()) << row;
        EXPECT_EQ(raw(row, 15), figures(*quarter, id).gap.minor()) << row;
        EXPECT_EQ(raw(row, 16), figures(*year, id).target.minor()) << row;
        EXPECT_EQ(raw(row, 17), figures(*year, id).actual.minor()) << row;
        EXPECT_EQ(raw(row, 19), figures(*year, id).gap.minor()) << row;
    }
    // Shown with thousands separators, right-aligned; the status as text and colour.
    const Metric &sales = Metric::byId(kSales);
    const Figures &root = figures(*month, kRootId);
    EXPECT_EQ(shown(0, 6), DisplayFormat::amount(root.target, sales, DisplayUnit::Yuan));
    EXPECT_TRUE(shown(0, 6).contains(u',')) << shown(0, 6).toStdString();
    EXPECT_EQ(model->index(0, 6).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
              Qt::AlignRight);
    EXPECT_EQ(model->index(0, 11).data(Qt::ForegroundRole).value<QColor>(), DisplayFormat::statusColor(root.status));
    EXPECT_TRUE(shown(0, 11).contains(statusLabel(root.status)));
    // Names are indented by level.
    const int leaf = model->rowOf(tree.preorder().back());
    EXPECT_TRUE(shown(leaf, 0).startsWith(QString(tree.depth(tree.preorder().back()) * 4, QChar(0x00A0))));
    // Some rep is lagging in the demo: the colour is not the only signal.
    bool anyLagging = false;
    for (int row = 0; row < model->rowCount(); ++row)
        anyLagging = anyLagging || model->index(row, 11).data(StatusRole).toInt() == int(Status::Lagging);
    EXPECT_TRUE(anyLagging);

    // 万元: a small edit of every amount cell, not a reset.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    options.setDisplayUnit(DisplayUnit::TenThousand);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(shown(0, 6), DisplayFormat::amount(root.target, sales, DisplayUnit::TenThousand));
}

TEST_F(ReportsPageTest, OtherDimensionAndMetric)
{
    page->setDimension(Dimension::Product);
    page->setMetric(4); // visits: a count
    page->refresh();
    const QDate asOf = page->asOf();
    const auto week = service().report(Dimension::Product, 4, page->week(), asOf);
    ASSERT_EQ(page->model()->rowCount(), service().tree(Dimension::Product).size() + (week->rowOf(0) >= 0 ? 1 : 0));
    EXPECT_EQ(raw(0, 2), figures(*week, kRootId).actual.minor());
    EXPECT_FALSE(shown(0, 2).contains(u'.')); // counts have no decimals
}

TEST_F(ReportsPageTest, ExportsEveryFormat)
{
    QTemporaryDir out;
    for (const char *name : {"week.csv", "week.xlsx", "week.pdf"}) {
        const QString path = out.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(page->exportTo(path)) << name << ": " << page->lastError().toStdString();
        EXPECT_TRUE(page->lastError().isEmpty());
        EXPECT_GT(QFileInfo(path).size(), 1000) << name;
    }
    QFile csv(out.filePath(QStringLiteral("week.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("2026-W47"))) << text.left(400).toStdString();
    // Only the three files: no temporary file left beside them.
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 3);

    page->setAllDimensions(true);
    const QString all = out.filePath(QStringLiteral("all.xlsx"));
    ASSERT_TRUE(page->exportTo(all)) << page->lastError().toStdString();
    EXPECT_GT(QFileInfo(all).size(), QFileInfo(out.filePath(QStringLiteral("week.xlsx"))).size());
}

TEST_F(ReportsPageTest, FailedExportLeavesNoFileAndSaysWhy)
{
    QTemporaryDir out;
    // A folder that cannot be created (its parent is a file) and one that does not exist.
    QFile blocker(out.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString &path : {out.filePath(QStringLiteral("blocker/week.csv")), out.filePath(QStringLiteral("blocker/week.xlsx")),
                                out.filePath(QStringLiteral("missing/week.pdf"))}) {
        EXPECT_FALSE(page->exportTo(path)) << path.toStdString();
        EXPECT_TRUE(page->lastError().contains(QDir::toNativeSeparators(path))) << page->lastError().toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
        EXPECT_FALSE(page->findChild<QLabel *>(QStringLiteral("messageBar"))->isHidden());
    }
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("blocker")});
    EXPECT_FALSE(page->exportTo(out.filePath(QStringLiteral("week.txt"))));
    EXPECT_TRUE(page->lastError().contains(QStringLiteral(".xlsx")));

}

TEST_F(ReportsPageTest, PrintsThroughQPrinter)
{
    QTemporaryDir out;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Landscape);
    const QString path = out.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    ASSERT_TRUE(page->printTo(printer)) << page->lastError().toStdString();
    EXPECT_GT(QFileInfo(path).size(), 1000);
    QFile::remove(QStringLiteral("/tmp/reports-print.pdf"));
    QFile::copy(path, QStringLiteral("/tmp/reports-print.pdf"));
}

TEST_F(ReportsPageTest, PdfReportsEachPageDoneInOrder)
{
    // What drives the export's and the printout's progress dialog.
    QTemporaryDir out;
    const auto summary = page->summary();
    ASSERT_TRUE(summary);
    std::vector<std::pair<int, int>> done;
    const QString path = out.filePath(QStringLiteral("week.pdf"));
    SummaryPdfWriter::write(*summary, path, [&done](int pageNumber, int count) { done.emplace_back(pageNumber, count); });
    ASSERT_FALSE(done.empty());
    const int count = done.front().second;
    ASSERT_EQ(int(done.size()), count);
    for (int i = 0; i < count; ++i)
        EXPECT_EQ(done[std::size_t(i)], std::make_pair(i + 1, count));
    EXPECT_TRUE(test::pdfRawText(path).contains(QStringLiteral("Page %1 of %1").arg(count)));
}

TEST_F(ReportsPageTest, AHiddenPageRebuildsWhenShown)
{
    const auto before = page->summary();
    ASSERT_TRUE(before);
    page->hide();
    Q_EMIT s_document->entriesChanged(); // as after an import
    QCoreApplication::processEvents();
    EXPECT_EQ(page->summary(), before);
    page->show();
    QCoreApplication::processEvents();
    EXPECT_NE(page->summary(), before);
    // Changing the metric rebuilds on the next turn of the event loop.
    const auto shown = page->summary();
    page->setMetric(2);
    QCoreApplication::processEvents();
    ASSERT_NE(page->summary(), shown);
    EXPECT_EQ(page->summary()->metric, 2);
}

TEST_F(ReportsPageTest, Look)
{
    page->setDimension(Dimension::Org);
    page->refresh();
    QCoreApplication::processEvents();
    EXPECT_TRUE(page->grab().save(QStringLiteral("/tmp/reports-page.png")));
}

// --- corrective actions of the lagging nodes -------------------------------------------------------

/// A demo plan of its own (the suite's one is only read) with corrective actions on lagging members.
class ReportsPageActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.open(dir.filePath(QStringLiteral("actions.sqlite")), true);
        ASSERT_TRUE(document.isOpen());
        page = std::make_unique<ReportsPage>(&document, &options);
        page->refresh();
        const auto summary = page->summary();
        ASSERT_TRUE(summary);
        const SummarySection &org = summary->sections.front();
        std::vector<NodeId> lagging;
        for (const LaggingNode &n : org.lagging) {
            const SummaryRow &row = org.rows[std::size_t(n.row)];
            if (row.depth > 0 && !row.unassigned)
                lagging.push_back(row.id);
        }
        ASSERT_GE(lagging.size(), 2u);
        withActions = lagging[0];
        without = lagging[1];
        CorrectiveAction sales;
        sales.node = withActions;
        sales.metric = kSales;
        sales.description = QStringLiteral("加大重点客户拜访频次，每周复盘商机推进情况并调整资源投入");
        sales.owner = QStringLiteral("张伟");
        sales.due = QDate(2026, 11, 30);
        sales.expectedEffect = QStringLiteral("月底前追回五十万元");
        sales.reasonCategory = ReasonCategory::Internal;
        sales.reasonNote = QStringLiteral("新人占比高，跟进不足");
        document.service().addAction(sales);
        CorrectiveAction visits = sales;
        visits.metric = 4;
        visits.description = QStringLiteral("每周拜访二十家新客户");
        document.service().addAction(visits);
        page->refresh();
    }

    QTemporaryDir dir;
    PlanDocument document{fixedNow};
    ViewOptions options;
    std::unique_ptr<ReportsPage> page;
    NodeId withActions = 0;
    NodeId without = 0;
};

TEST_F(ReportsPageActionsTest, PrintoutListsEachLaggingNodesActions)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Landscape);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    ASSERT_TRUE(page->printTo(printer)) << page->lastError().toStdString();
    const QString drawn = test::withoutSpace(test::pdfRawText(path));
    // The printout is the PDF export's document: the lagging table has a column per field of
    // the action (action, owner, due, expected effect, status, reason, reason note).
    for (const QString &text : {QStringLiteral("加大重点客户拜访频次，每周复盘商机推进情况并调整资源投入张伟2026-11-30月底前追回五十万元"
                                               "OpenInternal新人占比高，跟进不足"),
                                QStringLiteral("Nocorrectiveactionyet")})
        EXPECT_TRUE(drawn.contains(text)) << text.toStdString();
    EXPECT_FALSE(drawn.contains(QStringLiteral("每周拜访二十家新客户"))); // another metric's
}

TEST_F(ReportsPageActionsTest, LaggingStatusToolTipListsTheActions)
{
    SummaryPreviewModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    constexpr int kStatusColumn = 11;
    const QString tip = model->index(model->rowOf(withActions), kStatusColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Corrective actions:"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("[Open] 加大重点客户拜访频次"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Internal — 新人占比高，跟进不足"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("每周拜访二十家新客户")));
    EXPECT_TRUE(model->index(model->rowOf(without), kStatusColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("No corrective action yet")));
    // A row that is not lagging has no such tooltip.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, kStatusColumn).data(StatusRole).toInt() != int(Status::Lagging)) {
            EXPECT_FALSE(model->index(row, kStatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Corrective")));
        }
    }
}

} // namespace
} // namespace st
