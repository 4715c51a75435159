#include "salestarget/storage/FactStore.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace st {

namespace {

// An import's facts for one (metric, day) become a new part when there are at least this many;
// fewer are merged into the day's last part, so that single entries do not make a part each.
constexpr std::size_t kBulkAdds = 64;
// ...unless the import adds at least this many facts in all: then each of its days gets a new
// part however few facts it has there. Merging a few facts into an existing part rewrites that
// part's page (16 KiB for a handful of facts); a large history import has such a day for about
// a third of its (metric, day)s (weekends), which cost more writes than its new blobs together.
constexpr std::size_t kBulkImport = 8192;
// A part that single entries are appended to stays below this many facts; a new part starts then.
constexpr std::size_t kAppendLimit = 8192;
// An import splits its facts of one (metric, day) into parts of at most this many.
constexpr std::size_t kBulkPartLimit = 65536;

// The parts of a range of keys with their blobs: key, count, blob id, facts (NULL when the blob
// is missing, which the LEFT JOIN shows instead of silently skipping the part).
constexpr const char *kParts = "SELECT p.key, p.count, p.blob, b.facts FROM fact_part AS p "
                               "LEFT JOIN fact_blob AS b ON b.id = p.blob "
                               "WHERE p.key BETWEEN ?1 AND ?2 ORDER BY p.key";

void putVarint(std::vector<unsigned char> &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<unsigned char>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<unsigned char>(v));
}

