#include "salestarget/storage/EntryStore.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>
#include <variant>

namespace st {

namespace {

constexpr const char *kById =
    "SELECT id, day, metric, person, product, region, value, customer, ref, note, entered_by, entered_at "
    "FROM entry WHERE id = ?1";

std::string idList(std::span<const NodeId> ids)
{
    std::string json = "[";
    for (NodeId id : ids) {
        if (json.size() > 1)
            json += ',';
        json += std::to_string(id);
    }
    return json += ']';
}

} // namespace

EntryId EntryStore::insert(const ProgressEntry &entry, const AuditStamp &stamp)
{
    EntryRow::check(entry);
    if (entry.id < 0)
        throw DomainError(QCoreApplication::translate("st::EntryStore", "progress entry id %1 is not valid").arg(entry.id));
    if (entry.id > 0) { // re-creating a deleted entry with its id (undo): the id must be free
        auto exists = m_db.prepare("SELECT 1 FROM entry WHERE id = ?1");
        exists->bind(1, std::int64_t(entry.id));
        if (exists->executeStep())
            throw DomainError(QCoreApplication::translate("st::EntryStore", "progress entry %1 already exists").arg(entry.id));
    }
    EntryRow row;
    auto insert = m_db.prepare(EntryRow::kInsertWithId);
    row.bind(*insert, entry);
    if (entry.id > 0)
        insert->bind(12, std::int64_t(entry.id));
    else
        insert->bind(12);
    if (insert->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::EntryStore", "another progress entry already has the reference \"%1\"").arg(entry.ref));
    const EntryId id = m_db.lastInsertId();
    std::string text;
    StorageCodec::appendEntryText(text, entry);
    AuditLog::Writer(m_db, stamp).append("insert", "entry", std::to_string(id), nullptr, &text);
    return id;
}

