#include "salestarget/storage/TrackingStore.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace st {

namespace {

constexpr const char *kActionColumns =
    "id, node, metric, description, owner, due, expected_effect, status, reason_category, reason_note";

QString textOf(SQLite::Statement &s, int column)
{
    return QString::fromUtf8(s.getColumn(column).getText());
}

CorrectiveAction readAction(SQLite::Statement &s)
{
    CorrectiveAction a;
    a.id = s.getColumn(0).getInt64();
    a.node = s.getColumn(1).getInt64();
    a.metric = s.getColumn(2).getInt();
    a.description = textOf(s, 3);
    a.owner = textOf(s, 4);
    if (!s.getColumn(5).isNull())
        a.due = StorageCodec::dateOf(s.getColumn(5).getInt64());
    a.expectedEffect = textOf(s, 6);
    a.status = StorageCodec::statusOf(textOf(s, 7));
    a.reasonCategory = StorageCodec::reasonOf(textOf(s, 8));
    a.reasonNote = textOf(s, 9);
    return a;
}

/// Binds columns 1..9 (node .. reason_note) of an action.
void bindAction(SQLite::Statement &s, const CorrectiveAction &a)
{
    s.bind(1, std::int64_t(a.node));
    s.bind(2, a.metric);
    s.bind(3, a.description.toStdString());
    s.bind(4, a.owner.toStdString());
    if (a.due.isValid())
        s.bind(5, StorageCodec::julianDay(a.due));
    else
        s.bind(5);
    s.bind(6, a.expectedEffect.toStdString());
    s.bind(7, StorageCodec::statusKey(a.status));
    s.bind(8, StorageCodec::reasonKey(a.reasonCategory));
    s.bind(9, a.reasonNote.toStdString());
}

bool isEmpty(const PeriodReview &r)
{
    return r.worked.isEmpty() && r.didNotWork.isEmpty();
}

} // namespace

std::vector<CorrectiveAction> TrackingStore::loadActions()
{
    const std::string sql = std::string("SELECT ") + kActionColumns + " FROM corrective_action ORDER BY id";
    auto query = m_db.prepare(sql.c_str());
    std::vector<CorrectiveAction> actions;
    while (query->executeStep())
        actions.push_back(readAction(*query));
    return actions;
}

