#include "salestarget/gui/LaggingFilterProxy.h"

#include "salestarget/domain/Status.h"
#include "salestarget/gui/ModelRoles.h"

namespace st {

LaggingFilterProxy::LaggingFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setRecursiveFilteringEnabled(true); // ancestors of a lagging member stay visible
    setDynamicSortFilter(true);
}

void LaggingFilterProxy::setOnlyLagging(bool only)
{
    if (only == m_onlyLagging)
        return;
    m_onlyLagging = only;
    invalidateFilter();
}

bool LaggingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyLagging)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(StatusRole).toInt() == int(Status::Lagging);
}

} // namespace st
