#include "salestarget/gui/DisplayFormat.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QLocale>

namespace st {

namespace {

constexpr std::int64_t kTenThousand = 10000;

// Group the integer part with the locale's separator, keep '.' style decimals of the locale.
QString grouped(const QString &plain)
{
    const QLocale locale;
    const bool negative = plain.startsWith(u'-');
    QString digits = negative ? plain.mid(1) : plain;
    QString fraction;
    if (const qsizetype dot = digits.indexOf(u'.'); dot >= 0) {
        fraction = locale.decimalPoint() + digits.mid(dot + 1);
        digits.truncate(dot);
    }
    const QString sep = locale.groupSeparator();
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, sep);
    return (negative ? QStringLiteral("-") : QString()) + digits + fraction;
}

bool isMoneyInTenThousands(const Metric &metric, DisplayUnit unit)
{
    return metric.unit == MetricUnit::Currency && unit == DisplayUnit::TenThousand;
}

} // namespace

QString DisplayFormat::amount(Amount value, const Metric &metric, DisplayUnit unit)
{
    if (isMoneyInTenThousands(metric, unit)) {
        // minor units -> 万元 with two decimals, rounded half away from zero
        const std::int64_t perUnit = scaleOf(metric.decimals) * kTenThousand / 100; // minor units per 0.01 万元
        const std::int64_t m = value.minor();
        const std::int64_t hundredths = (m >= 0 ? m + perUnit / 2 : m - perUnit / 2) / perUnit;
        return grouped(Amount(hundredths).toString(2, false));
    }
    return grouped(value.toString(metric.decimals, false));
}

QString DisplayFormat::signedAmount(Amount value, const Metric &metric, DisplayUnit unit)
{
    const QString text = amount(value, metric, unit);
    return value.minor() > 0 ? u'+' + text : text;
}

QString DisplayFormat::editText(Amount value, const Metric &metric, DisplayUnit unit)
{
    if (isMoneyInTenThousands(metric, unit))
        return Amount(value.minor()).toDecimalString(metric.decimals + 4);
    return value.toDecimalString(metric.decimals);
}

Amount DisplayFormat::parseInput(const QString &text, const Metric &metric, DisplayUnit unit)
{
    const QString t = text.trimmed();
    const bool hasUnitWord = t.endsWith(QChar(0x4E07)) || t.endsWith(QChar(0x4EBF)) || t.endsWith(QStringLiteral("万元"))
                          || t.endsWith(QStringLiteral("亿元")) || t.endsWith(QChar(0x5143));
    if (isMoneyInTenThousands(metric, unit) && !hasUnitWord)
        return Amount::parse(QString(t + QChar(0x4E07)), metric.decimals); // a bare number means 万元
    return Amount::parse(t, metric.decimals);
}

QString DisplayFormat::percent(const std::optional<double> &ratio)
{
    if (!ratio)
        return QStringLiteral("\u2013");
    return QLocale().toString(*ratio * 100.0, 'f', 1) + u'%';
}

QString DisplayFormat::unitLabel(const Metric &metric, DisplayUnit unit, const QString &currency)
{
    if (metric.unit != MetricUnit::Currency)
        return metric.unitLabel(currency);
    if (currency == u"CNY")
        return unit == DisplayUnit::TenThousand ? QCoreApplication::translate("DisplayFormat", "10k CNY (万元)")
                                                : QCoreApplication::translate("DisplayFormat", "CNY (元)");
    return unit == DisplayUnit::TenThousand ? QCoreApplication::translate("DisplayFormat", "10k %1").arg(currency) : currency;
}

QColor DisplayFormat::statusColor(Status status)
{
    switch (status) {
    case Status::Lagging:
        return QColor(0xC6, 0x28, 0x28); // red
    case Status::OnTrack:
        return QColor(0x2E, 0x7D, 0x32); // green
    case Status::Ahead:
        return QColor(0x15, 0x65, 0xC0); // strong blue, distinct from green for colour-blind users
    case Status::NotStarted:
    case Status::NoTarget:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor DisplayFormat::statusBackground(Status status)
{
    switch (status) {
    case Status::Lagging:
        return QColor(0xFD, 0xEC, 0xEA);
    case Status::OnTrack:
        return QColor(0xE8, 0xF5, 0xE9);
    case Status::Ahead:
        return QColor(0xE3, 0xF2, 0xFD);
    case Status::NotStarted:
    case Status::NoTarget:
        break;
    }
    return QColor(0xF2, 0xF2, 0xF2);
}

QString DisplayFormat::statusText(Status status)
{
    return statusSymbol(status) + u' ' + statusLabel(status);
}

} // namespace st
