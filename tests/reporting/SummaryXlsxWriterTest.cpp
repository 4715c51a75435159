#include "salestarget/reporting/SummaryXlsxWriter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/reporting/ReportFormatter.h"

#include "reporting/SummaryReadBack.h"
#include "reporting/SummaryTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace st;
using namespace st::test;

namespace {

constexpr int kFirstRow = 5; // title, header line, note, period groups, column titles

class SummaryXlsxWriterTest : public ::testing::Test
{
protected:
    XlsxReadBack written(const WeeklySummary &s)
    {
        SummaryXlsxWriter::write(s, m_path);
        return XlsxReadBack(m_path);
    }

    /// The number in a cell, in minor units (the file holds major units).
    static std::int64_t minorOf(const QString &text, int decimals)
    {
        return std::llround(text.toDouble() * double(scaleOf(decimals)));
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("周报.xlsx"));
};

} // namespace

TEST_F(SummaryXlsxWriterTest, SheetPerDimensionThenLaggingAndDefinitions)
{
    const XlsxReadBack book = written(demoSummary({Dimension::Product, Dimension::Region, Dimension::Org}));
    EXPECT_EQ(book.sheetNames(), (QStringList{QStringLiteral("Product"), QStringLiteral("Region"),
                                              QStringLiteral("Organization"), QStringLiteral("Lagging"),
                                              QStringLiteral("Definitions")}));
}

TEST_F(SummaryXlsxWriterTest, NumbersAreTheReportsInEverySheet)
{
    const WeeklySummary s = demoSummary({Dimension::Product, Dimension::Region, Dimension::Org});
    const XlsxReadBack book = written(s);
    PlanService &service = TestPlan::demo().service;
    for (std::size_t i = 0; i < s.sections.size(); ++i) {
        const Dimension d = s.sections[i].dimension;
        const auto cells = book.cells(int(i));
        const auto week = service.report(d, kSalesMetric, s.week, s.asOf);
        const auto month = service.report(d, kSalesMetric, s.month, s.asOf);
        const auto quarter = service.report(d, kSalesMetric, s.quarter, s.asOf);
        int row = kFirstRow;
        for (const SummaryRow &summaryRow : s.sections[i].rows) {
            const std::string where = dimensionKey(d).toStdString() + " " + summaryRow.path.toStdString();
            EXPECT_EQ(cells.at({row, 0}), summaryRow.name) << where;
            EXPECT_EQ(cells.at({row, 20}), summaryRow.path) << where;
            if (const ReportRow *r = reportRow(*week, summaryRow.path)) {
                EXPECT_EQ(minorOf(cells.at({row, 1}), 2), r->figures.target.minor()) << where;
                EXPECT_EQ(minorOf(cells.at({row, 2}), 2), r->figures.actual.minor()) << where;
                if (r->figures.achievement)
                    EXPECT_NEAR(cells.at({row, 3}).toDouble(), *r->figures.achievement, 1e-12) << where;
                else
                    EXPECT_FALSE(cells.count({row, 3})) << where;
            }
            if (const ReportRow *r = reportRow(*month, summaryRow.path)) {
                EXPECT_EQ(minorOf(cells.at({row, 6}), 2), r->figures.target.minor()) << where;
                EXPECT_EQ(minorOf(cells.at({row, 7}), 2), r->figures.actual.minor()) << where;
                EXPECT_EQ(minorOf(cells.at({row, 9}), 2), r->figures.gap.minor()) << where;
                EXPECT_EQ(cells.at({row, 11}), statusSymbol(r->figures.status) + u' ' + statusLabel(r->figures.status));
            }
            if (const ReportRow *r = reportRow(*quarter, summaryRow.path)) {
                EXPECT_EQ(minorOf(cells.at({row, 12}), 2), r->figures.target.minor()) << where;
                EXPECT_EQ(minorOf(cells.at({row, 15}), 2), r->figures.gap.minor()) << where;
            }
            ++row;
        }
    }
}

