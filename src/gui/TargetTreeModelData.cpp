// TargetTreeModel: cell values, roles and headers. Values are read from the PlanService's targets
// on demand (a dozen hash lookups a row, plus the children for the Allocated column), never cached
// and never queried from the database.
#include "salestarget/gui/TargetTreeModel.h"

#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace st {

namespace {

constexpr int kMonths = 12;

} // namespace

Amount TargetTreeModel::Balance::ownYear() const
{
    Amount sum;
    for (Amount a : own)
        sum += a;
    return sum;
}

Amount TargetTreeModel::Balance::childrenYear() const
{
    Amount sum;
    for (Amount a : children)
        sum += a;
    return sum;
}

int TargetTreeModel::Balance::unbalancedMonths() const
{
    int count = 0;
    for (int i = 0; i < kMonths; ++i)
        count += own[std::size_t(i)] != children[std::size_t(i)] ? 1 : 0;
    return count;
}

Amount TargetTreeModel::valueOf(NodeId id, int column) const
{
    const TargetBook &book = m_document->service().targets();
    const MetricId metric = m_metric->id;
    if (column == Year)
        return book.sum(metric, id, m_months.front(), m_months.back());
    if (column >= Q1 && column <= Q4) {
        const std::size_t first = std::size_t(column - Q1) * 3;
        return book.sum(metric, id, m_months[first], m_months[first + 2]);
    }
    return book.value(metric, id, m_months[std::size_t(column - M1)]);
}

std::pair<int, int> TargetTreeModel::lockedMonths(NodeId id, int column) const
{
    if (m_shadow.empty() || !isTargetColumn(column))
        return {0, 0};
    const TargetBook &book = m_document->service().targets();
    std::size_t first = 0;
    std::size_t count = kMonths;
    if (column >= Q1 && column <= Q4) {
        first = std::size_t(column - Q1) * 3;
        count = 3;
    } else if (isMonthColumn(column)) {
        first = std::size_t(column - M1);
        count = 1;
    }
    int locked = 0;
    for (std::size_t i = first; i < first + count; ++i)
        locked += book.isLocked(m_metric->id, id, m_months[i]) ? 1 : 0;
    return {locked, int(count)};
}

TargetTreeModel::Balance TargetTreeModel::balanceOf(NodeId id, const Shadow &node) const
{
    const TargetBook &book = m_document->service().targets();
    const MetricId metric = m_metric->id;
    Balance b;
    for (std::size_t i = 0; i < kMonths; ++i) {
        b.own[i] = book.value(metric, id, m_months[i]);
        for (NodeId child : node.children)
            b.children[i] += book.value(metric, child, m_months[i]);
    }
    return b;
}

const QIcon &TargetTreeModel::lockIcon() const
{
    if (m_lockIcon.isNull()) {
        // Drawn rather than taken from a font: emoji glyphs are missing on many desktops.
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink(0x45, 0x5A, 0x64);
        painter.setPen(QPen(ink, 1.6));
        painter.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(5, 8);
        shackle.lineTo(5, 5.5);
        shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180);
        shackle.lineTo(11, 8);
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(8, 10.5), 1.2, 1.2);
        painter.end();
        m_lockIcon = QIcon(pixmap);
    }
    return m_lockIcon;
}

QVariant TargetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const NodeId id = nodeId(index);
    const Shadow *node = shadowOf(id);
    if (!node)
        return {};
    if (role == NodeIdRole)
        return QVariant::fromValue(qint64(id));
    const int column = index.column();
    if (column == Name)
        return nameData(id, *node, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (isTargetColumn(column))
        return targetData(id, column, role);
    return balanceData(id, *node, column, role);
}

QVariant TargetTreeModel::nameData(NodeId id, const Shadow &node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return nodeName(id);
    case Qt::ToolTipRole:
        if (node.person)
            return tr("%1 (sales rep)").arg(node.name);
        return {};
    default:
        return {};
    }
}

