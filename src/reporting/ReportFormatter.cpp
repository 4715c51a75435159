#include "salestarget/reporting/ReportFormatter.h"

#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Report.h"
#include "salestarget/reporting/CsvCell.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace st {

namespace {

QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString fraction(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : QStringLiteral("-");
}

struct Cells {
    QString target, actual, gap, expected, unallocated, achievement, pace;
};

Cells machineCells(const ReportRow &r, int decimals)
{
    const Figures &f = r.figures;
    return {f.target.toDecimalString(decimals), f.actual.toDecimalString(decimals), f.gap.toDecimalString(decimals),
            f.expected.toDecimalString(decimals),
            f.unallocated ? f.unallocated->toDecimalString(decimals) : QString(), fraction(f.achievement),
            fraction(f.pace)};
}

} // namespace

int ReportFormatter::displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                       || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                       || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString ReportFormatter::toJson(const Report &report, const Metric &metric)
{
    QString out = QStringLiteral("[");
    bool first = true;
    for (const ReportRow &r : report.rows()) {
        const Cells c = machineCells(r, metric.decimals);
        out += first ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        first = false;
        out += QStringLiteral("\"path\": %1, \"depth\": %2, \"target\": %3, \"actual\": %4, \"achievement\": %5, "
                              "\"gap\": %6, \"expected\": %7, \"pace\": %8, \"status\": %9, \"unallocated\": %10}")
                   .arg(jsonString(r.path), QString::number(r.depth), c.target, c.actual,
                        c.achievement.isEmpty() ? QStringLiteral("null") : c.achievement, c.gap, c.expected,
                        c.pace.isEmpty() ? QStringLiteral("null") : c.pace, jsonString(statusKey(r.figures.status)),
                        c.unallocated.isEmpty() ? QStringLiteral("null") : c.unallocated);
    }
    out += first ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out;
}

QString ReportFormatter::toCsv(const Report &report, const Metric &metric)
{
    QString out = QStringLiteral("path,depth,target,actual,achievement,gap,expected,pace,status,unallocated\r\n");
    for (const ReportRow &r : report.rows()) {
        const Cells c = machineCells(r, metric.decimals);
        out += QStringList{CsvCell::text(r.path), QString::number(r.depth), c.target, c.actual, c.achievement, c.gap,
                           c.expected, c.pace, statusKey(r.figures.status), c.unallocated}
                   .join(u',');
        out += QStringLiteral("\r\n");
    }
    return out;
}

QString ReportFormatter::toTable(const Report &report, const Metric &metric, const QString &currency)
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("ReportFormatter", t); };
    const QStringList header{tr("Node"), tr("Target"), tr("Actual"), tr("Achieved"), tr("Gap"), tr("Expected"),
                             tr("Pace"), tr("Status"), tr("Unallocated")};
    std::vector<QStringList> lines{header};
    const int d = metric.decimals;
    for (const ReportRow &r : report.rows()) {
        const Figures &f = r.figures;
        lines.push_back({QString(r.depth * 2, u' ') + r.name, f.target.toString(d),
                         f.actual.toString(d), percent(f.achievement), f.gap.toString(d), f.expected.toString(d),
                         percent(f.pace), statusSymbol(f.status) + u' ' + statusLabel(f.status),
                         f.unallocated ? f.unallocated->toString(d) : QStringLiteral("-")});
    }
    std::vector<int> widths(header.size(), 0);
    for (const QStringList &l : lines) {
        for (qsizetype i = 0; i < l.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], displayWidth(l[i]));
    }
    QString out = QStringLiteral("%1 · %2 · %3 · %4\n")
                      .arg(metric.name(), metric.unitLabel(currency), report.period().toString(),
                           tr("as of %1").arg(report.asOf().toString(Qt::ISODate)));
    for (const QStringList &l : lines) {
        QStringList cells;
        for (qsizetype i = 0; i < l.size(); ++i) {
            const QString pad(widths[std::size_t(i)] - displayWidth(l[i]), u' ');
            // names and status left-aligned, numbers right-aligned
            cells << ((i == 0 || i == 7) ? l[i] + pad : pad + l[i]);
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

} // namespace st
