#include "salestarget/domain/Tree.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

namespace {

} // namespace

Tree::Tree(Dimension dimension, const QString &rootName) : m_dimension(dimension)
{
    Node root;
    root.id = kRootId;
    root.dimension = dimension;
    root.name = rootName;
    m_nodes.emplace(kRootId, Slot{root, {}});
}

Tree::Slot &Tree::slot(NodeId id)
{
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        throw DomainError(QCoreApplication::translate("Tree", "There is no node with id %1 in the %2 tree.").arg(id).arg(dimensionName(m_dimension)));
    return it->second;
}

const Tree::Slot &Tree::slot(NodeId id) const
{
    return const_cast<Tree *>(this)->slot(id);
}

const Node &Tree::node(NodeId id) const
{
    return slot(id).node;
}

const std::vector<NodeId> &Tree::children(NodeId id) const
{
    return slot(id).children;
}

bool Tree::isAncestorOrSelf(NodeId ancestor, NodeId id) const
{
    for (NodeId cur = id; cur != 0; cur = node(cur).parent) {
        if (cur == ancestor)
            return true;
    }
    return false;
}

int Tree::depth(NodeId id) const
{
    int d = 0;
    for (NodeId cur = node(id).parent; cur != 0; cur = node(cur).parent)
        ++d;
    return d;
}

QString Tree::path(NodeId id) const
{
    if (id == kRootId)
        return QStringLiteral("/");
    QStringList parts;
    for (NodeId cur = id; cur != kRootId && cur != 0; cur = node(cur).parent)
        parts.prepend(node(cur).name);
    return parts.join(u'/');
}

std::optional<NodeId> Tree::childNamed(NodeId parent, QStringView name) const
{
    for (NodeId child : children(parent)) {
        if (node(child).name == name)
            return child;
    }
    return std::nullopt;
}

std::optional<NodeId> Tree::find(QStringView path) const
{
    NodeId cur = kRootId;
    for (QStringView part : path.split(u'/', Qt::SkipEmptyParts)) {
        const auto child = childNamed(cur, part.trimmed());
        if (!child)
            return std::nullopt;
        cur = *child;
    }
    return cur;
}

NodeId Tree::resolve(QStringView path) const
{
    NodeId cur = kRootId;
    QString walked;
    for (QStringView part : path.split(u'/', Qt::SkipEmptyParts)) {
        const auto child = childNamed(cur, part.trimmed());
        if (!child) {
            throw DomainError(QCoreApplication::translate("Tree", "The %1 tree has no \"%2\"%3.")
                                  .arg(dimensionName(m_dimension), part.trimmed().toString(),
                                       walked.isEmpty() ? QString() : QCoreApplication::translate("Tree", " under \"%1\"").arg(walked)));
        }
        cur = *child;
        walked = walked.isEmpty() ? part.trimmed().toString() : walked + u'/' + part.trimmed().toString();
    }
    return cur;
}

std::vector<NodeId> Tree::subtree(NodeId id) const
{
    // Depth-first (pre-order) as documented, with an explicit stack like buildLayout().
    std::vector<NodeId> result;
    std::vector<NodeId> stack{id};
    while (!stack.empty()) {
        const NodeId cur = stack.back();
        stack.pop_back();
        result.push_back(cur);
        const auto &kids = children(cur);
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    return result;
}

void Tree::buildLayout() const
{
    m_preorder.clear();
    m_parents.clear();
    m_position.clear();
    m_preorder.reserve(m_nodes.size());
    m_parents.reserve(m_nodes.size());
    // Explicit stack: trees can be deep enough to make recursion a risk.
    std::vector<std::pair<NodeId, int>> stack{{kRootId, -1}};
    while (!stack.empty()) {
        const auto [id, parentPos] = stack.back();
        stack.pop_back();
        const int pos = int(m_preorder.size());
        m_preorder.push_back(id);
        m_parents.push_back(parentPos);
        m_position.emplace(id, pos);
        const auto &kids = m_nodes.at(id).children;
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.emplace_back(*it, pos);
    }
    m_subtreeEnds.resize(m_preorder.size());
    for (std::size_t pos = 0; pos < m_preorder.size(); ++pos)
        m_subtreeEnds[pos] = int(pos) + 1;
    for (std::size_t pos = m_preorder.size(); pos-- > 1;) {
        int &end = m_subtreeEnds[std::size_t(m_parents[pos])];
        end = std::max(end, m_subtreeEnds[pos]);
    }
    m_layoutValid = true;
}

const std::vector<int> &Tree::preorderSubtreeEnds() const
{
    if (!m_layoutValid)
        buildLayout();
    return m_subtreeEnds;
}

const std::vector<NodeId> &Tree::preorder() const
{
    if (!m_layoutValid)
        buildLayout();
    return m_preorder;
}

const std::vector<int> &Tree::preorderParents() const
{
    if (!m_layoutValid)
        buildLayout();
    return m_parents;
}

int Tree::preorderIndex(NodeId id) const
{
    if (!m_layoutValid)
        buildLayout();
    const auto it = m_position.find(id);
    return it == m_position.end() ? -1 : it->second;
}

void Tree::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        throw DomainError(QCoreApplication::translate("Tree", "A name is required."));
    if (name.contains(u'/'))
        throw DomainError(QCoreApplication::translate("Tree", "The name \"%1\" contains \"/\", which separates names in paths.").arg(name));
    if (name.trimmed() != name)
        throw DomainError(QCoreApplication::translate("Tree", "The name \"%1\" starts or ends with blanks.").arg(name));
    if (name.size() > 200)
        throw DomainError(QCoreApplication::translate("Tree", "The name \"%1…\" is longer than 200 characters.").arg(name.left(20)));
}

