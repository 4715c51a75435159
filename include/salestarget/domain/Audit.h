#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace st {

/// Who makes a change, when, and why: passed along with every write.
struct AuditStamp {
    QString user;
    QDateTime at;
    QString reason;
};

/// One row of the append-only audit log.
struct AuditRecord {
    std::int64_t id = 0;
    QDateTime at;
    QString user;
    QString action;   // insert, update, delete, lock, ...
    QString entity;   // target, entry, node, settings
    QString key;      // what changed, e.g. `sales|12|2026-03` or the entry id
    QString oldValue;
    QString newValue;
    QString reason;
};

} // namespace st