bool getVarint(const unsigned char *&p, const unsigned char *end, std::uint64_t &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const unsigned char byte = *p++;
        v |= std::uint64_t(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

std::uint64_t zigzag(std::int64_t v)
{
    return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
}

/// Decodes a part, calling `fact` per record; false when the blob is malformed.
template <typename Sink>
bool decodeEach(const unsigned char *p, std::size_t size, Sink &&sink)
{
    const unsigned char *end = p + size;
    FactRecord f;
    std::uint64_t id = 0;
    std::uint64_t v = 0;
    while (p != end) {
        if (!getVarint(p, end, v))
            return false;
        id += v;
        f.id = EntryId(id);
        if (!getVarint(p, end, v))
            return false;
        f.person = std::int32_t(v);
        if (!getVarint(p, end, v))
            return false;
        f.product = std::int32_t(v);
        if (!getVarint(p, end, v))
            return false;
        f.region = std::int32_t(v);
        if (!getVarint(p, end, v))
            return false;
        f.value = unzigzag(v);
        sink(f);
    }
    return true;
}

DomainError damaged()
{
    return DomainError(QCoreApplication::translate("st::FactStore", "the summary of the progress entries is damaged; restore a backup copy"));
}

/// Decodes the part of a kParts row, calling `sink` per fact; throws when the blob is missing,
/// malformed or holds another number of facts than the part says.
template <typename Sink>
void decodeRow(SQLite::Statement &row, Sink &&sink)
{
    const SQLite::Column blob = row.getColumn(3);
    std::int64_t facts = 0;
    if (blob.isNull()
        || !decodeEach(static_cast<const unsigned char *>(blob.getBlob()), std::size_t(blob.getBytes()),
                       [&](const FactRecord &f) {
                           ++facts;
                           sink(f);
                       })
        || facts != row.getColumn(1).getInt64())
        throw damaged();
}

bool byId(const FactRecord &a, const FactRecord &b)
{
    return a.id < b.id;
}

} // namespace

namespace {

constexpr std::uint32_t kRemoval = 0x80000000U;

FactRecord factOf(const FactStore::Changes::Item &i)
{
    return FactRecord{i.id, i.person, i.product, i.region, i.value};
}

} // namespace

void FactStore::Changes::add(MetricId metric, std::int64_t day, const FactRecord &f)
{
    m_items.push_back(Item{std::uint64_t(key(metric, day, 0)), f.id, f.value, f.person, f.product, f.region,
                           std::uint32_t(m_items.size())});
}

void FactStore::Changes::remove(MetricId metric, std::int64_t day, EntryId id)
{
    m_items.push_back(Item{std::uint64_t(key(metric, day, 0)), id, 0, 0, 0, 0, std::uint32_t(m_items.size()) | kRemoval});
}

std::int64_t FactStore::key(MetricId metric, std::int64_t day, int part)
{
    return (std::int64_t(metric) << 31) | (std::clamp<std::int64_t>(day, 0, kMaxDay) << 8) | std::int64_t(part);
}

void FactStore::encode(const std::vector<FactRecord> &facts, std::vector<unsigned char> &out)
{
    out.clear();
    out.reserve(facts.size() * 12);
    EntryId previous = 0;
    for (const FactRecord &f : facts) {
        putVarint(out, std::uint64_t(f.id - previous));
        previous = f.id;
        putVarint(out, std::uint32_t(f.person));
        putVarint(out, std::uint32_t(f.product));
        putVarint(out, std::uint32_t(f.region));
        putVarint(out, zigzag(f.value));
    }
}

bool FactStore::decode(const unsigned char *data, std::size_t size, std::vector<FactRecord> &out)
{
    return decodeEach(data, size, [&out](const FactRecord &f) { out.push_back(f); });
}

void FactStore::scan(MetricId metric, std::int64_t fromDay, std::int64_t toDay,
                     const std::function<void(std::int64_t day, const FactRecord &fact)> &sink)
{
    if (fromDay > toDay)
        return;
    auto query = m_db.prepare(kParts);
    query->bind(1, key(metric, fromDay, 0));
    query->bind(2, key(metric, toDay, kMaxPart));
    while (query->executeStep()) {
        const std::int64_t day = (query->getColumn(0).getInt64() >> 8) & kMaxDay;
        decodeRow(*query, [&](const FactRecord &f) { sink(day, f); });
    }
}

std::vector<FactStore::Part> FactStore::loadParts(MetricId metric, std::int64_t day)
{
    std::vector<Part> parts;
    auto query = m_db.prepare(kParts);
    query->bind(1, key(metric, day, 0));
    query->bind(2, key(metric, day, kMaxPart));
    while (query->executeStep()) {
        Part part;
        part.number = int(query->getColumn(0).getInt64() & 0xFF);
        part.blob = query->getColumn(2).getInt64();
        decodeRow(*query, [&part](const FactRecord &f) { part.facts.push_back(f); });
        parts.push_back(std::move(part));
    }
    return parts;
}

int FactStore::lastPart(MetricId metric, std::int64_t day)
{
    auto query = m_db.prepare("SELECT max(key) FROM fact_part WHERE key BETWEEN ?1 AND ?2");
    query->bind(1, key(metric, day, 0));
    query->bind(2, key(metric, day, kMaxPart));
    if (!query->executeStep() || query->getColumn(0).isNull())
        return -1;
    return int(query->getColumn(0).getInt64() & 0xFF);
}

void FactStore::insertPart(std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob)
{
    // A new blob gets the next id, so it goes at the end of fact_blob: no other blob is touched.
    auto append = m_db.prepare("INSERT INTO fact_blob (facts) VALUES (?1)");
    append->bindNoCopy(1, blob.data(), int(blob.size()));
    append->exec();
    auto insert = m_db.prepare("INSERT INTO fact_part (key, count, blob) VALUES (?1, ?2, ?3)");
    insert->bind(1, key);
    insert->bind(2, std::int64_t(count));
    insert->bind(3, m_db.lastInsertId());
    insert->exec();
}

void FactStore::writePart(MetricId metric, std::int64_t day, const Part &part)
{
    if (part.facts.empty()) {
        auto remove = m_db.prepare("DELETE FROM fact_part WHERE key = ?1");
        remove->bind(1, key(metric, day, part.number));
        remove->exec();
        auto removeBlob = m_db.prepare("DELETE FROM fact_blob WHERE id = ?1");
        removeBlob->bind(1, part.blob);
        removeBlob->exec();
        return;
    }
    encode(part.facts, m_buffer);
    if (part.blob == 0) {
        insertPart(key(metric, day, part.number), part.facts.size(), m_buffer);
        return;
    }
    // A stored part changes in place (single entries: a few bytes more or less).
    auto rewrite = m_db.prepare("UPDATE fact_blob SET facts = ?2 WHERE id = ?1");
    rewrite->bind(1, part.blob);
    rewrite->bindNoCopy(2, m_buffer.data(), int(m_buffer.size()));
    rewrite->exec();
    auto recount = m_db.prepare("UPDATE fact_part SET count = ?2 WHERE key = ?1");
    recount->bind(1, key(metric, day, part.number));
    recount->bind(2, std::int64_t(part.facts.size()));
    recount->exec();
}

void FactStore::apply(Changes &changes)
{
    auto &items = changes.m_items;
    // Group by (metric, day), keeping the order of the changes within a day (an update's removal
    // comes before its addition). In place: an import's set is tens of megabytes.
    std::sort(items.begin(), items.end(), [](const Changes::Item &a, const Changes::Item &b) {
        return a.group != b.group ? a.group < b.group : (a.order & ~kRemoval) < (b.order & ~kRemoval);
    });
    for (std::size_t begin = 0; begin < items.size();) {
        std::size_t end = begin + 1;
        while (end < items.size() && items[end].group == items[begin].group)
            ++end;
        const std::int64_t group = std::int64_t(items[begin].group);
        applyDay(MetricId(group >> 31), (group >> 8) & kMaxDay, items.data() + begin, items.data() + end, false);
        begin = end;
    }
    items.clear();
}

void FactStore::addAll(std::span<const ProgressEntry> entries, std::span<const std::uint32_t> rows, EntryId firstId)
{
    // One 8-byte sort key per fact: metric, day and position (so id order within a day).
    std::vector<std::uint64_t> order(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const ProgressEntry &e = entries[rows[k]];
        const auto day = std::uint64_t(std::clamp<std::int64_t>(StorageCodec::julianDay(e.date), 0, kMaxDay));
        order[k] = (std::uint64_t(std::uint32_t(e.metric) & 0x1FF) << 55) | (day << 32) | std::uint64_t(k);
    }
    std::sort(order.begin(), order.end());
    const bool bulk = rows.size() >= kBulkImport;
    std::vector<Changes::Item> day;
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin + 1;
        while (end < order.size() && (order[end] >> 32) == (order[begin] >> 32))
            ++end;
        day.clear();
        for (std::size_t j = begin; j < end; ++j) {
            const std::size_t k = std::size_t(order[j] & 0xFFFFFFFFU);
            const ProgressEntry &e = entries[rows[k]];
            day.push_back(Changes::Item{0, firstId + EntryId(k), e.value.minor(), std::int32_t(e.person),
                                        std::int32_t(e.product), std::int32_t(e.region), std::uint32_t(j - begin)});
        }
        const ProgressEntry &first = entries[rows[std::size_t(order[begin] & 0xFFFFFFFFU)]];
        applyDay(first.metric, StorageCodec::julianDay(first.date), day.data(), day.data() + day.size(), bulk);
        begin = end;
    }
}

