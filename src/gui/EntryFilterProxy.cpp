#include "salestarget/gui/EntryFilterProxy.h"

#include "salestarget/domain/Int128.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/EntryTableModel.h"
#include "salestarget/gui/PlanDocument.h"

namespace st {

namespace {

/// a < b for amounts with different numbers of decimals, exactly.
bool amountLess(const ProgressEntry &a, const ProgressEntry &b)
{
    const int da = Metric::byId(a.metric).decimals;
    const int db = Metric::byId(b.metric).decimals;
    return Int128(a.value.minor()) * scaleOf(db) < Int128(b.value.minor()) * scaleOf(da);
}

} // namespace

EntryFilterProxy::EntryFilterProxy(PlanDocument *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EntryFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_entries = qobject_cast<EntryTableModel *>(model);
    Q_ASSERT(m_entries || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EntryFilterProxy::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void EntryFilterProxy::setMetric(MetricId metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    invalidateFilter();
}

void EntryFilterProxy::setProduct(std::optional<NodeId> product)
{
    if (product == m_product)
        return;
    m_product = product;
    invalidateFilter();
}

void EntryFilterProxy::setCustomer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_customer)
        return;
    m_customer = trimmed;
    invalidateFilter();
}

bool EntryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_entries || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_entries->rowCount())
        return false;
    const ProgressEntry &e = m_entries->entryAt(sourceRow);
    if (m_from.isValid() && e.date < m_from)
        return false;
    if (m_to.isValid() && e.date > m_to)
        return false;
    if (m_metric != 0 && e.metric != m_metric)
        return false;
    if (m_product) {
        if (*m_product == 0 || e.product == 0) {
            if (e.product != *m_product)
                return false;
        } else {
            const Tree &products = m_document->service().tree(Dimension::Product);
            if (!products.contains(*m_product) || !products.contains(e.product)
                || !products.isAncestorOrSelf(*m_product, e.product))
                return false;
        }
    }
    if (!m_customer.isEmpty() && !e.customer.contains(m_customer, Qt::CaseInsensitive))
        return false;
    return true;
}

bool EntryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_entries)
        return QSortFilterProxyModel::lessThan(left, right);
    const ProgressEntry &a = m_entries->entryAt(left.row());
    const ProgressEntry &b = m_entries->entryAt(right.row());
    switch (left.column()) {
    case EntryTableModel::DateColumn:
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    case EntryTableModel::ValueColumn:
        return amountLess(a, b);
    default:
        break;
    }
    // Shown text, in the user's locale (the members' paths, customer, metric name, ...).
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace st
