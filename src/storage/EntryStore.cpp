#include "salestarget/storage/EntryStore.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/RefStore.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <variant>

namespace st {

namespace {

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
    const std::string ref = entry.ref.toStdString();
    RefStore refs(m_db);
    if (!ref.empty() && refs.find(ref) != 0)
        throw DomainError(QCoreApplication::translate("st::EntryStore", "another progress entry already has the reference \"%1\"").arg(entry.ref));
    EntryRow row;
    auto insert = m_db.prepare(EntryRow::kInsertWithId);
    row.bind(*insert, entry);
    if (entry.id > 0)
        insert->bind(12, std::int64_t(entry.id));
    else
        insert->bind(12);
    insert->exec();
    const EntryId id = m_db.lastInsertId();
    refs.changed(id, std::string(), ref);
    FactStore::Changes facts;
    facts.add(entry.metric, StorageCodec::julianDay(entry.date), factOf(entry, id));
    FactStore(m_db).apply(facts);
    std::string text;
    StorageCodec::appendEntryText(text, entry);
    AuditLog::Writer(m_db, stamp).append("insert", "entry", std::to_string(id), nullptr, &text);
    return id;
}

EntryStore::StoredKey EntryStore::storedKey(EntryId id)
{
    auto query = m_db.prepare("SELECT metric, day, ref FROM entry WHERE id = ?1");
    query->bind(1, std::int64_t(id));
    if (!query->executeStep())
        throw DomainError(QCoreApplication::translate("st::EntryStore", "progress entry %1 does not exist").arg(id));
    const SQLite::Column ref = query->getColumn(2);
    return {query->getColumn(0).getInt(), query->getColumn(1).getInt64(),
            ref.isNull() ? std::string() : std::string(ref.getText(), std::size_t(ref.getBytes()))};
}

void EntryStore::update(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp)
{
    EntryRow::check(after);
    const StoredKey stored = storedKey(after.id);
    const std::string ref = after.ref.toStdString();
    RefStore refs(m_db);
    if (!ref.empty() && ref != stored.ref) {
        if (const EntryId other = refs.find(ref); other != 0 && other != after.id)
            throw DomainError(QCoreApplication::translate("st::EntryStore", "another progress entry already has the reference \"%1\"").arg(after.ref));
    }
    EntryRow row;
    auto update = m_db.prepare(EntryRow::kUpdate);
    row.bind(*update, after);
    update->bind(12, std::int64_t(after.id));
    update->exec();
    refs.changed(after.id, stored.ref, ref);
    FactStore::Changes facts;
    facts.remove(stored.metric, stored.day, after.id);
    facts.add(after.metric, StorageCodec::julianDay(after.date), factOf(after, after.id));
    FactStore(m_db).apply(facts);
    std::string oldText;
    std::string newText;
    StorageCodec::appendEntryText(oldText, before);
    StorageCodec::appendEntryText(newText, after);
    AuditLog::Writer(m_db, stamp).append("update", "entry", std::to_string(after.id), &oldText, &newText);
}

void EntryStore::remove(const ProgressEntry &entry, const AuditStamp &stamp)
{
    const StoredKey stored = storedKey(entry.id);
    auto remove = m_db.prepare("DELETE FROM entry WHERE id = ?1");
    remove->bind(1, std::int64_t(entry.id));
    remove->exec();
    RefStore(m_db).changed(entry.id, stored.ref, std::string());
    FactStore::Changes facts;
    facts.remove(stored.metric, stored.day, entry.id);
    FactStore(m_db).apply(facts);
    std::string oldText;
    StorageCodec::appendEntryText(oldText, entry);
    AuditLog::Writer(m_db, stamp).append("delete", "entry", std::to_string(entry.id), &oldText, nullptr);
}

ProgressEntry EntryStore::byId(EntryId id)
{
    static const std::string sql = std::string(EntryRow::kSelect) + " WHERE e.id = ?1";
    auto query = m_db.prepare(sql.c_str());
    query->bind(1, std::int64_t(id));
    if (!query->executeStep())
        throw DomainError(QCoreApplication::translate("st::EntryStore", "Progress entry %1 does not exist.").arg(id));
    return EntryRow::read(*query);
}

namespace {

QString likePattern(const QString &contains)
{
    QString pattern = contains;
    pattern.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return u'%' + pattern + u'%';
}

bool listed(const std::vector<NodeId> &ids, std::int32_t id)
{
    return ids.empty() || std::find(ids.begin(), ids.end(), NodeId(id)) != ids.end();
}

} // namespace

std::vector<ProgressEntry> EntryStore::find(const EntryFilter &filter)
{
    if (filter.metric != 0 || filter.from.isValid() || filter.to.isValid())
        return findByFacts(filter);
    // No metric and no dates: every entry is a candidate, so the table itself is read. The
    // statement's shape depends on which conditions are set, its values are always bound; lists
    // are bound as one JSON array each, so there are few shapes and each one is cached.
    std::string sql = std::string(EntryRow::kSelect) + " WHERE 1";
    std::vector<std::variant<std::int64_t, std::string>> values;
    const auto addList = [&](const char *column, const std::vector<NodeId> &ids) {
        if (ids.empty())
            return;
        sql += std::string(" AND e.") + column + " IN (SELECT value FROM json_each(?))";
        values.emplace_back(idList(ids));
    };
    addList("person", filter.persons);
    addList("product", filter.products);
    addList("region", filter.regions);
    if (filter.onlyUnassignedProduct)
        sql += " AND e.product IS NULL";
    if (filter.onlyUnassignedRegion)
        sql += " AND e.region IS NULL";
    if (!filter.customerContains.isEmpty()) {
        sql += " AND e.customer LIKE ? ESCAPE '\\'";
        values.emplace_back(likePattern(filter.customerContains).toStdString());
    }
    sql += " ORDER BY e.day, e.id LIMIT ?";
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

std::vector<ProgressEntry> EntryStore::findByFacts(const EntryFilter &filter)
{
    // The facts hold metric, day, person, product and region of every entry: they select the
    // entries and their order, and only the selected rows are read from the table.
    std::vector<MetricId> metrics;
    if (filter.metric != 0) {
        metrics.push_back(filter.metric);
    } else {
        auto all = m_db.prepare("SELECT id FROM metric ORDER BY id");
        while (all->executeStep())
            metrics.push_back(all->getColumn(0).getInt());
    }
    const std::int64_t from = filter.from.isValid() ? StorageCodec::julianDay(filter.from) : 0;
    const std::int64_t to = filter.to.isValid() ? StorageCodec::julianDay(filter.to) : FactStore::kMaxDay;
    std::vector<std::pair<std::int64_t, EntryId>> selected; // (day, id)
    FactStore facts(m_db);
    for (MetricId metric : metrics) {
        facts.scan(metric, from, to, [&](std::int64_t day, const FactRecord &f) {
            if (!listed(filter.persons, f.person) || !listed(filter.products, f.product)
                || !listed(filter.regions, f.region))
                return;
            if ((filter.onlyUnassignedProduct && f.product != 0) || (filter.onlyUnassignedRegion && f.region != 0))
                return;
            selected.emplace_back(day, f.id);
        });
    }
    std::sort(selected.begin(), selected.end());
    const bool byCustomer = !filter.customerContains.isEmpty();
    static const std::string byId = std::string(EntryRow::kSelect) + " WHERE e.id = ?1";
    static const std::string byIdAndCustomer = byId + " AND e.customer LIKE ?2 ESCAPE '\\'";
    auto query = m_db.prepare(byCustomer ? byIdAndCustomer.c_str() : byId.c_str());
    const std::string pattern = byCustomer ? likePattern(filter.customerContains).toStdString() : std::string();
    if (byCustomer)
        query->bindNoCopy(2, pattern);
    std::vector<ProgressEntry> result;
    for (const auto &[day, id] : selected) {
        if (filter.limit > 0 && int(result.size()) >= filter.limit)
            break;
        query->bind(1, std::int64_t(id));
        if (query->executeStep())
            result.push_back(EntryRow::read(*query));
        query->reset();
    }
    return result;
}

void EntryStore::scan(MetricId metric, QDate from, QDate to, const std::function<void(const EntryFact &)> &sink)
{
    EntryFact fact;
    FactStore(m_db).scan(metric, StorageCodec::julianDay(from), StorageCodec::julianDay(to),
                         [&](std::int64_t day, const FactRecord &f) {
                             fact.day = std::int32_t(day);
                             fact.person = f.person;
                             fact.product = f.product;
                             fact.region = f.region;
                             fact.value = f.value;
                             sink(fact);
                         });
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
