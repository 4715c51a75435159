#include "salestarget/reporting/CalendarImporter.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <string>

using st::CalendarImporter;
using st::CalendarReading;
using st::CsvDelimiter;
using st::DetectedEncoding;
using st::TextEncoding;
using DayType = st::WorkCalendar::DayType;

namespace {

QByteArray utf8(const char8_t *s)
{
    return QByteArray(reinterpret_cast<const char *>(s));
}

QString text(const char8_t *s)
{
    return QString::fromUtf8(utf8(s));
}

QByteArray readFile(const char *name)
{
    QFile file(QStringLiteral(SALESTARGET_TEST_DATA_DIR "/calendar/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

std::string issuesOf(const CalendarReading &r)
{
    std::string out;
    for (const auto &i : r.issues)
        out += i.toString().toStdString() + "\n";
    return out;
}

} // namespace

// --- sample files ------------------------------------------------------------------------------

struct FileCase {
    const char *file;
    std::size_t count;
    bool hasHeader;
    DetectedEncoding encoding;
    CsvDelimiter delimiter;
    QDate firstDate;
    DayType firstType;
    const char8_t *firstName;
    int extraWorkingDays;
};

class CalendarImporterFileTest : public ::testing::TestWithParam<FileCase>
{
};

TEST_P(CalendarImporterFileTest, ReadsEveryDayOfTheSample)
{
    const FileCase &c = GetParam();
    const CalendarReading r = CalendarImporter::read(readFile(c.file));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    EXPECT_EQ(r.hasHeader, c.hasHeader);
    EXPECT_EQ(r.encoding, c.encoding);
    EXPECT_EQ(r.delimiter, c.delimiter);
    ASSERT_EQ(r.exceptions.size(), c.count);
    EXPECT_EQ(r.rows, qsizetype(c.count));
    EXPECT_EQ(r.exceptions.front().date, c.firstDate); // sorted by date
    EXPECT_EQ(r.exceptions.front().type, c.firstType);
    EXPECT_EQ(r.exceptions.front().name, text(c.firstName));
    int extra = 0;
    for (const auto &e : r.exceptions)
        extra += e.type == DayType::ExtraWorkingDay ? 1 : 0;
    EXPECT_EQ(extra, c.extraWorkingDays);
}

INSTANTIATE_TEST_SUITE_P(
    Samples, CalendarImporterFileTest,
    ::testing::Values(
        FileCase{"holidays_zh_utf8.csv", 9, true, DetectedEncoding::Utf8, CsvDelimiter::Comma, QDate(2026, 9, 20),
                 DayType::ExtraWorkingDay, u8"国庆节调休", 2},
        FileCase{"holidays_gb18030.csv", 5, true, DetectedEncoding::Gb18030, CsvDelimiter::Semicolon,
                 QDate(2026, 2, 14), DayType::ExtraWorkingDay, u8"春节调休", 2},
        FileCase{"dates_only.csv", 4, false, DetectedEncoding::Utf8, CsvDelimiter::Comma, QDate(2026, 1, 1),
                 DayType::Holiday, u8"", 0},
        FileCase{"english_tab.csv", 3, true, DetectedEncoding::Utf8, CsvDelimiter::Tab, QDate(2027, 1, 1),
                 DayType::Holiday, u8"New Year", 1}),
    [](const auto &info) {
        std::string name = info.param.file;
        return name.substr(0, name.find('.'));
    });

TEST(CalendarImporterTest, DatesOnlyFileAcceptsEveryDateLayout)
{
    const CalendarReading r = CalendarImporter::read(readFile("dates_only.csv"));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    ASSERT_EQ(r.exceptions.size(), 4u);
    EXPECT_EQ(r.exceptions[1].date, QDate(2026, 5, 1));  // 2026/05/01
    EXPECT_EQ(r.exceptions[2].date, QDate(2026, 10, 8)); // 2026年10月8日
    EXPECT_EQ(r.exceptions[3].date, QDate(2026, 12, 31)); // 12/31/2026
}

TEST(CalendarImporterTest, HeaderColumnsMayComeInAnyOrderAndQuotedNamesKeepTheirComma)
{
    const CalendarReading r = CalendarImporter::read(readFile("english_tab.csv"));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    ASSERT_EQ(r.exceptions.size(), 3u);
    EXPECT_EQ(r.exceptions[1].type, DayType::ExtraWorkingDay); // "Workday", any case
    EXPECT_EQ(r.exceptions[2].type, DayType::Holiday);         // empty type: holiday
    EXPECT_EQ(r.exceptions[2].name, QStringLiteral("Spring, Festival"));
}

TEST(CalendarImporterTest, Gb18030BytesWithChineseHeaders)
{
    const QByteArray bytes =
        QStringEncoder("GB18030").encode(text(u8"节日,日期,类型\r\n元旦,2026年1月1日,节假日\r\n元旦调休,2026年1月4日,补班\r\n"));
    ASSERT_EQ(bytes.left(4), QByteArray("\xBD\xDA\xC8\xD5")); // 节日 in GB18030, not UTF-8
    const CalendarReading r = CalendarImporter::read(bytes);
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    EXPECT_EQ(r.encoding, DetectedEncoding::Gb18030);
    ASSERT_EQ(r.exceptions.size(), 2u);
    EXPECT_EQ(r.exceptions[0].date, QDate(2026, 1, 1));
    EXPECT_EQ(r.exceptions[0].name, text(u8"元旦"));
    EXPECT_EQ(r.exceptions[1].type, DayType::ExtraWorkingDay);
}

TEST(CalendarImporterTest, HeaderlessFileWithTypeAndNameColumns)
{
    const CalendarReading r = CalendarImporter::read(utf8(u8"2026-10-01,国庆节,休\n2026-10-10,国庆节调休,班\n"));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    EXPECT_FALSE(r.hasHeader);
    ASSERT_EQ(r.exceptions.size(), 2u);
    EXPECT_EQ(r.exceptions[0].name, text(u8"国庆节"));
    EXPECT_EQ(r.exceptions[1].type, DayType::ExtraWorkingDay);
    EXPECT_EQ(r.exceptions[1].name, text(u8"国庆节调休"));
}

TEST(CalendarImporterTest, UnknownHeaderTakesTheFirstColumnAsTheDate)
{
    const CalendarReading r = CalendarImporter::read(QByteArray("Datum\n2026-12-24\n2026-12-31\n"));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    EXPECT_TRUE(r.hasHeader);
    EXPECT_EQ(r.exceptions.size(), 2u);
}

TEST(CalendarImporterTest, TheSameDayTwiceWithTheSameTypeIsHarmless)
{
    const CalendarReading r = CalendarImporter::read(QByteArray("date,type,name\n2026-10-01,holiday,\n2026-10-01,holiday,National Day\n"));
    ASSERT_TRUE(r.ok()) << issuesOf(r);
    ASSERT_EQ(r.exceptions.size(), 1u);
    EXPECT_EQ(r.exceptions[0].name, QStringLiteral("National Day"));
}

// --- errors ----------------------------------------------------------------------------------------

TEST(CalendarImporterTest, EveryBadLineIsListedAndNothingIsReturned)
{
    const CalendarReading r = CalendarImporter::read(readFile("bad_lines.csv"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.exceptions.empty()); // nothing applied partially
    ASSERT_EQ(r.issues.size(), 4u) << issuesOf(r);
    EXPECT_EQ(r.issues[0].line, 3);
    EXPECT_EQ(r.issues[0].column, QStringLiteral("date"));
    EXPECT_TRUE(r.issues[0].message.contains(QStringLiteral("\"2026-13-01\" is not a date"))) << issuesOf(r);
    EXPECT_EQ(r.issues[1].line, 4);
    EXPECT_EQ(r.issues[1].column, QStringLiteral("type"));
    EXPECT_TRUE(r.issues[1].message.contains(QStringLiteral("vacation")));
    EXPECT_EQ(r.issues[2].line, 5);
    EXPECT_TRUE(r.issues[2].message.contains(QStringLiteral("required")));
    EXPECT_EQ(r.issues[3].line, 6);
    EXPECT_TRUE(r.issues[3].message.contains(QStringLiteral("also on line 2"))) << issuesOf(r);
    EXPECT_EQ(r.issues[0].toString().toStdString(), "line 3, column date: \"2026-13-01\" is not a date "
                                                    "(use 2026-10-01, 2026/10/01, 2026年10月1日 or 10/01/2026).");
}

TEST(CalendarImporterTest, ABadDateOnTheFirstLineOfAHeaderlessFileIsReportedNotSkipped)
{
    const CalendarReading r = CalendarImporter::read(QByteArray("2026-02-30\n2026-03-01\n"));
    ASSERT_EQ(r.issues.size(), 1u) << issuesOf(r);
    EXPECT_EQ(r.issues[0].line, 1);
    EXPECT_TRUE(r.exceptions.empty());
}

TEST(CalendarImporterTest, LineNumbersCountLineBreaksInsideQuotes)
{
    const CalendarReading r = CalendarImporter::read(QByteArray("date,name\n2026-10-01,\"two\nlines\"\n2026-10-32,x\n"));
    ASSERT_EQ(r.issues.size(), 1u) << issuesOf(r);
    EXPECT_EQ(r.issues[0].line, 4);
}

struct FailureCase {
    const char *name;
    QByteArray bytes;
    TextEncoding encoding;
    qsizetype line;
    const char *messagePart;
};

class CalendarImporterFailureTest : public ::testing::TestWithParam<FailureCase>
{
};

TEST_P(CalendarImporterFailureTest, SaysWhatIsWrong)
{
    const FailureCase &c = GetParam();
    const CalendarReading r = CalendarImporter::read(c.bytes, c.encoding);
    ASSERT_EQ(r.issues.size(), 1u) << issuesOf(r);
    EXPECT_EQ(r.issues[0].line, c.line);
    EXPECT_TRUE(r.issues[0].message.contains(QLatin1String(c.messagePart))) << issuesOf(r);
    EXPECT_TRUE(r.exceptions.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Files, CalendarImporterFailureTest,
    ::testing::Values(FailureCase{"Empty", QByteArray(), TextEncoding::Auto, 0, "empty"},
                      FailureCase{"BlankLinesOnly", QByteArray("\n\r\n , \n"), TextEncoding::Auto, 0, "empty"},
                      FailureCase{"HeaderOnly", QByteArray("date,type,name\n"), TextEncoding::Auto, 0, "no dates"},
                      FailureCase{"BadUtf8", QByteArray("date\n2026-10-01\xFF\n"), TextEncoding::Utf8, 0, "UTF-8"},
                      FailureCase{"UnterminatedQuote", QByteArray("date,name\n2026-10-01,\"open\n"),
                                  TextEncoding::Auto, 2, ""}),
    [](const auto &info) { return std::string(info.param.name); });

// --- day types -----------------------------------------------------------------------------------

struct TypeCase {
    const char8_t *text;
    std::optional<DayType> type;
};

class CalendarImporterTypeTest : public ::testing::TestWithParam<TypeCase>
{
};

TEST_P(CalendarImporterTypeTest, ParsesEnglishAndChineseWords)
{
    EXPECT_EQ(CalendarImporter::parseType(text(GetParam().text)), GetParam().type)
        << QString::fromUtf8(utf8(GetParam().text)).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Words, CalendarImporterTypeTest,
    ::testing::Values(TypeCase{u8"", DayType::Holiday}, TypeCase{u8"holiday", DayType::Holiday},
                      TypeCase{u8" Holiday ", DayType::Holiday}, TypeCase{u8"假日", DayType::Holiday},
                      TypeCase{u8"休", DayType::Holiday}, TypeCase{u8"节假日", DayType::Holiday},
                      TypeCase{u8"workday", DayType::ExtraWorkingDay}, TypeCase{u8"WORK", DayType::ExtraWorkingDay},
                      TypeCase{u8"班", DayType::ExtraWorkingDay}, TypeCase{u8"上班", DayType::ExtraWorkingDay},
                      TypeCase{u8"调休", DayType::ExtraWorkingDay}, TypeCase{u8"vacation", std::nullopt},
                      TypeCase{u8"1", std::nullopt}));
