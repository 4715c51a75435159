// salestarget-cli: the headless command-line tool (docs/cli.md).
#include "CliApp.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesTarget"));
    QCoreApplication::setApplicationName(QStringLiteral("salestarget"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESTARGET_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    st::CliApp cli(args);
    return cli.run();
}
