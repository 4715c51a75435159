#include "salestarget/storage/Database.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace st {

namespace {

// Page cache per connection: 64 MiB (negative means KiB) keeps the hot B-tree pages of a
// million-row import in memory.
constexpr const char *kCacheSize = "PRAGMA cache_size = -65536";

} // namespace

Database::Borrowed::Borrowed(SQLite::Statement *statement, bool *inUse, std::unique_ptr<SQLite::Statement> own)
    : m_statement(statement ? statement : own.get()), m_inUse(inUse), m_own(std::move(own))
{
}

Database::Borrowed::~Borrowed()
{
    m_statement->tryReset();
    if (!m_own) {
        m_statement->clearBindings();
        *m_inUse = false;
    }
}

Database::Database(const QString &path)
    : m_path(path)
{
    const bool memory = path == u":memory:";
    // Before SQLite's first use in the process: no memory statistics (nobody reads them), which
    // spares every allocation SQLite makes a global mutex and two counters. A no-op (SQLITE_MISUSE)
    // when something else initialised SQLite first.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured)
    try {
        // NOMUTEX: a connection is used from one thread at a time, so SQLite's per-call mutex is
        // pure overhead on bulk imports.
        m_db = std::make_unique<SQLite::Database>(path.toStdString(),
                                                  SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
        m_db->setBusyTimeout(5000);
        // Reading the schema here makes a non-database file fail now, with a clear message.
        m_db->execAndGet("SELECT count(*) FROM sqlite_schema");
        // 16 KiB pages for new files (an existing file keeps its page size): a quarter of the
        // pages and WAL frames of 4 KiB ones for the same rows, which a bulk import feels most.
        pragma("PRAGMA page_size = 16384");
        if (!memory)
            pragma("PRAGMA journal_mode = WAL");
        pragma("PRAGMA foreign_keys = ON");
        pragma("PRAGMA synchronous = NORMAL");
        pragma(kCacheSize);
        pragma("PRAGMA temp_store = MEMORY");
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode();
        QString reason;
        if (code == SQLITE_NOTADB)
            reason = QCoreApplication::translate("st::Database", "the file is not a SalesTarget database (it is not an SQLite file)");
        else if (code == SQLITE_CANTOPEN)
            reason = QCoreApplication::translate("st::Database", "the file cannot be opened or created (check that the folder exists and is writable)");
        else
            reason = describe(e, {});
        throw DomainError(QCoreApplication::translate("st::Database", "Cannot open \"%1\": %2.").arg(path, reason));
    }
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
}

void Database::pragma(const std::string &sql)
{
    SQLite::Statement statement(*m_db, sql);
    while (statement.executeStep()) {
    }
}

void Database::transaction(const std::function<void()> &work, const QString &what)
{
    // Savepoints (not BEGIN) so that a transaction() inside another one nests; one fixed name is
    // enough because RELEASE / ROLLBACK TO act on the innermost savepoint of that name.
    try {
        m_db->exec("SAVEPOINT st_tx");
    } catch (const SQLite::Exception &e) {
        throw DomainError(describe(e, what));
    }
    ++m_depth;
    const auto rollback = [this] {
        --m_depth;
        // The savepoint may already be gone when SQLite rolled the whole transaction back itself
        // (e.g. on a full disk); then there is nothing left to undo.
        if (!sqlite3_get_autocommit(m_db->getHandle())) {
            m_db->tryExec("ROLLBACK TO st_tx");
            m_db->tryExec("RELEASE st_tx");
        }
    };
    try {
        work();
    } catch (const SQLite::Exception &e) {
        rollback();
        throw DomainError(describe(e, what));
    } catch (...) {
        rollback();
        throw;
    }
    const int rc = m_db->tryExec("RELEASE st_tx");
    if (rc != SQLITE_OK) {
        const SQLite::Exception error(m_db->getHandle(), rc);
        rollback();
        throw DomainError(describe(error, what));
    }
    --m_depth;
}

void Database::execute(const char *sql)
{
    try {
        m_db->exec(sql);
    } catch (const SQLite::Exception &e) {
        throw DomainError(describe(e, {}));
    }
}

std::int64_t Database::queryInt(const char *sql)
{
    try {
        SQLite::Statement statement(*m_db, sql);
        return statement.executeStep() ? statement.getColumn(0).getInt64() : 0;
    } catch (const SQLite::Exception &e) {
        throw DomainError(describe(e, {}));
    }
}

int Database::userVersion()
{
    return int(queryInt("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    // PRAGMA arguments cannot be bound; the value is an int of ours, never user text.
    pragma("PRAGMA user_version = " + std::to_string(version));
}

void Database::setForeignKeys(bool on)
{
    try {
        pragma(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
    } catch (const SQLite::Exception &e) {
        throw DomainError(describe(e, {}));
    }
}

std::int32_t Database::applicationId()
{
    return std::int32_t(queryInt("PRAGMA application_id"));
}

void Database::setApplicationId(std::int32_t id)
{
    pragma("PRAGMA application_id = " + std::to_string(id));
}

Database::Borrowed Database::prepare(const char *sql)
{
    Cached &cached = m_cache[sql];
    if (!cached.statement)
        cached.statement = std::make_unique<SQLite::Statement>(*m_db, sql);
    if (cached.inUse) // re-entered while iterating (e.g. from a scan callback): use a fresh copy
        return Borrowed(nullptr, nullptr, std::make_unique<SQLite::Statement>(*m_db, sql));
    cached.inUse = true;
    return Borrowed(cached.statement.get(), &cached.inUse, nullptr);
}

std::int64_t Database::lastInsertId() const
{
    return m_db->getLastInsertRowid();
}

int Database::changes() const
{
    return m_db->getChanges();
}

QString Database::describe(const SQLite::Exception &error, const QString &what)
{
    const QString detail = QString::fromUtf8(error.what());
    QString reason;
    switch (error.getExtendedErrorCode()) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        if (detail.contains(u"node.parent, node.dimension, node.name"))
            reason = QCoreApplication::translate("st::Database", "another member under the same parent already has this name");
        else if (detail.contains(u"entry.ref"))
            reason = QCoreApplication::translate("st::Database", "another progress entry already has this external reference");
        else if (detail.contains(u"plan_year"))
            reason = QCoreApplication::translate("st::Database", "this fiscal year already has a plan");
        else
            reason = QCoreApplication::translate("st::Database", "it would duplicate an existing record (%1)").arg(detail);
        break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        reason = QCoreApplication::translate("st::Database", "it refers to a member or metric that does not exist, or removes one that is still in use");
        break;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
        reason = QCoreApplication::translate("st::Database", "a value is missing or out of range (%1)").arg(detail);
        break;
    case SQLITE_CONSTRAINT_TRIGGER:
        reason = detail;
        break;
    default:
        switch (error.getErrorCode()) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            reason = QCoreApplication::translate("st::Database", "the database is in use by another program; try again");
            break;
        case SQLITE_READONLY:
            reason = QCoreApplication::translate("st::Database", "the database file is read-only");
            break;
        case SQLITE_FULL:
            reason = QCoreApplication::translate("st::Database", "the disk is full");
            break;
        case SQLITE_CORRUPT:
            reason = QCoreApplication::translate("st::Database", "the database file is damaged");
            break;
        case SQLITE_NOTADB:
            reason = QCoreApplication::translate("st::Database", "the file is not a SalesTarget database (it is not an SQLite file)");
            break;
        default:
            reason = detail;
            break;
        }
    }
    return what.isEmpty() ? reason : QCoreApplication::translate("st::Database", "%1: %2").arg(what, reason);
}

} // namespace st