TEST_F(SummaryXlsxWriterTest, HeaderBlockAndPeriodGroups)
{
    const XlsxReadBack book = written(demoSummary({Dimension::Org}));
    const auto cells = book.cells(0);
    EXPECT_EQ(cells.at({0, 0}), QStringLiteral("Weekly summary — 华信科技 · Organization"));
    const QString info = cells.at({1, 0});
    for (const char *part : {"Plan: 华信科技", "Metric: Sales amount (CNY)", "Week: 2026-W47 (2026-11-16 – 2026-11-22)",
                             "As of: 2026-11-22", "Generated at: 2026-11-23 08:00"})
        EXPECT_TRUE(info.contains(QString::fromUtf8(part))) << part;
    EXPECT_TRUE(cells.at({2, 0}).contains(QStringLiteral("Pace and status are those of the month to date")));
    EXPECT_EQ(cells.at({3, 1}), QStringLiteral("Week 2026-W47"));
    EXPECT_EQ(cells.at({3, 6}), QStringLiteral("Month 2026-11 to date"));
    EXPECT_EQ(cells.at({3, 12}), QStringLiteral("Quarter 2026-Q4 to date"));
    EXPECT_EQ(cells.at({3, 16}), QStringLiteral("Year 2026 to date"));
    EXPECT_EQ(cells.at({4, 0}), QStringLiteral("Node"));
    EXPECT_EQ(cells.at({4, 11}), QStringLiteral("Status"));
    const QString xml = book.sheetXml(0);
    EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"B4:F4\"/>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"G4:L4\"/>")));
}

TEST_F(SummaryXlsxWriterTest, FrozenHeaderAndPrintableOnA4LandscapeFitToWidth)
{
    const XlsxReadBack book = written(demoSummary({Dimension::Org}));
    const QString xml = book.sheetXml(0);
    EXPECT_TRUE(xml.contains(QStringLiteral("<pane xSplit=\"1\" ySplit=\"5\" topLeftCell=\"B6\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("state=\"frozen\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<pageSetUpPr fitToPage=\"1\"/>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>")));
    EXPECT_TRUE(book.part(QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("Organization!$4:$5")));
    // The lagging sheet is printable too.
    EXPECT_TRUE(book.sheetXml(1).contains(QStringLiteral("orientation=\"landscape\"")));
}

TEST_F(SummaryXlsxWriterTest, NumberFormatsStatusFillsAndIndents)
{
    const XlsxReadBack book = written(demoSummary({Dimension::Org}));
    const QString styles = book.part(QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("FFFFC7CE"))); // lagging red
    EXPECT_TRUE(styles.contains(QStringLiteral("FFC6EFCE"))); // on track green
    EXPECT_TRUE(styles.contains(QStringLiteral("FF2E75B6"))); // ahead blue
    EXPECT_TRUE(styles.contains(QStringLiteral("indent=\"3\""))); // reps sit three levels down
    // Status is text as well as colour.
    const auto cells = book.cells(0);
    bool lagging = false;
    for (const auto &[pos, text] : cells)
        lagging = lagging || (pos.second == 11 && text == QStringLiteral("▼ Lagging"));
    EXPECT_TRUE(lagging);
}

TEST_F(SummaryXlsxWriterTest, CountsHaveNoDecimals)
{
    const XlsxReadBack book = written(demoSummary({Dimension::Org}, kVisitsMetric));
    const QString styles = book.part(QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"#,##0\"")));
    EXPECT_FALSE(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
}

TEST_F(SummaryXlsxWriterTest, ColumnsAreWideEnoughForChineseNames)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const XlsxReadBack book = written(s);
    const auto m = QRegularExpression(QStringLiteral("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\""))
                       .match(book.sheetXml(0));
    ASSERT_TRUE(m.hasMatch());
    double widest = 0;
    for (const SummaryRow &r : s.sections.front().rows)
        widest = std::max(widest, double(ReportFormatter::displayWidth(r.name) + 2 * r.depth));
    EXPECT_GE(m.captured(1).toDouble(), widest);
}

