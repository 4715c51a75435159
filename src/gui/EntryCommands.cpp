#include "salestarget/gui/EntryCommands.h"

#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/PlanDocument.h"

#include <QCoreApplication>

namespace st {

namespace {

QString describe(const ProgressEntry &e)
{
    const Metric &metric = Metric::byId(e.metric);
    return QCoreApplication::translate("EntryCommands", "%1 %2 on %3")
        .arg(metric.name(), DisplayFormat::amount(e.value, metric, DisplayUnit::Yuan), e.date.toString(Qt::ISODate));
}

/// Re-creates `entry` asking for the id it has now (`aliases` resolve it) and remembers where it went.
ProgressEntry recreate(PlanDocument *document, ProgressEntry entry)
{
    EntryIdAliases *aliases = EntryIdAliases::of(document);
    const EntryId wanted = aliases->resolve(entry.id);
    entry.id = wanted;
    ProgressEntry stored = document->addEntry(entry);
    aliases->record(wanted, stored.id);
    return stored;
}

} // namespace

// --- EntryIdAliases ------------------------------------------------------------------------------

EntryIdAliases::EntryIdAliases(PlanDocument *document) : QObject(document)
{
    setObjectName(QStringLiteral("entryIdAliases"));
    connect(document, &PlanDocument::opened, this, [this] { m_next.clear(); });
}

EntryIdAliases *EntryIdAliases::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<EntryIdAliases *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new EntryIdAliases(document);
}

EntryId EntryIdAliases::resolve(EntryId id) const
{
    // Each re-creation adds one link; a fresh id is never an older one, so the chain ends.
    for (std::size_t hops = 0; hops <= m_next.size(); ++hops) {
        const auto it = m_next.find(id);
        if (it == m_next.end())
            break;
        id = it->second;
    }
    return id;
}

void EntryIdAliases::record(EntryId requested, EntryId stored)
{
    if (requested != 0 && stored != requested)
        m_next[requested] = stored;
}

// --- AddEntryCommand -----------------------------------------------------------------------------

AddEntryCommand::AddEntryCommand(PlanDocument *document, const ProgressEntry &entry, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("EntryCommands", "Add %1").arg(describe(entry)), parent),
      m_document(document), m_entry(entry)
{
    m_entry.id = 0;
}

EntryId AddEntryCommand::currentId() const
{
    return m_entry.id == 0 ? 0 : EntryIdAliases::of(m_document)->resolve(m_entry.id);
}

void AddEntryCommand::redo()
{
    const bool first = m_entry.id == 0;
    const bool ok = m_document->attempt([&] {
        if (first)
            m_entry = m_document->addEntry(m_entry); // keep the id, region default and who/when for later redos
        else
            recreate(m_document, m_entry);
    });
    if (!ok && first)
        setObsolete(true); // nothing was stored: QUndoStack drops the command
}

void AddEntryCommand::undo()
{
    m_document->attempt([&] { m_document->deleteEntry(currentId()); });
}

// --- EditEntryCommand ----------------------------------------------------------------------------

EditEntryCommand::EditEntryCommand(PlanDocument *document, const ProgressEntry &before, const ProgressEntry &after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(before), m_after(after)
{
    m_after.id = m_before.id;
}

void EditEntryCommand::redo()
{
    const bool ok = m_document->attempt([&] {
        ProgressEntry after = m_after;
        after.id = EntryIdAliases::of(m_document)->resolve(m_before.id);
        m_document->updateEntry(after);
    });
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void EditEntryCommand::undo()
{
    m_document->attempt([&] {
        ProgressEntry before = m_before;
        before.id = EntryIdAliases::of(m_document)->resolve(m_before.id);
        m_document->updateEntry(before);
    });
}

// --- DeleteEntryCommand --------------------------------------------------------------------------

DeleteEntryCommand::DeleteEntryCommand(PlanDocument *document, const ProgressEntry &entry, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("EntryCommands", "Delete %1").arg(describe(entry)), parent),
      m_document(document), m_entry(entry)
{
}

void DeleteEntryCommand::redo()
{
    const bool ok = m_document->attempt([&] { m_document->deleteEntry(EntryIdAliases::of(m_document)->resolve(m_entry.id)); });
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void DeleteEntryCommand::undo()
{
    m_document->attempt([&] { recreate(m_document, m_entry); });
}

} // namespace st
