#include "salestarget/domain/Amount.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

namespace st {

namespace {

bool checkedMulAdd(std::int64_t value, int factor, int digit, std::int64_t &out)
{
    std::int64_t mul = 0;
    if (__builtin_mul_overflow(value, std::int64_t(factor), &mul))
        return false;
    return !__builtin_add_overflow(mul, std::int64_t(digit), &out);
}

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

} // namespace

std::int64_t scaleOf(int decimals)
{
    std::int64_t s = 1;
    for (int i = 0; i < decimals; ++i)
        s *= 10;
    return s;
}

Amount Amount::parse(QStringView text, int decimals)
{
    const QString shown = text.toString();
    auto fail = [&](const QString &why) -> DomainError {
        return DomainError(QCoreApplication::translate("Amount", "\"%1\" is not a valid amount: %2").arg(shown, why));
    };

    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    if (begin == end)
        throw DomainError(QCoreApplication::translate("Amount", "An amount is required."));

    bool negative = false;
    if (text[begin] == u'-' || text[begin] == u'+' || text[begin] == QChar(0xFF0D)) {
        negative = text[begin] != u'+';
        ++begin;
    }
    if (begin < end && (text[begin] == QChar(0x00A5) || text[begin] == QChar(0xFFE5)))
        ++begin; // ¥ / ￥
    // Trailing unit words: 元, 万, 亿, 万元, 亿元.
    if (end > begin && text[end - 1] == QChar(0x5143)) // 元
        --end;
    int exponent = 0;
    if (end > begin && text[end - 1] == QChar(0x4E07)) { // 万
        exponent = 4;
        --end;
    } else if (end > begin && text[end - 1] == QChar(0x4EBF)) { // 亿
        exponent = 8;
        --end;
    }
    while (end > begin && isBlank(text[end - 1]))
        --end;
    if (begin == end)
        throw fail(QCoreApplication::translate("Amount", "there is no number"));

    std::int64_t digits = 0;
    int digitCount = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    int groupLength = -1; // digits since the last thousands separator (-1: none seen)
    int intDigits = 0;
    int significantDropped = 0; // non-zero digits that do not fit the minor unit
    const int keepFraction = decimals + exponent;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            const int d = c.unicode() - u'0';
            if (inFraction) {
                ++fractionDigits;
                if (fractionDigits > keepFraction) {
                    if (d != 0)
                        ++significantDropped;
                    continue;
                }
            } else {
                ++intDigits;
                if (groupLength >= 0)
                    ++groupLength;
            }
            if (!checkedMulAdd(digits, 10, d, digits))
                throw fail(QCoreApplication::translate("Amount", "the number is too large"));
            ++digitCount;
        } else if (c == u',' && !inFraction) {
            if (intDigits == 0 || (groupLength >= 0 && groupLength != 3) || (groupLength < 0 && intDigits > 3))
                throw fail(QCoreApplication::translate("Amount", "misplaced thousands separator"));
            groupLength = 0;
        } else if (c == u'.' && !inFraction) {
            if (groupLength >= 0 && groupLength != 3)
                throw fail(QCoreApplication::translate("Amount", "misplaced thousands separator"));
            inFraction = true;
        } else {
            throw fail(QCoreApplication::translate("Amount", "unexpected character \"%1\"").arg(c));
        }
    }
    if (groupLength >= 0 && groupLength != 3)
        throw fail(QCoreApplication::translate("Amount", "misplaced thousands separator"));
    if (digitCount == 0)
        throw fail(QCoreApplication::translate("Amount", "there is no number"));
    if (significantDropped > 0) {
        throw fail(decimals == 0 ? QCoreApplication::translate("Amount", "this metric counts whole units")
                                 : QCoreApplication::translate("Amount", "at most %1 decimal places are allowed").arg(keepFraction));
    }
    const int kept = std::min(fractionDigits, keepFraction);
    std::int64_t value = digits;
    for (int i = kept; i < keepFraction; ++i) {
        if (__builtin_mul_overflow(value, std::int64_t(10), &value))
            throw fail(QCoreApplication::translate("Amount", "the number is too large"));
    }
    if (value > kMaxMinor)
        throw fail(QCoreApplication::translate("Amount", "the number is too large"));
    return Amount(negative ? -value : value);
}

QString Amount::toString(int decimals, bool groupThousands) const
{
    const std::int64_t scale = scaleOf(decimals);
    const bool negative = m_minor < 0;
    // Work in unsigned to format INT64_MIN-safe magnitudes.
    const std::uint64_t magnitude = negative ? 0ULL - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    const std::uint64_t whole = magnitude / std::uint64_t(scale);
    const std::uint64_t fraction = magnitude % std::uint64_t(scale);

    QString digits = QString::number(whole);
    if (groupThousands) {
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, u',');
    }
    QString result;
    result.reserve(digits.size() + decimals + 2);
    if (negative)
        result += u'-';
    result += digits;
    if (decimals > 0) {
        result += u'.';
        result += QString::number(fraction).rightJustified(decimals, u'0');
    }
    return result;
}

QString Amount::toDecimalString(int decimals) const
{
    QString s = toString(decimals, false);
    if (decimals > 0) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

Amount Amount::operator+(Amount other) const
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        throw DomainError(QCoreApplication::translate("Amount", "An amount is too large to add up."));
    return Amount(r);
}

Amount Amount::operator-(Amount other) const
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        throw DomainError(QCoreApplication::translate("Amount", "An amount is too large to subtract."));
    return Amount(r);
}

Amount &Amount::operator+=(Amount other)
{
    *this = *this + other;
    return *this;
}

Amount &Amount::operator-=(Amount other)
{
    *this = *this - other;
    return *this;
}

} // namespace st
