// salestarget: the desktop application.
#include "../common/AppPaths.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/MainWindow.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/Translations.h"
#include "salestarget/gui/ViewOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SalesTarget"));
    QApplication::setApplicationName(QStringLiteral("salestarget"));
    QApplication::setApplicationVersion(QStringLiteral(SALESTARGET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Set, decompose and track sales targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The plan file to open (default: the last one)."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Interface language: en or zh_CN."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE and quit (documentation)."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page shown first (0 = Targets, 1 = Dashboard, 2 = My progress, 3 = Reports)."),
                                  QStringLiteral("index"), QStringLiteral("0"));
    const QCommandLineOption dimension(QStringLiteral("dimension"), QStringLiteral("Tree shown first: product, region or org."),
                                       QStringLiteral("tree"));
    parser.addOptions({language, screenshot, page, dimension});
    parser.process(app);

    const QString chosen = parser.isSet(language) ? parser.value(language)
                                                  : QSettings().value(QStringLiteral("view/language")).toString();
    st::Translations::install(app, st::Translations::resolve(chosen));

    st::PlanDocument document;
    st::ViewOptions options;
    st::MainWindow window(&document, &options);
    // A file named on the command line, else the last one, else the default database (with the
    // demo plan on first start, so a new user sees real content at once).
    const QString last = QSettings().value(QStringLiteral("files/last")).toString();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openFile(last);
    else
        window.openFile(st::defaultDatabasePath(), true);
    if (parser.isSet(dimension)) {
        try {
            window.showDimension(st::dimensionFromKey(parser.value(dimension)));
        } catch (const st::DomainError &e) {
            qWarning("%s", qPrintable(e.message()));
            return 2;
        }
    }
    window.pages()->setCurrentIndex(parser.value(page).toInt());
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(800, &window, [&] {
            window.grab().save(parser.value(screenshot));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
