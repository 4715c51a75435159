#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace st {

/// The interface languages: English (the source texts) and Simplified Chinese, compiled into the
/// binary. The system locale picks one unless the user chose one (View → Language).
class Translations final
{
public:
    /// Language codes offered: "en", "zh_CN".
    static QStringList available();
    /// The code to use for a saved choice ("" = follow the system locale).
    static QString resolve(const QString &choice);
    /// Installs the translators of our texts and Qt's own for `code`; also sets the default QLocale.
    /// Returns false when no translation is needed or found (English).
    static bool install(QCoreApplication &app, const QString &code);
};

} // namespace st
