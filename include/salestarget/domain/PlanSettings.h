#pragma once

#include "salestarget/domain/WorkCalendar.h"

#include <QString>

namespace st {

/// Settings shared by every fiscal year of a plan set.
struct PlanSettings {
    int fiscalYearStartMonth = 1;   // 1..12
    QString currency = QStringLiteral("CNY");
    int laggingBelowBp = 8000;      // pace < 80.00% is lagging (basis points)
    int aheadAboveBp = 12000;       // pace > 120.00% is ahead
    QString companyName;            // name of the root node
    WorkCalendar calendar;

    /// Throws DomainError naming the setting that is out of range.
    void validate() const;
    friend bool operator==(const PlanSettings &, const PlanSettings &) = default;
};

} // namespace st
