#include "salestarget/reporting/TextDecoding.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using st::DecodedText;
using st::DetectedEncoding;
using st::TextDecoding;
using st::TextEncoding;

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray utf8(const char8_t *s)
{
    return QByteArray(reinterpret_cast<const char *>(s));
}

QByteArray utf16le(const char8_t *s)
{
    const QString text = QString::fromUtf8(utf8(s));
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QByteArray readFile(const char *name)
{
    QFile file(QStringLiteral(SALESTARGET_TEST_DATA_DIR "/csv/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

// "日期" and "金额" in GB18030: checked against Python's gb18030 codec, glibc iconv and Qt/ICU.
TEST(TextDecodingTest, Gb18030BytesMatchTheEncoder)
{
    EXPECT_EQ(QStringEncoder("GB18030").encode(QString::fromUtf8(utf8(u8"日期"))), bytes("\xC8\xD5\xC6\xDA"));
    EXPECT_EQ(QStringEncoder("GB18030").encode(QString::fromUtf8(utf8(u8"😀"))), bytes("\x94\x39\xFC\x36"));
}

struct DecodeCase {
    const char *name;
    std::string input;
    TextEncoding choice;
    const char8_t *expected;
    DetectedEncoding encoding;
    bool hadBom;
};

class DecodeOk : public ::testing::TestWithParam<DecodeCase>
{
};

TEST_P(DecodeOk, DecodesToUtf8)
{
    const DecodeCase &c = GetParam();
    const DecodedText text = TextDecoding::decode(bytes(c.input), c.choice);
    ASSERT_TRUE(text.ok()) << text.error->message.toStdString();
    EXPECT_EQ(text.utf8, utf8(c.expected));
    EXPECT_EQ(text.encoding, c.encoding);
    EXPECT_EQ(text.hadBom, c.hadBom);
}

INSTANTIATE_TEST_SUITE_P(
    TextDecodingTest, DecodeOk,
    ::testing::Values(
        DecodeCase{"Empty", "", TextEncoding::Auto, u8"", DetectedEncoding::Utf8, false},
        DecodeCase{"Ascii", "a,b\n", TextEncoding::Auto, u8"a,b\n", DetectedEncoding::Utf8, false},
        DecodeCase{"Utf8", "\xE6\x97\xA5\xE6\x9C\x9F,x", TextEncoding::Auto, u8"日期,x", DetectedEncoding::Utf8, false},
        DecodeCase{"Utf8Bom", "\xEF\xBB\xBF" "a,\xE6\x97\xA5", TextEncoding::Auto, u8"a,日", DetectedEncoding::Utf8, true},
        DecodeCase{"Utf8BomOnly", "\xEF\xBB\xBF", TextEncoding::Auto, u8"", DetectedEncoding::Utf8, true},
        DecodeCase{"Utf8FourByte", "\xF0\x9F\x98\x80", TextEncoding::Utf8, u8"😀", DetectedEncoding::Utf8, false},
        DecodeCase{"ExplicitUtf8Bom", "\xEF\xBB\xBFx", TextEncoding::Utf8, u8"x", DetectedEncoding::Utf8, true},
        DecodeCase{"Gb18030Auto", "\xC8\xD5\xC6\xDA,\xBD\xF0\xB6\xEE\r\n", TextEncoding::Auto, u8"日期,金额\r\n",
                   DetectedEncoding::Gb18030, false},
        DecodeCase{"Gb18030TwoByteTrailInAsciiRange", "\x81\x40" "a", TextEncoding::Gb18030, u8"丂a",
                   DetectedEncoding::Gb18030, false},
        DecodeCase{"Gb18030FourByte", "\x81\x30\x84\x36\x94\x39\xFC\x36", TextEncoding::Gb18030, u8"¥😀",
                   DetectedEncoding::Gb18030, false},
        DecodeCase{"Gb18030Euro", "\xA2\xE3", TextEncoding::Auto, u8"€", DetectedEncoding::Gb18030, false},
        DecodeCase{"Gb18030Bom", "\x84\x31\x95\x33\xC8\xD5", TextEncoding::Gb18030, u8"日", DetectedEncoding::Gb18030, true},
        DecodeCase{"ExplicitGbOnAscii", "a,b", TextEncoding::Gb18030, u8"a,b", DetectedEncoding::Gb18030, false},
        DecodeCase{"Utf16LeBom", std::string("\xFF\xFE" "a\0,\0\xE5\x65\x1F\x67\x3D\xD8\x00\xDE", 14),
                   TextEncoding::Auto, u8"a,日期😀", DetectedEncoding::Utf16Le, true},
        DecodeCase{"Utf16BeBom", std::string("\xFE\xFF\0a\0,\x65\xE5\x67\x1F", 10), TextEncoding::Auto,
                   u8"a,日期", DetectedEncoding::Utf16Be, true},
        DecodeCase{"Utf16LeNoBomGuessed", std::string("a\0,\0b\0\n\0", 8), TextEncoding::Auto, u8"a,b\n",
                   DetectedEncoding::Utf16Le, false},
        DecodeCase{"Utf16BeNoBomGuessed", std::string("\0a\0,\0b", 6), TextEncoding::Utf16, u8"a,b",
                   DetectedEncoding::Utf16Be, false},
        DecodeCase{"Utf16ExplicitDefaultsToLe", std::string("\xE5\x65", 2), TextEncoding::Utf16, u8"日",
                   DetectedEncoding::Utf16Le, false}),
    [](const auto &info) { return std::string(info.param.name); });

struct ErrorCase {
    const char *name;
    std::string input;
    TextEncoding choice;
    qsizetype offset;
    DetectedEncoding encoding;
};

class DecodeFails : public ::testing::TestWithParam<ErrorCase>
{
};

TEST_P(DecodeFails, ReportsTheByteOffset)
{
    const ErrorCase &c = GetParam();
    const DecodedText text = TextDecoding::decode(bytes(c.input), c.choice);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error->byteOffset, c.offset);
    EXPECT_EQ(text.encoding, c.encoding);
    EXPECT_TRUE(text.utf8.isEmpty());
    EXPECT_TRUE(text.error->message.contains(QString::number(c.offset))) << text.error->message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    TextDecodingTest, DecodeFails,
    ::testing::Values(
        ErrorCase{"Utf8InvalidByte", "ab\xFF" "cd", TextEncoding::Utf8, 2, DetectedEncoding::Utf8},
        ErrorCase{"Utf8Truncated", "\xEF\xBB\xBF" "ab\xE6\x97", TextEncoding::Utf8, 5, DetectedEncoding::Utf8},
        ErrorCase{"Utf8GbBytes", "x\xC8\xD5\xC6\xDA", TextEncoding::Utf8, 1, DetectedEncoding::Utf8},
        ErrorCase{"Utf8BomButInvalid", "\xEF\xBB\xBF" "a\xC8\xD5", TextEncoding::Auto, 4, DetectedEncoding::Utf8},
        ErrorCase{"GbSingle80", "ab\x80", TextEncoding::Gb18030, 2, DetectedEncoding::Gb18030},
        ErrorCase{"GbFF", "\xFF", TextEncoding::Gb18030, 0, DetectedEncoding::Gb18030},
        ErrorCase{"GbTruncatedLead", "abc\xC8", TextEncoding::Gb18030, 3, DetectedEncoding::Gb18030},
        ErrorCase{"GbBadTrail", "a\x81\x20", TextEncoding::Gb18030, 1, DetectedEncoding::Gb18030},
        ErrorCase{"GbTruncatedFourByte", "\xC8\xD5\x81\x30\x81", TextEncoding::Gb18030, 2, DetectedEncoding::Gb18030},
        ErrorCase{"GbUnassignedFourByte", "\x84\x31\xA5\x30", TextEncoding::Gb18030, 0, DetectedEncoding::Gb18030},
        ErrorCase{"GbBeyondU10FFFF", "ab\xE3\x32\x9A\x36", TextEncoding::Gb18030, 2, DetectedEncoding::Gb18030},
        // Also well-formed GB18030, but eight good UTF-8 characters first: damaged UTF-8, not GB.
        ErrorCase{"AutoDamagedUtf8", "\xE6\x97\xA5\xE6\x9C\x9F,\xE9\x87\x91\xE9\xA2\x9D,\xE5\xA4\x87\xE6\xB3\xA8,"
                                     "\xE5\xAE\xA2\xE6\x88\xB7\n\xB0\xA1",
                  TextEncoding::Auto, 28, DetectedEncoding::Utf8},
        ErrorCase{"AutoNeitherUtf8NorGb", "ok\xC8\xD5\xFF", TextEncoding::Auto, 4, DetectedEncoding::Gb18030},
        ErrorCase{"Utf16OddLength", std::string("\xFF\xFE" "a\0b", 5), TextEncoding::Auto, 4, DetectedEncoding::Utf16Le},
        ErrorCase{"Utf16LoneHighSurrogate", std::string("\xFF\xFE" "a\0\x3D\xD8" "b\0", 8), TextEncoding::Utf16, 4,
                  DetectedEncoding::Utf16Le},
        ErrorCase{"Utf16LoneLowSurrogate", std::string("\xFE\xFF\xDC\x00", 4), TextEncoding::Utf16, 2,
                  DetectedEncoding::Utf16Be},
        ErrorCase{"Utf16HighSurrogateAtEnd", std::string("\xFF\xFE\x3D\xD8", 4), TextEncoding::Utf16, 2,
                  DetectedEncoding::Utf16Le}),
    [](const auto &info) { return std::string(info.param.name); });

struct Utf8Case {
    const char *name;
    std::string input;
    qsizetype firstInvalid;
};

class Utf8Validation : public ::testing::TestWithParam<Utf8Case>
{
};

TEST_P(Utf8Validation, FindsTheFirstInvalidSequence)
{
    EXPECT_EQ(TextDecoding::firstInvalidUtf8(bytes(GetParam().input)), GetParam().firstInvalid);
}

INSTANTIATE_TEST_SUITE_P(
    TextDecodingTest, Utf8Validation,
    ::testing::Values(Utf8Case{"Ascii", "0123456789abcdefgh", -1},
                      Utf8Case{"AllLengths", "a\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF", -1},
                      Utf8Case{"LoneContinuation", "0123456789\x80", 10},
                      Utf8Case{"OverlongTwo", "\xC0\x80", 0},
                      Utf8Case{"OverlongThree", "a\xE0\x80\x80", 1},
                      Utf8Case{"OverlongFour", "\xF0\x80\x80\x80", 0},
                      Utf8Case{"Surrogate", "ab\xED\xA0\x80", 2},
                      Utf8Case{"AboveMax", "\xF4\x90\x80\x80", 0},
                      Utf8Case{"F5", "\xF5\x80\x80\x80", 0},
                      Utf8Case{"BadSecondContinuation", "\xE6\x97\x41", 0},
                      Utf8Case{"TruncatedAfterAsciiRun", "abcdefghijklmnop\xE6", 16}),
    [](const auto &info) { return std::string(info.param.name); });

namespace {

/// The well-formed UTF-8 of Unicode table 3-7, one byte at a time: the offset of the first
/// ill-formed sequence or -1, and the multi-byte sequences before it.
qsizetype referenceFirstInvalidUtf8(const std::string &text, int *multiByte)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const auto n = qsizetype(text.size());
    *multiByte = 0;
    for (qsizetype i = 0; i < n;) {
        const unsigned c = s[i];
        int length = 1;
        unsigned low = 0x80, high = 0xBF;
        if (c <= 0x7F)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c == 0xE0)
            length = 3, low = 0xA0;
        else if (c == 0xED)
            length = 3, high = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF)
            length = 3;
        else if (c == 0xF0)
            length = 4, low = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            length = 4;
        else if (c == 0xF4)
            length = 4, high = 0x8F;
        else
            return i;
        if (n - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned b = s[i + k];
            if (k == 1 ? b < low || b > high : b < 0x80 || b > 0xBF)
                return i;
        }
        *multiByte += length > 1;
        i += length;
    }
    return -1;
}

} // namespace

