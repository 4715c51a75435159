// TargetTreeModel: the Qt tree skeleton over the model's shadow of the tree, the choice of
// dimension, metric and year, and flags. Cell values and headers are in TargetTreeModelData.cpp,
// following the document in TargetTreeModelSync.cpp, editing and drag and drop in
// TargetTreeModelEdit.cpp.
#include "salestarget/gui/TargetTreeModel.h"

#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

namespace st {

TargetTreeModel::TargetTreeModel(PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_options(options), m_metric(&Metric::builtIns().front())
{
    connect(m_document, &PlanDocument::opened, this, &TargetTreeModel::reset);
    connect(m_document, &PlanDocument::treeChanged, this, &TargetTreeModel::syncTree);
    connect(m_document, &PlanDocument::targetsChanged, this, &TargetTreeModel::onTargetsChanged);
    connect(m_document, &PlanDocument::settingsChanged, this, &TargetTreeModel::onSettingsChanged);
    connect(m_options, &ViewOptions::displayUnitChanged, this, &TargetTreeModel::onDisplayUnitChanged);
    rebuildShadow();
}

TargetTreeModel::~TargetTreeModel() = default;

void TargetTreeModel::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    reset();
}

void TargetTreeModel::setMetric(MetricId metric)
{
    const Metric &m = Metric::byId(metric);
    if (&m == m_metric)
        return;
    m_metric = &m;
    reset();
}

void TargetTreeModel::setFiscalYear(int fiscalYear)
{
    if (fiscalYear == m_fiscalYear)
        return;
    m_fiscalYear = fiscalYear;
    reset();
}

NodeId TargetTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? NodeId(index.internalId()) : 0;
}

QModelIndex TargetTreeModel::indexOf(NodeId id, int column) const
{
    const Shadow *node = shadowOf(id);
    if (!node || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(node->row, column, quintptr(id));
}

Period TargetTreeModel::periodOf(int column) const
{
    if (m_shadow.empty())
        return {};
    if (column == Year)
        return Period::year(m_fiscalYear, m_startMonth);
    if (column >= Q1 && column <= Q4)
        return Period::quarter(m_fiscalYear, column - Q1 + 1, m_startMonth);
    if (const auto month = monthOf(column))
        return Period::month(*month);
    return {};
}

std::optional<Month> TargetTreeModel::monthOf(int column) const
{
    if (!isMonthColumn(column) || m_shadow.empty())
        return std::nullopt;
    return m_months[std::size_t(column - M1)];
}

bool TargetTreeModel::isLocked(const QModelIndex &cell, bool all) const
{
    if (!isTargetColumn(cell.column()))
        return false;
    const auto [locked, months] = lockedMonths(nodeId(cell), cell.column());
    return all ? locked == months && months > 0 : locked > 0;
}

QColor TargetTreeModel::remainderColor(Amount remainder)
{
    if (remainder.minor() > 0)
        return QColor(0xB2, 0x6A, 0x00); // amber: still to allocate
    if (remainder.minor() < 0)
        return QColor(0xC6, 0x28, 0x28); // red: children hold more than the target
    return {};
}

// --- the tree skeleton (design.md §4.3) --------------------------------------------------------

QModelIndex TargetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(kRootId));
    const Shadow *node = shadowOf(nodeId(parent));
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, quintptr(node->children[std::size_t(row)]));
}

QModelIndex TargetTreeModel::parent(const QModelIndex &child) const
{
    const Shadow *node = shadowOf(nodeId(child));
    if (!node || node->parent == 0)
        return {};
    return indexOf(node->parent);
}

int TargetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_shadow.empty() ? 0 : 1;
    if (parent.column() != Name)
        return 0;
    const Shadow *node = shadowOf(nodeId(parent));
    return node ? int(node->children.size()) : 0;
}

int TargetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// --- helpers ------------------------------------------------------------------------------------

const TargetTreeModel::Shadow *TargetTreeModel::shadowOf(NodeId id) const
{
    const auto it = m_shadow.find(id);
    return it == m_shadow.end() ? nullptr : &it->second;
}

DisplayUnit TargetTreeModel::unit() const
{
    return m_options->displayUnit();
}

QString TargetTreeModel::currency() const
{
    return m_document->isOpen() ? m_document->service().settings().currency : QStringLiteral("CNY");
}

QString TargetTreeModel::nodeName(NodeId id) const
{
    const Shadow *node = shadowOf(id);
    if (!node)
        return {};
    // The root is named after the company; a plan without a company name calls it "/".
    if (id == kRootId && (node->name.isEmpty() || node->name == u"/"))
        return tr("Whole company");
    return node->name;
}

QString TargetTreeModel::cellLabel(int column) const
{
    if (column == Year)
        return tr("FY%1").arg(m_fiscalYear);
    if (column >= Q1 && column <= Q4)
        return tr("Q%1").arg(column - Q1 + 1);
    if (const auto month = monthOf(column))
        return month->toString();
    return headerText(column).toString();
}

// --- flags --------------------------------------------------------------------------------------

Qt::ItemFlags TargetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // nothing can be dropped beside the whole company
    const NodeId id = nodeId(index);
    const Shadow *node = shadowOf(id);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!node->person)
        f |= Qt::ItemIsDropEnabled; // dropping onto any cell of a row drops onto its member
    if (index.column() == Name && id != kRootId)
        f |= Qt::ItemIsDragEnabled;
    if (isTargetColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace st
