#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/Repository.h"

#include <QDate>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <string>
#include <span>
#include <vector>

namespace st {

class Database;

/// The SQL of single progress entries (with their audit rows and packed facts), entry queries and
/// the fact scan; imports go through EntryImporter. Callers run each call inside a transaction;
/// this class only writes and reads.
class EntryStore final
{
public:
    explicit EntryStore(Database &db) : m_db(db) {}

    /// Inserts `entry`, audits it and returns its id: entry.id when non-zero (re-creating a deleted
    /// entry on undo; an id in use is a DomainError), otherwise a new one.
    EntryId insert(const ProgressEntry &entry, const AuditStamp &stamp);
    /// Replaces the stored entry `after.id`; throws DomainError when it does not exist.
    void update(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp);
    /// Deletes the stored entry `entry.id`; throws DomainError when it does not exist.
    void remove(const ProgressEntry &entry, const AuditStamp &stamp);
    /// The entry `id`; throws DomainError when there is none.
    ProgressEntry byId(EntryId id);
    /// Entries matching `filter`, by date then id.
    std::vector<ProgressEntry> find(const EntryFilter &filter);
    /// Streams the facts of `metric` in [from, to].
    void scan(MetricId metric, QDate from, QDate to, const std::function<void(const EntryFact &)> &sink);
    /// Entries whose person, product or region is one of `ids`.
    std::int64_t countReferencing(std::span<const NodeId> ids);

private:
    /// find() when a metric or dates narrow the search: through the packed facts.
    std::vector<ProgressEntry> findByFacts(const EntryFilter &filter);
    struct StoredKey {
        MetricId metric;
        std::int64_t day;
        std::string ref; // UTF-8, empty when none
    };
    /// Metric, Julian day and ref of the stored entry `id`; throws DomainError when it does not exist.
    StoredKey storedKey(EntryId id);

    Database &m_db;
};

} // namespace st