TEST(TextDecodingTest, Utf8ValidationAgreesWithTheTableOnRandomText)
{
    // Runs of ASCII and of multi-byte characters as in Chinese CSV files, with now and then a
    // byte that breaks them, at every offset relative to the 8-byte ASCII blocks.
    const std::vector<std::string> pieces{"a", ",", "2026-11-02,", "0123456789abcdef", "\xE6\x97\xA5", "\xE6\x9C\x9F",
                                          "\xC3\xA9", "\xF0\x9F\x98\x80", "\xEF\xBC\x8C", "\xE4\xB8\x80"};
    const std::vector<std::string> breakers{"\x80", "\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF5", "\xFF", "\xE6\x97",
                                            "\xE6\x41\x41", "\xF4\x90\x80\x80", "\xC3"};
    std::mt19937 random(7);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int count = int(random() % 24);
        for (int k = 0; k < count; ++k)
            text += random() % 40 == 0 ? breakers[random() % breakers.size()] : pieces[random() % pieces.size()];
        int multiByte = 0;
        const qsizetype expected = referenceFirstInvalidUtf8(text, &multiByte);
        ASSERT_EQ(TextDecoding::firstInvalidUtf8(bytes(text)), expected) << testing::PrintToString(text);
        // The multi-byte sequences before the error decide between "damaged UTF-8" and GB18030.
        if (expected >= 0 && text.find('\0') == std::string::npos) {
            const DecodedText decoded = TextDecoding::decode(bytes(text));
            if (multiByte >= 8) {
                ASSERT_FALSE(decoded.ok()) << testing::PrintToString(text);
                EXPECT_EQ(decoded.encoding, DetectedEncoding::Utf8) << testing::PrintToString(text);
                EXPECT_EQ(decoded.error->byteOffset, expected) << testing::PrintToString(text);
            } else {
                EXPECT_EQ(decoded.encoding, DetectedEncoding::Gb18030) << testing::PrintToString(text);
            }
        }
    }
}

