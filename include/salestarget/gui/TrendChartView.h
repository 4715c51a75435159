#pragma once

#include "salestarget/domain/ChartSeries.h"
#include "salestarget/gui/DisplayFormat.h"

#include <QWidget>

namespace st {

/// Qt Charts monthly trend for a fiscal year: actual vs target bars/lines, the 3-month moving
/// average, and month-on-month / year-on-year change shown in the tooltip and a small table row.
class TrendChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChartView)

public:
    explicit TrendChartView(QWidget *parent = nullptr);
    ~TrendChartView() override;

    void setSeries(const TrendSeries &series, const Metric &metric, DisplayUnit unit, const QString &title);
    /// The plan's currency for the axis title (default CNY).
    void setCurrency(const QString &currency);
    void clear();

private:
    struct Private;
    Private *d;
};

} // namespace st
