// End-to-end tests of `salestarget-cli summary`: the weekly summary written by the real binary as
// a scheduled job would, then read back (CSV parsed, .xlsx unzipped, PDF through pdftotext) and
// compared with `report` for the same inputs. Every run passes --today; no wall clock.
#include "salestarget/domain/Amount.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/storage/SqliteRepository.h"

#include "reporting/SummaryReadBack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace st::test;

namespace {

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

/// The demo plan (today 2026-11-22), made once for all tests; the summary only reads it.
class CliSummaryTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("demo.db"));
        const CliResult r = run(s_db, {QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static CliResult run(const QString &db, QStringList args, const QString &today = QStringLiteral("2026-11-22"))
    {
        QProcess p;
        args.prepend(QStringLiteral("--today=") + today);
        args.prepend(QStringLiteral("--db=") + db);
        p.start(QStringLiteral(SALESTARGET_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    CliResult summary(QStringList args, const QString &today = QStringLiteral("2026-11-22"))
    {
        args.prepend(QStringLiteral("summary"));
        return run(s_db, args, today);
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }

    /// `report --format json` rows keyed by path.
    static std::map<QString, QJsonObject> report(const QString &dimension, const QString &period, const QString &asOf,
                                                 const QString &metric = QStringLiteral("sales"))
    {
        const CliResult r = run(s_db, {QStringLiteral("report"), QStringLiteral("--dimension"), dimension, QStringLiteral("--metric"),
                                 metric, QStringLiteral("--period"), period, QStringLiteral("--as-of"), asOf,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        std::map<QString, QJsonObject> rows;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            rows[v.toObject().value(QStringLiteral("path")).toString()] = v.toObject();
        return rows;
    }

    /// A JSON amount (major units) as the exact text people see: `1,234.50`.
    static QString shown(const QJsonValue &v, int decimals = 2)
    {
        return st::Amount(std::llround(v.toDouble() * std::pow(10.0, decimals))).toString(decimals);
    }
    /// A JSON amount as the CSV writes it: `1234.5`.
    static QString decimal(const QJsonValue &v, int decimals = 2)
    {
        return st::Amount(std::llround(v.toDouble() * std::pow(10.0, decimals))).toDecimalString(decimals);
    }

    static QTemporaryDir *s_dir;
    static QString s_db;
    QTemporaryDir m_dir;
};

QTemporaryDir *CliSummaryTest::s_dir = nullptr;
QString CliSummaryTest::s_db;

/// The node table of a CSV summary, keyed by the Path column.
std::map<QString, QStringList> csvTable(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    std::map<QString, QStringList> rows;
    bool inTable = false;
    for (const QStringList &r : parseCsv(QString::fromUtf8(f.readAll()))) {
        if (r.value(0) == u"Node" && r.value(1) == u"Path") {
            inTable = true;
        } else if (inTable && r.value(1).isEmpty()) {
            break;
        } else if (inTable) {
            rows[r.value(1)] = r;
        }
    }
    return rows;
}

} // namespace

TEST_F(CliSummaryTest, XlsxNumbersEqualTheReportInEverySheet)
{
    const CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("--out"), out(QStringLiteral("周报.xlsx"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("as of 2026-11-22"))) << r.out.toStdString();
    const XlsxReadBack book(out(QStringLiteral("周报.xlsx")));
    ASSERT_EQ(book.sheetNames().size(), 5); // all three dimensions by default, then Lagging and Definitions
    const QStringList dimensions{QStringLiteral("product"), QStringLiteral("region"), QStringLiteral("org")};
    for (int sheet = 0; sheet < 3; ++sheet) {
        const auto week = report(dimensions[sheet], QStringLiteral("2026-W47"), QStringLiteral("2026-11-22"));
        const auto month = report(dimensions[sheet], QStringLiteral("2026-11"), QStringLiteral("2026-11-22"));
        const auto year = report(dimensions[sheet], QStringLiteral("2026"), QStringLiteral("2026-11-22"));
        int checked = 0;
        for (const auto &[pos, text] : book.cells(sheet)) {
            if (pos.second != 20 || pos.first < 5)
                continue; // the Path column identifies the row
            const auto cells = book.cells(sheet);
            const auto value = [&](int col) { return std::llround(cells.at({pos.first, col}).toDouble() * 100); };
            // "(unassigned)" is listed when any period has such entries; where a period has none, 0.
            const auto minor = [&](const std::map<QString, QJsonObject> &rows, const char *key) {
                return rows.count(text) ? std::llround(rows.at(text)[QLatin1String(key)].toDouble() * 100) : 0LL;
            };
            EXPECT_EQ(value(1), minor(week, "target")) << text.toStdString();
            EXPECT_EQ(value(2), minor(week, "actual")) << text.toStdString();
            EXPECT_EQ(value(6), minor(month, "target")) << text.toStdString();
            EXPECT_EQ(value(7), minor(month, "actual")) << text.toStdString();
            EXPECT_EQ(value(9), minor(month, "gap")) << text.toStdString();
            if (month.count(text) && !month.at(text)[QStringLiteral("pace")].isNull()) {
                EXPECT_NEAR(cells.at({pos.first, 10}).toDouble(), month.at(text)[QStringLiteral("pace")].toDouble(), 1e-9);
            }
            EXPECT_EQ(value(16), minor(year, "target")) << text.toStdString();
            EXPECT_EQ(value(17), minor(year, "actual")) << text.toStdString();
            EXPECT_EQ(value(19), minor(year, "gap")) << text.toStdString();
            checked += week.count(text) ? 1 : 0;
        }
        EXPECT_EQ(checked, int(week.size())) << dimensions[sheet].toStdString();
    }
}

TEST_F(CliSummaryTest, CsvOfAWeekAcrossTwoMonthsAndTwoYearsEqualsTheReport)
{
    // 2026-W01 runs from 2025-12-29 to 2026-01-04.
    const QString file = out(QStringLiteral("w01.csv"));
    const CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W01"), QStringLiteral("--as-of"), QStringLiteral("2026-01-04"),
                           QStringLiteral("--out"), file}); // format from the file name, org by default
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const auto rows = csvTable(file);
    const auto week = report(QStringLiteral("org"), QStringLiteral("2026-W01"), QStringLiteral("2026-01-04"));
    const auto previous = report(QStringLiteral("org"), QStringLiteral("2025-W52"), QStringLiteral("2026-01-04"));
    const auto month = report(QStringLiteral("org"), QStringLiteral("2026-01"), QStringLiteral("2026-01-04"));
    const auto quarter = report(QStringLiteral("org"), QStringLiteral("2026-Q1"), QStringLiteral("2026-01-04"));
    const auto year = report(QStringLiteral("org"), QStringLiteral("2026"), QStringLiteral("2026-01-04"));
    ASSERT_EQ(rows.size(), week.size());
    for (const auto &[path, w] : week) {
        ASSERT_TRUE(rows.count(path)) << path.toStdString();
        const QStringList &f = rows.at(path);
        EXPECT_EQ(f.value(2), decimal(w[QStringLiteral("target")])) << path.toStdString();
        EXPECT_EQ(f.value(3), decimal(w[QStringLiteral("actual")])) << path.toStdString();
        const double change = w[QStringLiteral("actual")].toDouble() - previous.at(path)[QStringLiteral("actual")].toDouble();
        EXPECT_EQ(f.value(5), decimal(change)) << path.toStdString();
        EXPECT_EQ(f.value(7), decimal(month.at(path)[QStringLiteral("target")])) << path.toStdString();
        EXPECT_EQ(f.value(8), decimal(month.at(path)[QStringLiteral("actual")])) << path.toStdString();
        const std::map<QString, QString> labels{{QStringLiteral("lagging"), QStringLiteral("Lagging")},
                                                {QStringLiteral("on_track"), QStringLiteral("On track")},
                                                {QStringLiteral("ahead"), QStringLiteral("Ahead")},
                                                {QStringLiteral("not_started"), QStringLiteral("Not started")},
                                                {QStringLiteral("no_target"), QStringLiteral("No target")}};
        EXPECT_TRUE(f.value(12).endsWith(labels.at(month.at(path)[QStringLiteral("status")].toString()))) << path.toStdString();
        EXPECT_EQ(f.value(13), decimal(quarter.at(path)[QStringLiteral("target")])) << path.toStdString();
        EXPECT_EQ(f.value(18), decimal(year.at(path)[QStringLiteral("actual")])) << path.toStdString();
    }
    // The week straddles the years: it counts December, the month and year only January.
    const QStringList &root = rows.at(QStringLiteral("/"));
    EXPECT_GT(root.value(3).toDouble(), root.value(8).toDouble());
    EXPECT_EQ(root.value(8), root.value(18));
}

TEST_F(CliSummaryTest, PdfNumbersChineseHeadersAndPageNumbers)
{
    // The organization by default: its table does not fit under the charts and goes on.
    const QString file = out(QStringLiteral("周报.pdf"));
    const CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const int pages = pdfPageCount(file);
    ASSERT_GE(pages, 2);
    int continued = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(file, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Weekly summary — 华信科技"))) << page; // running header
        if (text.contains(QStringLiteral("Organization (continued)"))) {
            ++continued;
            // The table header again: period groups over column titles.
            EXPECT_TRUE(text.contains(QStringLiteral("Week 2026-W47"))) << page;
            EXPECT_TRUE(text.contains(QStringLiteral("Quarter 2026-Q4 to date"))) << page;
            EXPECT_TRUE(text.contains(QStringLiteral("Target"))) << page;
        }
    }
    EXPECT_GT(continued, 0);

    // Every node row of the org table carries the report's figures, in column order.
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Month 2026-11 to date — 华信科技: cumulative actual, expected and target")));
    EXPECT_TRUE(text.contains(QStringLiteral("Time elapsed")));
    const auto week = report(QStringLiteral("org"), QStringLiteral("2026-W47"), QStringLiteral("2026-11-22"));
    const auto month = report(QStringLiteral("org"), QStringLiteral("2026-11"), QStringLiteral("2026-11-22"));
    const auto quarter = report(QStringLiteral("org"), QStringLiteral("2026-Q4"), QStringLiteral("2026-11-22"));
    const auto year = report(QStringLiteral("org"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    const QStringList lines = text.split(u'\n');
    for (const auto &[path, w] : week) {
        const QString name = path == u"/" ? QStringLiteral("华信科技") : path.section(u'/', -1);
        const QStringList expected{shown(w[QStringLiteral("target")]), shown(w[QStringLiteral("actual")]),
                                   shown(month.at(path)[QStringLiteral("target")]), shown(month.at(path)[QStringLiteral("actual")]),
                                   shown(month.at(path)[QStringLiteral("gap")]), shown(quarter.at(path)[QStringLiteral("target")]),
                                   shown(year.at(path)[QStringLiteral("actual")]), shown(year.at(path)[QStringLiteral("gap")])};
        bool found = false;
        for (const QString &line : lines) {
            if (!line.trimmed().startsWith(name + u' '))
                continue;
            qsizetype at = 0;
            bool inOrder = true;
            for (const QString &number : expected) {
                at = line.indexOf(u' ' + number, at);
                if (at < 0) {
                    inOrder = false;
                    break;
                }
                at += number.size();
            }
            found = found || inOrder;
        }
        EXPECT_TRUE(found) << path.toStdString() << ": " << expected.join(u' ').toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Lagging nodes (month to date)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Definitions")));

    // The fonts are embedded, so Chinese shows on any machine.
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {file});
    fonts.waitForFinished(30000);
    const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n').mid(2);
    for (const QString &line : fontLines) {
        if (!line.trimmed().isEmpty()) {
            EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << line.toStdString();
        }
    }
}

TEST_F(CliSummaryTest, CsvHasChineseInUtf8WithBomAndTheDefaultAsOf)
{
    // Before Sunday the default as-of date is today.
    const QString file = out(QStringLiteral("w47.csv"));
    const CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"), file},
                          QStringLiteral("2026-11-19"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(QStringLiteral("销售部/华东一组/张伟").toUtf8()));
    EXPECT_TRUE(bytes.contains("As of,2026-11-19"));
    const auto rows = csvTable(file);
    const auto week = report(QStringLiteral("org"), QStringLiteral("2026-W47"), QStringLiteral("2026-11-19"));
    EXPECT_EQ(rows.at(QStringLiteral("/")).value(3), decimal(week.at(QStringLiteral("/"))[QStringLiteral("actual")]));
}

TEST_F(CliSummaryTest, EmptyWeekAndEmptyPlan)
{
    // A week that has not started: no actual anywhere, and the file is still complete.
    const QString file = out(QStringLiteral("w50.csv"));
    CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W50"), QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const auto &[path, fields] : csvTable(file)) {
        EXPECT_EQ(fields.value(3), QStringLiteral("0")) << path.toStdString();
        EXPECT_EQ(fields.value(5), QStringLiteral("0")) << path.toStdString();
    }

    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    ASSERT_EQ(run(empty, {QStringLiteral("init")}).code, 0);
    for (const char *name : {"empty.csv", "empty.xlsx", "empty.pdf"}) {
        const QString path = out(QString::fromLatin1(name));
        r = run(empty, {QStringLiteral("summary"), QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--out"), path});
        ASSERT_EQ(r.code, 0) << name << r.err.toStdString();
        EXPECT_TRUE(QFileInfo(path).size() > 0) << name;
    }
    QFile csv(out(QStringLiteral("empty.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("No node is lagging."));
    EXPECT_TRUE(pdfText(out(QStringLiteral("empty.pdf"))).contains(QStringLiteral("No node is lagging.")));
}

TEST_F(CliSummaryTest, BadOptionsAreRefusedAndNothingIsWritten)
{
    const QString file = out(QStringLiteral("x.csv"));
    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("--out"), file}, 2, "--week"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47")}, 2, "--out"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--format"), QStringLiteral("docx"),
          QStringLiteral("--out"), file}, 2, "--format"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--out"), out(QStringLiteral("x.txt"))}, 2, "--format"},
        {{QStringLiteral("--week"), QStringLiteral("2026-11"), QStringLiteral("--out"), file}, 1, "not an ISO week"},
        {{QStringLiteral("--week"), QStringLiteral("2025-W53"), QStringLiteral("--out"), file}, 1, "--week"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--dimension"), QStringLiteral("team"),
          QStringLiteral("--out"), file}, 1, "team"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--metric"), QStringLiteral("profit"),
          QStringLiteral("--out"), file}, 1, "profit"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--as-of"), QStringLiteral("22.11.2026"),
          QStringLiteral("--out"), file}, 1, "--as-of"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--colour"), QStringLiteral("red"),
          QStringLiteral("--out"), file}, 2, "colour"},
        {{QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--out"), out(QStringLiteral("no/dir/x.pdf"))}, 1,
         "no/dir/x.pdf"},
    };
    for (const Case &c : cases) {
        const CliResult r = summary(c.args);
        EXPECT_EQ(r.code, c.code) << c.args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.message))) << c.args.join(u' ').toStdString() << "\n"
                                                                  << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("salestarget-cli:"))) << r.err.toStdString();
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
}