QVariant TargetTreeModel::targetData(NodeId id, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::amount(valueOf(id, column), *m_metric, unit());
    case Qt::EditRole:
        return DisplayFormat::editText(valueOf(id, column), *m_metric, unit());
    case RawValueRole:
        return QVariant::fromValue(qint64(valueOf(id, column).minor()));
    case LockedRole: {
        const auto [locked, months] = lockedMonths(id, column);
        return locked == months; // a quarter or year counts as locked when all its months are
    }
    case Qt::DecorationRole:
        if (isMonthColumn(column) && lockedMonths(id, column).first > 0)
            return lockIcon();
        return {};
    case Qt::ToolTipRole: {
        const auto [locked, months] = lockedMonths(id, column);
        if (locked == 0)
            return {};
        if (isMonthColumn(column))
            return tr("Locked: this month keeps its target when its quarter or year is changed or distributed.");
        return locked == 1 ? tr("1 month locked: it keeps its target when this is changed.")
                           : tr("%1 months locked: they keep their targets when this is changed.").arg(locked);
    }
    default:
        return {};
    }
}

QVariant TargetTreeModel::balanceData(NodeId id, const Shadow &node, int column, int role) const
{
    if (node.children.empty()) // a leaf has nothing to allocate
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const Balance b = balanceOf(id, node);
    const Amount allocated = b.childrenYear();
    const Amount remainder = b.ownYear() - allocated;
    if (column == Allocated) {
        if (role == Qt::DisplayRole)
            return DisplayFormat::amount(allocated, *m_metric, unit());
        if (role == RawValueRole)
            return QVariant::fromValue(qint64(allocated.minor()));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::signedAmount(remainder, *m_metric, unit());
    case RawValueRole:
        return QVariant::fromValue(qint64(remainder.minor()));
    case Qt::ForegroundRole:
        return remainder.isZero() ? QVariant() : QVariant(remainderColor(remainder));
    case Qt::ToolTipRole: {
        const QString held = DisplayFormat::amount(allocated, *m_metric, unit());
        QString tip;
        if (remainder.minor() > 0)
            tip = tr("Children add up to %1; %2 unallocated.")
                      .arg(held, DisplayFormat::amount(remainder, *m_metric, unit()));
        else if (remainder.minor() < 0)
            tip = tr("Children add up to %1; %2 more than the target.")
                      .arg(held, DisplayFormat::amount(-remainder, *m_metric, unit()));
        else
            tip = tr("Children add up to the year's target.");
        if (const int months = b.unbalancedMonths(); months > 0)
            tip += u'\n'
                 + (months == 1 ? tr("In 1 month the children do not add up to the month's target.")
                                : tr("In %1 months the children do not add up to the month's target.").arg(months));
        return tip;
    }
    default:
        return {};
    }
}

// --- headers --------------------------------------------------------------------------

QVariant TargetTreeModel::headerText(int section) const
{
    const QString unitLabel = DisplayFormat::unitLabel(*m_metric, unit(), currency());
    switch (section) {
    case Name:
        return dimensionName(m_dimension);
    case Year:
        return tr("FY%1 · %2").arg(m_fiscalYear).arg(unitLabel);
    case Allocated:
        return tr("Allocated");
    case Unallocated:
        return tr("Unallocated");
    default:
        break;
    }
    if (section >= Q1 && section <= Q4)
        return tr("Q%1").arg(section - Q1 + 1);
    if (const auto month = monthOf(section))
        return QLocale().monthName(month->month(), QLocale::ShortFormat);
    if (isMonthColumn(section)) // no plan open: months of a January year
        return QLocale().monthName(section - M1 + 1, QLocale::ShortFormat);
    return {};
}

QVariant TargetTreeModel::headerToolTip(int section) const
{
    const QString unitLabel = DisplayFormat::unitLabel(*m_metric, unit(), currency());
    if (section == Name)
        return tr("Members of the %1 tree").arg(dimensionName(m_dimension));
    if (m_shadow.empty())
        return {};
    if (isTargetColumn(section)) {
        const Period p = periodOf(section);
        return tr("%1 target of %2 (%3 to %4), in %5")
            .arg(m_metric->name(), cellLabel(section), p.first().toString(Qt::ISODate), p.last().toString(Qt::ISODate),
                 unitLabel);
    }
    if (section == Allocated)
        return tr("What the children's year targets add up to, in %1").arg(unitLabel);
    if (section == Unallocated)
        return tr("Year target minus what the children hold, in %1: + still to allocate, − allocated beyond the "
                  "target")
            .arg(unitLabel);
    return {};
}

QVariant TargetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return headerText(section);
    case Qt::ToolTipRole:
        return headerToolTip(section);
    default:
        return {};
    }
}

} // namespace st
