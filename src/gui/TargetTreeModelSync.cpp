// TargetTreeModel: following the document. The PlanService has already changed when a signal
// arrives, so the model diffs its own shadow of the tree against the service's tree and tells the
// views each insertion, move and removal in turn, keeping the shadow in step with what they know.
#include "salestarget/gui/TargetTreeModel.h"

#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <algorithm>

namespace st {

namespace {

const QList<int> kValueRoles{Qt::DisplayRole, Qt::EditRole, RawValueRole, Qt::ForegroundRole, Qt::ToolTipRole};
const QList<int> kLockRoles{LockedRole, Qt::DecorationRole, Qt::ToolTipRole};

// Marks the longest increasing subsequence of `rows` (-1: not there, never part of it).
std::vector<bool> inOrder(const std::vector<int> &rows)
{
    std::vector<std::size_t> tails; // tails[k]: index ending the best run of length k + 1
    std::vector<std::ptrdiff_t> previous(rows.size(), -1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0)
            continue;
        const auto it = std::lower_bound(tails.begin(), tails.end(), rows[i],
                                         [&](std::size_t t, int row) { return rows[t] < row; });
        if (it != tails.begin())
            previous[i] = std::ptrdiff_t(*(it - 1));
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> marked(rows.size(), false);
    for (std::ptrdiff_t i = tails.empty() ? -1 : std::ptrdiff_t(tails.back()); i >= 0; i = previous[std::size_t(i)])
        marked[std::size_t(i)] = true;
    return marked;
}

} // namespace

void TargetTreeModel::reset()
{
    beginResetModel();
    rebuildShadow();
    endResetModel();
}

void TargetTreeModel::rebuildShadow()
{
    m_shadow.clear();
    if (!m_document->isOpen())
        return;
    const PlanService &service = m_document->service();
    m_startMonth = service.settings().fiscalYearStartMonth;
    if (m_fiscalYear == 0) // not chosen yet: the year the plan is in today
        m_fiscalYear = fiscalYearOf(m_document->today(), m_startMonth);
    const std::vector<Month> months = Period::year(m_fiscalYear, m_startMonth).months();
    std::copy(months.begin(), months.end(), m_months.begin());

    const Tree &tree = service.tree(m_dimension);
    m_shadow.reserve(std::size_t(tree.size()));
    for (NodeId id : tree.preorder()) {
        const Node &n = tree.node(id);
        Shadow &s = m_shadow[id]; // created by its parent's loop below, which set its row
        s.parent = id == kRootId ? 0 : n.parent;
        s.person = n.person;
        s.name = n.name;
        s.children = tree.children(id);
        for (std::size_t i = 0; i < s.children.size(); ++i)
            m_shadow[s.children[i]].row = int(i);
    }
}

void TargetTreeModel::renumber(NodeId parent, std::size_t from)
{
    const std::vector<NodeId> &children = m_shadow.at(parent).children;
    for (std::size_t i = from; i < children.size(); ++i)
        m_shadow.at(children[i]).row = int(i);
}

void TargetTreeModel::eraseSubtree(NodeId id)
{
    std::vector<NodeId> stack{id};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        const auto it = m_shadow.find(n);
        if (it == m_shadow.end())
            continue;
        stack.insert(stack.end(), it->second.children.begin(), it->second.children.end());
        m_shadow.erase(it);
    }
}

