#include "salestarget/domain/PlanService.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace st {

namespace {

} // namespace

PlanService::PlanService(Repository &repository, Clock clock, QString user)
    : m_repository(repository), m_clock(std::move(clock)), m_user(std::move(user)),
      m_trees{Tree(Dimension::Product), Tree(Dimension::Region), Tree(Dimension::Org)}
{
}

AuditStamp PlanService::stamp(const QString &reason) const
{
    return AuditStamp{m_user, m_clock(), reason};
}

void PlanService::load()
{
    m_settings = m_repository.loadSettings();
    loadTrees();
    m_targets.clear();
    for (const TargetRecord &r : m_repository.loadTargets())
        m_targets.setCell(r.metric, r.node, r.month, r.cell);
    m_actions = m_repository.loadActions();
    std::sort(m_actions.begin(), m_actions.end(),
              [](const CorrectiveAction &a, const CorrectiveAction &b) { return a.id < b.id; });
    m_reviews = m_repository.loadReviews();
}

void PlanService::loadTrees()
{
    const std::vector<Node> nodes = m_repository.loadNodes();
    std::map<std::pair<int, NodeId>, std::vector<const Node *>> byParent; // (dimension, parent) -> children
    QString rootName = m_settings.companyName;
    for (const Node &n : nodes) {
        if (n.id == kRootId) {
            if (!n.name.isEmpty())
                rootName = n.name;
            continue;
        }
        byParent[{int(n.dimension), n.parent}].push_back(&n);
    }
    for (Dimension d : kDimensions) {
        Tree tree(d, rootName.isEmpty() ? QStringLiteral("/") : rootName);
        // Breadth-first from the root: a parent is always added before its children, whatever the ids.
        std::vector<NodeId> queue{kRootId};
        for (std::size_t i = 0; i < queue.size(); ++i) {
            auto it = byParent.find({int(d), queue[i]});
            if (it == byParent.end())
                continue;
            auto kids = it->second;
            std::stable_sort(kids.begin(), kids.end(), [](const Node *a, const Node *b) {
                return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder : a->id < b->id;
            });
            for (const Node *k : kids) {
                tree.add(*k);
                queue.push_back(k->id);
            }
        }
        m_trees[std::size_t(d)] = std::move(tree);
    }
}

void PlanService::saveSettings(const PlanSettings &settings, const QString &reason)
{
    settings.validate();
    if (!settings.companyName.isEmpty())
        Tree::validateName(settings.companyName);
    m_repository.saveSettings(settings, stamp(reason));
    m_settings = settings;
    if (!settings.companyName.isEmpty()) {
        for (Tree &t : m_trees)
            t.rename(kRootId, settings.companyName);
    }
}

Dimension PlanService::dimensionOf(NodeId id) const
{
    for (Dimension d : kDimensions) {
        if (id != kRootId && tree(d).contains(id))
            return d;
    }
    if (id == kRootId)
        return Dimension::Product;
    throw DomainError(QCoreApplication::translate("PlanService", "There is no node with id %1.").arg(id));
}

void PlanService::requireNode(Dimension d, NodeId id) const
{
    if (!tree(d).contains(id))
        throw DomainError(QCoreApplication::translate("PlanService", "The %1 tree has no node with id %2.").arg(dimensionName(d)).arg(id));
}

// --- trees ---------------------------------------------------------------------------------

NodeId PlanService::addNode(Dimension d, NodeId parent, const QString &name, bool person, NodeId homeRegion,
                            NodeId wantedId)
{
    Tree::validateName(name);
    requireNode(d, parent);
    const Tree &t = tree(d);
    if (t.childNamed(parent, name))
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" already has a child named \"%2\".").arg(t.path(parent), name));
    if (person && d != Dimension::Org)
        throw DomainError(QCoreApplication::translate("PlanService", "Only the organization tree has people."));
    if (parent != kRootId && t.node(parent).person)
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" is a person and cannot have members under it.").arg(t.path(parent)));
    if (homeRegion != 0)
        requireNode(Dimension::Region, homeRegion);
    Node n;
    n.parent = parent;
    n.dimension = d;
    n.name = name;
    n.person = person;
    n.homeRegion = homeRegion;
    n.sortOrder = int(t.children(parent).size());
    n.id = wantedId;
    n.id = m_repository.insertNode(n, stamp());
    mutableTree(d).add(n);
    return n.id;
}

