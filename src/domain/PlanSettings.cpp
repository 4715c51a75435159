#include "salestarget/domain/PlanSettings.h"

#include "salestarget/domain/DomainError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace st {

void PlanSettings::validate() const
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("PlanSettings", t); };
    if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12)
        throw DomainError(tr("Fiscal year start month must be 1 to 12, not %1.").arg(fiscalYearStartMonth));
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(currency).hasMatch())
        throw DomainError(tr("Currency must be a three-letter ISO code such as CNY, not \"%1\".").arg(currency));
    if (laggingBelowBp <= 0 || laggingBelowBp > 10000)
        throw DomainError(tr("The lagging threshold must be above 0% and at most 100%."));
    if (aheadAboveBp < 10000 || aheadAboveBp > 100000)
        throw DomainError(tr("The ahead threshold must be between 100% and 1000%."));
}

} // namespace st
