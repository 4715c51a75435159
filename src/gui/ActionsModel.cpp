#include "salestarget/gui/ActionsModel.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/PlanDocument.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace st {

ActionsModel::ActionsModel(PlanDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::trackingChanged, this, &ActionsModel::reload);
    connect(document, &PlanDocument::opened, this, [this] { setMember(0, 0); });
    connect(document, &PlanDocument::treeChanged, this, &ActionsModel::reload); // a deleted member takes its actions along
}

std::vector<CorrectiveAction> ActionsModel::actionsFor(const std::vector<CorrectiveAction> &all, NodeId node, MetricId metric)
{
    std::vector<CorrectiveAction> out;
    for (const CorrectiveAction &a : all) {
        if (a.node == node && (a.metric == 0 || a.metric == metric))
            out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const CorrectiveAction &a, const CorrectiveAction &b) {
        if (a.status != b.status)
            return a.status == ActionStatus::Open;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid(); // dated before undated
        return a.due < b.due;
    });
    return out;
}

void ActionsModel::setMember(NodeId node, MetricId metric)
{
    m_node = node;
    m_metric = metric;
    reload();
}

void ActionsModel::reload()
{
    beginResetModel();
    m_actions.clear();
    if (m_document->isOpen() && m_node != 0)
        m_actions = actionsFor(m_document->service().actions(), m_node, m_metric);
    endResetModel();
}

QString ActionsModel::statusText(ActionStatus status)
{
    return status == ActionStatus::Done ? tr("✔ Done") : tr("○ Open");
}

QString ActionsModel::reasonText(const CorrectiveAction &action)
{
    QString category;
    switch (action.reasonCategory) {
    case ReasonCategory::Internal: category = tr("Internal"); break;
    case ReasonCategory::External: category = tr("External"); break;
    case ReasonCategory::None: break;
    }
    if (category.isEmpty())
        return action.reasonNote;
    return action.reasonNote.isEmpty() ? category : tr("%1: %2").arg(category, action.reasonNote);
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_actions.size()))
        return {};
    const CorrectiveAction &a = m_actions[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Description: return a.description;
        case Owner: return a.owner;
        case Due: return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        case Effect: return a.expectedEffect;
        case State: return statusText(a.status);
        case Reason: return reasonText(a);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due && a.status == ActionStatus::Open && a.due.isValid() &&
        a.due < m_document->today())
        return QBrush(QColor(0xc6, 0x28, 0x28)); // overdue (the date says it too)
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Corrective action");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Effect: return tr("Expected effect");
    case State: return tr("Status");
    case Reason: return tr("Variance reason");
    }
    return {};
}

} // namespace st
