#include "salestarget/gui/DashboardModel.h"

#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QBrush>
#include <QFont>

namespace st {

namespace {
// Report rows are stored in the internal id shifted by one, so that 0 never means "a row".
quintptr idOf(int reportRow) { return quintptr(reportRow) + 1; }
int rowOfId(quintptr id) { return int(id) - 1; }
}

DashboardModel::DashboardModel(PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_options(options)
{
    connect(document, &PlanDocument::opened, this, &DashboardModel::rebuild);
    connect(document, &PlanDocument::targetsChanged, this, &DashboardModel::rebuild);
    connect(document, &PlanDocument::treeChanged, this, &DashboardModel::rebuild);
    connect(document, &PlanDocument::settingsChanged, this, &DashboardModel::rebuild);
    connect(document, &PlanDocument::entriesChanged, this, &DashboardModel::rebuild);
    connect(document, &PlanDocument::entryChanged, this, &DashboardModel::onEntryChanged);
    connect(options, &ViewOptions::displayUnitChanged, this, &DashboardModel::allValuesChanged);
}

DashboardModel::~DashboardModel() = default;

void DashboardModel::setSelection(Dimension dimension, MetricId metric, const Period &period, QDate asOf)
{
    m_dimension = dimension;
    m_metric = metric;
    m_period = period;
    m_asOf = asOf;
    rebuild();
}

void DashboardModel::rebuild()
{
    beginResetModel();
    m_report.reset();
    if (m_document->isOpen() && m_period.isValid() && m_asOf.isValid()) {
        PlanService &service = m_document->service();
        m_report = service.report(m_dimension, m_document->facts(m_metric), m_period, m_asOf);
    }
    layoutRows();
    endResetModel();
    Q_EMIT figuresChanged();
}

void DashboardModel::layoutRows()
{
    m_children.clear();
    m_rowInParent.clear();
    if (!m_report)
        return;
    const auto &rows = m_report->rows();
    m_children.assign(rows.size(), {});
    m_rowInParent.assign(rows.size(), 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int parent = rows[r].parentRow;
        if (parent >= 0) {
            m_rowInParent[r] = int(m_children[std::size_t(parent)].size());
            m_children[std::size_t(parent)].push_back(int(r));
        }
    }
}

void DashboardModel::onEntryChanged(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after)
{
    if (!m_report)
        return;
    const std::size_t rowsBefore = m_report->rows().size();
    std::vector<int> changed;
    if (before && before->metric == m_metric) {
        const auto rows = m_report->applyFact(FactCache::factOf(*before), -1);
        changed.insert(changed.end(), rows.begin(), rows.end());
    }
    if (after && after->metric == m_metric) {
        const auto rows = m_report->applyFact(FactCache::factOf(*after), +1);
        changed.insert(changed.end(), rows.begin(), rows.end());
    }
    if (changed.empty())
        return;
    if (m_report->rows().size() != rowsBefore) {
        // The "(unassigned)" bucket appeared: a rare structural change, so re-read everything.
        beginResetModel();
        layoutRows();
        endResetModel();
    } else {
        for (int r : changed)
            Q_EMIT dataChanged(indexOfRow(r, Actual), indexOfRow(r, RequiredDaily),
                               {Qt::DisplayRole, RawValueRole, StatusRole, Qt::ForegroundRole, Qt::ToolTipRole});
    }
    Q_EMIT figuresChanged();
}

void DashboardModel::allValuesChanged()
{
    if (!m_report)
        return;
    // One signal per group of siblings: the texts of every amount change with the unit.
    Q_EMIT dataChanged(indexOfRow(0, Target), indexOfRow(0, ColumnCount - 1), {Qt::DisplayRole});
    for (const auto &kids : m_children) {
        if (!kids.empty())
            Q_EMIT dataChanged(indexOfRow(kids.front(), Target), indexOfRow(kids.back(), ColumnCount - 1), {Qt::DisplayRole});
    }
}

int DashboardModel::reportRow(const QModelIndex &index) const
{
    return index.isValid() ? rowOfId(index.internalId()) : -1;
}

QModelIndex DashboardModel::indexOfRow(int reportRow, int column) const
{
    if (!m_report || reportRow < 0 || reportRow >= int(m_report->rows().size()))
        return {};
    return createIndex(reportRow == 0 ? 0 : m_rowInParent[std::size_t(reportRow)], column, idOf(reportRow));
}

QModelIndex DashboardModel::indexOfNode(NodeId node, int column) const
{
    return m_report ? indexOfRow(m_report->rowOf(node), column) : QModelIndex();
}

NodeId DashboardModel::nodeId(const QModelIndex &index) const
{
    const int r = reportRow(index);
    return r < 0 ? 0 : m_report->rows()[std::size_t(r)].id;
}

QModelIndex DashboardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, idOf(0));
    return createIndex(row, column, idOf(m_children[std::size_t(reportRow(parent))][std::size_t(row)]));
}

