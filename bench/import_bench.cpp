// Google Benchmark for the import budget (docs/performance.md): ProgressImporter::read() of a
// 1,000,000-row CSV export held in memory (decode, parse, resolve names, validate), and the
// repository's upsert of 1,000,000 entries into a fresh database (in memory and on disk, with
// per-entry and summary audit), against the generated company of salestarget-gen.
#include "BenchCompany.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr std::int64_t kRows = 1'000'000;

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

/// A plan set with the generated company (trees only: the importer needs no targets).
struct Plan {
    std::unique_ptr<st::SqliteRepository> repository;
    std::unique_ptr<st::PlanService> service;
    st::bench::Company company;

    explicit Plan(const QString &path, st::ImportAudit audit = st::ImportAudit::PerEntry)
    {
        repository = st::SqliteRepository::open(path);
        repository->setImportAudit(audit);
        service = std::make_unique<st::PlanService>(*repository, fixedClock, QStringLiteral("bench"));
        service->load();
        company = st::bench::createCompany(*service, 2025, 5'000'000, false, 1);
    }
};

struct Fixture {
    Plan plan{QStringLiteral(":memory:")};
    QByteArray csv;                       // 1M rows in the import format, as salestarget-gen writes it
    std::vector<st::ProgressEntry> rows;  // the same rows as entries, defaults filled in

    Fixture()
    {
        st::bench::EntryGenerator generator(plan.company, plan.service->settings().calendar, QDate(2025, 1, 1),
                                            QDate(2026, 12, 31), kRows, 2, QStringLiteral("CRM-"));
        csv = st::bench::EntryGenerator::csvHeader();
        csv.reserve(kRows * 110);
        rows.reserve(std::size_t(kRows));
        st::ProgressEntry e;
        while (generator.next(e)) {
            generator.appendCsvRow(csv, e);
            // As `import progress` stores them: who and when are the import's, the same for every row.
            e.enteredBy.clear();
            e.enteredAt = QDateTime();
            rows.push_back(plan.service->withDefaults(e));
        }
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

void BM_ImporterRead(benchmark::State &state)
{
    const Fixture &f = fixture();
    const st::ProgressImporter importer(*f.plan.service);
    std::size_t entries = 0;
    for (auto _ : state) {
        const st::ImportReading reading = importer.read(f.csv);
        if (!reading.ok()) {
            state.SkipWithError(reading.issues.front().toString().toStdString().c_str());
            break;
        }
        entries = reading.entries.size();
        benchmark::DoNotOptimize(reading.entries.data());
    }
    state.SetItemsProcessed(state.iterations() * kRows);
    state.SetBytesProcessed(state.iterations() * f.csv.size());
    state.counters["entries"] = double(entries);
}

// PlanService::validateEntry() of every row: the domain check importEntries() does before writing.
void BM_ValidateEntries(benchmark::State &state)
{
    const Fixture &f = fixture();
    for (auto _ : state) {
        for (const st::ProgressEntry &e : f.rows)
            f.plan.service->validateEntry(e);
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

// Repository::upsertEntries() of 1M new entries into a fresh plan set: range(0) 0 = `:memory:`,
// 1 = a file (WAL); range(1) 0 = per-entry audit rows (the CLI's default), 1 = one summary row.
void BM_UpsertEntries(benchmark::State &state)
{
    const bool onDisk = state.range(0) != 0;
    const auto audit = state.range(1) != 0 ? st::ImportAudit::Summary : st::ImportAudit::PerEntry;
    const Fixture &f = fixture();
    const st::AuditStamp stamp{QStringLiteral("bench"), fixedClock(), QString()};
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto plan = std::make_unique<Plan>(onDisk ? dir.filePath(QStringLiteral("bench.db")) : QStringLiteral(":memory:"),
                                           audit);
        state.ResumeTiming();
        const st::ImportOutcome o = plan->repository->upsertEntries(f.rows, stamp, QString());
        benchmark::DoNotOptimize(o.added);
        state.PauseTiming();
        if (o.added != kRows)
            state.SkipWithError("not every entry was added");
        plan.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kRows);
    state.SetLabel(std::string(onDisk ? "file" : "memory") + (audit == st::ImportAudit::Summary ? "/summary-audit" : "/per-entry-audit"));
}

// Re-importing the same 1M rows into a plan set that has them: every row is looked up by ref and
// left unchanged (the "re-importing the same file changes nothing" path).
void BM_UpsertUnchanged(benchmark::State &state)
{
    const Fixture &f = fixture();
    const st::AuditStamp stamp{QStringLiteral("bench"), fixedClock(), QString()};
    Plan plan{QStringLiteral(":memory:"), st::ImportAudit::Summary};
    plan.repository->upsertEntries(f.rows, stamp, QString());
    for (auto _ : state) {
        const st::ImportOutcome o = plan.repository->upsertEntries(f.rows, stamp, QString());
        if (o.unchanged != kRows)
            state.SkipWithError("rows were not unchanged");
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

} // namespace

BENCHMARK(BM_ImporterRead)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_ValidateEntries)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpsertEntries)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_UpsertUnchanged)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // translations and QTemporaryDir expect an application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
