// PlanService: corrective actions (调整措施) and period reviews (复盘).
#include "salestarget/domain/PlanService.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Period.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

namespace {

void requireMetric(MetricId metric)
{
    if (metric == 0)
        return; // all metrics
    try {
        Metric::byId(metric);
    } catch (const DomainError &e) {
        throw DomainError(QCoreApplication::translate("PlanService", "Metric: %1").arg(e.message()));
    }
}

} // namespace

void PlanService::validateAction(const CorrectiveAction &a) const
{
    try {
        dimensionOf(a.node);
    } catch (const DomainError &) {
        throw DomainError(QCoreApplication::translate("PlanService", "Member: there is no member with id %1.").arg(a.node));
    }
    requireMetric(a.metric);
    if (a.description.trimmed().isEmpty())
        throw DomainError(QCoreApplication::translate("PlanService", "Description: a corrective action needs a description."));
    if (a.id < 0)
        throw DomainError(QCoreApplication::translate("PlanService", "Corrective action id %1 is not valid.").arg(a.id));
}

std::vector<CorrectiveAction> PlanService::actionsOf(NodeId node) const
{
    std::vector<CorrectiveAction> out;
    std::copy_if(m_actions.begin(), m_actions.end(), std::back_inserter(out),
                 [node](const CorrectiveAction &a) { return a.node == node; });
    return out;
}

CorrectiveAction PlanService::addAction(CorrectiveAction action)
{
    validateAction(action);
    if (action.id != 0 && std::any_of(m_actions.begin(), m_actions.end(),
                                      [&](const CorrectiveAction &a) { return a.id == action.id; }))
        throw DomainError(QCoreApplication::translate("PlanService", "Corrective action %1 already exists.").arg(action.id));
    action.id = m_repository.insertAction(action, stamp());
    const auto at = std::lower_bound(m_actions.begin(), m_actions.end(), action.id,
                                     [](const CorrectiveAction &a, std::int64_t id) { return a.id < id; });
    m_actions.insert(at, action);
    return action;
}

void PlanService::updateAction(const CorrectiveAction &after)
{
    const auto it = std::find_if(m_actions.begin(), m_actions.end(),
                                 [&](const CorrectiveAction &a) { return a.id == after.id; });
    if (it == m_actions.end())
        throw DomainError(QCoreApplication::translate("PlanService", "Corrective action %1 does not exist.").arg(after.id));
    validateAction(after);
    if (*it == after)
        return;
    m_repository.updateAction(*it, after, stamp());
    *it = after;
}

void PlanService::deleteAction(std::int64_t id)
{
    const auto it = std::find_if(m_actions.begin(), m_actions.end(),
                                 [&](const CorrectiveAction &a) { return a.id == id; });
    if (it == m_actions.end())
        throw DomainError(QCoreApplication::translate("PlanService", "Corrective action %1 does not exist.").arg(id));
    m_repository.deleteAction(*it, stamp());
    m_actions.erase(it);
}

std::optional<PeriodReview> PlanService::review(NodeId node, MetricId metric, const QString &period) const
{
    for (const PeriodReview &r : m_reviews) {
        if (r.node == node && r.metric == metric && r.period == period)
            return r;
    }
    return std::nullopt;
}

void PlanService::saveReview(const PeriodReview &review)
{
    try {
        dimensionOf(review.node);
    } catch (const DomainError &) {
        throw DomainError(QCoreApplication::translate("PlanService", "Member: there is no member with id %1.").arg(review.node));
    }
    requireMetric(review.metric);
    if (review.period.isEmpty())
        throw DomainError(QCoreApplication::translate("PlanService", "Period: a review needs the period it looks back on."));
    QString canonical;
    try {
        canonical = Period::parse(review.period, m_settings.fiscalYearStartMonth).toString();
    } catch (const DomainError &e) {
        throw DomainError(QCoreApplication::translate("PlanService", "Period: %1").arg(e.message()));
    }
    if (canonical != review.period) // one spelling per period, so that review() finds it again
        throw DomainError(QCoreApplication::translate("PlanService", "Period: write \"%1\" as \"%2\".").arg(review.period, canonical));
    const std::optional<PeriodReview> before = this->review(review.node, review.metric, review.period);
    const bool empty = review.worked.isEmpty() && review.didNotWork.isEmpty();
    if ((before && *before == review) || (!before && empty))
        return; // nothing changes
    m_repository.saveReview(before, review, stamp());
    const auto it = std::find_if(m_reviews.begin(), m_reviews.end(), [&](const PeriodReview &r) {
        return r.node == review.node && r.metric == review.metric && r.period == review.period;
    });
    if (empty)
        m_reviews.erase(it); // `before` exists, so `it` does too
    else if (it != m_reviews.end())
        *it = review;
    else
        m_reviews.push_back(review);
}

void PlanService::dropTrackingOf(const std::vector<NodeId> &nodes)
{
    const auto doomed = [&](NodeId id) { return std::find(nodes.begin(), nodes.end(), id) != nodes.end(); };
    std::erase_if(m_actions, [&](const CorrectiveAction &a) { return doomed(a.node); });
    std::erase_if(m_reviews, [&](const PeriodReview &r) { return doomed(r.node); });
}

} // namespace st
