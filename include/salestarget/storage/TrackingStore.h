#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/Tracking.h"

#include <optional>
#include <vector>

namespace st {

class Database;

/// The SQL of corrective actions and period reviews, with their audit rows. Callers run each
/// write inside a transaction.
class TrackingStore final
{
public:
    explicit TrackingStore(Database &db) : m_db(db) {}

    /// Every corrective action, by id.
    std::vector<CorrectiveAction> loadActions();
    /// Inserts `action` with its id when non-zero (refused when in use), else a new one; returns the id.
    std::int64_t insertAction(const CorrectiveAction &action, const AuditStamp &stamp);
    /// Stores `after` over the action `after.id`; throws DomainError when it does not exist.
    void updateAction(const CorrectiveAction &before, const CorrectiveAction &after, const AuditStamp &stamp);
    /// Deletes the action `action.id`; throws DomainError when it does not exist.
    void deleteAction(const CorrectiveAction &action, const AuditStamp &stamp);

    /// Every period review, by node, metric and period.
    std::vector<PeriodReview> loadReviews();
    /// Upserts the review keyed by (node, metric, period); both texts empty deletes it.
    void saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after, const AuditStamp &stamp);

    /// Deletes the actions and reviews of node `id`, one audit row each (before the node goes).
    void removeOfNode(NodeId id, const AuditStamp &stamp);

private:
    Database &m_db;
};

} // namespace st
