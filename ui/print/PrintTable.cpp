#include "PrintBlocks_p.h"

#include "CellBox_p.h"
#include "PrintStyle_p.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace csm::print {

namespace {

// A table laid out: a header row repeated on every page it spans, light stripes on every other row, numbers
// right-aligned by their column.
class TableLayout : public LaidOut
{
public:
    QList<TextBox> headers;
    QList<QList<CellBox>> rows;
    TextBox empty; // in place of the rows when there are none
    QList<double> lefts, widths;
    double width = 0, padX = 0, padY = 0, headerRule = 0, bottomRule = 0;

    void paint(QPainter& painter, QPointF topLeft, int from, int to) const override
    {
        for (qsizetype c = 0; c < headers.size(); ++c)
            headers[c].draw(painter, topLeft + QPointF(lefts[c] + padX, padY), PrintStyle::muted());
        painter.fillRect(QRectF(topLeft + QPointF(0, header - headerRule), QSizeF(width, headerRule)),
                         PrintStyle::rule());
        double y = topLeft.y() + header;
        for (int r = from; r < to; ++r) {
            const QRectF band(topLeft.x(), y, width, slices[r]);
            if (rows.isEmpty()) {
                empty.draw(painter, band.topLeft() + QPointF(padX, padY), PrintStyle::muted());
            } else {
                if (r % 2 == 1)
                    painter.fillRect(band, PrintStyle::zebra());
                for (qsizetype c = 0; c < rows[r].size(); ++c)
                    rows[r][c].draw(painter, QPointF(band.left() + lefts[c] + padX, y + padY));
            }
            y += slices[r];
        }
        painter.fillRect(QRectF(topLeft.x(), y - bottomRule, width, bottomRule), PrintStyle::hairline());
    }
};

class TableBlock : public Block
{
public:
    explicit TableBlock(Table table) : m_table(std::move(table)) {}

    std::unique_ptr<LaidOut> layout(const LayoutContext& c) const override
    {
        const PrintStyle& s = c.style;
        auto laid = std::make_unique<TableLayout>();
        laid->width = c.width;
        laid->padX = s.pt(5);
        laid->padY = s.pt(3.5);
        laid->headerRule = s.pt(0.8);
        laid->bottomRule = s.pt(0.5);
        const QList<double> widths = columnWidths(s, c);
        double left = 0;
        for (const double w : widths) {
            laid->lefts.append(left);
            laid->widths.append(w);
            left += w;
        }

        double header = 0;
        QFont headerFont = s.font(Role::Label);
        headerFont.setBold(true);
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            laid->headers.append(TextBox(m_table.columns[i].header, headerFont, inner(*laid, i), c.device,
                                         s.lineFactor(), m_table.columns[i].align));
            header = std::max(header, laid->headers.last().height());
        }
        laid->header = header + 2 * laid->padY + laid->headerRule;

        for (const QList<Cell>& row : m_table.rows) {
            QList<CellBox> cells;
            double height = 0;
            for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
                cells.append(CellBox(row.value(i), s, c.device, inner(*laid, i), m_table.columns[i].align));
                height = std::max(height, cells.last().height());
            }
            laid->rows.append(std::move(cells));
            laid->slices.append(height + 2 * laid->padY);
        }
        if (m_table.rows.isEmpty()) {
            laid->empty = TextBox(m_table.emptyText, s.font(Role::Muted), c.width - 2 * laid->padX, c.device,
                                  s.lineFactor());
            laid->slices.append(laid->empty.height() + 2 * laid->padY);
        }
        laid->minFirst = 2; // a header row alone at the foot of a page says nothing
        laid->spaceBefore = s.pt(2);
        laid->spaceAfter = s.pt(12);
        return laid;
    }

private:
    // Columns of weight 0 as wide as their widest header or line (a name, a date, a status: never broken
    // inside, where Japanese would break between any two characters), together at most 60 % of the table;
    // the rest shared by weight.
    QList<double> columnWidths(const PrintStyle& s, const LayoutContext& c) const
    {
        const double pad = 2 * s.pt(5);
        QFont headerFont = s.font(Role::Label);
        headerFont.setBold(true);
        const QFontMetricsF header(headerFont, c.device);
        const QFontMetricsF body(s.font(Role::Body), c.device);
        const QFontMetricsF strong(s.font(Role::Strong), c.device);
        QList<double> widths(m_table.columns.size(), 0.0);
        double fitted = 0, weights = 0;
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            const TableColumn& col = m_table.columns[i];
            if (col.weight > 0) {
                weights += col.weight;
                continue;
            }
            double w = header.horizontalAdvance(col.header);
            for (const QList<Cell>& row : m_table.rows) {
                const Cell cell = row.value(i);
                double text = (cell.strong ? strong : body).horizontalAdvance(cell.text);
                if (cell.chip)
                    text += body.xHeight() * 2.15; // the dot and its gap (CellBox)
                w = std::max(w, text);
            }
            widths[i] = std::ceil(w) + pad + 1;
            fitted += widths[i];
        }
        const double most = c.width * (weights > 0 ? 0.6 : 1.0);
        if (fitted > most) {
            for (double& w : widths)
                w *= most / fitted;
            fitted = most;
        }
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            if (m_table.columns[i].weight > 0)
                widths[i] = (c.width - fitted) * m_table.columns[i].weight / weights;
        }
        return widths;
    }

    static double inner(const TableLayout& t, qsizetype column)
    {
        return std::max(1.0, t.widths[column] - 2 * t.padX);
    }

    Table m_table;
};

} // namespace

std::unique_ptr<Block> tableBlock(const Table& table)
{
    return std::make_unique<TableBlock>(table);
}

} // namespace csm::print
