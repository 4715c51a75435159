#include "salestarget/storage/AuditLog.h"

#include "salestarget/storage/StorageCodec.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>

namespace st {

AuditLog::Writer::Writer(Database &db, const AuditStamp &stamp)
    : m_db(db),
      m_at(StorageCodec::timeText(stamp.at).toStdString()),
      m_user(stamp.user.toStdString()),
      m_reason(stamp.reason.toStdString()),
      m_insert(db.prepare("INSERT INTO audit (at, user, action, entity, key, old, new, reason) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
{
    // Bindings survive reset(): the stamp is bound once for every row this writer appends.
    m_insert->bindNoCopy(1, m_at);
    m_insert->bindNoCopy(2, m_user);
    m_insert->bindNoCopy(8, m_reason);
}

void AuditLog::Writer::append(const char *action, const char *entity, const std::string &key,
                              const std::string *oldValue, const std::string *newValue)
{
    m_insert->bindNoCopy(3, action);
    m_insert->bindNoCopy(4, entity);
    m_insert->bindNoCopy(5, key);
    if (oldValue)
        m_insert->bindNoCopy(6, *oldValue);
    else
        m_insert->bind(6);
    if (newValue)
        m_insert->bindNoCopy(7, *newValue);
    else
        m_insert->bind(7);
    m_insert->exec();
    m_insert->reset();
}

void AuditLog::Writer::append(const char *action, const char *entity, const QString &key, const QString &oldValue,
                              const QString &newValue)
{
    const std::string k = key.toStdString();
    const std::string o = oldValue.toStdString();
    const std::string n = newValue.toStdString();
    append(action, entity, k, oldValue.isEmpty() ? nullptr : &o, newValue.isEmpty() ? nullptr : &n);
}

void AuditLog::Writer::appendInserts(const char *entity, const std::vector<std::string> &keys,
                                     const std::vector<std::string> &newValues, std::size_t count)
{
    // One statement per batch of rows: per-statement overhead is a large share of a small insert.
    static const std::array<std::string, kMaxRows + 1> sql = [] {
        std::array<std::string, kMaxRows + 1> all;
        for (std::size_t n = 1; n <= kMaxRows; ++n) {
            std::string s = "INSERT INTO audit (at, user, action, entity, key, old, new, reason) VALUES ";
            for (std::size_t r = 0; r < n; ++r) {
                s += r == 0 ? "" : ", ";
                s += "(?1, ?2, 'insert', ?3, ?" + std::to_string(5 + 2 * r) + ", NULL, ?" + std::to_string(6 + 2 * r)
                   + ", ?4)";
            }
            all[n] = std::move(s);
        }
        return all;
    }();
    std::size_t done = 0;
    while (done < count) {
        const std::size_t n = std::min(kMaxRows, count - done);
        auto insert = m_db.prepare(sql[n].c_str());
        insert->bindNoCopy(1, m_at);
        insert->bindNoCopy(2, m_user);
        insert->bindNoCopy(3, entity);
        insert->bindNoCopy(4, m_reason);
        for (std::size_t r = 0; r < n; ++r) {
            insert->bindNoCopy(int(5 + 2 * r), keys[done + r]);
            insert->bindNoCopy(int(6 + 2 * r), newValues[done + r]);
        }
        insert->exec();
        done += n;
    }
}

std::vector<AuditRecord> AuditLog::newest(int limit)
{
    auto query = m_db.prepare("SELECT id, at, user, action, entity, key, old, new, reason FROM audit "
                              "ORDER BY id DESC LIMIT ?");
    query->bind(1, limit > 0 ? limit : -1);
    std::vector<AuditRecord> rows;
    while (query->executeStep()) {
        AuditRecord r;
        r.id = query->getColumn(0).getInt64();
        r.at = StorageCodec::timeOf(QString::fromUtf8(query->getColumn(1).getText()));
        r.user = QString::fromUtf8(query->getColumn(2).getText());
        r.action = QString::fromUtf8(query->getColumn(3).getText());
        r.entity = QString::fromUtf8(query->getColumn(4).getText());
        r.key = QString::fromUtf8(query->getColumn(5).getText());
        r.oldValue = QString::fromUtf8(query->getColumn(6).getText());
        r.newValue = QString::fromUtf8(query->getColumn(7).getText());
        r.reason = QString::fromUtf8(query->getColumn(8).getText());
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace st
