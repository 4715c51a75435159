#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/Node.h"

#include <span>
#include <vector>

namespace st {

class Database;

/// The SQL of the dimension trees' nodes, with their audit rows. Callers run each write inside a
/// transaction.
class NodeStore final
{
public:
    explicit NodeStore(Database &db) : m_db(db) {}

    /// Every node, the root first, then by dimension, parent and sort order.
    std::vector<Node> load();
    /// Inserts `node` with its id when non-zero (undo of a delete), else a new one; returns the id.
    NodeId insert(const Node &node, const AuditStamp &stamp);
    /// Stores `after` over the node `after.id`.
    void update(const Node &before, const Node &after, const AuditStamp &stamp);
    /// Deletes the target cells, corrective actions and reviews of `ids` and then the nodes, in
    /// the order given.
    void remove(std::span<const NodeId> ids, const AuditStamp &stamp);

private:
    Database &m_db;
};

} // namespace st
