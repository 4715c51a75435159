#include "salestarget/gui/DistributionParts.h"

#include <QLocale>

#include <algorithm>

namespace st {

DistributionParts::DistributionParts(const PlanService &service, Dimension d, NodeId node, MetricId metric,
                                     const Period &period, DistributeOver over)
    : m_service(service), m_dimension(d), m_node(node), m_metric(metric), m_months(period.months()), m_over(over),
      m_children(service.tree(d).children(node))
{
    switch (over) {
    case DistributeOver::Children:
        for (NodeId child : m_children)
            m_labels << service.tree(d).node(child).name;
        break;
    case DistributeOver::Quarters:
        for (int q = 1; q <= 4; ++q)
            m_labels << tr("Q%1").arg(q);
        break;
    case DistributeOver::Months:
        for (Month month : m_months)
            m_labels << QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
        break;
    }
}

int DistributionParts::partOf(const TargetChange &change) const
{
    if (m_over == DistributeOver::Children) {
        const auto it = std::find(m_children.begin(), m_children.end(), change.node);
        return it == m_children.end() ? -1 : int(it - m_children.begin());
    }
    if (m_months.empty() || change.month < m_months.front() || change.month > m_months.back())
        return -1;
    const int offset = change.month - m_months.front();
    return m_over == DistributeOver::Quarters ? offset / 3 : offset;
}

QString DistributionParts::rowLabel(const TargetChange &change) const
{
    switch (m_over) {
    case DistributeOver::Children:
        return m_service.tree(m_dimension).path(change.node);
    case DistributeOver::Quarters: {
        const int part = partOf(change);
        return part < 0 ? QString() : m_labels[part];
    }
    case DistributeOver::Months:
        break;
    }
    return {};
}

std::vector<Amount> DistributionParts::currentTotals() const
{
    const TargetBook &targets = m_service.targets();
    std::vector<Amount> totals(m_labels.size());
    if (m_months.empty())
        return totals;
    if (m_over == DistributeOver::Children) {
        for (std::size_t i = 0; i < m_children.size(); ++i)
            totals[i] = targets.sum(m_metric, m_children[i], m_months.front(), m_months.back());
        return totals;
    }
    for (std::size_t i = 0; i < m_months.size(); ++i) {
        const std::size_t part = m_over == DistributeOver::Quarters ? i / 3 : i;
        if (part < totals.size())
            totals[part] += targets.value(m_metric, m_node, m_months[i]);
    }
    return totals;
}

int DistributionParts::lockedCells() const
{
    const TargetBook &targets = m_service.targets();
    const std::vector<NodeId> owners = m_over == DistributeOver::Children ? m_children : std::vector<NodeId>{m_node};
    int locked = 0;
    for (NodeId owner : owners) {
        for (Month month : m_months)
            locked += targets.isLocked(m_metric, owner, month) ? 1 : 0;
    }
    return locked;
}

} // namespace st
