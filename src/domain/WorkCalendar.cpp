#include "salestarget/domain/WorkCalendar.h"

namespace st {

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (!m_exceptions.empty()) {
        const auto it = m_exceptions.find(date.toJulianDay());
        if (it != m_exceptions.end())
            return it->second.type == DayType::ExtraWorkingDay;
    }
    return date.dayOfWeek() <= 5;
}

int WorkCalendar::workingDays(QDate first, QDate last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    // Whole weeks have five weekdays; only the ends and the exceptions need a look.
    const qint64 days = first.daysTo(last) + 1;
    const qint64 weeks = days / 7;
    int count = int(weeks * 5);
    for (QDate d = first.addDays(weeks * 7); d <= last; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            ++count;
    }
    for (auto it = m_exceptions.lower_bound(first.toJulianDay()); it != m_exceptions.end() && it->first <= last.toJulianDay(); ++it) {
        const bool weekday = it->second.date.dayOfWeek() <= 5;
        if (it->second.type == DayType::Holiday && weekday)
            --count;
        else if (it->second.type == DayType::ExtraWorkingDay && !weekday)
            ++count;
    }
    return count;
}

QDate WorkCalendar::firstWorkingDay(QDate first, QDate last) const
{
    if (!first.isValid() || !last.isValid())
        return {};
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

std::vector<QDate> WorkCalendar::workingDayList(QDate first, QDate last) const
{
    std::vector<QDate> result;
    if (!first.isValid() || !last.isValid())
        return result;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (isWorkingDay(d))
            result.push_back(d);
    }
    return result;
}

void WorkCalendar::setException(QDate date, DayType type, const QString &name)
{
    m_exceptions[date.toJulianDay()] = Exception{date, type, name};
}

void WorkCalendar::clearException(QDate date)
{
    m_exceptions.erase(date.toJulianDay());
}

std::vector<WorkCalendar::Exception> WorkCalendar::exceptions() const
{
    std::vector<Exception> result;
    result.reserve(m_exceptions.size());
    for (const auto &[day, e] : m_exceptions)
        result.push_back(e);
    return result;
}

bool operator==(const WorkCalendar &a, const WorkCalendar &b)
{
    if (a.m_exceptions.size() != b.m_exceptions.size())
        return false;
    auto i = a.m_exceptions.begin();
    for (auto j = b.m_exceptions.begin(); j != b.m_exceptions.end(); ++i, ++j) {
        if (i->first != j->first || i->second.type != j->second.type || i->second.name != j->second.name)
            return false;
    }
    return true;
}

} // namespace st
