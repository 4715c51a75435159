#include "salestarget/domain/Figures.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Int128.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/WorkCalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace st {

namespace {

// A quotient as an int64, or a DomainError: a silent narrowing would wrap around.
std::int64_t narrow(Int128 q)
{
    if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min())
        throw DomainError(QCoreApplication::translate("Figures", "A projected amount is too large to compute."));
    return std::int64_t(q);
}

// a / b rounded half away from zero, b > 0
std::int64_t divRound(Int128 a, Int128 b)
{
    return narrow((a >= 0 ? a + b / 2 : a - b / 2) / b);
}

// a / b rounded up, a >= 0, b > 0 (128-bit so that a + b - 1 cannot overflow)
std::int64_t divCeil(Int128 a, Int128 b)
{
    return narrow((a + b - 1) / b);
}

} // namespace

PaceContext PaceContext::at(const WorkCalendar &calendar, const Period &period, QDate asOf)
{
    PaceContext pace;
    if (asOf >= period.first())
        pace.elapsedWorkingDays = calendar.workingDays(period.first(), std::min(asOf, period.last()));
    pace.remainingWorkingDays = calendar.workingDays(std::max(asOf.addDays(1), period.first()), period.last());
    const QDate firstWorking = calendar.firstWorkingDay(period.first(), period.last());
    pace.started = asOf >= (firstWorking.isValid() ? firstWorking : period.first());
    return pace;
}

Figures Figures::compute(Amount target, Amount actual, Amount expected, const PaceContext &pace,
                         int laggingBelowBp, int aheadAboveBp)
{
    Figures f;
    f.target = target;
    f.actual = actual;
    f.expected = expected;
    f.gap = target - actual;
    if (!target.isZero())
        f.achievement = double(actual.minor()) / double(target.minor());
    if (!expected.isZero())
        f.pace = double(actual.minor()) / double(expected.minor());

    if (target.isZero()) {
        f.status = Status::NoTarget;
    } else if (!pace.started) {
        f.status = Status::NotStarted;
    } else if (expected.minor() <= 0) {
        // Started, but nothing was expected yet (the target sits in later months).
        f.status = actual.minor() > 0 ? Status::Ahead : Status::OnTrack;
    } else {
        // Exact comparison: pace < 80% <=> A * 10000 < 8000 * E.
        const Int128 a = Int128(actual.minor()) * 10000;
        const Int128 e = Int128(expected.minor());
        if (a < e * laggingBelowBp)
            f.status = Status::Lagging;
        else if (a > e * aheadAboveBp)
            f.status = Status::Ahead;
        else
            f.status = Status::OnTrack;
    }

    f.projection = actual;
    if (pace.elapsedWorkingDays > 0 && pace.remainingWorkingDays > 0) {
        f.projection = actual + Amount(divRound(Int128(actual.minor()) * pace.remainingWorkingDays,
                                                pace.elapsedWorkingDays));
    }
    if (pace.remainingWorkingDays > 0) {
        const std::int64_t todo = std::max<std::int64_t>(0, f.gap.minor());
        f.requiredDaily = Amount(divCeil(todo, pace.remainingWorkingDays));
    }
    return f;
}

} // namespace st
