#pragma once

#include "salestarget/domain/Metric.h"
#include "salestarget/domain/ProgressEntry.h"

#include <QDate>

#include <span>
#include <vector>

namespace st {

class Repository;

/// The facts of every entry of one metric, in memory and sorted by day, so that the dashboard can
/// recompute any period or as-of date without going back to the database (one binary search and
/// one pass over the days asked for). Kept current by add()/remove() as entries change.
class FactCache final
{
public:
    FactCache() = default;

    /// Loads every fact of `metric` from `repository` (replacing what was held).
    void load(Repository &repository, MetricId metric);
    MetricId metric() const { return m_metric; }
    bool isLoaded() const { return m_loaded; }
    std::size_t size() const { return m_facts.size(); }

    /// The facts dated in [from, to], in day order (empty when to < from).
    std::span<const EntryFact> between(QDate from, QDate to) const;
    /// Adds one fact, keeping the day order.
    void add(const EntryFact &fact);
    /// Removes one fact equal to `fact` (same day, members and value); false when there is none.
    bool remove(const EntryFact &fact);

    /// The fact an entry contributes (its day, members and value).
    static EntryFact factOf(const ProgressEntry &entry);

private:
    MetricId m_metric = 0;
    bool m_loaded = false;
    std::vector<EntryFact> m_facts;
};

} // namespace st
