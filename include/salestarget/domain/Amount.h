#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

namespace st {

/// An exact amount in integer minor units (fen for CNY, units for counts). Never a double.
/// Arithmetic is checked: overflow throws DomainError instead of wrapping.
class Amount final
{
public:
    /// Largest magnitude accepted anywhere (about 9.2e16 major units at 2 decimals): leaves room
    /// for summing millions of entries without reaching the int64 limit silently.
    static constexpr std::int64_t kMaxMinor = 9'000'000'000'000'000'000LL / 10;

    constexpr Amount() = default;
    constexpr explicit Amount(std::int64_t minor) : m_minor(minor) {}

    /// The raw value in minor units.
    constexpr std::int64_t minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }

    /// Parses user input: `1234.56`, `1,234.56`, `-12`, `5000万`, `1.2亿`, `3.5k` is not accepted.
    /// `decimals` is the number of minor digits (2 for money, 0 for counts). Throws DomainError
    /// naming the text and what is wrong (empty, stray character, too many decimals, overflow).
    static Amount parse(QStringView text, int decimals);
    /// Formats for people: thousands separators, exactly `decimals` fraction digits (`1,234.56`).
    QString toString(int decimals, bool groupThousands = true) const;
    /// Formats for machines: no separators, `-` sign, fraction digits trimmed of none (`1234.56`).
    QString toDecimalString(int decimals) const;

    Amount operator+(Amount other) const;
    Amount operator-(Amount other) const;
    Amount &operator+=(Amount other);
    Amount &operator-=(Amount other);
    Amount operator-() const { return Amount(-m_minor); }

    constexpr auto operator<=>(const Amount &) const = default;

private:
    std::int64_t m_minor = 0;
};

/// 10^decimals as an integer (decimals in 0..6).
std::int64_t scaleOf(int decimals);

} // namespace st