TEST(TextDecodingTest, LargeUtf8CheckedInHalvesGivesTheSameOffsets)
{
    // Over 4 MiB the check runs on two threads, cut near the middle: errors before, at and after
    // the cut, and a character across it, must give the offsets and the UTF-8-or-GB18030 choice of
    // the one-pass definition.
    std::string text;
    while (text.size() < (5u << 20))
        text += "2026-11-02,\xE5\xBC\xA0\xE4\xBC\x9F,\xE9\x94\x80\xE5\x94\xAE\xE9\xA2\x9D,12.50,\xF0\x9F\x98\x80\n";
    const auto check = [](const std::string &input, const std::string &what) {
        int multiByte = 0;
        const qsizetype expected = referenceFirstInvalidUtf8(input, &multiByte);
        EXPECT_EQ(TextDecoding::firstInvalidUtf8(bytes(input)), expected) << what;
        const DecodedText decoded = TextDecoding::decode(bytes(input));
        EXPECT_EQ(decoded.ok(), expected < 0) << what;
        if (expected >= 0 && multiByte >= 8) {
            EXPECT_EQ(decoded.encoding, DetectedEncoding::Utf8) << what;
            EXPECT_EQ(decoded.error->byteOffset, expected) << what;
        }
    };
    for (std::size_t shift = 0; shift < 39; ++shift) // the cut at every byte of a row
        check(std::string(shift, 'x') + text, "valid, shifted by " + std::to_string(shift));
    const qsizetype middle = qsizetype(text.size()) / 2;
    for (qsizetype at : {qsizetype(0), qsizetype(3), middle - 9, middle - 4, middle - 3, middle - 2, middle - 1, middle,
                         middle + 1, middle + 2, middle + 3, middle + 4, middle + 5, qsizetype(text.size()) - 1}) {
        for (const char bad : {'\xFF', '\x80', 'A'}) {
            std::string broken = text;
            broken[std::size_t(at)] = bad;
            check(broken, "byte " + std::to_string(at) + " = " + std::to_string(int(uchar(bad))));
        }
    }
    // Only a few multi-byte characters before the error: the file is tried as GB18030.
    std::string early = std::string(3u << 20, 'a') + "\xE5\xBC\xA0" + std::string(3u << 20, 'b') + "\xFF";
    check(early, "early");
    EXPECT_EQ(TextDecoding::decode(bytes(early)).encoding, DetectedEncoding::Gb18030);
    // ... also when the half after the cut is full of them.
    std::string firstHalf = std::string(2u << 20, 'a') + "\xE5\xBC\xA0\xFF" + std::string(1u << 20, 'b') + text;
    check(firstHalf, "error in the first half");
    EXPECT_EQ(TextDecoding::decode(bytes(firstHalf)).encoding, DetectedEncoding::Gb18030);
}

