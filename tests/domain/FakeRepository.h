#pragma once
// An in-memory st::Repository for PlanService tests: transactions roll back on an exception (nested
// ones join the outer one), every write can be made to fail on demand, and every audit stamp is kept.

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Repository.h"

#include <QString>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace st::test {

class FakeRepository final : public Repository
{
public:
    /// Thrown by a write when failNextWrites() asked for it: stands for a disk or constraint error.
    struct WriteFailure : std::runtime_error {
        WriteFailure() : std::runtime_error("injected write failure") {}
    };

    struct State {
        PlanSettings settings;
        std::vector<int> years;
        std::map<NodeId, Node> nodes;
        NodeId nextNodeId = 100;
        std::map<std::tuple<MetricId, NodeId, int>, TargetCell> targets; // (metric, node, month index)
        std::map<EntryId, ProgressEntry> entries;
        EntryId nextEntryId = 1;
        std::map<std::int64_t, CorrectiveAction> actions;
        std::int64_t nextActionId = 1;
        std::map<std::tuple<NodeId, MetricId, QString>, PeriodReview> reviews;
        std::vector<AuditRecord> audit;
    };

    FakeRepository()
    {
        Node root;
        root.id = kRootId;
        root.name = QStringLiteral("Company");
        m_state.nodes[kRootId] = root;
        m_state.settings.companyName = QStringLiteral("Company");
    }

    // --- test controls ---------------------------------------------------------------------
    /// The next write fails after `okWrites` more writes succeed.
    void failAfterWrites(int okWrites) { m_okWritesLeft = okWrites; }
    void failNextWrite() { failAfterWrites(0); }
    void stopFailing() { m_okWritesLeft = -1; }
    const State &state() const { return m_state; }
    State &mutableState() { return m_state; }
    int transactionsCommitted() const { return m_committed; }
    int transactionsRolledBack() const { return m_rolledBack; }
    std::vector<AuditStamp> stamps;

    TargetCell target(MetricId metric, NodeId node, Month month) const
    {
        const auto it = m_state.targets.find({metric, node, month.index()});
        return it == m_state.targets.end() ? TargetCell{} : it->second;
    }

    // --- Repository -------------------------------------------------------------------------
    void transaction(const std::function<void()> &work) override
    {
        if (m_depth > 0) { // nested: part of the outer transaction
            work();
            return;
        }
        const State snapshot = m_state;
        ++m_depth;
        try {
            work();
        } catch (...) {
            --m_depth;
            m_state = snapshot;
            ++m_rolledBack;
            throw;
        }
        --m_depth;
        ++m_committed;
    }

    PlanSettings loadSettings() override { return m_state.settings; }
    void saveSettings(const PlanSettings &settings, const AuditStamp &stamp) override
    {
        write(stamp);
        // Like the SQLite repository: the root node carries the company's name.
        if (settings.companyName != m_state.settings.companyName)
            m_state.nodes[kRootId].name = settings.companyName;
        m_state.settings = settings;
        audit(stamp, QStringLiteral("update"), QStringLiteral("settings"), {}, {}, {});
    }
    std::vector<int> planYears() override { return m_state.years; }
    void addPlanYear(int fiscalYear, const AuditStamp &stamp) override
    {
        write(stamp);
        m_state.years.push_back(fiscalYear);
    }

    std::vector<Node> loadNodes() override
    {
        std::vector<Node> out;
        for (const auto &[id, n] : m_state.nodes)
            out.push_back(n);
        std::sort(out.begin(), out.end(), [](const Node &a, const Node &b) {
            return std::tie(a.parent, a.sortOrder) < std::tie(b.parent, b.sortOrder);
        });
        return out;
    }
    NodeId insertNode(const Node &node, const AuditStamp &stamp) override
    {
        write(stamp);
        Node n = node;
        if (n.id != 0) { // re-creating a member with a known id (undo of a delete)
            if (m_state.nodes.count(n.id))
                throw DomainError(QStringLiteral("fake: id %1 in use").arg(n.id));
            m_state.nextNodeId = std::max(m_state.nextNodeId, n.id + 1);
        } else {
            n.id = m_state.nextNodeId++;
        }
        if (!m_state.nodes.count(n.parent))
            throw DomainError(QStringLiteral("fake: no parent %1").arg(n.parent));
        m_state.nodes[n.id] = n;
        audit(stamp, QStringLiteral("insert"), QStringLiteral("node"), QString::number(n.id), {}, n.name);
        return n.id;
    }
    void updateNode(const Node &before, const Node &after, const AuditStamp &stamp) override
    {
        write(stamp);
        if (!m_state.nodes.count(after.id))
            throw DomainError(QStringLiteral("fake: no node %1").arg(after.id));
        m_state.nodes[after.id] = after;
        audit(stamp, QStringLiteral("update"), QStringLiteral("node"), QString::number(after.id), before.name, after.name);
    }
    void deleteNodes(std::span<const NodeId> ids, const AuditStamp &stamp) override
    {
        write(stamp);
        for (NodeId id : ids) {
            for (const auto &[other, n] : m_state.nodes) {
                if (n.parent == id && other != id)
                    throw DomainError(QStringLiteral("fake: %1 still has child %2").arg(id).arg(other));
            }
            m_state.nodes.erase(id);
            std::erase_if(m_state.targets, [id](const auto &kv) { return std::get<1>(kv.first) == id; });
            // Like the SQLite repository: a node's actions and reviews go with it.
            std::erase_if(m_state.actions, [id](const auto &kv) { return kv.second.node == id; });
            std::erase_if(m_state.reviews, [id](const auto &kv) { return std::get<0>(kv.first) == id; });
            audit(stamp, QStringLiteral("delete"), QStringLiteral("node"), QString::number(id), {}, {});
        }
    }