DeletedMembers PlanService::deletionOf(Dimension d, NodeId id) const
{
    requireNode(d, id);
    DeletedMembers m;
    m.dimension = d;
    const Tree &t = tree(d);
    const std::vector<NodeId> subtree = t.subtree(id);
    std::vector<NodeId> sorted = subtree;
    std::sort(sorted.begin(), sorted.end());
    const auto inSubtree = [&](NodeId n) { return std::binary_search(sorted.begin(), sorted.end(), n); };
    for (NodeId n : subtree) {
        m.nodes.push_back(t.node(n));
        for (const TargetRecord &r : m_targets.cellsOf(n))
            m.cells.push_back(r);
    }
    for (const CorrectiveAction &a : m_actions) {
        if (inSubtree(a.node))
            m.actions.push_back(a);
    }
    for (const PeriodReview &r : m_reviews) {
        if (inSubtree(r.node))
            m.reviews.push_back(r);
    }
    if (d == Dimension::Region) {
        const Tree &org = tree(Dimension::Org);
        for (NodeId p : org.preorder()) {
            if (const Node &n = org.node(p); n.homeRegion != 0 && inSubtree(n.homeRegion))
                m.homeless.push_back(n);
        }
    }
    return m;
}

void PlanService::restoreNodes(const DeletedMembers &deleted)
{
    const std::vector<Node> &nodes = deleted.nodes;
    if (nodes.empty())
        return;
    const Dimension d = deleted.dimension;
    const AuditStamp s = stamp(QCoreApplication::translate("PlanService", "undo delete"));
    Tree edited = tree(d);
    std::vector<TargetChange> changes;
    for (const TargetRecord &r : deleted.cells)
        changes.push_back({r.metric, r.node, r.month, TargetCell{}, r.cell});
    const Tree &org = tree(Dimension::Org);
    m_repository.transaction([&] {
        for (const Node &n : nodes) {
            Node added = n;
            added.id = m_repository.insertNode(n, s);
            if (added.id != n.id)
                throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" could not get its old id back.").arg(n.name));
            edited.add(added);
        }
        // The restored root of the subtree goes back to its old position among its siblings.
        const Node &top = nodes.front();
        edited.move(top.id, top.parent, top.sortOrder);
        for (NodeId sibling : edited.children(top.parent)) {
            const Node &stored = sibling == top.id ? top : tree(d).node(sibling);
            if (!(stored == edited.node(sibling)))
                m_repository.updateNode(stored, edited.node(sibling), s);
        }
        if (!changes.empty())
            m_repository.writeTargets(changes, s);
        for (const CorrectiveAction &a : deleted.actions)
            m_repository.insertAction(a, s);
        for (const PeriodReview &r : deleted.reviews)
            m_repository.saveReview(std::nullopt, r, s);
        for (const Node &person : deleted.homeless) {
            if (!org.contains(person.id))
                continue;
            Node after = org.node(person.id);
            after.homeRegion = person.homeRegion;
            m_repository.updateNode(org.node(person.id), after, s);
        }
    });
    m_trees[std::size_t(d)] = std::move(edited);
    m_targets.apply(changes);
    for (const CorrectiveAction &a : deleted.actions) {
        const auto at = std::lower_bound(m_actions.begin(), m_actions.end(), a.id,
                                         [](const CorrectiveAction &x, std::int64_t id) { return x.id < id; });
        m_actions.insert(at, a);
    }
    m_reviews.insert(m_reviews.end(), deleted.reviews.begin(), deleted.reviews.end());
    for (const Node &person : deleted.homeless) {
        if (org.contains(person.id))
            mutableTree(Dimension::Org).setPersonInfo(person.id, org.node(person.id).person, person.homeRegion);
    }
}

NodeId PlanService::ensurePath(Dimension d, const QString &path, bool person, NodeId homeRegion)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (person)
            throw DomainError(QCoreApplication::translate("PlanService", "The whole company cannot be a person."));
        return kRootId;
    }
    NodeId result = kRootId;
    try {
        m_repository.transaction([&] {
            NodeId cur = kRootId;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString name = parts[i].trimmed();
                const bool leaf = i + 1 == parts.size();
                if (const auto existing = tree(d).childNamed(cur, name)) {
                    cur = *existing;
                    if (leaf && (person || homeRegion != 0)) {
                        const Node &n = tree(d).node(cur);
                        const bool nowPerson = person || n.person;
                        const NodeId nowHome = homeRegion != 0 ? homeRegion : n.homeRegion;
                        if (nowPerson != n.person || nowHome != n.homeRegion)
                            setPersonInfo(cur, nowPerson, nowHome);
                    }
                } else {
                    cur = addNode(d, cur, name, leaf && person, leaf ? homeRegion : 0);
                }
            }
            result = cur;
        });
    } catch (...) {
        loadTrees(); // the transaction rolled back: forget the nodes added in memory
        throw;
    }
    return result;
}