void FactStore::applyDay(MetricId metric, std::int64_t day, const Changes::Item *begin, const Changes::Item *end,
                         bool bulk)
{
    const bool removes = std::any_of(begin, end, [](const Changes::Item &i) { return (i.order & kRemoval) != 0; });
    const std::size_t count = std::size_t(end - begin);
    if (!removes && (count >= kBulkAdds || bulk)) {
        // An import's facts of this day: new parts after the last one, nothing else is read.
        const int last = lastPart(metric, day);
        const std::size_t needed = (count + kBulkPartLimit - 1) / kBulkPartLimit;
        if (last + int(needed) <= kMaxPart) {
            std::vector<FactRecord> facts;
            facts.reserve(count);
            for (const Changes::Item *i = begin; i != end; ++i)
                facts.push_back(factOf(*i));
            if (!std::is_sorted(facts.begin(), facts.end(), byId)) // an import's are
                std::stable_sort(facts.begin(), facts.end(), byId);
            Part part;
            part.number = last;
            for (std::size_t from = 0; from < facts.size(); from += kBulkPartLimit) {
                ++part.number;
                const std::size_t to = std::min(facts.size(), from + kBulkPartLimit);
                part.facts.assign(facts.begin() + std::ptrdiff_t(from), facts.begin() + std::ptrdiff_t(to));
                writePart(metric, day, part);
            }
            return;
        }
    }
    std::vector<Part> parts = loadParts(metric, day);
    for (const Changes::Item *i = begin; i != end; ++i) {
        const FactRecord fact = factOf(*i);
        if (i->order & kRemoval) {
            bool found = false;
            for (Part &part : parts) {
                const auto at = std::lower_bound(part.facts.begin(), part.facts.end(), fact, byId);
                if (at != part.facts.end() && at->id == fact.id) {
                    part.facts.erase(at);
                    part.changed = true;
                    found = true;
                    break;
                }
            }
            if (!found)
                throw damaged();
            continue;
        }
        if (parts.empty() || parts.back().facts.size() >= kAppendLimit) {
            if (!parts.empty() && parts.back().number == kMaxPart) {
                // Out of part numbers: the day's facts are merged into its first part.
                std::vector<FactRecord> all;
                for (Part &part : parts) {
                    all.insert(all.end(), part.facts.begin(), part.facts.end());
                    part.facts.clear();
                    part.changed = true; // emptied parts are deleted
                }
                all.push_back(fact);
                std::sort(all.begin(), all.end(), byId);
                parts.front().facts = std::move(all);
                continue;
            } else {
                Part fresh;
                fresh.number = parts.empty() ? 0 : parts.back().number + 1;
                parts.push_back(std::move(fresh));
            }
        }
        Part &target = parts.back();
        target.facts.insert(std::upper_bound(target.facts.begin(), target.facts.end(), fact, byId), fact);
        target.changed = true;
    }
    for (const Part &part : parts) {
        if (part.changed)
            writePart(metric, day, part);
    }
}

