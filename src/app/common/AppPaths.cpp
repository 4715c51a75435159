#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace st {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("SALESTARGET_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("salestarget/salestarget.db"));
}

} // namespace st
