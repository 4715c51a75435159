#include "salestarget/domain/TargetBook.h"

namespace st {

std::uint64_t TargetBook::key(MetricId metric, NodeId node, Month month)
{
    // metric: 8 bits, node: 36 bits, month index: 20 bits (years up to 87,000).
    return (std::uint64_t(metric) << 56) | (std::uint64_t(node) << 20) | std::uint64_t(month.index());
}

TargetCell TargetBook::cell(MetricId metric, NodeId node, Month month) const
{
    const auto it = m_cells.find(key(metric, node, month));
    return it == m_cells.end() ? TargetCell{} : it->second;
}

Amount TargetBook::sum(MetricId metric, NodeId node, Month first, Month last) const
{
    Amount total;
    for (Month m = first; m <= last; m = m + 1)
        total += value(metric, node, m);
    return total;
}

void TargetBook::setCell(MetricId metric, NodeId node, Month month, TargetCell cell)
{
    if (cell.value.isZero() && !cell.locked)
        m_cells.erase(key(metric, node, month));
    else
        m_cells[key(metric, node, month)] = cell;
}

void TargetBook::apply(const std::vector<TargetChange> &changes)
{
    for (const TargetChange &c : changes)
        setCell(c.metric, c.node, c.month, c.after);
}

void TargetBook::revert(const std::vector<TargetChange> &changes)
{
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        setCell(it->metric, it->node, it->month, it->before);
}

bool TargetBook::hasTargets(NodeId node) const
{
    for (const auto &[k, c] : m_cells) {
        if (NodeId((k >> 20) & ((1ULL << 36) - 1)) == node)
            return true;
    }
    return false;
}

std::vector<TargetRecord> TargetBook::cellsOf(NodeId node) const
{
    std::vector<TargetRecord> result;
    for (const auto &[k, c] : m_cells) {
        if (NodeId((k >> 20) & ((1ULL << 36) - 1)) == node)
            result.push_back({MetricId(k >> 56), node, Month(int(k & ((1ULL << 20) - 1))), c});
    }
    return result;
}

void TargetBook::removeNode(NodeId node)
{
    std::erase_if(m_cells, [node](const auto &kv) { return NodeId((kv.first >> 20) & ((1ULL << 36) - 1)) == node; });
}

} // namespace st
