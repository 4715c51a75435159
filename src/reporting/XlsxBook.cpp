#include "XlsxBook.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/reporting/ReportFormatter.h"
#include "salestarget/reporting/SummaryColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kBorder = 0xBFBFBF;
constexpr lxw_color_t kNoteInk = 0x595959;
constexpr int kMaxCellText = 32767; // Excel's limit per cell
constexpr double kMinWidth = 6.0;
constexpr double kMaxWidth = 80.0;

void bordered(lxw_format *f)
{
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, kBorder);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

/// Header and footer text is a small language of its own: `&` starts a code.
QByteArray headerText(const QString &text)
{
    return QString(text).replace(u'&', QStringLiteral("&&")).left(200).toUtf8();
}

} // namespace

XlsxBook::XlsxBook(const QString &path) : m_path(QFile::encodeName(path))
{
    m_book = workbook_new(m_path.constData());
    if (!m_book)
        m_error = QCoreApplication::translate("SummaryXlsxWriter", "libxlsxwriter could not start a workbook");
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        lxw_workbook_free(m_book);
}

void XlsxBook::check(lxw_error error, const QString &what)
{
    if (error != LXW_NO_ERROR && m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(what, QString::fromUtf8(lxw_strerror(error)));
}

lxw_worksheet *XlsxBook::addSheet(const QString &name)
{
    if (!m_book)
        return nullptr;
    const QByteArray utf8 = name.toUtf8();
    const lxw_error valid = workbook_validate_sheet_name(m_book, utf8.constData());
    check(valid, QCoreApplication::translate("SummaryXlsxWriter", "sheet \"%1\"").arg(name));
    lxw_worksheet *sheet = valid == LXW_NO_ERROR ? workbook_add_worksheet(m_book, utf8.constData()) : nullptr;
    if (!sheet && m_error.isEmpty())
        m_error = QCoreApplication::translate("SummaryXlsxWriter", "sheet \"%1\" could not be added").arg(name);
    if (sheet)
        m_sheets.push_back(sheet);
    return sheet;
}

lxw_format *XlsxBook::cached(int key, const std::function<void(lxw_format *)> &setup)
{
    if (!m_book)
        return nullptr;
    const auto it = m_formats.find(key);
    if (it != m_formats.end())
        return it->second;
    lxw_format *f = workbook_add_format(m_book);
    if (f)
        setup(f);
    m_formats[key] = f;
    return f;
}

lxw_format *XlsxBook::style(Style style)
{
    return cached(int(style), [style](lxw_format *f) {
        switch (style) {
        case Style::Title:
            format_set_bold(f);
            format_set_font_size(f, 14);
            break;
        case Style::Info:
            break;
        case Style::Note:
            format_set_italic(f);
            format_set_font_color(f, kNoteInk);
            break;
        case Style::Group:
        case Style::Header:
            bordered(f);
            format_set_bold(f);
            format_set_bg_color(f, kHeaderFill);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_text_wrap(f);
            break;
        case Style::Text:
            bordered(f);
            break;
        case Style::Wrap:
            bordered(f);
            format_set_text_wrap(f);
            break;
        case Style::Term:
            bordered(f);
            format_set_bold(f);
            format_set_text_wrap(f);
            break;
        }
    });
}

lxw_format *XlsxBook::name(int depth, bool bold)
{
    depth = std::clamp(depth, 0, 15);
    return cached(100 + depth * 2 + (bold ? 1 : 0), [depth, bold](lxw_format *f) {
        bordered(f);
        if (depth > 0)
            format_set_indent(f, uint8_t(depth));
        if (bold)
            format_set_bold(f);
    });
}

lxw_format *XlsxBook::amount(int decimals, bool bold)
{
    return cached(1000 + decimals * 2 + (bold ? 1 : 0), [decimals, bold](lxw_format *f) {
        bordered(f);
        const QByteArray pattern = decimals > 0 ? "#,##0." + QByteArray(decimals, '0') : QByteArray("#,##0");
        format_set_num_format(f, pattern.constData());
        if (bold)
            format_set_bold(f);
    });
}

lxw_format *XlsxBook::ratio(bool bold)
{
    return cached(2000 + (bold ? 1 : 0), [bold](lxw_format *f) {
        bordered(f);
        format_set_num_format(f, "0.0%");
        if (bold)
            format_set_bold(f);
    });
}

lxw_format *XlsxBook::status(Status status)
{
    return cached(3000 + int(status), [status](lxw_format *f) {
        bordered(f);
        if (const std::uint32_t fill = SummaryColumns::statusFill(status))
            format_set_bg_color(f, fill);
        format_set_font_color(f, SummaryColumns::statusInk(status));
        if (status == Status::Ahead || status == Status::Lagging)
            format_set_bold(f);
    });
}

double XlsxBook::widthOf(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, ReportFormatter::displayWidth(line));
    return double(widest);
}

