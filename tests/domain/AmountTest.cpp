// Amount: exact minor-unit amounts, parsing of user input (1,234.56 / 5000万 / 1.2亿), formatting
// and checked arithmetic (design.md §2 "Amounts are exact").
#include "salestarget/domain/Amount.h"

#include "domain/DomainTestSupport.h"

#include <limits>

namespace st {
namespace {

using test::wan;
using test::yuan;

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

// --- parse: accepted input --------------------------------------------------------------------

struct ParseCase {
    const char *text;
    int decimals;
    std::int64_t minor;
};

void PrintTo(const ParseCase &c, std::ostream *os)
{
    *os << '"' << c.text << "\" @" << c.decimals;
}

class AmountParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(AmountParseTest, ParsesToExactMinorUnits)
{
    const ParseCase &c = GetParam();
    EXPECT_EQ(Amount::parse(QString::fromUtf8(c.text), c.decimals).minor(), c.minor);
}

INSTANTIATE_TEST_SUITE_P(
    Valid, AmountParseTest,
    ::testing::Values(
        ParseCase{"1234.56", 2, 123456}, ParseCase{"1,234.56", 2, 123456},
        ParseCase{"1,234,567.8", 2, 123456780}, ParseCase{"1,000.00", 2, 100000},
        ParseCase{"123", 2, 12300}, ParseCase{"0", 2, 0}, ParseCase{"-0", 2, 0},
        ParseCase{"0.05", 2, 5}, ParseCase{"-12", 2, -1200}, ParseCase{"+12", 2, 1200},
        ParseCase{"-1,234.56", 2, -123456},
        ParseCase{"\xEF\xBC\x8D" "5", 0, -5},                  // full-width minus
        ParseCase{"  42  ", 0, 42}, ParseCase{"\xE3\x80\x80" "42", 0, 42}, // ideographic space
        ParseCase{"1.230", 2, 123},                             // a trailing zero beyond the unit is harmless
        ParseCase{"1.0", 0, 1},                                 // counts: .0 is still a whole number
        // 万 and 亿: exact, including fractions of them
        ParseCase{"5000\xE4\xB8\x87", 2, 5'000'000'000},        // 5000万 = 50,000,000.00
        ParseCase{"1.2\xE4\xBA\xBF", 2, 12'000'000'000},        // 1.2亿 = 120,000,000.00
        ParseCase{"1200\xE4\xB8\x87", 2, 1'200'000'000},        // 1200万
        ParseCase{"100\xE4\xB8\x87", 2, 100'000'000},           // 100万
        ParseCase{"1.2345\xE4\xB8\x87", 2, 1'234'500},          // 1.2345万 = 12,345.00
        ParseCase{"0.000001\xE4\xBA\xBF", 2, 10'000},           // 0.000001亿 = 100.00
        ParseCase{"5000\xE4\xB8\x87\xE5\x85\x83", 2, 5'000'000'000}, // 5000万元
        ParseCase{"3 \xE4\xB8\x87", 0, 30'000},                 // blank before the unit word
        ParseCase{"1.5\xE4\xB8\x87", 0, 15'000},                // a count of 1.5万 is whole
        ParseCase{"12\xE5\x85\x83", 2, 1200},                   // 12元
        ParseCase{"\xC2\xA5" "1,234.5", 2, 123'450},            // ¥
        ParseCase{"-\xEF\xBF\xA5" "8", 2, -800},                // -￥8
        // the largest accepted magnitude, exactly
        ParseCase{"900000000000000000", 0, Amount::kMaxMinor},
        ParseCase{"9000000000000000", 2, Amount::kMaxMinor},
        ParseCase{"-9,000,000,000,000,000.00", 2, -Amount::kMaxMinor}));

// --- parse: rejected input, with a message that says what is wrong ------------------------------

struct BadParseCase {
    const char *text;
    int decimals;
    const char *why; // fragment of the expected message
};

void PrintTo(const BadParseCase &c, std::ostream *os)
{
    *os << '"' << c.text << "\" @" << c.decimals;
}

class AmountBadParseTest : public ::testing::TestWithParam<BadParseCase> {};

TEST_P(AmountBadParseTest, ThrowsWithClearMessage)
{
    const BadParseCase &c = GetParam();
    EXPECT_DOMAIN_ERROR((void)Amount::parse(QString::fromUtf8(c.text), c.decimals), QString::fromUtf8(c.why));
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, AmountBadParseTest,
    ::testing::Values(
        BadParseCase{"", 2, "An amount is required."}, BadParseCase{"   ", 2, "An amount is required."},
        BadParseCase{"abc", 2, "\"abc\" is not a valid amount: unexpected character \"a\""},
        BadParseCase{"1,23", 2, "\"1,23\" is not a valid amount: misplaced thousands separator"},
        BadParseCase{"1,2345", 2, "misplaced thousands separator"},
        BadParseCase{"1234,567", 2, "misplaced thousands separator"},
        BadParseCase{",123", 2, "misplaced thousands separator"},
        BadParseCase{"12,34.5", 2, "misplaced thousands separator"},
        BadParseCase{"1,234.5,6", 2, "unexpected character \",\""},
        BadParseCase{"1.234", 2, "\"1.234\" is not a valid amount: at most 2 decimal places are allowed"},
        BadParseCase{"0.001", 2, "at most 2 decimal places"},
        BadParseCase{"1.2345678\xE4\xB8\x87", 2, "at most 6 decimal places"}, // below a fen
        BadParseCase{"1.5", 0, "this metric counts whole units"},
        BadParseCase{"2.01", 0, "this metric counts whole units"},
        BadParseCase{"1.2.3", 2, "unexpected character \".\""},
        BadParseCase{"-", 2, "there is no number"}, BadParseCase{"\xE4\xB8\x87", 2, "there is no number"},
        BadParseCase{".", 2, "there is no number"},
        BadParseCase{"1e5", 2, "unexpected character \"e\""},
        BadParseCase{"3.5k", 2, "unexpected character \"k\""},
        BadParseCase{"--5", 2, "unexpected character \"-\""}, BadParseCase{"1 2", 2, "unexpected character"},
        BadParseCase{"12\xE4\xB8\x87\xE4\xB8\x87", 2, "unexpected character"}, // 万万
        // overflow: int64 itself, the accepted maximum, and via the unit multiplier
        BadParseCase{"9223372036854775808", 0, "the number is too large"},
        BadParseCase{"9223372036854775807", 0, "the number is too large"},
        BadParseCase{"900000000000000001", 0, "the number is too large"},
        BadParseCase{"-900000000000000001", 0, "the number is too large"},
        BadParseCase{"9000000000000000.01", 2, "the number is too large"},
        BadParseCase{"99999999999\xE4\xBA\xBF", 2, "the number is too large"},
        BadParseCase{"12345678901234567890123", 2, "the number is too large"},
        BadParseCase{"92233720368547758.08", 2, "the number is too large"}));

TEST(AmountTest, ParseMessageQuotesTheOriginalText)
{
    try {
        (void)Amount::parse(u" 12x ", 2);
        FAIL() << "expected DomainError";
    } catch (const DomainError &e) {
        EXPECT_EQ(e.message(), QStringLiteral("\" 12x \" is not a valid amount: unexpected character \"x\""));
        EXPECT_STREQ(e.what(), e.message().toStdString().c_str());
    }
}

TEST(AmountTest, SeedDecompositionsAddUpExactly)
{
    const Amount plan = Amount::parse(u"5000万", 2);
    EXPECT_EQ(plan, wan(5000));
    // product: A 2000万 + B 1500万 + services 1500万
    EXPECT_EQ(Amount::parse(u"2000万", 2) + Amount::parse(u"1500万", 2) + Amount::parse(u"1,500万", 2), plan);
    // region: East 1800万 + South 1500万 + North 1200万 + other 500万
    EXPECT_EQ(wan(1800) + wan(1500) + wan(1200) + wan(500), plan);
    EXPECT_EQ(Amount::parse(u"0.5亿", 2), plan);
}

// --- formatting ----------------------------------------------------------------------------------

struct FormatCase {
    std::int64_t minor;
    int decimals;
    const char *grouped;
    const char *plain;
    const char *decimal;
};

void PrintTo(const FormatCase &c, std::ostream *os)
{
    *os << c.minor << " @" << c.decimals;
}

class AmountFormatTest : public ::testing::TestWithParam<FormatCase> {};

TEST_P(AmountFormatTest, FormatsForPeopleAndMachines)
{
    const FormatCase &c = GetParam();
    const Amount a(c.minor);
    EXPECT_EQ(a.toString(c.decimals), QString::fromUtf8(c.grouped));
    EXPECT_EQ(a.toString(c.decimals, false), QString::fromUtf8(c.plain));
    EXPECT_EQ(a.toDecimalString(c.decimals), QString::fromUtf8(c.decimal));
}

INSTANTIATE_TEST_SUITE_P(
    Values, AmountFormatTest,
    ::testing::Values(
        FormatCase{123456, 2, "1,234.56", "1234.56", "1234.56"},
        FormatCase{-123456, 2, "-1,234.56", "-1234.56", "-1234.56"},
        FormatCase{123450, 2, "1,234.50", "1234.50", "1234.5"},
        FormatCase{100, 2, "1.00", "1.00", "1"}, FormatCase{5, 2, "0.05", "0.05", "0.05"},
        FormatCase{-5, 2, "-0.05", "-0.05", "-0.05"}, FormatCase{0, 2, "0.00", "0.00", "0"},
        FormatCase{99999, 2, "999.99", "999.99", "999.99"},
        FormatCase{100000, 2, "1,000.00", "1000.00", "1000"},
        FormatCase{5'000'000'000, 2, "50,000,000.00", "50000000.00", "50000000"},
        FormatCase{1234567, 0, "1,234,567", "1234567", "1234567"},
        FormatCase{1000, 0, "1,000", "1000", "1000"}, FormatCase{0, 0, "0", "0", "0"},
        FormatCase{-100, 0, "-100", "-100", "-100"},
        FormatCase{kInt64Max, 0, "9,223,372,036,854,775,807", "9223372036854775807", "9223372036854775807"},
        FormatCase{kInt64Min, 2, "-92,233,720,368,547,758.08", "-92233720368547758.08", "-92233720368547758.08"}));

TEST(AmountTest, FormattedTextParsesBack)
{
    for (const std::int64_t minor : {std::int64_t(0), std::int64_t(1), std::int64_t(-1), std::int64_t(123456),
                                     std::int64_t(-987654321), Amount::kMaxMinor, -Amount::kMaxMinor}) {
        const Amount a(minor);
        EXPECT_EQ(Amount::parse(a.toString(2), 2), a) << minor;
        EXPECT_EQ(Amount::parse(a.toDecimalString(2), 2), a) << minor;
    }
}

// --- arithmetic ----------------------------------------------------------------------------------

TEST(AmountTest, ArithmeticIsExact)
{
    Amount a = yuan(10);
    a += Amount(5);
    EXPECT_EQ(a.minor(), 1005);
    a -= Amount(2005);
    EXPECT_EQ(a.minor(), -1000);
    EXPECT_EQ((-a).minor(), 1000);
    EXPECT_EQ((Amount(7) - Amount(10)).minor(), -3);
    EXPECT_TRUE(Amount().isZero());
    EXPECT_FALSE(Amount(-1).isZero());
    EXPECT_LT(Amount(-1), Amount(0));
    EXPECT_GT(Amount(2), Amount(1));
    EXPECT_EQ(Amount(3), Amount(3));
}

TEST(AmountTest, AdditionOverflowThrowsInsteadOfWrapping)
{
    EXPECT_DOMAIN_ERROR((void)(Amount(kInt64Max) + Amount(1)), "too large to add up");
    EXPECT_DOMAIN_ERROR((void)(Amount(kInt64Min) + Amount(-1)), "too large to add up");
    EXPECT_DOMAIN_ERROR((void)(Amount(kInt64Min) - Amount(1)), "too large to subtract");
    EXPECT_DOMAIN_ERROR((void)(Amount(kInt64Max) - Amount(-1)), "too large to subtract");
    EXPECT_EQ((Amount(kInt64Max) + Amount(kInt64Min)).minor(), -1);
    EXPECT_EQ((Amount(kInt64Max) - Amount(kInt64Max)).minor(), 0);
}

TEST(AmountTest, CompoundOverflowLeavesTheValueUnchanged)
{
    Amount a(kInt64Max - 1);
    EXPECT_THROW(a += Amount(2), DomainError);
    EXPECT_EQ(a.minor(), kInt64Max - 1);
    Amount b(kInt64Min + 1);
    EXPECT_THROW(b -= Amount(2), DomainError);
    EXPECT_EQ(b.minor(), kInt64Min + 1);
}

TEST(AmountTest, MaxMinorLeavesHeadroomForSummingManyAmounts)
{
    EXPECT_EQ(Amount::kMaxMinor, 900'000'000'000'000'000LL);
    // Ten maximal amounts still add up without overflow.
    Amount sum;
    for (int i = 0; i < 10; ++i)
        sum += Amount(Amount::kMaxMinor);
    EXPECT_EQ(sum.minor(), 9'000'000'000'000'000'000LL);
}

TEST(AmountTest, ScaleOf)
{
    EXPECT_EQ(scaleOf(0), 1);
    EXPECT_EQ(scaleOf(2), 100);
    EXPECT_EQ(scaleOf(6), 1'000'000);
}

} // namespace
} // namespace st
