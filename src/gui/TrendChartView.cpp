#include "salestarget/gui/TrendChartView.h"

#include "ChartAxes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

const QColor kActualColor(0x15, 0x65, 0xC0);
const QColor kTargetColor(0xB0, 0xB0, 0xB0);
const QColor kAverageColor(0xE6, 0x51, 0x00);

enum TableRow { MonthOnMonthRow = 0, YearOnYearRow = 1 };

double chartValue(double minor, const Metric &metric, DisplayUnit unit)
{
    double divisor = double(scaleOf(metric.decimals));
    if (metric.unit == MetricUnit::Currency && unit == DisplayUnit::TenThousand)
        divisor *= 10000.0;
    return minor / divisor;
}

/// `+12.3%`, `-4.0%` or `–`: a change is read by its sign, never by colour.
QString changeText(const std::optional<double> &ratio)
{
    const QString text = DisplayFormat::percent(ratio);
    return ratio && *ratio > 0.0 ? u'+' + text : text;
}

} // namespace

struct TrendChartView::Private {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QBarSeries *bars = nullptr;
    QBarSet *actual = nullptr;
    QBarSet *target = nullptr;
    QLineSeries *average = nullptr;
    QBarCategoryAxis *months = nullptr;
    QValueAxis *valueAxis = nullptr;
    QTableWidget *changes = nullptr;
    QString currency = QStringLiteral("CNY");
    // What the tooltip says, per month.
    TrendSeries series;
    Metric metric;
    DisplayUnit unit = DisplayUnit::Yuan;

    /// Exactly as tall as its header and two rows: the chart keeps the rest.
    void fitTableHeight()
    {
        changes->ensurePolished();
        changes->setFixedHeight(changes->horizontalHeader()->sizeHint().height() + changes->verticalHeader()->length()
                                + 2 * changes->frameWidth());
    }

    QString tooltip(int index) const
    {
        if (index < 0 || std::size_t(index) >= series.months.size())
            return {};
        const std::size_t i = std::size_t(index);
        const auto amount = [&](Amount a) { return DisplayFormat::amount(a, metric, unit); };
        QStringList lines;
        lines << series.months[i].toString();
        lines << TrendChartView::tr("Actual: %1").arg(series.actual[i] ? amount(*series.actual[i]) : TrendChartView::tr("not yet"));
        lines << TrendChartView::tr("Target: %1").arg(amount(series.target[i]));
        lines << TrendChartView::tr("Month on month: %1").arg(changeText(series.monthOnMonth[i]));
        lines << TrendChartView::tr("Year on year: %1").arg(changeText(series.yearOnYear[i]));
        if (series.movingAverage3[i]) {
            const auto minor = std::llround(*series.movingAverage3[i]);
            lines << TrendChartView::tr("3-month average: %1").arg(amount(Amount(minor)));
        }
        return lines.join(u'\n');
    }
};

TrendChartView::TrendChartView(QWidget *parent) : QWidget(parent), d(new Private)
{
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setLocalizeNumbers(true);
    d->chart->setLocale(QLocale());
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));

    d->bars = new QBarSeries(d->chart);
    d->bars->setObjectName(QStringLiteral("bars"));
    d->actual = new QBarSet(tr("Actual"), d->bars);
    d->actual->setColor(kActualColor);
    d->actual->setBorderColor(kActualColor);
    d->target = new QBarSet(tr("Target"), d->bars);
    d->target->setColor(kTargetColor);
    d->target->setBorderColor(kTargetColor);
    d->bars->append(d->actual);
    d->bars->append(d->target);
    d->chart->addSeries(d->bars);
    d->average = new QLineSeries(d->chart);
    d->average->setObjectName(QStringLiteral("movingAverage"));
    d->average->setName(tr("3-month moving average"));
    d->average->setPen(QPen(kAverageColor, 2.0));
    d->average->setPointsVisible(true);
    d->chart->addSeries(d->average);

    d->months = new QBarCategoryAxis(d->chart);
    d->valueAxis = new QValueAxis(d->chart);
    d->valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->months, Qt::AlignBottom);
    d->chart->addAxis(d->valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : d->chart->series()) {
        s->attachAxis(d->months);
        s->attachAxis(d->valueAxis);
    }
    connect(d->bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on)
            QToolTip::showText(QCursor::pos(), d->tooltip(index), this);
        else
            QToolTip::hideText();
    });

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);

    // The changes as numbers under the chart: exact, readable without hovering, and accessible.
    d->changes = new QTableWidget(2, 0, this);
    d->changes->setObjectName(QStringLiteral("changes"));
    d->changes->setVerticalHeaderLabels({tr("Month on month"), tr("Year on year")});
    d->changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->changes->setSelectionMode(QAbstractItemView::NoSelection);
    d->changes->setFocusPolicy(Qt::NoFocus);
    d->changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    d->changes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    d->changes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->changes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->changes->verticalHeader()->setDefaultSectionSize(d->changes->fontMetrics().height() + 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->changes);
    clear();
}

