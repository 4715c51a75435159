// PlanService: target setting and distribution (split from PlanService.cpp to keep files small).
#include "salestarget/domain/PlanService.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

namespace {

void requireMonthGrain(const Period &period)
{
    if (period.kind() == PeriodKind::Week || period.kind() == PeriodKind::Day) {
        throw DomainError(QCoreApplication::translate("PlanService", "Targets are set for a month, a quarter or a year; week and day targets follow "
                             "from the months (\"%1\" is a %2).")
                              .arg(period.toString(), period.kind() == PeriodKind::Week ? QCoreApplication::translate("PlanService", "week") : QCoreApplication::translate("PlanService", "day")));
    }
}

// Fills parts without history with the mean of those that have some; all-empty means even.
std::vector<std::int64_t> historyToWeights(const std::vector<std::int64_t> &history)
{
    std::int64_t sum = 0;
    int with = 0;
    for (std::int64_t h : history) {
        if (h > 0) {
            sum += h;
            ++with;
        }
    }
    std::vector<std::int64_t> weights(history.size(), 1);
    if (with == 0)
        return weights;
    const std::int64_t mean = std::max<std::int64_t>(1, sum / with);
    for (std::size_t i = 0; i < history.size(); ++i)
        weights[i] = history[i] > 0 ? history[i] : mean;
    return weights;
}

} // namespace

DistributionMethod DistributionMethod::parse(const QString &text, DistributeOver over, int parts)
{
    DistributionMethod m;
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower == u"even")
        return m;
    if (lower == u"4321") {
        if (over != DistributeOver::Quarters)
            throw DomainError(QCoreApplication::translate("PlanService", "The 4321 template splits a year over quarters; use --over quarters."));
        m.kind = Kind::Weights;
        m.weights = Distribution::template4321();
        return m;
    }
    if (lower.startsWith(u"weights:")) {
        m.kind = Kind::Weights;
        const QStringView list = QStringView(t).mid(8);
        m.weights = over == DistributeOver::Children ? Distribution::parseWeights(list, parts)
                                                     : Distribution::parsePercentages(list, parts);
        return m;
    }
    if (lower == u"history" || lower.startsWith(u"history:")) {
        m.kind = Kind::History;
        if (lower.size() > 8) {
            bool ok = false;
            m.referenceYear = t.mid(8).toInt(&ok);
            if (!ok || m.referenceYear < 1900 || m.referenceYear > 9999)
                throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" is not a reference year (history:2025).").arg(t.mid(8)));
        }
        return m;
    }
    throw DomainError(QCoreApplication::translate("PlanService", "Unknown method \"%1\": use even, 4321, weights:W1,W2,..., history or history:YEAR.").arg(t));
}

std::vector<TargetChange> PlanService::planSetTarget(NodeId node, MetricId metric, const Period &period,
                                                     Amount value) const
{
    Metric::byId(metric);
    dimensionOf(node);
    requireMonthGrain(period);
    if (value.minor() < 0)
        throw DomainError(QCoreApplication::translate("PlanService", "A target cannot be negative."));
    const std::vector<Month> months = period.months();
    std::vector<Amount> current;
    std::vector<bool> locked;
    for (Month m : months) {
        const TargetCell c = m_targets.cell(metric, node, m);
        current.push_back(c.value);
        locked.push_back(c.locked);
    }
    if (months.size() == 1 && locked[0])
        throw DomainError(QCoreApplication::translate("PlanService", "%1 is locked; unlock it to change its target.").arg(months[0].toString()));
    const std::vector<Amount> next =
        Distribution::withLocks(value, current, locked, Distribution::proportionsOf(current, locked));
    std::vector<TargetChange> changes;
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (next[i] != current[i])
            changes.push_back({metric, node, months[i], {current[i], locked[i]}, {next[i], locked[i]}});
    }
    return changes;
}

void PlanService::setTarget(NodeId node, MetricId metric, const Period &period, Amount value, const QString &reason)
{
    applyTargetChanges(planSetTarget(node, metric, period, value), reason);
}

void PlanService::setLocked(NodeId node, MetricId metric, Month month, bool locked)
{
    Metric::byId(metric);
    dimensionOf(node);
    const TargetCell before = m_targets.cell(metric, node, month);
    if (before.locked == locked)
        return;
    applyTargetChanges({{metric, node, month, before, {before.value, locked}}});
}

