#include "salestarget/domain/Month.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace st {

Month Month::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed().toString());
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        // Same range as Period::parse: outside it (year 0 above all) a month has no valid QDate.
        if (year < 1900 || year > 9999)
            throw DomainError(QCoreApplication::translate("Month", "The year %1 is out of range (1900 to 9999).").arg(year));
        if (month >= 1 && month <= 12)
            return Month(year, month);
    }
    throw DomainError(QCoreApplication::translate("Month", "\"%1\" is not a month (expected YYYY-MM, e.g. 2026-11).")
                          .arg(text.toString()));
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2").arg(year(), 4, 10, QLatin1Char('0')).arg(month(), 2, 10, QLatin1Char('0'));
}

} // namespace st