TEST_F(CliSummaryTest, PdfOfAllDimensionsHasASectionEachAndNumberedPages)
{
    const QString file = out(QStringLiteral("all.pdf"));
    const CliResult r = summary({QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--dimension"), QStringLiteral("all"),
                                 QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const int pages = pdfPageCount(file);
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pdfText(file, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
    const QString text = pdfText(file);
    for (const char *heading : {"Product", "Region", "Organization", "by Product: achievement", "by Region: achievement"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_TRUE(text.contains(QStringLiteral("产品线A/智能终端")) || text.contains(QStringLiteral("智能终端")));
}

// --- corrective actions in the lagging list --------------------------------------------------------

using namespace st;

namespace {

const QString kSalesAction = QStringLiteral("加大重点客户拜访频次");
const QString kLongAction = QStringLiteral("联合渠道伙伴开展年末促销活动，覆盖长尾客户，并逐一跟进存量客户的续约与增购需求，每周五复盘进展");
const QString kLongEffect = QStringLiteral("预计本月追回销售额八十万元，下月起每周新增商机五个以上，季度末完成率回到百分之九十五");
const QString kVisitsAction = QStringLiteral("每周拜访二十家新客户");
constexpr int kFillerActions = 30; // enough lines for the lagging table to go on over a page

/// Paths of the lagging organization members the actions were recorded on.
struct ActionsDb {
    QString path;
    QString withActions; // a sales action (open), an all-metrics one (done), a visits one, and filler
    QString without;     // lagging too, without any action
};

CorrectiveAction action(NodeId node, MetricId metric, const QString &description, ActionStatus status)
{
    CorrectiveAction a;
    a.node = node;
    a.metric = metric;
    a.description = description;
    a.status = status;
    return a;
}

} // namespace

class CliSummaryActionsTest : public CliSummaryTest
{
protected:
    /// A demo plan of its own (the suite's one has no actions) with actions on lagging members,
    /// written through the library as the GUI would, then closed before the CLI reads it.
    ActionsDb actionsDb()
    {
        ActionsDb db;
        db.path = m_dir.filePath(QStringLiteral("actions.db"));
        const CliResult r = run(db.path, {QStringLiteral("init"), QStringLiteral("--demo")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        const auto repository = st::SqliteRepository::open(db.path);
        st::PlanService service(*repository, [] { return QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc()); },
                                QStringLiteral("tester"));
        service.load();
        const auto month = service.report(st::Dimension::Org, 1, st::Period::parse(QStringLiteral("2026-11")), QDate(2026, 11, 22));
        std::vector<const st::ReportRow *> lagging;
        for (const st::ReportRow &row : month->rows()) {
            if (row.figures.status == st::Status::Lagging && row.depth > 0 && !row.unassigned)
                lagging.push_back(&row);
        }
        EXPECT_GE(lagging.size(), 2u);
        if (lagging.size() < 2)
            return db;
        const NodeId node = lagging[0]->id;
        db.withActions = lagging[0]->path;
        db.without = lagging[1]->path;

        CorrectiveAction sales = action(node, 1, kSalesAction, ActionStatus::Open);
        sales.owner = QStringLiteral("张伟");
        sales.due = QDate(2026, 11, 30);
        sales.expectedEffect = QStringLiteral("月底前追回五十万元");
        sales.reasonCategory = ReasonCategory::Internal;
        sales.reasonNote = QStringLiteral("新人占比高，跟进不足");
        service.addAction(sales);
        CorrectiveAction all = action(node, 0, kLongAction, ActionStatus::Done);
        all.owner = QStringLiteral("李娜");
        all.due = QDate(2026, 11, 20);
        all.expectedEffect = kLongEffect;
        all.reasonCategory = ReasonCategory::External;
        all.reasonNote = QStringLiteral("主要竞争对手在华东区域降价百分之十，部分客户推迟采购决策");
        service.addAction(all);
        service.addAction(action(node, 4, kVisitsAction, ActionStatus::Open));
        for (int i = 1; i <= kFillerActions; ++i)
            service.addAction(action(node, 0, QStringLiteral("第%1项跟进措施：电话回访重点客户并更新商机阶段").arg(i), ActionStatus::Open));
        return db;
    }
};

TEST_F(CliSummaryActionsTest, PdfLaggingTableShowsActionsWrappedWithItsHeaderOnEveryPage)
{
    const ActionsDb db = actionsDb();
    ASSERT_FALSE(db.withActions.isEmpty());
    const QString file = out(QStringLiteral("措施.pdf"));
    const CliResult r = run(db.path, {QStringLiteral("summary"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                      QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // Every action text is there in full, however it wraps; the visits action is for another metric.
    const QString drawn = withoutSpace(pdfRawText(file));
    for (const QString &text : {kSalesAction, kLongAction, kLongEffect, QStringLiteral("张伟"), QStringLiteral("2026-11-30"),
                                QStringLiteral("月底前追回五十万元"), QStringLiteral("新人占比高，跟进不足"), QStringLiteral("李娜"),
                                QStringLiteral("主要竞争对手在华东区域降价百分之十，部分客户推迟采购决策"),
                                QStringLiteral("第%1项跟进措施：电话回访重点客户并更新商机阶段").arg(kFillerActions)})
        EXPECT_TRUE(drawn.contains(withoutSpace(text))) << text.toStdString();
    EXPECT_FALSE(drawn.contains(withoutSpace(kVisitsAction)));
    EXPECT_TRUE(drawn.contains(QStringLiteral("Nocorrectiveactionyet")));

    // The long texts wrap: no single line of the page holds them.
    const QString laidOut = pdfText(file);
    EXPECT_FALSE(laidOut.contains(kLongAction));
    EXPECT_TRUE(laidOut.contains(kLongAction.left(6))) << "the start of the long action is on one line";

    // The lagging table goes on over a page, its header (with the action's columns) repeated.
    int continued = 0;
    for (int page = 1; page <= pdfPageCount(file); ++page) {
        const QString text = pdfText(file, page);
        if (!text.contains(QStringLiteral("Lagging nodes (month to date) (continued)")))
            continue;
        ++continued;
        for (const char *title : {"Corrective action (调整措施)", "Owner", "Due", "Expected effect", "Reason note", "Month 2026-11 to date"})
            EXPECT_TRUE(text.contains(QString::fromUtf8(title))) << page << " " << title;
    }
    EXPECT_GT(continued, 0);
}

TEST_F(CliSummaryActionsTest, CsvAndXlsxCarryTheActionsOfTheMetricOnly)
{
    const ActionsDb db = actionsDb();
    ASSERT_FALSE(db.withActions.isEmpty());
    const QString csv = out(QStringLiteral("措施.csv"));
    const QString xlsx = out(QStringLiteral("措施.xlsx"));
    for (const QString &file : {csv, xlsx}) {
        const CliResult r = run(db.path, {QStringLiteral("summary"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                          QStringLiteral("--dimension"), QStringLiteral("org"), QStringLiteral("--out"), file});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    std::vector<QStringList> mine;
    QStringList without;
    for (const QStringList &rec : parseCsv(QString::fromUtf8(f.readAll()))) {
        if (rec.value(0) == u"Organization" && rec.value(1) == db.withActions)
            mine.push_back(rec);
        if (rec.value(0) == u"Organization" && rec.value(1) == db.without)
            without = rec;
    }
    ASSERT_EQ(mine.size(), std::size_t(2 + kFillerActions)); // not the visits action
    EXPECT_EQ(mine.front().mid(8, 7), (QStringList{kSalesAction, QStringLiteral("张伟"), QStringLiteral("2026-11-30"),
                                                   QStringLiteral("月底前追回五十万元"), QStringLiteral("Open"),
                                                   QStringLiteral("Internal"), QStringLiteral("新人占比高，跟进不足")}));
    EXPECT_EQ(mine.back().value(8), kLongAction); // done: last
    EXPECT_EQ(mine.back().value(12), QStringLiteral("Done"));
    EXPECT_EQ(mine.back().value(13), QStringLiteral("External"));
    EXPECT_EQ(without.value(8), QStringLiteral("No corrective action yet"));

    const XlsxReadBack book(xlsx);
    ASSERT_EQ(book.sheetNames().value(1), QStringLiteral("Lagging"));
    int lines = 0;
    for (const auto &[pos, text] : book.cells(1))
        lines += pos.second == 1 && text == db.withActions ? 1 : 0;
    EXPECT_EQ(lines, 2 + kFillerActions);
}
