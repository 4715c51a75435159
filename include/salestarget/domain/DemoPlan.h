#pragma once

#include <QDate>

namespace st {

class PlanService;

/// Fills an empty plan set with a realistic demo: the seed example of design.md (sales 5000万 over
/// product lines A 2000万 / B 1500万 / services 1500万 and regions East 1800万 / South 1500万 /
/// North 1200万 / other 500万), five teams of twelve reps, targets for the previous and the current
/// fiscal year, and daily progress from the start of the previous fiscal year through `today`.
/// Deterministic: the same `today` gives the same data.
class DemoPlan final
{
public:
    /// Throws DomainError when the plan set already has members.
    static void populate(PlanService &service, QDate today);
};

} // namespace st
