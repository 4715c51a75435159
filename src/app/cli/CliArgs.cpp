// CliApp: readers for the options shared by several commands.
#include "CliApp.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"

namespace st {

Dimension CliApp::dimensionArg(const ArgList &a) const
{
    return dimensionFromKey(a.required(QStringLiteral("dimension")));
}

NodeId CliApp::pathArg(const ArgList &a, Dimension d, const QString &option) const
{
    const QString path = a.required(option);
    try {
        return m_service->tree(d).resolve(path);
    } catch (const DomainError &e) {
        throw DomainError(QStringLiteral("--%1: %2").arg(option, e.message()));
    }
}

const Metric &CliApp::metricArg(const ArgList &a) const
{
    return Metric::byKey(a.required(QStringLiteral("metric")));
}

Period CliApp::periodArg(const ArgList &a) const
{
    try {
        return Period::parse(a.required(QStringLiteral("period")), m_service->settings().fiscalYearStartMonth);
    } catch (const DomainError &e) {
        throw DomainError(QStringLiteral("--period: %1").arg(e.message()));
    }
}

QDate CliApp::dateArg(const ArgList &a, const QString &option) const
{
    const QString text = a.required(option);
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        throw DomainError(QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(option, text));
    return d;
}

} // namespace st
