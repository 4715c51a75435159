#include "salestarget/domain/Distribution.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Int128.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace st {

namespace {

// floor(a / b) for b > 0
Int128 floorDiv(Int128 a, Int128 b)
{
    Int128 q = a / b;
    if ((a % b) != 0 && a < 0)
        --q;
    return q;
}

std::vector<std::int64_t> parseNumbers(QStringView text, int count, bool percent)
{
    static const QRegularExpression sep(QStringLiteral("[,，;；\\s]+"));
    QString t = text.toString().trimmed();
    const QStringList parts = t.split(sep, Qt::SkipEmptyParts);
    if (parts.size() != count) {
        throw DomainError(QCoreApplication::translate("Distribution", "%1 values are needed, one per part, but \"%2\" has %3.")
                              .arg(count).arg(t).arg(parts.size()));
    }
    std::vector<std::int64_t> values;
    values.reserve(parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        QString p = parts[i];
        if (p.endsWith(u'%'))
            p.chop(1);
        const Amount a = Amount::parse(p, 2);
        if (a.minor() < 0)
            throw DomainError(QCoreApplication::translate("Distribution", "Value %1 (\"%2\") is negative; weights must be zero or more.").arg(i + 1).arg(parts[i]));
        values.push_back(a.minor());
    }
    // 128-bit: many large values must not wrap around (to 10000 or to 0) in the sum.
    const Int128 total = std::accumulate(values.begin(), values.end(), Int128(0));
    if (percent && total != 10000) {
        const QString shown = total <= Amount::kMaxMinor ? Amount(std::int64_t(total)).toDecimalString(2)
                                                         : QCoreApplication::translate("Distribution", "far more than 100");
        throw DomainError(QCoreApplication::translate("Distribution", "The percentages total %1%, not 100%.").arg(shown));
    }
    if (!percent && total == 0)
        throw DomainError(QCoreApplication::translate("Distribution", "At least one weight must be above zero."));
    return values;
}

} // namespace

std::vector<Amount> Distribution::proportional(Amount total, const std::vector<std::int64_t> &weights)
{
    const std::size_t n = weights.size();
    std::vector<Amount> parts(n);
    if (n == 0)
        return parts;
    Int128 sum = 0;
    for (std::int64_t w : weights) {
        if (w < 0)
            throw DomainError(QCoreApplication::translate("Distribution", "A weight is negative; weights must be zero or more."));
        sum += w;
    }
    std::vector<std::int64_t> even;
    const std::vector<std::int64_t> *w = &weights;
    if (sum == 0) {
        even.assign(n, 1);
        w = &even;
        sum = Int128(n);
    }
    std::vector<Int128> remainders(n);
    Int128 assigned = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Int128 product = Int128(total.minor()) * (*w)[i];
        const Int128 q = floorDiv(product, sum);
        remainders[i] = product - q * sum;
        parts[i] = Amount(std::int64_t(q));
        assigned += q;
    }
    // Largest remainder: the leftover units go to the largest fractional parts, earlier first on ties.
    auto leftover = std::int64_t(Int128(total.minor()) - assigned);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; leftover > 0; k = (k + 1) % n, --leftover)
        parts[order[k]] = Amount(parts[order[k]].minor() + 1);
    return parts;
}

std::vector<Amount> Distribution::even(Amount total, int parts)
{
    if (parts <= 0)
        throw DomainError(QCoreApplication::translate("Distribution", "There is nothing to distribute over."));
    return proportional(total, std::vector<std::int64_t>(std::size_t(parts), 1));
}

std::vector<Amount> Distribution::withLocks(Amount total, const std::vector<Amount> &current,
                                            const std::vector<bool> &locked,
                                            const std::vector<std::int64_t> &weights)
{
    const std::size_t n = current.size();
    Amount lockedSum;
    std::vector<std::size_t> free;
    std::vector<std::int64_t> freeWeights;
    for (std::size_t i = 0; i < n; ++i) {
        if (i < locked.size() && locked[i]) {
            lockedSum += current[i];
        } else {
            free.push_back(i);
            freeWeights.push_back(i < weights.size() ? weights[i] : 0);
        }
    }
    const Amount rest = total - lockedSum;
    if (free.empty() && !rest.isZero())
        throw DomainError(QCoreApplication::translate("Distribution", "Every part is locked, so the total cannot change. Unlock a part first."));
    if (total.minor() >= 0 && rest.minor() < 0)
        throw DomainError(QCoreApplication::translate("Distribution", "The locked parts already total more than the new total. Unlock a part or raise the total."));
    std::vector<Amount> result = current;
    const std::vector<Amount> shares = proportional(rest, freeWeights);
    for (std::size_t k = 0; k < free.size(); ++k)
        result[free[k]] = shares[k];
    return result;
}

std::vector<std::vector<Amount>> Distribution::matrix(const std::vector<Amount> &rowTotals,
                                                     const std::vector<Amount> &columnTotals)
{
    Int128 rowSum = 0, columnSum = 0;
    for (Amount a : rowTotals) {
        if (a.minor() < 0)
            throw DomainError(QCoreApplication::translate("Distribution", "A part of the distribution is negative."));
        rowSum += a.minor();
    }
    for (Amount a : columnTotals) {
        if (a.minor() < 0)
            throw DomainError(QCoreApplication::translate("Distribution", "A period of the distribution is negative."));
        columnSum += a.minor();
    }
    if (rowSum != columnSum)
        throw DomainError(QCoreApplication::translate("Distribution", "The parts do not add up to the whole."));
    std::vector<std::vector<Amount>> cells(rowTotals.size(), std::vector<Amount>(columnTotals.size()));
    std::vector<std::int64_t> need(rowTotals.size());
    for (std::size_t r = 0; r < rowTotals.size(); ++r)
        need[r] = rowTotals[r].minor();
    Int128 remaining = columnSum;
    for (std::size_t c = 0; c < columnTotals.size(); ++c) {
        // Quota of row r in this column: column x need_r / remaining <= need_r, so the largest
        // remainder never hands a row more than it still needs, and the last column closes every row.
        const std::vector<Amount> split = remaining == 0 ? std::vector<Amount>(rowTotals.size())
                                                         : proportional(columnTotals[c], need);
        for (std::size_t r = 0; r < rowTotals.size(); ++r) {
            cells[r][c] = split[r];
            need[r] -= split[r].minor();
        }
        remaining -= columnTotals[c].minor();
    }
    return cells;
}

std::vector<std::int64_t> Distribution::proportionsOf(const std::vector<Amount> &current, const std::vector<bool> &locked)
{
    std::vector<std::int64_t> weights(current.size(), 0);
    bool any = false;
    for (std::size_t i = 0; i < current.size(); ++i) {
        if (i < locked.size() && locked[i])
            continue;
        weights[i] = std::max<std::int64_t>(0, current[i].minor());
        any = any || weights[i] > 0;
    }
    if (!any) {
        for (std::size_t i = 0; i < current.size(); ++i)
            weights[i] = (i < locked.size() && locked[i]) ? 0 : 1;
    }
    return weights;
}

std::vector<std::int64_t> Distribution::parsePercentages(QStringView text, int count)
{
    return parseNumbers(text, count, true);
}

std::vector<std::int64_t> Distribution::parseWeights(QStringView text, int count)
{
    return parseNumbers(text, count, false);
}

std::vector<std::int64_t> Distribution::template4321()
{
    return {3000, 2000, 3000, 2000};
}

} // namespace st
