#pragma once

#include <QFont>
#include <QRectF>

class QPainter;

namespace st {

struct SummarySection;
struct WeeklySummary;

/// The two charts of the weekly summary, drawn with QPainter on any device (the PDF, a preview).
/// Status colours are never the only signal: bars carry the status symbol and label as text.
class SummaryChartPainter final
{
public:
    /// The whole company over the month containing the as-of date: cumulative actual through the
    /// as-of date, cumulative expected (daily target shares) and the month target, with the
    /// summary's week shaded.
    static void paintProgress(QPainter &painter, const QRectF &rect, const WeeklySummary &summary, const QFont &font);
    /// Month-to-date achievement of each child of the top level of `section`, as horizontal bars
    /// coloured by status and labelled with the rate and the status, with lines at 80/100/120 %
    /// and at the share of the month's target expected by the as-of date (time elapsed).
    static void paintChildren(QPainter &painter, const QRectF &rect, const WeeklySummary &summary,
                              const SummarySection &section, const QFont &font);
};

} // namespace st