void PlanService::commitTreeEdit(Dimension d, const std::function<void(Tree &)> &edit)
{
    Tree edited = tree(d);
    edit(edited); // validates; throws before anything is written
    const Tree &current = tree(d);
    const AuditStamp s = stamp();
    m_repository.transaction([&] {
        for (NodeId id : edited.preorder()) {
            const Node &before = current.node(id);
            const Node &after = edited.node(id);
            if (!(before == after))
                m_repository.updateNode(before, after, s);
        }
    });
    m_trees[std::size_t(d)] = std::move(edited);
}

void PlanService::renameNode(Dimension d, NodeId id, const QString &name)
{
    requireNode(d, id);
    if (id == kRootId) {
        PlanSettings s = m_settings;
        s.companyName = name;
        Tree::validateName(name);
        saveSettings(s);
        return;
    }
    commitTreeEdit(d, [&](Tree &t) { t.rename(id, name); });
}

void PlanService::moveNode(Dimension d, NodeId id, NodeId newParent, int position)
{
    requireNode(d, id);
    requireNode(d, newParent);
    if (newParent != kRootId && tree(d).node(newParent).person)
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" is a person and cannot have members under it.").arg(tree(d).path(newParent)));
    commitTreeEdit(d, [&](Tree &t) { t.move(id, newParent, position); });
}

void PlanService::setPersonInfo(NodeId id, bool person, NodeId homeRegion)
{
    requireNode(Dimension::Org, id);
    if (homeRegion != 0)
        requireNode(Dimension::Region, homeRegion);
    if (person && !tree(Dimension::Org).isLeaf(id))
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" has members under it and cannot be a person.").arg(tree(Dimension::Org).path(id)));
    commitTreeEdit(Dimension::Org, [&](Tree &t) { t.setPersonInfo(id, person, homeRegion); });
}

void PlanService::deleteNode(Dimension d, NodeId id, bool deleteTargets)
{
    requireNode(d, id);
    if (id == kRootId)
        throw DomainError(QCoreApplication::translate("PlanService", "The whole company cannot be deleted."));
    const Tree &t = tree(d);
    const DeletedMembers deleted = deletionOf(d, id);
    std::vector<NodeId> doomed;
    for (const Node &n : deleted.nodes)
        doomed.push_back(n.id);
    const QString path = t.path(id);
    if (const auto n = m_repository.countEntriesReferencing(doomed); n > 0) {
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" cannot be deleted: %2 progress entries refer to it or to members under it. "
                             "Move or delete those entries first.").arg(path).arg(n));
    }
    std::vector<TargetChange> cleared;
    for (const TargetRecord &r : deleted.cells)
        cleared.push_back({r.metric, r.node, r.month, r.cell, TargetCell{}});
    if (!cleared.empty() && !deleteTargets) {
        throw DomainError(QCoreApplication::translate("PlanService", "\"%1\" has targets (%2 monthly cells in it or under it). Confirm to delete them too.")
                              .arg(path).arg(cleared.size()));
    }
    // People whose home region disappears keep their entries but lose the default.
    std::vector<std::pair<Node, Node>> homeless;
    for (const Node &n : deleted.homeless) {
        Node after = n;
        after.homeRegion = 0;
        homeless.emplace_back(n, after);
    }
    std::reverse(doomed.begin(), doomed.end()); // children before parents
    // The siblings after the deleted node move up one place; their new order is stored too.
    Tree edited = tree(d);
    const NodeId parent = edited.node(id).parent;
    edited.remove(id);
    const AuditStamp s = stamp();
    m_repository.transaction([&] {
        if (!cleared.empty())
            m_repository.writeTargets(cleared, s);
        for (const auto &[before, after] : homeless)
            m_repository.updateNode(before, after, s);
        m_repository.deleteNodes(doomed, s);
        for (NodeId sibling : edited.children(parent)) {
            if (!(edited.node(sibling) == t.node(sibling)))
                m_repository.updateNode(t.node(sibling), edited.node(sibling), s);
        }
    });
    m_targets.apply(cleared);
    dropTrackingOf(doomed);
    for (const auto &[before, after] : homeless)
        mutableTree(Dimension::Org).setPersonInfo(after.id, after.person, 0);
    m_trees[std::size_t(d)] = std::move(edited);
}

// --- entries -------------------------------------------------------------------------------

