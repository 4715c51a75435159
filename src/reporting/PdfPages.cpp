#include "PdfPages.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace st {

PdfPages::PdfPages(const QRectF &body) : m_body(body), m_y(body.top()), m_pages(1) {}

void PdfPages::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PdfPages::skip(double height)
{
    if (atPageTop())
        return;
    if (height >= remaining())
        newPage();
    else
        m_y += height;
}

QRectF PdfPages::place(double height, Paint paint)
{
    if (height > remaining() && !atPageTop())
        newPage();
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_pages.back().push_back({rect, std::move(paint)});
    m_y += height;
    return rect;
}

void PdfPages::paint(QPagedPaintDevice &device, QPainter &painter, const Decorate &decorate,
                     const std::function<void(int page, int pageCount)> &pageDone) const
{
    const int count = pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            device.newPage();
        for (const Block &b : m_pages[std::size_t(page)]) {
            painter.save();
            b.paint(painter, b.rect);
            painter.restore();
        }
        painter.save();
        decorate(painter, page + 1, count);
        painter.restore();
        if (pageDone)
            pageDone(page + 1, count);
    }
}

} // namespace st