TEST_F(SummaryXlsxWriterTest, LaggingSheetListsLaggingNodesLargestGapFirst)
{
    const WeeklySummary s = demoSummary({Dimension::Org, Dimension::Product});
    const XlsxReadBack book = written(s);
    const auto cells = book.cells(2);
    int row = kFirstRow;
    for (const SummarySection &section : s.sections) {
        for (const LaggingNode &node : section.lagging) {
            const SummaryRow &r = section.rows[std::size_t(node.row)];
            EXPECT_EQ(cells.at({row, 0}), dimensionName(section.dimension));
            EXPECT_EQ(cells.at({row, 1}), r.path);
            EXPECT_EQ(minorOf(cells.at({row, 4}), 2), r.month.gap.minor());
            ASSERT_TRUE(r.month.requiredDaily);
            EXPECT_EQ(minorOf(cells.at({row, 6}), 2), r.month.requiredDaily->minor());
            ++row;
        }
    }
    EXPECT_EQ(row - kFirstRow, s.laggingCount());
    EXPECT_FALSE(cells.count({row, 0}));
}

TEST_F(SummaryXlsxWriterTest, DefinitionsSheetHasTheMetricDefinition)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const auto cells = written(s).cells(2);
    EXPECT_EQ(cells.at({kFirstRow, 0}), s.metricInfo().name());
    EXPECT_EQ(cells.at({kFirstRow, 1}), s.metricInfo().definition());
}

TEST_F(SummaryXlsxWriterTest, EmptyPlanStillMakesAWorkbook)
{
    TestPlan plan;
    const WeeklySummary s = WeeklySummary::build(plan.service, {Dimension::Org}, kSalesMetric, 2026, 47, kDemoToday,
                                                 kGeneratedAt);
    const XlsxReadBack book = written(s);
    const auto cells = book.cells(1);
    EXPECT_EQ(cells.at({kFirstRow, 0}), QStringLiteral("No node is lagging."));
    EXPECT_EQ(book.cells(0).at({kFirstRow, 1}), QStringLiteral("0"));
}

