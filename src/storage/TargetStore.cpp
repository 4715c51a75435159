#include "salestarget/storage/TargetStore.h"

#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <memory>

namespace st {

namespace {

bool isEmpty(const TargetCell &cell)
{
    return cell.value.isZero() && !cell.locked;
}

const char *actionOf(const TargetChange &c)
{
    if (c.before.value == c.after.value && c.before.locked != c.after.locked)
        return c.after.locked ? "lock" : "unlock";
    if (isEmpty(c.before))
        return "insert";
    if (isEmpty(c.after))
        return "delete";
    return "update";
}

} // namespace

std::vector<TargetRecord> TargetStore::load()
{
    // The raw C API: every open reads every cell (283,560 in the generated company), and
    // SQLiteCpp's Column objects cost two atomic operations per column read.
    sqlite3 *db = m_db.handle().getHandle();
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT metric, node, month, value, locked FROM target", -1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(db, rc);
    std::vector<TargetRecord> records;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        TargetRecord r;
        r.metric = sqlite3_column_int(raw, 0);
        r.node = sqlite3_column_int64(raw, 1);
        r.month = Month(sqlite3_column_int(raw, 2));
        r.cell = TargetCell{Amount(sqlite3_column_int64(raw, 3)), sqlite3_column_int(raw, 4) != 0};
        records.push_back(r);
    }
    if (rc != SQLITE_DONE)
        throw SQLite::Exception(db, rc);
    return records;
}

void TargetStore::write(std::span<const TargetChange> changes, const AuditStamp &stamp)
{
    auto upsert = m_db.prepare("INSERT INTO target (metric, node, month, value, locked) VALUES (?1, ?2, ?3, ?4, ?5) "
                               "ON CONFLICT (metric, node, month) DO UPDATE SET value = excluded.value, "
                               "locked = excluded.locked");
    auto remove = m_db.prepare("DELETE FROM target WHERE metric = ?1 AND node = ?2 AND month = ?3");
    AuditLog::Writer audit(m_db, stamp);
    for (const TargetChange &c : changes) {
        if (isEmpty(c.after)) {
            remove->bind(1, c.metric);
            remove->bind(2, std::int64_t(c.node));
            remove->bind(3, c.month.index());
            remove->exec();
            remove->reset();
        } else {
            upsert->bind(1, c.metric);
            upsert->bind(2, std::int64_t(c.node));
            upsert->bind(3, c.month.index());
            upsert->bind(4, std::int64_t(c.after.value.minor()));
            upsert->bind(5, c.after.locked ? 1 : 0);
            upsert->exec();
            upsert->reset();
        }
        if (c.before == c.after)
            continue; // written (harmless) but nothing changed: no audit row
        audit.append(actionOf(c), "target", StorageCodec::targetKey(c.metric, c.node, c.month),
                     StorageCodec::cellText(c.metric, c.before), StorageCodec::cellText(c.metric, c.after));
    }
}

} // namespace st
