#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/PlanSettings.h"

#include <vector>

namespace st {

class Database;

/// The SQL of the plan settings, the working-day calendar and the plan years, with their audit
/// rows. Callers run each write inside a transaction.
class SettingsStore final
{
public:
    explicit SettingsStore(Database &db) : m_db(db) {}

    /// The stored settings with the calendar.
    PlanSettings load();
    /// Stores `settings` (validated first), renames the root after the company and audits what changed.
    void save(const PlanSettings &settings, const AuditStamp &stamp);
    /// Fiscal years that have a plan, ascending.
    std::vector<int> planYears();
    /// Records that `fiscalYear` has a plan; throws DomainError when it already has one.
    void addPlanYear(int fiscalYear, const AuditStamp &stamp);

private:
    Database &m_db;
};

} // namespace st
