#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/storage/Database.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace st {

/// The append-only audit table: writes rows stamped with who/when/why and reads the newest ones.
class AuditLog final
{
public:
    /// Appends rows that share one stamp; binds the stamp once, so it is cheap per row.
    class Writer final
    {
    public:
        /// Prepares the insert and binds `stamp`.
        Writer(Database &db, const AuditStamp &stamp);
        Q_DISABLE_COPY_MOVE(Writer)
        /// Appends a row; UTF-8 texts; a null `oldValue` / `newValue` is stored as NULL.
        void append(const char *action, const char *entity, const std::string &key, const std::string *oldValue,
                    const std::string *newValue);
        /// Appends one `insert` row per key (at most kMaxRows) with one statement; UTF-8 texts.
        void appendInserts(const char *entity, const std::vector<std::string> &keys,
                           const std::vector<std::string> &newValues, std::size_t count);
        /// Appends a row from Qt strings; an empty old or new value is stored as NULL.
        void append(const char *action, const char *entity, const QString &key, const QString &oldValue,
                    const QString &newValue);

        /// Most rows appendInserts() takes at once.
        static constexpr std::size_t kMaxRows = 32;

    private:
        Database &m_db;
        std::string m_at;     // bound without copying: declared before the statement that uses them
        std::string m_user;
        std::string m_reason;
        Database::Borrowed m_insert;
    };

    explicit AuditLog(Database &db) : m_db(db) {}

    /// The newest `limit` rows, newest first (every row when `limit` <= 0).
    std::vector<AuditRecord> newest(int limit);

private:
    Database &m_db;
};

} // namespace st
