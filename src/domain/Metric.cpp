#include "salestarget/domain/Metric.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QStringList>

namespace st {

QString Metric::name() const
{
    return QCoreApplication::translate("Metric", nameSource);
}

QString Metric::definition() const
{
    return QCoreApplication::translate("Metric", definitionSource);
}

QString Metric::unitLabel(const QString &currency) const
{
    if (unit == MetricUnit::Currency)
        return currency;
    return key == u"visits" ? QCoreApplication::translate("Metric", "visits")
         : key == u"opportunities" ? QCoreApplication::translate("Metric", "opportunities")
                                   : QCoreApplication::translate("Metric", "customers");
}

const std::vector<Metric> &Metric::builtIns()
{
    static const std::vector<Metric> metrics{
        {1, QStringLiteral("sales"), MetricKind::Result, MetricUnit::Currency, 2,
         QT_TRANSLATE_NOOP("Metric", "Sales amount"),
         QT_TRANSLATE_NOOP("Metric", "Signed contract value including VAT, counted on the signing date; "
                                     "cancelled contracts are entered as negative amounts.")},
        {2, QStringLiteral("collected"), MetricKind::Result, MetricUnit::Currency, 2,
         QT_TRANSLATE_NOOP("Metric", "Cash collected"),
         QT_TRANSLATE_NOOP("Metric", "Payments received into the company account including VAT, counted on the "
                                     "date of receipt.")},
        {3, QStringLiteral("new_customers"), MetricKind::Result, MetricUnit::Count, 0,
         QT_TRANSLATE_NOOP("Metric", "New customers"),
         QT_TRANSLATE_NOOP("Metric", "Customers whose first signed order falls in the period and who had no "
                                     "order in the previous 12 months.")},
        {4, QStringLiteral("visits"), MetricKind::Process, MetricUnit::Count, 0,
         QT_TRANSLATE_NOOP("Metric", "Customer visits"),
         QT_TRANSLATE_NOOP("Metric", "Face-to-face or video meetings with a customer that have a visit report.")},
        {5, QStringLiteral("opportunities"), MetricKind::Process, MetricUnit::Count, 0,
         QT_TRANSLATE_NOOP("Metric", "New opportunities"),
         QT_TRANSLATE_NOOP("Metric", "Opportunities created in the CRM with a confirmed need, budget and "
                                     "decision maker.")},
    };
    return metrics;
}

const Metric &Metric::byKey(const QString &key)
{
    QStringList keys;
    for (const Metric &m : builtIns()) {
        if (m.key == key.trimmed())
            return m;
        keys << m.key;
    }
    throw DomainError(QCoreApplication::translate("Metric", "Unknown metric \"%1\": use one of %2.")
                          .arg(key, keys.join(QStringLiteral(", "))));
}

const Metric &Metric::byId(MetricId id)
{
    for (const Metric &m : builtIns()) {
        if (m.id == id)
            return m;
    }
    throw DomainError(QCoreApplication::translate("Metric", "Unknown metric id %1.").arg(id));
}

} // namespace st
