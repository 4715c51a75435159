// salestarget-cli: the headless command-line tool (docs/cli.md).
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>
#include <memory>

#include <unistd.h>

namespace {

/// The command word: the first argument that is neither an option nor the value of a global one.
QString commandOf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db" || a == u"--user" || a == u"--today") {
            ++i; // its value follows
            continue;
        }
        if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

QtMessageHandler g_qtHandler = nullptr;

/// On a headless server the graphical part of Qt warns that there is no runtime directory; it
/// does not matter for writing files and would only clutter a scheduled job's output.
void quietHeadlessWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    // An import of a million rows touches ~1 GB of fresh memory; in a VM every first touch of a
    // 4 KiB page costs microseconds (a third of the run). glibc backs its heap with transparent
    // huge pages only when told so before the process starts, so an import re-runs itself once
    // with the tunable set (the user's own GLIBC_TUNABLES is left alone). If exec fails, the
    // import simply runs as it is.
    if (commandOf(argc, argv) == u"import" && std::getenv("GLIBC_TUNABLES") == nullptr) {
        ::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
        ::execv("/proc/self/exe", argv);
        ::unsetenv("GLIBC_TUNABLES");
    }
    // Only the weekly summary draws (PDF fonts need a QGuiApplication); every other command starts
    // as a plain QCoreApplication so that it stays fast and needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (commandOf(argc, argv) == u"summary") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_qtHandler = qInstallMessageHandler(quietHeadlessWarnings);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SalesTarget"));
    QCoreApplication::setApplicationName(QStringLiteral("salestarget"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESTARGET_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    st::CliApp cli(args);
    return cli.run();
}
