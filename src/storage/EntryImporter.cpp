#include "salestarget/storage/EntryImporter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_set>

namespace st {

namespace {

// Rows per INSERT: one statement per row spends a large share of its time starting and halting
// the statement; 32 rows (352 parameters) amortise that.
constexpr std::size_t kChunk = AuditLog::Writer::kMaxRows;
constexpr int kColumns = 11;

constexpr const char *kByRef =
    "SELECT id, day, metric, person, product, region, value, customer, ref, note, entered_by, entered_at "
    "FROM entry WHERE ref = ?1";

/// `INSERT ... VALUES (11 parameters) x rows ... ON CONFLICT DO NOTHING`, for 1..kChunk rows.
const char *insertSql(std::size_t rows)
{
    static const std::array<std::string, kChunk + 1> sql = [] {
        std::array<std::string, kChunk + 1> all;
        for (std::size_t n = 1; n <= kChunk; ++n) {
            std::string s = "INSERT INTO entry (day, metric, person, product, region, value, customer, ref, note, "
                            "entered_by, entered_at) VALUES ";
            for (std::size_t r = 0; r < n; ++r)
                s += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?)";
            all[n] = s + " ON CONFLICT DO NOTHING";
        }
        return all;
    }();
    return sql[rows].c_str();
}

/// Thrown when a reordered import meets a ref twice: the batch is then redone in input order so
/// that the last row with that ref wins, as the user expects.
struct RepeatedRef {
};

/// The state of one pass over a batch: statements, buffers, counts and the audit rows to write.
class Batch final
{
public:
    Batch(Database &db, ImportAudit mode, const AuditStamp &stamp, std::span<const ProgressEntry> entries,
          bool reordered)
        : m_db(db), m_mode(mode), m_entries(entries), m_reordered(reordered), m_rows(kChunk),
          m_byRef(db.prepare(kByRef)), m_update(db.prepare(EntryRow::kUpdate)), m_audit(db, stamp),
          m_keys(kChunk), m_texts(kChunk)
    {
    }

    /// Writes the rows `indices[0..count)` (count <= kChunk), trying one multi-row insert first.
    void writeChunk(const std::uint32_t *indices, std::size_t count)
    {
        for (std::size_t r = 0; r < count; ++r)
            labelled(indices[r], [&] { EntryRow::check(m_entries[indices[r]]); });
        int inserted = 0;
        try {
            auto insert = m_db.prepare(insertSql(count));
            for (std::size_t r = 0; r < count; ++r)
                m_rows[r].bind(*insert, m_entries[indices[r]], int(r) * kColumns);
            inserted = insert->exec();
        } catch (const SQLite::Exception &) {
            // The statement wrote nothing; redo its rows one by one so the culprit is named.
            for (std::size_t r = 0; r < count; ++r)
                writeOne(indices[r]);
            flushAudit();
            return;
        }
        // New rows get consecutive ids in statement order; a row with a ref that was not inserted
        // met an existing ref (or one earlier in this chunk).
        EntryId next = inserted > 0 ? m_db.lastInsertId() - inserted + 1 : 0;
        for (std::size_t r = 0; r < count; ++r) {
            const ProgressEntry &e = m_entries[indices[r]];
            if (std::size_t(inserted) == count || e.ref.isEmpty()) {
                added(next++, e);
                continue;
            }
            labelled(indices[r], [&] {
                const ProgressEntry stored = lookUp(e);
                if (inserted > 0 && stored.id == next)
                    added(next++, e);
                else
                    existing(e, stored);
            });
        }
        flushAudit();
    }

    /// Writes the summary audit row, if that is the mode; returns the counts.
    ImportOutcome finish()
    {
        if (m_mode == ImportAudit::Summary && m_outcome.added > 0) {
            // New ids are consecutive: nothing else writes inside this transaction.
            const std::string key = std::to_string(m_firstAdded) + ".." + std::to_string(m_lastAdded);
            const std::string text = "added=" + std::to_string(m_outcome.added) + "; ids=" + key;
            m_audit.append("import", "entry", key, nullptr, &text);
        }
        return m_outcome;
    }

private:
    template <typename Work>
    void labelled(std::size_t index, Work &&work)
    {
        const ProgressEntry &e = m_entries[index];
        const auto label = [&] {
            return e.ref.isEmpty() ? QCoreApplication::translate("st::EntryImporter", "Entry %1 of %2").arg(index + 1).arg(m_entries.size())
                                   : QCoreApplication::translate("st::EntryImporter", "Entry %1 of %2 (reference \"%3\")").arg(index + 1).arg(m_entries.size()).arg(e.ref);
        };
        try {
            work();
        } catch (const SQLite::Exception &error) {
            throw DomainError(Database::describe(error, label()));
        } catch (const DomainError &error) {
            throw DomainError(QCoreApplication::translate("st::EntryImporter", "%1: %2").arg(label(), error.message()));
        }
    }

