#pragma once

#include "salestarget/domain/ProgressEntry.h"

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace st {

class Database;

/// Many UTF-8 refs in one buffer (an import has a million: one allocation, not a million).
class RefList final
{
public:
    void reserve(std::size_t refs, std::size_t bytes)
    {
        m_ends.reserve(refs);
        m_text.reserve(bytes);
    }
    /// Appends `ref` as UTF-8.
    void add(QStringView ref);
    std::size_t size() const { return m_ends.size(); }
    std::string_view operator[](std::size_t i) const
    {
        const std::uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(begin, m_ends[i] - begin);
    }

private:
    std::string m_text;
    std::vector<std::uint32_t> m_ends;
};

/// Which entry has which external reference (docs/schema.md, "refs"): what makes imports
/// idempotent. Entries written one by one have a row in `ref_index`; the refs of an import's new
/// entries are written as one sorted block of (hash, id) pairs in 64 KiB chunks (`ref_chunk`), so
/// that a million-row import writes ~250 blobs instead of a million index rows. A pair only
/// points at an entry: every answer is checked against the entry's stored ref, so pairs of
/// deleted entries or changed refs are harmless. No two entries share a ref: every write that
/// gives an entry a ref asks find() first (SQLite no longer enforces it).
class RefStore final
{
public:
    using Pair = std::pair<std::uint64_t, EntryId>; // (hash of the ref, entry id)

    explicit RefStore(Database &db) : m_db(db) {}

    /// The hash the blocks are sorted by (of the UTF-8 ref).
    static std::uint64_t hash(std::string_view ref);

    /// The entry whose ref is `ref` (UTF-8, not empty); 0 when none.
    EntryId find(std::string_view ref);
    /// For each of `refs` (not empty), the entry that has it; 0 when none. Reads every block once
    /// for a large batch, looks each ref up for a small one. `byHash`, when given, receives
    /// (hash, index) of every ref sorted.
    std::vector<EntryId> findAll(const RefList &refs, std::vector<std::pair<std::uint64_t, std::uint32_t>> *byHash);

    /// A single write changed the ref of entry `id` from `oldRef` to `newRef` (either may be empty).
    void changed(EntryId id, std::string_view oldRef, std::string_view newRef);
    /// Records the refs of an import's new entries: ref `r` now belongs to entry `newIds[r]` when
    /// that is not 0. `byHash` is what findAll() sorted. A block when there are many, else index rows.
    void added(const RefList &refs, const std::vector<std::pair<std::uint64_t, std::uint32_t>> &byHash,
               const std::vector<EntryId> &newIds);

    /// Rebuilds everything from the entry table (migration): one block, an empty index.
    void rebuild();

    /// Blocks beyond this many are merged, the two smallest first.
    static constexpr int kMaxBlocks = 8;
    /// Fewer refs than this go into ref_index instead of a block of their own.
    static constexpr std::size_t kMinBlock = 1024;

private:
    bool verify(EntryId id, std::string_view ref);
    std::vector<std::int64_t> blocks();
    void writeBlock(std::vector<Pair> &pairs);
    /// Appends the pairs of `block` (sorted by hash) to `pairs`.
    void readBlock(std::int64_t block, std::vector<Pair> &pairs);
    void compact();

    Database &m_db;
};

} // namespace st
