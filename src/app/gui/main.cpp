// salestarget: the desktop application.
#include "salestarget/gui/MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SalesTarget"));
    QApplication::setApplicationName(QStringLiteral("salestarget"));
    QApplication::setApplicationVersion(QStringLiteral(SALESTARGET_VERSION));
    st::MainWindow window;
    window.show();
    return QApplication::exec();
}
