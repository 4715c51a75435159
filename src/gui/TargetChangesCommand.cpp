#include "salestarget/gui/TargetChangesCommand.h"

#include "salestarget/gui/PlanDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

namespace {
constexpr int kCellEditId = 0x5354; // commands editing one cell merge with each other
}

TargetChangesCommand::TargetChangesCommand(PlanDocument *document, std::vector<TargetChange> changes,
                                           const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes)), m_mergeKey(mergeKey)
{
}

void TargetChangesCommand::redo()
{
    if (!m_document->attempt([&] { m_document->applyTargetChanges(m_changes, false, text()); }))
        setObsolete(true); // nothing was written: QUndoStack drops the command
}

void TargetChangesCommand::undo()
{
    m_document->attempt([&] { m_document->applyTargetChanges(m_changes, true, QCoreApplication::translate("TargetChangesCommand", "undo: %1").arg(text())); });
}

int TargetChangesCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kCellEditId;
}

bool TargetChangesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TargetChangesCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    // Keep each cell's first `before` and take the latest `after`.
    for (const TargetChange &c : next->m_changes) {
        auto it = std::find_if(m_changes.begin(), m_changes.end(), [&](const TargetChange &mine) {
            return mine.metric == c.metric && mine.node == c.node && mine.month == c.month;
        });
        if (it == m_changes.end())
            m_changes.push_back(c);
        else
            it->after = c.after;
    }
    return true;
}

} // namespace st
