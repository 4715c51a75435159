#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace st {

/// Working days: Monday to Friday, minus holidays, plus extra working days (China's 调休 weekends).
class WorkCalendar final
{
public:
    enum class DayType { Holiday, ExtraWorkingDay };
    struct Exception {
        QDate date;
        DayType type = DayType::Holiday;
        QString name;
    };

    /// Whether people work on `date`.
    bool isWorkingDay(QDate date) const;
    /// Working days in [first, last] (0 when last < first).
    int workingDays(QDate first, QDate last) const;
    /// The first working day in [first, last], or an invalid date when there is none.
    QDate firstWorkingDay(QDate first, QDate last) const;
    /// Working days in [first, last], in order.
    std::vector<QDate> workingDayList(QDate first, QDate last) const;

    /// Marks `date` as a holiday or an extra working day (replacing what it was).
    void setException(QDate date, DayType type, const QString &name = {});
    /// Makes `date` an ordinary day again.
    void clearException(QDate date);
    void clearAll() { m_exceptions.clear(); }
    /// Every exception, by date.
    std::vector<Exception> exceptions() const;

    friend bool operator==(const WorkCalendar &a, const WorkCalendar &b);

private:
    std::map<qint64, Exception> m_exceptions; // by Julian day
};

} // namespace st
