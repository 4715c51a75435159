#include "salestarget/storage/SqliteRepository.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryStore.h"
#include "salestarget/storage/Migrations.h"
#include "salestarget/storage/NodeStore.h"
#include "salestarget/storage/SettingsStore.h"
#include "salestarget/storage/TargetStore.h"
#include "salestarget/storage/TrackingStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace st {

namespace {

/// Runs a read; SQLite errors (a locked or damaged file) become DomainError.
template <typename Work>
auto guarded(const char *what, Work &&work) -> decltype(work())
{
    try {
        return work();
    } catch (const SQLite::Exception &e) {
        throw DomainError(Database::describe(e, QCoreApplication::translate("st::SqliteRepository", what)));
    }
}

} // namespace

std::unique_ptr<SqliteRepository> SqliteRepository::open(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    Migrations::migrate(*db);
    return std::unique_ptr<SqliteRepository>(new SqliteRepository(std::move(db)));
}

void SqliteRepository::migrateTo(const QString &path, int version)
{
    Migrations::migrateTo(path, version);
}

int SqliteRepository::latestSchemaVersion()
{
    return Migrations::kLatestVersion;
}

SqliteRepository::SqliteRepository(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_settings(std::make_unique<SettingsStore>(*m_db)),
      m_nodes(std::make_unique<NodeStore>(*m_db)),
      m_targets(std::make_unique<TargetStore>(*m_db)),
      m_entries(std::make_unique<EntryStore>(*m_db)),
      m_tracking(std::make_unique<TrackingStore>(*m_db)),
      m_audit(std::make_unique<AuditLog>(*m_db))
{
}

SqliteRepository::~SqliteRepository() = default;

QString SqliteRepository::path() const
{
    return m_db->path();
}

void SqliteRepository::saveCopyAs(const QString &path)
{
    if (QFileInfo::exists(path))
        throw DomainError(QCoreApplication::translate("st::SqliteRepository", "%1 already exists; choose a new file name for the copy.").arg(QDir::toNativeSeparators(path)));
    if (m_db->inTransaction())
        throw DomainError(QCoreApplication::translate("st::SqliteRepository", "A copy cannot be written in the middle of a change."));
    try {
        auto copy = m_db->prepare("VACUUM INTO ?1");
        copy->bind(1, path.toStdString());
        copy->exec();
    } catch (const SQLite::Exception &e) {
        throw DomainError(Database::describe(e, QCoreApplication::translate("st::SqliteRepository", "Writing a copy to %1").arg(QDir::toNativeSeparators(path))));
    }
}

int SqliteRepository::schemaVersion()
{
    return m_db->userVersion();
}

void SqliteRepository::write(const QString &what, const std::function<void()> &work)
{
    m_db->transaction(work, what);
}

void SqliteRepository::transaction(const std::function<void()> &work)
{
    m_db->transaction(work, QCoreApplication::translate("st::SqliteRepository", "Saving the changes"));
}

PlanSettings SqliteRepository::loadSettings()
{
    return guarded("Reading the settings", [&] { return m_settings->load(); });
}

void SqliteRepository::saveSettings(const PlanSettings &settings, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Saving the settings"), [&] { m_settings->save(settings, stamp); });
}

std::vector<int> SqliteRepository::planYears()
{
    return guarded("Reading the plan years", [&] { return m_settings->planYears(); });
}

void SqliteRepository::addPlanYear(int fiscalYear, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Adding the plan for FY%1").arg(fiscalYear), [&] { m_settings->addPlanYear(fiscalYear, stamp); });
}

std::vector<Node> SqliteRepository::loadNodes()
{
    return guarded("Reading the trees", [&] { return m_nodes->load(); });
}

NodeId SqliteRepository::insertNode(const Node &node, const AuditStamp &stamp)
{
    NodeId id = 0;
    write(QCoreApplication::translate("st::SqliteRepository", "Adding \"%1\"").arg(node.name), [&] { id = m_nodes->insert(node, stamp); });
    return id;
}

void SqliteRepository::updateNode(const Node &before, const Node &after, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Changing \"%1\"").arg(before.name), [&] { m_nodes->update(before, after, stamp); });
}

