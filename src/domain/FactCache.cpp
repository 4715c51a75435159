#include "salestarget/domain/FactCache.h"

#include "salestarget/domain/Repository.h"

#include <algorithm>

namespace st {

namespace {

bool byDay(const EntryFact &a, const EntryFact &b)
{
    return a.day < b.day;
}

} // namespace

void FactCache::load(Repository &repository, MetricId metric)
{
    m_facts.clear();
    m_metric = metric;
    // The whole range of dates SQLite can hold for us; the scan streams from a covering index.
    repository.scanFacts(metric, QDate(1900, 1, 1), QDate(9999, 12, 31),
                         [this](const EntryFact &f) { m_facts.push_back(f); });
    std::stable_sort(m_facts.begin(), m_facts.end(), byDay);
    m_loaded = true;
}

std::span<const EntryFact> FactCache::between(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    EntryFact lo;
    lo.day = std::int32_t(from.toJulianDay());
    EntryFact hi;
    hi.day = std::int32_t(to.toJulianDay());
    const auto first = std::lower_bound(m_facts.begin(), m_facts.end(), lo, byDay);
    const auto last = std::upper_bound(first, m_facts.end(), hi, byDay);
    return {first, last};
}

void FactCache::add(const EntryFact &fact)
{
    m_facts.insert(std::upper_bound(m_facts.begin(), m_facts.end(), fact, byDay), fact);
}

bool FactCache::remove(const EntryFact &fact)
{
    auto it = std::lower_bound(m_facts.begin(), m_facts.end(), fact, byDay);
    for (; it != m_facts.end() && it->day == fact.day; ++it) {
        if (it->person == fact.person && it->product == fact.product && it->region == fact.region
            && it->value == fact.value) {
            m_facts.erase(it);
            return true;
        }
    }
    return false;
}

EntryFact FactCache::factOf(const ProgressEntry &entry)
{
    EntryFact f;
    f.day = std::int32_t(entry.date.toJulianDay());
    f.person = std::int32_t(entry.person);
    f.product = std::int32_t(entry.product);
    f.region = std::int32_t(entry.region);
    f.value = entry.value.minor();
    return f;
}

} // namespace st