TEST_F(SummaryXlsxWriterTest, ReplacesTheFileAtomicallyAndLeavesNoTemporaryFile)
{
    {
        QFile old(m_path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    written(demoSummary({Dimension::Org}));
    QFile f(m_path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("周报.xlsx")});

    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/x.xlsx"));
    EXPECT_THROW(SummaryXlsxWriter::write(demoSummary({Dimension::Org}), missing), DomainError);
    EXPECT_FALSE(QFile::exists(missing));
}

// --- corrective actions in the lagging sheet ------------------------------------------------------

namespace {

/// Attribute `name` of the element of `xml` that starts with `start` (empty when absent).
QString attributeOf(const QString &xml, const QString &start, const QString &name)
{
    const qsizetype at = xml.indexOf(start);
    if (at < 0)
        return {};
    const QString element = xml.mid(at, xml.indexOf(u'>', at) - at);
    const auto m = QRegularExpression(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name)).match(element);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

TEST_F(SummaryXlsxWriterTest, LaggingSheetHasAColumnPerActionFieldAndALinePerAction)
{
    ActionsPlan &p = ActionsPlan::get();
    const WeeklySummary s = p.summary();
    const XlsxReadBack book = written(s);
    ASSERT_EQ(book.sheetNames().value(1), QStringLiteral("Lagging"));
    const auto cells = book.cells(1);
    const QStringList titles{QStringLiteral("Corrective action"), QStringLiteral("Action owner"), QStringLiteral("Action due"),
                             QStringLiteral("Expected effect"), QStringLiteral("Action status"), QStringLiteral("Variance reason"),
                             QStringLiteral("Variance reason note")};
    for (int c = 0; c < titles.size(); ++c)
        EXPECT_EQ(cells.at({kFirstRow - 1, 8 + c}), titles[c]);
    EXPECT_EQ(cells.at({kFirstRow - 2, 8}), QStringLiteral("Corrective action (调整措施)")); // over the action's columns

    // Find the node's lines by its path (column B).
    int first = -1;
    int count = 0;
    QString path;
    for (const SummaryRow &r : s.sections.front().rows)
        path = r.id == p.withActions ? r.path : path;
    for (const auto &[pos, text] : cells) {
        if (pos.second == 1 && pos.first >= kFirstRow && text == path) {
            first = first < 0 ? pos.first : first;
            ++count;
        }
    }
    ASSERT_EQ(count, 2);
    const auto at = [&](int row, int col) { return cells.count({row, col}) ? cells.at({row, col}) : QString(); };
    EXPECT_FALSE(at(first, 4).isEmpty()); // the gap, on the first line
    EXPECT_TRUE(at(first + 1, 4).isEmpty());
    EXPECT_EQ(at(first, 8), kSalesAction);
    EXPECT_EQ(at(first, 9), QStringLiteral("张伟"));
    EXPECT_EQ(at(first, 10), QStringLiteral("2026-11-30"));
    EXPECT_EQ(at(first, 11), QStringLiteral("月底前追回 50 万元"));
    EXPECT_EQ(at(first, 12), QStringLiteral("Open"));
    EXPECT_EQ(at(first, 13), QStringLiteral("Internal"));
    EXPECT_EQ(at(first, 14), QStringLiteral("新人占比高，跟进不足"));
    EXPECT_EQ(at(first + 1, 8), kAllMetricsAction);
    EXPECT_EQ(at(first + 1, 12), QStringLiteral("Done"));
    EXPECT_EQ(at(first + 1, 13), QStringLiteral("External"));
    for (const auto &[pos, text] : cells)
        EXPECT_NE(text, kVisitsAction) << pos.first << "," << pos.second;

    // The node without actions says so.
    QString withoutPath;
    for (const SummaryRow &r : s.sections.front().rows)
        withoutPath = r.id == p.without ? r.path : withoutPath;
    bool said = false;
    for (const auto &[pos, text] : cells) {
        if (pos.second == 1 && text == withoutPath)
            said = at(pos.first, 8) == QStringLiteral("No corrective action yet");
    }
    EXPECT_TRUE(said);

    // The long Chinese texts wrap: the column is capped (CJK count two) and the row is taller.
    const QString xml = book.sheetXml(1);
    const double actionWidth = attributeOf(xml, QStringLiteral("<col min=\"9\" max=\"9\""), QStringLiteral("width")).toDouble();
    EXPECT_GE(actionWidth, 16.0);
    EXPECT_LE(actionWidth, 41.0);
    EXPECT_LT(actionWidth, ReportFormatter::displayWidth(kAllMetricsAction)); // so it must wrap
    const double ownerWidth = attributeOf(xml, QStringLiteral("<col min=\"10\" max=\"10\""), QStringLiteral("width")).toDouble();
    EXPECT_GE(ownerWidth, ReportFormatter::displayWidth(QStringLiteral("Action owner")));
    const QString secondLine = QStringLiteral("<row r=\"%1\"").arg(first + 2);
    EXPECT_GE(attributeOf(xml, secondLine, QStringLiteral("ht")).toDouble(), 30.0);
    EXPECT_EQ(attributeOf(xml, secondLine, QStringLiteral("customHeight")), QStringLiteral("1"));
    // …with a format that wraps its text.
    const int style = attributeOf(xml, QStringLiteral("<c r=\"I%1\"").arg(first + 2), QStringLiteral("s")).toInt();
    QXmlStreamReader styles(book.part(QStringLiteral("xl/styles.xml")).toUtf8());
    int xf = -1;
    bool inCellXfs = false;
    bool wraps = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && styles.isStartElement() && styles.name() == u"xf")
            ++xf;
        else if (inCellXfs && xf == style && styles.isStartElement() && styles.name() == u"alignment")
            wraps = styles.attributes().value(QStringLiteral("wrapText")) == u"1";
        else if (styles.isEndElement() && styles.name() == u"cellXfs")
            break;
    }
    EXPECT_TRUE(wraps) << style;
}
