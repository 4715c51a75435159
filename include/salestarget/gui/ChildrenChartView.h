#pragma once

#include "salestarget/domain/ChartSeries.h"

#include <QWidget>

#include <vector>

namespace st {

/// Qt Charts horizontal bars: achievement % per child, coloured by status (with the status text in
/// the label, never colour alone), and reference lines for the plan thresholds (80% / 120%) and the
/// target. Status compares the actual with expected-to-date, so while the period runs the lines sit
/// at the thresholds times the share of the target expected so far (achievement / pace), with a line
/// for expected-to-date itself; once the period is over they are at 80%, 100% and 120% exactly.
/// Long lists scroll (a fixed height per bar keeps the labels apart).
class ChildrenChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChildrenChartView)

public:
    explicit ChildrenChartView(QWidget *parent = nullptr);
    ~ChildrenChartView() override;

    /// Shows one bar per child (the first on top); thresholds in basis points (8000 / 12000).
    void setBars(const std::vector<ChildBar> &bars, int laggingBelowBp, int aheadAboveBp, const QString &title);
    void clear();

Q_SIGNALS:
    /// A bar was double-clicked (drill-down into that child).
    void barActivated(st::NodeId node);

private:
    struct Private;
    Private *d;
};

} // namespace st
