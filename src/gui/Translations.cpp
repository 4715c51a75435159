#include "salestarget/gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace st {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::resolve(const QString &choice)
{
    if (available().contains(choice))
        return choice;
    // Follow the system: any Chinese locale gets Simplified Chinese, everything else English.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::install(QCoreApplication &app, const QString &code)
{
    QLocale::setDefault(QLocale(code == u"zh_CN" ? QLocale::Chinese : QLocale::English,
                                code == u"zh_CN" ? QLocale::China : QLocale::UnitedStates));
    if (code != u"zh_CN")
        return false;
    auto *ours = new QTranslator(&app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/salestarget_zh_CN.qm"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace st
