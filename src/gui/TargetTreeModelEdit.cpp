// TargetTreeModel: editing cells, locking months and moving members by drag and drop. Every change
// is an undoable command pushed on the document; the views hear of it through the document's
// signals like of any other change.
#include "salestarget/gui/TargetTreeModel.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetChangesCommand.h"
#include "salestarget/gui/TreeEditCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace st {

bool TargetTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isTargetColumn(index.column())
        || m_shadow.empty())
        return false;
    const NodeId id = nodeId(index);
    const int column = index.column();
    const Period period = periodOf(column);
    Amount amount;
    std::vector<TargetChange> changes;
    try {
        amount = DisplayFormat::parseInput(value.toString(), *m_metric, unit());
        changes = m_document->service().planSetTarget(id, m_metric->id, period, amount);
    } catch (const DomainError &e) {
        Q_EMIT editRejected(tr("%1 · %2: %3").arg(nodeName(id), cellLabel(column), e.message()));
        return false;
    }
    if (changes.empty())
        return true; // the cell already holds that value
    // One key per cell, so that typing into the same cell again merges into one undo step.
    const QString mergeKey = QStringLiteral("%1|%2|%3").arg(m_metric->id).arg(id).arg(period.toString());
    const QString text =
        tr("Set %1 %2 to %3").arg(nodeName(id), cellLabel(column), DisplayFormat::amount(amount, *m_metric, unit()));
    return m_document->push(new TargetChangesCommand(m_document, std::move(changes), text, mergeKey));
}

bool TargetTreeModel::setLocked(const QModelIndex &cell, bool locked)
{
    if (!checkIndex(cell, CheckIndexOption::IndexIsValid) || !isTargetColumn(cell.column()) || m_shadow.empty())
        return false;
    const NodeId id = nodeId(cell);
    const TargetBook &book = m_document->service().targets();
    std::vector<TargetChange> changes;
    for (Month m : periodOf(cell.column()).months()) {
        const TargetCell before = book.cell(m_metric->id, id, m);
        if (before.locked != locked)
            changes.push_back({m_metric->id, id, m, before, {before.value, locked}});
    }
    if (changes.empty())
        return false;
    const QString text = locked ? tr("Lock %1 %2").arg(nodeName(id), cellLabel(cell.column()))
                                : tr("Unlock %1 %2").arg(nodeName(id), cellLabel(cell.column()));
    return m_document->push(new TargetChangesCommand(m_document, std::move(changes), text));
}

// --- drag and drop ------------------------------------------------------------------------------

Qt::DropActions TargetTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TargetTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TargetTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kNodeMimeType)};
}

QMimeData *TargetTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One member moves at a time: the first dragged row that is not the whole company.
    for (const QModelIndex &index : indexes) {
        const NodeId id = nodeId(index);
        if (id == 0 || id == kRootId || !shadowOf(id))
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << qint32(m_dimension) << qint64(id);
        auto *data = new QMimeData;
        data->setData(QString::fromLatin1(kNodeMimeType), bytes);
        return data;
    }
    return nullptr;
}

std::optional<TargetTreeModel::Drop> TargetTreeModel::dropFor(const QMimeData *data, Qt::DropAction action, int row,
                                                              const QModelIndex &parent) const
{
    const QString type = QString::fromLatin1(kNodeMimeType);
    if (!data || action != Qt::MoveAction || !data->hasFormat(type) || !parent.isValid() || m_shadow.empty())
        return std::nullopt; // nothing goes beside the whole company
    QDataStream in(data->data(type));
    qint32 dimension = -1;
    qint64 id = 0;
    in >> dimension >> id;
    if (in.status() != QDataStream::Ok || dimension != qint32(m_dimension) || id == kRootId)
        return std::nullopt;
    const Shadow *moving = shadowOf(id);
    const NodeId target = nodeId(parent);
    const Shadow *into = shadowOf(target);
    if (!moving || !into || into->person) // a person has no members under it
        return std::nullopt;
    for (NodeId above = target; above != 0; above = m_shadow.at(above).parent) {
        if (above == id) // not into its own subtree
            return std::nullopt;
    }
    if (moving->parent != target) {
        for (NodeId sibling : into->children) {
            if (m_shadow.at(sibling).name == moving->name) // names are unique among siblings
                return std::nullopt;
        }
    }
    // `row` counts the rows before the move; the member leaves its old row before it is inserted.
    int position = row < 0 || row > int(into->children.size()) ? -1 : row;
    if (moving->parent == target) {
        if (position > moving->row)
            --position;
        const int last = int(into->children.size()) - 1;
        if ((position < 0 ? last : position) == moving->row)
            return std::nullopt; // dropped where it is
    }
    return Drop{id, target, position};
}

bool TargetTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent) const
{
    return dropFor(data, action, row, parent).has_value();
}

bool TargetTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const auto drop = dropFor(data, action, row, parent);
    if (!drop)
        return false;
    return m_document->push(TreeEditCommand::moveNode(m_document, m_dimension, drop->node, drop->parent, drop->position));
}

} // namespace st