void EntryStore::update(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp)
{
    EntryRow::check(after);
    EntryRow row;
    auto update = m_db.prepare(EntryRow::kUpdate);
    row.bind(*update, after);
    update->bind(12, std::int64_t(after.id));
    if (update->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::EntryStore", "progress entry %1 does not exist").arg(after.id));
    std::string oldText;
    std::string newText;
    StorageCodec::appendEntryText(oldText, before);
    StorageCodec::appendEntryText(newText, after);
    AuditLog::Writer(m_db, stamp).append("update", "entry", std::to_string(after.id), &oldText, &newText);
}

void EntryStore::remove(const ProgressEntry &entry, const AuditStamp &stamp)
{
    auto remove = m_db.prepare("DELETE FROM entry WHERE id = ?1");
    remove->bind(1, std::int64_t(entry.id));
    if (remove->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::EntryStore", "progress entry %1 does not exist").arg(entry.id));
    std::string oldText;
    StorageCodec::appendEntryText(oldText, entry);
    AuditLog::Writer(m_db, stamp).append("delete", "entry", std::to_string(entry.id), &oldText, nullptr);
}

ProgressEntry EntryStore::byId(EntryId id)
{
    auto query = m_db.prepare(kById);
    query->bind(1, std::int64_t(id));
    if (!query->executeStep())
        throw DomainError(QCoreApplication::translate("st::EntryStore", "Progress entry %1 does not exist.").arg(id));
    return EntryRow::read(*query);
}

std::vector<ProgressEntry> EntryStore::find(const EntryFilter &filter)
{
    // The statement's shape depends on which conditions are set, its values are always bound;
    // lists are bound as one JSON array each, so there are few shapes and each one is cached.
    std::string sql = std::string("SELECT ") + EntryRow::kColumns + " FROM entry WHERE 1";
    std::vector<std::variant<std::int64_t, std::string>> values;
    if (filter.metric != 0) {
        sql += " AND metric = ?";
        values.emplace_back(std::int64_t(filter.metric));
    } else if (filter.from.isValid() || filter.to.isValid()) {
        sql += " AND metric IN (SELECT id FROM metric)"; // lets the (metric, day) index serve a date range
    }
    if (filter.from.isValid()) {
        sql += " AND day >= ?";
        values.emplace_back(StorageCodec::julianDay(filter.from));
    }
    if (filter.to.isValid()) {
        sql += " AND day <= ?";
        values.emplace_back(StorageCodec::julianDay(filter.to));
    }
    const auto addList = [&](const char *column, const std::vector<NodeId> &ids) {
        if (ids.empty())
            return;
        sql += std::string(" AND ") + column + " IN (SELECT value FROM json_each(?))";
        values.emplace_back(idList(ids));
    };
    addList("person", filter.persons);
    addList("product", filter.products);
    addList("region", filter.regions);
    if (filter.onlyUnassignedProduct)
        sql += " AND product IS NULL";
    if (filter.onlyUnassignedRegion)
        sql += " AND region IS NULL";
    if (!filter.customerContains.isEmpty()) {
        sql += " AND customer LIKE ? ESCAPE '\\'";
        QString pattern = filter.customerContains;
        pattern.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
            .replace(QStringLiteral("%"), QStringLiteral("\\%"))
            .replace(QStringLiteral("_"), QStringLiteral("\\_"));
        values.emplace_back((u'%' + pattern + u'%').toStdString());
    }
    sql += " ORDER BY day, id LIMIT ?";
    values.emplace_back(std::int64_t(filter.limit > 0 ? filter.limit : -1));

    auto query = m_db.prepare(sql.c_str());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = int(i) + 1;
        if (const auto *number = std::get_if<std::int64_t>(&values[i]))
            query->bind(index, *number);
        else
            query->bind(index, std::get<std::string>(values[i]));
    }
    std::vector<ProgressEntry> result;
    while (query->executeStep())
        result.push_back(EntryRow::read(*query));
    return result;
}

void EntryStore::StatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

EntryStore::~EntryStore() = default;

void EntryStore::scan(MetricId metric, QDate from, QDate to, const std::function<void(const EntryFact &)> &sink)
{
    // The raw C API here: SQLiteCpp's Column objects share ownership of the statement, which costs
    // two atomic operations per column read: a third of the time of a 500,000-row scan.
    static constexpr const char *kSql =
        "SELECT day, person, product, region, value FROM entry WHERE metric = ?1 AND day BETWEEN ?2 AND ?3";
    sqlite3 *db = m_db.handle().getHandle();
    std::unique_ptr<sqlite3_stmt, StatementDeleter> own;
    sqlite3_stmt *statement = m_scan.get();
    if (!statement || m_scanning) { // first use, or a scan started from inside a scan's sink
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v3(db, kSql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK)
            throw SQLite::Exception(db, sqlite3_errcode(db));
        if (!m_scan)
            m_scan.reset(prepared);
        else
            own.reset(prepared);
        statement = prepared;
    }
    const bool cached = statement == m_scan.get();
    struct Finish {
        sqlite3_stmt *statement;
        bool *scanning;
        ~Finish()
        {
            sqlite3_reset(statement); // ends the read transaction even when the sink throws
            if (scanning)
                *scanning = false;
        }
    } finish{statement, cached ? &m_scanning : nullptr};
    if (cached)
        m_scanning = true;
    sqlite3_bind_int(statement, 1, metric);
    sqlite3_bind_int64(statement, 2, StorageCodec::julianDay(from));
    sqlite3_bind_int64(statement, 3, StorageCodec::julianDay(to));
    EntryFact fact;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        fact.day = sqlite3_column_int(statement, 0);
        fact.person = sqlite3_column_int(statement, 1);
        fact.product = sqlite3_column_int(statement, 2); // NULL reads as 0: unassigned
        fact.region = sqlite3_column_int(statement, 3);
        fact.value = sqlite3_column_int64(statement, 4);
        sink(fact);
    }
    if (rc != SQLITE_DONE)
        throw SQLite::Exception(db, rc);
}

std::int64_t EntryStore::countReferencing(std::span<const NodeId> ids)
{
    if (ids.empty())
        return 0;
    auto query = m_db.prepare("SELECT count(*) FROM entry WHERE person IN (SELECT value FROM json_each(?1)) "
                              "OR product IN (SELECT value FROM json_each(?1)) "
                              "OR region IN (SELECT value FROM json_each(?1))");
    query->bind(1, idList(ids));
    return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

} // namespace st
