#include "salestarget/gui/ProgressChartView.h"

#include "ChartAxes.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

const QColor kActualColor(0x15, 0x65, 0xC0);
const QColor kTargetColor(0x75, 0x75, 0x75);
const QColor kAsOfColor(0xE6, 0x51, 0x00);

/// A day on the time axis: local noon, so that the axis (which shows local time) never shifts a
/// date whatever the time zone.
qreal timeOf(QDate day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

/// An amount in the unit the value axis shows (major units, or 万 for money in ten-thousands).
double chartValue(Amount value, const Metric &metric, DisplayUnit unit)
{
    double divisor = double(scaleOf(metric.decimals));
    if (metric.unit == MetricUnit::Currency && unit == DisplayUnit::TenThousand)
        divisor *= 10000.0;
    return double(value.minor()) / divisor;
}

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

} // namespace

struct ProgressChartView::Private {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLineSeries *actual = nullptr;
    QLineSeries *cumulativeTarget = nullptr;
    QLineSeries *target = nullptr;
    QLineSeries *projection = nullptr;
    QLineSeries *asOfLine = nullptr;
    QScatterSeries *asOfPoint = nullptr;
    QDateTimeAxis *dateAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QString currency = QStringLiteral("CNY");
    QDate firstDay;
    int dayCount = 0;

    QLineSeries *addLine(const QString &objectName, const QPen &linePen)
    {
        auto *series = new QLineSeries(chart);
        series->setObjectName(objectName);
        series->setPen(linePen);
        chart->addSeries(series);
        return series;
    }

    /// The date axis range and ticks for the width: as many tick labels as fit, each on a whole day.
    /// The days can span noon of the first to noon of the last day (n - 1 day steps) or midnight
    /// before the first to midnight after the last (n steps); one of the two nearly always splits
    /// into equal whole-day intervals (a 30-day month: 6 x 5 days; a 31-day month: 6 x 5 days).
    void updateDateAxis(int width)
    {
        if (dayCount <= 0)
            return;
        const int most = std::clamp(width / 90, 2, 12); // an "MM-dd" label and the gap between two
        const auto ticksFor = [most](int steps) {
            for (int t = most; t >= std::max(2, (most + 1) / 2); --t) {
                if (steps > 0 && steps % (t - 1) == 0)
                    return t;
            }
            return 0;
        };
        const int noonTicks = ticksFor(dayCount - 1);
        const int midnightTicks = dayCount == 1 ? 2 : ticksFor(dayCount);
        const QDate last = firstDay.addDays(dayCount - 1);
        if (midnightTicks > noonTicks) {
            dateAxis->setRange(QDateTime(firstDay, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
            dateAxis->setTickCount(midnightTicks);
        } else {
            dateAxis->setRange(QDateTime(firstDay, QTime(12, 0)), QDateTime(last, QTime(12, 0)));
            dateAxis->setTickCount(noonTicks > 0 ? noonTicks : std::min(most, dayCount));
        }
    }
};

ProgressChartView::ProgressChartView(QWidget *parent) : QWidget(parent), d(new Private)
{
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setLocalizeNumbers(true); // thousands separators of the user's locale on the value axis
    d->chart->setLocale(QLocale());
    d->chart->legend()->setAlignment(Qt::AlignRight); // one line per series: the figures in the names never get cut
    d->chart->setMargins(QMargins(4, 4, 4, 4));

    d->cumulativeTarget = d->addLine(QStringLiteral("cumulativeTarget"), pen(kTargetColor, 1.5));
    d->target = d->addLine(QStringLiteral("target"), pen(kTargetColor, 1.2, Qt::DotLine));
    d->actual = d->addLine(QStringLiteral("actual"), pen(kActualColor, 2.5));
    d->projection = d->addLine(QStringLiteral("projection"), pen(kActualColor, 2.0, Qt::DashLine));
    d->asOfLine = d->addLine(QStringLiteral("asOfLine"), pen(kAsOfColor, 1.2, Qt::DotLine));
    d->asOfPoint = new QScatterSeries(d->chart);
    d->asOfPoint->setObjectName(QStringLiteral("asOfPoint"));
    d->asOfPoint->setMarkerSize(9.0);
    d->asOfPoint->setColor(kAsOfColor);
    d->asOfPoint->setBorderColor(Qt::white);
    d->chart->addSeries(d->asOfPoint);

    d->dateAxis = new QDateTimeAxis(d->chart);
    d->dateAxis->setFormat(QStringLiteral("MM-dd"));
    d->valueAxis = new QValueAxis(d->chart);
    d->valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->dateAxis, Qt::AlignBottom);
    d->chart->addAxis(d->valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : d->chart->series()) {
        s->attachAxis(d->dateAxis);
        s->attachAxis(d->valueAxis);
    }
    d->chart->legend()->markers(d->asOfPoint).constFirst()->setVisible(false); // the as-of line names it

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    clear();
}

ProgressChartView::~ProgressChartView()
{
    delete d;
}

void ProgressChartView::setCurrency(const QString &currency)
{
    d->currency = currency;
}

void ProgressChartView::setSeries(const ProgressSeries &series, const Metric &metric, DisplayUnit unit,
                                  const QString &title)
{
    const std::size_t days = std::min(series.days.size(), series.cumulativeTarget.size());
    if (days == 0) {
        clear();
        d->chart->setTitle(title);
        return;
    }
    for (QLegendMarker *m : d->chart->legend()->markers())
        m->setVisible(true);
    d->chart->legend()->markers(d->asOfPoint).constFirst()->setVisible(false); // the as-of line names it
    const auto value = [&](Amount a) { return chartValue(a, metric, unit); };
    const auto text = [&](Amount a) { return DisplayFormat::amount(a, metric, unit); };
    double low = 0.0;
    double high = 0.0;
    const auto extend = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };

