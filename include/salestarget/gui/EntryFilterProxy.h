#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace st {

class EntryTableModel;
class PlanDocument;

/// Filters and sorts an EntryTableModel: a date range, one metric, one product (with the products
/// under it, or only entries naming none), and a customer text. Sorting is by the raw values: dates
/// by day, values numerically in major units (an amount of money and a count compare by magnitude),
/// members and text by their shown text in the user's locale.
class EntryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryFilterProxy)

public:
    explicit EntryFilterProxy(PlanDocument *document, QObject *parent = nullptr);

    /// Only entries dated in [from, to]; an invalid date leaves that side open.
    void setDateRange(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    /// Only entries of `metric` (0: every metric).
    void setMetric(MetricId metric);
    MetricId metric() const { return m_metric; }
    /// Only entries of `product` or a product under it; 0 means entries naming no product;
    /// nullopt means any product.
    void setProduct(std::optional<NodeId> product);
    std::optional<NodeId> product() const { return m_product; }
    /// Only entries whose customer contains `text` (case-insensitive; empty: any).
    void setCustomer(const QString &text);
    QString customer() const { return m_customer; }

    /// The source model (must be an EntryTableModel).
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PlanDocument *m_document;
    EntryTableModel *m_entries = nullptr;
    QDate m_from;
    QDate m_to;
    MetricId m_metric = 0;
    std::optional<NodeId> m_product;
    QString m_customer;
};

} // namespace st