TrendChartView::~TrendChartView()
{
    d->bars->disconnect(this); // the lambdas use d, which goes before the children do
    delete d;
}

void TrendChartView::setCurrency(const QString &currency)
{
    d->currency = currency;
}

void TrendChartView::setSeries(const TrendSeries &series, const Metric &metric, DisplayUnit unit, const QString &title)
{
    const std::size_t n = series.months.size();
    if (n == 0 || series.target.size() != n || series.actual.size() != n || series.monthOnMonth.size() != n
        || series.yearOnYear.size() != n || series.movingAverage3.size() != n) {
        clear();
        d->chart->setTitle(title);
        return;
    }
    d->series = series;
    d->metric = metric;
    d->unit = unit;
    const auto value = [&](double minor) { return chartValue(minor, metric, unit); };

    QStringList labels;
    QList<qreal> actual;
    QList<qreal> target;
    QList<QPointF> average;
    double low = 0.0;
    double high = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        labels.append(series.months[i].toString());
        actual.append(series.actual[i] ? value(double(series.actual[i]->minor())) : 0.0);
        target.append(value(double(series.target[i].minor())));
        if (series.movingAverage3[i])
            average.append(QPointF(double(i), value(*series.movingAverage3[i])));
        for (double v : {actual.constLast(), target.constLast()}) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
        if (!average.isEmpty() && average.constLast().x() == double(i)) {
            low = std::min(low, average.constLast().y());
            high = std::max(high, average.constLast().y());
        }
    }
    d->months->setCategories(labels);
    d->actual->remove(0, d->actual->count());
    d->actual->append(actual);
    d->target->remove(0, d->target->count());
    d->target->append(target);
    d->average->replace(average);
    for (QLegendMarker *m : d->chart->legend()->markers())
        m->setVisible(true);

    charts::setNiceRange(d->valueAxis, low, high);
    d->valueAxis->setTitleText(DisplayFormat::unitLabel(metric, unit, d->currency));

    d->changes->setColumnCount(int(n));
    QStringList headers;
    for (Month m : series.months)
        headers.append(QLocale().toString(m.firstDay(), QStringLiteral("MMM")));
    d->changes->setHorizontalHeaderLabels(headers);
    for (std::size_t i = 0; i < n; ++i) {
        const std::array<std::pair<int, QString>, 2> cells{std::pair{int(MonthOnMonthRow), changeText(series.monthOnMonth[i])},
                                                           std::pair{int(YearOnYearRow), changeText(series.yearOnYear[i])}};
        for (const auto &[row, text] : cells) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(d->tooltip(int(i)));
            d->changes->setItem(row, int(i), item);
        }
    }
    d->fitTableHeight();
    d->chart->setTitle(title);
}

void TrendChartView::clear()
{
    d->series = TrendSeries{};
    d->months->clear();
    d->actual->remove(0, d->actual->count());
    d->target->remove(0, d->target->count());
    d->average->clear();
    for (QLegendMarker *m : d->chart->legend()->markers())
        m->setVisible(false);
    d->valueAxis->setRange(0.0, 1.0);
    d->valueAxis->setTitleText(QString());
    d->changes->setColumnCount(0);
    d->chart->setTitle(QString());
}

} // namespace st
