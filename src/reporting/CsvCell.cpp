#include "salestarget/reporting/CsvCell.h"

namespace st {

QString CsvCell::text(const QString &value, QChar delimiter)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(delimiter) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

} // namespace st
