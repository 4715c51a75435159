#pragma once

#include "salestarget/domain/TargetBook.h"

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace st {

class PlanDocument;

/// One user action on targets (typing a value, a whole distribution, a lock) as an undoable step.
/// It keeps the target cells it changes by (metric, node, month) — never indexes or pointers — and
/// their values before and after. Repeated edits of the same cell merge into one step.
class TargetChangesCommand final : public QUndoCommand
{
public:
    /// `mergeKey` non-empty: consecutive commands with the same key merge (typing into one cell).
    TargetChangesCommand(PlanDocument *document, std::vector<TargetChange> changes, const QString &text,
                         const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const std::vector<TargetChange> &changes() const { return m_changes; }

private:
    PlanDocument *m_document;
    std::vector<TargetChange> m_changes;
    QString m_mergeKey;
};

} // namespace st
