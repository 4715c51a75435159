#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/Repository.h"

#include <cstdint>
#include <span>
#include <vector>

namespace st {

class Database;

/// How an import audits the entries it adds (updates are always audited one by one).
enum class ImportAudit {
    PerEntry, ///< one audit row per added entry, with its content
    Summary,  ///< one audit row per import naming how many entries it added and their id range
};

/// Writes a batch of entries, upserting by ref (Repository::upsertEntries). Designed for a
/// million rows in one transaction: rows are written in date order so the index on (metric, day)
/// grows at its ends, the insert is tried first and a row is looked up only when its ref exists.
class EntryImporter final
{
public:
    /// Writes through `db` (callers run import() inside a transaction).
    EntryImporter(Database &db, ImportAudit audit) : m_db(db), m_audit(audit) {}

    /// Inserts, updates or leaves alone each entry; the last of several rows with one ref wins.
    ImportOutcome import(std::span<const ProgressEntry> entries, const AuditStamp &stamp);

private:
    ImportOutcome write(std::span<const ProgressEntry> entries, const std::vector<std::uint32_t> &order,
                        const AuditStamp &stamp, bool reordered);

    Database &m_db;
    ImportAudit m_audit;
};

} // namespace st
