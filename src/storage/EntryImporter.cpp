#include "salestarget/storage/EntryImporter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace st {

namespace {

// Rows per INSERT: one statement per row spends a large share of its time starting and halting
// the statement; 32 rows (384 parameters) amortise that.
constexpr std::size_t kChunk = AuditLog::Writer::kMaxRows;
constexpr int kColumns = 12; // EntryRow's 11 and the import batch

/// `INSERT ... VALUES (12 parameters) x rows ... ON CONFLICT DO NOTHING`, for 1..kChunk rows.
const char *insertSql(std::size_t rows)
{
    static const std::array<std::string, kChunk + 1> sql = [] {
        std::array<std::string, kChunk + 1> all;
        for (std::size_t n = 1; n <= kChunk; ++n) {
            std::string s = "INSERT INTO entry (day, metric, person, product, region, value, customer, ref, note, "
                            "entered_by, entered_at, batch) VALUES ";
            for (std::size_t r = 0; r < n; ++r)
                s += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?)";
            all[n] = s + " ON CONFLICT DO NOTHING";
        }
        return all;
    }();
    return sql[rows].c_str();
}

/// The ids of one table, for checking references in memory (a bitmap for the usual small ids).
class IdSet final
{
public:
    IdSet(Database &db, const char *sql)
    {
        auto query = db.prepare(sql);
        while (query->executeStep()) {
            const std::int64_t id = query->getColumn(0).getInt64();
            if (id >= 0 && id < kBitmapLimit) {
                if (std::size_t(id) >= m_bits.size())
                    m_bits.resize(std::size_t(id) + 1);
                m_bits[std::size_t(id)] = true;
            } else {
                m_others.insert(id);
            }
        }
    }
    bool contains(std::int64_t id) const
    {
        if (id >= 0 && id < kBitmapLimit)
            return std::size_t(id) < m_bits.size() && m_bits[std::size_t(id)];
        return m_others.count(id) != 0;
    }

private:
    static constexpr std::int64_t kBitmapLimit = std::int64_t(1) << 24;
    std::vector<bool> m_bits;
    std::unordered_set<std::int64_t> m_others;
};

FactRecord factOf(const ProgressEntry &e, EntryId id)
{
    FactRecord f;
    f.id = id;
    f.person = std::int32_t(e.person);
    f.product = std::int32_t(e.product);
    f.region = std::int32_t(e.region);
    f.value = e.value.minor();
    return f;
}

/// One import: statements, buffers, counts, facts and audit rows.
class Batch final
{
public:
    Batch(Database &db, ImportAudit mode, const AuditStamp &stamp, std::span<const ProgressEntry> entries)
        : m_db(db), m_mode(mode), m_stamp(stamp), m_entries(entries), m_rows(kChunk),
          m_byRef(db.prepare(byRefSql().c_str())), m_update(db.prepare(EntryRow::kUpdate)), m_audit(db, stamp),
          m_keys(kChunk), m_texts(kChunk)
    {
        m_facts.reserve(entries.size());
    }

