#include "salestarget/reporting/SummaryChartPainter.h"

#include "salestarget/reporting/SummaryColumns.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

const QColor kActual(0x1F, 0x4E, 0x79);
const QColor kExpected(0x8C, 0x8C, 0x8C);
const QColor kTarget(0xC5, 0x5A, 0x11);
const QColor kWeek(0xFF, 0xF2, 0xCC);
const QColor kGrid(0xD9, 0xD9, 0xD9);
const QColor kAxis(0x59, 0x59, 0x59);

/// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

QColor barColour(Status s)
{
    switch (s) {
    case Status::Lagging: return QColor(0xC0, 0x00, 0x00);
    case Status::OnTrack: return QColor(0x70, 0xAD, 0x47);
    case Status::Ahead: return QColor(0x2E, 0x75, 0xB6);
    case Status::NoTarget:
    case Status::NotStarted: break;
    }
    return QColor(0xA6, 0xA6, 0xA6);
}

/// Title on top of a chart; returns the room left below it.
QRectF paintTitle(QPainter &p, const QRectF &rect, const QString &title, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(font.pointSizeF() * 1.15);
    p.setFont(bold);
    p.setPen(Qt::black);
    const double h = QFontMetricsF(bold, p.device()).height() * 1.3;
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font);
    return rect.adjusted(0, h, 0, 0);
}

void legendItem(QPainter &p, double &x, double y, const QPen &pen, const QString &label, double unit)
{
    p.setPen(pen);
    p.drawLine(QPointF(x, y), QPointF(x + 14 * unit, y));
    p.setPen(Qt::black);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(x + 17 * unit, y + fm.ascent() / 2 - fm.descent() / 2), label);
    x += 17 * unit + fm.horizontalAdvance(label) + 12 * unit;
}

} // namespace

