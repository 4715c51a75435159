#include "salestarget/gui/ChildrenChartView.h"

#include "salestarget/gui/DisplayFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace st {

namespace {

// One bar set per status, so that each bar takes its status colour; the legend names the statuses.
constexpr std::array<Status, 5> kStatuses{Status::Lagging, Status::OnTrack, Status::Ahead, Status::NotStarted,
                                          Status::NoTarget};
constexpr int kRowHeight = 26;   // pixels per bar: labels never overlap, long lists scroll
constexpr int kChartFrame = 150; // title, value axis and legend

/// The share of the target expected by the as-of date, from the children's achievement and pace
/// (achievement / pace = expected / target); 1 when no child tells (no target, nothing expected).
double expectedShare(const std::vector<ChildBar> &bars)
{
    std::vector<double> shares;
    for (const ChildBar &b : bars) {
        if (b.achievement && b.pace && *b.pace > 0.0 && *b.achievement > 0.0)
            shares.push_back(*b.achievement / *b.pace);
    }
    if (shares.empty())
        return 1.0;
    std::nth_element(shares.begin(), shares.begin() + std::ptrdiff_t(shares.size() / 2), shares.end());
    return std::clamp(shares[shares.size() / 2], 0.0, 1.0);
}

std::size_t statusIndex(Status s)
{
    return std::size_t(std::find(kStatuses.begin(), kStatuses.end(), s) - kStatuses.begin());
}

} // namespace

struct ChildrenChartView::Private {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QScrollArea *scroll = nullptr;
    QHorizontalStackedBarSeries *bars = nullptr;
    std::array<QBarSet *, kStatuses.size()> sets{};
    QBarCategoryAxis *categories = nullptr;
    QValueAxis *percentAxis = nullptr;
    QValueAxis *lineAxis = nullptr; // hidden 0..1 axis that makes the threshold lines span the plot
    // Lagging, expected-to-date, ahead and the full target, as achievement percentages.
    std::array<QLineSeries *, 4> thresholds{};
    std::vector<NodeId> nodes; // per category, bottom to top
    QStringList tooltips;      // per category

    QLineSeries *addThreshold(const QString &objectName, const QPen &pen)
    {
        auto *line = new QLineSeries(chart);
        line->setObjectName(objectName);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(percentAxis);
        line->attachAxis(lineAxis);
        return line;
    }

    void setThreshold(std::size_t i, double percent, const QString &name)
    {
        thresholds[i]->replace({QPointF(percent, 0.0), QPointF(percent, 1.0)});
        thresholds[i]->setName(name);
    }
};

ChildrenChartView::ChildrenChartView(QWidget *parent) : QWidget(parent), d(new Private)
{
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setLocalizeNumbers(true);
    d->chart->setLocale(QLocale());
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));

    d->bars = new QHorizontalStackedBarSeries(d->chart);
    d->bars->setObjectName(QStringLiteral("bars"));
    d->bars->setBarWidth(0.7);
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
        auto *set = new QBarSet(DisplayFormat::statusText(kStatuses[i]), d->bars);
        set->setColor(DisplayFormat::statusColor(kStatuses[i]));
        set->setBorderColor(DisplayFormat::statusColor(kStatuses[i]));
        d->sets[i] = set;
        d->bars->append(set);
    }
    d->chart->addSeries(d->bars);

    d->categories = new QBarCategoryAxis(d->chart);
    d->percentAxis = new QValueAxis(d->chart);
    d->percentAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->percentAxis->setTitleText(tr("Achievement (%)"));
    d->percentAxis->setTickType(QValueAxis::TicksDynamic);
    d->percentAxis->setTickAnchor(0.0);
    d->lineAxis = new QValueAxis(d->chart);
    d->lineAxis->setRange(0.0, 1.0);
    d->lineAxis->setVisible(false);
    d->chart->addAxis(d->categories, Qt::AlignLeft);
    d->chart->addAxis(d->percentAxis, Qt::AlignBottom);
    d->chart->addAxis(d->lineAxis, Qt::AlignRight);
    d->bars->attachAxis(d->categories);
    d->bars->attachAxis(d->percentAxis);

    d->thresholds[0] = d->addThreshold(QStringLiteral("laggingLine"),
                                       QPen(DisplayFormat::statusColor(Status::Lagging), 1.5, Qt::DashLine));
    d->thresholds[1] = d->addThreshold(QStringLiteral("expectedLine"), QPen(QColor(0x42, 0x42, 0x42), 1.5, Qt::DotLine));
    d->thresholds[2] = d->addThreshold(QStringLiteral("aheadLine"),
                                       QPen(DisplayFormat::statusColor(Status::Ahead), 1.5, Qt::DashDotLine));
    d->thresholds[3] = d->addThreshold(QStringLiteral("targetLine"), QPen(QColor(0x42, 0x42, 0x42), 1.5));

    connect(d->bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < d->tooltips.size())
            QToolTip::showText(QCursor::pos(), d->tooltips.at(index), this);
        else
            QToolTip::hideText();
    });
    connect(d->bars, &QAbstractBarSeries::doubleClicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && std::size_t(index) < d->nodes.size() && d->nodes[std::size_t(index)] != 0)
            Q_EMIT barActivated(d->nodes[std::size_t(index)]);
    });

    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    d->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->scroll->setWidget(d->view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->scroll);
    clear();
}

