#include "salestarget/gui/EntryTableModel.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/EntryCommands.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace st {

namespace {

bool before(const ProgressEntry &a, const ProgressEntry &b)
{
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

} // namespace

EntryTableModel::EntryTableModel(PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_options(options)
{
    connect(m_document, &PlanDocument::opened, this, &EntryTableModel::reload);
    connect(m_document, &PlanDocument::entriesChanged, this, &EntryTableModel::reload);
    connect(m_document, &PlanDocument::entryChanged, this, &EntryTableModel::onEntryChanged);
    connect(m_document, &PlanDocument::treeChanged, this,
            [this] { emitColumnsChanged(ProductColumn, RegionColumn); }); // names and paths may have changed
    connect(m_options, &ViewOptions::displayUnitChanged, this, [this] { emitColumnsChanged(ValueColumn, ValueColumn); });
}

EntryTableModel::~EntryTableModel() = default;

void EntryTableModel::setPerson(NodeId person)
{
    if (person == m_person)
        return;
    m_person = person;
    reload();
}

void EntryTableModel::reload()
{
    std::vector<ProgressEntry> rows;
    m_stale = m_paused && m_document->isOpen() && m_person != 0;
    if (m_stale) {
        // Nothing out of date stays readable meanwhile.
        if (!m_rows.empty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        return;
    }
    if (m_document->isOpen() && m_person != 0) {
        const bool read = m_document->attempt([&] {
            EntryFilter filter;
            filter.persons = {m_person};
            rows = m_document->service().repository().findEntries(filter);
        });
        if (!read)
            rows.clear();
        std::sort(rows.begin(), rows.end(), before);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EntryTableModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale)
        reload();
}

int EntryTableModel::rowOf(EntryId id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const ProgressEntry &e) { return e.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int EntryTableModel::insertionRow(const ProgressEntry &entry) const
{
    return int(std::upper_bound(m_rows.begin(), m_rows.end(), entry, before) - m_rows.begin());
}

void EntryTableModel::onEntryChanged(const std::optional<ProgressEntry> &was, const std::optional<ProgressEntry> &now)
{
    if (m_stale)
        return; // read as a whole when resumed
    const int row = was ? rowOf(was->id) : -1;
    const bool mine = now && m_person != 0 && now->person == m_person;
    if (row >= 0 && mine && now->id == was->id) {
        // Stays where it is unless the date moved it out of order.
        const bool inOrder = (row == 0 || before(m_rows[std::size_t(row) - 1], *now))
                          && (row + 1 == int(m_rows.size()) || before(*now, m_rows[std::size_t(row) + 1]));
        int to = row;
        if (!inOrder) {
            // A new date: move the row (views keep their selection on it) rather than remove and insert.
            // `at` is the new position counted without the moved row.
            const auto lower = std::upper_bound(m_rows.begin(), m_rows.begin() + row, *now, before);
            const auto upper = std::upper_bound(m_rows.begin() + row + 1, m_rows.end(), *now, before);
            const int at = lower < m_rows.begin() + row ? int(lower - m_rows.begin()) : int(upper - m_rows.begin()) - 1;
            beginMoveRows({}, row, row, {}, at <= row ? at : at + 1);
            const auto self = m_rows.begin() + row;
            if (at < row)
                std::rotate(m_rows.begin() + at, self, self + 1);
            else
                std::rotate(self, self + 1, m_rows.begin() + at + 1);
            endMoveRows();
            to = at;
        }
        m_rows[std::size_t(to)] = *now;
        Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (mine && rowOf(now->id) < 0) {
        const int at = insertionRow(*now);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, *now);
        endInsertRows();
    }
}

void EntryTableModel::emitColumnsChanged(int first, int last)
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
}

QString EntryTableModel::memberText(Dimension d, NodeId id) const
{
    if (id == 0)
        return tr("(none)");
    if (!m_document->isOpen() || !m_document->service().tree(d).contains(id))
        return tr("(deleted member %1)").arg(id);
    return m_document->service().tree(d).path(id);
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressEntry &e = m_rows[std::size_t(index.row())];
    const Metric &metric = Metric::byId(e.metric);
    const int column = index.column();
    if (role == EntryIdRole)
        return qint64(e.id);
    if (role == Qt::TextAlignmentRole)
        return column == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawValueRole) {
        switch (column) {
        case DateColumn: return qint64(e.date.toJulianDay());
        case MetricColumn: return e.metric;
        case ValueColumn: return qint64(e.value.minor());
        case ProductColumn: return qint64(e.product);
        case RegionColumn: return qint64(e.region);
        default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case DateColumn:
            return tr("Entered by %1 at %2").arg(e.enteredBy, QLocale().toString(e.enteredAt.toLocalTime(), QLocale::ShortFormat));
        case MetricColumn: return metric.definition();
        case NoteColumn: return e.note.isEmpty() ? QVariant() : QVariant(e.note);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case DateColumn: return edit ? QVariant(e.date) : QVariant(e.date.toString(Qt::ISODate));
    case MetricColumn: return metric.name();
    case ValueColumn:
        return edit ? DisplayFormat::editText(e.value, metric, m_options->displayUnit())
                    : DisplayFormat::amount(e.value, metric, m_options->displayUnit());
    case ProductColumn: return edit ? QVariant(qint64(e.product)) : QVariant(memberText(Dimension::Product, e.product));
    case RegionColumn: return edit ? QVariant(qint64(e.region)) : QVariant(memberText(Dimension::Region, e.region));
    case CustomerColumn: return e.customer;
    case RefColumn: return e.ref;
    case NoteColumn: return edit ? e.note : e.note.section(u'\n', 0, 0);
    default: break;
    }
    return {};
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == ValueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == ValueColumn) {
        const Metric &money = Metric::builtIns().front();
        const QString currency = m_document->isOpen() ? m_document->service().settings().currency : QStringLiteral("CNY");
        return tr("Money in %1; counts as they are.").arg(DisplayFormat::unitLabel(money, m_options->displayUnit(), currency));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case MetricColumn: return tr("Metric");
    case ValueColumn: return tr("Value");
    case ProductColumn: return tr("Product");
    case RegionColumn: return tr("Region");
    case CustomerColumn: return tr("Customer");
    case RefColumn: return tr("Reference");
    case NoteColumn: return tr("Note");
    default: break;
    }
    return {};
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != MetricColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

NodeId EntryTableModel::memberFrom(Dimension d, const QVariant &value) const
{
    const QString field = d == Dimension::Product ? tr("Product") : tr("Region");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    default: break;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == tr("(none)"))
        return 0;
    const auto id = m_document->service().tree(d).find(text);
    if (!id || *id == kRootId)
        throw DomainError(tr("%1: there is no member \"%2\".").arg(field, text));
    return *id;
}

void EntryTableModel::applyEdit(ProgressEntry &e, int column, const QVariant &value) const
{
    switch (column) {
    case DateColumn: {
        QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                        : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid())
            throw DomainError(tr("Date: enter a date as YYYY-MM-DD."));
        e.date = date;
        break;
    }
    case ValueColumn:
        try {
            e.value = DisplayFormat::parseInput(value.toString(), Metric::byId(e.metric), m_options->displayUnit());
        } catch (const DomainError &error) {
            throw DomainError(tr("Value: %1").arg(error.message()));
        }
        break;
    case ProductColumn: e.product = memberFrom(Dimension::Product, value); break;
    case RegionColumn: e.region = memberFrom(Dimension::Region, value); break;
    case CustomerColumn: e.customer = value.toString().trimmed(); break;
    case RefColumn: e.ref = value.toString().trimmed(); break;
    case NoteColumn: e.note = value.toString(); break;
    default: break;
    }
}

bool EntryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable) || !m_document->isOpen())
        return false;
    const ProgressEntry was = m_rows[std::size_t(index.row())];
    ProgressEntry now = was;
    try {
        applyEdit(now, index.column(), value);
        m_document->service().validateEntry(now);
    } catch (const DomainError &e) {
        Q_EMIT editRejected(tr("Entry of %1 (%2): %3").arg(was.date.toString(Qt::ISODate), Metric::byId(was.metric).name(),
                                                          e.message()));
        return false;
    }
    if (now == was)
        return true;
    const QString field = headerData(index.column(), Qt::Horizontal).toString();
    const QString text = tr("Edit %1 of the entry on %2").arg(field.toLower(), was.date.toString(Qt::ISODate));
    return m_document->push(new EditEntryCommand(m_document, was, now, text));
}

bool EntryTableModel::removeEntries(const std::vector<int> &rows)
{
    std::vector<ProgressEntry> doomed;
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            doomed.push_back(m_rows[std::size_t(row)]);
    }
    if (doomed.empty())
        return false;
    if (doomed.size() == 1)
        return m_document->push(new DeleteEntryCommand(m_document, doomed.front()));
    // One undo step for the whole selection; the children run in order and undo in reverse.
    auto *group = new QUndoCommand(tr("Delete %n entries", nullptr, int(doomed.size())));
    for (const ProgressEntry &e : doomed)
        new DeleteEntryCommand(m_document, e, group);
    return m_document->push(group);
}

} // namespace st
