// Google Benchmark for the report budget (docs/performance.md): Report over the generated
// company's trees (2,000 reps in 100 teams, 200 products, 40 cities) built in memory — no
// repository — fed 5,000,000 synthetic entry facts; then the incremental path: applyFact() of one
// new entry after build(), against a full rebuild.
#include "BenchCompany.h"

#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/Report.h"

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr std::int64_t kFacts = 5'000'000;
constexpr int kYear = 2026;

struct Fixture {
    std::array<st::Tree, 3> trees{st::Tree(st::Dimension::Product), st::Tree(st::Dimension::Region),
                                  st::Tree(st::Dimension::Org)};
    st::TargetBook targets;
    st::PlanSettings settings;
    st::bench::Company company;
    std::vector<st::EntryFact> yearFacts; // 5M facts, all dated in kYear (every one counts in a year report)

    Fixture()
    {
        company = st::bench::createCompanyInMemory(trees, targets, kYear - 1, 2 * kFacts);
        settings.calendar = st::bench::chineseCalendar();
        st::bench::EntryGenerator generator(company, settings.calendar, QDate(kYear, 1, 1), QDate(kYear, 12, 31), kFacts,
                                            42, QStringLiteral("B-"));
        yearFacts.reserve(std::size_t(kFacts));
        st::EntryFact f;
        while (generator.nextFact(f))
            yearFacts.push_back(f);
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

st::Period periodOf(int kind)
{
    switch (kind) {
    case 0:
        return st::Period::year(kYear);
    case 1:
        return st::Period::quarter(kYear, 4);
    case 2:
        return st::Period::month(st::Month(kYear, 12));
    default:
        return st::Period::week(kYear, 50);
    }
}

const char *periodName(int kind)
{
    static const char *const names[] = {"year", "quarter", "month", "week"};
    return names[kind];
}

const QDate kAsOf(kYear, 12, 31);

std::unique_ptr<st::Report> newReport(st::Dimension d, int periodKind)
{
    const Fixture &f = fixture();
    return std::make_unique<st::Report>(f.trees[std::size_t(d)], f.targets, f.settings, 4 /* visits */,
                                        periodOf(periodKind), kAsOf);
}

std::unique_ptr<st::Report> builtReport(st::Dimension d, int periodKind)
{
    auto report = newReport(d, periodKind);
    for (const st::EntryFact &fact : fixture().yearFacts)
        report->addFact(fact);
    report->build();
    return report;
}

// Full report from the facts: construct, add all 5M facts (the period keeps those it covers), build.
void BM_ReportFull(benchmark::State &state)
{
    const auto d = st::Dimension(state.range(0));
    const int kind = int(state.range(1));
    fixture();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto report = newReport(d, kind);
        for (const st::EntryFact &fact : fixture().yearFacts)
            report->addFact(fact);
        report->build();
        rows = report->rows().size();
        benchmark::DoNotOptimize(report->rows().data());
    }
    state.SetItemsProcessed(state.iterations() * kFacts);
    state.counters["rows"] = double(rows);
    state.SetLabel(QStringLiteral("%1/%2").arg(st::dimensionKey(d), QLatin1String(periodName(kind))).toStdString());
}

// The fact-independent part: targets, expected, unallocated and figures of every row.
void BM_ReportBuildOnly(benchmark::State &state)
{
    const auto d = st::Dimension(state.range(0));
    const int kind = int(state.range(1));
    fixture();
    for (auto _ : state) {
        auto report = newReport(d, kind);
        report->build();
        benchmark::DoNotOptimize(report->rows().data());
    }
    state.SetLabel(QStringLiteral("%1/%2").arg(st::dimensionKey(d), QLatin1String(periodName(kind))).toStdString());
}

// Only the 5M addFact() calls (the rollup's direct sums), without the build.
void BM_ReportAddFacts(benchmark::State &state)
{
    const auto d = st::Dimension(state.range(0));
    fixture();
    for (auto _ : state) {
        state.PauseTiming();
        auto report = newReport(d, 0);
        state.ResumeTiming();
        for (const st::EntryFact &fact : fixture().yearFacts)
            report->addFact(fact);
        benchmark::DoNotOptimize(report.get());
        state.PauseTiming();
        report.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kFacts);
    state.SetLabel(st::dimensionKey(d).toStdString());
}

// After build(): one new entry (+1) — and, to keep the totals stable, its removal (-1) in the
// next iteration. Each iteration is one applyFact(), which recomputes O(depth) rows.
void BM_ApplyFactAfterBuild(benchmark::State &state)
{
    const auto d = st::Dimension(state.range(0));
    const bool unassigned = state.range(1) != 0;
    auto report = builtReport(d, 0);
    st::EntryFact fact = fixture().yearFacts[123'457];
    if (unassigned)
        fact.product = fact.region = 0; // a new entry in the (unassigned) bucket
    int sign = 1;
    std::size_t changed = 0;
    for (auto _ : state) {
        const std::vector<int> rows = report->applyFact(fact, sign);
        changed = rows.size();
        benchmark::DoNotOptimize(rows.data());
        sign = -sign;
    }
    state.counters["rows_changed"] = double(changed);
    state.SetLabel(st::dimensionKey(d).toStdString() + (unassigned ? "/unassigned" : "/member"));
}

void fullArgs(benchmark::internal::Benchmark *b)
{
    for (int d = 0; d < 3; ++d) {
        for (int kind = 0; kind < 4; ++kind)
            b->Args({d, kind});
    }
}

} // namespace

BENCHMARK(BM_ReportFull)->Apply(fullArgs)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ReportBuildOnly)->Apply(fullArgs)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportAddFacts)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ApplyFactAfterBuild)
    ->Args({0, 0})->Args({0, 1})->Args({1, 0})->Args({1, 1})->Args({2, 0})
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
