#include "salestarget/reporting/SummaryXlsxWriter.h"

#include "XlsxBook.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/reporting/AtomicFile.h"
#include "salestarget/reporting/SummaryColumns.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <algorithm>
#include <vector>

namespace st {

namespace {

using Kind = SummaryColumns::Kind;
using Style = XlsxBook::Style;

constexpr int kTableFirstRow = 5; // title, header line, note, group row, column titles

QString infoLine(const WeeklySummary &s)
{
    QStringList parts;
    for (const SummaryDefinition &f : s.headerFields())
        parts << QCoreApplication::translate("SummaryXlsxWriter", "%1: %2").arg(f.term, f.text);
    return parts.join(QStringLiteral("  ·  "));
}

double major(Amount a, int decimals)
{
    return double(a.minor()) / double(scaleOf(decimals));
}

void writeCell(XlsxBook &book, lxw_worksheet *sheet, int row, int col, const SummaryColumns::Cell &cell, int decimals,
               bool bold)
{
    switch (cell.kind) {
    case Kind::Amount:
        if (cell.amount)
            book.number(sheet, row, col, major(*cell.amount, decimals), book.amount(decimals, bold),
                        SummaryColumns::text(cell, decimals));
        else
            book.blank(sheet, row, col, book.amount(decimals, bold));
        return;
    case Kind::Ratio:
        if (cell.ratio)
            book.number(sheet, row, col, *cell.ratio, book.ratio(bold), SummaryColumns::text(cell, decimals));
        else
            book.blank(sheet, row, col, book.ratio(bold));
        return;
    case Kind::Status:
        book.text(sheet, row, col, SummaryColumns::text(cell, decimals), book.status(cell.status));
        return;
    case Kind::Name:
        book.text(sheet, row, col, cell.text, book.name(cell.depth, bold));
        // An indent level is about two characters wide.
        book.fit(sheet, col, XlsxBook::widthOf(cell.text) + 2.0 + 2.0 * cell.depth);
        return;
    case Kind::LongText:
        book.text(sheet, row, col, cell.text, book.style(Style::Wrap), false);
        return;
    case Kind::Path:
    case Kind::Text:
        break;
    }
    book.text(sheet, row, col, cell.text, book.style(Style::Text));
}

void writeHeaderBlock(XlsxBook &book, lxw_worksheet *sheet, const WeeklySummary &s, const QString &title,
                      const QString &note)
{
    book.text(sheet, 0, 0, title, book.style(Style::Title), false);
    book.text(sheet, 1, 0, infoLine(s), book.style(Style::Info), false);
    book.text(sheet, 2, 0, note, book.style(Style::Note), false);
}

void writeDimensionSheet(XlsxBook &book, const WeeklySummary &s, const SummarySection &section)
{
    const QString title = QCoreApplication::translate("SummaryXlsxWriter", "%1 · %2").arg(s.title(), dimensionName(section.dimension));
    lxw_worksheet *sheet = book.addSheet(dimensionName(section.dimension));
    writeHeaderBlock(book, sheet, s, title, s.note());

    const auto columns = SummaryColumns::table();
    const int pathCol = int(columns.size());
    // Row 3: a header over each period's columns; row 4: the column titles.
    for (std::size_t c = 0; c < columns.size();) {
        std::size_t end = c;
        while (end + 1 < columns.size() && columns[end + 1].group == columns[c].group)
            ++end;
        if (columns[c].group == SummaryColumns::Group::None) {
            for (std::size_t i = c; i <= end; ++i)
                book.blank(sheet, 3, int(i), book.style(Style::Group));
        } else {
            book.merge(sheet, 3, int(c), int(end), SummaryColumns::groupTitle(s, columns[c].group),
                       book.style(Style::Group));
        }
        for (std::size_t i = c; i <= end; ++i)
            book.text(sheet, 4, int(i), columns[i].title, book.style(Style::Header));
        c = end + 1;
    }
    book.blank(sheet, 3, pathCol, book.style(Style::Group));
    book.text(sheet, 4, pathCol, QCoreApplication::translate("SummaryXlsxWriter", "Path"), book.style(Style::Header));

    int r = kTableFirstRow;
    for (const SummaryRow &row : section.rows) {
        const bool bold = row.depth == 0 && !row.unassigned;
        for (std::size_t c = 0; c < columns.size(); ++c)
            writeCell(book, sheet, r, int(c), SummaryColumns::tableCell(row, c), s.decimals(), bold);
        book.text(sheet, r, pathCol, row.path, book.style(Style::Text));
        ++r;
    }
    book.pageSetup(sheet, kTableFirstRow, 1, 3, 4, title);
}

/// Width of a wrapping column: its longest line, between these bounds (characters; CJK count two).
constexpr double kMinWrapWidth = 16.0;
constexpr double kMaxWrapWidth = 40.0;

void writeLaggingSheet(XlsxBook &book, const WeeklySummary &s)
{
    const QString title = QCoreApplication::translate("SummaryXlsxWriter", "Lagging nodes — %1").arg(s.company);
    lxw_worksheet *sheet = book.addSheet(QCoreApplication::translate("SummaryXlsxWriter", "Lagging"));
    writeHeaderBlock(book, sheet, s, title,
                     QCoreApplication::translate("SummaryXlsxWriter", "Nodes whose month-to-date status is lagging, largest month gap first, "
                                                 "with their corrective actions (one line each, open ones first) and variance reasons."));
    const auto columns = SummaryColumns::lagging();
    // Row 3: the month over its figures and "Corrective action" over the action's columns.
    for (std::size_t c = 0; c < columns.size();) {
        std::size_t end = c;
        while (end + 1 < columns.size() && columns[end + 1].group == columns[c].group)
            ++end;
        if (columns[c].group == SummaryColumns::Group::None) {
            for (std::size_t i = c; i <= end; ++i)
                book.blank(sheet, 3, int(i), book.style(Style::Group));
        } else {
            book.merge(sheet, 3, int(c), int(end), SummaryColumns::groupTitle(s, columns[c].group), book.style(Style::Group));
        }
        c = end + 1;
    }
    for (std::size_t c = 0; c < columns.size(); ++c)
        book.text(sheet, 4, int(c), columns[c].fullTitle, book.style(Style::Header), columns[c].kind != Kind::LongText);

    // Free text wraps in a column as wide as its longest line, within bounds; rows grow to fit.
    std::vector<double> wrapWidth(columns.size(), 0.0);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].kind != Kind::LongText)
            continue;
        double w = XlsxBook::widthOf(columns[c].fullTitle);
        for (const SummarySection &section : s.sections) {
            for (const LaggingNode &node : section.lagging) {
                for (std::size_t line = 0; line < SummaryColumns::laggingLines(node); ++line)
                    w = std::max(w, XlsxBook::widthOf(SummaryColumns::laggingCell(section, node, line, c).text));
            }
        }
        wrapWidth[c] = std::clamp(w + 2.0, kMinWrapWidth, kMaxWrapWidth);
        book.fit(sheet, int(c), wrapWidth[c]);
    }

    int r = kTableFirstRow;
    for (const SummarySection &section : s.sections) {
        for (const LaggingNode &node : section.lagging) {
            for (std::size_t line = 0; line < SummaryColumns::laggingLines(node); ++line) {
                int lines = 1;
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    const SummaryColumns::Cell cell = SummaryColumns::laggingCell(section, node, line, c);
                    if (cell.kind == Kind::LongText) {
                        book.text(sheet, r, int(c), cell.text, book.style(Style::Wrap), false);
                        lines = std::max(lines, XlsxBook::lineCount(cell.text, wrapWidth[c] - 1.0));
                    } else {
                        writeCell(book, sheet, r, int(c), cell, s.decimals(), false);
                    }
                }
                book.rowLines(sheet, r, lines);
                ++r;
            }
        }
    }
    if (r == kTableFirstRow)
        book.text(sheet, r, 0, QCoreApplication::translate("SummaryXlsxWriter", "No node is lagging."), book.style(Style::Info), false);
    book.pageSetup(sheet, kTableFirstRow, 2, 3, 4, title);
}

