#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Status.h"

#include <QDate>

#include <optional>

namespace st {

class Period;
class WorkCalendar;

/// Where an as-of date stands within a period, in working days.
struct PaceContext {
    int elapsedWorkingDays = 0;   // from the period's first day through the as-of date
    int remainingWorkingDays = 0; // after the as-of date through the period's last day
    bool started = false;         // the as-of date is on or after the period's first working day

    /// The context of `asOf` within `period` under `calendar` (what Report and the charts use).
    static PaceContext at(const WorkCalendar &calendar, const Period &period, QDate asOf);
};

/// The figures of one node, metric, period and as-of date (design.md §2).
struct Figures {
    Amount target;
    Amount actual;
    std::optional<double> achievement;   // actual / target; none when target is 0
    Amount gap;                          // target - actual (positive: still to do)
    Amount expected;                     // expected-to-date: daily shares through the as-of date
    std::optional<double> pace;          // actual / expected; none when expected is 0
    Status status = Status::NoTarget;
    Amount projection;                   // run rate: A + A / elapsed * remaining
    std::optional<Amount> requiredDaily; // max(0, gap) / remaining, rounded up; none when nothing remains
    std::optional<Amount> unallocated;   // target - sum of children's targets; none for a leaf

    /// Derives every figure from target, actual and expected. Thresholds are in basis points
    /// (8000 = 80%). Rounding: projection half away from zero, required daily rate up.
    static Figures compute(Amount target, Amount actual, Amount expected, const PaceContext &pace,
                           int laggingBelowBp, int aheadAboveBp);
};

} // namespace st
