#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Month.h"
#include "salestarget/gui/DisplayFormat.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace st {

/// The cells a distribution changes, before and after, with a totals row last: the preview of
/// DistributeDialog. Amounts are formatted by DisplayFormat; RawValueRole gives minor units.
class DistributionPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributionPreviewModel)

public:
    enum Column { PartColumn, MonthColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };

    /// One changed cell: the part it belongs to (member path or quarter), its month and values.
    struct Row {
        QString part;
        Month month;
        Amount before;
        Amount after;
    };

    explicit DistributionPreviewModel(QObject *parent = nullptr);
    ~DistributionPreviewModel() override;

    /// Replaces the rows; `partHeader` titles the part column (Member, Quarter).
    void setRows(std::vector<Row> rows, const QString &partHeader);
    /// How amounts are shown.
    void setFormat(MetricId metric, DisplayUnit unit);
    /// Changed cells (the totals row not counted).
    int changeCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isTotalRow(int row) const { return row == int(m_rows.size()); }
    Amount valueAt(int row, int column) const;

    std::vector<Row> m_rows;
    Amount m_before;
    Amount m_after;
    QString m_partHeader;
    MetricId m_metric = 1;
    DisplayUnit m_unit = DisplayUnit::Yuan;
};

} // namespace st