void TargetTreeModel::syncTree(Dimension dimension)
{
    if (dimension != m_dimension || !m_document->isOpen())
        return;
    if (m_shadow.empty()) {
        reset();
        return;
    }
    // Parents first: when a member's turn comes it already sits where the tree has it, so every
    // move goes to a member that is not inside the moved one.
    const Tree &tree = m_document->service().tree(m_dimension);
    std::vector<NodeId> touched; // members whose children changed: their Allocated column did
    for (NodeId id : tree.preorder()) {
        if (!placeChildren(id, touched)) { // a move Qt refused: start over rather than lie
            reset();
            return;
        }
    }
    for (NodeId id : tree.preorder())
        removeGoneChildren(id, touched);

    for (NodeId id : tree.preorder()) {
        const Node &n = tree.node(id);
        Shadow &s = m_shadow.at(id);
        if (s.name != n.name || s.person != n.person) {
            s.name = n.name;
            s.person = n.person;
            const QModelIndex cell = indexOf(id, Name);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (NodeId id : touched) {
        if (m_shadow.count(id))
            Q_EMIT dataChanged(indexOf(id, Allocated), indexOf(id, Unallocated), kValueRoles);
    }
}

bool TargetTreeModel::placeChildren(NodeId parent, std::vector<NodeId> &touched)
{
    const Tree &tree = m_document->service().tree(m_dimension);
    const std::vector<NodeId> &wanted = tree.children(parent);
    std::vector<int> rows(wanted.size(), -1);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto it = m_shadow.find(wanted[i]);
        if (it != m_shadow.end() && it->second.parent == parent)
            rows[i] = it->second.row;
    }
    // The longest run of children already in order stays; each other child is inserted or moved
    // right after the one before it, so that one move in the tree is one move for the views.
    const std::vector<bool> staying = inOrder(rows);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (staying[i])
            continue;
        const NodeId child = wanted[i];
        const int target = i == 0 ? 0 : m_shadow.at(wanted[i - 1]).row + 1;
        Shadow &p = m_shadow.at(parent); // references into the map survive insertions
        const QModelIndex parentIndex = indexOf(parent);
        const auto it = m_shadow.find(child);
        if (it == m_shadow.end()) {
            beginInsertRows(parentIndex, target, target);
            adopt(child, parent, target);
            p.children.insert(p.children.begin() + target, child);
            renumber(parent, std::size_t(target));
            endInsertRows();
            touched.push_back(parent);
            continue;
        }
        // `parent`'s ancestors are placed already, so the child cannot be one of them.
        Shadow &moving = it->second;
        const NodeId from = moving.parent;
        const int fromRow = moving.row;
        if (from == parent && fromRow == target)
            continue;
        if (!beginMoveRows(indexOf(from), fromRow, fromRow, parentIndex, target))
            return false;
        std::vector<NodeId> &old = m_shadow.at(from).children;
        old.erase(old.begin() + fromRow);
        const int at = from == parent && fromRow < target ? target - 1 : target; // Qt counts rows before the move
        p.children.insert(p.children.begin() + at, child);
        moving.parent = parent;
        renumber(from, std::size_t(from == parent ? std::min(fromRow, at) : fromRow));
        if (from != parent)
            renumber(parent, std::size_t(at));
        endMoveRows();
        touched.push_back(from);
        touched.push_back(parent);
    }
    return true;
}

void TargetTreeModel::adopt(NodeId id, NodeId parent, int row)
{
    const Tree &tree = m_document->service().tree(m_dimension);
    const Node &n = tree.node(id);
    m_shadow.emplace(id, Shadow{parent, row, n.person, n.name, {}});
    // A new member usually comes with only new members under it (undo of a delete): then they are
    // part of the same insertion. Otherwise its children are placed when its turn comes.
    const std::vector<NodeId> below = tree.subtree(id);
    if (std::any_of(below.begin() + 1, below.end(), [&](NodeId d) { return m_shadow.count(d) != 0; }))
        return;
    for (NodeId d : below) { // parents first
        const std::vector<NodeId> &children = tree.children(d);
        m_shadow.at(d).children = children;
        for (std::size_t i = 0; i < children.size(); ++i) {
            const Node &c = tree.node(children[i]);
            m_shadow.emplace(c.id, Shadow{d, int(i), c.person, c.name, {}});
        }
    }
}

