#pragma once

#include "salestarget/domain/Status.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <xlsxwriter.h>

#include <functional>
#include <map>
#include <vector>

namespace st {

/// A workbook being written with libxlsxwriter: the formats the summary uses (made once, shared),
/// UTF-8 conversion, column widths that follow the text written, page setup, and errors collected
/// so that the C library's workbook is always closed and freed. Internal to the reporting layer.
class XlsxBook final
{
public:
    enum class Style { Title, Info, Note, Group, Header, Text, Wrap, Term };

    /// Starts a workbook that close() writes to `path`.
    explicit XlsxBook(const QString &path);
    ~XlsxBook();
    Q_DISABLE_COPY_MOVE(XlsxBook)

    /// Adds a worksheet; an invalid name is reported by close().
    lxw_worksheet *addSheet(const QString &name);

    lxw_format *style(Style style);
    /// A node name indented by `depth` levels (bold for the root).
    lxw_format *name(int depth, bool bold);
    /// `#,##0.00` / `#,##0` (by `decimals`).
    lxw_format *amount(int decimals, bool bold);
    /// `0.0%`.
    lxw_format *ratio(bool bold);
    /// Filled by status (red, green, blue, none) with a matching text colour.
    lxw_format *status(Status status);

    /// Writes text; `fit` makes the column at least as wide as the text.
    void text(lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *format, bool fit = true);
    void number(lxw_worksheet *sheet, int row, int col, double value, lxw_format *format, const QString &shown);
    void blank(lxw_worksheet *sheet, int row, int col, lxw_format *format);
    void merge(lxw_worksheet *sheet, int row, int firstCol, int lastCol, const QString &text, lxw_format *format);
    /// Makes column `col` at least `width` characters wide.
    void fit(lxw_worksheet *sheet, int col, double width);
    /// Gives row `row` room for `text` wrapped in a column `width` characters wide (viewers do not
    /// all grow rows for wrapped text themselves).
    void wrapRow(lxw_worksheet *sheet, int row, const QString &text, double width);
    /// Gives row `row` room for `lines` lines of text (nothing for one line).
    void rowLines(lxw_worksheet *sheet, int row, int lines);
    /// Lines `text` takes wrapped in a column `width` characters wide.
    static int lineCount(const QString &text, double width);
    /// Freezes the rows above `row` and the columns left of `col`; repeats rows
    /// `repeatFirst`..`repeatLast` on printed pages; A4 landscape fitted to the width; `header` on
    /// every printed page and page numbers in the footer.
    void pageSetup(lxw_worksheet *sheet, int row, int col, int repeatFirst, int repeatLast, const QString &header);

    /// Sets the column widths, writes the file and frees the workbook. Throws DomainError naming
    /// `shownPath` when anything failed while building or writing.
    void close(const QString &shownPath);

    /// Width of text in Excel character units (CJK characters count two).
    static double widthOf(const QString &text);

private:
    void check(lxw_error error, const QString &what);
    lxw_format *cached(int key, const std::function<void(lxw_format *)> &setup);

    QByteArray m_path;
    lxw_workbook *m_book = nullptr;
    std::map<int, lxw_format *> m_formats;
    std::map<lxw_worksheet *, std::vector<double>> m_widths;
    std::vector<lxw_worksheet *> m_sheets;
    QString m_error;
};

} // namespace st
