#include "salestarget/gui/PlanCheckModel.h"

#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetTreeModel.h"
#include "salestarget/gui/ViewOptions.h"

#include <QLocale>

namespace st {

namespace {

constexpr std::size_t kMonths = 12;

} // namespace

PlanCheckModel::PlanCheckModel(PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_options(options), m_metric(&Metric::builtIns().front())
{
    connect(m_document, &PlanDocument::opened, this, &PlanCheckModel::refresh);
    connect(m_document, &PlanDocument::settingsChanged, this, &PlanCheckModel::refresh);
    connect(m_document, &PlanDocument::treeChanged, this, &PlanCheckModel::onTreeChanged);
    connect(m_document, &PlanDocument::targetsChanged, this, &PlanCheckModel::onTargetsChanged);
    connect(m_options, &ViewOptions::displayUnitChanged, this, &PlanCheckModel::onDisplayUnitChanged);
    refresh();
}

PlanCheckModel::~PlanCheckModel() = default;

void PlanCheckModel::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    refresh();
}

void PlanCheckModel::setMetric(MetricId metric)
{
    const Metric &m = Metric::byId(metric);
    if (&m == m_metric)
        return;
    m_metric = &m;
    refresh();
}

void PlanCheckModel::setFiscalYear(int fiscalYear)
{
    if (fiscalYear == m_fiscalYear)
        return;
    m_fiscalYear = fiscalYear;
    refresh();
}

NodeId PlanCheckModel::nodeId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].node : 0;
}

int PlanCheckModel::rowOf(NodeId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].node == id)
            return int(i);
    }
    return -1;
}

std::vector<PlanCheckModel::Row> PlanCheckModel::compute() const
{
    std::vector<Row> rows;
    if (!m_document->isOpen())
        return rows;
    const PlanService &service = m_document->service();
    const Tree &tree = service.tree(m_dimension);
    const TargetBook &book = service.targets();
    const MetricId metric = m_metric->id;
    for (NodeId id : tree.preorder()) {
        const std::vector<NodeId> &children = tree.children(id);
        if (children.empty())
            continue;
        Row row;
        for (std::size_t i = 0; i < kMonths; ++i) {
            Amount remainder = book.value(metric, id, m_months[i]);
            for (NodeId child : children)
                remainder -= book.value(metric, child, m_months[i]);
            row.remainder[i] = remainder;
            row.year += remainder;
            row.months += remainder.isZero() ? 0 : 1;
        }
        if (row.months == 0)
            continue;
        row.node = id;
        row.path = id != kRootId ? tree.path(id) : tree.node(id).name == u"/" ? tr("Whole company") : tree.node(id).name;
        rows.push_back(std::move(row));
    }
    return rows;
}

void PlanCheckModel::refresh()
{
    if (m_document->isOpen()) {
        const int startMonth = m_document->service().settings().fiscalYearStartMonth;
        if (m_fiscalYear == 0)
            m_fiscalYear = fiscalYearOf(m_document->today(), startMonth);
        const std::vector<Month> months = Period::year(m_fiscalYear, startMonth).months();
        std::copy(months.begin(), months.end(), m_months.begin());
    }
    std::vector<Row> rows = compute();
    const bool sameMembers = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                        [](const Row &a, const Row &b) { return a.node == b.node; });
    if (!sameMembers) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same members are still out of balance (typing into a cell): keep the view's selection.
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanCheckModel::onTargetsChanged(const std::vector<TargetChange> &changes)
{
    for (const TargetChange &c : changes) {
        if (c.metric == m_metric->id && c.month >= m_months.front() && c.month <= m_months.back()) {
            refresh();
            return;
        }
    }
}

void PlanCheckModel::onTreeChanged(Dimension dimension)
{
    if (dimension == m_dimension)
        refresh();
}

void PlanCheckModel::onDisplayUnitChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, UnallocatedColumn, UnallocatedColumn);
}

int PlanCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanCheckModel::monthsText(const Row &row) const
{
    std::size_t first = kMonths;
    std::size_t last = 0;
    for (std::size_t i = 0; i < kMonths; ++i) {
        if (!row.remainder[i].isZero()) {
            first = std::min(first, i);
            last = i;
        }
    }
    const QLocale locale;
    const auto name = [&](std::size_t i) { return locale.monthName(m_months[i].month(), QLocale::ShortFormat); };
    if (int(last - first) + 1 != row.months) // not one run of months: say how many
        return row.months == 1 ? tr("1 month") : tr("%1 months").arg(row.months);
    if (first == last)
        return name(first);
    return tr("%1–%2", "a range of months").arg(name(first), name(last));
}

QString PlanCheckModel::toolTip(const Row &row) const
{
    const DisplayUnit unit = m_options->displayUnit();
    QStringList lines{tr("Target minus what the children hold:")};
    for (std::size_t i = 0; i < kMonths; ++i) {
        if (!row.remainder[i].isZero())
            lines << tr("%1: %2").arg(m_months[i].toString(), DisplayFormat::signedAmount(row.remainder[i], *m_metric, unit));
    }
    return lines.join(u'\n');
}

QVariant PlanCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == PathColumn)
            return row.path;
        if (column == MonthsColumn)
            return monthsText(row);
        return DisplayFormat::signedAmount(row.year, *m_metric, m_options->displayUnit());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::ForegroundRole:
        if (column == UnallocatedColumn && !row.year.isZero())
            return TargetTreeModel::remainderColor(row.year);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == UnallocatedColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        if (column == UnallocatedColumn)
            return QVariant::fromValue(qint64(row.year.minor()));
        if (column == MonthsColumn)
            return row.months;
        return {};
    case NodeIdRole:
        return QVariant::fromValue(qint64(row.node));
    default:
        return {};
    }
}

QVariant PlanCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Member");
    case MonthsColumn:
        return tr("Months");
    case UnallocatedColumn:
        return tr("Unallocated · %1")
            .arg(DisplayFormat::unitLabel(*m_metric, m_options->displayUnit(),
                                          m_document->isOpen() ? m_document->service().settings().currency
                                                               : QStringLiteral("CNY")));
    default:
        return {};
    }
}

} // namespace st
