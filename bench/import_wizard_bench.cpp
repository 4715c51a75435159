// import_wizard_bench: the GUI's progress-import wizard on a big file, driven page by page as a
// user clicks through it (offscreen), with a timer around each step — the GUI side of budget B1
// ("1,000,000 rows validated and imported in under 3 s", docs/performance.md).
//
//   import_wizard_bench --db /tmp/st-bench/company-5000000.db --csv /tmp/st-bench/import-1000000.csv
//                       [--work DIR] [--no-window] [--day-first] [--create-under TEAM-PATH]
//
// The database is copied into DIR first (a temporary folder by default; the copy is not timed and
// removed at the end), since the import writes to it. Unless --no-window, the plan is open in the
// main window with the dashboard shown, so that the import's refresh of the pages is part of the
// figure as a user sees it. One run per process (so that each run starts with a fresh heap); loop
// in the shell for medians, e.g. with and without GLIBC_TUNABLES=glibc.malloc.hugetlb=1.
// --day-first chooses the day/month/year date format for a year-first file: every row is then a
// problem, and the steps end with the check page listing them (the worst case of that page).
// --create-under creates every sales rep the plan does not know under that member of the org tree
// (make such a file with e.g. sed 's/,任军,/,新人甲,/'): the import then reads the file again.
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/ImportWizard.h"
#include "salestarget/gui/MainWindow.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <map>
#include <memory>

#include <sys/resource.h>

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Page faults so far (first touches of fresh memory: what huge pages save).
long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

/// CPU time in the kernel so far (page faults, file I/O).
double systemMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_stime.tv_sec) * 1e3 + double(u.ru_stime.tv_usec) / 1e3;
}

