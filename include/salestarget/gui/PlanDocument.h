#pragma once

#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanService.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace st {

class SqliteRepository;

/// The open plan-set file as the GUI sees it: the repository, the PlanService over it, the undo
/// stack, and signals that tell views what changed so they update just that. Every change made
/// through the GUI goes through here (usually from a QUndoCommand), so the signals are complete.
class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    using Clock = std::function<QDateTime()>;

    /// `clock` stamps audit rows and gives "today"; tests inject a fixed one.
    explicit PlanDocument(Clock clock = {}, QObject *parent = nullptr);
    ~PlanDocument() override;

    /// Opens (creating when missing) the file at `path`; on first creation of a brand-new file
    /// with `demoIfNew` the demo plan is loaded. Throws DomainError and keeps the current file open.
    void open(const QString &path, bool demoIfNew = false);
    bool isOpen() const { return m_service != nullptr; }
    QString path() const { return m_path; }
    /// The day the clock says it is (the default as-of date).
    QDate today() const;
    /// The moment the clock says it is (e.g. the "generated at" of a summary).
    QDateTime now() const { return m_clock(); }
    QString user() const;

    PlanService &service() { return *m_service; }
    const PlanService &service() const { return *m_service; }
    QUndoStack *undoStack() const { return m_undo; }

    /// Writes a consistent copy of the open plan set to `path` (which must not exist yet).
    void saveCopyAs(const QString &path);

    /// Pushes `command` on the undo stack (running its redo()); false when it failed, in which case
    /// failed() was emitted and nothing changed.
    bool push(QUndoCommand *command);
    /// Runs `work`; a DomainError is reported through failed() instead of escaping. False on failure.
    bool attempt(const std::function<void()> &work);

    /// Writes target changes and applies them (redo); `reverse` applies their `before` side (undo).
    void applyTargetChanges(const std::vector<TargetChange> &changes, bool reverse, const QString &reason = {});
    /// Saves new settings; emits settingsChanged().
    void saveSettings(const PlanSettings &settings);
    /// Runs a structural change of tree `d` (add, rename, move, delete) and emits treeChanged(d).
    void changeTree(Dimension d, const std::function<void(PlanService &)> &change);
    /// Runs a change of progress entries and emits entriesChanged().
    void changeEntries(const std::function<void(PlanService &)> &change);
    /// Runs a change of corrective actions or period reviews and emits trackingChanged().
    void changeTracking(const std::function<void(PlanService &)> &change);
    /// The facts of `metric` in memory (loaded on first use, kept current as entries change), for
    /// pages that recompute figures often (dashboard, my progress).
    const FactCache &facts(MetricId metric);

    /// Validates and stores one entry (an entry with a non-zero id re-creates that id: undo of a
    /// delete); emits entryChanged(nullopt, stored). Returns the stored entry.
    ProgressEntry addEntry(const ProgressEntry &entry);
    /// Replaces entry `after.id`; emits entryChanged(before, after).
    ProgressEntry updateEntry(const ProgressEntry &after);
    /// Deletes entry `id`; emits entryChanged(before, nullopt). Returns what was deleted.
    ProgressEntry deleteEntry(EntryId id);

Q_SIGNALS:
    /// An action was refused or failed; `message` says why (nothing was changed).
    void failed(const QString &message);
    /// A (different) file was opened: everything must be re-read.
    void opened();
    void targetsChanged(const std::vector<st::TargetChange> &changes);
    void treeChanged(st::Dimension dimension);
    void settingsChanged();
    /// Corrective actions or period reviews changed.
    void trackingChanged();
    /// Many entries changed (an import): views reload what they show.
    void entriesChanged();
    /// One entry was added (no `before`), edited, or deleted (no `after`): views update just that.
    void entryChanged(const std::optional<st::ProgressEntry> &before, const std::optional<st::ProgressEntry> &after);

private:
    void updateFacts(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after);

    Clock m_clock;
    QString m_path;
    std::unique_ptr<SqliteRepository> m_repository;
    std::unique_ptr<PlanService> m_service;
    QUndoStack *m_undo = nullptr;
    int m_failures = 0;
    std::map<MetricId, FactCache> m_facts;
};

} // namespace st