void PlanService::applyTargetChanges(const std::vector<TargetChange> &changes, const QString &reason)
{
    if (changes.empty())
        return;
    for (const TargetChange &c : changes) {
        if (c.after.value.minor() < 0)
            throw DomainError(QCoreApplication::translate("PlanService", "A target cannot be negative (%1).").arg(c.month.toString()));
    }
    m_repository.writeTargets(changes, stamp(reason));
    m_targets.apply(changes);
}

void PlanService::setCells(const std::vector<TargetRecord> &cells, const QString &reason)
{
    std::vector<TargetChange> changes;
    for (const TargetRecord &r : cells) {
        const TargetCell before = m_targets.cell(r.metric, r.node, r.month);
        if (!(before == r.cell))
            changes.push_back({r.metric, r.node, r.month, before, r.cell});
    }
    applyTargetChanges(changes, reason);
}

std::vector<std::int64_t> PlanService::historyWeights(Dimension d, MetricId metric, const std::vector<NodeId> &members,
                                                      const std::vector<Period> &parts)
{
    // One scan over the reference span; each fact is routed to the part its day falls in.
    std::vector<ActualRollup> rollups;
    rollups.reserve(parts.size());
    QDate from = parts.front().first();
    QDate to = parts.front().last();
    for (const Period &p : parts) {
        rollups.emplace_back(tree(d));
        from = std::min(from, p.first());
        to = std::max(to, p.last());
    }
    m_repository.scanFacts(metric, from, to, [&](const EntryFact &f) {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (f.day >= parts[i].first().toJulianDay() && f.day <= parts[i].last().toJulianDay())
                rollups[i].addFact(f);
        }
    });
    std::vector<std::int64_t> history;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        rollups[i].finish();
        for (NodeId m : members)
            history.push_back(rollups[i].total(m).minor());
    }
    return historyToWeights(history);
}

