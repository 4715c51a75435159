#include "salestarget/storage/EntryImporter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/RefStore.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace st {

namespace {

constexpr std::size_t kAuditRows = AuditLog::Writer::kMaxRows; // insert audit rows per statement

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

// --- st_import_rows: the rows of an import as a virtual table ---------------------------------
//
// `INSERT INTO entry SELECT ... FROM st_import_rows(?1)` inserts every row with one statement:
// no parameters to bind per row, one statement start and halt for the whole import. ?1 is a
// RowSource bound with sqlite3_bind_pointer().

constexpr const char *kRowsModule = "st_import_rows";

constexpr std::uint32_t kNoRef = 0xFFFFFFFFU;

struct RowSource {
    std::span<const ProgressEntry> entries;
    std::span<const std::uint32_t> rows;     // the entries to insert, in order
    const RefList *refs = nullptr;                     // UTF-8 refs...
    const std::vector<std::uint32_t> *refOf = nullptr; // ...of each entry (kNoRef: none)
    std::int64_t batch = 0;
    const AuditStamp *stamp = nullptr; // entered_by / entered_at equal to the stamp's are written empty
};

/// Whether the row can name its import for who entered it and when: then the empty texts stored
/// in entered_by / entered_at mean "the import's" (EntryRow::kSelect), unless they are the import's
/// anyway. A row entered by nobody (empty) in an import by somebody keeps its own, empty, texts.
bool namesImport(const ProgressEntry &e, const AuditStamp &stamp)
{
    return !(e.enteredBy.isEmpty() && !stamp.user.isEmpty()) && !(!e.enteredAt.isValid() && stamp.at.isValid());
}

enum RowColumn {
    kDay, kMetric, kPerson, kProduct, kRegion, kValue, kCustomer, kRef, kNote, kEnteredBy, kEnteredAt, kBatch, kSource
};

struct RowCursor : sqlite3_vtab_cursor {
    const RowSource *source = nullptr;
    std::size_t row = 0;
    std::string text[3];     // customer and note of the current row (valid until the next row's)
    QString by;              // entered_by / entered_at are usually the same for every row
    std::string byText;
    bool byCached = false;
    QDateTime at;
    std::string atText;
    bool atCached = false;
};

int rowsConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **vtab, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(day, metric, person, product, region, value, customer, "
                                            "ref, note, entered_by, entered_at, batch, src HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *vtab = new sqlite3_vtab{};
    return SQLITE_OK;
}

int rowsDisconnect(sqlite3_vtab *vtab)
{
    delete vtab;
    return SQLITE_OK;
}

int rowsBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == kSource && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT; // only usable with its source
}

int rowsOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = new RowCursor{};
    return SQLITE_OK;
}

int rowsClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<RowCursor *>(cursor);
    return SQLITE_OK;
}

int rowsFilter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = static_cast<RowCursor *>(cursor);
    c->source = argc > 0 ? static_cast<const RowSource *>(sqlite3_value_pointer(argv[0], kRowsModule)) : nullptr;
    c->row = 0;
    return SQLITE_OK;
}

int rowsNext(sqlite3_vtab_cursor *cursor)
{
    ++static_cast<RowCursor *>(cursor)->row;
    return SQLITE_OK;
}

int rowsEof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = static_cast<RowCursor *>(cursor);
    return !c->source || c->row >= c->source->rows.size();
}

void resultText(sqlite3_context *context, std::string &buffer, const QString &value)
{
    buffer.clear();
    StorageCodec::appendUtf8(buffer, value);
    // Static: the buffer stays as it is until this column of the next row, after the row is stored.
    sqlite3_result_text(context, buffer.data(), int(buffer.size()), SQLITE_STATIC);
}

int rowsColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    auto *c = static_cast<RowCursor *>(cursor);
    const std::uint32_t index = c->source->rows[c->row];
    const ProgressEntry &e = c->source->entries[index];
    switch (column) {
    case kDay:
        sqlite3_result_int64(context, StorageCodec::julianDay(e.date));
        break;
    case kMetric:
        sqlite3_result_int(context, e.metric);
        break;
    case kPerson:
        sqlite3_result_int64(context, e.person);
        break;
    case kProduct:
    case kRegion:
        if (const NodeId id = column == kProduct ? e.product : e.region; id != 0)
            sqlite3_result_int64(context, id);
        else
            sqlite3_result_null(context);
        break;
    case kValue:
        sqlite3_result_int64(context, e.value.minor());
        break;
    case kCustomer:
        resultText(context, c->text[0], e.customer);
        break;
    case kRef:
        if (const std::uint32_t ref = (*c->source->refOf)[index]; ref == kNoRef) {
            sqlite3_result_null(context); // empty refs are NULL
        } else {
            const std::string_view text = (*c->source->refs)[ref];
            sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_STATIC);
        }
        break;
    case kNote:
        resultText(context, c->text[2], e.note);
        break;
    case kEnteredBy:
        if (namesImport(e, *c->source->stamp) && e.enteredBy == c->source->stamp->user) {
            sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        } else {
            if (!c->byCached || e.enteredBy != c->by) {
                c->by = e.enteredBy;
                c->byText.clear();
                StorageCodec::appendUtf8(c->byText, e.enteredBy);
                c->byCached = true;
            }
            sqlite3_result_text(context, c->byText.data(), int(c->byText.size()), SQLITE_STATIC);
        }
        break;
    case kEnteredAt:
        if (namesImport(e, *c->source->stamp) && e.enteredAt == c->source->stamp->at) {
            sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        } else {
            if (!c->atCached || e.enteredAt != c->at) {
                c->at = e.enteredAt;
                c->atText = StorageCodec::timeText(e.enteredAt).toStdString();
                c->atCached = true;
            }
            sqlite3_result_text(context, c->atText.data(), int(c->atText.size()), SQLITE_STATIC);
        }
        break;
    case kBatch:
        if (namesImport(e, *c->source->stamp))
            sqlite3_result_int64(context, c->source->batch);
        else
            sqlite3_result_null(context);
        break;
    default:
        sqlite3_result_null(context);
        break;
    }
    return SQLITE_OK;
}

int rowsRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = sqlite3_int64(static_cast<RowCursor *>(cursor)->row);
    return SQLITE_OK;
}

