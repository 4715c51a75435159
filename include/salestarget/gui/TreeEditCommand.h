#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Node.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace st {

class PlanDocument;
class PlanService;

/// An undoable structural edit of one tree (add, rename, move, delete a member). The work is given
/// as two functions over the PlanService that capture only stable node ids and values.
class TreeEditCommand final : public QUndoCommand
{
public:
    using Work = std::function<void(PlanService &)>;

    TreeEditCommand(PlanDocument *document, Dimension dimension, const QString &text, Work redo, Work undo);

    void redo() override;
    void undo() override;

    /// Adds `name` under `parent`; redo after undo re-creates it with the same id.
    static TreeEditCommand *addNode(PlanDocument *document, Dimension d, NodeId parent, const QString &name,
                                    bool person = false, NodeId homeRegion = 0);
    static TreeEditCommand *renameNode(PlanDocument *document, Dimension d, NodeId id, const QString &name);
    /// Moves `id` under `newParent` at `position` (-1: last).
    static TreeEditCommand *moveNode(PlanDocument *document, Dimension d, NodeId id, NodeId newParent, int position);
    /// Deletes `id` with its subtree and their targets; undo restores nodes (same ids) and targets.
    static TreeEditCommand *deleteNode(PlanDocument *document, Dimension d, NodeId id);

private:
    PlanDocument *m_document;
    Dimension m_dimension;
    Work m_redo;
    Work m_undo;
};

} // namespace st
