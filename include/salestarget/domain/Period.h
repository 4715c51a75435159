#pragma once

#include "salestarget/domain/Month.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

namespace st {

enum class PeriodKind { Year, Quarter, Month, Week, Day };

/// A reporting period: a (fiscal) year, a (fiscal) quarter, a calendar month, an ISO week or a day.
/// Fiscal years are named by the calendar year in which they start (FY2026 starting 2026-04-01).
class Period final
{
public:
    Period() = default;

    /// The fiscal year `fiscalYear` that starts on the 1st of `startMonth`.
    static Period year(int fiscalYear, int startMonth = 1);
    /// Quarter 1..4 of a fiscal year.
    static Period quarter(int fiscalYear, int quarter, int startMonth = 1);
    static Period month(Month m);
    /// ISO week `week` of ISO year `isoYear` (Monday to Sunday); throws DomainError when it does not exist.
    static Period week(int isoYear, int week);
    static Period day(QDate date);
    /// The period of `kind` that contains `date` (fiscal for years and quarters).
    static Period containing(PeriodKind kind, QDate date, int startMonth = 1);

    /// Parses `2026`, `2026-Q3`, `2026-11`, `2026-W47`, `2026-11-22`, `FY2026`, `FY2026-Q1`.
    /// A bare year or quarter is a calendar one; the FY forms use `startMonth`. Throws DomainError.
    static Period parse(QStringView text, int startMonth = 1);

    PeriodKind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isValid() const { return m_first.isValid(); }
    /// Whether this year/quarter is aligned on a fiscal year that does not start in January.
    bool isFiscal() const { return m_fiscal; }
    bool contains(QDate d) const { return d >= m_first && d <= m_last; }
    /// Months a year/quarter/month period is made of (empty for weeks and days).
    std::vector<Month> months() const;
    /// Number of calendar days.
    int dayCount() const { return int(m_first.daysTo(m_last)) + 1; }
    /// The canonical text form, the inverse of parse().
    QString toString() const;
    /// The previous period of the same kind (previous week, previous month, ...).
    Period previous() const;
    /// The same period one year earlier (for a week: the same ISO week number of the previous ISO year, or its last week).
    Period yearEarlier() const;

    friend bool operator==(const Period &, const Period &) = default;

private:
    Period(PeriodKind kind, QDate first, QDate last, bool fiscal, int label, int startMonth);

    PeriodKind m_kind = PeriodKind::Day;
    QDate m_first;
    QDate m_last;
    bool m_fiscal = false;
    int m_label = 0;       // fiscal year / ISO year the period belongs to
    int m_startMonth = 1;  // fiscal start month the period was built with
};

/// The fiscal year (named by its starting calendar year) that contains `date`.
int fiscalYearOf(QDate date, int startMonth);

} // namespace st
