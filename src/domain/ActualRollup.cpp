#include "salestarget/domain/ActualRollup.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Tree.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

ActualRollup::ActualRollup(const Tree &tree) : m_tree(tree)
{
    const auto &order = tree.preorder();
    NodeId maxId = 0;
    for (NodeId id : order)
        maxId = std::max(maxId, id);
    m_positionById.assign(std::size_t(maxId) + 1, -1);
    for (std::size_t pos = 0; pos < order.size(); ++pos)
        m_positionById[std::size_t(order[pos])] = int(pos);
    m_direct.assign(order.size(), 0);
    m_total.assign(order.size(), 0);
}

NodeId ActualRollup::memberOf(const EntryFact &fact) const
{
    switch (m_tree.dimension()) {
    case Dimension::Product:
        return fact.product;
    case Dimension::Region:
        return fact.region;
    case Dimension::Org:
        break;
    }
    return fact.person;
}

int ActualRollup::positionOf(NodeId member) const
{
    if (member <= 0 || member >= NodeId(m_positionById.size()))
        return -1;
    return m_positionById[std::size_t(member)];
}

void ActualRollup::add(NodeId member, std::int64_t value)
{
    // The root itself is never an entry's member; treat it like "unassigned".
    const int pos = member == kRootId ? -1 : positionOf(member);
    std::int64_t &slot = pos < 0 ? m_unassigned : m_direct[std::size_t(pos)];
    if (__builtin_add_overflow(slot, value, &slot))
        throw DomainError(QCoreApplication::translate("ActualRollup", "The actuals are too large to add up."));
    if (pos < 0)
        ++m_unassignedCount;
}

void ActualRollup::finish()
{
    m_total = m_direct;
    const auto &parents = m_tree.preorderParents();
    // Children come after their parent in pre-order, so one backward pass rolls everything up.
    for (std::size_t pos = m_total.size(); pos-- > 1;) {
        std::int64_t &up = m_total[std::size_t(parents[pos])];
        if (__builtin_add_overflow(up, m_total[pos], &up))
            throw DomainError(QCoreApplication::translate("ActualRollup", "The actuals are too large to add up."));
    }
    m_total[0] += m_unassigned;
}

Amount ActualRollup::total(NodeId id) const
{
    const int pos = positionOf(id);
    return pos < 0 ? Amount() : Amount(m_total[std::size_t(pos)]);
}

std::vector<int> ActualRollup::applyDelta(NodeId member, std::int64_t delta, int countDelta)
{
    std::vector<int> changed;
    int pos = member == kRootId ? -1 : positionOf(member);
    if (pos < 0) {
        m_unassigned += delta;
        m_unassignedCount += countDelta;
        changed.push_back(-1);
        pos = 0;
    } else {
        m_direct[std::size_t(pos)] += delta;
    }
    const auto &parents = m_tree.preorderParents();
    for (; pos >= 0; pos = parents[std::size_t(pos)]) {
        m_total[std::size_t(pos)] += delta;
        changed.push_back(pos);
    }
    return changed;
}

} // namespace st
