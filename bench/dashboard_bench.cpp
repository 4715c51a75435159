// Google Benchmark for the tracking dashboard on the generated company (2,000 reps, 5,000,000
// entries; make it with salestarget-gen, see docs/performance.md). The file is copied first, since
// opening migrates it and the entry benchmark writes to it.
//
//   SALESTARGET_BENCH_DB=/tmp/st-bench/company-5000000.db dashboard_bench
//
// Each benchmark changes what the page shows the way a user does and then repaints the whole page
// synchronously (tree, visible chart, panels), offscreen:
//  - switching the selected member (charts and panels follow it);
//  - switching the period (month <-> quarter: a new Report over the in-memory facts);
//  - switching the as-of date;
//  - adding one entry (validate, SQLite write with audit row, FactCache, Report::applyFact,
//    dataChanged of the touched rows, visible chart recomputed) and deleting it again.
// The first load of the facts of a metric (reading 2.5M entries from SQLite) happens once, when the
// page is first shown, and is reported separately.
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DashboardModel.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/MyProgressPage.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <memory>

namespace {

const QDate kToday(2026, 11, 20);

struct World {
    QTemporaryDir dir;
    st::PlanDocument document{[] { return QDateTime(kToday, QTime(9, 30), QTimeZone::utc()); }};
    st::ViewOptions options;
    std::unique_ptr<st::DashboardPage> page;
    std::vector<st::NodeId> teams;
    st::NodeId rep = 0;
    double firstShowMs = 0;

    explicit World(const QString &source)
    {
        const QString path = dir.filePath(QStringLiteral("bench.db"));
        if (!QFile::copy(source, path))
            throw std::runtime_error("cannot copy " + source.toStdString());
        QElapsedTimer timer;
        timer.start();
        document.open(path);
        page = std::make_unique<st::DashboardPage>(&document, &options);
        page->resize(1600, 1000);
        page->setDimension(st::Dimension::Org);
        page->setPeriod(st::PeriodKind::Month, kToday);
        page->show();
        page->repaint();
        QApplication::processEvents();
        firstShowMs = double(timer.nsecsElapsed()) / 1e6;
        const st::Tree &org = document.service().tree(st::Dimension::Org);
        for (st::NodeId id : org.preorder()) {
            if (org.depth(id) == 2 && teams.size() < 20)
                teams.push_back(id);
            if (rep == 0 && org.node(id).person)
                rep = id;
        }
    }
};

World *g_world = nullptr;

void repaint()
{
    g_world->page->repaint();
}

void BM_SwitchMember(benchmark::State &state)
{
    World &w = *g_world;
    std::size_t i = 0;
    for (auto _ : state) {
        w.page->selectNode(w.teams[i++ % w.teams.size()]);
        repaint();
    }
    state.SetLabel("select another team; chart and panels follow");
}

void BM_SwitchPeriod(benchmark::State &state)
{
    World &w = *g_world;
    bool quarter = false;
    for (auto _ : state) {
        quarter = !quarter;
        w.page->setPeriod(quarter ? st::PeriodKind::Quarter : st::PeriodKind::Month, kToday);
        repaint();
    }
    state.SetLabel("month <-> quarter, whole org tree");
}

void BM_SwitchAsOf(benchmark::State &state)
{
    World &w = *g_world;
    bool earlier = false;
    w.page->setPeriod(st::PeriodKind::Month, kToday);
    for (auto _ : state) {
        earlier = !earlier;
        w.page->setAsOf(earlier ? kToday.addDays(-7) : kToday);
        repaint();
    }
}

void BM_AddEntry(benchmark::State &state)
{
    World &w = *g_world;
    w.page->setPeriod(st::PeriodKind::Month, kToday);
    w.page->setAsOf(kToday);
    w.page->selectNode(w.rep);
    st::ProgressEntry e;
    e.date = kToday;
    e.metric = 1;
    e.person = w.rep;
    e.value = st::Amount(123400);
    for (auto _ : state) {
        const st::ProgressEntry stored = w.document.addEntry(e);
        repaint();
        state.PauseTiming();
        w.document.deleteEntry(stored.id);
        repaint();
        state.ResumeTiming();
    }
    state.SetLabel("add one entry until the page is repainted");
}

// The parts of BM_AddEntry: the document's write and the models' updates without painting, and a
// repaint of the unchanged page.
void BM_AddEntryWithoutPaint(benchmark::State &state)
{
    World &w = *g_world;
    w.page->selectNode(w.rep);
    st::ProgressEntry e;
    e.date = kToday;
    e.metric = 1;
    e.person = w.rep;
    e.value = st::Amount(123400);
    for (auto _ : state) {
        const st::ProgressEntry stored = w.document.addEntry(e);
        state.PauseTiming();
        w.document.deleteEntry(stored.id);
        state.ResumeTiming();
    }
}

void BM_RepaintOnly(benchmark::State &state)
{
    for (auto _ : state)
        repaint();
}

// The rep's "My progress" page: figures for today .. this year and the rep's entries (about 2,500).
void BM_MyProgressAddEntry(benchmark::State &state)
{
    World &w = *g_world;
    w.page->hide();
    st::MyProgressPage progress(&w.document, &w.options);
    progress.resize(1600, 1000);
    progress.setPerson(w.rep);
    progress.show();
    progress.repaint();
    st::ProgressEntry e;
    e.date = kToday;
    e.metric = 1;
    e.person = w.rep;
    e.value = st::Amount(123400);
    for (auto _ : state) {
        const st::ProgressEntry stored = w.document.addEntry(e);
        progress.repaint();
        state.PauseTiming();
        w.document.deleteEntry(stored.id);
        progress.repaint();
        state.ResumeTiming();
    }
    state.counters["entries"] = double(w.document.service().repository().findEntries([&] {
        st::EntryFilter f;
        f.persons = {w.rep};
        return f;
    }()).size());
    w.page->show();
}

} // namespace

BENCHMARK(BM_AddEntryWithoutPaint)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RepaintOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SwitchMember)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SwitchPeriod)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SwitchAsOf)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_AddEntry)->Unit(benchmark::kMillisecond)->MinTime(2.0);
// Last: it hides the dashboard while the other page is measured.
BENCHMARK(BM_MyProgressAddEntry)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    const QString db = qEnvironmentVariable("SALESTARGET_BENCH_DB");
    if (db.isEmpty()) {
        std::fputs("set SALESTARGET_BENCH_DB to a file made by salestarget-gen\n", stderr);
        return 2;
    }
    auto world = std::make_unique<World>(db);
    g_world = world.get();
    std::printf("open + first show of the dashboard (facts of sales loaded): %.0f ms\n", world->firstShowMs);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_world = nullptr;
    return 0;
}