TEST(TextDecodingTest, LargeGb18030SpansSeveralChunks)
{
    QString text;
    for (int i = 0; i < 120'000; ++i)
        text += QStringLiteral("2026-03-%1,销售额,%2,张伟,华东😀\n").arg(i % 28 + 1).arg(i);
    const QByteArray gb = QStringEncoder("GB18030").encode(text);
    ASSERT_GT(gb.size(), 3 << 20);
    const DecodedText decoded = TextDecoding::decode(gb);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.encoding, DetectedEncoding::Gb18030);
    EXPECT_EQ(decoded.utf8, text.toUtf8());
}

TEST(TextDecodingTest, LargeGb18030ErrorOffsetIsExact)
{
    QByteArray gb = QStringEncoder("GB18030").encode(QString(QStringLiteral("日期,金额\n")).repeated(300'000));
    const qsizetype bad = gb.size() - 6; // the comma of the last line
    gb[bad] = '\xFF';
    const DecodedText decoded = TextDecoding::decode(gb, TextEncoding::Gb18030);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error->byteOffset, bad);
}

TEST(TextDecodingTest, AFewUtf8LookalikesStillDecodeAsGb18030)
{
    // C3 A9 is "é" in UTF-8 and "茅" in GB18030: one lookalike is no evidence of UTF-8.
    const QByteArray gb = QByteArray("\xC3\xA9") + QStringEncoder("GB18030").encode(QString::fromUtf8(utf8(u8"日期")));
    const DecodedText decoded = TextDecoding::decode(gb);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.encoding, DetectedEncoding::Gb18030);
    EXPECT_EQ(decoded.utf8, utf8(u8"茅日期"));
}