void PlanService::validateEntry(const ProgressEntry &e) const
{
    if (!e.date.isValid())
        throw DomainError(QCoreApplication::translate("PlanService", "Date: a valid date is required."));
    Metric::byId(e.metric);
    const Tree &org = tree(Dimension::Org);
    if (e.person == 0)
        throw DomainError(QCoreApplication::translate("PlanService", "Person: a sales rep is required."));
    if (!org.contains(e.person) || !org.node(e.person).person)
        throw DomainError(QCoreApplication::translate("PlanService", "Person: node %1 is not a sales rep of the organization tree.").arg(e.person));
    if (e.product != 0 && (e.product == kRootId || !tree(Dimension::Product).contains(e.product)))
        throw DomainError(QCoreApplication::translate("PlanService", "Product: node %1 is not in the product tree.").arg(e.product));
    if (e.region != 0 && (e.region == kRootId || !tree(Dimension::Region).contains(e.region)))
        throw DomainError(QCoreApplication::translate("PlanService", "Region: node %1 is not in the region tree.").arg(e.region));
    if (e.value.minor() > Amount::kMaxMinor || e.value.minor() < -Amount::kMaxMinor)
        throw DomainError(QCoreApplication::translate("PlanService", "Value: the amount is too large."));
}

ProgressEntry PlanService::withDefaults(ProgressEntry e) const
{
    if (e.region == 0)
        e.region = tree(Dimension::Org).node(e.person).homeRegion;
    if (e.enteredBy.isEmpty())
        e.enteredBy = m_user;
    if (!e.enteredAt.isValid())
        e.enteredAt = m_clock();
    return e;
}

EntryId PlanService::addEntry(ProgressEntry entry)
{
    validateEntry(entry);
    entry = withDefaults(entry);
    return m_repository.insertEntry(entry, stamp());
}

void PlanService::updateEntry(const ProgressEntry &entry)
{
    const ProgressEntry before = m_repository.entry(entry.id);
    validateEntry(entry);
    ProgressEntry after = entry;
    if (after.region == 0)
        after.region = tree(Dimension::Org).node(after.person).homeRegion;
    after.enteredBy = before.enteredBy;
    after.enteredAt = before.enteredAt;
    m_repository.updateEntry(before, after, stamp());
}

void PlanService::deleteEntry(EntryId id)
{
    const ProgressEntry before = m_repository.entry(id);
    m_repository.deleteEntry(before, stamp());
}

ImportOutcome PlanService::importEntries(std::vector<ProgressEntry> entries, const QString &source)
{
    const AuditStamp s = stamp();
    for (std::size_t row = 0; row < entries.size(); ++row) {
        ProgressEntry &e = entries[row];
        try {
            validateEntry(e);
        } catch (const DomainError &error) {
            throw DomainError(QCoreApplication::translate("PlanService", "Entry %1: %2").arg(row + 1).arg(error.message()));
        }
        if (e.region == 0)
            e.region = tree(Dimension::Org).node(e.person).homeRegion;
        if (e.enteredBy.isEmpty())
            e.enteredBy = s.user;
        if (!e.enteredAt.isValid())
            e.enteredAt = s.at;
    }
    return m_repository.upsertEntries(entries, s, source);
}

// --- figures -------------------------------------------------------------------------------

std::unique_ptr<Report> PlanService::report(Dimension d, MetricId metric, const Period &period, QDate asOf)
{
    Metric::byId(metric);
    auto report = std::make_unique<Report>(tree(d), m_targets, m_settings, metric, period, asOf);
    if (report->actualsTo() >= report->actualsFrom()) {
        m_repository.scanFacts(metric, report->actualsFrom(), report->actualsTo(),
                               [&report](const EntryFact &f) { report->addFact(f); });
    }
    report->build();
    return report;
}

std::unique_ptr<Report> PlanService::report(Dimension d, const FactCache &facts, const Period &period, QDate asOf) const
{
    auto report = std::make_unique<Report>(tree(d), m_targets, m_settings, facts.metric(), period, asOf);
    for (const EntryFact &f : facts.between(report->actualsFrom(), report->actualsTo()))
        report->addFact(f);
    report->build();
    return report;
}

std::unique_ptr<ActualRollup> PlanService::actuals(Dimension d, MetricId metric, QDate from, QDate to)
{
    auto rollup = std::make_unique<ActualRollup>(tree(d));
    if (from <= to)
        m_repository.scanFacts(metric, from, to, [&rollup](const EntryFact &f) { rollup->addFact(f); });
    rollup->finish();
    return rollup;
}

} // namespace st
