#include "salestarget/storage/RefStore.h"

#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"

#include <QtEndian>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstring>

namespace st {

namespace {

// Pairs per chunk: 4,096 pairs are 64 KiB, four 16 KiB pages, read whole for a lookup.
constexpr std::size_t kChunkPairs = 4096;
constexpr std::size_t kPairBytes = 16;

/// The chunk key of a hash: the hash with its top bit flipped, so that signed order is hash order.
std::int64_t keyOf(std::uint64_t hash)
{
    return std::int64_t(hash ^ 0x8000000000000000ULL);
}

void encodePairs(const RefStore::Pair *begin, const RefStore::Pair *end, std::vector<unsigned char> &out)
{
    out.resize(std::size_t(end - begin) * kPairBytes);
    unsigned char *p = out.data();
    for (const RefStore::Pair *pair = begin; pair != end; ++pair, p += kPairBytes) {
        qToLittleEndian<quint64>(pair->first, p);
        qToLittleEndian<qint64>(pair->second, p + 8);
    }
}

RefStore::Pair pairAt(const unsigned char *blob, std::size_t index)
{
    const unsigned char *p = blob + index * kPairBytes;
    return {qFromLittleEndian<quint64>(p), qFromLittleEndian<qint64>(p + 8)};
}

} // namespace

void RefList::add(QStringView ref)
{
    StorageCodec::appendUtf8(m_text, ref);
    m_ends.push_back(std::uint32_t(m_text.size()));
}

std::uint64_t RefStore::hash(std::string_view ref)
{
    // FNV-1a, then the splitmix64 finaliser to spread similar refs (SO-1, SO-2, ...) apart.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : ref) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

bool RefStore::verify(EntryId id, std::string_view ref)
{
    auto query = m_db.prepare("SELECT ref FROM entry WHERE id = ?1");
    query->bind(1, std::int64_t(id));
    if (!query->executeStep())
        return false;
    const SQLite::Column stored = query->getColumn(0);
    return !stored.isNull() && std::size_t(stored.getBytes()) == ref.size()
        && std::memcmp(stored.getBlob(), ref.data(), ref.size()) == 0;
}

std::vector<std::int64_t> RefStore::blocks()
{
    std::vector<std::int64_t> ids;
    auto query = m_db.prepare("SELECT id FROM ref_block ORDER BY id");
    while (query->executeStep())
        ids.push_back(query->getColumn(0).getInt64());
    return ids;
}

EntryId RefStore::find(std::string_view ref)
{
    {
        auto query = m_db.prepare("SELECT id FROM ref_index WHERE ref = ?1");
        query->bind(1, std::string(ref));
        if (query->executeStep()) {
            const EntryId id = query->getColumn(0).getInt64();
            query->reset();
            if (verify(id, ref))
                return id;
        }
    }
    const std::uint64_t h = hash(ref);
    for (const std::int64_t block : blocks()) {
        auto chunk = m_db.prepare("SELECT pairs FROM ref_chunk WHERE block = ?1 AND lo <= ?2 ORDER BY lo DESC LIMIT 1");
        chunk->bind(1, block);
        chunk->bind(2, keyOf(h));
        if (!chunk->executeStep())
            continue;
        const SQLite::Column blob = chunk->getColumn(0);
        const auto *data = static_cast<const unsigned char *>(blob.getBlob());
        const std::size_t count = std::size_t(blob.getBytes()) / kPairBytes;
        std::size_t lo = 0;
        std::size_t hi = count;
        while (lo < hi) { // the first pair whose hash is not below h
            const std::size_t mid = (lo + hi) / 2;
            if (pairAt(data, mid).first < h)
                lo = mid + 1;
            else
                hi = mid;
        }
        std::vector<EntryId> candidates;
        for (std::size_t i = lo; i < count && pairAt(data, i).first == h; ++i)
            candidates.push_back(pairAt(data, i).second);
        chunk->reset();
        for (const EntryId id : candidates) {
            if (verify(id, ref))
                return id;
        }
    }
    return 0;
}

std::vector<EntryId> RefStore::findAll(const RefList &refs,
                                       std::vector<std::pair<std::uint64_t, std::uint32_t>> *byHash)
{
    std::vector<EntryId> found(refs.size(), 0);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> own;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> &sorted = byHash ? *byHash : own;
    sorted.resize(refs.size());
    for (std::size_t i = 0; i < refs.size(); ++i)
        sorted[i] = {hash(refs[i]), std::uint32_t(i)};
    std::sort(sorted.begin(), sorted.end());
    if (refs.size() < kMinBlock) {
        for (std::size_t i = 0; i < refs.size(); ++i)
            found[i] = find(refs[i]);
        return found;
    }
    // Many refs: walk every block (and the index) once alongside the sorted hashes.
    std::vector<std::pair<std::uint32_t, EntryId>> candidates; // (ref index, entry id)
    const auto match = [&](std::uint64_t h, EntryId id) {
        auto at = std::lower_bound(sorted.begin(), sorted.end(), std::make_pair(h, std::uint32_t(0)));
        for (; at != sorted.end() && at->first == h; ++at)
            candidates.emplace_back(at->second, id);
    };
    {
        auto index = m_db.prepare("SELECT ref, id FROM ref_index");
        while (index->executeStep()) {
            const SQLite::Column ref = index->getColumn(0);
            match(hash(std::string_view(static_cast<const char *>(ref.getBlob()), std::size_t(ref.getBytes()))),
                  index->getColumn(1).getInt64());
        }
    }
    for (const std::int64_t block : blocks()) {
        auto chunks = m_db.prepare("SELECT pairs FROM ref_chunk WHERE block = ?1 ORDER BY lo");
        chunks->bind(1, block);
        auto next = sorted.begin();
        while (chunks->executeStep() && next != sorted.end()) {
            const SQLite::Column blob = chunks->getColumn(0);
            const auto *data = static_cast<const unsigned char *>(blob.getBlob());
            const std::size_t count = std::size_t(blob.getBytes()) / kPairBytes;
            if (count == 0)
                continue;
            const std::uint64_t first = pairAt(data, 0).first;
            const std::uint64_t last = pairAt(data, count - 1).first;
            next = std::lower_bound(next, sorted.end(), std::make_pair(first, std::uint32_t(0)));
            const auto end = std::upper_bound(next, sorted.end(), std::make_pair(last, ~std::uint32_t(0)));
            if (std::size_t(end - next) * 16 < count) {
                // Few of our refs fall in this chunk: search for each instead of reading it all.
                for (; next != end; ++next) {
                    std::size_t lo = 0;
                    std::size_t hi = count;
                    while (lo < hi) {
                        const std::size_t mid = (lo + hi) / 2;
                        if (pairAt(data, mid).first < next->first)
                            lo = mid + 1;
                        else
                            hi = mid;
                    }
                    for (std::size_t i = lo; i < count && pairAt(data, i).first == next->first; ++i)
                        candidates.emplace_back(next->second, pairAt(data, i).second);
                }
                continue;
            }
            for (std::size_t i = 0; i < count && next != end; ++i) {
                const Pair pair = pairAt(data, i);
                while (next != end && next->first < pair.first)
                    ++next;
                for (auto same = next; same != end && same->first == pair.first; ++same)
                    candidates.emplace_back(same->second, pair.second);
            }
            next = end;
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto &[index, id] : candidates) {
        if (found[index] == 0 && verify(id, refs[index]))
            found[index] = id;
    }
    return found;
}

void RefStore::changed(EntryId id, std::string_view oldRef, std::string_view newRef)
{
    if (oldRef == newRef)
        return;
    if (!oldRef.empty()) {
        auto remove = m_db.prepare("DELETE FROM ref_index WHERE ref = ?1 AND id = ?2");
        remove->bind(1, std::string(oldRef));
        remove->bind(2, std::int64_t(id));
        remove->exec();
    }
    if (!newRef.empty()) {
        auto insert = m_db.prepare("INSERT INTO ref_index (ref, id) VALUES (?1, ?2) "
                                   "ON CONFLICT (ref) DO UPDATE SET id = excluded.id");
        insert->bind(1, std::string(newRef));
        insert->bind(2, std::int64_t(id));
        insert->exec();
    }
}

void RefStore::added(const RefList &refs, const std::vector<std::pair<std::uint64_t, std::uint32_t>> &byHash,
                     const std::vector<EntryId> &newIds)
{
    std::vector<Pair> pairs; // sorted by hash, as byHash is
    for (const auto &[h, r] : byHash) {
        if (newIds[r] != 0)
            pairs.emplace_back(h, newIds[r]);
    }
    if (pairs.size() < kMinBlock) {
        for (std::size_t r = 0; r < refs.size(); ++r) {
            if (newIds[r] != 0)
                changed(newIds[r], std::string_view(), refs[r]);
        }
        return;
    }
    writeBlock(pairs);
    compact();
}

void RefStore::writeBlock(std::vector<Pair> &pairs)
{
    if (pairs.empty())
        return;
    if (!std::is_sorted(pairs.begin(), pairs.end()))
        std::sort(pairs.begin(), pairs.end());
    const std::int64_t block = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM ref_block");
    {
        auto insert = m_db.prepare("INSERT INTO ref_block (id, count) VALUES (?1, ?2)");
        insert->bind(1, block);
        insert->bind(2, std::int64_t(pairs.size()));
        insert->exec();
    }
    auto insert = m_db.prepare("INSERT INTO ref_chunk (block, lo, count, pairs) VALUES (?1, ?2, ?3, ?4)");
    std::vector<unsigned char> blob;
    for (std::size_t begin = 0; begin < pairs.size();) {
        std::size_t end = std::min(pairs.size(), begin + kChunkPairs);
        while (end < pairs.size() && pairs[end].first == pairs[end - 1].first)
            ++end; // equal hashes stay in one chunk: a lookup reads one chunk per block
        encodePairs(pairs.data() + begin, pairs.data() + end, blob);
        insert->bind(1, block);
        insert->bind(2, keyOf(pairs[begin].first));
        insert->bind(3, std::int64_t(end - begin));
        insert->bindNoCopy(4, blob.data(), int(blob.size()));
        insert->exec();
        insert->reset();
        begin = end;
    }
}

void RefStore::readBlock(std::int64_t block, std::vector<Pair> &pairs)
{
    {
        auto count = m_db.prepare("SELECT count FROM ref_block WHERE id = ?1");
        count->bind(1, block);
        if (count->executeStep())
            pairs.reserve(pairs.size() + std::size_t(std::max<std::int64_t>(0, count->getColumn(0).getInt64())));
    }
    auto chunks = m_db.prepare("SELECT pairs FROM ref_chunk WHERE block = ?1 ORDER BY lo");
    chunks->bind(1, block);
    while (chunks->executeStep()) {
        const SQLite::Column blob = chunks->getColumn(0);
        const auto *data = static_cast<const unsigned char *>(blob.getBlob());
        const std::size_t count = std::size_t(blob.getBytes()) / kPairBytes;
        for (std::size_t i = 0; i < count; ++i)
            pairs.push_back(pairAt(data, i));
    }
}

void RefStore::compact()
{
    while (m_db.queryInt("SELECT count(*) FROM ref_block") > kMaxBlocks) {
        std::vector<std::int64_t> smallest;
        {
            auto query = m_db.prepare("SELECT id FROM ref_block ORDER BY count, id LIMIT 2");
            while (query->executeStep())
                smallest.push_back(query->getColumn(0).getInt64());
        }
        std::vector<Pair> merged;
        for (const std::int64_t block : smallest) {
            // Each block is sorted: merging the two is linear, where sorting them together
            // cost an import into a big file a third of a second.
            const auto middle = std::ptrdiff_t(merged.size());
            readBlock(block, merged);
            std::inplace_merge(merged.begin(), merged.begin() + middle, merged.end());
            auto chunks = m_db.prepare("DELETE FROM ref_chunk WHERE block = ?1");
            chunks->bind(1, block);
            chunks->exec();
            auto row = m_db.prepare("DELETE FROM ref_block WHERE id = ?1");
            row->bind(1, block);
            row->exec();
        }
        writeBlock(merged);
    }
}

void RefStore::rebuild()
{
    m_db.execute("DELETE FROM ref_chunk; DELETE FROM ref_block; DELETE FROM ref_index;");
    std::vector<Pair> pairs;
    auto query = m_db.prepare("SELECT id, ref FROM entry WHERE ref IS NOT NULL");
    while (query->executeStep()) {
        const SQLite::Column ref = query->getColumn(1);
        pairs.emplace_back(hash(std::string_view(static_cast<const char *>(ref.getBlob()), std::size_t(ref.getBytes()))),
                           query->getColumn(0).getInt64());
    }
    writeBlock(pairs);
}

} // namespace st
