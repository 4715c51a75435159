#pragma once

// Internal to the reporting layer: the row-by-row work of ProgressImporter::read(), written so that
// several threads can each read a part of one file (CsvReader::split) with the same code.

#include "salestarget/reporting/ProgressImporter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace st {

class PlanService;
class Tree;

/// Values by short texts, looked up with a view of CSV text without allocating. Open addressing
/// with each slot's hash kept next to its key: a probe reads one slot, and compares bytes only when
/// the hashes are equal (QHash compares the keys of every probed slot, each a cache miss away).
template<typename Value>
class TextTable final
{
public:
    /// The value of `key`, nullptr when there is none.
    const Value *find(QByteArrayView key) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::size_t hash = qHash(key, m_seed);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (slot.hash == hash && QByteArrayView(slot.key) == key)
                return &slot.value;
        }
    }
    /// The value of `key`, added (default-constructed) when there is none.
    Value &operator[](QByteArrayView key)
    {
        if (2 * (m_size + 1) > qsizetype(m_slots.size()))
            rehash(std::max<std::size_t>(16, 2 * m_slots.size()));
        const std::size_t hash = qHash(key, m_seed);
        std::size_t i = hash & m_mask;
        for (; m_slots[i].used; i = (i + 1) & m_mask) {
            if (m_slots[i].hash == hash && QByteArrayView(m_slots[i].key) == key)
                return m_slots[i].value;
        }
        ++m_size;
        m_slots[i] = Slot{hash, key.toByteArray(), Value(), true};
        return m_slots[i].value;
    }
    qsizetype size() const { return m_size; }

private:
    struct Slot {
        std::size_t hash = 0;
        QByteArray key;
        Value value{};
        bool used = false;
    };
    void rehash(std::size_t slots)
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
        m_mask = slots - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            std::size_t i = slot.hash & m_mask;
            while (m_slots[i].used)
                i = (i + 1) & m_mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots; // a power of two of them, at most half used
    std::size_t m_mask = 0;
    std::size_t m_seed = QHashSeed::globalSeed(); // as QHash: random, and the fast hash (not 0)
    qsizetype m_size = 0;
};

/// Lookup of a node by path or by unique name; 0 when unknown, -1 when ambiguous.
class NameIndex final
{
public:
    NameIndex(const Tree &tree, bool peopleOnly);
    NodeId find(QByteArrayView text, QString *ambiguity) const;

private:
    struct Ids {
        NodeId byPath = 0; // 0: no node has this path
        NodeId byName = 0; // 0: no node has this name, -1: more than one
    };
    TextTable<Ids> m_ids; // paths and names in one table: one lookup per field
    QHash<QByteArray, QString> m_clash;
};

/// Gives rows that repeat a text (customers, notes) one shared QString instead of one allocation
/// each. Bounded: short texts only, at most kMaxTexts of them, and it stops looking once it is
/// full and the texts keep being new (a file of all-different customers).
class TextInterner final
{
public:
    QString text(QByteArrayView utf8);

private:
    static constexpr qsizetype kMaxTexts = 16384;
    static constexpr qsizetype kMaxLength = 256; // bytes
    TextTable<QString> m_texts;
    qsizetype m_missesWhenFull = 0;
};

/// What reading a row needs besides the row: read-only, shared by the threads reading one file.
struct RowRules {
    RowRules(const PlanService &service, const ImportMapping &mapping, const QStringList &headers,
             ImportDateFormat dateFormat);
    /// The header of `column`, empty when there is none.
    QString header(int column) const;

    ImportMapping mapping;
    QStringList headers;
    ImportDateFormat dateFormat;
    NameIndex people, products, regions;
    QHash<QByteArray, MetricId> metrics; // keys, English and Chinese names and aliases
    std::size_t hashSeed = QHashSeed::globalSeed(); // for reference hashes (0 would be a slower hash)
    QString productTree, regionTree;     // tree names for messages
};

using RefHashes = std::vector<std::pair<std::size_t, qsizetype>>; // (hash of a reference, line)

/// What the rows of one or more consecutive parts of a file gave, in file order.
struct RowsReading {
    std::vector<ProgressEntry> entries;
    std::vector<qsizetype> entryLines; // the line of each entry
    std::vector<ImportIssue> issues;
    qsizetype rows = 0;
    QSet<QString> unknownPeople, unknownProducts, unknownRegions;
    std::optional<CsvError> error; // malformed CSV stopped the reader here

    void reserve(qsizetype rows);
};

/// Reads records as data rows, on one thread: the texts that rows share (customers, notes) and
/// the hashes of the references are kept over every part it reads.
class RowReader final
{
public:
    /// `expectedRows`: about how many rows this reader may read (sizes the reference hashes).
    RowReader(const RowRules &rules, qsizetype expectedRows);

    /// Reads every record of `reader` into `out`, after what `out` holds; false when malformed
    /// CSV stopped the reader (then `out.error` says where).
    bool read(CsvReader &reader, RowsReading &out);
    /// The hash and line of the reference of every row read, in reading order.
    RefHashes &refHashes() { return m_refHashes; }

private:
    void readRow(const CsvRecord &record, RowsReading &out);

    const RowRules &m_rules;
    TextInterner m_customers, m_notes;
    RefHashes m_refHashes;
};

/// `field` without the spaces and tabs around it.
inline QByteArrayView trimmedField(QByteArrayView field)
{
    while (!field.isEmpty() && (field.front() == ' ' || field.front() == '\t'))
        field = field.sliced(1);
    while (!field.isEmpty() && (field.back() == ' ' || field.back() == '\t'))
        field.chop(1);
    return field;
}

} // namespace st
