// The dashboard's chart views: data handed over replaces what was shown, clear() empties them,
// axes cover the data, bars name their status in words, a double-click drills down; and a
// rendering of each over the demo plan (/tmp/charts-*.png) to look at.

#include "salestarget/gui/ChildrenChartView.h"
#include "salestarget/gui/ProgressChartView.h"
#include "salestarget/gui/TrendChartView.h"

#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/FactCache.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace st {
namespace {

const Metric &sales()
{
    return Metric::byKey(QStringLiteral("sales"));
}

QChart *chartOf(QWidget &w)
{
    auto *view = w.findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

template <typename T>
T *seriesNamed(QWidget &w, const char *objectName)
{
    for (QAbstractSeries *s : chartOf(w)->series()) {
        if (s->objectName() == QLatin1String(objectName))
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

template <typename T>
T *axisOf(QWidget &w, Qt::Orientation o)
{
    for (QAbstractAxis *a : chartOf(w)->axes(o)) {
        if (auto *t = qobject_cast<T *>(a); t && a->isVisible())
            return t;
    }
    return nullptr;
}

/// A month of 30 days with a 21,000.00 target (1,000.00 a working day from Monday the 2nd).
ProgressSeries novemberSeries(int actualDays)
{
    ProgressSeries s;
    const WorkCalendar calendar;
    std::int64_t target = 0;
    for (int i = 0; i < 30; ++i) {
        const QDate day(2026, 11, i + 1);
        if (calendar.isWorkingDay(day))
            target += 1000'00;
        s.days.push_back(day);
        s.cumulativeTarget.push_back(Amount(target));
        if (i < actualDays)
            s.cumulativeActual.push_back(Amount(std::int64_t(i) * 600'00));
    }
    s.target = Amount(21000'00);
    s.asOf = QDate(2026, 11, actualDays);
    s.actualAtAsOf = s.cumulativeActual.empty() ? Amount() : s.cumulativeActual.back();
    s.expectedAtAsOf = actualDays > 0 ? s.cumulativeTarget[std::size_t(actualDays - 1)] : Amount();
    s.projectionEnd = QDate(2026, 11, 30);
    s.projectionAtEnd = Amount(18000'00);
    s.status = Status::Lagging;
    return s;
}

TEST(ProgressChartViewTest, SetSeriesDrawsEveryLineOnADateAxis)
{
    ProgressChartView view;
    view.resize(900, 400);
    view.setSeries(novemberSeries(18), sales(), DisplayUnit::Yuan, QStringLiteral("East · 2026-11"));
    EXPECT_EQ(chartOf(view)->title(), QStringLiteral("East · 2026-11"));
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "cumulativeTarget")->count(), 30);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "actual")->count(), 18);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "target")->count(), 2);
    ASSERT_EQ(seriesNamed<QLineSeries>(view, "projection")->count(), 2);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "projection")->at(1).y(), 18000.0);
    EXPECT_EQ(seriesNamed<QScatterSeries>(view, "asOfPoint")->count(), 1);
    EXPECT_DOUBLE_EQ(seriesNamed<QScatterSeries>(view, "asOfPoint")->at(0).y(), 17 * 600.0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "asOfLine")->count(), 2);
    EXPECT_TRUE(seriesNamed<QLineSeries>(view, "actual")->name().contains(QStringLiteral("Lagging")));
    EXPECT_TRUE(seriesNamed<QLineSeries>(view, "actual")->name().contains(QStringLiteral("10,200.00")));

    auto *dates = axisOf<QDateTimeAxis>(view, Qt::Horizontal);
    ASSERT_NE(dates, nullptr);
    EXPECT_EQ(dates->min().date(), QDate(2026, 11, 1));
    EXPECT_GE(dates->max().date(), QDate(2026, 11, 30));
    EXPECT_LE(dates->max().date(), QDate(2026, 12, 1));
    // Ticks split the range into whole days.
    const qint64 span = dates->min().secsTo(dates->max());
    EXPECT_EQ(span % (qint64(dates->tickCount() - 1) * 86400), 0) << dates->tickCount();
    EXPECT_LE(dates->tickCount(), 10);
    auto *values = axisOf<QValueAxis>(view, Qt::Vertical);
    ASSERT_NE(values, nullptr);
    EXPECT_LE(values->min(), 0.0);
    EXPECT_GE(values->max(), 21000.0);
    EXPECT_LT(values->max(), 30000.0);
}

