#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

#include <vector>

class QPainter;
class QPaintDevice;

namespace st {

/// A table drawn with QPainter on a paged device: measures its cells, picks a font size and column
/// widths that fit the page width (shrinking the font rather than clipping), and paints its
/// header (period groups over column titles) and rows one at a time so that the caller can break
/// pages between rows and repeat the header. Internal to the reporting layer.
class PdfTable final
{
public:
    struct Column {
        QString group;          // a header over consecutive columns with the same group ("" for none)
        QString title;
        Qt::Alignment align = Qt::AlignRight;
        double wrapWidthMm = 0; // > 0: text wraps; the column takes at least this width when it can
    };
    struct Cell {
        QString text;
        int indent = 0;         // levels of indentation (names in a tree)
        bool bold = false;
        QColor fill;            // invalid: none
        QColor ink;             // invalid: black
    };

    explicit PdfTable(std::vector<Column> columns);

    /// Adds a row; rows are shaded alternately, or by `band` when given (the rows of one band,
    /// such as the lines of one node, share their shade).
    void addRow(std::vector<Cell> cells, int band = -1);
    std::size_t rowCount() const { return m_rows.size(); }

    /// Measures every cell on `device` and chooses the font size (from `font`'s size down to
    /// `minPointSize`) and the column widths so that the table is at most `width` device units wide.
    void layout(const QFont &font, double width, const QPaintDevice *device, double minPointSize);
    double width() const;
    double pointSize() const { return m_font.pointSizeF(); }
    double headerHeight() const { return m_groupHeight + m_titleHeight; }
    double rowHeight(std::size_t row) const { return m_heights[row]; }

    void paintHeader(QPainter &painter, QPointF topLeft) const;
    void paintRow(QPainter &painter, std::size_t row, QPointF topLeft) const;

private:
    bool hasGroups() const;
    QRectF textRect(double x, double y, std::size_t col, double height) const;

    std::vector<Column> m_columns;
    std::vector<std::vector<Cell>> m_rows;
    std::vector<int> m_bands;
    QFont m_font;
    QFont m_bold;
    std::vector<double> m_widths;
    std::vector<double> m_heights;
    double m_groupHeight = 0;
    double m_titleHeight = 0;
    double m_pad = 0;       // horizontal padding inside a cell
    double m_vpad = 0;      // vertical padding
    double m_indent = 0;    // one level of indentation
    double m_line = 0;      // pen width of the rules
};

} // namespace st
