#include "PdfTable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace st {

namespace {

const QColor kHeaderFill(0xDD, 0xEB, 0xF7);
const QColor kRule(0xA6, 0xA6, 0xA6);
const QColor kZebra(0xF7, 0xF9, 0xFC);
constexpr double kMinWrapMm = 30.0;

} // namespace

PdfTable::PdfTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

void PdfTable::addRow(std::vector<Cell> cells, int band)
{
    cells.resize(m_columns.size());
    m_bands.push_back(band >= 0 ? band : int(m_rows.size()));
    m_rows.push_back(std::move(cells));
}

bool PdfTable::hasGroups() const
{
    return std::any_of(m_columns.begin(), m_columns.end(), [](const Column &c) { return !c.group.isEmpty(); });
}

double PdfTable::width() const
{
    return std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
}

void PdfTable::layout(const QFont &font, double width, const QPaintDevice *device, double minPointSize)
{
    const double perPt = device->logicalDpiY() / 72.0;
    const double perMm = device->logicalDpiX() / 25.4;
    const std::size_t n = m_columns.size();
    m_font = font;
    double size = font.pointSizeF();
    for (int attempt = 0; attempt < 10; ++attempt) {
        m_font.setPointSizeF(size);
        m_bold = m_font;
        m_bold.setBold(true);
        const QFontMetricsF plain(m_font, device);
        const QFontMetricsF bold(m_bold, device);
        m_pad = size * 0.45 * perPt;
        m_vpad = size * 0.3 * perPt;
        m_indent = size * 1.2 * perPt;
        m_line = 0.35 * perPt;
        m_widths.assign(n, 0.0);
        for (std::size_t c = 0; c < n; ++c) {
            double w = bold.horizontalAdvance(m_columns[c].title);
            for (const auto &row : m_rows) {
                const Cell &cell = row[c];
                const QFontMetricsF &m = cell.bold ? bold : plain;
                for (const QString &line : cell.text.split(u'\n'))
                    w = std::max(w, m.horizontalAdvance(line) + cell.indent * m_indent);
            }
            if (m_columns[c].wrapWidthMm > 0)
                w = std::min(w, m_columns[c].wrapWidthMm * perMm);
            m_widths[c] = std::ceil(w + 2 * m_pad);
        }
        // A group's title must fit over its columns.
        for (std::size_t c = 0; c < n;) {
            std::size_t end = c;
            while (end + 1 < n && m_columns[end + 1].group == m_columns[c].group)
                ++end;
            if (!m_columns[c].group.isEmpty()) {
                const double needed = bold.horizontalAdvance(m_columns[c].group) + 2 * m_pad;
                const double have = std::accumulate(m_widths.begin() + std::ptrdiff_t(c), m_widths.begin() + std::ptrdiff_t(end) + 1, 0.0);
                if (have < needed)
                    m_widths[end] += std::ceil(needed - have);
            }
            c = end + 1;
        }
        if (this->width() <= width || size <= minPointSize)
            break;
        size = std::max(minPointSize, size * width / this->width() * 0.99);
    }

    // Still too wide at the smallest size: wrapping columns give way first, then the first column
    // (its text is then elided). With room to spare, the wrapping columns take it.
    double excess = this->width() - width;
    for (std::size_t c = 0; c < n && excess > 0; ++c) {
        if (m_columns[c].wrapWidthMm <= 0)
            continue;
        const double give = std::min(excess, std::max(0.0, m_widths[c] - kMinWrapMm * perMm));
        m_widths[c] -= give;
        excess -= give;
    }
    if (excess > 0)
        m_widths[0] = std::max(m_widths[0] - excess, 10 * perMm);
    std::vector<std::size_t> wrapping;
    for (std::size_t c = 0; c < n; ++c) {
        if (m_columns[c].wrapWidthMm > 0)
            wrapping.push_back(c);
    }
    if (excess < 0 && !wrapping.empty()) {
        for (std::size_t c : wrapping)
            m_widths[c] += -excess / double(wrapping.size());
    }

    const QFontMetricsF plain(m_font, device);
    const QFontMetricsF bold(m_bold, device);
    const double line = std::max(plain.height(), bold.height());
    m_groupHeight = hasGroups() ? line + 2 * m_vpad : 0.0;
    m_titleHeight = line + 2 * m_vpad;
    m_heights.clear();
    for (const auto &row : m_rows) {
        double h = line;
        for (std::size_t c = 0; c < n; ++c) {
            const Cell &cell = row[c];
            if (m_columns[c].wrapWidthMm > 0 || cell.text.contains(u'\n')) {
                const QFontMetricsF &m = cell.bold ? bold : plain;
                const QRectF box(0, 0, m_widths[c] - 2 * m_pad, 1e9);
                h = std::max(h, m.boundingRect(box, Qt::TextWordWrap, cell.text).height());
            }
        }
        m_heights.push_back(std::ceil(h + 2 * m_vpad));
    }
}