void SummaryChartPainter::paintProgress(QPainter &p, const QRectF &rect, const WeeklySummary &s, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double unit = p.device()->logicalDpiY() / 72.0; // one point
    const int decimals = s.decimals();
    const double scale = double(scaleOf(decimals));
    QRectF area = paintTitle(p, rect, QCoreApplication::translate("SummaryChartPainter", "Month %1 to date — %2: cumulative actual, expected and target")
                                          .arg(s.month.toString(), s.company), font);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());

    const Amount target = s.sections.empty() ? Amount() : s.sections.front().rows.front().month.target;
    double top = double(target.minor());
    for (const ProgressPoint &pt : s.progress) {
        top = std::max(top, double(pt.expected.minor()));
        if (pt.actual)
            top = std::max(top, double(pt.actual->minor()));
    }
    // Legend.
    double lx = area.left();
    const double ly = area.top() + fm.height() / 2;
    legendItem(p, lx, ly, QPen(kActual, 2 * unit), QCoreApplication::translate("SummaryChartPainter", "Actual"), unit);
    legendItem(p, lx, ly, QPen(kExpected, 1.2 * unit), QCoreApplication::translate("SummaryChartPainter", "Expected (daily target shares)"), unit);
    legendItem(p, lx, ly, QPen(kTarget, 1.2 * unit, Qt::DashLine), QCoreApplication::translate("SummaryChartPainter", "Month target"), unit);
    area.setTop(area.top() + fm.height() * 1.6);

    if (s.progress.empty() || top <= 0) {
        p.setPen(kAxis);
        p.drawText(area, Qt::AlignCenter, QCoreApplication::translate("SummaryChartPainter", "No target and no actual in %1.").arg(s.month.toString()));
        p.restore();
        return;
    }
    const double step = niceStep(top / scale / 5.0) * scale;
    const double yMax = std::ceil(top * 1.05 / step) * step;
    double labelWidth = 0;
    for (double v = 0; v <= yMax + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(Amount(std::llround(v / scale)).toString(0)));
    const QRectF plot(area.left() + labelWidth + 4 * unit, area.top() + fm.height() * 0.5,
                      area.width() - labelWidth - 6 * unit, area.height() - fm.height() * 2.2);
    const int days = int(s.progress.size());
    const auto xOf = [&](double dayEnd) { return plot.left() + plot.width() * dayEnd / days; };
    const auto yOf = [&](double minor) { return plot.bottom() - plot.height() * minor / yMax; };

    // The summary's week, where it falls in the month.
    const int weekFrom = int(s.month.first().daysTo(std::max(s.week.first(), s.month.first())));
    const int weekTo = int(s.month.first().daysTo(std::min(s.week.last(), s.month.last())));
    if (weekFrom <= weekTo) {
        const QRectF band(QPointF(xOf(weekFrom), plot.top()), QPointF(xOf(weekTo + 1), plot.bottom()));
        p.fillRect(band, kWeek);
        p.setPen(kAxis);
        p.drawText(band.adjusted(0, 2 * unit, 0, 0), Qt::AlignHCenter | Qt::AlignTop, s.week.toString());
    }
    // Grid and axes.
    for (double v = 0; v <= yMax + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(kGrid, 0.5 * unit));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, labelWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   Amount(std::llround(v / scale)).toString(0));
    }
    p.setPen(QPen(kAxis, 0.8 * unit));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int i = 0; i < days; ++i) {
        const int day = s.progress[std::size_t(i)].day.day();
        if (day == 1 || day % 5 == 0) {
            const double x = xOf(i + 1);
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 2 * unit));
            p.drawText(QRectF(x - 20 * unit, plot.bottom() + 2 * unit, 40 * unit, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       s.progress[std::size_t(i)].day.toString(QStringLiteral("M-d")));
        }
    }
    // Target, expected, actual.
    p.setPen(QPen(kTarget, 1.2 * unit, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), yOf(double(target.minor()))), QPointF(plot.right(), yOf(double(target.minor()))));
    p.setPen(kTarget);
    p.drawText(QRectF(plot.left(), yOf(double(target.minor())) - fm.height() * 1.1, plot.width() - 2 * unit, fm.height()),
               Qt::AlignRight | Qt::AlignBottom, QCoreApplication::translate("SummaryChartPainter", "Target %1").arg(target.toString(decimals)));
    QPainterPath expected(QPointF(xOf(0), yOf(0)));
    QPainterPath actual(QPointF(xOf(0), yOf(0)));
    QPointF last(xOf(0), yOf(0));
    std::optional<Amount> lastActual;
    for (int i = 0; i < days; ++i) {
        const ProgressPoint &pt = s.progress[std::size_t(i)];
        expected.lineTo(xOf(i + 1), yOf(double(pt.expected.minor())));
        if (pt.actual) {
            last = QPointF(xOf(i + 1), yOf(double(pt.actual->minor())));
            actual.lineTo(last);
            lastActual = pt.actual;
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kExpected, 1.2 * unit));
    p.drawPath(expected);
    p.setPen(QPen(kActual, 2 * unit));
    p.drawPath(actual);
    if (lastActual) {
        p.setBrush(kActual);
        p.drawEllipse(last, 2.2 * unit, 2.2 * unit);
        p.setPen(kActual);
        const QString label = QCoreApplication::translate("SummaryChartPainter", "Actual %1").arg(lastActual->toString(decimals));
        const double w = fm.horizontalAdvance(label) + 4 * unit;
        const double x = std::min(last.x() + 4 * unit, plot.right() - w);
        // Below the line's end, unless that would cross the axis.
        const double below = last.y() + 3 * unit;
        const double y = below + fm.height() <= plot.bottom() - 2 * unit ? below : last.y() - 3 * unit - fm.height();
        p.drawText(QRectF(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignTop, label);
    }
    p.restore();
}

