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

/// The packed facts of the entry table (tables `fact_part` and `fact_blob`, docs/schema.md): the
/// facts of one (metric, day) live in a few blobs ("parts") of varint-packed records sorted by
/// entry id. A rollup reads a few kilobytes per day instead of an index row per entry, and an
/// import writes one blob per (metric, day) instead of one index row per entry. The parts are
/// small rows keyed by (metric, day, part) that name their blob; the blobs are a table of their
/// own that an import's new parts are appended to, so an import writes its new blobs and a few
/// pages of part rows, not every page of the facts. Every write of the entry table changes the
/// facts in the same transaction through a Changes set.
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
    /// Like apply() with additions only, without holding a change per entry; an import of 8,192 or
    /// more entries makes a new part for every (metric, day), so it writes only its new blobs.
    void addAll(std::span<const ProgressEntry> entries, std::span<const std::uint32_t> rows, EntryId firstId);
    /// Rebuilds every fact from the entry table (migration).
    void rebuild();
    /// Reads the entry table in (metric, day, id) order and hands its facts to `part` part by part
    /// (rebuild(), and the version-4 migration, which wrote them into one table).
    static void pack(Database &db,
                     const std::function<void(std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob)> &part);

    /// Encodes `facts` (sorted by id) as a part blob; decodes one (appending to `out`).
    static void encode(const std::vector<FactRecord> &facts, std::vector<unsigned char> &out);
    static bool decode(const unsigned char *data, std::size_t size, std::vector<FactRecord> &out);

private:
    struct Part {
        int number = 0;
        std::int64_t blob = 0; // fact_blob.id; 0: not stored yet
        std::vector<FactRecord> facts;
        bool changed = false;
    };
    /// `bulk`: the additions are part of a large import, so they make a new part however few.
    void applyDay(MetricId metric, std::int64_t day, const Changes::Item *begin, const Changes::Item *end, bool bulk);
    std::vector<Part> loadParts(MetricId metric, std::int64_t day);
    int lastPart(MetricId metric, std::int64_t day);
    void writePart(MetricId metric, std::int64_t day, const Part &part);
    void insertPart(std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob);

    Database &m_db;
    std::vector<unsigned char> m_buffer;
};

} // namespace st
