#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

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
    /// Called after each page is painted, with its number (from 1) and the page count: a GUI
    /// shows progress with it (painting happens in the caller's thread).
    using PageDone = std::function<void(int page, int pageCount)>;

    /// Writes the file atomically (QSaveFile): A4 landscape. Throws DomainError when it cannot be
    /// written or when no QGuiApplication exists.
    static void write(const WeeklySummary &summary, const QString &path, const PageDone &pageDone = {});
    /// Lays the same document out on `device` (a QPdfWriter or a QPrinter, its page layout set) and
    /// paints it; returns the page count. Throws DomainError when painting cannot start.
    static int paint(const WeeklySummary &summary, QPagedPaintDevice &device, const PageDone &pageDone = {});
};

} // namespace st
