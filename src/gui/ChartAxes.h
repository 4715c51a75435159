#pragma once
// Helpers shared by the Qt Charts views of the dashboard (internal to the GUI layer).

#include <QString>
#include <QValueAxis>

#include <cmath>

namespace st::charts {

/// A value axis from `low` to `high` with about five round intervals (1, 2, 2.5 or 5 times a power
/// of ten), labelled with just the decimals the interval needs: tick labels stay short and the
/// data fills most of the plot.
inline void setNiceRange(QValueAxis *axis, double low, double high)
{
    if (high <= low)
        high = low + 1.0;
    const double raw = (high - low) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(std::floor(low / step) * step, std::ceil(high / step) * step);
    int decimals = 0;
    while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace st::charts