TEST(ProgressChartViewTest, TenThousandsScaleTheValueAxis)
{
    ProgressChartView view;
    view.setSeries(novemberSeries(18), sales(), DisplayUnit::TenThousand, QStringLiteral("East"));
    auto *values = axisOf<QValueAxis>(view, Qt::Vertical);
    EXPECT_GE(values->max(), 2.1);
    EXPECT_LT(values->max(), 3.0);
    EXPECT_EQ(values->labelFormat(), QStringLiteral("%.1f"));
    EXPECT_TRUE(values->titleText().contains(QStringLiteral("10k")));
}

TEST(ProgressChartViewTest, ASecondSeriesReplacesTheFirst)
{
    ProgressChartView view;
    view.setSeries(novemberSeries(18), sales(), DisplayUnit::Yuan, QStringLiteral("one"));
    ProgressSeries week;
    for (int i = 0; i < 7; ++i) {
        week.days.push_back(QDate(2026, 12, 28).addDays(i));
        week.cumulativeTarget.push_back(Amount(std::int64_t(i) * 100));
    }
    week.cumulativeActual = {Amount(0), Amount(50), Amount(120)};
    week.actualAtAsOf = Amount(120);
    week.asOf = QDate(2026, 12, 30);
    week.target = Amount(600);
    week.projectionAtEnd = Amount(200);
    view.setSeries(week, sales(), DisplayUnit::Yuan, QStringLiteral("two"));
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "cumulativeTarget")->count(), 7);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "actual")->count(), 3);
    EXPECT_EQ(seriesNamed<QScatterSeries>(view, "asOfPoint")->count(), 1);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "projection")->count(), 2);
    auto *dates = axisOf<QDateTimeAxis>(view, Qt::Horizontal);
    EXPECT_EQ(dates->min().date(), QDate(2026, 12, 28));
    EXPECT_GE(dates->max().date(), QDate(2027, 1, 3));
    EXPECT_EQ(dates->format(), QStringLiteral("yy-MM-dd")); // the week crosses the year
    EXPECT_EQ(chartOf(view)->title(), QStringLiteral("two"));
}

TEST(ProgressChartViewTest, BeforeThePeriodThereIsNoActualLineNorProjection)
{
    ProgressChartView view;
    ProgressSeries s = novemberSeries(0);
    s.asOf = QDate(2026, 10, 30);
    view.setSeries(s, sales(), DisplayUnit::Yuan, QStringLiteral("East"));
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "cumulativeTarget")->count(), 30);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "actual")->count(), 0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "projection")->count(), 0);
    EXPECT_EQ(seriesNamed<QScatterSeries>(view, "asOfPoint")->count(), 0);
}

TEST(ProgressChartViewTest, ClearEmptiesEverything)
{
    ProgressChartView view;
    view.setSeries(novemberSeries(18), sales(), DisplayUnit::Yuan, QStringLiteral("East"));
    view.clear();
    for (QAbstractSeries *s : chartOf(view)->series())
        EXPECT_EQ(static_cast<QXYSeries *>(s)->count(), 0) << s->objectName().toStdString();
    EXPECT_TRUE(chartOf(view)->title().isEmpty());
    // And it can be filled again.
    view.setSeries(novemberSeries(5), sales(), DisplayUnit::Yuan, QStringLiteral("East"));
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "actual")->count(), 5);
}

/// Children after the period: achievement and pace are the same (expected-to-date is the target).
std::vector<ChildBar> someBars()
{
    std::vector<ChildBar> bars(4);
    bars[0] = {40, QStringLiteral("East"), 0.55, 0.55, Status::Lagging};
    bars[1] = {50, QStringLiteral("South"), 0.95, 0.95, Status::OnTrack};
    bars[2] = {60, QStringLiteral("North"), 1.60, 1.60, Status::Ahead};
    bars[3] = {70, QStringLiteral("West"), std::nullopt, std::nullopt, Status::NoTarget};
    return bars;
}

int barsIn(ChildrenChartView &view)
{
    auto *series = seriesNamed<QHorizontalStackedBarSeries>(view, "bars");
    int count = -1;
    for (QBarSet *set : series->barSets()) {
        if (count >= 0) {
            EXPECT_EQ(set->count(), count) << set->label().toStdString();
        }
        count = set->count();
    }
    return count;
}

