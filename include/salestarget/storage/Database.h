#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace SQLite {
class Database;
class Exception;
class Statement;
} // namespace SQLite

namespace st {

/// One SQLite connection of the storage layer: opens the file with the project's PRAGMAs, runs
/// nestable savepoint transactions, caches prepared statements and turns SQLite errors into
/// DomainError. Not thread-safe: use one connection from one thread at a time.
class Database final
{
public:
    /// A cached prepared statement borrowed for one use; it is reset when the borrow ends, so no
    /// half-read query keeps a read transaction open.
    class Borrowed final
    {
    public:
        ~Borrowed();
        Q_DISABLE_COPY_MOVE(Borrowed)
        /// The borrowed statement.
        SQLite::Statement *operator->() const { return m_statement; }
        /// The borrowed statement.
        SQLite::Statement &operator*() const { return *m_statement; }

    private:
        friend class Database;
        Borrowed(SQLite::Statement *statement, bool *inUse, std::unique_ptr<SQLite::Statement> own);
        SQLite::Statement *m_statement;
        bool *m_inUse;
        std::unique_ptr<SQLite::Statement> m_own; // a private copy when the cached one is busy
    };

    /// Opens or creates the database at `path` (`:memory:` for a private in-memory one) and applies
    /// WAL (files only), foreign_keys, synchronous=NORMAL and the cache size. Throws DomainError
    /// naming the path and the reason.
    explicit Database(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The path the database was opened with.
    const QString &path() const { return m_path; }

    /// Runs `work` inside a savepoint: calls nest; on an exception everything `work` wrote is rolled
    /// back and the exception propagates (SQLite errors as DomainError, prefixed with `what`).
    void transaction(const std::function<void()> &work, const QString &what = {});
    /// Whether a transaction() is running.
    bool inTransaction() const { return m_depth > 0; }

    /// Runs parameterless SQL (schema scripts); SQLite errors become DomainError.
    void execute(const char *sql);
    /// The first column of the first row of a parameterless query as an integer (0 when no row).
    std::int64_t queryInt(const char *sql);

    /// `PRAGMA user_version`: the schema version.
    int userVersion();
    /// Sets `PRAGMA user_version` (inside the running transaction, if any).
    void setUserVersion(int version);
    /// Turns SQLite's foreign-key checks on or off (`PRAGMA foreign_keys`; no effect inside a
    /// transaction). They are on unless a bulk write that checks its references itself turns them off.
    void setForeignKeys(bool on);
    /// `PRAGMA application_id`: marks the file as a SalesTarget database.
    std::int32_t applicationId();
    /// Sets `PRAGMA application_id`.
    void setApplicationId(std::int32_t id);

    /// Borrows the cached prepared statement for `sql` (prepared on first use), with no bindings.
    Borrowed prepare(const char *sql);
    /// Row id of the last successful INSERT.
    std::int64_t lastInsertId() const;
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    /// True the first time it is asked for `what` on this connection (one-time setup such as
    /// registering a virtual table module).
    bool firstTime(const std::string &what) { return m_done.insert(what).second; }
    /// The underlying connection (storage code only).
    SQLite::Database &handle() { return *m_db; }

    /// A user-facing message for a SQLite error; `what` says what was being done (may be empty).
    static QString describe(const SQLite::Exception &error, const QString &what);

private:
    struct Cached {
        std::unique_ptr<SQLite::Statement> statement;
        bool inUse = false;
    };
    void pragma(const std::string &sql);

    QString m_path;
    std::unique_ptr<SQLite::Database> m_db;
    std::unordered_map<std::string, Cached> m_cache;
    std::unordered_set<std::string> m_done;
    int m_depth = 0;
};

} // namespace st