    QList<QPointF> points;
    points.reserve(qsizetype(days));
    for (std::size_t i = 0; i < days; ++i) {
        points.append(QPointF(timeOf(series.days[i]), value(series.cumulativeTarget[i])));
        extend(points.constLast().y());
    }
    d->cumulativeTarget->replace(points);
    d->cumulativeTarget->setName(tr("Expected to date"));

    const QDate first = series.days.front();
    const QDate last = series.days[days - 1];
    const double target = value(series.target);
    extend(target);
    d->target->replace({QPointF(timeOf(first), target), QPointF(timeOf(last), target)});
    d->target->setName(tr("Target %1").arg(text(series.target)));

    const std::size_t actualDays = std::min(series.cumulativeActual.size(), days);
    points.clear();
    for (std::size_t i = 0; i < actualDays; ++i) {
        points.append(QPointF(timeOf(series.days[i]), value(series.cumulativeActual[i])));
        extend(points.constLast().y());
    }
    d->actual->replace(points);
    d->actual->setName(tr("Actual %1 %2").arg(text(series.actualAtAsOf), DisplayFormat::statusText(series.status)));

    if (actualDays > 0) {
        // The marker sits on the last day that counts: the as-of date, or the period's end after it.
        const QDate markDay = series.days[actualDays - 1];
        const double actual = value(series.actualAtAsOf);
        d->asOfPoint->replace({QPointF(timeOf(markDay), actual)});
        d->asOfLine->setName(tr("As of %1, expected %2").arg(markDay.toString(QStringLiteral("MM-dd")),
                                                              text(series.expectedAtAsOf)));
        if (markDay < last) {
            const double projected = value(series.projectionAtEnd);
            extend(projected);
            d->projection->replace({QPointF(timeOf(markDay), actual), QPointF(timeOf(last), projected)});
            d->projection->setName(tr("Projection %1").arg(text(series.projectionAtEnd)));
        } else {
            d->projection->clear();
            d->projection->setName(tr("Projection"));
        }
    } else {
        d->asOfPoint->clear();
        d->projection->clear();
        d->projection->setName(tr("Projection"));
        d->asOfLine->setName(tr("As of %1: not started").arg(series.asOf.toString(QStringLiteral("MM-dd"))));
    }
    d->chart->legend()->markers(d->projection).constFirst()->setVisible(d->projection->count() > 0);

    charts::setNiceRange(d->valueAxis, low, high);
    // Few decimals: whole numbers unless the axis spans only a few units (small 万 amounts).
    d->valueAxis->setTitleText(DisplayFormat::unitLabel(metric, unit, d->currency));

    if (actualDays > 0) {
        const QDate markDay = series.days[actualDays - 1];
        d->asOfLine->replace({QPointF(timeOf(markDay), d->valueAxis->min()), QPointF(timeOf(markDay), d->valueAxis->max())});
    } else {
        d->asOfLine->clear();
    }

    d->firstDay = first;
    d->dayCount = int(days);
    d->dateAxis->setFormat(first.year() == last.year() ? QStringLiteral("MM-dd") : QStringLiteral("yy-MM-dd"));
    d->updateDateAxis(d->view->width());
    d->chart->setTitle(title);
}

void ProgressChartView::clear()
{
    for (QAbstractSeries *s : d->chart->series())
        static_cast<QXYSeries *>(s)->clear();
    for (QLegendMarker *m : d->chart->legend()->markers())
        m->setVisible(false);
    d->dayCount = 0;
    d->firstDay = QDate();
    d->valueAxis->setRange(0.0, 1.0);
    d->valueAxis->setTitleText(QString());
    d->chart->setTitle(QString());
}

void ProgressChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->updateDateAxis(event->size().width());
}

} // namespace st
