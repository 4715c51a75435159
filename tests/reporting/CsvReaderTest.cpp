#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/TextDecoding.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using st::CsvDelimiter;
using st::CsvReader;
using st::CsvRecord;

namespace {

using Rows = std::vector<std::vector<std::string>>;

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

std::vector<std::string> toStrings(const CsvRecord &record)
{
    std::vector<std::string> fields;
    for (const QByteArrayView field : record)
        fields.emplace_back(field.data(), size_t(field.size()));
    return fields;
}

struct Parsed {
    Rows rows;
    std::vector<qsizetype> lines;
    bool error = false;
};

Parsed parseAll(CsvReader &reader)
{
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        parsed.rows.push_back(toStrings(record));
        parsed.lines.push_back(record.line());
    }
    parsed.error = reader.hasError();
    return parsed;
}

QByteArray readFile(const char *name)
{
    QFile file(QStringLiteral(SALESTARGET_TEST_DATA_DIR "/csv/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

struct ParseCase {
    const char *name;
    std::string input;
    CsvDelimiter delimiter;
    Rows rows;
    std::vector<qsizetype> lines;
};

class CsvParse : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(CsvParse, ReadsRecordsAndTheirStartLines)
{
    const ParseCase &c = GetParam();
    CsvReader reader(bytes(c.input), c.delimiter);
    const Parsed parsed = parseAll(reader);
    EXPECT_FALSE(parsed.error) << reader.error().message.toStdString();
    EXPECT_EQ(parsed.rows, c.rows);
    EXPECT_EQ(parsed.lines, c.lines);
    EXPECT_EQ(reader.position(), reader.size());
}

INSTANTIATE_TEST_SUITE_P(
    CsvReaderTest, CsvParse,
    ::testing::Values(
        ParseCase{"Empty", "", CsvDelimiter::Auto, {}, {}},
        ParseCase{"OnlyLineBreaks", "\n\r\n\r\n", CsvDelimiter::Auto, {}, {}},
        ParseCase{"HeaderOnly", "a,b,c\r\n", CsvDelimiter::Auto, {{"a", "b", "c"}}, {1}},
        ParseCase{"Lf", "a,b\n1,2\n", CsvDelimiter::Auto, {{"a", "b"}, {"1", "2"}}, {1, 2}},
        ParseCase{"Crlf", "a,b\r\n1,2\r\n", CsvDelimiter::Auto, {{"a", "b"}, {"1", "2"}}, {1, 2}},
        ParseCase{"LoneCr", "a,b\r1,2\r", CsvDelimiter::Auto, {{"a", "b"}, {"1", "2"}}, {1, 2}},
        ParseCase{"NoFinalNewline", "a,b\n1,2", CsvDelimiter::Auto, {{"a", "b"}, {"1", "2"}}, {1, 2}},
        ParseCase{"SingleField", "x", CsvDelimiter::Auto, {{"x"}}, {1}},
        ParseCase{"EmptyFields", "a,,c\n,,\n", CsvDelimiter::Comma, {{"a", "", "c"}, {"", "", ""}}, {1, 2}},
        ParseCase{"TrailingDelimiterAtEof", "a,", CsvDelimiter::Comma, {{"a", ""}}, {1}},
        ParseCase{"BlankLinesSkipped", "\n\na\n\n\r\nb\r\n\n", CsvDelimiter::Auto, {{"a"}, {"b"}}, {3, 6}},
        ParseCase{"WhitespaceKept", " a , b ", CsvDelimiter::Comma, {{" a ", " b "}}, {1}},
        ParseCase{"QuotedDelimiter", "\"a,b\",c\n", CsvDelimiter::Auto, {{"a,b", "c"}}, {1}},
        ParseCase{"DoubledQuotes", "\"say \"\"hi\"\"\",x", CsvDelimiter::Auto, {{"say \"hi\"", "x"}}, {1}},
        ParseCase{"OnlyAQuote", "\"\"\"\"", CsvDelimiter::Comma, {{"\""}}, {1}},
        ParseCase{"EmptyQuoted", "\"\",\"\"\n", CsvDelimiter::Comma, {{"", ""}}, {1}},
        ParseCase{"QuotedAtEof", "a,\"b\"", CsvDelimiter::Comma, {{"a", "b"}}, {1}},
        ParseCase{"QuotedLf", "\"1\n2\",x\ny\n", CsvDelimiter::Comma, {{"1\n2", "x"}, {"y"}}, {1, 3}},
        ParseCase{"QuotedCrlf", "\"1\r\n2\r\n3\",x\r\ny\r\n", CsvDelimiter::Comma, {{"1\r\n2\r\n3", "x"}, {"y"}}, {1, 4}},
        ParseCase{"QuotedCr", "\"1\r2\"\ny", CsvDelimiter::Comma, {{"1\r2"}, {"y"}}, {1, 3}},
        ParseCase{"QuotedLineBreakAndQuotes", "h\n\"a\"\"\nb\"\"\",\"c\"\nz", CsvDelimiter::Comma,
                  {{"h"}, {"a\"\nb\"", "c"}, {"z"}}, {1, 2, 4}},
        ParseCase{"Semicolon", "a;b,5\n1;2,5\n", CsvDelimiter::Auto, {{"a", "b,5"}, {"1", "2,5"}}, {1, 2}},
        ParseCase{"Tab", "a\tb\n\"x\ty\"\tz\n", CsvDelimiter::Tab, {{"a", "b"}, {"x\ty", "z"}}, {1, 2}},
        ParseCase{"ExplicitDelimiterWins", "a;b,c", CsvDelimiter::Comma, {{"a;b", "c"}}, {1}},
        ParseCase{"Utf8BomSkipped", "\xEF\xBB\xBF" "a,b\n", CsvDelimiter::Auto, {{"a", "b"}}, {1}},
        ParseCase{"Chinese", "日期,金额,备注\n2026-03-02,5000万,\"续约，含税\"\n", CsvDelimiter::Auto,
                  {{"日期", "金额", "备注"}, {"2026-03-02", "5000万", "续约，含税"}}, {1, 2}},
        ParseCase{"NulByteIsData", std::string("a\0b,c", 5), CsvDelimiter::Comma, {{std::string("a\0b", 3), "c"}}, {1}}),
    [](const auto &info) { return std::string(info.param.name); });

struct MalformedCase {
    const char *name;
    std::string input;
    qsizetype line;
    qsizetype column;
    qsizetype byteOffset;
    size_t recordsBefore;
};

class CsvMalformed : public ::testing::TestWithParam<MalformedCase>
{
};

TEST_P(CsvMalformed, StopsWithLineAndColumn)
{
    const MalformedCase &c = GetParam();
    CsvReader reader(bytes(c.input));
    const Parsed parsed = parseAll(reader);
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.rows.size(), c.recordsBefore);
    EXPECT_EQ(reader.error().line, c.line);
    EXPECT_EQ(reader.error().column, c.column);
    EXPECT_EQ(reader.error().byteOffset, c.byteOffset);
    const std::string message = reader.error().message.toStdString();
    EXPECT_NE(message.find("Line " + std::to_string(c.line) + ", column " + std::to_string(c.column)),
              std::string::npos)
        << message;
    CsvRecord record; // the reader stays stopped
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(record.size(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    CsvReaderTest, CsvMalformed,
    ::testing::Values(MalformedCase{"QuoteInUnquotedField", "a,b\"c\n", 1, 2, 3, 0},
                      MalformedCase{"QuoteAfterSpace", "h\na, \"b\"\n", 2, 2, 5, 1},
                      MalformedCase{"TextAfterClosingQuote", "x,y\n\"abc\"d,e\n", 2, 1, 9, 1},
                      MalformedCase{"SpaceAfterClosingQuote", "\"a\" ,b", 1, 1, 3, 0},
                      MalformedCase{"UnterminatedAtEof", "x\ny\n\"abc", 3, 1, 4, 2},
                      MalformedCase{"UnterminatedSpansLines", "a,\"b\nc\nd", 1, 2, 2, 0},
                      MalformedCase{"LineOfRecordAfterMultilineField", "a,\"m\nl\",c\nd,\"e\"x", 3, 2, 15, 1},
                      MalformedCase{"LoneQuote", "\"", 1, 1, 0, 0},
                      MalformedCase{"ThirdColumn", "1,2,3\n1,2,3\"\n", 2, 3, 11, 1}),
    [](const auto &info) { return std::string(info.param.name); });

struct DetectCase {
    const char *name;
    std::string input;
    CsvDelimiter expected;
};

class CsvDetect : public ::testing::TestWithParam<DetectCase>
{
};

TEST_P(CsvDetect, DetectsTheDelimiter)
{
    EXPECT_EQ(CsvReader::detectDelimiter(bytes(GetParam().input)), GetParam().expected);
    EXPECT_EQ(CsvReader(bytes(GetParam().input)).delimiter(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    CsvReaderTest, CsvDetect,
    ::testing::Values(DetectCase{"Empty", "", CsvDelimiter::Comma},
                      DetectCase{"SingleColumn", "name\nx\n", CsvDelimiter::Comma},
                      DetectCase{"Comma", "a,b,c\n1,2,3\n", CsvDelimiter::Comma},
                      DetectCase{"Semicolon", "a;b;c\n1;2,5;3\n", CsvDelimiter::Semicolon},
                      DetectCase{"Tab", "a\tb\n1\t2", CsvDelimiter::Tab},
                      DetectCase{"TabWithCommasInText", "a\tb\n1,5\t2,5\n", CsvDelimiter::Tab},
                      DetectCase{"QuotedDelimitersIgnored", "\"a;b;c\",d\n\"x;y\",z\n", CsvDelimiter::Comma},
                      DetectCase{"QuotedLineBreakIgnored", "\"a\n;;\";b\n1;2\n", CsvDelimiter::Semicolon},
                      DetectCase{"ChineseSemicolon", "日期;金额\n2026-03-02;12,5\n", CsvDelimiter::Semicolon},
                      DetectCase{"InconsistentUsesFirstLine", "a;b;c\n1,2\n", CsvDelimiter::Semicolon},
                      DetectCase{"BomAndBlankLines", "\xEF\xBB\xBF\r\na\tb\r\n\r\n1\t2\r\n", CsvDelimiter::Tab},
                      DetectCase{"HeaderOnly", "a;b", CsvDelimiter::Semicolon}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(CsvReaderTest, ReusedRecordKeepsScratchFieldsValid)
{
    // Many escaped fields make the scratch buffer grow (and move) while one record is read.
    std::string line;
    std::vector<std::string> expected;
    for (int i = 0; i < 200; ++i) {
        std::string text(1, 'v');
        text += std::to_string(i);
        text.append(size_t(i), 'x');
        if (i > 0)
            line += ',';
        line.append("\"").append(text).append("\"\"q\"");
        expected.push_back(text);
        expected.back().append("\"q");
    }
    CsvReader reader(bytes(line + "\nplain,\"a\"\"b\"\n"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(toStrings(record), expected);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(toStrings(record), (std::vector<std::string>{"plain", "a\"b"}));
    EXPECT_FALSE(reader.next(record));
    EXPECT_FALSE(reader.hasError());
}

TEST(CsvReaderTest, VeryLongFields)
{
    const std::string plain(8 << 20, 'p');
    std::string quoted;
    for (int i = 0; i < 100'000; ++i)
        quoted += "ab\"\"c,\r\n";
    CsvReader reader(bytes(plain + ",\"" + quoted + "\"\nnext\n"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.size(), 2);
    EXPECT_EQ(record[0].size(), qsizetype(plain.size()));
    std::string unescaped;
    for (int i = 0; i < 100'000; ++i)
        unescaped += "ab\"c,\r\n";
    EXPECT_EQ(std::string(record[1].data(), size_t(record[1].size())), unescaped);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line(), 100'002);
}

TEST(CsvReaderTest, FieldAccessorsAndConversion)
{
    CsvReader reader(QByteArray("日期,金额\n"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(CsvReader::fieldToString(record.field(0)), QStringLiteral("日期"));
    EXPECT_EQ(CsvReader::fieldToString(record[1]), QStringLiteral("金额"));
    EXPECT_TRUE(record.field(2).isEmpty());
    EXPECT_TRUE(record.field(-1).isEmpty());
}

TEST(CsvReaderTest, SampleFilesInEveryEncodingGiveTheSameRecords)
{
    const Rows expected = {{"日期", "指标", "数值", "人员", "产品", "区域", "客户", "备注"},
                           {"2026-03-02", "销售额", "12,345.67", "张伟", "A产品线", "华东", "上海某某科技有限公司", "续约, 含税"},
                           {"2026-03-02", "回款额", "5000万", "王芳", "", "华南", "广州\"星光\"贸易", "第一行\n第二行"},
                           {"2026-03-03", "客户拜访量", "3", "李娜", "服务", "", "", ""}};
    for (const char *file : {"progress_utf8.csv", "progress_utf8_bom.csv", "progress_gb18030.csv",
                             "progress_utf16le_bom.csv", "progress_semicolon.csv"}) {
        const st::DecodedText text = st::TextDecoding::decode(readFile(file));
        ASSERT_TRUE(text.ok()) << file;
        CsvReader reader(text.utf8);
        Parsed parsed = parseAll(reader);
        ASSERT_FALSE(parsed.error) << file << ": " << reader.error().message.toStdString();
        for (auto &row : parsed.rows) { // the sample files use CRLF, also inside quotes
            for (auto &field : row) {
                if (const size_t at = field.find("\r\n"); at != std::string::npos)
                    field.erase(at, 1);
            }
        }
        EXPECT_EQ(parsed.rows, expected) << file;
        EXPECT_EQ(parsed.lines, (std::vector<qsizetype>{1, 2, 3, 5})) << file;
    }
}

TEST(CsvReaderTest, SampleFilesEdgeCases)
{
    CsvReader empty(readFile("empty.csv"));
    EXPECT_TRUE(parseAll(empty).rows.empty());
    CsvReader header(readFile("header_only.csv"));
    EXPECT_EQ(parseAll(header).rows.size(), 1U);

    CsvReader unterminated(readFile("malformed_unterminated.csv"));
    EXPECT_EQ(parseAll(unterminated).rows.size(), 2U);
    EXPECT_EQ(unterminated.error().line, 3);
    EXPECT_EQ(unterminated.error().column, 4);

    CsvReader stray(readFile("malformed_quote_in_field.csv"));
    EXPECT_TRUE(parseAll(stray).error);
    EXPECT_EQ(stray.error().line, 3);
    EXPECT_EQ(stray.error().column, 4);
}

namespace {

/// What reading `readers` one after the other gives, stopping at the first error as a caller would.
struct PartsParsed {
    Parsed parsed;
    st::CsvError error;
};

PartsParsed parseParts(std::vector<CsvReader> &readers)
{
    PartsParsed result;
    for (CsvReader &reader : readers) {
        const Parsed part = parseAll(reader);
        result.parsed.rows.insert(result.parsed.rows.end(), part.rows.begin(), part.rows.end());
        result.parsed.lines.insert(result.parsed.lines.end(), part.lines.begin(), part.lines.end());
        if (part.error) {
            result.parsed.error = true;
            result.error = reader.error();
            break;
        }
    }
    return result;
}

/// Checks that every split of `input` (after its first record, as the importer does, and from the
/// start) reads like the whole reader; returns how many parts the largest split made.
size_t expectSplitsReadLikeTheWhole(const std::string &input)
{
    size_t mostParts = 0;
    for (const bool afterHeader : {false, true}) {
        CsvReader whole(bytes(input));
        CsvRecord header;
        if (afterHeader && !whole.next(header))
            continue;
        for (int count = 1; count <= 9; ++count) {
            std::vector<CsvReader> parts = whole.split(count);
            EXPECT_GE(parts.size(), 1U);
            EXPECT_LE(parts.size(), size_t(count));
            mostParts = std::max(mostParts, parts.size());
            const PartsParsed split = parseParts(parts);
            CsvReader reference(bytes(input));
            if (afterHeader)
                reference.next(header);
            const Parsed expected = parseAll(reference);
            const std::string context = "parts " + std::to_string(count) + (afterHeader ? " after the header" : "");
            EXPECT_EQ(split.parsed.rows, expected.rows) << context;
            EXPECT_EQ(split.parsed.lines, expected.lines) << context;
            EXPECT_EQ(split.parsed.error, expected.error) << context;
            if (expected.error && split.parsed.error) {
                EXPECT_EQ(split.error.line, reference.error().line) << context;
                EXPECT_EQ(split.error.column, reference.error().column) << context;
                EXPECT_EQ(split.error.byteOffset, reference.error().byteOffset) << context;
                EXPECT_EQ(split.error.message, reference.error().message) << context;
            }
        }
    }
    return mostParts;
}

} // namespace

TEST_P(CsvParse, SplitPartsReadLikeTheWhole)
{
    expectSplitsReadLikeTheWhole(GetParam().input);
}

TEST_P(CsvMalformed, SplitPartsStopWithTheSameError)
{
    expectSplitsReadLikeTheWhole(GetParam().input);
}

TEST(CsvReaderTest, SplitCutsAtLineFeedsOutsideQuotes)
{
    // Four records of four lines each (a quoted field with line breaks and quotes): the cuts
    // may only fall between records, never at the line feeds inside the quotes.
    std::string input = "h1,h2\n";
    for (int i = 0; i < 4; ++i)
        input.append("r").append(std::to_string(i)).append(",\"a\"\"\n\"\"b\r\nc\nd\"\n"); // not "r" + ...: GCC 12's -Wrestrict false positive
    CsvReader whole(bytes(input));
    CsvRecord record;
    ASSERT_TRUE(whole.next(record));
    std::vector<CsvReader> parts = whole.split(4);
    ASSERT_EQ(parts.size(), 4U);
    for (size_t i = 0; i < parts.size(); ++i) {
        ASSERT_TRUE(parts[i].next(record)) << i;
        EXPECT_EQ(toStrings(record), (std::vector<std::string>{std::string("r").append(std::to_string(i)), "a\"\n\"b\r\nc\nd"})) << i;
        EXPECT_EQ(record.line(), qsizetype(2 + 4 * i)) << i;
        EXPECT_FALSE(parts[i].next(record)) << i;
        EXPECT_FALSE(parts[i].hasError()) << i;
    }
    // No line feed outside quotes after the middle: one part.
    CsvReader oneRecord(bytes("x,\"1\n2\n3\n4\"\n"));
    EXPECT_EQ(oneRecord.split(2).size(), 1U);
    // CR line ends are counted for the line numbers of later parts.
    EXPECT_GE(expectSplitsReadLikeTheWhole("a\rb\r\"c\r\"\rd\ne\r\n\nf\n\rg\nh\n"), 4U);
}

TEST(CsvReaderTest, SplitOfRandomTextReadsLikeTheWhole)
{
    // Short texts over the characters that matter, malformed ones included, from a fixed seed.
    std::mt19937 random(20261207);
    const std::string alphabet = "ab,;\"\"\n\n\r \xE4\xB8\xAD";
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 60);
    for (int i = 0; i < 3000; ++i) {
        std::string input;
        for (int n = length(random); n > 0; --n)
            input += alphabet[pick(random)];
        SCOPED_TRACE(testing::PrintToString(input));
        expectSplitsReadLikeTheWhole(input);
        if (testing::Test::HasFailure())
            break;
    }
}

TEST(CsvReaderTest, SplitOfLongTextCountsLinesInWideBlocks)
{
    // Long enough for the 16-byte blocks of the quote and line count, with CRLF, lone CR and
    // quoted line breaks spread over it.
    std::string input = "id,text\r\n";
    for (int i = 0; i < 5000; ++i) {
        input += std::to_string(i);
        input += i % 7 == 0 ? ",\"x\r\ny\"\"z\n\"" : i % 11 == 0 ? ",plain\r" : ",\xE4\xB8\xAD\xE6\x96\x87";
        input += i % 3 == 0 ? "\r\n" : "\n";
    }
    EXPECT_EQ(expectSplitsReadLikeTheWhole(input), 9U);
}