std::int64_t TrackingStore::insertAction(const CorrectiveAction &action, const AuditStamp &stamp)
{
    if (action.id < 0)
        throw DomainError(QCoreApplication::translate("st::TrackingStore", "Corrective action id %1 is not valid.").arg(action.id));
    if (action.id > 0) {
        auto exists = m_db.prepare("SELECT 1 FROM corrective_action WHERE id = ?1");
        exists->bind(1, std::int64_t(action.id));
        if (exists->executeStep())
            throw DomainError(QCoreApplication::translate("st::TrackingStore", "Corrective action %1 already exists.").arg(action.id));
    }
    auto insert = m_db.prepare("INSERT INTO corrective_action (node, metric, description, owner, due, "
                               "expected_effect, status, reason_category, reason_note, id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    bindAction(*insert, action);
    if (action.id > 0)
        insert->bind(10, std::int64_t(action.id));
    else
        insert->bind(10);
    insert->exec();
    CorrectiveAction stored = action;
    stored.id = m_db.lastInsertId();
    AuditLog::Writer(m_db, stamp).append("insert", "action", StorageCodec::actionKey(stored), {},
                                         StorageCodec::actionText(stored));
    return stored.id;
}

void TrackingStore::updateAction(const CorrectiveAction &before, const CorrectiveAction &after,
                                 const AuditStamp &stamp)
{
    auto update = m_db.prepare("UPDATE corrective_action SET node = ?1, metric = ?2, description = ?3, owner = ?4, "
                               "due = ?5, expected_effect = ?6, status = ?7, reason_category = ?8, "
                               "reason_note = ?9 WHERE id = ?10");
    bindAction(*update, after);
    update->bind(10, std::int64_t(after.id));
    if (update->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::TrackingStore", "Corrective action %1 does not exist.").arg(after.id));
    const QString oldText = StorageCodec::actionText(before);
    const QString newText = StorageCodec::actionText(after);
    if (oldText != newText)
        AuditLog::Writer(m_db, stamp).append("update", "action", StorageCodec::actionKey(after), oldText, newText);
}

void TrackingStore::deleteAction(const CorrectiveAction &action, const AuditStamp &stamp)
{
    auto remove = m_db.prepare("DELETE FROM corrective_action WHERE id = ?1");
    remove->bind(1, std::int64_t(action.id));
    if (remove->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::TrackingStore", "Corrective action %1 does not exist.").arg(action.id));
    AuditLog::Writer(m_db, stamp).append("delete", "action", StorageCodec::actionKey(action),
                                         StorageCodec::actionText(action), {});
}

std::vector<PeriodReview> TrackingStore::loadReviews()
{
    auto query = m_db.prepare("SELECT node, metric, period, worked, did_not_work FROM period_review "
                              "ORDER BY node, metric, period");
    std::vector<PeriodReview> reviews;
    while (query->executeStep()) {
        PeriodReview r;
        r.node = query->getColumn(0).getInt64();
        r.metric = query->getColumn(1).getInt();
        r.period = textOf(*query, 2);
        r.worked = textOf(*query, 3);
        r.didNotWork = textOf(*query, 4);
        reviews.push_back(std::move(r));
    }
    return reviews;
}

void TrackingStore::saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after,
                               const AuditStamp &stamp)
{
    if (after.period.isEmpty())
        throw DomainError(QCoreApplication::translate("st::TrackingStore", "Review: the period is missing."));
    if (isEmpty(after)) {
        auto remove = m_db.prepare("DELETE FROM period_review WHERE node = ?1 AND metric = ?2 AND period = ?3");
        remove->bind(1, std::int64_t(after.node));
        remove->bind(2, after.metric);
        remove->bind(3, after.period.toStdString());
        remove->exec();
    } else {
        auto upsert = m_db.prepare("INSERT INTO period_review (node, metric, period, worked, did_not_work) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (node, metric, period) "
                                   "DO UPDATE SET worked = excluded.worked, did_not_work = excluded.did_not_work");
        upsert->bind(1, std::int64_t(after.node));
        upsert->bind(2, after.metric);
        upsert->bind(3, after.period.toStdString());
        upsert->bind(4, after.worked.toStdString());
        upsert->bind(5, after.didNotWork.toStdString());
        upsert->exec();
    }
    const bool hadOne = before && !isEmpty(*before);
    if (!hadOne && isEmpty(after))
        return;
    if (hadOne && *before == after)
        return;
    const char *action = !hadOne ? "insert" : isEmpty(after) ? "delete" : "update";
    AuditLog::Writer(m_db, stamp).append(action, "review", StorageCodec::reviewKey(after),
                                         hadOne ? StorageCodec::reviewText(*before) : QString(),
                                         isEmpty(after) ? QString() : StorageCodec::reviewText(after));
}

void TrackingStore::removeOfNode(NodeId id, const AuditStamp &stamp)
{
    AuditLog::Writer audit(m_db, stamp);
    {
        const std::string sql = std::string("SELECT ") + kActionColumns + " FROM corrective_action WHERE node = ?1";
        auto query = m_db.prepare(sql.c_str());
        query->bind(1, std::int64_t(id));
        while (query->executeStep()) {
            const CorrectiveAction a = readAction(*query);
            audit.append("delete", "action", StorageCodec::actionKey(a), StorageCodec::actionText(a), {});
        }
    }
    {
        auto query = m_db.prepare("SELECT metric, period, worked, did_not_work FROM period_review WHERE node = ?1");
        query->bind(1, std::int64_t(id));
        while (query->executeStep()) {
            PeriodReview r;
            r.node = id;
            r.metric = query->getColumn(0).getInt();
            r.period = textOf(*query, 1);
            r.worked = textOf(*query, 2);
            r.didNotWork = textOf(*query, 3);
            audit.append("delete", "review", StorageCodec::reviewKey(r), StorageCodec::reviewText(r), {});
        }
    }
    auto actions = m_db.prepare("DELETE FROM corrective_action WHERE node = ?1");
    actions->bind(1, std::int64_t(id));
    actions->exec();
    auto reviews = m_db.prepare("DELETE FROM period_review WHERE node = ?1");
    reviews->bind(1, std::int64_t(id));
    reviews->exec();
}

} // namespace st
