#pragma once

#include "salestarget/domain/Repository.h"
#include "salestarget/storage/EntryImporter.h"

#include <QString>
#include <QtGlobal>

#include <memory>

namespace st {

class AuditLog;
class Database;
class EntryStore;
class NodeStore;
class SettingsStore;
class TargetStore;
class TrackingStore;

/// The Repository on an SQLite file (schema in docs/schema.md). Every write method runs in one
/// savepoint, so it is atomic on its own and nests inside transaction(); SQLite errors reach the
/// caller as DomainError with a message a user can act on.
class SqliteRepository final : public Repository
{
public:
    /// Opens or creates the database at `path` (`:memory:` for a private in-memory one) and
    /// migrates it to the latest schema. Throws DomainError naming the path and the reason when
    /// the file cannot be opened, is not a SalesTarget database or is newer than this build.
    static std::unique_ptr<SqliteRepository> open(const QString &path);
    /// Creates or upgrades the file at `path` to exactly schema `version` (for tests and tools).
    static void migrateTo(const QString &path, int version);
    /// The newest schema version this build writes.
    static int latestSchemaVersion();

    ~SqliteRepository() override;
    Q_DISABLE_COPY_MOVE(SqliteRepository)

    /// The path the database was opened with.
    QString path() const;
    /// Writes a consistent copy of the whole database to `path` (VACUUM INTO); refuses an existing
    /// file or an open transaction with DomainError.
    void saveCopyAs(const QString &path);
    /// The schema version of the open file.
    int schemaVersion();
    /// How upsertEntries() audits the entries it adds (default: the import's row only).
    void setImportAudit(ImportAudit audit) { m_importAudit = audit; }

    /// Runs `work` in one savepoint: everything inside commits together or not at all (nests).
    void transaction(const std::function<void()> &work) override;

    /// The settings with the working-day calendar.
    PlanSettings loadSettings() override;
    /// Validates and stores the settings (the root takes the company name); audits what changed.
    void saveSettings(const PlanSettings &settings, const AuditStamp &stamp) override;
    /// Fiscal years that have a plan, ascending.
    std::vector<int> planYears() override;
    /// Records a fiscal year's plan; throws DomainError when the year already has one.
    void addPlanYear(int fiscalYear, const AuditStamp &stamp) override;

    /// Every node, the root first, then by dimension, parent and sort order.
    std::vector<Node> loadNodes() override;
    /// Inserts a node (with its id when non-zero: undo of a delete) and returns the id; a duplicate
    /// sibling name is refused.
    NodeId insertNode(const Node &node, const AuditStamp &stamp) override;
    /// Stores `after` over node `after.id` (audited as before → after).
    void updateNode(const Node &before, const Node &after, const AuditStamp &stamp) override;
    /// Deletes the nodes in the order given (children first) with their target cells, corrective
    /// actions and reviews (each audited); refuses
    /// with DomainError while entries, child nodes or home regions still refer to one of them.
    void deleteNodes(std::span<const NodeId> ids, const AuditStamp &stamp) override;

    /// Every stored target cell.
    std::vector<TargetRecord> loadTargets() override;
    /// Writes cells (zero and unlocked ones are deleted) with one audit row per actual change.
    void writeTargets(std::span<const TargetChange> changes, const AuditStamp &stamp) override;

    /// Entries whose person, product or region is one of `ids`.
    std::int64_t countEntriesReferencing(std::span<const NodeId> ids) override;
    /// Inserts an entry, audited, and returns its id: entry.id when non-zero (undo of a delete; an
    /// id in use is refused with DomainError), otherwise a new one.
    EntryId insertEntry(const ProgressEntry &entry, const AuditStamp &stamp) override;
    /// Replaces entry `after.id` (audited as before → after); throws DomainError when it is missing.
    void updateEntry(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp) override;
    /// Deletes entry `entry.id` (audited); throws DomainError when it is missing.
    void deleteEntry(const ProgressEntry &entry, const AuditStamp &stamp) override;
    /// Inserts entries, updating (audited) or leaving alone those whose ref exists; one transaction
    /// recorded as one `import_batch` row with one audit row. Outside an enclosing transaction()
    /// SQLite's foreign-key checks are off while it runs: EntryImporter checks the references.
    ImportOutcome upsertEntries(std::span<const ProgressEntry> entries, const AuditStamp &stamp,
                                const QString &source) override;
    /// The entry `id`; throws DomainError when there is none.
    ProgressEntry entry(EntryId id) override;
    /// Entries matching `filter`, ordered by date then id.
    std::vector<ProgressEntry> findEntries(const EntryFilter &filter) override;
    /// Streams the facts of `metric` dated in [from, to] (covering index; no table access).
    void scanFacts(MetricId metric, QDate from, QDate to,
                   const std::function<void(const EntryFact &)> &sink) override;

    /// Every corrective action, by id.
    std::vector<CorrectiveAction> loadActions() override;
    /// Inserts an action (audited) with its id when non-zero, else a new one; returns the id.
    std::int64_t insertAction(const CorrectiveAction &action, const AuditStamp &stamp) override;
    /// Stores `after` over action `after.id` (audited as before → after).
    void updateAction(const CorrectiveAction &before, const CorrectiveAction &after, const AuditStamp &stamp) override;
    /// Deletes action `action.id` (audited).
    void deleteAction(const CorrectiveAction &action, const AuditStamp &stamp) override;
    /// Every period review, by node, metric and period.
    std::vector<PeriodReview> loadReviews() override;
    /// Upserts (or, both texts empty, deletes) a review, audited when it changed.
    void saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after,
                    const AuditStamp &stamp) override;

    /// The newest `limit` audit rows, newest first (all of them when `limit` <= 0).
    std::vector<AuditRecord> auditLog(int limit) override;

private:
    explicit SqliteRepository(std::unique_ptr<Database> db);
    /// Runs a write in its own savepoint; `what` prefixes the message of a failure.
    void write(const QString &what, const std::function<void()> &work);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<NodeStore> m_nodes;
    std::unique_ptr<TargetStore> m_targets;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<TrackingStore> m_tracking;
    std::unique_ptr<AuditLog> m_audit;
    ImportAudit m_importAudit = ImportAudit::Summary;
};

} // namespace st