QModelIndex DashboardModel::parent(const QModelIndex &child) const
{
    const int r = reportRow(child);
    if (r <= 0)
        return {};
    return indexOfRow(m_report->rows()[std::size_t(r)].parentRow);
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    if (!m_report || m_report->rows().empty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_children[std::size_t(reportRow(parent))].size());
}

int DashboardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    const int r = reportRow(index);
    if (r < 0)
        return {};
    const ReportRow &row = m_report->rows()[std::size_t(r)];
    const Figures &f = row.figures;
    const Metric &metric = Metric::byId(m_metric);
    const DisplayUnit unit = m_options->displayUnit();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return row.name;
        case Target: return DisplayFormat::amount(f.target, metric, unit);
        case Actual: return DisplayFormat::amount(f.actual, metric, unit);
        case Achievement: return DisplayFormat::percent(f.achievement);
        case Gap: return DisplayFormat::amount(f.gap, metric, unit);
        case Expected: return DisplayFormat::amount(f.expected, metric, unit);
        case Pace: return DisplayFormat::percent(f.pace);
        case Status: return DisplayFormat::statusText(f.status);
        case RequiredDaily: return f.requiredDaily ? DisplayFormat::amount(*f.requiredDaily, metric, unit) : QStringLiteral("\u2013");
        }
        break;
    case RawValueRole:
        switch (column) {
        case Name: return row.name;
        case Target: return qint64(f.target.minor());
        case Actual: return qint64(f.actual.minor());
        case Achievement: return f.achievement ? QVariant(*f.achievement) : QVariant(-1.0);
        case Gap: return qint64(f.gap.minor());
        case Expected: return qint64(f.expected.minor());
        case Pace: return f.pace ? QVariant(*f.pace) : QVariant(-1.0);
        case Status: return int(f.status);
        case RequiredDaily: return f.requiredDaily ? qint64(f.requiredDaily->minor()) : qint64(-1);
        }
        break;
    case StatusRole:
        return int(f.status);
    case NodeIdRole:
        return qint64(row.id);
    case Qt::TextAlignmentRole:
        return column == Name || column == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status || column == Pace)
            return QBrush(DisplayFormat::statusColor(f.status));
        if (column == Gap && f.gap.minor() < 0)
            return QBrush(DisplayFormat::statusColor(st::Status::Ahead));
        break;
    case Qt::BackgroundRole:
        if (column == Status) // a badge: tinted cell, symbol and word (never colour alone)
            return QBrush(DisplayFormat::statusBackground(f.status));
        break;
    case Qt::FontRole:
        if (row.depth == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Name)
            return row.unassigned ? tr("Entries that name no member of this tree") : row.path;
        if (column == Pace || column == Status)
            return tr("Pace = actual / expected to date. Lagging below %1, ahead above %2.")
                .arg(DisplayFormat::percent(m_document->service().settings().laggingBelowBp / 10000.0),
                     DisplayFormat::percent(m_document->service().settings().aheadAboveBp / 10000.0));
        if (column == RequiredDaily)
            return tr("What is needed on each remaining working day to reach the target");
        break;
    default:
        break;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name || section == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return dimensionName(m_dimension);
    case Target: return tr("Target");
    case Actual: return tr("Actual");
    case Achievement: return tr("Achieved");
    case Gap: return tr("Gap");
    case Expected: return tr("Expected to date");
    case Pace: return tr("Pace");
    case Status: return tr("Status");
    case RequiredDaily: return tr("Needed per day");
    }
    return {};
}

} // namespace st
