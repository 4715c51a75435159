#pragma once

#include "salestarget/domain/Metric.h"
#include "salestarget/domain/ProgressEntry.h"

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace st {

class Database;

/// What a rollup needs of one entry, with the entry's id (FactStore's unit).
struct FactRecord {
    EntryId id = 0;
    std::int32_t person = 0;
    std::int32_t product = 0; // 0: unassigned
    std::int32_t region = 0;  // 0: unassigned
    std::int64_t value = 0;

    friend bool operator==(const FactRecord &, const FactRecord &) = default;
};

/// The packed facts of the entry table (table `fact_block`, docs/schema.md): the facts of one
/// (metric, day) live in a few blobs ("parts") of varint-packed records sorted by entry id. A
/// rollup reads a few kilobytes per day instead of an index row per entry, and an import writes
/// one blob per (metric, day) instead of one index row per entry. Every write of the entry table
/// changes the facts in the same transaction through a Changes set.
class FactStore final
{
public:
    /// Buffered additions and removals of facts, applied together by apply().
    class Changes final
    {
    public:
        void add(MetricId metric, std::int64_t day, const FactRecord &fact);
        void remove(MetricId metric, std::int64_t day, EntryId id);
        bool empty() const { return m_items.empty(); }
        void reserve(std::size_t n) { m_items.reserve(n); }

        struct Item {              // 40 bytes: an import holds one per added entry
            std::uint64_t group;   // key(metric, day, 0)
            EntryId id;
            std::int64_t value;
            std::int32_t person, product, region;
            std::uint32_t order;   // position in the set, the top bit set for a removal
        };

    private:
        friend class FactStore;
        std::vector<Item> m_items;
    };

    explicit FactStore(Database &db) : m_db(db) {}

    /// The row key of part `part` (0..kMaxPart) of (metric, day).
    static std::int64_t key(MetricId metric, std::int64_t day, int part);
    static constexpr int kMaxPart = 255;
    /// The largest Julian day a key holds (year 18,000 or so).
    static constexpr std::int64_t kMaxDay = (std::int64_t(1) << 23) - 1;

    /// Streams the facts of `metric` dated in [fromDay, toDay] (Julian days), day by day.
    void scan(MetricId metric, std::int64_t fromDay, std::int64_t toDay,
              const std::function<void(std::int64_t day, const FactRecord &fact)> &sink);
    /// Applies `changes` (callers run it inside the transaction that changed the entries).
    /// Removing a fact that is not stored throws DomainError: the facts no longer match the entries.
    void apply(Changes &changes);
    /// Adds the facts of an import's new entries: `entries[rows[k]]` is entry `firstId + k`.
    /// Like apply() with additions only, without holding a change per entry.
    void addAll(std::span<const ProgressEntry> entries, std::span<const std::uint32_t> rows, EntryId firstId);
    /// Rebuilds every fact from the entry table (migration).
    void rebuild();

    /// Encodes `facts` (sorted by id) as a part blob; decodes one (appending to `out`).
    static void encode(const std::vector<FactRecord> &facts, std::vector<unsigned char> &out);
    static bool decode(const unsigned char *data, std::size_t size, std::vector<FactRecord> &out);

private:
    struct Part {
        int number = 0;
        std::vector<FactRecord> facts;
        bool changed = false;
    };
    void applyDay(MetricId metric, std::int64_t day, const Changes::Item *begin, const Changes::Item *end);
    std::vector<Part> loadParts(MetricId metric, std::int64_t day);
    int lastPart(MetricId metric, std::int64_t day);
    void writePart(MetricId metric, std::int64_t day, const Part &part);

    Database &m_db;
    std::vector<unsigned char> m_buffer;
};

} // namespace st
