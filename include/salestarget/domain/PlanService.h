#pragma once

#include "salestarget/domain/Distribution.h"
#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/Repository.h"
#include "salestarget/domain/Report.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tracking.h"
#include "salestarget/domain/Tree.h"

#include <QDateTime>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace st {

/// What a distribution spreads over.
enum class DistributeOver { Children, Quarters, Months };

/// How a distribution weighs the parts.
struct DistributionMethod {
    enum class Kind { Even, Weights, History };
    Kind kind = Kind::Even;
    /// Kind::Weights: basis-point percentages (quarters/months, total 10000) or relative weights (children).
    std::vector<std::int64_t> weights;
    /// Kind::History: the reference fiscal year (0: the year before the period's).
    int referenceYear = 0;

    /// Parses `even`, `4321`, `weights:30,20,30,20`, `history`, `history:2025` for `parts` parts.
    /// Over quarters/months the weights are percentages that must total 100; over children they
    /// are relative. Throws DomainError.
    static DistributionMethod parse(const QString &text, DistributeOver over, int parts);
};

/// Everything deleteNode() removes with a member, so that restoreNodes() can put it back (undo).
struct DeletedMembers {
    Dimension dimension = Dimension::Product;
    std::vector<Node> nodes;                 // the member and its subtree, parents before children
    std::vector<TargetRecord> cells;         // their target cells
    std::vector<CorrectiveAction> actions;   // their corrective actions
    std::vector<PeriodReview> reviews;       // their period reviews
    std::vector<Node> homeless;              // people whose home region is among `nodes`, as they were
};

/// The application's use cases over one plan set: the trees, the targets and the entries, kept in
/// memory and written through the Repository. Every mutating call is validated first, written in
/// one transaction (with audit rows) and only then applied in memory, so a failure changes nothing.
/// Time is injected: the clock stamps audit rows; as-of dates are always passed in.
class PlanService final
{
public:
    using Clock = std::function<QDateTime()>;

    PlanService(Repository &repository, Clock clock, QString user);
    Q_DISABLE_COPY_MOVE(PlanService)

    /// (Re)reads settings, trees, targets, corrective actions and reviews from the repository.
    void load();

    const PlanSettings &settings() const { return m_settings; }
    void saveSettings(const PlanSettings &settings, const QString &reason = {});
    const Tree &tree(Dimension d) const { return m_trees[std::size_t(d)]; }
    const TargetBook &targets() const { return m_targets; }
    Repository &repository() { return m_repository; }
    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // --- trees ---------------------------------------------------------------------------
    /// Creates the node at `path` and any missing ancestors; returns its id. An existing node is
    /// returned as it is unless person/home region are asked for, which updates it.
    NodeId ensurePath(Dimension d, const QString &path, bool person = false, NodeId homeRegion = 0);
    /// Adds a member under `parent`; `wantedId` re-creates a member with a known id (redo after undo).
    NodeId addNode(Dimension d, NodeId parent, const QString &name, bool person = false, NodeId homeRegion = 0,
                   NodeId wantedId = 0);
    /// What deleteNode(d, id, true) would remove with `id`: take it before the delete to undo it.
    DeletedMembers deletionOf(Dimension d, NodeId id) const;
    /// Re-creates deleted members with their ids, target cells, corrective actions, reviews and
    /// the home regions people had in them (undo of a delete), in one transaction.
    void restoreNodes(const DeletedMembers &deleted);
    void renameNode(Dimension d, NodeId id, const QString &name);
    void moveNode(Dimension d, NodeId id, NodeId newParent, int position = -1);
    void setPersonInfo(NodeId id, bool person, NodeId homeRegion);
    /// Deletes `id` and its subtree. Refuses when entries reference any of them; refuses when
    /// any has targets unless `deleteTargets` (the caller asked the user).
    void deleteNode(Dimension d, NodeId id, bool deleteTargets);
    /// The dimension a node belongs to (the root: Product).
    Dimension dimensionOf(NodeId id) const;

