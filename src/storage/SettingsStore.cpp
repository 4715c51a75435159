#include "salestarget/storage/SettingsStore.h"

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <map>

namespace st {

namespace {

const char *kindText(WorkCalendar::DayType type)
{
    return type == WorkCalendar::DayType::Holiday ? "holiday" : "workday";
}

} // namespace

PlanSettings SettingsStore::load()
{
    PlanSettings s;
    {
        auto query = m_db.prepare("SELECT fiscal_year_start_month, currency, lagging_below_bp, ahead_above_bp, "
                                  "company_name FROM settings WHERE id = 1");
        if (!query->executeStep())
            throw DomainError(QCoreApplication::translate("st::SettingsStore", "The settings of the plan are missing from the database."));
        s.fiscalYearStartMonth = query->getColumn(0).getInt();
        s.currency = QString::fromUtf8(query->getColumn(1).getText());
        s.laggingBelowBp = query->getColumn(2).getInt();
        s.aheadAboveBp = query->getColumn(3).getInt();
        s.companyName = QString::fromUtf8(query->getColumn(4).getText());
    }
    auto query = m_db.prepare("SELECT day, kind, name FROM calendar_exception ORDER BY day");
    while (query->executeStep()) {
        const auto type = std::string_view(query->getColumn(1).getText()) == "holiday"
                            ? WorkCalendar::DayType::Holiday
                            : WorkCalendar::DayType::ExtraWorkingDay;
        s.calendar.setException(StorageCodec::dateOf(query->getColumn(0).getInt64()), type,
                                QString::fromUtf8(query->getColumn(2).getText()));
    }
    return s;
}

void SettingsStore::save(const PlanSettings &settings, const AuditStamp &stamp)
{
    settings.validate();
    const PlanSettings before = load();
    AuditLog::Writer audit(m_db, stamp);
    const QString oldText = StorageCodec::settingsText(before);
    const QString newText = StorageCodec::settingsText(settings);
    if (oldText != newText) {
        auto update = m_db.prepare("UPDATE settings SET fiscal_year_start_month = ?1, currency = ?2, "
                                   "lagging_below_bp = ?3, ahead_above_bp = ?4, company_name = ?5 WHERE id = 1");
        update->bind(1, settings.fiscalYearStartMonth);
        update->bind(2, settings.currency.toStdString());
        update->bind(3, settings.laggingBelowBp);
        update->bind(4, settings.aheadAboveBp);
        update->bind(5, settings.companyName.toStdString());
        update->exec();
        audit.append("update", "settings", QStringLiteral("settings"), oldText, newText);
    }
    if (settings.companyName != before.companyName) {
        // The root node is the whole company: it carries the company's name.
        auto rename = m_db.prepare("UPDATE node SET name = ?1 WHERE id = ?2");
        rename->bind(1, settings.companyName.toStdString());
        rename->bind(2, std::int64_t(kRootId));
        rename->exec();
    }

    // The calendar: one audit row per day that was added, changed or removed.
    std::map<qint64, WorkCalendar::Exception> oldDays;
    for (const auto &e : before.calendar.exceptions())
        oldDays.emplace(e.date.toJulianDay(), e);
    std::map<qint64, WorkCalendar::Exception> newDays;
    for (const auto &e : settings.calendar.exceptions())
        newDays.emplace(e.date.toJulianDay(), e);
    for (const auto &[day, e] : oldDays) {
        if (newDays.count(day) != 0)
            continue;
        auto remove = m_db.prepare("DELETE FROM calendar_exception WHERE day = ?1");
        remove->bind(1, std::int64_t(day));
        remove->exec();
        audit.append("delete", "calendar", e.date.toString(Qt::ISODate), StorageCodec::calendarText(e), {});
    }
    for (const auto &[day, e] : newDays) {
        const auto old = oldDays.find(day);
        const QString text = StorageCodec::calendarText(e);
        const QString previous = old == oldDays.end() ? QString() : StorageCodec::calendarText(old->second);
        if (text == previous)
            continue;
        auto upsert = m_db.prepare("INSERT INTO calendar_exception (day, kind, name) VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name");
        upsert->bind(1, std::int64_t(day));
        upsert->bind(2, kindText(e.type));
        upsert->bind(3, e.name.toStdString());
        upsert->exec();
        audit.append(previous.isEmpty() ? "insert" : "update", "calendar", e.date.toString(Qt::ISODate), previous,
                     text);
    }
}

std::vector<int> SettingsStore::planYears()
{
    auto query = m_db.prepare("SELECT fiscal_year FROM plan_year ORDER BY fiscal_year");
    std::vector<int> years;
    while (query->executeStep())
        years.push_back(query->getColumn(0).getInt());
    return years;
}

void SettingsStore::addPlanYear(int fiscalYear, const AuditStamp &stamp)
{
    if (fiscalYear < 1 || fiscalYear > 9999)
        throw DomainError(QCoreApplication::translate("st::SettingsStore", "%1 is not a fiscal year.").arg(fiscalYear));
    auto insert = m_db.prepare("INSERT INTO plan_year (fiscal_year, created_at, created_by) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT DO NOTHING");
    insert->bind(1, fiscalYear);
    insert->bind(2, StorageCodec::timeText(stamp.at).toStdString());
    insert->bind(3, stamp.user.toStdString());
    if (insert->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::SettingsStore", "FY%1 already has a plan.").arg(fiscalYear));
    AuditLog::Writer(m_db, stamp).append("insert", "plan_year", QString::number(fiscalYear), {}, QStringLiteral("FY%1").arg(fiscalYear));
}

} // namespace st
