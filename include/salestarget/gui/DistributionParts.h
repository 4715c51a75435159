#pragma once

#include "salestarget/domain/PlanService.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace st {

/// The parts a distribution spreads over — the members below a node, the quarters or the months
/// of a period — as the distribute dialog names and totals them. Reads the plan; computes nothing
/// the domain decides.
class DistributionParts final
{
    Q_DECLARE_TR_FUNCTIONS(DistributionParts)

public:
    DistributionParts(const PlanService &service, Dimension d, NodeId node, MetricId metric, const Period &period,
                      DistributeOver over);

    int count() const { return int(m_labels.size()); }
    /// Short names of the parts: member names, `Q1`..`Q4`, or month names.
    const QStringList &labels() const { return m_labels; }
    /// The part a changed cell belongs to (-1 when none).
    int partOf(const TargetChange &change) const;
    /// How a changed cell's part is shown in the preview: the member's path or `Q1`; empty over months.
    QString rowLabel(const TargetChange &change) const;
    /// The current target of each part over the period.
    std::vector<Amount> currentTotals() const;
    /// Locked cells among those the distribution writes (they keep their value).
    int lockedCells() const;

private:
    const PlanService &m_service;
    Dimension m_dimension;
    NodeId m_node;
    MetricId m_metric;
    std::vector<Month> m_months;
    DistributeOver m_over;
    std::vector<NodeId> m_children;
    QStringList m_labels;
};

} // namespace st
