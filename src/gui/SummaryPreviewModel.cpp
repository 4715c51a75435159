#include "salestarget/gui/SummaryPreviewModel.h"

#include "salestarget/gui/ModelRoles.h"

#include <QFont>
#include <QStringList>

namespace st {

namespace {

using Kind = SummaryColumns::Kind;
using Group = SummaryColumns::Group;

/// The short period tag over a column title: Week, MTD, QTD, YTD.
QString groupTag(Group group)
{
    switch (group) {
    case Group::Week: return SummaryPreviewModel::tr("Week");
    case Group::Month: return SummaryPreviewModel::tr("MTD");
    case Group::Quarter: return SummaryPreviewModel::tr("QTD");
    case Group::Year: return SummaryPreviewModel::tr("YTD");
    case Group::Action:
    case Group::None: break;
    }
    return {};
}

} // namespace

SummaryPreviewModel::SummaryPreviewModel(QObject *parent)
    : QAbstractTableModel(parent), m_columns(SummaryColumns::table())
{
}

SummaryPreviewModel::~SummaryPreviewModel() = default;

void SummaryPreviewModel::setSummary(std::shared_ptr<const WeeklySummary> summary, int section)
{
    beginResetModel();
    m_summary = std::move(summary);
    m_section = section;
    endResetModel();
}

void SummaryPreviewModel::setDisplayUnit(DisplayUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

const SummarySection *SummaryPreviewModel::section() const
{
    if (!m_summary || m_section < 0 || std::size_t(m_section) >= m_summary->sections.size())
        return nullptr;
    return &m_summary->sections[std::size_t(m_section)];
}

int SummaryPreviewModel::rowOf(NodeId node) const
{
    const SummarySection *s = section();
    if (!s)
        return -1;
    for (std::size_t i = 0; i < s->rows.size(); ++i) {
        if (s->rows[i].id == node)
            return int(i);
    }
    return -1;
}

const LaggingNode *SummaryPreviewModel::laggingNode(int row) const
{
    const SummarySection *s = section();
    if (!s)
        return nullptr;
    for (const LaggingNode &node : s->lagging) {
        if (node.row == row)
            return &node;
    }
    return nullptr;
}

QString SummaryPreviewModel::actionsToolTip(const LaggingNode &node)
{
    QStringList lines{tr("Corrective actions:")};
    if (node.actions.empty())
        lines << SummaryColumns::noActionText();
    for (const CorrectiveAction &a : node.actions)
        lines << QStringLiteral("• ") + SummaryColumns::actionLine(a);
    return lines.join(u'\n');
}

const SummaryRow &SummaryPreviewModel::summaryRow(int row) const
{
    return section()->rows.at(std::size_t(row));
}

int SummaryPreviewModel::rowCount(const QModelIndex &parent) const
{
    const SummarySection *s = section();
    return parent.isValid() || !s ? 0 : int(s->rows.size());
}

int SummaryPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString SummaryPreviewModel::displayText(const SummaryColumns::Cell &cell) const
{
    const Metric &metric = m_summary->metricInfo();
    switch (cell.kind) {
    case Kind::Amount:
        if (!cell.amount)
            return {};
        return cell.isSigned ? DisplayFormat::signedAmount(*cell.amount, metric, m_unit)
                             : DisplayFormat::amount(*cell.amount, metric, m_unit);
    case Kind::Ratio: {
        const QString text = DisplayFormat::percent(cell.ratio);
        return cell.isSigned && cell.ratio && *cell.ratio > 0 ? u'+' + text : text;
    }
    case Kind::Status:
        return DisplayFormat::statusText(cell.status);
    case Kind::Name:
        // Indented by level, as in the exported tables.
        return QString(cell.depth * 4, QChar(0x00A0)) + cell.text;
    case Kind::Path:
    case Kind::Text:
    case Kind::LongText:
        break;
    }
    return cell.text;
}

QVariant SummaryPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryRow &row = section()->rows[std::size_t(index.row())];
    const std::size_t column = std::size_t(index.column());
    const SummaryColumns::Cell cell = SummaryColumns::tableCell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cell);
    case Qt::ToolTipRole:
        if (cell.kind == Kind::Name)
            return SummaryColumns::nodeLabel(row);
        if (cell.kind == Kind::Status) {
            if (const LaggingNode *node = laggingNode(index.row()))
                return actionsToolTip(*node);
        }
        return m_columns[column].group == Group::None
                   ? m_columns[column].fullTitle
                   : SummaryColumns::groupTitle(*m_summary, m_columns[column].group) + QStringLiteral(": ") + m_columns[column].title;
    case Qt::TextAlignmentRole:
        if (cell.kind == Kind::Amount || cell.kind == Kind::Ratio)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (cell.kind == Kind::Status)
            return DisplayFormat::statusColor(cell.status);
        return {};
    case Qt::BackgroundRole:
        if (cell.kind == Kind::Status)
            return DisplayFormat::statusBackground(cell.status);
        return {};
    case Qt::FontRole:
        if (row.depth == 0 && !row.unassigned) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        if (cell.kind == Kind::Amount && cell.amount)
            return qint64(cell.amount->minor());
        if (cell.kind == Kind::Ratio && cell.ratio)
            return *cell.ratio;
        return {};
    case NodeIdRole:
        return qint64(row.id);
    case StatusRole:
        return int(row.status());
    case DepthRole:
        return row.depth;
    default:
        return {};
    }
}

QVariant SummaryPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const SummaryColumns::Column &c = m_columns[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return c.group == Group::None ? c.title : groupTag(c.group) + u'\n' + c.title;
    case Qt::ToolTipRole:
        return m_summary && c.group != Group::None ? SummaryColumns::groupTitle(*m_summary, c.group) + QStringLiteral(": ") + c.title
                                                   : c.fullTitle;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(c.kind == Kind::Amount || c.kind == Kind::Ratio ? Qt::AlignRight | Qt::AlignVCenter
                                                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace st
