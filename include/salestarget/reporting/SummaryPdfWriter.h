#pragma once

#include <QString>

namespace st {

struct WeeklySummary;

/// Writes the weekly summary as a PDF (QPdfWriter): A4 landscape; a title block with the header
/// fields and the note; the top level's progress chart and children chart; per dimension the node
/// table, split across pages with its header repeated; the lagging nodes; the definitions
/// (统计口径). Every page has a running header and "Page N of M". Text is real text (searchable,
/// extractable), Chinese included. Needs a QGuiApplication (fonts).
class SummaryPdfWriter final
{
public:
    /// Writes the file atomically (QSaveFile). Throws DomainError when it cannot be written or when
    /// no QGuiApplication exists.
    static void write(const WeeklySummary &summary, const QString &path);
};

} // namespace st
