#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Month.h"
#include "salestarget/domain/TargetBook.h"

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <vector>

namespace st {

class PlanDocument;
class ViewOptions;

/// The plan check: one row per member of a tree whose children do not add up to it in some month of
/// the fiscal year (members with children only), in tree order. Columns: the member's path, the
/// months affected, and the year's unallocated remainder (signed). Every cell carries NodeIdRole so
/// that a click can select the member in the decomposition tree.
class PlanCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCheckModel)

public:
    enum Column { PathColumn, MonthsColumn, UnallocatedColumn, ColumnCount };

    /// Checks the product tree, sales amount and the fiscal year that contains the document's today.
    PlanCheckModel(PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);
    ~PlanCheckModel() override;

    void setDimension(Dimension dimension);
    void setMetric(MetricId metric);
    /// The fiscal year, named by the calendar year it starts in.
    void setFiscalYear(int fiscalYear);
    Dimension dimension() const { return m_dimension; }
    MetricId metric() const { return m_metric->id; }
    int fiscalYear() const { return m_fiscalYear; }

    /// The member of `row` (0 when out of range).
    NodeId nodeId(int row) const;
    /// The row of member `id`, or -1 when its children add up.
    int rowOf(NodeId id) const;
    /// Recomputes every row (the document's signals do this; public for tests and benchmarks).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        NodeId node = 0;
        QString path;
        std::array<Amount, 12> remainder{}; // per month of the year: target minus children's sum
        Amount year;
        int months = 0;                     // months whose remainder is not zero
    };

    std::vector<Row> compute() const;
    void onTargetsChanged(const std::vector<TargetChange> &changes);
    void onTreeChanged(Dimension dimension);
    void onDisplayUnitChanged();
    QString monthsText(const Row &row) const;
    QString toolTip(const Row &row) const;

    PlanDocument *m_document;
    ViewOptions *m_options;
    Dimension m_dimension = Dimension::Product;
    const Metric *m_metric;
    int m_fiscalYear = 0;
    std::array<Month, 12> m_months{};
    std::vector<Row> m_rows;
};

} // namespace st
