#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/Repository.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace st {

class Database;

/// How an import audits the entries it adds (updates are always audited one by one).
enum class ImportAudit {
    PerEntry, ///< the import's row, and one audit row per added entry, with its content
    Summary,  ///< only the import's row: who, when, source, counts and the id range of the added entries
};

/// Writes a batch of entries, upserting by ref (Repository::upsertEntries). Designed for a
/// million rows in one transaction: the import is one `import_batch` row that the added entries
/// name, rows are inserted 32 per statement and looked up only when their ref exists, references
/// to members and metrics are checked in memory (so the caller may switch SQLite's foreign-key
/// checks off for the transaction), and the packed facts get one blob per (metric, day).
class EntryImporter final
{
public:
    /// Writes through `db` (callers run import() inside a transaction).
    EntryImporter(Database &db, ImportAudit audit) : m_db(db), m_audit(audit) {}

    /// Inserts, updates or leaves alone each entry, in the order given (of several rows with one
    /// ref the last wins); `source` names where the rows came from (a file name; may be empty).
    ImportOutcome import(std::span<const ProgressEntry> entries, const AuditStamp &stamp, const QString &source);

private:
    Database &m_db;
    ImportAudit m_audit;
};

} // namespace st