void SqliteRepository::deleteNodes(std::span<const NodeId> ids, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Deleting members"), [&] { m_nodes->remove(ids, stamp); });
}

std::vector<TargetRecord> SqliteRepository::loadTargets()
{
    return guarded("Reading the targets", [&] { return m_targets->load(); });
}

void SqliteRepository::writeTargets(std::span<const TargetChange> changes, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Saving targets"), [&] { m_targets->write(changes, stamp); });
}

std::int64_t SqliteRepository::countEntriesReferencing(std::span<const NodeId> ids)
{
    return guarded("Counting progress entries", [&] { return m_entries->countReferencing(ids); });
}

EntryId SqliteRepository::insertEntry(const ProgressEntry &entry, const AuditStamp &stamp)
{
    EntryId id = 0;
    write(QCoreApplication::translate("st::SqliteRepository", "Saving the progress entry"), [&] { id = m_entries->insert(entry, stamp); });
    return id;
}

void SqliteRepository::updateEntry(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Saving progress entry %1").arg(after.id), [&] { m_entries->update(before, after, stamp); });
}

void SqliteRepository::deleteEntry(const ProgressEntry &entry, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Deleting progress entry %1").arg(entry.id), [&] { m_entries->remove(entry, stamp); });
}

ImportOutcome SqliteRepository::upsertEntries(std::span<const ProgressEntry> entries, const AuditStamp &stamp,
                                              const QString &source)
{
    ImportOutcome outcome;
    const auto work = [&] {
        write(QCoreApplication::translate("st::SqliteRepository", "Importing progress entries"),
              [&] { outcome = EntryImporter(*m_db, m_importAudit).import(entries, stamp, source); });
    };
    if (m_db->inTransaction()) {
        work(); // the pragma cannot change inside a transaction: the foreign keys stay checked
        return outcome;
    }
    // Foreign-key checks cost about a fifth of a bulk insert; the importer checks every reference
    // before it writes, so they are off for the import's transaction only.
    m_db->setForeignKeys(false);
    try {
        work();
    } catch (...) {
        m_db->setForeignKeys(true);
        throw;
    }
    m_db->setForeignKeys(true);
    return outcome;
}

ProgressEntry SqliteRepository::entry(EntryId id)
{
    return guarded("Reading a progress entry", [&] { return m_entries->byId(id); });
}

std::vector<ProgressEntry> SqliteRepository::findEntries(const EntryFilter &filter)
{
    return guarded("Reading progress entries", [&] { return m_entries->find(filter); });
}

void SqliteRepository::scanFacts(MetricId metric, QDate from, QDate to,
                                 const std::function<void(const EntryFact &)> &sink)
{
    guarded("Reading progress entries", [&] { m_entries->scan(metric, from, to, sink); });
}

std::vector<CorrectiveAction> SqliteRepository::loadActions()
{
    return guarded("Reading the corrective actions", [&] { return m_tracking->loadActions(); });
}

std::int64_t SqliteRepository::insertAction(const CorrectiveAction &action, const AuditStamp &stamp)
{
    std::int64_t id = 0;
    write(QCoreApplication::translate("st::SqliteRepository", "Adding the corrective action \"%1\"").arg(action.description),
          [&] { id = m_tracking->insertAction(action, stamp); });
    return id;
}

void SqliteRepository::updateAction(const CorrectiveAction &before, const CorrectiveAction &after,
                                    const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Saving corrective action %1").arg(after.id), [&] { m_tracking->updateAction(before, after, stamp); });
}

void SqliteRepository::deleteAction(const CorrectiveAction &action, const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Deleting corrective action %1").arg(action.id), [&] { m_tracking->deleteAction(action, stamp); });
}

std::vector<PeriodReview> SqliteRepository::loadReviews()
{
    return guarded("Reading the reviews", [&] { return m_tracking->loadReviews(); });
}

void SqliteRepository::saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after,
                                  const AuditStamp &stamp)
{
    write(QCoreApplication::translate("st::SqliteRepository", "Saving the review of %1").arg(after.period), [&] { m_tracking->saveReview(before, after, stamp); });
}

std::vector<AuditRecord> SqliteRepository::auditLog(int limit)
{
    return guarded("Reading the audit log", [&] { return m_audit->newest(limit); });
}

} // namespace st
