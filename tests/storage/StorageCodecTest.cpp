// StorageCodec: how values are written into columns and audit texts.
#include "salestarget/storage/StorageCodec.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>

namespace st {
namespace {

struct DecimalCase {
    std::int64_t minor;
    int decimals;
    const char *text;
};

class StorageCodecDecimalTest : public ::testing::TestWithParam<DecimalCase>
{
};

TEST_P(StorageCodecDecimalTest, FormatsMinorUnitsExactly)
{
    std::string out = "x";
    StorageCodec::appendDecimal(out, GetParam().minor, GetParam().decimals);
    EXPECT_EQ(out, std::string("x") + GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(Cases, StorageCodecDecimalTest,
                         ::testing::Values(DecimalCase{123456, 2, "1234.56"}, DecimalCase{-5, 2, "-0.05"},
                                           DecimalCase{0, 2, "0.00"}, DecimalCase{100, 2, "1.00"},
                                           DecimalCase{7, 0, "7"}, DecimalCase{-7, 0, "-7"},
                                           DecimalCase{1, 3, "0.001"},
                                           DecimalCase{std::numeric_limits<std::int64_t>::min(), 2,
                                                       "-92233720368547758.08"}));

TEST(StorageCodecTest, InstantsAreUtcIsoTextWithMilliseconds)
{
    const QDateTime local(QDate(2026, 3, 2), QTime(17, 30, 15, 250), QTimeZone(8 * 3600));
    EXPECT_EQ(StorageCodec::timeText(local), QStringLiteral("2026-03-02T09:30:15.250Z"));
    EXPECT_EQ(StorageCodec::timeOf(QStringLiteral("2026-03-02T09:30:15.250Z")), local);
    EXPECT_EQ(StorageCodec::timeOf(QStringLiteral("2026-03-02T09:30:15.250Z")).timeSpec(), Qt::UTC);
    EXPECT_EQ(StorageCodec::timeText(QDateTime()), QString());
    EXPECT_FALSE(StorageCodec::timeOf(QString()).isValid());
}

TEST(StorageCodecTest, DatesAreJulianDays)
{
    EXPECT_EQ(StorageCodec::julianDay(QDate(2026, 3, 2)), 2461102);
    EXPECT_EQ(StorageCodec::dateOf(2461102), QDate(2026, 3, 2));
    EXPECT_EQ(StorageCodec::julianDay(QDate()), 0);
}

TEST(StorageCodecTest, EntryTextListsWhatIsSet)
{
    ProgressEntry e;
    e.date = QDate(2026, 3, 2);
    e.metric = 4;
    e.value = Amount(3);
    e.person = 12;
    e.region = 7;
    e.note = QStringLiteral("拜访\"张总\"");
    EXPECT_EQ(StorageCodec::entryText(e),
              QStringLiteral("date=2026-03-02; metric=visits; value=3; person=12; region=7; note=\"拜访\"\"张总\"\"\""));
}

TEST(StorageCodecTest, TargetKeyAndCellText)
{
    EXPECT_EQ(StorageCodec::targetKey(1, 12, Month(2026, 3)), QStringLiteral("sales|12|2026-03"));
    EXPECT_EQ(StorageCodec::targetKey(5, 3, Month(2025, 12)), QStringLiteral("opportunities|3|2025-12"));
    EXPECT_EQ(StorageCodec::cellText(2, TargetCell{Amount(-150), true}), QStringLiteral("-1.50 locked"));
    EXPECT_EQ(StorageCodec::cellText(3, TargetCell{Amount(40), false}), QStringLiteral("40"));
}

TEST(StorageCodecTest, NodeText)
{
    const Node n{9, 4, Dimension::Org, QStringLiteral("Li Lei"), true, 6, 2};
    EXPECT_EQ(StorageCodec::nodeText(n),
              QStringLiteral("dimension=org; parent=4; name=\"Li Lei\"; person=1; home_region=6; order=2"));
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(StorageCodecUtf8, AppendsWhatQtEncodes)
{
    const QString texts[] = {
        QString(),
        QStringLiteral("CRM-000000001"),
        QStringLiteral("成都金桥物流有限公司"),
        QStringLiteral("mixed: Ä € 𝄞 end"), // 2-, 3- and 4-byte sequences (a surrogate pair)
        QString(200, QChar(0x4E2D)),
    };
    for (const QString &text : texts) {
        std::string out = "prefix|";
        StorageCodec::appendUtf8(out, text);
        EXPECT_EQ(out, "prefix|" + text.toStdString()) << text.toStdString();
    }
}

TEST(StorageCodecUtf8, ALoneSurrogateBecomesTheReplacementCharacter)
{
    QString text = QStringLiteral("a");
    text += QChar(0xD800);
    text += QStringLiteral("b");
    text += QChar(0xDC00);
    std::string out;
    StorageCodec::appendUtf8(out, text);
    EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

} // namespace
} // namespace st
