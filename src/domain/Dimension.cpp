#include "salestarget/domain/Dimension.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>

namespace st {

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::Product:
        return QStringLiteral("product");
    case Dimension::Region:
        return QStringLiteral("region");
    case Dimension::Org:
        break;
    }
    return QStringLiteral("org");
}

Dimension dimensionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"product")
        return Dimension::Product;
    if (k == u"region")
        return Dimension::Region;
    if (k == u"org" || k == u"organization" || k == u"organisation")
        return Dimension::Org;
    throw DomainError(QCoreApplication::translate("Dimension", "Unknown dimension \"%1\": use product, region or org.")
                          .arg(key));
}

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Product:
        return QCoreApplication::translate("Dimension", "Product");
    case Dimension::Region:
        return QCoreApplication::translate("Dimension", "Region");
    case Dimension::Org:
        break;
    }
    return QCoreApplication::translate("Dimension", "Organization");
}

} // namespace st
