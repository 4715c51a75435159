// ProgressImporter: column guessing, date formats, name resolution and row validation of CRM/ERP
// exports; nothing is written by the importer, so these tests only look at what it returns.
#include "salestarget/domain/PlanService.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace st {
namespace {

class ProgressImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        service.load();
        home = service.ensurePath(Dimension::Region, QStringLiteral("华东/上海"));
        zhang = service.ensurePath(Dimension::Org, QStringLiteral("销售部/一组/张伟"), true, home);
        li = service.ensurePath(Dimension::Org, QStringLiteral("销售部/一组/李娜"), true);
        service.ensurePath(Dimension::Org, QStringLiteral("销售部/二组/李娜"), true); // a second 李娜
        phone = service.ensurePath(Dimension::Product, QStringLiteral("产品线A/智能终端"));
    }

    ImportReading read(const QByteArray &csv) { return ProgressImporter(service).read(csv); }

    std::unique_ptr<SqliteRepository> repo = SqliteRepository::open(QStringLiteral(":memory:"));
    PlanService service{*repo, [] { return QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC); }, QStringLiteral("t")};
    NodeId home = 0, zhang = 0, li = 0, phone = 0;
};

TEST_F(ProgressImporterTest, GuessesEnglishAndChineseHeaders)
{
    const ImportMapping zh = ProgressImporter::guessMapping(
        {QStringLiteral("日期"), QStringLiteral("销售代表"), QStringLiteral("金额"), QStringLiteral("客户"),
         QStringLiteral("产品"), QStringLiteral("区域"), QStringLiteral("单号"), QStringLiteral("备注"), QStringLiteral("指标")});
    EXPECT_EQ(zh.date, 0);
    EXPECT_EQ(zh.person, 1);
    EXPECT_EQ(zh.value, 2);
    EXPECT_EQ(zh.customer, 3);
    EXPECT_EQ(zh.product, 4);
    EXPECT_EQ(zh.region, 5);
    EXPECT_EQ(zh.ref, 6);
    EXPECT_EQ(zh.note, 7);
    EXPECT_EQ(zh.metric, 8);
    const ImportMapping en = ProgressImporter::guessMapping(
        {QStringLiteral(" Amount "), QStringLiteral("Date"), QStringLiteral("Sales Rep"), QStringLiteral("Metric")});
    EXPECT_EQ(en.value, 0);
    EXPECT_EQ(en.date, 1);
    EXPECT_EQ(en.person, 2);
    EXPECT_EQ(en.metric, 3);
    EXPECT_EQ(en.ref, -1);
}

struct DateCase {
    const char *text;
    QDate expected;
};

class ParseDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateTest, Parses)
{
    EXPECT_EQ(ProgressImporter::parseDate(QByteArrayView(GetParam().text)), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Formats, ParseDateTest, ::testing::Values(
    DateCase{"2026-11-22", QDate(2026, 11, 22)}, DateCase{"2026/11/22", QDate(2026, 11, 22)},
    DateCase{"2026.1.5", QDate(2026, 1, 5)}, DateCase{"2026年11月22日", QDate(2026, 11, 22)},
    DateCase{"11/22/2026", QDate(2026, 11, 22)}, DateCase{"22/11/2026", QDate(2026, 11, 22)},
    DateCase{"20261122", QDate(2026, 11, 22)}, DateCase{"2026-11-22 10:30:00", QDate(2026, 11, 22)},
    DateCase{"2026-11-22T10:30", QDate(2026, 11, 22)}, DateCase{" 2026-11-22 ", QDate(2026, 11, 22)},
    DateCase{"2026-1O-02", QDate()}, DateCase{"2026-13-02", QDate()}, DateCase{"2026-02-30", QDate()},
    DateCase{"yesterday", QDate()}, DateCase{"", QDate()}, DateCase{"2026-11", QDate()},
    DateCase{"2026-11-22x", QDate()}));

TEST_F(ProgressImporterTest, ReadsValidRowsWithNamesPathsAndUnits)
{
    const ImportReading r = read("date,person,metric,value,product,customer,ref,note\n"
                                 "2026-11-02,张伟,sales,\"1,234.56\",智能终端,上海宏达,A1,first\n"
                                 "2026/11/03,销售部/一组/张伟,销售额,5000万,产品线A/智能终端,,A2,\n"
                                 "2026年11月04日,张伟,visits,3,,,,\n");
    ASSERT_TRUE(r.ok()) << r.issues.front().toString().toStdString();
    ASSERT_EQ(r.entries.size(), 3u);
    EXPECT_EQ(r.rows, 3);
    EXPECT_EQ(r.entries[0].person, zhang);
    EXPECT_EQ(r.entries[0].product, phone);
    EXPECT_EQ(r.entries[0].value, Amount(123456));
    EXPECT_EQ(r.entries[0].customer, QStringLiteral("上海宏达"));
    EXPECT_EQ(r.entries[0].ref, QStringLiteral("A1"));
    EXPECT_EQ(r.entries[1].value, Amount(5000'0000'00LL));
    EXPECT_EQ(r.entries[1].date, QDate(2026, 11, 3));
    EXPECT_EQ(r.entries[2].metric, Metric::byKey(QStringLiteral("visits")).id);
    EXPECT_EQ(r.entries[2].value, Amount(3));
    EXPECT_EQ(r.entries[2].region, 0); // the default region is applied when storing, not here
}

TEST_F(ProgressImporterTest, ListsEveryBadRowWithLineAndColumn)
{
    const ImportReading r = read("日期,销售代表,指标,金额,单号,产品\n"
                                 "2026-11-02,张伟,sales,10,A1,\n"     // good
                                 "2026-13-02,张伟,sales,10,A2,\n"     // bad date
                                 "2026-11-03,王五,sales,10,A3,\n"     // unknown rep
                                 "2026-11-03,李娜,sales,10,A4,\n"     // ambiguous rep
                                 "2026-11-04,张伟,销量,10,A5,\n"      // unknown metric
                                 "2026-11-04,张伟,visits,1.5,A6,\n"   // a count with decimals
                                 "2026-11-04,张伟,sales,10,A1,\n"     // duplicate reference
                                 "2026-11-04,张伟,sales,10,A8,手机\n"); // unknown product
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.entries.size(), 1u);
    std::vector<qsizetype> lines;
    for (const ImportIssue &i : r.issues)
        lines.push_back(i.line);
    EXPECT_EQ(lines, (std::vector<qsizetype>{3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(r.issues[0].column, QStringLiteral("日期"));
    EXPECT_EQ(r.issues[1].column, QStringLiteral("销售代表"));
    EXPECT_TRUE(r.issues[2].message.contains(QStringLiteral("一组/李娜"))) << r.issues[2].message.toStdString();
    EXPECT_EQ(r.issues[4].column, QStringLiteral("金额"));
    EXPECT_TRUE(r.issues[5].message.contains(QStringLiteral("line 2"))) << r.issues[5].message.toStdString();
    EXPECT_EQ(r.unknownPeople, QStringList{QStringLiteral("王五")});
    EXPECT_EQ(r.unknownProducts, QStringList{QStringLiteral("手机")});
    EXPECT_TRUE(r.issues[0].toString().startsWith(QStringLiteral("line 3, column 日期: ")));
}

TEST_F(ProgressImporterTest, MissingColumnsAndEmptyFilesAreOneClearIssue)
{
    ImportReading r = read("date,person,value\n2026-11-02,张伟,1\n");
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_TRUE(r.issues[0].message.contains(QStringLiteral("metric")));
    r = read("");
    ASSERT_EQ(r.issues.size(), 1u);
    r = read("date,person,metric,value\n");
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.rows, 0);
    // A fixed metric replaces the metric column.
    ImportMapping m;
    m.date = 0;
    m.person = 1;
    m.value = 2;
    m.fixedMetric = Metric::byKey(QStringLiteral("collected")).id;
    r = ProgressImporter(service).read("日期,人员,回款\n2026-11-02,张伟,88.5\n", TextEncoding::Auto, CsvDelimiter::Auto, &m);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.entries.at(0).metric, m.fixedMetric);
    EXPECT_EQ(r.entries.at(0).value, Amount(8850));
}

TEST_F(ProgressImporterTest, Gb18030AndSemicolons)
{
    const QByteArray utf8 = "日期;销售代表;指标;金额\n2026-11-02;张伟;回款额;1.2亿\n";
    QStringEncoder toGb("GB18030");
    const QByteArray gb = toGb.encode(QString::fromUtf8(utf8));
    ASSERT_FALSE(toGb.hasError());
    const ImportReading r = read(gb);
    ASSERT_TRUE(r.ok()) << r.issues.front().toString().toStdString();
    EXPECT_EQ(r.encoding, DetectedEncoding::Gb18030);
    EXPECT_EQ(r.delimiter, CsvDelimiter::Semicolon);
    EXPECT_EQ(r.entries.at(0).value, Amount(1'2000'0000'00LL));
}

} // namespace
} // namespace st
