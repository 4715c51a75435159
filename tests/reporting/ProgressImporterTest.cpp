// ProgressImporter: column guessing, date formats, name resolution and row validation of CRM/ERP
// exports; nothing is written by the importer, so these tests only look at what it returns.
#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <vector>

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

/// The same reading, field by field (issues as shown to people, which includes line and column).
void expectSameReading(const ImportReading &actual, const ImportReading &expected)
{
    EXPECT_EQ(actual.rows, expected.rows);
    EXPECT_EQ(actual.entries.size(), expected.entries.size());
    EXPECT_TRUE(actual.entries == expected.entries);
    QStringList actualIssues, expectedIssues;
    for (const ImportIssue &i : actual.issues)
        actualIssues << i.toString();
    for (const ImportIssue &i : expected.issues)
        expectedIssues << i.toString();
    EXPECT_EQ(actualIssues, expectedIssues);
    EXPECT_EQ(actual.headers, expected.headers);
    EXPECT_EQ(actual.unknownPeople, expected.unknownPeople);
    EXPECT_EQ(actual.unknownProducts, expected.unknownProducts);
    EXPECT_EQ(actual.unknownRegions, expected.unknownRegions);
    EXPECT_EQ(actual.encoding, expected.encoding);
    EXPECT_EQ(actual.delimiter, expected.delimiter);
}

/// A data row of the import format, good or bad depending on `i`.
QByteArray sampleRow(int i)
{
    QByteArray row = "2026-11-" + QByteArray::number(i % 28 + 1) + ",";
    row += i % 997 == 5 ? "王五" : i % 1999 == 7 ? "李娜" : i % 1499 == 3 ? "赵六" : "张伟";
    row += i % 3 == 0 ? ",销售额," : i % 3 == 1 ? ",sales," : ",visits,";
    if (i % 3 == 2)
        row += i % 1009 == 0 ? "1.5" : QByteArray::number(i % 9 + 1);
    else
        row += i % 13 == 0 ? "\"1,234.50\"" : i % 17 == 0 ? "5000万" : i % 1013 == 0 ? "abc" : QByteArray::number(i % 100000) + ".25";
    row += i % 5 == 0 ? ",智能终端," : i % 1201 == 11 ? ",手机," : ",,";
    row += i % 7 == 0 ? "上海," : i % 1301 == 1 ? "火星," : ",";
    row += "客户" + QByteArray::number(i % 300) + ",";
    row += "R" + QByteArray::number(i) + ",";
    if (i % 10 == 0)
        row += "\"备注 " + QByteArray::number(i) + "\n第二行 \"\"引号\"\"\"";
    else if (i % 10 == 1)
        row += "跟进";
    row += "\n";
    return row;
}

constexpr const char *kSampleHeader = "日期,销售代表,指标,金额,产品,区域,客户,单号,备注\n";

