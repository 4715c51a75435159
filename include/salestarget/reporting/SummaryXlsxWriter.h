#pragma once

#include <QString>

namespace st {

struct WeeklySummary;

/// Writes the weekly summary as an Excel workbook (libxlsxwriter): a sheet per dimension with the
/// header block, a two-row frozen column header (period groups over figures), numbers as numbers
/// in major units (`#,##0.00`, counts `#,##0`), ratios `0.0%`, status cells filled red/green/blue
/// and holding the status symbol and label, names indented by level; then a "Lagging" sheet and
/// a "Definitions" sheet (统计口径). Column widths fit the text (CJK characters count double).
/// Every sheet prints on A4 landscape, fitted to the page width, its header rows repeated and
/// page numbers in the footer.
class SummaryXlsxWriter final
{
public:
    /// Writes the workbook to a temporary file beside `path`, then replaces `path` atomically
    /// (QSaveFile). Throws DomainError naming the path when it cannot be written.
    static void write(const WeeklySummary &summary, const QString &path);
};

} // namespace st