QRectF PdfTable::textRect(double x, double y, std::size_t col, double height) const
{
    return QRectF(x + m_pad, y + m_vpad, m_widths[col] - 2 * m_pad, height - 2 * m_vpad);
}

void PdfTable::paintHeader(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    painter.setFont(m_bold);
    painter.setPen(QPen(kRule, m_line));
    const std::size_t n = m_columns.size();
    double x = topLeft.x();
    const double y = topLeft.y();
    for (std::size_t c = 0; c < n;) {
        std::size_t end = c;
        while (end + 1 < n && m_columns[end + 1].group == m_columns[c].group)
            ++end;
        const bool grouped = !m_columns[c].group.isEmpty();
        if (grouped && m_groupHeight > 0) {
            const double w = std::accumulate(m_widths.begin() + std::ptrdiff_t(c), m_widths.begin() + std::ptrdiff_t(end) + 1, 0.0);
            const QRectF group(x, y, w, m_groupHeight);
            painter.fillRect(group, kHeaderFill);
            painter.drawRect(group);
            painter.setPen(Qt::black);
            painter.drawText(group, Qt::AlignCenter, m_columns[c].group);
            painter.setPen(QPen(kRule, m_line));
        }
        for (std::size_t i = c; i <= end; ++i) {
            // Ungrouped columns take both header rows.
            const double top = grouped ? y + m_groupHeight : y;
            const QRectF cell(x, top, m_widths[i], grouped ? m_titleHeight : headerHeight());
            painter.fillRect(cell, kHeaderFill);
            painter.drawRect(cell);
            painter.setPen(Qt::black);
            painter.drawText(cell, Qt::AlignCenter, m_columns[i].title);
            painter.setPen(QPen(kRule, m_line));
            x += m_widths[i];
        }
        c = end + 1;
    }
    painter.restore();
}

void PdfTable::paintRow(QPainter &painter, std::size_t row, QPointF topLeft) const
{
    painter.save();
    const double h = m_heights[row];
    double x = topLeft.x();
    const double y = topLeft.y();
    if (m_bands[row] % 2 == 1)
        painter.fillRect(QRectF(x, y, width(), h), kZebra);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const Cell &cell = m_rows[row][c];
        const QRectF box(x, y, m_widths[c], h);
        if (cell.fill.isValid())
            painter.fillRect(box, cell.fill);
        painter.setFont(cell.bold ? m_bold : m_font);
        painter.setPen(cell.ink.isValid() ? cell.ink : QColor(Qt::black));
        QRectF text = textRect(x, y, c, h);
        text.setLeft(text.left() + cell.indent * m_indent);
        const bool wraps = m_columns[c].wrapWidthMm > 0 || cell.text.contains(u'\n');
        if (wraps) {
            painter.drawText(text, int(m_columns[c].align | Qt::AlignTop) | Qt::TextWordWrap, cell.text);
        } else {
            const QFontMetricsF metrics(painter.font(), painter.device());
            const QString shown = metrics.horizontalAdvance(cell.text) > text.width() + 0.5
                                      ? metrics.elidedText(cell.text, Qt::ElideRight, text.width())
                                      : cell.text;
            painter.drawText(text, int(m_columns[c].align | Qt::AlignVCenter), shown);
        }
        x += m_widths[c];
    }
    painter.setPen(QPen(kRule, m_line));
    painter.drawLine(QPointF(topLeft.x(), y + h), QPointF(x, y + h));
    painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x(), y + h));
    painter.drawLine(QPointF(x, y), QPointF(x, y + h));
    painter.restore();
}

} // namespace st