void TargetTreeModel::removeGoneChildren(NodeId parent, std::vector<NodeId> &touched)
{
    // Every member still in the tree sits under its parent now: what else is left is gone.
    const Tree &tree = m_document->service().tree(m_dimension);
    Shadow &p = m_shadow.at(parent);
    int last = int(p.children.size()) - 1;
    while (last >= 0) {
        if (tree.contains(p.children[std::size_t(last)])) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !tree.contains(p.children[std::size_t(first - 1)]))
            --first;
        beginRemoveRows(indexOf(parent), first, last);
        const std::vector<NodeId> doomed(p.children.begin() + first, p.children.begin() + last + 1);
        p.children.erase(p.children.begin() + first, p.children.begin() + last + 1);
        for (NodeId id : doomed)
            eraseSubtree(id);
        renumber(parent, std::size_t(first));
        endRemoveRows();
        touched.push_back(parent);
        last = first - 1;
    }
}

void TargetTreeModel::onTargetsChanged(const std::vector<TargetChange> &changes)
{
    if (m_shadow.empty())
        return;
    // Per member, in the order of the changes: which of its values and locks changed.
    struct Touch {
        NodeId node;
        bool value;
        bool lock;
    };
    std::vector<Touch> touches;
    std::unordered_map<NodeId, std::size_t> position;
    for (const TargetChange &c : changes) {
        if (c.metric != m_metric->id || c.month < m_months.front() || c.month > m_months.back()
            || !m_shadow.count(c.node))
            continue;
        const auto [it, added] = position.try_emplace(c.node, touches.size());
        if (added)
            touches.push_back({c.node, false, false});
        Touch &t = touches[it->second];
        t.value = t.value || c.before.value != c.after.value;
        t.lock = t.lock || c.before.locked != c.after.locked;
    }
    std::vector<NodeId> parents; // whose Allocated and Unallocated changed, once each
    for (const Touch &t : touches) {
        QList<int> roles;
        if (t.value)
            roles = kValueRoles;
        if (t.lock) {
            for (int role : kLockRoles) {
                if (!roles.contains(role))
                    roles.append(role);
            }
        }
        if (roles.isEmpty())
            continue;
        Q_EMIT dataChanged(indexOf(t.node, Year), indexOf(t.node, Unallocated), roles);
        if (const NodeId parent = m_shadow.at(t.node).parent; t.value && parent != 0)
            parents.push_back(parent);
    }
    // A distribution over 2,000 children tells their parent once; a parent whose own values
    // changed was told with its whole row already.
    std::unordered_map<NodeId, bool> told;
    for (const Touch &t : touches)
        told.emplace(t.node, t.value);
    for (NodeId parent : parents) {
        auto [it, added] = told.try_emplace(parent, true);
        if (!added && it->second)
            continue;
        it->second = true;
        Q_EMIT dataChanged(indexOf(parent, Allocated), indexOf(parent, Unallocated), kValueRoles);
    }
}

void TargetTreeModel::onSettingsChanged()
{
    if (!m_document->isOpen())
        return;
    const PlanService &service = m_document->service();
    if (m_shadow.empty() || service.settings().fiscalYearStartMonth != m_startMonth) {
        reset(); // every month column now means another month
        return;
    }
    // The company name is the root's name; the currency is in the headers.
    Shadow &root = m_shadow.at(kRootId);
    const QString name = service.tree(m_dimension).node(kRootId).name;
    if (root.name != name) {
        root.name = name;
        const QModelIndex cell = indexOf(kRootId, Name);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TargetTreeModel::onDisplayUnitChanged()
{
    if (m_shadow.empty())
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole};
    Q_EMIT dataChanged(indexOf(kRootId, Year), indexOf(kRootId, Unallocated), roles);
    for (const auto &[id, node] : m_shadow) {
        if (node.children.empty())
            continue;
        const QModelIndex parent = indexOf(id);
        Q_EMIT dataChanged(index(0, Year, parent), index(int(node.children.size()) - 1, Unallocated, parent), roles);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, Year, Unallocated);
}

} // namespace st
