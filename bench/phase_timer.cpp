// salestarget-phases: the CLI's `import progress` and `report` paths, made of the same library
// calls as src/app/cli, with a timer around each phase — to see where an end-to-end figure of
// bench/run-budgets.sh goes (docs/performance.md).
//
//   salestarget-phases report --db FILE --dimension D --metric M --period P --as-of DATE
//   salestarget-phases import --db FILE --csv FILE [--audit entry|summary]
//   salestarget-phases apply  --db FILE --dimension D --metric M --period P --as-of DATE
//
// `import` writes into FILE: give it a copy. `apply` adds one entry through PlanService and
// updates the built report with Report::applyFact (the GUI's path after an edit).
#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/reporting/ReportFormatter.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <map>

namespace {

// Wall time and this process's CPU time (user + system) per phase: on a busy machine the CPU
// time is the steadier figure, the wall time the one a user waits.
class Phases final
{
public:
    Phases()
    {
        m_total.start();
        m_lap.start();
        m_cpuStart = m_cpuLap = cpuMs();
        std::printf("  %-58s %10s %10s\n", "phase", "wall ms", "cpu ms");
    }
    void lap(const char *name)
    {
        const double cpu = cpuMs();
        std::printf("  %-58s %10.1f %10.1f\n", name, double(m_lap.nsecsElapsed()) / 1e6, cpu - m_cpuLap);
        std::fflush(stdout);
        m_lap.restart();
        m_cpuLap = cpu;
    }
    void total()
    {
        std::printf("  %-58s %10.1f %10.1f\n", "total", double(m_total.nsecsElapsed()) / 1e6, cpuMs() - m_cpuStart);
    }

private:
    static double cpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    QElapsedTimer m_total;
    QElapsedTimer m_lap;
    double m_cpuStart = 0;
    double m_cpuLap = 0;
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

int report(const std::map<QString, QString> &o)
{
    Phases p;
    auto repo = st::SqliteRepository::open(o.at(QStringLiteral("db")));
    p.lap("SqliteRepository::open (+ migrations check)");
    const st::PlanSettings settings = repo->loadSettings();
    p.lap("loadSettings");
    const std::vector<st::Node> nodes = repo->loadNodes();
    p.lap("loadNodes");
    const std::vector<st::TargetRecord> targets = repo->loadTargets();
    p.lap("loadTargets (rows)");
    std::printf("  (%zu nodes, %zu target cells)\n", nodes.size(), targets.size());
    st::PlanService service(*repo, now, QStringLiteral("phases"));
    service.load();
    p.lap("PlanService::load (the 3 loads again + trees + TargetBook)");
    const st::Dimension d = st::dimensionFromKey(o.at(QStringLiteral("dimension")));
    const st::Metric &metric = st::Metric::byKey(o.at(QStringLiteral("metric")));
    const st::Period period = st::Period::parse(o.at(QStringLiteral("period")), service.settings().fiscalYearStartMonth);
    const QDate asOf = QDate::fromString(o.at(QStringLiteral("as-of")), Qt::ISODate);
    std::int64_t facts = 0;
    repo->scanFacts(metric.id, period.first(), std::min(asOf, period.last()), [&](const st::EntryFact &) { ++facts; });
    p.lap("scanFacts, counting only");
    std::printf("  (%lld facts)\n", static_cast<long long>(facts));
    auto built = service.report(d, metric.id, period, asOf);
    p.lap("PlanService::report (scan again + addFact + build)");
    const QString json = st::ReportFormatter::toJson(*built, metric);
    p.lap("ReportFormatter::toJson");
    const QByteArray utf8 = json.toUtf8();
    p.lap("toUtf8");
    std::printf("  (%zu rows, %lld bytes of JSON)\n", built->rows().size(), static_cast<long long>(utf8.size()));
    const QString table = st::ReportFormatter::toTable(*built, metric, service.settings().currency);
    p.lap("ReportFormatter::toTable");
    repo.reset();
    p.lap("close");
    p.total();
    return 0;
}

int import(const std::map<QString, QString> &o)
{
    Phases p;
    QFile file(o.at(QStringLiteral("csv")));
    if (!file.open(QIODevice::ReadOnly))
        throw st::DomainError(file.errorString());
    QByteArray bytes = file.readAll();
    p.lap("read the file");
    auto repo = st::SqliteRepository::open(o.at(QStringLiteral("db")));
    if (o.count(QStringLiteral("audit")) && o.at(QStringLiteral("audit")) == u"summary")
        repo->setImportAudit(st::ImportAudit::Summary);
    st::PlanService service(*repo, now, QStringLiteral("phases"));
    service.load();
    p.lap("open + PlanService::load");
    const st::ProgressImporter importer(service);
    st::ImportReading reading = importer.read(std::move(bytes));
    p.lap("ProgressImporter::read (decode, parse, resolve)");
    if (!reading.ok())
        throw st::DomainError(reading.issues.front().toString());
    std::vector<st::ProgressEntry> entries = std::move(reading.entries);
    for (const st::ProgressEntry &e : entries)
        service.validateEntry(e);
    p.lap("validateEntry x N (also inside importEntries)");
    const st::ImportOutcome outcome = service.importEntries(std::move(entries));
    p.lap("PlanService::importEntries (validate + upsert + commit)");
    std::printf("  (%lld added, %lld updated, %lld unchanged)\n", static_cast<long long>(outcome.added),
                static_cast<long long>(outcome.updated), static_cast<long long>(outcome.unchanged));
    reading = st::ImportReading();
    p.lap("free the reading");
    repo.reset();
    p.lap("close (WAL checkpoint)");
    p.total();
    return 0;
}

int apply(const std::map<QString, QString> &o)
{
    Phases p;
    auto repo = st::SqliteRepository::open(o.at(QStringLiteral("db")));
    st::PlanService service(*repo, now, QStringLiteral("phases"));
    service.load();
    const st::Dimension d = st::dimensionFromKey(o.at(QStringLiteral("dimension")));
    const st::Metric &metric = st::Metric::byKey(o.at(QStringLiteral("metric")));
    const st::Period period = st::Period::parse(o.at(QStringLiteral("period")), service.settings().fiscalYearStartMonth);
    const QDate asOf = QDate::fromString(o.at(QStringLiteral("as-of")), Qt::ISODate);
    auto built = service.report(d, metric.id, period, asOf);
    p.lap("open + load + first report");
    const st::Tree &org = service.tree(st::Dimension::Org);
    st::NodeId rep = 0;
    for (st::NodeId id : org.preorder()) {
        if (org.node(id).person) {
            rep = id;
            break;
        }
    }
    st::ProgressEntry e;
    e.date = std::min(asOf, period.last());
    e.metric = metric.id;
    e.value = st::Amount(metric.decimals ? 123456 : 1);
    e.person = rep;
    e = service.withDefaults(e);
    const st::EntryId id = service.addEntry(e);
    p.lap("PlanService::addEntry (one transaction)");
    const st::EntryFact fact{std::int32_t(e.date.toJulianDay()), std::int32_t(e.person), std::int32_t(e.product),
                             std::int32_t(e.region), e.value.minor()};
    QElapsedTimer t;
    t.start();
    const std::vector<int> changed = built->applyFact(fact, +1);
    const double applyUs = double(t.nsecsElapsed()) / 1e3;
    p.lap("Report::applyFact");
    std::printf("  (applyFact: %.1f us, %zu rows changed)\n", applyUs, changed.size());
    auto rebuilt = service.report(d, metric.id, period, asOf);
    p.lap("full PlanService::report, for comparison");
    service.deleteEntry(id); // leave the file as it was
    p.lap("PlanService::deleteEntry (clean up)");
    p.total();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: salestarget-phases report|import|apply --db FILE [options] (see the source)\n", stderr);
        return 2;
    }
    std::map<QString, QString> options;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2)
        options[args[i].mid(2)] = args[i + 1];
    try {
        if (args[1] == u"report")
            return report(options);
        if (args[1] == u"import")
            return import(options);
        if (args[1] == u"apply")
            return apply(options);
    } catch (const st::DomainError &e) {
        std::fprintf(stderr, "salestarget-phases: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::out_of_range &) {
        std::fputs("salestarget-phases: a required option is missing\n", stderr);
        return 2;
    }
    std::fputs("usage: salestarget-phases report|import|apply ...\n", stderr);
    return 2;
}
