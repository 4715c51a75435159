#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Status.h"

#include <QColor>
#include <QString>

#include <optional>

namespace st {

/// How money is shown: in yuan (元) or in ten-thousands (万元). Counts are always shown as they are.
enum class DisplayUnit { Yuan = 0, TenThousand = 1 };

/// The one place that turns figures into text and colours for the GUI: numbers with thousands
/// separators in the user's locale, money in 元 or 万元, percentages, and the status colour map.
class DisplayFormat final
{
public:
    /// `12,345.67` (元) or `1.23` (万元, two decimals); counts as whole numbers.
    static QString amount(Amount value, const Metric &metric, DisplayUnit unit);
    /// The same with an explicit sign for non-zero values (`+1,000.00`), for remainders and changes.
    static QString signedAmount(Amount value, const Metric &metric, DisplayUnit unit);
    /// The amount as it is typed back into an editor (no separators, full precision, in `unit`).
    static QString editText(Amount value, const Metric &metric, DisplayUnit unit);
    /// Parses what a user typed into a cell shown in `unit`: `5000万`, `1,200.5`, `1.2亿` (a bare
    /// number is in `unit`). Throws DomainError.
    static Amount parseInput(const QString &text, const Metric &metric, DisplayUnit unit);
    /// `85.3%`, or `–` when there is no value.
    static QString percent(const std::optional<double> &ratio);
    /// The unit suffix shown in headers: `元`/`万元` for money (or the currency), the count unit otherwise.
    static QString unitLabel(const Metric &metric, DisplayUnit unit, const QString &currency);

    /// Status colours (lagging red, on track green, ahead strong blue); never used without text or symbol.
    static QColor statusColor(Status status);
    /// Light background matching statusColor() for badges and cells.
    static QColor statusBackground(Status status);
    /// `▼ Lagging`, `● On track`, `▲ Ahead`, ...
    static QString statusText(Status status);
};

} // namespace st