const sqlite3_module kRowsModuleMethods = [] {
    sqlite3_module m{}; // every method not set here is absent
    m.xConnect = rowsConnect; // no xCreate: eponymous only, it exists in every schema without CREATE
    m.xBestIndex = rowsBestIndex;
    m.xDisconnect = rowsDisconnect;
    m.xOpen = rowsOpen;
    m.xClose = rowsClose;
    m.xFilter = rowsFilter;
    m.xNext = rowsNext;
    m.xEof = rowsEof;
    m.xColumn = rowsColumn;
    m.xRowid = rowsRowid;
    return m;
}();

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
        : m_db(db), m_mode(mode), m_stamp(stamp), m_entries(entries),
          m_byId(db.prepare(byIdSql().c_str())), m_update(db.prepare(EntryRow::kUpdate)), m_audit(db, stamp),
          m_keys(kAuditRows), m_texts(kAuditRows)
    {
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
                    throw DomainError(QCoreApplication::translate("st::EntryImporter", "it refers to a member or metric that does not exist"));
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

    /// Inserts every new row with one statement through st_import_rows, then updates (or leaves
    /// alone) the rows whose ref is stored, in input order. A ref that comes several times is
    /// added by its first row and updated by the later ones. check() made sure every row can be
    /// stored.
    void writeAll()
    {
        const std::size_t count = m_entries.size();
        // Which refs are stored already, and which come more than once in this import.
        RefList refs;
        std::vector<std::uint32_t> refOf(count, kNoRef); // per row: its ref's index in refs
        std::vector<std::uint32_t> refRow;                // per ref: its row
        refs.reserve(count, count * 16);
        refRow.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const QString &ref = m_entries[i].ref;
            if (ref.isEmpty())
                continue;
            refOf[i] = std::uint32_t(refs.size());
            refRow.push_back(std::uint32_t(i));
            refs.add(ref);
        }
        RefStore store(m_db);
        std::vector<std::pair<std::uint64_t, std::uint32_t>> byHash; // (hash, ref index), sorted
        const std::vector<EntryId> target = store.findAll(refs, &byHash); // per ref: the entry it updates
        std::vector<std::uint32_t> firstWith(refs.size(), kNoRef); // per repeated new ref: its first
        std::vector<std::uint32_t> distinct; // the different refs among equal hashes (almost always one)
        for (std::size_t a = 0; a < byHash.size();) {
            std::size_t b = a + 1;
            while (b < byHash.size() && byHash[b].first == byHash[a].first)
                ++b;
            distinct.assign(1, byHash[a].second);
            for (std::size_t x = a + 1; x < b; ++x) { // ref indices ascend: the first of each ref comes first
                const std::uint32_t later = byHash[x].second;
                const auto same = std::find_if(distinct.begin(), distinct.end(),
                                               [&](std::uint32_t earlier) { return refs[earlier] == refs[later]; });
                if (same == distinct.end())
                    distinct.push_back(later);
                else if (target[later] == 0)
                    firstWith[later] = *same;
            }
            a = b;
        }
        std::vector<std::uint32_t> rows; // inserted: no ref, or the first row with a new ref
        rows.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint32_t r = refOf[i];
            if (r == kNoRef || (target[r] == 0 && firstWith[r] == kNoRef))
                rows.push_back(std::uint32_t(i));
        }

        sqlite3 *db = m_db.handle().getHandle();
        if (m_db.firstTime(kRowsModule)) {
            const int rc = sqlite3_create_module_v2(db, kRowsModule, &kRowsModuleMethods, nullptr, nullptr);
            if (rc != SQLITE_OK)
                throw SQLite::Exception(db, rc);
        }
        // New rows get consecutive ids from firstId on, in input order: SQLite appends, and
        // nothing else writes in this transaction.
        const EntryId firstId = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM entry");
        const RowSource source{m_entries, rows, &refs, &refOf, m_batch, &m_stamp};
        sqlite3_stmt *raw = nullptr;
        int rc = sqlite3_prepare_v2(db,
                                    "INSERT INTO entry (day, metric, person, product, region, value, customer, ref, "
                                    "note, entered_by, entered_at, batch) SELECT day, metric, person, product, "
                                    "region, value, customer, ref, note, entered_by, entered_at, batch "
                                    "FROM st_import_rows(?1)",
                                    -1, &raw, nullptr);
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> insert(raw, sqlite3_finalize);
        if (rc != SQLITE_OK)
            throw SQLite::Exception(db, rc);
        sqlite3_bind_pointer(raw, 1, const_cast<RowSource *>(&source), kRowsModule, nullptr);
        rc = sqlite3_step(raw);
        if (rc != SQLITE_DONE)
            throw SQLite::Exception(db, rc); // the statement's changes are undone
        if (std::size_t(sqlite3_changes(db)) != rows.size()
            || (!rows.empty() && m_db.lastInsertId() != firstId + EntryId(rows.size()) - 1))
            throw DomainError(QCoreApplication::translate("st::EntryImporter", "the entries could not be stored"));

        // The new entries: counts, facts, refs, audit rows.
        FactStore(m_db).addAll(m_entries, rows, firstId);
        std::vector<EntryId> newIdOfRef(refs.size(), 0); // per ref: the new entry that has it
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const std::uint32_t i = rows[k];
            added(firstId + EntryId(k), m_entries[i]);
            if (refOf[i] != kNoRef)
                newIdOfRef[refOf[i]] = firstId + EntryId(k);
        }
        flushAudit();
        store.added(refs, byHash, newIdOfRef);
        if (rows.size() == count)
            return;
        // The rows whose ref is stored, in input order: the entry of the ref's first row when
        // it is new in this import, else the stored one.
        std::size_t nextNew = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (nextNew < rows.size() && rows[nextNew] == i) {
                ++nextNew;
                continue;
            }
            const std::uint32_t r = refOf[i];
            const EntryId id = target[r] != 0 ? target[r] : newIdOfRef[firstWith[r]];
            labelled(i, [&] { existing(m_entries[i], byId(id)); });
        }
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
    static const std::string &byIdSql()
    {
        static const std::string sql = std::string(EntryRow::kSelect) + " WHERE e.id = ?1";
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

    ProgressEntry byId(EntryId id)
    {
        m_byId->bind(1, std::int64_t(id));
        if (!m_byId->executeStep())
            throw DomainError(QCoreApplication::translate("st::EntryImporter", "the entry could not be stored"));
        ProgressEntry stored = EntryRow::read(*m_byId);
        m_byId->reset();
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
        if (++m_pending == kAuditRows)
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
    EntryRow m_single;
    Database::Borrowed m_byId;
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
    batch.writeAll();
    return batch.finish();
}

} // namespace st
