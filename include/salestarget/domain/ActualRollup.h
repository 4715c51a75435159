#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/ProgressEntry.h"

#include <vector>

namespace st {

class Tree;

/// Sums entries along one dimension tree: a node's actual is the sum of the entries whose member
/// lies under it; entries naming no member of the tree go to an "(unassigned)" bucket under the
/// root, so the root always equals the company total.
class ActualRollup final
{
public:
    explicit ActualRollup(const Tree &tree);

    /// The member an entry fact rolls up to in this tree's dimension (0: none).
    NodeId memberOf(const EntryFact &fact) const;
    /// Adds `value` to `member` (unassigned when 0 or unknown). Call finish() before reading.
    void add(NodeId member, std::int64_t value);
    void addFact(const EntryFact &fact) { add(memberOf(fact), fact.value); }
    /// Rolls the direct sums up the tree: one backward pass over the pre-order layout.
    void finish();

    /// Rolled-up actual of the node at pre-order position `pos`.
    Amount totalAt(int pos) const { return Amount(m_total[std::size_t(pos)]); }
    Amount total(NodeId id) const;
    Amount unassigned() const { return Amount(m_unassigned); }
    /// Number of facts that went to the unassigned bucket.
    std::int64_t unassignedCount() const { return m_unassignedCount; }

    /// After finish(): adds `delta` to `member` and its ancestors; `countDelta` is +1 for an added
    /// entry and -1 for a removed one. Returns the pre-order positions changed (-1 stands for the
    /// unassigned bucket, which also changes the root).
    std::vector<int> applyDelta(NodeId member, std::int64_t delta, int countDelta);

private:
    int positionOf(NodeId member) const;

    const Tree &m_tree;
    std::vector<int> m_positionById; // dense id -> pre-order position, -1 when absent
    std::vector<std::int64_t> m_direct;
    std::vector<std::int64_t> m_total;
    std::int64_t m_unassigned = 0;
    std::int64_t m_unassignedCount = 0;
};

} // namespace st