TEST(TextDecodingTest, ValidUtf8IsSharedNotCopied)
{
    const QByteArray input("a,b\n");
    const DecodedText decoded = TextDecoding::decode(input);
    EXPECT_EQ(decoded.utf8.constData(), input.constData());
}

TEST(TextDecodingTest, SampleFilesDecodeToTheSameText)
{
    const QByteArray expected = readFile("progress_utf8_bom.csv").sliced(3);
    const struct {
        const char *file;
        DetectedEncoding encoding;
        bool hadBom;
    } samples[] = {{"progress_utf8_bom.csv", DetectedEncoding::Utf8, true},
                   {"progress_gb18030.csv", DetectedEncoding::Gb18030, false}};
    for (const auto &sample : samples) {
        const DecodedText decoded = TextDecoding::decode(readFile(sample.file));
        ASSERT_TRUE(decoded.ok()) << sample.file;
        EXPECT_EQ(decoded.utf8, expected) << sample.file;
        EXPECT_EQ(decoded.encoding, sample.encoding) << sample.file;
        EXPECT_EQ(decoded.hadBom, sample.hadBom) << sample.file;
    }
    const DecodedText utf16 = TextDecoding::decode(readFile("progress_utf16le_bom.csv"));
    ASSERT_TRUE(utf16.ok());
    EXPECT_EQ(utf16.encoding, DetectedEncoding::Utf16Le);
    EXPECT_TRUE(utf16.utf8.startsWith(utf8(u8"日期\t指标\t")));
}

TEST(TextDecodingTest, Utf16LeRoundTripsChinese)
{
    const QByteArray input = QByteArray("\xFF\xFE") + utf16le(u8"客户,上海某某科技有限公司\r\n");
    const DecodedText decoded = TextDecoding::decode(input, TextEncoding::Utf16);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.utf8, utf8(u8"客户,上海某某科技有限公司\r\n"));
}

TEST(TextDecodingTest, EncodingNames)
{
    EXPECT_EQ(TextDecoding::encodingName(DetectedEncoding::Utf8), QStringLiteral("UTF-8"));
    EXPECT_EQ(TextDecoding::encodingName(DetectedEncoding::Gb18030), QStringLiteral("GB18030"));
    EXPECT_EQ(TextDecoding::encodingName(DetectedEncoding::Utf16Le), QStringLiteral("UTF-16LE"));
    EXPECT_EQ(TextDecoding::encodingName(DetectedEncoding::Utf16Be), QStringLiteral("UTF-16BE"));
}
