#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/Node.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tracking.h"

#include <QDate>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace st {

/// Filter for listing entries (all conditions AND-ed; empty/zero means any).
struct EntryFilter {
    QDate from;
    QDate to;
    MetricId metric = 0;
    std::vector<NodeId> persons;   // any of these people
    std::vector<NodeId> products;  // any of these products
    std::vector<NodeId> regions;   // any of these regions
    bool onlyUnassignedProduct = false;
    bool onlyUnassignedRegion = false;
    QString customerContains;
    int limit = 0;                 // 0: no limit
};

/// What an import did, per row kind.
struct ImportOutcome {
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
};

/// The persistence port of the domain. The SQLite implementation lives in src/storage; nothing
/// here knows about SQL. Every write method is atomic: on an exception nothing was written.
/// Writes that change targets or entries append audit rows stamped with `stamp`.
class Repository
{
public:
    virtual ~Repository() = default;

    /// Runs `work` as one transaction: every write inside commits together or not at all.
    virtual void transaction(const std::function<void()> &work) = 0;

    /// Plan-set settings and calendar.
    virtual PlanSettings loadSettings() = 0;
    virtual void saveSettings(const PlanSettings &settings, const AuditStamp &stamp) = 0;
    /// Fiscal years that have a plan.
    virtual std::vector<int> planYears() = 0;
    virtual void addPlanYear(int fiscalYear, const AuditStamp &stamp) = 0;

    /// Every node of every tree, the root (kRootId) included, ordered by parent and sort order.
    virtual std::vector<Node> loadNodes() = 0;
    /// Inserts `node` and returns its id: node.id when non-zero (re-creating a deleted member on
    /// undo; an id in use is an error), otherwise a new one.
    virtual NodeId insertNode(const Node &node, const AuditStamp &stamp) = 0;
    /// Updates name, parent, sort order, person flag and home region of an existing node.
    virtual void updateNode(const Node &before, const Node &after, const AuditStamp &stamp) = 0;
    /// Deletes nodes (children listed before their parents) and their target cells.
    virtual void deleteNodes(std::span<const NodeId> ids, const AuditStamp &stamp) = 0;

    virtual std::vector<TargetRecord> loadTargets() = 0;
    /// Writes target cells (zero and unlocked cells are removed) with one audit row per change.
    virtual void writeTargets(std::span<const TargetChange> changes, const AuditStamp &stamp) = 0;

    /// Number of entries whose person, product or region is one of `ids`.
    virtual std::int64_t countEntriesReferencing(std::span<const NodeId> ids) = 0;
    /// Inserts an entry and returns its id: entry.id when non-zero (re-creating a deleted entry on
    /// undo; an id in use is a DomainError), otherwise a new one.
    virtual EntryId insertEntry(const ProgressEntry &entry, const AuditStamp &stamp) = 0;
    virtual void updateEntry(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp) = 0;
    virtual void deleteEntry(const ProgressEntry &entry, const AuditStamp &stamp) = 0;
    /// Inserts entries; an entry whose non-empty ref already exists updates that entry instead
    /// (or leaves it alone when nothing differs). One transaction for all of them, recorded as one
    /// import (who, when, `source` such as the file name, counts) with an audit row per update.
    /// An added entry's id is ignored.
    virtual ImportOutcome upsertEntries(std::span<const ProgressEntry> entries, const AuditStamp &stamp,
                                        const QString &source) = 0;
    /// The entry with `id`; throws DomainError when there is none.
    virtual ProgressEntry entry(EntryId id) = 0;
    virtual std::vector<ProgressEntry> findEntries(const EntryFilter &filter) = 0;
    /// Streams the facts of every entry of `metric` dated in [from, to], in no particular order.
    virtual void scanFacts(MetricId metric, QDate from, QDate to,
                           const std::function<void(const EntryFact &)> &sink) = 0;

    /// Every corrective action, ordered by id.
    virtual std::vector<CorrectiveAction> loadActions() = 0;
    /// Inserts `action` and returns its id: action.id when non-zero (re-creating a deleted action
    /// on undo; an id in use is an error), otherwise a new one.
    virtual std::int64_t insertAction(const CorrectiveAction &action, const AuditStamp &stamp) = 0;
    /// Stores `after` over action `after.id` (audited as before → after); a missing action is an error.
    virtual void updateAction(const CorrectiveAction &before, const CorrectiveAction &after,
                              const AuditStamp &stamp) = 0;
    /// Deletes action `action.id` (audited); a missing action is an error.
    virtual void deleteAction(const CorrectiveAction &action, const AuditStamp &stamp) = 0;

    /// Every period review.
    virtual std::vector<PeriodReview> loadReviews() = 0;
    /// Stores the review of (after.node, after.metric, after.period), replacing `before` (nullopt:
    /// there was none); both texts empty deletes it. Audited when something changed.
    virtual void saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after,
                            const AuditStamp &stamp) = 0;

    /// The newest `limit` audit rows, newest first.
    virtual std::vector<AuditRecord> auditLog(int limit) = 0;
};

} // namespace st
