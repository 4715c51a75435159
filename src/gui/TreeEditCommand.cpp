#include "salestarget/gui/TreeEditCommand.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/PlanDocument.h"

#include <QCoreApplication>

#include <memory>

namespace st {

TreeEditCommand::TreeEditCommand(PlanDocument *document, Dimension dimension, const QString &text, Work redo, Work undo)
    : QUndoCommand(text), m_document(document), m_dimension(dimension), m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void TreeEditCommand::redo()
{
    if (!m_document->attempt([&] { m_document->changeTree(m_dimension, m_redo); }))
        setObsolete(true);
}

void TreeEditCommand::undo()
{
    m_document->attempt([&] { m_document->changeTree(m_dimension, m_undo); });
}

TreeEditCommand *TreeEditCommand::addNode(PlanDocument *document, Dimension d, NodeId parent, const QString &name,
                                          bool person, NodeId homeRegion)
{
    auto id = std::make_shared<NodeId>(0);
    return new TreeEditCommand(
        document, d, QCoreApplication::translate("TreeEditCommand", "Add \"%1\"").arg(name),
        [=](PlanService &s) { *id = s.addNode(d, parent, name, person, homeRegion, *id); },
        [=](PlanService &s) { s.deleteNode(d, *id, true); });
}

TreeEditCommand *TreeEditCommand::renameNode(PlanDocument *document, Dimension d, NodeId id, const QString &name)
{
    const QString old = document->service().tree(d).node(id).name;
    return new TreeEditCommand(
        document, d, QCoreApplication::translate("TreeEditCommand", "Rename \"%1\" to \"%2\"").arg(old, name),
        [=](PlanService &s) { s.renameNode(d, id, name); }, [=](PlanService &s) { s.renameNode(d, id, old); });
}

TreeEditCommand *TreeEditCommand::moveNode(PlanDocument *document, Dimension d, NodeId id, NodeId newParent, int position)
{
    const Tree &t = document->service().tree(d);
    const NodeId oldParent = t.node(id).parent;
    const int oldPosition = t.node(id).sortOrder;
    return new TreeEditCommand(
        document, d, QCoreApplication::translate("TreeEditCommand", "Move \"%1\"").arg(t.node(id).name),
        [=](PlanService &s) { s.moveNode(d, id, newParent, position); },
        [=](PlanService &s) { s.moveNode(d, id, oldParent, oldPosition); });
}

TreeEditCommand *TreeEditCommand::deleteNode(PlanDocument *document, Dimension d, NodeId id)
{
    const DeletedMembers deleted = document->service().deletionOf(d, id);
    return new TreeEditCommand(
        document, d, QCoreApplication::translate("TreeEditCommand", "Delete \"%1\"").arg(deleted.nodes.front().name),
        [=](PlanService &s) { s.deleteNode(d, id, true); }, [=](PlanService &s) { s.restoreNodes(deleted); });
}

} // namespace st