TEST(ChildrenChartViewTest, OneBarPerChildColouredAndNamedByStatus)
{
    ChildrenChartView view;
    view.setBars(someBars(), 8000, 12000, QStringLiteral("Region · 2026-11"));
    EXPECT_EQ(barsIn(view), 4);
    auto *categories = axisOf<QBarCategoryAxis>(view, Qt::Vertical);
    ASSERT_NE(categories, nullptr);
    ASSERT_EQ(categories->count(), 4);
    // The first child is on top, that is the last category; its label says its status in words.
    EXPECT_TRUE(categories->at(3).startsWith(QStringLiteral("East")));
    EXPECT_TRUE(categories->at(3).contains(QStringLiteral("Lagging")));
    EXPECT_TRUE(categories->at(3).contains(QStringLiteral("55.0%")));
    EXPECT_TRUE(categories->at(0).contains(QStringLiteral("No target")));

    auto *series = seriesNamed<QHorizontalStackedBarSeries>(view, "bars");
    for (QBarSet *set : series->barSets()) {
        if (set->label().contains(QStringLiteral("Lagging"))) {
            EXPECT_DOUBLE_EQ(set->at(3), 55.0);
            EXPECT_DOUBLE_EQ(set->at(1), 0.0);
            EXPECT_EQ(set->color(), DisplayFormat::statusColor(Status::Lagging));
        }
        if (set->label().contains(QStringLiteral("Ahead"))) {
            EXPECT_DOUBLE_EQ(set->at(1), 160.0);
        }
    }
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "laggingLine")->at(0).x(), 80.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "targetLine")->at(0).x(), 100.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "aheadLine")->at(0).x(), 120.0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "expectedLine")->count(), 0); // it would be the target line
    auto *percent = axisOf<QValueAxis>(view, Qt::Horizontal);
    ASSERT_NE(percent, nullptr);
    EXPECT_DOUBLE_EQ(percent->min(), 0.0);
    EXPECT_GT(percent->max(), 160.0);
    EXPECT_LE(percent->max(), 200.0);
}

TEST(ChildrenChartViewTest, ThresholdsComeFromTheSettings)
{
    ChildrenChartView view;
    view.setBars(someBars(), 9000, 11000, QStringLiteral("x"));
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "laggingLine")->at(1).x(), 90.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "aheadLine")->at(1).x(), 110.0);
}

TEST(ChildrenChartViewTest, MidPeriodTheThresholdsStayAndExpectedToDateIsMarked)
{
    // Half of the target is expected by the as-of date: pace is twice the achievement.
    std::vector<ChildBar> bars(3);
    bars[0] = {40, QStringLiteral("East"), 0.30, 0.60, Status::Lagging};
    bars[1] = {50, QStringLiteral("South"), 0.50, 1.00, Status::OnTrack};
    bars[2] = {60, QStringLiteral("North"), 0.70, 1.40, Status::Ahead};
    ChildrenChartView view;
    view.setBars(bars, 8000, 12000, QStringLiteral("x"));
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "laggingLine")->at(0).x(), 80.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "expectedLine")->at(0).x(), 50.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "aheadLine")->at(0).x(), 120.0);
    EXPECT_DOUBLE_EQ(seriesNamed<QLineSeries>(view, "targetLine")->at(0).x(), 100.0);
    EXPECT_TRUE(seriesNamed<QLineSeries>(view, "laggingLine")->name().contains(QStringLiteral("80%")));
    EXPECT_TRUE(seriesNamed<QLineSeries>(view, "expectedLine")->name().contains(QStringLiteral("50%")));
    auto *categories = axisOf<QBarCategoryAxis>(view, Qt::Vertical);
    EXPECT_TRUE(categories->at(2).contains(QStringLiteral("30.0%")));
}

TEST(ChildrenChartViewTest, ReplaceAndClear)
{
    ChildrenChartView view;
    view.setBars(someBars(), 8000, 12000, QStringLiteral("one"));
    std::vector<ChildBar> two = someBars();
    two.resize(2);
    view.setBars(two, 8000, 12000, QStringLiteral("two"));
    EXPECT_EQ(barsIn(view), 2);
    EXPECT_EQ(axisOf<QBarCategoryAxis>(view, Qt::Vertical)->count(), 2);
    view.clear();
    EXPECT_EQ(barsIn(view), 0);
    EXPECT_EQ(axisOf<QBarCategoryAxis>(view, Qt::Vertical)->count(), 0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "targetLine")->count(), 0);
    EXPECT_TRUE(chartOf(view)->title().isEmpty());
}

