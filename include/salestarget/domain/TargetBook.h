#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Month.h"

#include <unordered_map>
#include <vector>

namespace st {

/// A stored target cell: the grain of every target is (metric, node, month).
struct TargetCell {
    Amount value;
    bool locked = false;
    friend bool operator==(const TargetCell &, const TargetCell &) = default;
};

/// One cell with its key, as loaded from or written to storage.
struct TargetRecord {
    MetricId metric = 0;
    NodeId node = 0;
    Month month;
    TargetCell cell;
};

/// A change of one cell: what it was and what it becomes (for storage and the audit log).
struct TargetChange {
    MetricId metric = 0;
    NodeId node = 0;
    Month month;
    TargetCell before;
    TargetCell after;
};

/// All monthly target cells of a plan set, in memory. Absent cells are zero and unlocked.
class TargetBook final
{
public:
    TargetCell cell(MetricId metric, NodeId node, Month month) const;
    Amount value(MetricId metric, NodeId node, Month month) const { return cell(metric, node, month).value; }
    bool isLocked(MetricId metric, NodeId node, Month month) const { return cell(metric, node, month).locked; }
    /// Sum of the months first..last inclusive.
    Amount sum(MetricId metric, NodeId node, Month first, Month last) const;

    void setCell(MetricId metric, NodeId node, Month month, TargetCell cell);
    /// Applies the `after` side of each change.
    void apply(const std::vector<TargetChange> &changes);
    /// Applies the `before` side of each change (the inverse of apply()).
    void revert(const std::vector<TargetChange> &changes);
    /// Whether any non-zero or locked cell exists for `node`.
    bool hasTargets(NodeId node) const;
    /// Every stored cell of `node` (any metric, any month).
    std::vector<TargetRecord> cellsOf(NodeId node) const;
    /// Forgets every cell of `node`.
    void removeNode(NodeId node);
    void clear() { m_cells.clear(); }
    std::size_t cellCount() const { return m_cells.size(); }

private:
    static std::uint64_t key(MetricId metric, NodeId node, Month month);
    std::unordered_map<std::uint64_t, TargetCell> m_cells;
};

} // namespace st
