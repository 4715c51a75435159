#include "salestarget/gui/PlanDocument.h"

#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace st {

PlanDocument::PlanDocument(Clock clock, QObject *parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); })),
      m_undo(new QUndoStack(this))
{
}

PlanDocument::~PlanDocument() = default;

QDate PlanDocument::today() const
{
    return m_clock().date();
}

QString PlanDocument::user() const
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("user") : u;
}

void PlanDocument::open(const QString &path, bool demoIfNew)
{
    const bool isNew = !QFileInfo::exists(path);
    const QFileInfo info(path);
    if (isNew && !QDir().mkpath(info.absolutePath()))
        throw DomainError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    auto repository = SqliteRepository::open(path);
    auto service = std::make_unique<PlanService>(*repository, [clock = m_clock] { return clock().toUTC(); }, user());
    service->load();
    if (isNew && demoIfNew)
        DemoPlan::populate(*service, today());
    m_undo->clear();
    m_facts.clear();
    m_service = std::move(service);
    m_repository = std::move(repository);
    m_path = path;
    Q_EMIT opened();
}

void PlanDocument::saveCopyAs(const QString &path)
{
    m_repository->saveCopyAs(path);
}

bool PlanDocument::push(QUndoCommand *command)
{
    const int before = m_failures;
    m_undo->push(command);
    return m_failures == before;
}

bool PlanDocument::attempt(const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const DomainError &e) {
        ++m_failures;
        Q_EMIT failed(e.message());
    } catch (const std::exception &e) {
        ++m_failures;
        Q_EMIT failed(QString::fromLocal8Bit(e.what()));
    }
    return false;
}

void PlanDocument::applyTargetChanges(const std::vector<TargetChange> &changes, bool reverse, const QString &reason)
{
    std::vector<TargetRecord> cells;
    cells.reserve(changes.size());
    for (const TargetChange &c : changes)
        cells.push_back({c.metric, c.node, c.month, reverse ? c.before : c.after});
    m_service->setCells(cells, reason);
    Q_EMIT targetsChanged(changes);
}

void PlanDocument::saveSettings(const PlanSettings &settings)
{
    m_service->saveSettings(settings);
    Q_EMIT settingsChanged();
}

void PlanDocument::changeTree(Dimension d, const std::function<void(PlanService &)> &change)
{
    try {
        change(*m_service);
    } catch (...) {
        Q_EMIT treeChanged(d); // a partial change was rolled back and re-read: let views resync
        throw;
    }
    Q_EMIT treeChanged(d);
}

void PlanDocument::changeEntries(const std::function<void(PlanService &)> &change)
{
    try {
        change(*m_service);
    } catch (...) {
        m_facts.clear();
        throw;
    }
    m_facts.clear(); // reloaded on next use
    Q_EMIT entriesChanged();
}

void PlanDocument::changeTracking(const std::function<void(PlanService &)> &change)
{
    change(*m_service);
    Q_EMIT trackingChanged();
}

const FactCache &PlanDocument::facts(MetricId metric)
{
    FactCache &cache = m_facts[metric];
    if (!cache.isLoaded())
        cache.load(m_service->repository(), metric);
    return cache;
}

void PlanDocument::updateFacts(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after)
{
    if (before) {
        if (auto it = m_facts.find(before->metric); it != m_facts.end() && it->second.isLoaded())
            it->second.remove(FactCache::factOf(*before));
    }
    if (after) {
        if (auto it = m_facts.find(after->metric); it != m_facts.end() && it->second.isLoaded())
            it->second.add(FactCache::factOf(*after));
    }
}

ProgressEntry PlanDocument::addEntry(const ProgressEntry &entry)
{
    const EntryId id = m_service->addEntry(entry);
    ProgressEntry stored = m_service->repository().entry(id);
    updateFacts(std::nullopt, stored);
    Q_EMIT entryChanged(std::nullopt, stored);
    return stored;
}

ProgressEntry PlanDocument::updateEntry(const ProgressEntry &after)
{
    const ProgressEntry before = m_service->repository().entry(after.id);
    m_service->updateEntry(after);
    ProgressEntry stored = m_service->repository().entry(after.id);
    updateFacts(before, stored);
    Q_EMIT entryChanged(before, stored);
    return stored;
}

ProgressEntry PlanDocument::deleteEntry(EntryId id)
{
    const ProgressEntry before = m_service->repository().entry(id);
    m_service->deleteEntry(id);
    updateFacts(before, std::nullopt);
    Q_EMIT entryChanged(before, std::nullopt);
    return before;
}

} // namespace st