    /// Checks every row before anything is written: required fields, and that the members and
    /// the metric it names exist (what the foreign keys would check).
    void check()
    {
        const IdSet nodes(m_db, "SELECT id FROM node");
        const IdSet metrics(m_db, "SELECT id FROM metric");
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const ProgressEntry &e = m_entries[i];
            labelled(i, [&] {
                EntryRow::check(e);
                if (!metrics.contains(e.metric) || !nodes.contains(e.person) || (e.product != 0 && !nodes.contains(e.product))
                    || (e.region != 0 && !nodes.contains(e.region)))
                    throw DomainError(tr("it refers to a member or metric that does not exist"));
            });
        }
    }

    /// Creates the import's row; the added entries name it.
    void begin(const QString &source)
    {
        auto insert = m_db.prepare("INSERT INTO import_batch (at, user, reason, source) VALUES (?1, ?2, ?3, ?4)");
        insert->bind(1, StorageCodec::timeText(m_stamp.at).toStdString());
        insert->bind(2, m_stamp.user.toStdString());
        insert->bind(3, m_stamp.reason.toStdString());
        insert->bind(4, source.toStdString());
        insert->exec();
        m_batch = m_db.lastInsertId();
        m_source = source;
    }

    /// Writes the rows [first, first + count) (count <= kChunk), trying one multi-row insert first.
    void writeChunk(std::size_t first, std::size_t count)
    {
        int inserted = 0;
        try {
            auto insert = m_db.prepare(insertSql(count));
            for (std::size_t r = 0; r < count; ++r) {
                const int offset = int(r) * kColumns;
                m_rows[r].bind(*insert, m_entries[first + r], offset, &m_stamp.user, &m_stamp.at);
                insert->bind(offset + kColumns, m_batch);
            }
            inserted = insert->exec();
        } catch (const SQLite::Exception &) {
            // The statement wrote nothing; redo its rows one by one so the culprit is named.
            for (std::size_t r = 0; r < count; ++r)
                writeOne(first + r);
            flushAudit();
            return;
        }
        // New rows get consecutive ids in statement order; a row with a ref that was not inserted
        // met an existing ref (or one earlier in this chunk).
        EntryId next = inserted > 0 ? m_db.lastInsertId() - inserted + 1 : 0;
        for (std::size_t r = 0; r < count; ++r) {
            const ProgressEntry &e = m_entries[first + r];
            if (std::size_t(inserted) == count || e.ref.isEmpty()) {
                added(next++, e);
                continue;
            }
            labelled(first + r, [&] {
                const ProgressEntry stored = lookUp(e);
                if (inserted > 0 && stored.id == next)
                    added(next++, e);
                else
                    existing(e, stored);
            });
        }
        flushAudit();
    }

    /// Writes the facts, completes the import's row and its audit row; returns the counts.
    ImportOutcome finish()
    {
        FactStore(m_db).apply(m_facts);
        auto update = m_db.prepare("UPDATE import_batch SET added = ?1, updated = ?2, unchanged = ?3, first_id = ?4, "
                                   "last_id = ?5 WHERE id = ?6");
        update->bind(1, m_outcome.added);
        update->bind(2, m_outcome.updated);
        update->bind(3, m_outcome.unchanged);
        if (m_outcome.added > 0) {
            update->bind(4, m_firstAdded);
            update->bind(5, m_lastAdded);
        }
        update->bind(6, m_batch);
        update->exec();
        std::string text;
        if (!m_source.isEmpty()) {
            text += "source=\"";
            StorageCodec::appendUtf8(text, QString(m_source).replace(u'"', QStringLiteral("\"\"")));
            text += "\"; ";
        }
        text += "added=" + std::to_string(m_outcome.added) + "; updated=" + std::to_string(m_outcome.updated)
              + "; unchanged=" + std::to_string(m_outcome.unchanged);
        if (m_outcome.added > 0) // new ids are consecutive: nothing else writes inside this transaction
            text += "; ids=" + std::to_string(m_firstAdded) + ".." + std::to_string(m_lastAdded);
        m_audit.append("import", "entry", "batch " + std::to_string(m_batch), nullptr, &text);
        return m_outcome;
    }

private:
    static const std::string &byRefSql()
    {
        static const std::string sql = std::string(EntryRow::kSelect) + " WHERE e.ref = ?1";
        return sql;
    }

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
            m_rows[0].bind(*insert, e, 0, &m_stamp.user, &m_stamp.at);
            insert->bind(kColumns, m_batch);
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
        m_facts.add(e.metric, StorageCodec::julianDay(e.date), factOf(e, id));
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
        if (EntryRow::sameContent(stored, e)) {
            ++m_outcome.unchanged;
            return;
        }
        flushAudit(); // the entry's own insert row, when it was added earlier in this chunk, comes first
        ProgressEntry after = e;
        after.id = stored.id;
        m_single.bind(*m_update, after); // who and when written out: the row keeps naming its import
        m_update->bind(12, std::int64_t(stored.id));
        m_update->exec();
        m_update->reset();
        m_facts.remove(stored.metric, StorageCodec::julianDay(stored.date), stored.id);
        m_facts.add(after.metric, StorageCodec::julianDay(after.date), factOf(after, stored.id));
        ++m_outcome.updated;
        m_oldText.clear();
        m_newText.clear();
        StorageCodec::appendEntryText(m_oldText, stored);
        StorageCodec::appendEntryText(m_newText, after);
        m_audit.append("update", "entry", std::to_string(stored.id), &m_oldText, &m_newText);
    }

    Database &m_db;
    ImportAudit m_mode;
    const AuditStamp &m_stamp;
    std::span<const ProgressEntry> m_entries;
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
    FactStore::Changes m_facts;
    ImportOutcome m_outcome;
    std::int64_t m_batch = 0;
    QString m_source;
    EntryId m_firstAdded = 0;
    EntryId m_lastAdded = 0;
};

} // namespace

ImportOutcome EntryImporter::import(std::span<const ProgressEntry> entries, const AuditStamp &stamp,
                                    const QString &source)
{
    Batch batch(m_db, m_audit, stamp, entries);
    batch.check();
    batch.begin(source);
    for (std::size_t first = 0; first < entries.size(); first += kChunk)
        batch.writeChunk(first, std::min(kChunk, entries.size() - first));
    return batch.finish();
}

} // namespace st