void FactStore::rebuild()
{
    m_db.execute("DELETE FROM fact_part; DELETE FROM fact_blob");
    pack(m_db, [this](std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob) {
        insertPart(key, count, blob);
    });
}

void FactStore::pack(Database &db,
                     const std::function<void(std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob)> &part)
{
    auto query = db.prepare("SELECT metric, day, id, person, product, region, value FROM entry ORDER BY metric, day, id");
    std::vector<FactRecord> facts;
    std::vector<unsigned char> blob;
    std::int64_t partKey = -1;
    const auto flush = [&] {
        if (facts.empty())
            return;
        encode(facts, blob);
        part(partKey, facts.size(), blob);
        facts.clear();
    };
    MetricId metric = 0;
    std::int64_t day = -1;
    int number = 0;
    while (query->executeStep()) {
        const MetricId m = query->getColumn(0).getInt();
        const std::int64_t d = query->getColumn(1).getInt64();
        if (m != metric || d != day) {
            flush();
            metric = m;
            day = d;
            number = 0;
            partKey = key(metric, day, number);
        } else if (facts.size() >= kBulkPartLimit) {
            flush();
            partKey = key(metric, day, ++number);
        }
        FactRecord f;
        f.id = query->getColumn(2).getInt64();
        f.person = query->getColumn(3).getInt();
        f.product = query->getColumn(4).getInt();
        f.region = query->getColumn(5).getInt();
        f.value = query->getColumn(6).getInt64();
        facts.push_back(f);
    }
    flush();
}

} // namespace st
