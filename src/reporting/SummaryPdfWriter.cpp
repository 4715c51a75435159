#include "salestarget/reporting/SummaryPdfWriter.h"

#include "PdfPages.h"
#include "PdfTable.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/reporting/AtomicFile.h"
#include "salestarget/reporting/SummaryChartPainter.h"
#include "salestarget/reporting/SummaryColumns.h"
#include "salestarget/reporting/WeeklySummary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace st {

namespace {

constexpr double kMarginMm = 10.0;
constexpr double kBandMm = 7.0;        // running header / footer
constexpr double kTablePt = 8.0;       // preferred table font size
constexpr double kMinTablePt = 5.0;    // smallest table font before names get elided
const QColor kMuted(0x59, 0x59, 0x59);

QFont documentFont(double pointSize, bool bold = false)
{
    QFont f;
    // A CJK font that also has good Latin glyphs first; Qt falls back per glyph anyway.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

/// Lays out the summary on pages; painting comes after, when the page count is known.
class Composer final
{
public:
    Composer(const WeeklySummary &s, QPagedPaintDevice &device)
        : m_s(s), m_device(device), m_mm(device.logicalDpiX() / 25.4),
          m_pages(QRectF(QPointF(0, 0), paintSize(device)).adjusted(0, kBandMm * m_mm, 0, -kBandMm * m_mm))
    {
    }

    /// The printable area of a page, in device units.
    static QSizeF paintSize(const QPagedPaintDevice &device)
    {
        return device.pageLayout().paintRectPixels(device.logicalDpiX()).size();
    }

    PdfPages &pages() { return m_pages; }

    void titleBlock()
    {
        paragraph(m_s.title(), documentFont(16, true));
        m_pages.skip(1.5 * m_mm);
        const QFont label = documentFont(9, true);
        const QFont value = documentFont(9);
        const QFontMetricsF lm(label, &m_device);
        double labelWidth = 0;
        for (const SummaryDefinition &f : m_s.headerFields())
            labelWidth = std::max(labelWidth, lm.horizontalAdvance(f.term));
        const double h = QFontMetricsF(value, &m_device).height() * 1.25;
        const double gap = 3 * m_mm;
        for (const SummaryDefinition &f : m_s.headerFields()) {
            m_pages.place(h, [label, value, labelWidth, gap, f](QPainter &p, const QRectF &r) {
                p.setFont(label);
                p.drawText(QRectF(r.left(), r.top(), labelWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter, f.term);
                p.setFont(value);
                p.drawText(r.adjusted(labelWidth + gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, f.text);
            });
        }
        m_pages.skip(1.5 * m_mm);
        QFont note = documentFont(8);
        note.setItalic(true);
        paragraph(m_s.note(), note, kMuted);
        m_pages.skip(3 * m_mm);
    }

    void charts(const SummarySection &section, bool withProgress)
    {
        const double h = (withProgress ? 68 : 55) * m_mm;
        const QFont font = documentFont(8);
        const WeeklySummary &s = m_s;
        const double gap = 8 * m_mm;
        m_pages.place(h, [&s, &section, font, gap, withProgress](QPainter &p, const QRectF &r) {
            const double half = (r.width() - gap) / 2;
            if (withProgress)
                SummaryChartPainter::paintProgress(p, QRectF(r.left(), r.top(), half, r.height()), s, font);
            SummaryChartPainter::paintChildren(p, QRectF(withProgress ? r.left() + half + gap : r.left(), r.top(), half, r.height()),
                                               s, section, font);
        });
        m_pages.skip(4 * m_mm);
    }

    /// A heading, kept on the page of what follows it (`keep` device units).
    void heading(const QString &text, double keep)
    {
        const QFont font = documentFont(11, true);
        const double h = QFontMetricsF(font, &m_device).height() * 1.5;
        if (m_pages.remaining() < h + keep)
            m_pages.newPage();
        paragraph(text, font);
    }

    void paragraph(const QString &text, const QFont &font, const QColor &ink = Qt::black)
    {
        const QRectF box(0, 0, m_pages.body().width(), 1e9);
        const double h = QFontMetricsF(font, &m_device).boundingRect(box, Qt::TextWordWrap, text).height() * 1.15;
        m_pages.place(h, [=](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(ink);
            p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        });
    }

    /// The table, split across pages with its header (and `caption`, "continued") repeated.
    /// `keepTogether`: a table that fits on one page starts a new page rather than splitting.
    void table(const std::shared_ptr<PdfTable> &t, const QString &caption, bool keepTogether = false)
    {
        t->layout(documentFont(kTablePt), m_pages.body().width(), &m_device, kMinTablePt);
        const QFont captionFont = documentFont(8, true);
        const double captionHeight = QFontMetricsF(captionFont, &m_device).height() * 1.3;
        double whole = t->headerHeight() + 2 * captionHeight;
        for (std::size_t r = 0; r < t->rowCount(); ++r)
            whole += t->rowHeight(r);
        if (keepTogether && whole < m_pages.body().height() && whole > m_pages.remaining())
            m_pages.newPage();
        heading(caption, t->headerHeight() + (t->rowCount() ? t->rowHeight(0) : 0.0));
        bool header = true;
        for (std::size_t r = 0; r < t->rowCount(); ++r) {
            const double h = t->rowHeight(r);
            if (m_pages.remaining() < h + (header ? t->headerHeight() : 0.0)) {
                m_pages.newPage();
                m_pages.place(captionHeight, [=](QPainter &p, const QRectF &rect) {
                    p.setFont(captionFont);
                    p.setPen(kMuted);
                    p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("SummaryPdfWriter", "%1 (continued)").arg(caption));
                });
                header = true;
            }
            if (header) {
                m_pages.place(t->headerHeight(), [t](QPainter &p, const QRectF &rect) { t->paintHeader(p, rect.topLeft()); });
                header = false;
            }
            m_pages.place(h, [t, r](QPainter &p, const QRectF &rect) { t->paintRow(p, r, rect.topLeft()); });
        }
        m_pages.skip(5 * m_mm);
    }

    double mm() const { return m_mm; }

private:
    const WeeklySummary &m_s;
    QPagedPaintDevice &m_device;
    double m_mm;
    PdfPages m_pages;
};

PdfTable::Cell pdfCell(const SummaryColumns::Cell &cell, int decimals, bool bold)
{
    PdfTable::Cell out;
    out.text = SummaryColumns::text(cell, decimals);
    out.bold = bold;
    if (cell.kind == SummaryColumns::Kind::Name)
        out.indent = cell.depth;
    if (cell.kind == SummaryColumns::Kind::Status) {
        if (const std::uint32_t fill = SummaryColumns::statusFill(cell.status))
            out.fill = QColor::fromRgb(QRgb(fill));
        out.ink = QColor::fromRgb(QRgb(SummaryColumns::statusInk(cell.status)));
    }
    return out;
}

Qt::Alignment alignmentOf(SummaryColumns::Kind kind)
{
    return kind == SummaryColumns::Kind::Amount || kind == SummaryColumns::Kind::Ratio ? Qt::AlignRight : Qt::AlignLeft;
}

std::shared_ptr<PdfTable> nodeTable(const WeeklySummary &s, const SummarySection &section)
{
    const auto columns = SummaryColumns::table();
    std::vector<PdfTable::Column> cols;
    for (const auto &c : columns)
        cols.push_back({SummaryColumns::groupTitle(s, c.group), c.title, alignmentOf(c.kind), 0});
    auto t = std::make_shared<PdfTable>(std::move(cols));
    for (const SummaryRow &row : section.rows) {
        std::vector<PdfTable::Cell> cells;
        for (std::size_t c = 0; c < columns.size(); ++c)
            cells.push_back(pdfCell(SummaryColumns::tableCell(row, c), s.decimals(), row.depth == 0 && !row.unassigned));
        t->addRow(std::move(cells));
    }
    return t;
}

std::shared_ptr<PdfTable> laggingTable(const WeeklySummary &s)
{
    constexpr double kWrapMm = 45.0; // free text (action, effect, reason note) wraps at about this width
    const auto columns = SummaryColumns::lagging();
    std::vector<PdfTable::Column> cols;
    for (const auto &c : columns)
        cols.push_back({SummaryColumns::groupTitle(s, c.group), c.group == SummaryColumns::Group::None ? c.fullTitle : c.title,
                        alignmentOf(c.kind), c.kind == SummaryColumns::Kind::LongText ? kWrapMm : 0.0});
    auto t = std::make_shared<PdfTable>(std::move(cols));
    int band = 0;
    for (const SummarySection &section : s.sections) {
        for (const LaggingNode &node : section.lagging) {
            // One row per corrective action, the node's figures on the first; the node's rows share
            // their shade, and its name is repeated in grey so that a page starting mid-node says whose.
            for (std::size_t line = 0; line < SummaryColumns::laggingLines(node); ++line) {
                std::vector<PdfTable::Cell> cells;
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    PdfTable::Cell cell = pdfCell(SummaryColumns::laggingCell(section, node, line, c), s.decimals(), false);
                    if ((node.actions.empty() && c == SummaryColumns::kFirstActionColumn) || (line > 0 && c < 2))
                        cell.ink = kMuted;
                    cells.push_back(std::move(cell));
                }
                t->addRow(std::move(cells), band);
            }
            ++band;
        }
    }
    return t;
}

std::shared_ptr<PdfTable> definitionsTable(const WeeklySummary &s)
{
    auto t = std::make_shared<PdfTable>(std::vector<PdfTable::Column>{
        {QString(), QCoreApplication::translate("SummaryPdfWriter", "Term"), Qt::AlignLeft, 0}, {QString(), QCoreApplication::translate("SummaryPdfWriter", "Definition"), Qt::AlignLeft, 220}});
    for (const SummaryDefinition &d : s.definitions())
        t->addRow({{d.term, 0, true, {}, {}}, {d.text, 0, false, {}, {}}});
    return t;
}

void decorate(QPainter &p, const QRectF &page, double mm, const WeeklySummary &s, int number, int count)
{
    const QFont font = documentFont(7.5);
    p.setFont(font);
    p.setPen(kMuted);
    const QRectF top(page.left(), page.top(), page.width(), kBandMm * mm * 0.7);
    p.drawText(top, Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("%1 · %2 · %3").arg(s.title(), s.metricInfo().name(), WeeklySummary::periodLabel(s.week)));
    p.drawText(top, Qt::AlignRight | Qt::AlignTop, QCoreApplication::translate("SummaryPdfWriter", "As of %1").arg(s.asOf.toString(Qt::ISODate)));
    p.setPen(QPen(QColor(0xBF, 0xBF, 0xBF), 0.3 * mm));
    p.drawLine(QPointF(page.left(), top.bottom()), QPointF(page.right(), top.bottom()));
    const QRectF bottom(page.left(), page.bottom() - kBandMm * mm * 0.6, page.width(), kBandMm * mm * 0.6);
    p.drawLine(QPointF(page.left(), bottom.top()), QPointF(page.right(), bottom.top()));
    p.setPen(kMuted);
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom,
               QCoreApplication::translate("SummaryPdfWriter", "Generated at %1").arg(s.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    p.drawText(bottom, Qt::AlignHCenter | Qt::AlignBottom, QCoreApplication::translate("SummaryPdfWriter", "Page %1 of %2").arg(number).arg(count));
    p.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, s.company);
}

} // namespace

int SummaryPdfWriter::paint(const WeeklySummary &summary, QPagedPaintDevice &device, const PageDone &pageDone)
{
    Composer doc(summary, device);
    doc.titleBlock();
    for (std::size_t i = 0; i < summary.sections.size(); ++i) {
        const SummarySection &section = summary.sections[i];
        if (i > 0)
            doc.pages().newPage();
        doc.charts(section, i == 0);
        doc.table(nodeTable(summary, section), dimensionName(section.dimension));
    }
    const auto lagging = laggingTable(summary);
    if (lagging->rowCount() > 0) {
        doc.table(lagging, QCoreApplication::translate("SummaryPdfWriter", "Lagging nodes (month to date)"));
    } else {
        doc.heading(QCoreApplication::translate("SummaryPdfWriter", "Lagging nodes (month to date)"), 0);
        doc.paragraph(QCoreApplication::translate("SummaryPdfWriter", "No node is lagging."), documentFont(9));
        doc.pages().skip(5 * doc.mm());
    }
    doc.table(definitionsTable(summary), QCoreApplication::translate("SummaryPdfWriter", "Definitions (统计口径)"), true);

    QPainter painter;
    if (!painter.begin(&device))
        throw DomainError(QCoreApplication::translate("SummaryPdfWriter", "the document could not be started"));
    const QRectF page(QPointF(0, 0), Composer::paintSize(device));
    const double mm = doc.mm();
    doc.pages().paint(
        device, painter, [&](QPainter &p, int number, int count) { decorate(p, page, mm, summary, number, count); },
        pageDone);
    if (!painter.end())
        throw DomainError(QCoreApplication::translate("SummaryPdfWriter", "the document could not be finished"));
    return doc.pages().pageCount();
}

void SummaryPdfWriter::write(const WeeklySummary &summary, const QString &path, const PageDone &pageDone)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw DomainError(QCoreApplication::translate("SummaryPdfWriter", "Cannot write %1: a PDF needs Qt's graphical support (a QGuiApplication) for its fonts.")
                              .arg(path));
    QSaveFile file(path);
    AtomicFile::open(file);
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
        writer.setTitle(summary.title());
        writer.setCreator(QStringLiteral("SalesTarget"));
        try {
            paint(summary, writer, pageDone);
        } catch (const DomainError &e) {
            file.cancelWriting();
            throw DomainError(QCoreApplication::translate("SummaryPdfWriter", "Cannot write %1: %2.").arg(path, e.message()));
        }
    }
    AtomicFile::commit(file);
}

} // namespace st
