// CliApp: the `summary` command — the weekly summary (周报) as an Excel, PDF or CSV file.
#include "CliApp.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/reporting/SummaryCsvWriter.h"
#include "salestarget/reporting/SummaryPdfWriter.h"
#include "salestarget/reporting/SummaryXlsxWriter.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QDir>
#include <QFileInfo>

namespace st {

int CliApp::cmdSummary(const ArgList &a)
{
    if (!a.words().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(a.words().front()));
    const QString out = a.required(QStringLiteral("out"));
    QString format = a.value(QStringLiteral("format")).value_or(QFileInfo(out).suffix()).toLower();
    if (format != u"xlsx" && format != u"pdf" && format != u"csv")
        throw UsageError(QStringLiteral("--format takes xlsx, pdf or csv"));

    PlanService &s = service();
    const QString weekText = a.required(QStringLiteral("week"));
    Period week;
    try {
        week = Period::parse(weekText.trimmed());
    } catch (const DomainError &e) {
        throw DomainError(QStringLiteral("--week: %1").arg(e.message()));
    }
    if (week.kind() != PeriodKind::Week)
        throw DomainError(QStringLiteral("--week: \"%1\" is not an ISO week (write it like 2026-W47).").arg(weekText));
    int isoYear = 0;
    const int weekNumber = week.first().weekNumber(&isoYear);

    // Excel gets a sheet per dimension; a CSV or PDF is for one tree unless asked for all.
    std::vector<Dimension> dimensions;
    const QString dimension = a.value(QStringLiteral("dimension")).value_or(format == u"xlsx" ? QStringLiteral("all")
                                                                                              : QStringLiteral("org"));
    if (dimension == u"all")
        dimensions.assign(kDimensions.begin(), kDimensions.end());
    else
        dimensions.push_back(dimensionFromKey(dimension));
    const Metric &metric = Metric::byKey(a.value(QStringLiteral("metric")).value_or(QStringLiteral("sales")));
    const QDate asOf = a.value(QStringLiteral("as-of")) ? dateArg(a, QStringLiteral("as-of"))
                                                         : WeeklySummary::defaultAsOf(week, m_today);

    const WeeklySummary summary = WeeklySummary::build(s, dimensions, metric.id, isoYear, weekNumber, asOf,
                                                       QDateTime::currentDateTime());
    if (format == u"xlsx")
        SummaryXlsxWriter::write(summary, out);
    else if (format == u"pdf")
        SummaryPdfWriter::write(summary, out);
    else
        SummaryCsvWriter::write(summary, out);

    int rows = 0;
    for (const SummarySection &section : summary.sections)
        rows += int(section.rows.size());
    this->out(QStringLiteral("%1: weekly summary %2, %3, as of %4: %5 rows, %6 lagging.\n")
                  .arg(QDir::toNativeSeparators(out), week.toString(), metric.key, asOf.toString(Qt::ISODate))
                  .arg(rows)
                  .arg(summary.laggingCount()));
    return 0;
}

} // namespace st
