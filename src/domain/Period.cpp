#include "salestarget/domain/Period.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace st {

namespace {

int isoWeeksIn(int isoYear)
{
    int y = 0;
    const int w = QDate(isoYear, 12, 28).weekNumber(&y);
    return w;
}

QDate mondayOfWeek1(int isoYear)
{
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

} // namespace

int fiscalYearOf(QDate date, int startMonth)
{
    return date.month() >= startMonth ? date.year() : date.year() - 1;
}

Period::Period(PeriodKind kind, QDate first, QDate last, bool fiscal, int label, int startMonth)
    : m_kind(kind), m_first(first), m_last(last), m_fiscal(fiscal), m_label(label), m_startMonth(startMonth)
{
}

Period Period::year(int fiscalYear, int startMonth)
{
    const QDate first(fiscalYear, startMonth, 1);
    return Period(PeriodKind::Year, first, first.addMonths(12).addDays(-1), startMonth != 1, fiscalYear, startMonth);
}

Period Period::quarter(int fiscalYear, int quarter, int startMonth)
{
    if (quarter < 1 || quarter > 4)
        throw DomainError(QCoreApplication::translate("Period", "A quarter is numbered 1 to 4, not %1.").arg(quarter));
    const QDate first = QDate(fiscalYear, startMonth, 1).addMonths(3 * (quarter - 1));
    return Period(PeriodKind::Quarter, first, first.addMonths(3).addDays(-1), startMonth != 1, fiscalYear, startMonth);
}

Period Period::month(Month m)
{
    return Period(PeriodKind::Month, m.firstDay(), m.lastDay(), false, m.year(), 1);
}

Period Period::week(int isoYear, int week)
{
    if (week < 1 || week > isoWeeksIn(isoYear))
        throw DomainError(QCoreApplication::translate("Period", "%1 has no ISO week %2 (it has %3).").arg(isoYear).arg(week).arg(isoWeeksIn(isoYear)));
    const QDate first = mondayOfWeek1(isoYear).addDays(7 * (week - 1));
    return Period(PeriodKind::Week, first, first.addDays(6), false, isoYear, 1);
}

Period Period::day(QDate date)
{
    return Period(PeriodKind::Day, date, date, false, date.year(), 1);
}

Period Period::containing(PeriodKind kind, QDate date, int startMonth)
{
    switch (kind) {
    case PeriodKind::Year:
        return year(fiscalYearOf(date, startMonth), startMonth);
    case PeriodKind::Quarter: {
        const int fy = fiscalYearOf(date, startMonth);
        const int monthsIn = Month::of(date) - Month(fy, startMonth);
        return quarter(fy, monthsIn / 3 + 1, startMonth);
    }
    case PeriodKind::Month:
        return month(Month::of(date));
    case PeriodKind::Week: {
        int isoYear = 0;
        const int w = date.weekNumber(&isoYear);
        return week(isoYear, w);
    }
    case PeriodKind::Day:
        break;
    }
    return day(date);
}

Period Period::parse(QStringView text, int startMonth)
{
    static const QRegularExpression fy(QStringLiteral("^FY(\\d{4})(?:-Q([1-4]))?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("^(\\d{4})(?:-(?:Q([1-4])|W(\\d{2})|(\\d{2})(?:-(\\d{2}))?))?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed().toString();
    const auto bad = [&] {
        return DomainError(QCoreApplication::translate("Period", "\"%1\" is not a period. Use 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-22, "
                              "FY2026 or FY2026-Q1.").arg(t));
    };
    const auto checkYear = [](int y) {
        if (y < 1900 || y > 9999)
            throw DomainError(QCoreApplication::translate("Period", "The year %1 is out of range (1900 to 9999).").arg(y));
    };
    if (const auto m = fy.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        checkYear(y); // FY0000 would otherwise be a period with invalid dates
        return m.captured(2).isEmpty() ? year(y, startMonth) : quarter(y, m.captured(2).toInt(), startMonth);
    }
    const auto m = plain.match(t);
    if (!m.hasMatch())
        throw bad();
    const int y = m.captured(1).toInt();
    checkYear(y);
    if (!m.captured(2).isEmpty())
        return quarter(y, m.captured(2).toInt(), 1);
    if (!m.captured(3).isEmpty())
        return week(y, m.captured(3).toInt());
    if (!m.captured(4).isEmpty()) {
        const int mo = m.captured(4).toInt();
        if (mo < 1 || mo > 12)
            throw bad();
        if (m.captured(5).isEmpty())
            return month(Month(y, mo));
        const QDate d(y, mo, m.captured(5).toInt());
        if (!d.isValid())
            throw DomainError(QCoreApplication::translate("Period", "%1 is not a date of the calendar.").arg(t));
        return day(d);
    }
    return year(y, 1);
}

std::vector<Month> Period::months() const
{
    std::vector<Month> result;
    if (m_kind == PeriodKind::Week || m_kind == PeriodKind::Day)
        return result;
    for (Month m = Month::of(m_first); m <= Month::of(m_last); m = m + 1)
        result.push_back(m);
    return result;
}

QString Period::toString() const
{
    switch (m_kind) {
    case PeriodKind::Year:
        return m_fiscal ? QStringLiteral("FY%1").arg(m_label) : QString::number(m_label);
    case PeriodKind::Quarter: {
        const int q = (Month::of(m_first) - Month(m_label, m_startMonth)) / 3 + 1;
        return m_fiscal ? QStringLiteral("FY%1-Q%2").arg(m_label).arg(q) : QStringLiteral("%1-Q%2").arg(m_label).arg(q);
    }
    case PeriodKind::Month:
        return Month::of(m_first).toString();
    case PeriodKind::Week:
        return QStringLiteral("%1-W%2").arg(m_label).arg(m_first.weekNumber(), 2, 10, QLatin1Char('0'));
    case PeriodKind::Day:
        break;
    }
    return m_first.toString(Qt::ISODate);
}

Period Period::previous() const
{
    switch (m_kind) {
    case PeriodKind::Year:
        return year(m_label - 1, m_startMonth);
    case PeriodKind::Quarter:
        return containing(PeriodKind::Quarter, m_first.addMonths(-3), m_startMonth);
    case PeriodKind::Month:
        return month(Month::of(m_first) + -1);
    case PeriodKind::Week:
        return containing(PeriodKind::Week, m_first.addDays(-7));
    case PeriodKind::Day:
        break;
    }
    return day(m_first.addDays(-1));
}

Period Period::yearEarlier() const
{
    switch (m_kind) {
    case PeriodKind::Year:
        return year(m_label - 1, m_startMonth);
    case PeriodKind::Quarter:
        return containing(PeriodKind::Quarter, m_first.addYears(-1), m_startMonth);
    case PeriodKind::Month:
        return month(Month::of(m_first) + -12);
    case PeriodKind::Week:
        return week(m_label - 1, std::min(m_first.weekNumber(), isoWeeksIn(m_label - 1)));
    case PeriodKind::Day:
        break;
    }
    return day(m_first.addYears(-1));
}

} // namespace st
