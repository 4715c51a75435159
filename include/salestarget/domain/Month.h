#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>

namespace st {

/// A calendar month as a single integer (year * 12 + month - 1), the grain at which targets are stored.
class Month final
{
public:
    constexpr Month() = default;
    constexpr explicit Month(int index) : m_index(index) {}
    constexpr Month(int year, int month) : m_index(year * 12 + month - 1) {}
    /// The month containing `date`.
    static Month of(QDate date) { return Month(date.year(), date.month()); }
    /// Parses `2026-11`; throws DomainError.
    static Month parse(QStringView text);

    constexpr int index() const { return m_index; }
    constexpr int year() const { return m_index / 12; }
    constexpr int month() const { return m_index % 12 + 1; }
    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    /// `2026-11`.
    QString toString() const;

    constexpr Month operator+(int months) const { return Month(m_index + months); }
    constexpr int operator-(Month other) const { return m_index - other.m_index; }
    constexpr auto operator<=>(const Month &) const = default;

private:
    int m_index = 0;
};

} // namespace st
