#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Month.h"

#include <QDate>

#include <vector>

namespace st {

class WorkCalendar;

/// How a month's target becomes daily shares: spread evenly over the month's working days, exact
/// to the minor unit. The shares through working day k are round(T * k / n) (half up), so each day
/// gets floor(T / n) or one unit more, the extra units are spread through the month rather than
/// bunched at its start, and the shares of children add up to their parent's within rounding.
/// A month with no working day at all spreads over its calendar days instead.
///
/// A DailySpread is built once for a date range and then applied to any number of nodes, so a
/// report over 10,000 nodes does the calendar work once.
class DailySpread final
{
public:
    /// Prepares the sum of daily shares over [first, last] (empty when last < first).
    DailySpread(const WorkCalendar &calendar, QDate first, QDate last);

    /// The months the range touches, in order.
    const std::vector<Month> &months() const { return m_monthList; }
    /// Sum of the daily shares in the range, given the monthly targets of months() in order.
    Amount apply(const std::vector<Amount> &monthTargets) const;
    /// Same, for one month of the range (index into months()).
    Amount applyMonth(std::size_t index, Amount monthTarget) const;

    /// Sum of the shares of days [from, from + count) of a month with `n` share days and target `total`.
    static Amount shareSum(Amount total, int n, int from, int count);

private:
    struct Part {
        Month month;
        int shareDays = 0; // n: working days in the month (or calendar days if none)
        int from = 0;      // index of the first covered share day
        int count = 0;     // covered share days
    };
    std::vector<Part> m_parts;
    std::vector<Month> m_monthList;
};

} // namespace st