void writeDefinitionsSheet(XlsxBook &book, const WeeklySummary &s)
{
    const QString title = QCoreApplication::translate("SummaryXlsxWriter", "Definitions — %1").arg(s.company);
    lxw_worksheet *sheet = book.addSheet(QCoreApplication::translate("SummaryXlsxWriter", "Definitions"));
    writeHeaderBlock(book, sheet, s, title, QCoreApplication::translate("SummaryXlsxWriter", "How the figures of this workbook are counted (统计口径)."));
    book.text(sheet, 4, 0, QCoreApplication::translate("SummaryXlsxWriter", "Term"), book.style(Style::Header));
    book.text(sheet, 4, 1, QCoreApplication::translate("SummaryXlsxWriter", "Definition"), book.style(Style::Header), false);
    constexpr double kDefinitionWidth = 90.0;
    book.fit(sheet, 1, kDefinitionWidth);
    int r = kTableFirstRow;
    for (const SummaryDefinition &d : s.definitions()) {
        book.text(sheet, r, 0, d.term, book.style(Style::Term));
        book.text(sheet, r, 1, d.text, book.style(Style::Wrap), false);
        book.wrapRow(sheet, r, d.text, kDefinitionWidth - 2.0);
        ++r;
    }
    book.pageSetup(sheet, kTableFirstRow, 0, 4, 4, title);
}

} // namespace

void SummaryXlsxWriter::write(const WeeklySummary &summary, const QString &path)
{
    // libxlsxwriter writes to a path: a temporary file beside the target, then copied over it
    // through QSaveFile so that the target is replaced in one step or not at all.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open())
        throw DomainError(QCoreApplication::translate("SummaryXlsxWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.close();
    {
        XlsxBook book(temp.fileName());
        for (const SummarySection &section : summary.sections)
            writeDimensionSheet(book, summary, section);
        writeLaggingSheet(book, summary);
        writeDefinitionsSheet(book, summary);
        book.close(path);
    }
    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadOnly))
        throw DomainError(QCoreApplication::translate("SummaryXlsxWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.errorString()));
    AtomicFile::write(path, written.readAll());
}

} // namespace st
