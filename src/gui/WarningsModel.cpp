#include "salestarget/gui/WarningsModel.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/ActionsModel.h"
#include "salestarget/gui/DashboardModel.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QBrush>

#include <algorithm>

namespace st {

WarningsModel::WarningsModel(DashboardModel *dashboard, PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractTableModel(parent), m_dashboard(dashboard), m_document(document), m_options(options)
{
    connect(document, &PlanDocument::trackingChanged, this, &WarningsModel::refresh);
    connect(dashboard, &DashboardModel::figuresChanged, this, &WarningsModel::refresh);
    connect(options, &ViewOptions::displayUnitChanged, this, &WarningsModel::refresh);
    refresh();
}

void WarningsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (const Report *report = m_dashboard->report()) {
        const auto &rows = report->rows();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].figures.status == Status::Lagging)
                m_rows.push_back(int(r));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&rows](int a, int b) {
            return rows[std::size_t(a)].figures.gap > rows[std::size_t(b)].figures.gap;
        });
    }
    endResetModel();
}

QString WarningsModel::actionsText(NodeId node, bool full) const
{
    if (node == 0)
        return {};
    const auto actions = ActionsModel::actionsFor(m_document->service().actions(), node, m_dashboard->metric());
    if (actions.empty())
        return tr("no corrective action yet");
    QStringList parts;
    for (const CorrectiveAction &a : actions) {
        QString text = ActionsModel::statusText(a.status) + u' ' + a.description;
        QStringList who;
        if (!a.owner.isEmpty())
            who << a.owner;
        if (a.due.isValid())
            who << a.due.toString(Qt::ISODate);
        if (!who.isEmpty())
            text += QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", ")));
        const QString reason = ActionsModel::reasonText(a);
        if (!reason.isEmpty())
            text += QStringLiteral(" · ") + reason;
        parts << text;
        if (!full)
            break;
    }
    if (!full && actions.size() > 1)
        parts.front() += tr(" (+%1 more)").arg(actions.size() - 1);
    return parts.join(u'\n');
}

NodeId WarningsModel::nodeAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_dashboard->report()->rows()[std::size_t(m_rows[std::size_t(row)])].id;
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ReportRow &row = m_dashboard->report()->rows()[std::size_t(m_rows[std::size_t(index.row())])];
    const Figures &f = row.figures;
    const Metric &metric = Metric::byId(m_dashboard->metric());
    const DisplayUnit unit = m_options->displayUnit();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Member: { // "▼ 赵磊 · 华南组": the name first, its parent for context (the whole path in the tooltip)
            const auto &rows = m_dashboard->report()->rows();
            const bool underRoot = row.parentRow <= 0;
            return statusSymbol(f.status) + u' ' + row.name +
                   (underRoot ? QString() : QStringLiteral(" · ") + rows[std::size_t(row.parentRow)].name);
        }
        case Gap: return DisplayFormat::amount(f.gap, metric, unit);
        case RequiredDaily: return f.requiredDaily ? DisplayFormat::amount(*f.requiredDaily, metric, unit) : QStringLiteral("\u2013");
        case Pace: return DisplayFormat::percent(f.pace);
        case Actions: return actionsText(row.id);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Member)
            return row.path;
        if (index.column() == Actions)
            return actionsText(row.id, true);
        break;
    case RawValueRole:
        switch (index.column()) {
        case Member: return row.path;
        case Gap: return qint64(f.gap.minor());
        case RequiredDaily: return f.requiredDaily ? qint64(f.requiredDaily->minor()) : qint64(-1);
        case Pace: return f.pace.value_or(-1.0);
        case Actions: return actionsText(row.id);
        }
        break;
    case NodeIdRole:
        return qint64(row.id);
    case StatusRole:
        return int(f.status);
    case Qt::ForegroundRole:
        if (index.column() == Member || index.column() == Pace)
            return QBrush(DisplayFormat::statusColor(f.status));
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Member || index.column() == Actions ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant WarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Member: return tr("Lagging member");
    case Gap: return tr("Gap");
    case RequiredDaily: return tr("Needed per day");
    case Pace: return tr("Pace");
    case Actions: return tr("Actions · reason");
    }
    return {};
}

} // namespace st
