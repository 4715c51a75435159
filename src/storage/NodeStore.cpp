#include "salestarget/storage/NodeStore.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/StorageCodec.h"
#include "salestarget/storage/TrackingStore.h"

#include <QCoreApplication>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace st {

namespace {

void bindNode(SQLite::Statement &s, const Node &n)
{
    s.bind(1, int(n.dimension));
    if (n.id == kRootId)
        s.bind(2);
    else
        s.bind(2, std::int64_t(n.parent));
    s.bind(3, n.name.toStdString());
    s.bind(4, n.person ? 1 : 0);
    if (n.homeRegion != 0)
        s.bind(5, std::int64_t(n.homeRegion));
    else
        s.bind(5);
    s.bind(6, n.sortOrder);
}

} // namespace

std::vector<Node> NodeStore::load()
{
    auto query = m_db.prepare("SELECT id, dimension, parent, name, is_person, home_region, sort_order FROM node "
                              "ORDER BY parent IS NOT NULL, dimension, parent, sort_order, id");
    std::vector<Node> nodes;
    while (query->executeStep()) {
        Node n;
        n.id = query->getColumn(0).getInt64();
        n.dimension = Dimension(query->getColumn(1).getInt());
        n.parent = query->getColumn(2).getInt64();
        n.name = QString::fromUtf8(query->getColumn(3).getText());
        n.person = query->getColumn(4).getInt() != 0;
        n.homeRegion = query->getColumn(5).getInt64();
        n.sortOrder = query->getColumn(6).getInt();
        nodes.push_back(std::move(n));
    }
    return nodes;
}

NodeId NodeStore::insert(const Node &node, const AuditStamp &stamp)
{
    if (node.parent == 0)
        throw DomainError(QCoreApplication::translate("st::NodeStore", "\"%1\" needs a parent: there is only one whole company.").arg(node.name));
    Node stored = node;
    // A known id re-creates a deleted member (undo); otherwise SQLite assigns the next one.
    auto insert = m_db.prepare("INSERT INTO node (dimension, parent, name, is_person, home_region, sort_order, id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindNode(*insert, stored);
    if (stored.id > 0)
        insert->bind(7, std::int64_t(stored.id));
    else
        insert->bind(7);
    insert->exec();
    stored.id = m_db.lastInsertId();
    AuditLog::Writer(m_db, stamp).append("insert", "node", QString::number(stored.id), {},
                                         StorageCodec::nodeText(stored));
    return stored.id;
}

void NodeStore::update(const Node &before, const Node &after, const AuditStamp &stamp)
{
    if (after.id == kRootId && after.parent != 0)
        throw DomainError(QCoreApplication::translate("st::NodeStore", "The whole company cannot be moved under another member."));
    auto update = m_db.prepare("UPDATE node SET dimension = ?1, parent = ?2, name = ?3, is_person = ?4, "
                               "home_region = ?5, sort_order = ?6 WHERE id = ?7");
    bindNode(*update, after);
    update->bind(7, std::int64_t(after.id));
    if (update->exec() == 0)
        throw DomainError(QCoreApplication::translate("st::NodeStore", "Member %1 (\"%2\") does not exist.").arg(after.id).arg(after.name));
    const QString oldText = StorageCodec::nodeText(before);
    const QString newText = StorageCodec::nodeText(after);
    if (oldText != newText)
        AuditLog::Writer(m_db, stamp).append("update", "node", QString::number(after.id), oldText, newText);
}

void NodeStore::remove(std::span<const NodeId> ids, const AuditStamp &stamp)
{
    AuditLog::Writer audit(m_db, stamp);
    for (NodeId id : ids) {
        if (id == kRootId)
            throw DomainError(QCoreApplication::translate("st::NodeStore", "The whole company cannot be deleted."));
        Node old;
        {
            auto query = m_db.prepare("SELECT dimension, parent, name, is_person, home_region, sort_order "
                                      "FROM node WHERE id = ?1");
            query->bind(1, std::int64_t(id));
            if (!query->executeStep())
                throw DomainError(QCoreApplication::translate("st::NodeStore", "Member %1 does not exist.").arg(id));
            old.id = id;
            old.dimension = Dimension(query->getColumn(0).getInt());
            old.parent = query->getColumn(1).getInt64();
            old.name = QString::fromUtf8(query->getColumn(2).getText());
            old.person = query->getColumn(3).getInt() != 0;
            old.homeRegion = query->getColumn(4).getInt64();
            old.sortOrder = query->getColumn(5).getInt();
        }
        // Corrective actions, reviews and target cells belong to the node: they go with it, each
        // with its own audit row.
        TrackingStore(m_db).removeOfNode(id, stamp);
        {
            auto cells = m_db.prepare("SELECT metric, month, value, locked FROM target WHERE node = ?1");
            cells->bind(1, std::int64_t(id));
            while (cells->executeStep()) {
                const MetricId metric = cells->getColumn(0).getInt();
                const TargetCell cell{Amount(cells->getColumn(2).getInt64()), cells->getColumn(3).getInt() != 0};
                audit.append("delete", "target", StorageCodec::targetKey(metric, id, Month(cells->getColumn(1).getInt())),
                             StorageCodec::cellText(metric, cell), {});
            }
        }
        auto targets = m_db.prepare("DELETE FROM target WHERE node = ?1");
        targets->bind(1, std::int64_t(id));
        targets->exec();
        auto remove = m_db.prepare("DELETE FROM node WHERE id = ?1");
        remove->bind(1, std::int64_t(id));
        try {
            remove->exec();
        } catch (const SQLite::Exception &error) {
            if (error.getExtendedErrorCode() != SQLITE_CONSTRAINT_FOREIGNKEY)
                throw;
            throw DomainError(QCoreApplication::translate("st::NodeStore", "\"%1\" cannot be deleted: progress entries, members under it or people whose "
                                 "home region it is still refer to it.")
                                  .arg(old.name));
        }
        audit.append("delete", "node", QString::number(id), StorageCodec::nodeText(old), {});
    }
}

} // namespace st