/// Wall time, CPU time and page faults of each step, and of the steps a user waits for as a whole.
class Steps final
{
public:
    Steps()
    {
        std::printf("  %-62s %10s %10s %10s %10s\n", "step", "wall ms", "cpu ms", "sys ms", "faults");
    }
    void start()
    {
        m_lap.start();
        m_cpuLap = cpuMs();
        m_sysLap = systemMs();
        m_faultsLap = minorFaults();
    }
    void lap(const char *name, bool counted = true)
    {
        const double wall = double(m_lap.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs() - m_cpuLap;
        const double sys = systemMs() - m_sysLap;
        const long faults = minorFaults() - m_faultsLap;
        std::printf("  %-62s %10.1f %10.1f %10.1f %10ld\n", name, wall, cpu, sys, faults);
        std::fflush(stdout);
        if (counted) {
            m_wall += wall;
            m_cpu += cpu;
            m_sys += sys;
            m_faults += faults;
        }
        start();
    }
    void total() const
    {
        std::printf("  %-62s %10.1f %10.1f %10.1f %10ld\n", "whole (file chosen .. import shown)", m_wall, m_cpu, m_sys,
                    m_faults);
    }

private:
    QElapsedTimer m_lap;
    double m_cpuLap = 0;
    double m_sysLap = 0;
    long m_faultsLap = 0;
    double m_wall = 0;
    double m_cpu = 0;
    double m_sys = 0;
    long m_faults = 0;
};

int usage()
{
    std::fputs("usage: import_wizard_bench --db FILE --csv FILE [--work DIR] [--no-window] [--day-first]\n"
               "                           [--create-under TEAM-PATH]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::map<QString, QString> o;
    bool window = true;
    bool dayFirst = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--no-window")
            window = false;
        else if (a == u"--day-first")
            dayFirst = true;
        else if (a.startsWith(u"--") && i + 1 < argc)
            o[a.mid(2)] = QString::fromLocal8Bit(argv[++i]);
        else
            return usage();
    }
    if (!o.contains(QStringLiteral("db")) || !o.contains(QStringLiteral("csv")))
        return usage();

    std::unique_ptr<QTemporaryDir> tmp;
    QString work = o[QStringLiteral("work")];
    if (work.isEmpty()) {
        tmp = std::make_unique<QTemporaryDir>();
        work = tmp->path();
    }
    // The main window keeps its state in QSettings: not in the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work + QStringLiteral("/config")));
    QApplication app(argc, argv);
    const QString db = work + QStringLiteral("/wizard-bench.db");
    for (const QString &f : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        QFile::remove(f);
    if (!QFile::copy(o[QStringLiteral("db")], db)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(o[QStringLiteral("db")]), qPrintable(db));
        return 1;
    }
    int rc = 0;
    {
        st::PlanDocument document;
        st::ViewOptions options;
        std::unique_ptr<st::MainWindow> main;
        QSettings settings(work + QStringLiteral("/profiles.ini"), QSettings::IniFormat);
        Steps steps;
        steps.start();
        if (window) {
            main = std::make_unique<st::MainWindow>(&document, &options);
            main->resize(1600, 1000);
            if (!main->openFile(db))
                return 1;
            main->pages()->setCurrentWidget(main->dashboardPage());
            main->show();
            main->repaint();
            QApplication::processEvents();
            steps.lap("open the plan in the main window, dashboard shown (not counted)", false);
        } else {
            document.open(db);
            steps.lap("open the plan (not counted)", false);
        }

        st::ImportWizard wizard(&document, &settings, main.get());
        wizard.show();
        QApplication::processEvents();
        steps.lap("open the wizard (not counted)", false);

        if (!wizard.setFilePath(o[QStringLiteral("csv")])) {
            std::fprintf(stderr, "cannot read the file: %s\n", qPrintable(wizard.loadError()));
            return 1;
        }
        if (dayFirst)
            wizard.setDateFormat(st::ImportDateFormat::DayMonthYear);
        wizard.repaint();
        steps.lap("choose the file (read, decode, header and first rows)");
        wizard.next();
        wizard.repaint();
        steps.lap("Next: preview");
        wizard.next();
        wizard.repaint();
        steps.lap("Next: columns");
        wizard.next();
        wizard.repaint();
        steps.lap("Next: new names (validation)");
        if (const QString under = o[QStringLiteral("create-under")]; !under.isEmpty()) {
            const std::optional<st::NodeId> team = document.service().tree(st::Dimension::Org).find(under);
            if (!team) {
                std::fprintf(stderr, "no %s in the org tree\n", qPrintable(under));
                return 1;
            }
            const std::vector<st::ImportWizard::Resolution> names = wizard.resolutions();
            for (const st::ImportWizard::Resolution &r : names) {
                if (r.dimension == st::Dimension::Org)
                    wizard.resolve(r.dimension, r.name, st::ImportWizard::Resolution::Action::Create, *team);
            }
            steps.start();
        }
        wizard.next();
        wizard.repaint();
        steps.lap("Next: check (what the check page shows)");
        if (dayFirst) {
            steps.total();
            std::printf("  %d problem(s) listed\n", int(wizard.issues().size()));
            return wizard.currentId() == st::ImportWizard::ValidationPageId ? 0 : 1;
        }
        if (wizard.currentId() != st::ImportWizard::ValidationPageId || !wizard.issues().empty()) {
            std::fprintf(stderr, "not ready to import: %d issue(s) %s\n", int(wizard.issues().size()),
                         wizard.issues().empty() ? "" : qPrintable(wizard.issues().front().toString()));
            return 1;
        }
        wizard.next(); // Import
        wizard.repaint();
        steps.lap("Import (write, then the result page)");
        if (main)
            main->repaint();
        QApplication::processEvents();
        steps.lap("pending events and repaint of the main window");
        steps.total();
        if (wizard.currentId() != st::ImportWizard::ResultPageId) {
            std::fprintf(stderr, "the import failed: %s\n", qPrintable(wizard.lastError()));
            rc = 1;
        } else {
            const st::ImportWizard::Reconciliation &r = wizard.reconciliation();
            std::printf("  %lld rows: %lld added, %lld updated, %lld unchanged; %d totals shown\n", qlonglong(r.rows),
                        qlonglong(r.outcome.added), qlonglong(r.outcome.updated), qlonglong(r.outcome.unchanged),
                        int(r.totals.size()));
        }
    }
    for (const QString &f : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        QFile::remove(f);
    return rc;
}