TEST_F(ProgressImporterTest, LargeFileReadOnTwoThreadsIsTheSameAsOnOne)
{
    // Two halves of ~2.3 MiB with a quoted field of many lines and quotes between them, longer
    // than the difference of the halves: the middle of the text is inside it.
    constexpr int kHalf = 36'000;
    QByteArray first, second;
    for (int i = 0; i < kHalf; ++i)
        first += sampleRow(i);
    for (int i = kHalf; i < 2 * kHalf; ++i)
        second += sampleRow(i);
    // References used again: across the halves (an entry, and a bad row: no entry to clash with),
    // and within the second half.
    second += "2026-11-03,张伟,sales,1,,,,R10,\n"
              "2026-11-03,张伟,sales,1,,,,R5,\n"
              "2026-11-03,张伟,sales,1,,,,R" + QByteArray::number(kHalf + 1) + ",\n"
              "2026-11-03,钱七,sales,1,平板,月球,,,\n"; // unknown names only in the second half
    QByteArray middle = "2026-11-04,张伟,sales,2,,,,M1,\"";
    while (middle.size() < std::abs(first.size() - second.size()) + 64 * 1024)
        middle += "长备注 \"\"q\"\",\r\n";
    middle += "\"\n";
    const QByteArray header = kSampleHeader;
    const QByteArray csv = header + first + middle + second;
    ASSERT_GT(csv.size(), 4 << 20);
    const qsizetype half = header.size() + (csv.size() - header.size()) / 2;
    ASSERT_GT(half, header.size() + first.size() + 40);
    ASSERT_LT(half, header.size() + first.size() + middle.size() - 40);
    const qsizetype secondStart = 2 + first.count('\n') + middle.count('\n'); // header, first half, middle
    { // the cut falls after the middle record
        CsvReader reader(csv);
        CsvRecord record;
        ASSERT_TRUE(reader.next(record));
        std::vector<CsvReader> parts = reader.split(2);
        ASSERT_EQ(parts.size(), 2U);
        ASSERT_TRUE(parts[1].next(record));
        EXPECT_EQ(record.line(), secondStart);
        EXPECT_EQ(record.field(7), "R" + QByteArray::number(kHalf));
    }

    ProgressImporter oneThread(service);
    oneThread.setParallelism(1, 0);
    const ImportReading expected = oneThread.read(csv);
    ProgressImporter twoThreads(service);
    twoThreads.setParallelism(2, 4 << 20);
    const ImportReading actual = twoThreads.read(csv);
    expectSameReading(actual, expected);

    // What the file holds, so that the comparison is not between two empty results.
    EXPECT_EQ(expected.rows, 2 * kHalf + 5);
    EXPECT_GT(expected.entries.size(), std::size_t(2 * kHalf * 9 / 10));
    EXPECT_EQ(expected.unknownPeople, (QStringList{QStringLiteral("王五"), QStringLiteral("赵六"), QStringLiteral("钱七")}));
    EXPECT_EQ(expected.unknownProducts, (QStringList{QStringLiteral("平板"), QStringLiteral("手机")}));
    EXPECT_EQ(expected.unknownRegions, (QStringList{QStringLiteral("月球"), QStringLiteral("火星")}));
    const qsizetype lastLines = secondStart + second.count('\n') - 4;         // the three repeated references
    std::vector<const ImportIssue *> duplicates, badInBoth[2];
    for (const ImportIssue &issue : expected.issues) {
        if (issue.message.contains(QStringLiteral("is also on line")))
            duplicates.push_back(&issue);
        badInBoth[issue.line >= secondStart ? 1 : 0].push_back(&issue);
    }
    EXPECT_GT(badInBoth[0].size(), 10U);
    EXPECT_GT(badInBoth[1].size(), 10U);
    ASSERT_EQ(duplicates.size(), 2U);
    EXPECT_EQ(duplicates[0]->line, lastLines);
    EXPECT_TRUE(duplicates[0]->message.contains(QStringLiteral("\"R10\" is also on line %1").arg(1 + 1 + 10 + 10 / 10)))
        << duplicates[0]->message.toStdString();
    EXPECT_EQ(duplicates[1]->line, lastLines + 2);
    EXPECT_EQ(std::count_if(expected.entries.begin(), expected.entries.end(),
                            [](const ProgressEntry &e) { return e.ref == QStringLiteral("R10"); }),
              1); // the later one is dropped
    const auto m1 = std::find_if(expected.entries.begin(), expected.entries.end(),
                                 [](const ProgressEntry &e) { return e.ref == QStringLiteral("M1"); });
    ASSERT_NE(m1, expected.entries.end());
    EXPECT_TRUE(m1->note.endsWith(QStringLiteral("长备注 \"q\",\r\n")));
}

TEST_F(ProgressImporterTest, AnyNumberOfPartsReadsLikeOne)
{
    // A small text cut into 2..8 parts (no size threshold), so that the cuts fall at many places:
    // next to quoted line breaks, bad rows, repeated references; and malformed CSV in the first
    // part, in a later part, or at the very end.
    QByteArray rows, someRows;
    for (int i = 0; i < 400; ++i)
        (i < 40 ? someRows : rows) += sampleRow(i);
    rows.prepend(someRows);
    rows += "2026-11-03,张伟,sales,1,,,,R10,\n2026-11-03,张伟,sales,1,,,,R399,\n2026-11-03,钱七,sales,1,平板,月球,,,\n";
    const QByteArray header = kSampleHeader;
    const std::vector<QByteArray> texts{
        header + rows,
        header + "\n\r\n" + rows + "\r\n\r\n",                                     // blank lines
        header + rows + "2026-11-03,张伟,sales,1,,,,X1,\"not closed\n" + rows,      // unterminated, then rows
        header + someRows + "2026-11-03,张\"伟,sales,1,,,,X2,\n" + rows,    // stray quote early
        header + rows + someRows + "2026-11-03,张伟,sales,\"1\"x,,,,X3,\n", // text after a quote, late
    };
    for (std::size_t t = 0; t < texts.size(); ++t) {
        ProgressImporter oneThread(service);
        oneThread.setParallelism(1, 0);
        const ImportReading expected = oneThread.read(texts[t]);
        EXPECT_GT(expected.rows, 30) << t;
        if (t >= 2) { // the reader stopped, where the rows of the error say
            ASSERT_FALSE(expected.issues.empty());
            EXPECT_TRUE(expected.issues.back().message.startsWith(QStringLiteral("Line %1, column ").arg(expected.issues.back().line)))
                << t << ": " << expected.issues.back().message.toStdString();
        }
        for (int threads = 2; threads <= 8; ++threads) {
            SCOPED_TRACE(testing::Message() << "text " << t << ", " << threads << " threads");
            ProgressImporter importer(service);
            importer.setParallelism(threads, 0);
            expectSameReading(importer.read(texts[t]), expected);
        }
    }
}

