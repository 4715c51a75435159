#pragma once

#include <QRectF>

#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace st {

/// A document laid out before it is painted: blocks placed top to bottom in a page's body, a new
/// page when one does not fit. Painting afterwards knows the page count, so every page can say
/// "Page 3 of 7". Internal to the reporting layer.
class PdfPages final
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    using Decorate = std::function<void(QPainter &, int page, int pageCount)>;

    /// `body` is the area blocks go in, on every page (device units).
    explicit PdfPages(const QRectF &body);

    const QRectF &body() const { return m_body; }
    /// Room left on the current page.
    double remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top(); }
    void newPage();
    /// Vertical space; nothing at the top of a page.
    void skip(double height);
    /// Places a block `height` high at the cursor, on a new page when it does not fit here.
    /// Returns the rectangle it was given.
    QRectF place(double height, Paint paint);
    int pageCount() const { return int(m_pages.size()); }

    /// Paints every page, calling `decorate` for the running header and footer of each and then
    /// `pageDone` (when given) with the page's number and the page count.
    void paint(QPagedPaintDevice &device, QPainter &painter, const Decorate &decorate,
               const std::function<void(int page, int pageCount)> &pageDone = {}) const;

private:
    struct Block {
        QRectF rect;
        Paint paint;
    };
    QRectF m_body;
    double m_y;
    std::vector<std::vector<Block>> m_pages;
};

} // namespace st