    // --- targets -------------------------------------------------------------------------
    /// Sets the target of a month, quarter or year: a longer period spreads the value over its
    /// months keeping their proportions (evenly when all are empty); locked months keep their value.
    void setTarget(NodeId node, MetricId metric, const Period &period, Amount value, const QString &reason = {});
    /// Computes the changes setTarget() would make, without writing.
    std::vector<TargetChange> planSetTarget(NodeId node, MetricId metric, const Period &period, Amount value) const;
    void setLocked(NodeId node, MetricId metric, Month month, bool locked);
    /// Computes a distribution of `node`'s targets over the period without writing it.
    std::vector<TargetChange> planDistribution(Dimension d, NodeId node, MetricId metric, const Period &period,
                                               DistributeOver over, const DistributionMethod &method);
    /// Writes target changes (one transaction, audited) and applies them in memory.
    void applyTargetChanges(const std::vector<TargetChange> &changes, const QString &reason = {});
    /// Sets cells to explicit values (undo/redo): builds the changes against the current state.
    void setCells(const std::vector<TargetRecord> &cells, const QString &reason = {});

    // --- entries ---------------------------------------------------------------------------
    /// Validates and stores an entry (region defaults to the person's home region); returns its id.
    /// A non-zero entry.id re-creates that id (undo of a delete); an id in use is a DomainError.
    EntryId addEntry(ProgressEntry entry);
    void updateEntry(const ProgressEntry &entry);
    void deleteEntry(EntryId id);
    /// Checks one entry; throws DomainError naming the field.
    void validateEntry(const ProgressEntry &entry) const;
    /// Fills in defaults (region from home region) after validation.
    ProgressEntry withDefaults(ProgressEntry entry) const;
    /// Stores many validated entries in one transaction, upserting by ref, recorded as one import
    /// from `source` (e.g. the file name, may be empty).
    ImportOutcome importEntries(std::vector<ProgressEntry> entries, const QString &source = {});

    // --- corrective actions and reviews --------------------------------------------------------
    /// Every corrective action, by id (read at load()).
    const std::vector<CorrectiveAction> &actions() const { return m_actions; }
    /// The corrective actions of `node`, by id.
    std::vector<CorrectiveAction> actionsOf(NodeId node) const;
    /// Validates (the node exists, the metric is 0 or known, the description is not blank) and
    /// stores an action; a non-zero id re-creates a deleted action (undo). Returns it with its id.
    CorrectiveAction addAction(CorrectiveAction action);
    /// Validates and stores `after` over the action `after.id`; throws DomainError when there is none.
    void updateAction(const CorrectiveAction &after);
    /// Deletes action `id`; throws DomainError when there is none.
    void deleteAction(std::int64_t id);
    /// The review of (node, metric, period), if one was written.
    std::optional<PeriodReview> review(NodeId node, MetricId metric, const QString &period) const;
    /// Every stored review (read at load()).
    const std::vector<PeriodReview> &reviews() const { return m_reviews; }
    /// Validates (node, metric 0 or known, a period Period::parse() accepts) and stores the review;
    /// both texts empty deletes it.
    void saveReview(const PeriodReview &review);

    // --- figures ---------------------------------------------------------------------------
    /// The report of every node of a tree for (metric, period, as-of).
    std::unique_ptr<Report> report(Dimension d, MetricId metric, const Period &period, QDate asOf);
    /// The same from facts already in memory (the dashboard's FactCache of `metric`).
    std::unique_ptr<Report> report(Dimension d, const FactCache &facts, const Period &period, QDate asOf) const;
    /// Sum of `metric` actuals per member of tree `d` over [from, to] (history distributions).
    std::unique_ptr<ActualRollup> actuals(Dimension d, MetricId metric, QDate from, QDate to);

private:
    AuditStamp stamp(const QString &reason = {}) const;
    void loadTrees();
    /// Applies `edit` to a copy of tree `d` (which validates it), writes every node that changed in
    /// one transaction, then swaps the copy in.
    void commitTreeEdit(Dimension d, const std::function<void(Tree &)> &edit);
    Tree &mutableTree(Dimension d) { return m_trees[std::size_t(d)]; }
    void requireNode(Dimension d, NodeId id) const;
    void validateAction(const CorrectiveAction &action) const;
    /// Forgets the actions and reviews of deleted nodes (the repository deleted them with the nodes).
    void dropTrackingOf(const std::vector<NodeId> &nodes);
    std::vector<std::int64_t> historyWeights(Dimension d, MetricId metric, const std::vector<NodeId> &members,
                                             const std::vector<Period> &parts);

    Repository &m_repository;
    Clock m_clock;
    QString m_user;
    PlanSettings m_settings;
    std::array<Tree, 3> m_trees;
    TargetBook m_targets;
    std::vector<CorrectiveAction> m_actions; // by id
    std::vector<PeriodReview> m_reviews;
};

} // namespace st
