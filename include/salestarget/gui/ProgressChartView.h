#pragma once

#include "salestarget/domain/ChartSeries.h"
#include "salestarget/gui/DisplayFormat.h"

#include <QWidget>

namespace st {

/// Qt Charts line chart: cumulative actual vs cumulative target vs expected-to-date over a period,
/// a marker at the as-of date and the run-rate projection to the period end (dashed). Date axis
/// (QDateTimeAxis); amounts in 万 when large; data handed over with replace(), never append loops.
class ProgressChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChartView)

public:
    explicit ProgressChartView(QWidget *parent = nullptr);
    ~ProgressChartView() override;

    /// Shows `series` of `metric`; `title` names the node and period.
    void setSeries(const ProgressSeries &series, const Metric &metric, DisplayUnit unit, const QString &title);
    /// The plan's currency for the axis title (default CNY).
    void setCurrency(const QString &currency);
    void clear();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    Private *d;
};

} // namespace st