TEST(ChildrenChartViewTest, DoubleClickOnABarActivatesItsNode)
{
    ChildrenChartView view;
    std::vector<ChildBar> bars = someBars();
    bars.push_back({0, QStringLiteral("(unassigned)"), std::nullopt, std::nullopt, Status::NoTarget});
    view.setBars(bars, 8000, 12000, QStringLiteral("x"));
    QSignalSpy spy(&view, &ChildrenChartView::barActivated);
    auto *series = seriesNamed<QHorizontalStackedBarSeries>(view, "bars");
    Q_EMIT series->doubleClicked(4, series->barSets().constFirst()); // the top bar: East
    Q_EMIT series->doubleClicked(2, series->barSets().constFirst()); // North
    Q_EMIT series->doubleClicked(0, series->barSets().constFirst()); // (unassigned): nothing to open
    Q_EMIT series->doubleClicked(9, series->barSets().constFirst()); // out of range
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).value<NodeId>(), 40);
    EXPECT_EQ(spy.at(1).at(0).value<NodeId>(), 60);
}

TrendSeries someTrend()
{
    TrendSeries t;
    for (int i = 0; i < 12; ++i) {
        t.months.push_back(Month(2026, i + 1));
        t.target.push_back(Amount(std::int64_t(1000 + 100 * i) * 100));
        if (i < 7) {
            t.actual.push_back(Amount(std::int64_t(900 + 150 * i) * 100));
            t.monthOnMonth.push_back(i == 0 ? std::optional<double>() : 0.5 / i);
            t.yearOnYear.push_back(i == 3 ? -0.25 : 0.1);
            t.movingAverage3.push_back(i < 2 ? std::optional<double>() : double(900 + 150 * (i - 1)) * 100);
        } else {
            t.actual.push_back(std::nullopt);
            t.monthOnMonth.push_back(std::nullopt);
            t.yearOnYear.push_back(std::nullopt);
            t.movingAverage3.push_back(std::nullopt);
        }
    }
    return t;
}

TEST(TrendChartViewTest, MonthsBarsAverageAndChanges)
{
    TrendChartView view;
    view.setSeries(someTrend(), sales(), DisplayUnit::Yuan, QStringLiteral("Company FY2026"));
    auto *bars = seriesNamed<QBarSeries>(view, "bars");
    ASSERT_EQ(bars->count(), 2);
    EXPECT_EQ(bars->barSets().at(0)->count(), 12);
    EXPECT_EQ(bars->barSets().at(1)->count(), 12);
    EXPECT_DOUBLE_EQ(bars->barSets().at(0)->at(6), 1800.0);
    EXPECT_DOUBLE_EQ(bars->barSets().at(0)->at(7), 0.0); // not yet
    EXPECT_DOUBLE_EQ(bars->barSets().at(1)->at(11), 2100.0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "movingAverage")->count(), 5);
    auto *months = axisOf<QBarCategoryAxis>(view, Qt::Horizontal);
    ASSERT_EQ(months->count(), 12);
    EXPECT_EQ(months->at(0), QStringLiteral("2026-01"));
    auto *values = axisOf<QValueAxis>(view, Qt::Vertical);
    EXPECT_LE(values->min(), 0.0);
    EXPECT_GE(values->max(), 2100.0);

    auto *table = view.findChild<QTableWidget *>(QStringLiteral("changes"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->columnCount(), 12);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("\u2013"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("+50.0%"));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("-25.0%"));
    EXPECT_TRUE(table->item(0, 1)->textAlignment() & Qt::AlignRight);
    EXPECT_TRUE(table->item(0, 1)->toolTip().contains(QStringLiteral("Year on year: +10.0%")));
}

