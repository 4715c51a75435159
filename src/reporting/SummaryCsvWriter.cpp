#include "salestarget/reporting/SummaryCsvWriter.h"

#include "salestarget/reporting/AtomicFile.h"
#include "salestarget/reporting/CsvCell.h"
#include "salestarget/reporting/SummaryColumns.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace st {

namespace {

bool startsLikeFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// Lines of equal width: every record is padded to the widest one (RFC 4180).
class CsvLines final
{
public:
    explicit CsvLines(int width) : m_width(width) {}
    void add(QStringList fields)
    {
        while (fields.size() < m_width)
            fields << QString();
        m_text += fields.join(u',') + QStringLiteral("\r\n");
    }
    void blank() { add({}); }
    const QString &text() const { return m_text; }

private:
    int m_width;
    QString m_text;
};

/// A cell for CSV: our own numbers stay numbers, everything else goes through CsvCell::text.
QString csvCell(const SummaryColumns::Cell &cell, int decimals)
{
    using Kind = SummaryColumns::Kind;
    switch (cell.kind) {
    case Kind::Amount:
        return cell.amount ? CsvCell::number(cell.amount->toDecimalString(decimals)) : QString();
    case Kind::Ratio:
        return cell.ratio ? CsvCell::number(SummaryColumns::percent(*cell.ratio)) : QString();
    case Kind::Name: {
        // Indentation shows the tree; the name itself is neutralised as if it stood alone, since
        // spreadsheet programs may trim the leading blanks.
        const QString name = startsLikeFormula(cell.text) ? u'\'' + cell.text : cell.text;
        return CsvCell::text(QString(2 * cell.depth, u' ') + name);
    }
    default:
        return CsvCell::text(SummaryColumns::text(cell, decimals));
    }
}

} // namespace

QByteArray SummaryCsvWriter::toBytes(const WeeklySummary &summary)
{
    const auto table = SummaryColumns::table();
    const auto lagging = SummaryColumns::lagging();
    const int decimals = summary.decimals();
    const int width = std::max(int(table.size()) + 1, int(lagging.size()));
    CsvLines lines(width);

    lines.add({CsvCell::text(summary.title())});
    for (const SummaryDefinition &f : summary.headerFields())
        lines.add({CsvCell::text(f.term), CsvCell::text(f.text)});
    lines.add({CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "Note")), CsvCell::text(summary.note())});

    for (const SummarySection &section : summary.sections) {
        lines.blank();
        lines.add({CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "Dimension")), CsvCell::text(dimensionName(section.dimension))});
        QStringList header{CsvCell::text(table.front().fullTitle), CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "Path"))};
        for (std::size_t c = 1; c < table.size(); ++c)
            header << CsvCell::text(table[c].fullTitle);
        lines.add(header);
        for (const SummaryRow &row : section.rows) {
            QStringList fields{csvCell(SummaryColumns::tableCell(row, 0), decimals), CsvCell::text(row.path)};
            for (std::size_t c = 1; c < table.size(); ++c)
                fields << csvCell(SummaryColumns::tableCell(row, c), decimals);
            lines.add(fields);
        }
    }

    lines.blank();
    lines.add({CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "Lagging nodes"))});
    QStringList header;
    for (const auto &c : lagging)
        header << CsvCell::text(c.fullTitle);
    lines.add(header);
    for (const SummarySection &section : summary.sections) {
        for (const LaggingNode &node : section.lagging) {
            // One line per corrective action; the node's figures on its first line only.
            for (std::size_t line = 0; line < SummaryColumns::laggingLines(node); ++line) {
                QStringList fields;
                for (std::size_t c = 0; c < lagging.size(); ++c)
                    fields << csvCell(SummaryColumns::laggingCell(section, node, line, c), decimals);
                lines.add(fields);
            }
        }
    }
    if (summary.laggingCount() == 0)
        lines.add({CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "No node is lagging."))});

    lines.blank();
    lines.add({CsvCell::text(QCoreApplication::translate("SummaryCsvWriter", "Definitions"))});
    for (const SummaryDefinition &d : summary.definitions())
        lines.add({CsvCell::text(d.term), CsvCell::text(d.text)});

    return QByteArray("\xEF\xBB\xBF") + lines.text().toUtf8();
}

void SummaryCsvWriter::write(const WeeklySummary &summary, const QString &path)
{
    AtomicFile::write(path, toBytes(summary));
}

} // namespace st