void XlsxBook::fit(lxw_worksheet *sheet, int col, double width)
{
    std::vector<double> &widths = m_widths[sheet];
    if (widths.size() <= std::size_t(col))
        widths.resize(std::size_t(col) + 1, 0.0);
    widths[std::size_t(col)] = std::max(widths[std::size_t(col)], width);
}

int XlsxBook::lineCount(const QString &text, double width)
{
    if (width <= 0)
        return 1;
    int lines = 0;
    for (const QString &line : text.split(u'\n'))
        lines += std::max(1, int(std::ceil(widthOf(line) / width)));
    return lines;
}

void XlsxBook::rowLines(lxw_worksheet *sheet, int row, int lines)
{
    if (sheet && lines > 1)
        check(worksheet_set_row(sheet, lxw_row_t(row), 15.0 * lines, nullptr), QCoreApplication::translate("SummaryXlsxWriter", "row %1").arg(row + 1));
}

void XlsxBook::wrapRow(lxw_worksheet *sheet, int row, const QString &text, double width)
{
    if (width > 0)
        rowLines(sheet, row, lineCount(text, width));
}

void XlsxBook::text(lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *format, bool fitColumn)
{
    if (!sheet)
        return;
    const QByteArray utf8 = text.left(kMaxCellText).toUtf8();
    check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format),
          QCoreApplication::translate("SummaryXlsxWriter", "cell %1,%2").arg(row + 1).arg(col + 1));
    if (fitColumn)
        fit(sheet, col, widthOf(text) + 2.0);
}

void XlsxBook::number(lxw_worksheet *sheet, int row, int col, double value, lxw_format *format, const QString &shown)
{
    if (!sheet)
        return;
    check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value, format),
          QCoreApplication::translate("SummaryXlsxWriter", "cell %1,%2").arg(row + 1).arg(col + 1));
    fit(sheet, col, widthOf(shown) + 2.0);
}

void XlsxBook::blank(lxw_worksheet *sheet, int row, int col, lxw_format *format)
{
    if (sheet)
        check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), format), QCoreApplication::translate("SummaryXlsxWriter", "cell %1,%2").arg(row + 1).arg(col + 1));
}

void XlsxBook::merge(lxw_worksheet *sheet, int row, int firstCol, int lastCol, const QString &text, lxw_format *format)
{
    if (!sheet)
        return;
    if (firstCol == lastCol) {
        XlsxBook::text(sheet, row, firstCol, text, format, false);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    check(worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(firstCol), lxw_row_t(row), lxw_col_t(lastCol),
                                utf8.constData(), format),
          QCoreApplication::translate("SummaryXlsxWriter", "merged cells in row %1").arg(row + 1));
}

void XlsxBook::pageSetup(lxw_worksheet *sheet, int row, int col, int repeatFirst, int repeatLast, const QString &header)
{
    if (!sheet)
        return;
    worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(col));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0); // one page wide, as many tall as needed
    if (repeatFirst >= 0)
        check(worksheet_repeat_rows(sheet, lxw_row_t(repeatFirst), lxw_row_t(repeatLast)), QCoreApplication::translate("SummaryXlsxWriter", "print titles"));
    check(worksheet_set_header(sheet, ("&L" + headerText(header)).constData()), QCoreApplication::translate("SummaryXlsxWriter", "page header"));
    const QByteArray footer = "&C" + headerText(QCoreApplication::translate("SummaryXlsxWriter", "Page %1 of %2").arg(QStringLiteral("&P"), QStringLiteral("&N")))
                                         .replace("&&P", "&P").replace("&&N", "&N");
    check(worksheet_set_footer(sheet, footer.constData()), QCoreApplication::translate("SummaryXlsxWriter", "page footer"));
}

void XlsxBook::close(const QString &shownPath)
{
    if (m_book) {
        for (lxw_worksheet *sheet : m_sheets) {
            const std::vector<double> &widths = m_widths[sheet];
            for (std::size_t c = 0; c < widths.size(); ++c) {
                if (widths[c] > 0.0)
                    worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c], kMinWidth, kMaxWidth),
                                         nullptr);
            }
        }
        const lxw_error closed = workbook_close(m_book); // writes and frees, even after an error
        m_book = nullptr;
        check(closed, QCoreApplication::translate("SummaryXlsxWriter", "writing the workbook"));
    }
    if (!m_error.isEmpty())
        throw DomainError(QCoreApplication::translate("SummaryXlsxWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(shownPath), m_error));
}

} // namespace st