void Tree::add(Node node)
{
    validateName(node.name);
    if (node.id <= 0 || m_nodes.count(node.id))
        throw DomainError(QCoreApplication::translate("Tree", "Node id %1 is invalid or already in use.").arg(node.id));
    Slot &parent = slot(node.parent);
    if (childNamed(node.parent, node.name))
        throw DomainError(QCoreApplication::translate("Tree", "\"%1\" already has a child named \"%2\".").arg(path(node.parent), node.name));
    node.dimension = m_dimension;
    node.sortOrder = int(parent.children.size());
    parent.children.push_back(node.id);
    m_nodes.emplace(node.id, Slot{std::move(node), {}});
    invalidate();
}

void Tree::rename(NodeId id, const QString &name)
{
    validateName(name);
    Node &n = slot(id).node;
    if (n.name == name)
        return;
    if (id != kRootId && childNamed(n.parent, name))
        throw DomainError(QCoreApplication::translate("Tree", "\"%1\" already has a child named \"%2\".").arg(path(n.parent), name));
    n.name = name;
}

void Tree::move(NodeId id, NodeId newParent, int position)
{
    if (id == kRootId)
        throw DomainError(QCoreApplication::translate("Tree", "The whole company cannot be moved."));
    Node &n = slot(id).node;
    slot(newParent);
    if (isAncestorOrSelf(id, newParent))
        throw DomainError(QCoreApplication::translate("Tree", "\"%1\" cannot be moved under itself.").arg(path(id)));
    if (newParent != n.parent) {
        if (childNamed(newParent, n.name))
            throw DomainError(QCoreApplication::translate("Tree", "\"%1\" already has a child named \"%2\".").arg(path(newParent), n.name));
    }
    auto &oldKids = slot(n.parent).children;
    oldKids.erase(std::find(oldKids.begin(), oldKids.end(), id));
    const NodeId oldParent = n.parent;
    auto &newKids = slot(newParent).children;
    if (position < 0 || position > int(newKids.size()))
        position = int(newKids.size());
    newKids.insert(newKids.begin() + position, id);
    n.parent = newParent;
    renumber(oldParent);
    if (oldParent != newParent)
        renumber(newParent);
    invalidate();
}

void Tree::setPersonInfo(NodeId id, bool person, NodeId homeRegion)
{
    Node &n = slot(id).node;
    n.person = person;
    n.homeRegion = homeRegion;
}

void Tree::remove(NodeId id)
{
    if (id == kRootId)
        throw DomainError(QCoreApplication::translate("Tree", "The whole company cannot be deleted."));
    const std::vector<NodeId> doomed = subtree(id);
    const NodeId parent = node(id).parent;
    auto &kids = slot(parent).children;
    kids.erase(std::find(kids.begin(), kids.end(), id));
    for (NodeId d : doomed)
        m_nodes.erase(d);
    renumber(parent);
    invalidate();
}

void Tree::renumber(NodeId parent)
{
    int order = 0;
    for (NodeId child : slot(parent).children)
        slot(child).node.sortOrder = order++;
}

} // namespace st
