// salestarget-gen: creates the generated company of the performance budgets (docs/performance.md)
// through the library — PlanService over SqliteRepository, no SQL here — and optionally a CSV
// export of further entries for the import budget.
//
//   salestarget-gen --db FILE --entries N [--csv FILE --csv-rows M [--csv-from D --csv-to D]]
//                   [--seed S] [--first-year Y] [--batch B] [--audit entry|summary] [--no-targets]
#include "BenchCompany.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void usage()
{
    std::fputs("usage: salestarget-gen --db FILE --entries N [--csv FILE --csv-rows M [--csv-from D --csv-to D]]\n"
               "                      [--seed S] [--first-year Y] [--batch B] [--audit entry|summary] [--no-targets]\n"
               "Creates a company of 200 products, 40 cities and 2,000 reps in 100 teams with targets for two\n"
               "fiscal years and N progress entries over them; --csv writes M further rows (new refs) in the\n"
               "import format of docs/cli.md, dated over the same two years unless --csv-from/--csv-to say\n"
               "otherwise. FILE must not exist yet; with --entries 0 and an existing FILE only the CSV is written.\n",
               stderr);
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dbPath, csvPath;
    QDate csvFrom, csvTo;
    std::int64_t entries = -1, csvRows = 0, batch = 500'000;
    std::uint64_t seed = 1;
    int firstYear = 2025;
    bool targets = true;
    st::ImportAudit audit = st::ImportAudit::PerEntry;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                usage();
                std::exit(2);
            }
            return args[++i];
        };
        if (a == u"--db")
            dbPath = value();
        else if (a == u"--entries")
            entries = value().toLongLong();
        else if (a == u"--csv")
            csvPath = value();
        else if (a == u"--csv-from")
            csvFrom = QDate::fromString(value(), Qt::ISODate);
        else if (a == u"--csv-to")
            csvTo = QDate::fromString(value(), Qt::ISODate);
        else if (a == u"--csv-rows")
            csvRows = value().toLongLong();
        else if (a == u"--seed")
            seed = value().toULongLong();
        else if (a == u"--first-year")
            firstYear = value().toInt();
        else if (a == u"--batch")
            batch = std::max<std::int64_t>(1, value().toLongLong());
        else if (a == u"--audit") {
            const QString v = value();
            if (v == u"summary")
                audit = st::ImportAudit::Summary;
            else if (v != u"entry") {
                usage();
                return 2;
            }
        } else if (a == u"--no-targets")
            targets = false;
        else {
            usage();
            return a == u"--help" ? 0 : 2;
        }
    }
    if (dbPath.isEmpty() || entries < 0 || (!csvPath.isEmpty() && csvRows <= 0)) {
        usage();
        return 2;
    }
    const bool csvOnly = entries == 0 && !csvPath.isEmpty() && QFileInfo::exists(dbPath);
    if (QFileInfo::exists(dbPath) && !csvOnly) {
        std::fprintf(stderr, "salestarget-gen: %s exists; give a new file\n", qPrintable(dbPath));
        return 1;
    }

    try {
        QElapsedTimer total;
        total.start();
        auto repository = st::SqliteRepository::open(dbPath);
        repository->setImportAudit(audit);
        st::PlanService service(*repository, [] { return QDateTime::currentDateTimeUtc(); }, QStringLiteral("generator"));
        service.load();

        QElapsedTimer phase;
        phase.start();
        const st::bench::Company company = csvOnly ? st::bench::findCompany(service, firstYear, entries)
                                                   : st::bench::createCompany(service, firstYear, entries, targets, seed);
        std::printf("%s", csvOnly ? "existing " : "");
        std::printf("company: %zu products, %zu cities, %zu reps; %zu target cells; %.2f s\n", company.products.size(),
                    company.cities.size(), company.reps.size(), service.targets().cellCount(), seconds(phase));
        std::fflush(stdout);

        const QDate first(firstYear, 1, 1);
        const QDate last(firstYear + company.years - 1, 12, 31);
        phase.restart();
        st::bench::EntryGenerator generator(company, service.settings().calendar, first, last, entries, seed,
                                            QStringLiteral("GEN-"));
        std::vector<st::ProgressEntry> pending;
        pending.reserve(std::size_t(std::min(batch, entries)));
        st::ProgressEntry e;
        std::int64_t stored = 0;
        double writing = 0;
        const auto flush = [&] {
            QElapsedTimer w;
            w.start();
            const st::ImportOutcome o = service.importEntries(std::move(pending));
            writing += seconds(w);
            stored += o.added;
            pending.clear();
            std::fprintf(stderr, "\r  %lld / %lld entries", static_cast<long long>(stored), static_cast<long long>(entries));
        };
        while (generator.next(e)) {
            pending.push_back(std::move(e));
            if (std::int64_t(pending.size()) >= batch)
                flush();
        }
        if (!pending.empty())
            flush();
        std::fputc('\n', stderr);
        std::printf("entries: %lld over %s..%s in batches of %lld; %.2f s (of which importEntries %.2f s)\n",
                    static_cast<long long>(stored), qPrintable(first.toString(Qt::ISODate)),
                    qPrintable(last.toString(Qt::ISODate)), static_cast<long long>(batch), seconds(phase), writing);
        std::fflush(stdout);

        if (!csvPath.isEmpty()) {
            phase.restart();
            QFile file(csvPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw st::DomainError(QStringLiteral("cannot write %1: %2").arg(csvPath, file.errorString()));
            const QDate from = csvFrom.isValid() ? csvFrom : first;
            const QDate to = csvTo.isValid() ? csvTo : last;
            // Rows dated after the database's entries get their own refs, so both files import into one database.
            st::bench::EntryGenerator rows(company, service.settings().calendar, from, to, csvRows, seed + 1,
                                           from > last ? QStringLiteral("CRM-NEW-") : QStringLiteral("CRM-"));
            QByteArray chunk = st::bench::EntryGenerator::csvHeader();
            while (rows.next(e)) {
                rows.appendCsvRow(chunk, e);
                if (chunk.size() > (8 << 20)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
            file.close();
            std::printf("csv: %lld rows, %.1f MB to %s; %.2f s\n", static_cast<long long>(rows.produced()),
                        double(QFileInfo(csvPath).size()) / 1e6, qPrintable(csvPath), seconds(phase));
        }
        repository.reset();
        std::printf("total: %.2f s; database %.1f MB\n", seconds(total), double(QFileInfo(dbPath).size()) / 1e6);
    } catch (const st::DomainError &error) {
        std::fprintf(stderr, "salestarget-gen: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
