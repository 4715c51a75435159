#pragma once
// Shared helpers for the domain tests: readable gtest output for Qt and domain value types, and
// shorthands for the exact amounts used throughout (no test reads the wall clock).

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Month.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/Status.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}

namespace st {

inline void PrintTo(const Amount &a, std::ostream *os)
{
    *os << a.minor() << " (" << a.toString(2).toStdString() << ")";
}

inline void PrintTo(const Month &m, std::ostream *os)
{
    *os << m.toString().toStdString();
}

inline void PrintTo(const Period &p, std::ostream *os)
{
    *os << p.toString().toStdString() << " [" << p.first().toString(Qt::ISODate).toStdString() << ".."
        << p.last().toString(Qt::ISODate).toStdString() << "]";
}

inline void PrintTo(Status s, std::ostream *os)
{
    *os << statusKey(s).toStdString();
}

namespace test {

/// Major currency units (yuan) as fen.
constexpr Amount yuan(std::int64_t major)
{
    return Amount(major * 100);
}

/// 万 (ten thousand yuan) as fen: wan(5000) is 5000万.
constexpr Amount wan(std::int64_t tenThousands)
{
    return Amount(tenThousands * 10'000 * 100);
}

} // namespace test
} // namespace st

/// Expects `statement` to throw st::DomainError whose message contains `fragment`.
#define EXPECT_DOMAIN_ERROR(statement, fragment)                                                        \
    do {                                                                                                \
        bool thrown_ = false;                                                                           \
        try {                                                                                           \
            statement;                                                                                  \
        } catch (const st::DomainError &e_) {                                                           \
            thrown_ = true;                                                                             \
            EXPECT_TRUE(e_.message().contains(QString(fragment)))                                      \
                << "message: " << e_.message().toStdString() << "\nexpected to contain: "             \
                << QString(fragment).toStdString();                                                     \
        }                                                                                               \
        EXPECT_TRUE(thrown_) << "expected st::DomainError from: " #statement;                           \
    } while (false)
