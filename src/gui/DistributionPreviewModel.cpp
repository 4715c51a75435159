#include "salestarget/gui/DistributionPreviewModel.h"

#include "salestarget/gui/ModelRoles.h"

#include <QFont>

namespace st {

DistributionPreviewModel::DistributionPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

DistributionPreviewModel::~DistributionPreviewModel() = default;

void DistributionPreviewModel::setRows(std::vector<Row> rows, const QString &partHeader)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_before = Amount();
    m_after = Amount();
    for (const Row &r : m_rows) {
        m_before += r.before;
        m_after += r.after;
    }
    endResetModel();
    if (partHeader != m_partHeader) {
        m_partHeader = partHeader;
        Q_EMIT headerDataChanged(Qt::Horizontal, PartColumn, PartColumn);
    }
}

void DistributionPreviewModel::setFormat(MetricId metric, DisplayUnit unit)
{
    if (metric == m_metric && unit == m_unit)
        return;
    m_metric = metric;
    m_unit = unit;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BeforeColumn), index(rowCount() - 1, ChangeColumn), {Qt::DisplayRole});
}

int DistributionPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : int(m_rows.size()) + 1;
}

int DistributionPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Amount DistributionPreviewModel::valueAt(int row, int column) const
{
    const Amount before = isTotalRow(row) ? m_before : m_rows[std::size_t(row)].before;
    const Amount after = isTotalRow(row) ? m_after : m_rows[std::size_t(row)].after;
    return column == BeforeColumn ? before : column == AfterColumn ? after : after - before;
}

QVariant DistributionPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool amount = column >= BeforeColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (amount) {
            const Metric &metric = Metric::byId(m_metric);
            const Amount value = valueAt(row, column);
            return column == ChangeColumn ? DisplayFormat::signedAmount(value, metric, m_unit)
                                          : DisplayFormat::amount(value, metric, m_unit);
        }
        if (isTotalRow(row)) // the part column is hidden when there are no parts (over months)
            return (column == PartColumn) != m_partHeader.isEmpty() ? tr("Total") : QString();
        return column == PartColumn ? m_rows[std::size_t(row)].part : m_rows[std::size_t(row)].month.toString();
    case Qt::ToolTipRole: // the part column may be narrow: the full path on hover
        return column == PartColumn && !isTotalRow(row) ? QVariant(m_rows[std::size_t(row)].part) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(amount ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return amount ? QVariant(qint64(valueAt(row, column).minor())) : QVariant();
    default:
        return {};
    }
}

QVariant DistributionPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartColumn:
        return m_partHeader;
    case MonthColumn:
        return tr("Month");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace st
