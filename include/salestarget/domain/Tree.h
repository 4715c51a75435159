#pragma once

#include "salestarget/domain/Node.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <unordered_map>
#include <vector>

namespace st {

/// One dimension tree, rooted at the whole company. Keeps children in order and a cached
/// depth-first (pre-order) layout so that rollups are a single backward pass over an array.
class Tree final
{
public:
    explicit Tree(Dimension dimension, const QString &rootName = QStringLiteral("/"));

    Dimension dimension() const { return m_dimension; }
    NodeId rootId() const { return kRootId; }
    /// Number of nodes including the root.
    int size() const { return int(m_nodes.size()); }

    bool contains(NodeId id) const { return m_nodes.count(id) != 0; }
    /// The node with `id`; throws DomainError when there is none.
    const Node &node(NodeId id) const;
    /// Children of `id` in their order.
    const std::vector<NodeId> &children(NodeId id) const;
    bool isLeaf(NodeId id) const { return children(id).empty(); }
    /// True when `ancestor` is `id` or lies above it.
    bool isAncestorOrSelf(NodeId ancestor, NodeId id) const;
    /// Root has depth 0.
    int depth(NodeId id) const;
    /// `/` for the root, otherwise names from the top joined by `/` (`A/B`).
    QString path(NodeId id) const;
    /// Looks a path up (`/`, `A/B`, `/A/B`); nullopt when some part does not exist.
    std::optional<NodeId> find(QStringView path) const;
    /// Like find() but throws DomainError naming the first missing part.
    NodeId resolve(QStringView path) const;
    /// The child of `parent` called `name`, if any.
    std::optional<NodeId> childNamed(NodeId parent, QStringView name) const;
    /// Every node of the subtree of `id`, `id` first, depth-first.
    std::vector<NodeId> subtree(NodeId id) const;

    /// Depth-first order of all nodes, root first (cached).
    const std::vector<NodeId> &preorder() const;
    /// Position of each node in preorder() (cached).
    int preorderIndex(NodeId id) const;
    /// For each preorder position, the preorder position of its parent (-1 for the root).
    const std::vector<int> &preorderParents() const;
    /// For each preorder position, one past the last position of its subtree: the subtree of the
    /// node at `pos` is exactly the positions [pos, ends[pos]) (cached).
    const std::vector<int> &preorderSubtreeEnds() const;

    /// Checks a node name: not empty, no `/`, no leading/trailing blanks; throws DomainError.
    static void validateName(const QString &name);

    /// Adds `node` as the last child of node.parent. Throws on a duplicate sibling name,
    /// a missing parent, an id in use or a bad name.
    void add(Node node);
    void rename(NodeId id, const QString &name);
    /// Moves `id` under `newParent` at `position` (-1: last). Refuses the root and cycles.
    void move(NodeId id, NodeId newParent, int position = -1);
    /// Updates person flag and home region.
    void setPersonInfo(NodeId id, bool person, NodeId homeRegion);
    /// Removes `id` and its whole subtree (not the root).
    void remove(NodeId id);

private:
    struct Slot {
        Node node;
        std::vector<NodeId> children;
    };
    Slot &slot(NodeId id);
    const Slot &slot(NodeId id) const;
    void invalidate() { m_layoutValid = false; }
    void buildLayout() const;
    void renumber(NodeId parent);

    Dimension m_dimension;
    std::unordered_map<NodeId, Slot> m_nodes;
    mutable bool m_layoutValid = false;
    mutable std::vector<NodeId> m_preorder;
    mutable std::vector<int> m_parents;
    mutable std::vector<int> m_subtreeEnds;
    mutable std::unordered_map<NodeId, int> m_position;
};

} // namespace st