    void writeOne(std::size_t index)
    {
        const ProgressEntry &e = m_entries[index];
        labelled(index, [&] {
            auto insert = m_db.prepare(insertSql(1));
            m_rows[0].bind(*insert, e);
            if (insert->exec() == 1)
                added(m_db.lastInsertId(), e);
            else
                existing(e, lookUp(e));
        });
    }

    ProgressEntry lookUp(const ProgressEntry &e)
    {
        m_byRef->bind(1, e.ref.toStdString());
        if (!m_byRef->executeStep())
            throw DomainError(QCoreApplication::translate("st::EntryImporter", "the entry could not be stored"));
        ProgressEntry stored = EntryRow::read(*m_byRef);
        m_byRef->reset();
        return stored;
    }

    void added(EntryId id, const ProgressEntry &e)
    {
        ++m_outcome.added;
        if (m_firstAdded == 0)
            m_firstAdded = id;
        m_lastAdded = id;
        if (m_mode != ImportAudit::PerEntry)
            return;
        m_keys[m_pending] = std::to_string(id);
        m_texts[m_pending].clear();
        StorageCodec::appendEntryText(m_texts[m_pending], e);
        if (++m_pending == kChunk)
            flushAudit();
    }

    void flushAudit()
    {
        if (m_pending > 0)
            m_audit.appendInserts("entry", m_keys, m_texts, m_pending);
        m_pending = 0;
    }

    /// `e` has the ref of the stored row `stored`: leave it alone or update it.
    void existing(const ProgressEntry &e, const ProgressEntry &stored)
    {
        if (m_reordered && ((m_firstAdded != 0 && stored.id >= m_firstAdded) || !m_seen.insert(stored.id).second))
            throw RepeatedRef{};
        if (EntryRow::sameContent(stored, e)) {
            ++m_outcome.unchanged;
            return;
        }
        ProgressEntry after = e;
        after.id = stored.id;
        m_single.bind(*m_update, after);
        m_update->bind(12, std::int64_t(stored.id));
        m_update->exec();
        m_update->reset();
        ++m_outcome.updated;
        m_oldText.clear();
        m_newText.clear();
        StorageCodec::appendEntryText(m_oldText, stored);
        StorageCodec::appendEntryText(m_newText, after);
        m_audit.append("update", "entry", std::to_string(stored.id), &m_oldText, &m_newText);
    }

    Database &m_db;
    ImportAudit m_mode;
    std::span<const ProgressEntry> m_entries;
    bool m_reordered;
    std::vector<EntryRow> m_rows; // one per row of a chunk: their buffers stay bound until exec()
    EntryRow m_single;
    Database::Borrowed m_byRef;
    Database::Borrowed m_update;
    AuditLog::Writer m_audit;
    std::vector<std::string> m_keys;
    std::vector<std::string> m_texts;
    std::size_t m_pending = 0;
    std::string m_oldText;
    std::string m_newText;
    ImportOutcome m_outcome;
    EntryId m_firstAdded = 0;
    EntryId m_lastAdded = 0;
    std::unordered_set<EntryId> m_seen; // existing rows this pass already matched (reordered only)
};

} // namespace

ImportOutcome EntryImporter::import(std::span<const ProgressEntry> entries, const AuditStamp &stamp)
{
    std::vector<std::uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0U);
    const auto byDate = [&](std::uint32_t a, std::uint32_t b) { return entries[a].date < entries[b].date; };
    if (std::is_sorted(order.begin(), order.end(), byDate))
        return write(entries, order, stamp, false);

    // Rows in random date order would land all over the (metric, day) index, which costs several
    // times more than appending near its ends; date order (stable, so same-day rows keep theirs)
    // also gives new entries ids in date order.
    std::stable_sort(order.begin(), order.end(), byDate);
    try {
        ImportOutcome outcome;
        m_db.transaction([&] { outcome = write(entries, order, stamp, true); });
        return outcome;
    } catch (const RepeatedRef &) {
        std::iota(order.begin(), order.end(), 0U);
        return write(entries, order, stamp, false);
    }
}

ImportOutcome EntryImporter::write(std::span<const ProgressEntry> entries, const std::vector<std::uint32_t> &order,
                                   const AuditStamp &stamp, bool reordered)
{
    Batch batch(m_db, m_audit, stamp, entries, reordered);
    for (std::size_t begin = 0; begin < order.size(); begin += kChunk)
        batch.writeChunk(order.data() + begin, std::min(kChunk, order.size() - begin));
    return batch.finish();
}

} // namespace st