std::vector<TargetChange> PlanService::planDistribution(Dimension d, NodeId node, MetricId metric, const Period &period,
                                                        DistributeOver over, const DistributionMethod &method)
{
    Metric::byId(metric);
    requireNode(d, node);
    requireMonthGrain(period);
    const int startMonth = m_settings.fiscalYearStartMonth;
    const int periodYear = fiscalYearOf(period.first(), period.isFiscal() ? startMonth : 1);
    const int refYear = method.referenceYear != 0 ? method.referenceYear : periodYear - 1;
    const auto shiftToReference = [&](const Period &p) {
        const int years = periodYear - refYear;
        return p.kind() == PeriodKind::Month ? Period::month(Month::of(p.first()) + -12 * years)
                                             : Period::containing(p.kind(), p.first().addYears(-years),
                                                                  p.isFiscal() ? startMonth : 1);
    };
    std::vector<TargetChange> changes;
    const auto record = [&](NodeId n, Month m, const TargetCell &before, Amount after) {
        if (after != before.value)
            changes.push_back({metric, n, m, before, {after, before.locked}});
    };

    if (over == DistributeOver::Children) {
        const std::vector<NodeId> &kids = tree(d).children(node);
        if (kids.empty())
            throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" has no members to distribute over.").arg(tree(d).path(node)));
        std::vector<std::int64_t> weights(kids.size(), 1);
        if (method.kind == DistributionMethod::Kind::Weights) {
            if (method.weights.size() != kids.size())
                throw DomainError(QCoreApplication::translate("PlanService", "%1 weights are needed, one per member of \"%2\".").arg(kids.size()).arg(tree(d).path(node)));
            weights = method.weights;
        } else if (method.kind == DistributionMethod::Kind::History) {
            weights = historyWeights(d, metric, kids, {shiftToReference(period)});
        }
        // Without locks: split the period total over the children first, then fit the months, so
        // that each child's period total is the exact share (1,000.00 over 3: 333.34/333.33/333.33).
        const std::vector<Month> months = period.months();
        bool anyLocked = false;
        std::vector<Amount> monthTotals;
        Amount periodTotal;
        for (Month m : months) {
            monthTotals.push_back(m_targets.value(metric, node, m));
            periodTotal += monthTotals.back();
            for (NodeId k : kids)
                anyLocked = anyLocked || m_targets.isLocked(metric, k, m);
        }
        if (!anyLocked) {
            const auto cells = Distribution::matrix(Distribution::proportional(periodTotal, weights), monthTotals);
            for (std::size_t i = 0; i < kids.size(); ++i) {
                for (std::size_t j = 0; j < months.size(); ++j)
                    record(kids[i], months[j], m_targets.cell(metric, kids[i], months[j]), cells[i][j]);
            }
            return changes;
        }
        // With locks: month by month, locked cells keep their value and the others absorb the rest.
        for (Month m : months) {
            std::vector<Amount> current;
            std::vector<bool> locked;
            for (NodeId k : kids) {
                const TargetCell c = m_targets.cell(metric, k, m);
                current.push_back(c.value);
                locked.push_back(c.locked);
            }
            std::vector<Amount> next;
            try {
                next = Distribution::withLocks(m_targets.value(metric, node, m), current, locked, weights);
            } catch (const DomainError &e) {
                throw DomainError(QCoreApplication::translate("PlanService", "%1: %2").arg(m.toString(), e.message()));
            }
            for (std::size_t i = 0; i < kids.size(); ++i)
                record(kids[i], m, m_targets.cell(metric, kids[i], m), next[i]);
        }
        return changes;
    }

    const std::vector<Month> months = period.months();
    std::vector<Amount> current;
    std::vector<bool> locked;
    Amount total;
    for (Month m : months) {
        const TargetCell c = m_targets.cell(metric, node, m);
        current.push_back(c.value);
        locked.push_back(c.locked);
        total += c.value;
    }

    if (over == DistributeOver::Months) {
        std::vector<std::int64_t> weights(months.size(), 1);
        if (method.kind == DistributionMethod::Kind::Weights) {
            if (method.weights.size() != months.size())
                throw DomainError(QCoreApplication::translate("PlanService", "%1 percentages are needed, one per month of %2.").arg(months.size()).arg(period.toString()));
            weights = method.weights;
        } else if (method.kind == DistributionMethod::Kind::History) {
            std::vector<Period> parts;
            for (Month m : months)
                parts.push_back(shiftToReference(Period::month(m)));
            weights = historyWeights(d, metric, {node}, parts);
        }
        const std::vector<Amount> next = Distribution::withLocks(total, current, locked, weights);
        for (std::size_t i = 0; i < months.size(); ++i)
            record(node, months[i], {current[i], locked[i]}, next[i]);
        return changes;
    }

    // Over quarters: split the year over its quarters, then each quarter evenly over its months.
    if (period.kind() != PeriodKind::Year)
        throw DomainError(QCoreApplication::translate("PlanService", "Distributing over quarters needs a year, not \"%1\".").arg(period.toString()));
    std::vector<Amount> quarterNow(4);
    std::vector<bool> quarterLocked(4, true);
    for (std::size_t i = 0; i < months.size(); ++i) {
        quarterNow[i / 3] += current[i];
        quarterLocked[i / 3] = quarterLocked[i / 3] && locked[i];
    }
    std::vector<std::int64_t> weights(4, 1);
    if (method.kind == DistributionMethod::Kind::Weights) {
        if (method.weights.size() != 4)
            throw DomainError(QCoreApplication::translate("PlanService", "4 percentages are needed, one per quarter."));
        weights = method.weights;
    } else if (method.kind == DistributionMethod::Kind::History) {
        std::vector<Period> parts;
        for (int q = 1; q <= 4; ++q)
            parts.push_back(shiftToReference(Period::containing(PeriodKind::Quarter, months[std::size_t(3 * (q - 1))].firstDay(),
                                                                        period.isFiscal() ? startMonth : 1)));
        weights = historyWeights(d, metric, {node}, parts);
    }
    const std::vector<Amount> quarters = Distribution::withLocks(total, quarterNow, quarterLocked, weights);
    for (std::size_t q = 0; q < 4; ++q) {
        const std::vector<Amount> monthNow(current.begin() + std::ptrdiff_t(3 * q), current.begin() + std::ptrdiff_t(3 * q + 3));
        const std::vector<bool> monthLocked(locked.begin() + std::ptrdiff_t(3 * q), locked.begin() + std::ptrdiff_t(3 * q + 3));
        std::vector<Amount> next;
        try {
            next = Distribution::withLocks(quarters[q], monthNow, monthLocked, {1, 1, 1});
        } catch (const DomainError &e) {
            throw DomainError(QCoreApplication::translate("PlanService", "Q%1: %2").arg(q + 1).arg(e.message()));
        }
        for (std::size_t i = 0; i < 3; ++i)
            record(node, months[3 * q + i], {current[3 * q + i], locked[3 * q + i]}, next[i]);
    }
    return changes;
}

} // namespace st