TEST(TrendChartViewTest, ReplaceAndClear)
{
    TrendChartView view;
    view.setSeries(someTrend(), sales(), DisplayUnit::Yuan, QStringLiteral("one"));
    view.setSeries(someTrend(), sales(), DisplayUnit::TenThousand, QStringLiteral("two"));
    auto *bars = seriesNamed<QBarSeries>(view, "bars");
    EXPECT_EQ(bars->barSets().at(0)->count(), 12);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "movingAverage")->count(), 5);
    EXPECT_EQ(axisOf<QBarCategoryAxis>(view, Qt::Horizontal)->count(), 12);
    EXPECT_DOUBLE_EQ(bars->barSets().at(0)->at(6), 0.18); // in 万
    view.clear();
    EXPECT_EQ(bars->barSets().at(0)->count(), 0);
    EXPECT_EQ(bars->barSets().at(1)->count(), 0);
    EXPECT_EQ(seriesNamed<QLineSeries>(view, "movingAverage")->count(), 0);
    EXPECT_EQ(axisOf<QBarCategoryAxis>(view, Qt::Horizontal)->count(), 0);
    EXPECT_EQ(view.findChild<QTableWidget *>(QStringLiteral("changes"))->columnCount(), 0);
    // Inconsistent input is refused, not half drawn.
    TrendSeries broken = someTrend();
    broken.actual.pop_back();
    view.setSeries(broken, sales(), DisplayUnit::Yuan, QStringLiteral("three"));
    EXPECT_EQ(bars->barSets().at(0)->count(), 0);
}

// --- renderings over the demo plan ---------------------------------------------------------

struct DemoData {
    std::unique_ptr<SqliteRepository> repository = SqliteRepository::open(QStringLiteral(":memory:"));
    PlanService service{*repository, [] { return QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()); },
                        QStringLiteral("tester")};
    FactCache facts;
    DemoData()
    {
        service.load();
        DemoPlan::populate(service, QDate(2026, 11, 22));
        facts.load(*repository, 1);
    }
};

QImage render(QWidget &w, const QString &path)
{
    w.resize(900, 400);
    w.show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = w.grab();
    pixmap.save(path);
    return pixmap.toImage();
}

/// Pixels that are neither white nor near white: something was drawn.
int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++n;
        }
    }
    return n;
}

TEST(ChartViewsRenderTest, DemoPlanChartsRenderAt900x400)
{
    DemoData demo;
    const QDate asOf(2026, 11, 22);
    const Tree &regions = demo.service.tree(Dimension::Region);
    const NodeId east = regions.resolve(QStringLiteral("华东"));
    const Period month = Period::month(Month(2026, 11));

    ProgressChartView progress;
    const ProgressSeries p = ChartSeries::progress(regions, demo.service.targets(), demo.service.settings(), demo.facts,
                                                   east, month, asOf);
    progress.setSeries(p, sales(), DisplayUnit::TenThousand, QStringLiteral("华东 · 2026年11月 销售额"));
    const QImage progressImage = render(progress, QStringLiteral("/tmp/charts-progress.png"));
    EXPECT_EQ(progressImage.size(), QSize(900, 400));
    EXPECT_GT(inkedPixels(progressImage), 1000);

    ChildrenChartView children;
    const auto report = demo.service.report(Dimension::Region, demo.facts, month, asOf);
    children.setBars(ChartSeries::children(*report, regions, kRootId), demo.service.settings().laggingBelowBp,
                     demo.service.settings().aheadAboveBp, QStringLiteral("各区域达成率 · 2026年11月"));
    const QImage childrenImage = render(children, QStringLiteral("/tmp/charts-children.png"));
    EXPECT_EQ(childrenImage.size(), QSize(900, 400));
    EXPECT_GT(inkedPixels(childrenImage), 1000);

    // Many children: a fixed height per bar, the list scrolls rather than squeezing the labels.
    ChildrenChartView many;
    std::vector<ChildBar> reps;
    for (int i = 0; i < 20; ++i) {
        const double a = 0.3 + 0.05 * i;
        reps.push_back({NodeId(100 + i), QStringLiteral("销售代表%1").arg(i + 1), a, a / 0.7,
                        a / 0.7 < 0.8 ? Status::Lagging : a / 0.7 > 1.2 ? Status::Ahead : Status::OnTrack});
    }
    many.setBars(reps, 8000, 12000, QStringLiteral("华东一组 · 个人达成率"));
    const QImage manyImage = render(many, QStringLiteral("/tmp/charts-children-many.png"));
    EXPECT_GE(many.findChild<QChartView *>()->height(), 20 * 24);

    TrendChartView trend;
    const TrendSeries t = ChartSeries::trend(regions, demo.service.targets(), demo.service.settings(), demo.facts, east, asOf);
    trend.setSeries(t, sales(), DisplayUnit::TenThousand, QStringLiteral("华东 · FY2026 月度趋势"));
    const QImage trendImage = render(trend, QStringLiteral("/tmp/charts-trend.png"));
    EXPECT_EQ(trendImage.size(), QSize(900, 400));
    EXPECT_GT(inkedPixels(trendImage), 1000);
}

} // namespace
} // namespace st