    std::vector<TargetRecord> loadTargets() override
    {
        std::vector<TargetRecord> out;
        for (const auto &[k, c] : m_state.targets)
            out.push_back({std::get<0>(k), std::get<1>(k), Month(std::get<2>(k)), c});
        return out;
    }
    void writeTargets(std::span<const TargetChange> changes, const AuditStamp &stamp) override
    {
        write(stamp);
        for (const TargetChange &c : changes) {
            const auto key = std::make_tuple(c.metric, c.node, c.month.index());
            if (c.after.value.isZero() && !c.after.locked)
                m_state.targets.erase(key);
            else
                m_state.targets[key] = c.after;
            audit(stamp, QStringLiteral("update"), QStringLiteral("target"),
                  QStringLiteral("%1|%2|%3").arg(c.metric).arg(c.node).arg(c.month.toString()),
                  c.before.value.toDecimalString(2), c.after.value.toDecimalString(2));
        }
    }

    std::int64_t countEntriesReferencing(std::span<const NodeId> ids) override
    {
        std::int64_t n = 0;
        for (const auto &[id, e] : m_state.entries) {
            for (NodeId x : ids) {
                if (e.person == x || e.product == x || e.region == x) {
                    ++n;
                    break;
                }
            }
        }
        return n;
    }
    EntryId insertEntry(const ProgressEntry &entry, const AuditStamp &stamp) override
    {
        write(stamp);
        ProgressEntry e = entry;
        if (e.id != 0) { // re-creating an entry with a known id (undo of a delete)
            if (m_state.entries.count(e.id))
                throw DomainError(QStringLiteral("fake: entry %1 in use").arg(e.id));
            m_state.nextEntryId = std::max(m_state.nextEntryId, e.id + 1);
        } else {
            e.id = m_state.nextEntryId++;
        }
        m_state.entries[e.id] = e;
        audit(stamp, QStringLiteral("insert"), QStringLiteral("entry"), QString::number(e.id), {},
              e.value.toDecimalString(2));
        return e.id;
    }
    void updateEntry(const ProgressEntry &before, const ProgressEntry &after, const AuditStamp &stamp) override
    {
        write(stamp);
        if (!m_state.entries.count(before.id))
            throw DomainError(QStringLiteral("fake: no entry %1").arg(before.id));
        m_state.entries[before.id] = after;
        audit(stamp, QStringLiteral("update"), QStringLiteral("entry"), QString::number(before.id),
              before.value.toDecimalString(2), after.value.toDecimalString(2));
    }
    void deleteEntry(const ProgressEntry &entry, const AuditStamp &stamp) override
    {
        write(stamp);
        m_state.entries.erase(entry.id);
        audit(stamp, QStringLiteral("delete"), QStringLiteral("entry"), QString::number(entry.id), {}, {});
    }
    ImportOutcome upsertEntries(std::span<const ProgressEntry> entries, const AuditStamp &stamp,
                                const QString &source) override
    {
        lastImportSource = source;
        ImportOutcome outcome;
        transaction([&] {
            for (const ProgressEntry &e : entries) {
                auto existing = std::find_if(m_state.entries.begin(), m_state.entries.end(), [&](const auto &kv) {
                    return !e.ref.isEmpty() && kv.second.ref == e.ref;
                });
                if (existing == m_state.entries.end()) {
                    ProgressEntry added = e;
                    added.id = 0; // imports always get new ids
                    insertEntry(added, stamp);
                    ++outcome.added;
                    continue;
                }
                ProgressEntry updated = e;
                updated.id = existing->first;
                if (updated == existing->second) {
                    ++outcome.unchanged;
                } else {
                    updateEntry(existing->second, updated, stamp);
                    ++outcome.updated;
                }
            }
        });
        return outcome;
    }
    ProgressEntry entry(EntryId id) override
    {
        const auto it = m_state.entries.find(id);
        if (it == m_state.entries.end())
            throw DomainError(QStringLiteral("There is no entry with id %1.").arg(id));
        return it->second;
    }
    std::vector<ProgressEntry> findEntries(const EntryFilter &filter) override
    {
        std::vector<ProgressEntry> out;
        for (const auto &[id, e] : m_state.entries) {
            if ((filter.from.isValid() && e.date < filter.from) || (filter.to.isValid() && e.date > filter.to))
                continue;
            if (filter.metric != 0 && e.metric != filter.metric)
                continue;
            out.push_back(e);
        }
        return out;
    }
    void scanFacts(MetricId metric, QDate from, QDate to, const std::function<void(const EntryFact &)> &sink) override
    {
        ++scans;
        for (const auto &[id, e] : m_state.entries) {
            if (e.metric != metric || e.date < from || e.date > to)
                continue;
            EntryFact f;
            f.day = std::int32_t(e.date.toJulianDay());
            f.person = std::int32_t(e.person);
            f.product = std::int32_t(e.product);
            f.region = std::int32_t(e.region);
            f.value = e.value.minor();
            sink(f);
        }
    }
    std::vector<CorrectiveAction> loadActions() override
    {
        std::vector<CorrectiveAction> out;
        for (const auto &[id, a] : m_state.actions)
            out.push_back(a);
        return out;
    }
    std::int64_t insertAction(const CorrectiveAction &action, const AuditStamp &stamp) override
    {
        write(stamp);
        CorrectiveAction a = action;
        if (a.id != 0) { // re-creating an action with a known id (undo of a delete)
            if (m_state.actions.count(a.id))
                throw DomainError(QStringLiteral("fake: action %1 in use").arg(a.id));
            m_state.nextActionId = std::max(m_state.nextActionId, a.id + 1);
        } else {
            a.id = m_state.nextActionId++;
        }
        if (!m_state.nodes.count(a.node))
            throw DomainError(QStringLiteral("fake: no node %1").arg(a.node));
        m_state.actions[a.id] = a;
        audit(stamp, QStringLiteral("insert"), QStringLiteral("action"), QString::number(a.id), {}, a.description);
        return a.id;
    }
    void updateAction(const CorrectiveAction &before, const CorrectiveAction &after, const AuditStamp &stamp) override
    {
        write(stamp);
        if (!m_state.actions.count(after.id))
            throw DomainError(QStringLiteral("fake: no action %1").arg(after.id));
        if (!m_state.nodes.count(after.node))
            throw DomainError(QStringLiteral("fake: no node %1").arg(after.node));
        m_state.actions[after.id] = after;
        audit(stamp, QStringLiteral("update"), QStringLiteral("action"), QString::number(after.id), before.description,
              after.description);
    }
    void deleteAction(const CorrectiveAction &action, const AuditStamp &stamp) override
    {
        write(stamp);
        if (m_state.actions.erase(action.id) == 0)
            throw DomainError(QStringLiteral("fake: no action %1").arg(action.id));
        audit(stamp, QStringLiteral("delete"), QStringLiteral("action"), QString::number(action.id),
              action.description, {});
    }
    std::vector<PeriodReview> loadReviews() override
    {
        std::vector<PeriodReview> out;
        for (const auto &[key, r] : m_state.reviews)
            out.push_back(r);
        return out;
    }
    void saveReview(const std::optional<PeriodReview> &before, const PeriodReview &after,
                    const AuditStamp &stamp) override
    {
        write(stamp);
        const auto key = std::make_tuple(after.node, after.metric, after.period);
        if (after.worked.isEmpty() && after.didNotWork.isEmpty())
            m_state.reviews.erase(key);
        else
            m_state.reviews[key] = after;
        audit(stamp, QStringLiteral("update"), QStringLiteral("review"),
              QStringLiteral("%1|%2|%3").arg(after.metric).arg(after.node).arg(after.period),
              before ? before->worked : QString(), after.worked);
    }

    std::vector<AuditRecord> auditLog(int limit) override
    {
        std::vector<AuditRecord> out(m_state.audit.rbegin(), m_state.audit.rend());
        if (limit > 0 && int(out.size()) > limit)
            out.resize(std::size_t(limit));
        return out;
    }

    int scans = 0;
    QString lastImportSource;

private:
    void write(const AuditStamp &stamp)
    {
        if (m_okWritesLeft == 0)
            throw WriteFailure();
        if (m_okWritesLeft > 0)
            --m_okWritesLeft;
        stamps.push_back(stamp);
    }
    void audit(const AuditStamp &stamp, const QString &action, const QString &entity, const QString &key,
               const QString &oldValue, const QString &newValue)
    {
        AuditRecord r;
        r.id = std::int64_t(m_state.audit.size()) + 1;
        r.at = stamp.at;
        r.user = stamp.user;
        r.action = action;
        r.entity = entity;
        r.key = key;
        r.oldValue = oldValue;
        r.newValue = newValue;
        r.reason = stamp.reason;
        m_state.audit.push_back(r);
    }

    State m_state;
    int m_depth = 0;
    int m_okWritesLeft = -1; // -1: never fail
    int m_committed = 0;
    int m_rolledBack = 0;
};

} // namespace st::test
