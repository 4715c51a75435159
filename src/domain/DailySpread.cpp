#include "salestarget/domain/DailySpread.h"

#include "salestarget/domain/Int128.h"
#include "salestarget/domain/WorkCalendar.h"

#include <algorithm>

namespace st {

DailySpread::DailySpread(const WorkCalendar &calendar, QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    for (Month m = Month::of(first); m <= Month::of(last); m = m + 1) {
        const QDate mFirst = m.firstDay();
        const QDate mLast = m.lastDay();
        const QDate from = std::max(first, mFirst);
        const QDate to = std::min(last, mLast);
        Part part;
        part.month = m;
        part.shareDays = calendar.workingDays(mFirst, mLast);
        if (part.shareDays > 0) {
            part.from = calendar.workingDays(mFirst, from.addDays(-1));
            part.count = calendar.workingDays(from, to);
        } else { // no working day in the month: spread over its calendar days
            part.shareDays = mFirst.daysInMonth();
            part.from = int(mFirst.daysTo(from));
            part.count = int(from.daysTo(to)) + 1;
        }
        m_parts.push_back(part);
        m_monthList.push_back(m);
    }
}

Amount DailySpread::shareSum(Amount total, int n, int from, int count)
{
    if (n <= 0 || count <= 0)
        return Amount();
    if (from == 0 && count >= n)
        return total;
    // Cumulative share through k days: floor((2 T k + n) / 2n) = round(T k / n), half up.
    const auto cumulative = [&](std::int64_t k) -> std::int64_t {
        const Int128 num = Int128(2) * total.minor() * k + n;
        const Int128 den = Int128(2) * n;
        Int128 q = num / den;
        if (num % den != 0 && num < 0)
            --q; // floor for negative totals
        return std::int64_t(q);
    };
    const std::int64_t end = std::min<std::int64_t>(from + count, n);
    return Amount(cumulative(end) - cumulative(from));
}

Amount DailySpread::applyMonth(std::size_t index, Amount monthTarget) const
{
    const Part &p = m_parts[index];
    return shareSum(monthTarget, p.shareDays, p.from, p.count);
}

Amount DailySpread::apply(const std::vector<Amount> &monthTargets) const
{
    Amount total;
    for (std::size_t i = 0; i < m_parts.size() && i < monthTargets.size(); ++i)
        total += applyMonth(i, monthTargets[i]);
    return total;
}

} // namespace st