void SummaryChartPainter::paintChildren(QPainter &p, const QRectF &rect, const WeeklySummary &s,
                                        const SummarySection &section, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double unit = p.device()->logicalDpiY() / 72.0;
    // The top level's members; when the top has a single member with members of its own (one
    // department), that member's are shown instead.
    std::size_t top = 0;
    std::vector<const SummaryRow *> children;
    for (;;) {
        children.clear();
        const int depth = section.rows[top].depth;
        std::size_t end = top + 1;
        for (; end < section.rows.size() && section.rows[end].depth > depth; ++end) {
            if (section.rows[end].depth == depth + 1)
                children.push_back(&section.rows[end]);
        }
        if (children.size() != 1 || children.front()->unassigned)
            break;
        const std::size_t only = std::size_t(children.front() - section.rows.data());
        if (only + 1 >= section.rows.size() || section.rows[only + 1].depth <= section.rows[only].depth)
            break; // a leaf: show it as the one bar
        top = only;
    }
    QRectF area = paintTitle(p, rect, QCoreApplication::translate("SummaryChartPainter", "Month %1 to date — %2 by %3: achievement")
                                          .arg(s.month.toString(), section.rows[top].name,
                                               dimensionName(section.dimension)), font);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    if (children.empty()) {
        p.setPen(kAxis);
        p.drawText(area, Qt::AlignCenter, QCoreApplication::translate("SummaryChartPainter", "The top level has no members in this dimension."));
        p.restore();
        return;
    }
    const Figures &root = section.rows[top].month;
    // Share of the month's target expected by the as-of date: the time elapsed (时间进度).
    const bool hasElapsed = !root.target.isZero();
    const double elapsed = hasElapsed ? double(root.expected.minor()) / double(root.target.minor()) : 0.0;
    double most = 1.3;
    for (const SummaryRow *r : children)
        most = std::max(most, r->month.achievement.value_or(0.0) * 1.05);
    const double xMax = std::min(most, 3.0);

    double nameWidth = 0;
    double valueWidth = 0;
    for (const SummaryRow *r : children) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(r->name));
        const QString v = (r->month.achievement ? SummaryColumns::percent(*r->month.achievement) : QString()) + QStringLiteral("  ")
                        + statusSymbol(r->status()) + u' ' + statusLabel(r->status());
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(v));
    }
    nameWidth = std::min(nameWidth, area.width() * 0.3);
    const QRectF plot(area.left() + nameWidth + 4 * unit, area.top() + fm.height() * 1.3,
                      area.width() - nameWidth - valueWidth - 10 * unit, area.height() - fm.height() * 2.8);
    const auto xOf = [&](double ratio) { return plot.left() + plot.width() * std::clamp(ratio, 0.0, xMax) / xMax; };
    const double slot = std::min(plot.height() / double(children.size()), 18 * unit);
    const double bar = slot * 0.62;

    // Bars first, then the reference lines over them, then the labels on a light backing.
    std::vector<std::pair<QRectF, QString>> labels;
    for (std::size_t i = 0; i < children.size(); ++i) {
        const SummaryRow &r = *children[i];
        const double y = plot.top() + slot * double(i);
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, nameWidth, slot), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(r.name, Qt::ElideRight, nameWidth));
        const double rate = r.month.achievement.value_or(0.0);
        const QRectF barRect(QPointF(plot.left(), y + (slot - bar) / 2), QPointF(xOf(rate), y + (slot + bar) / 2));
        p.fillRect(barRect, barColour(r.status()));
        const QString v = (r.month.achievement ? SummaryColumns::percent(rate) + QStringLiteral("  ") : QString())
                        + statusSymbol(r.status()) + u' ' + statusLabel(r.status());
        const double w = fm.horizontalAdvance(v) + 2 * unit;
        labels.emplace_back(QRectF(barRect.right() + 2 * unit, y + (slot - fm.height()) / 2, w, fm.height()), v);
    }
    const double bottom = plot.top() + slot * double(children.size());
    for (const double ref : {0.8, 1.0, 1.2}) {
        p.setPen(QPen(ref == 1.0 ? kAxis : kExpected, (ref == 1.0 ? 1.0 : 0.8) * unit, ref == 1.0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(xOf(ref), plot.top()), QPointF(xOf(ref), bottom));
        p.setPen(kAxis);
        p.drawText(QRectF(xOf(ref) - 20 * unit, plot.top() - fm.height() * 1.2, 40 * unit, fm.height()), Qt::AlignCenter,
                   SummaryColumns::percent(ref));
    }
    if (hasElapsed) {
        const double x = xOf(elapsed);
        p.setPen(QPen(kTarget, 1.2 * unit, Qt::DashDotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, bottom));
        p.setPen(kTarget);
        const QString label = QCoreApplication::translate("SummaryChartPainter", "Time elapsed %1").arg(SummaryColumns::percent(elapsed));
        const double w = fm.horizontalAdvance(label) + 2 * unit;
        p.drawText(QRectF(x - w / 2, bottom + fm.height() * 0.2, w, fm.height()), Qt::AlignCenter, label);
    }
    for (const auto &[box, text] : labels) {
        p.fillRect(box, QColor(255, 255, 255, 210));
        p.setPen(Qt::black);
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.setPen(QPen(kAxis, 0.8 * unit));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.top() + slot * double(children.size())));
    p.restore();
}

} // namespace st