TEST_F(ProgressImporterTest, PlainAndGroupedAmountsReadAsAmountParseDoes)
{
    // The fast path for plain amounts must agree with Amount::parse, errors included.
    const std::vector<QByteArray> amounts{
        "0", "-0", "+7", "12", "12.3", "12.34", "12.340", "12.345", ".5", "5.", "-.5", ".", "-", "",
        "1,234", "1,234.5", "12,345,678.90", "1,23", "1,2345", "12345,678", ",123", "1,234,", "1,,234",
        "1.234,5", "-1,000", "1,000.", "999,999,999,999,999", "99999999999999999", "9000000000000000",
        "9000000000000000.01", "9000000000000001", "00000000000000001", "1e5", "12 ", "1 000"};
    QByteArray csv = "date,person,metric,value\n";
    for (const QByteArray &a : amounts)
        csv += "2026-11-02,张伟,sales,\"" + a + "\"\n2026-11-02,张伟,visits,\"" + a + "\"\n";
    ProgressImporter importer(service);
    const ImportReading r = importer.read(csv);
    qsizetype line = 1;
    std::size_t entry = 0;
    for (const QByteArray &a : amounts) {
        for (const char *metric : {"sales", "visits"}) {
            ++line;
            const int decimals = Metric::byKey(QString::fromLatin1(metric)).decimals;
            const auto issue = std::find_if(r.issues.begin(), r.issues.end(), [&](const ImportIssue &i) { return i.line == line; });
            try {
                const Amount expected = Amount::parse(QString::fromUtf8(a), decimals);
                ASSERT_EQ(issue, r.issues.end()) << a.constData() << " " << metric << ": " << issue->message.toStdString();
                ASSERT_LT(entry, r.entries.size());
                EXPECT_EQ(r.entries[entry++].value, expected) << a.constData() << " " << metric;
            } catch (const DomainError &e) {
                ASSERT_NE(issue, r.issues.end()) << a.constData() << " " << metric << " should fail: " << e.message().toStdString();
                EXPECT_EQ(issue->message, e.message());
            }
        }
    }
    EXPECT_EQ(entry, r.entries.size());
}

TEST_F(ProgressImporterTest, ManyDifferentCustomersAndNotesAreKept)
{
    // More distinct texts than are shared between rows: each row still has its own text.
    QByteArray csv = "date,person,metric,value,customer,note\n";
    constexpr int kRows = 40'000;
    for (int i = 0; i < kRows; ++i)
        csv += "2026-11-02,张伟,visits,1,客户" + QByteArray::number(i) + ",n" + QByteArray::number(i % 3 == 0 ? i : 7) + "\n";
    csv += "2026-11-02,张伟,visits,1,\"" + QByteArray(300, 'c') + "\",\n"; // longer than what is shared
    ProgressImporter importer(service);
    importer.setParallelism(2, 0);
    const ImportReading r = importer.read(csv);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.entries.size(), std::size_t(kRows + 1));
    for (int i = 0; i < kRows; ++i) {
        ASSERT_EQ(r.entries[std::size_t(i)].customer, QStringLiteral("客户%1").arg(i));
        ASSERT_EQ(r.entries[std::size_t(i)].note, QStringLiteral("n%1").arg(i % 3 == 0 ? i : 7));
    }
    EXPECT_EQ(r.entries.back().customer, QString(300, u'c'));
    EXPECT_TRUE(r.entries.back().note.isNull());
}

TEST_F(ProgressImporterTest, RandomFilesReadLikeOneThreadWhateverThreadTakesWhichPart)
{
    // Which thread reads which part depends on timing: many small random files, each read on
    // 2..4 threads several times, must all give the one-thread reading.
    std::mt19937 random(11);
    const std::vector<std::vector<QByteArray>> columns{
        {"2026-11-02", "2026-11-03", "2026-13-01"},
        {"张伟", "张伟", "张伟", "王五", "李娜", "赵六"},
        {"sales", "visits", "销售额", "销量"},
        {"12", "3", "\"1,234\"", "1.5", "x"},
        {"", "", "智能终端", "手机"},
        {"", "", "上海", "火星"},
        {"", "客户1", "客户2", "\"客户\n3\""},
        {"", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"}, // references used again
        {"", "", "跟进", "\"x\"\"y\"", "\"多\r\n行\""}};
    const std::vector<QByteArray> malformed{"\"open", "x\"y", "\"a\"b"};
    for (int file = 0; file < 150; ++file) {
        QByteArray csv = kSampleHeader;
        const int rows = int(random() % 60);
        for (int r = 0; r < rows; ++r) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    csv += ',';
                csv += random() % 400 == 0 ? malformed[random() % malformed.size()]
                                           : columns[c][random() % columns[c].size()];
            }
            csv += random() % 5 == 0 ? "\r\n" : random() % 20 == 0 ? "\n\n" : "\n";
        }
        ProgressImporter oneThread(service);
        oneThread.setParallelism(1, 0);
        const ImportReading expected = oneThread.read(csv);
        for (int round = 0; round < 3; ++round) {
            ProgressImporter importer(service);
            importer.setParallelism(2 + round, 0);
            SCOPED_TRACE(testing::Message() << "file " << file << ", " << 2 + round << " threads:\n" << csv.constData());
            expectSameReading(importer.read(csv), expected);
            if (HasFailure())
                return;
        }
    }
}
} // namespace
} // namespace st