ChildrenChartView::~ChildrenChartView()
{
    d->bars->disconnect(this); // the lambdas use d, which goes before the children do
    delete d;
}

void ChildrenChartView::setBars(const std::vector<ChildBar> &bars, int laggingBelowBp, int aheadAboveBp,
                                const QString &title)
{
    // The bars show achievement (actual / whole target) against fixed lines at the plan's
    // thresholds (80%, 100%, 120%). Status compares the actual with expected-to-date (pace), so
    // while the period runs a dotted line also marks the share of the target expected by the as-of
    // date (achievement / pace: the same for children spread alike; the median otherwise).
    const double share = expectedShare(bars);
    const double lagging = laggingBelowBp / 100.0;
    const double expected = share * 100.0;
    const double ahead = aheadAboveBp / 100.0;
    // Horizontal bars stack from the bottom: reverse so that the first child is on top.
    std::array<QList<qreal>, kStatuses.size()> values;
    QStringList labels;
    QSet<QString> used;
    d->nodes.clear();
    d->tooltips.clear();
    double low = 0.0;
    double high = std::max({ahead, 100.0, lagging});
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) {
        const ChildBar &bar = *it;
        const double percent = bar.achievement ? *bar.achievement * 100.0 : 0.0;
        low = std::min(low, percent);
        high = std::max(high, percent);
        for (std::size_t s = 0; s < kStatuses.size(); ++s)
            values[s].append(s == statusIndex(bar.status) ? percent : 0.0);
        // The label carries the status in words and the figure, so that colour is never the only signal.
        const QString figure = bar.achievement ? DisplayFormat::percent(bar.achievement) : tr("no target");
        QString label = QStringLiteral("%1  %2  %3").arg(bar.name, DisplayFormat::statusText(bar.status), figure);
        while (used.contains(label)) // categories must be unique
            label += QChar(0x200B);
        used.insert(label);
        labels.append(label);
        d->nodes.push_back(bar.node);
        d->tooltips.append(tr("%1\n%2\nAchievement: %3\nPace: %4")
                               .arg(bar.name, DisplayFormat::statusText(bar.status), DisplayFormat::percent(bar.achievement),
                                    DisplayFormat::percent(bar.pace)));
    }
    for (std::size_t s = 0; s < kStatuses.size(); ++s) {
        d->sets[s]->remove(0, d->sets[s]->count());
        d->sets[s]->append(values[s]);
        const bool present = std::any_of(bars.begin(), bars.end(), [&](const ChildBar &b) { return b.status == kStatuses[s]; });
        d->chart->legend()->markers(d->bars).at(qsizetype(s))->setVisible(present);
    }
    d->categories->setCategories(labels);

    const double span = high - low;
    const double step = span <= 200.0 ? 20.0 : span <= 500.0 ? 50.0 : span <= 1000.0 ? 100.0 : std::ceil(span / 1000.0) * 100.0;
    d->percentAxis->setTickInterval(step);
    d->percentAxis->setRange(std::floor(low / step) * step, std::ceil((high + step * 0.25) / step) * step);

    const auto pct = [](double v) { return QLocale().toString(v, 'f', 0) + u'%'; };
    d->setThreshold(0, lagging, tr("%1 of target").arg(pct(lagging)));
    d->setThreshold(1, expected, tr("Expected to date %1").arg(pct(expected)));
    d->setThreshold(2, ahead, tr("%1 of target").arg(pct(ahead)));
    d->setThreshold(3, 100.0, tr("Target 100%"));
    for (QLineSeries *line : d->thresholds)
        d->chart->legend()->markers(line).constFirst()->setVisible(!bars.empty());
    if (share >= 1.0) { // the period is over: expected-to-date is the target
        d->thresholds[1]->clear();
        d->chart->legend()->markers(d->thresholds[1]).constFirst()->setVisible(false);
    }
    d->view->setMinimumHeight(kChartFrame + kRowHeight * int(bars.size()));
    d->chart->setTitle(title);
}

void ChildrenChartView::clear()
{
    for (QBarSet *set : d->sets)
        set->remove(0, set->count());
    d->categories->clear();
    d->nodes.clear();
    d->tooltips.clear();
    for (QLineSeries *line : d->thresholds)
        line->clear();
    for (QLegendMarker *m : d->chart->legend()->markers())
        m->setVisible(false);
    d->percentAxis->setTickInterval(20.0);
    d->percentAxis->setRange(0.0, 140.0);
    d->view->setMinimumHeight(kChartFrame);
    d->chart->setTitle(QString());
}

} // namespace st
