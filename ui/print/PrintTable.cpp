#include "PrintBlocks_p.h"

#include "CellBox_p.h"
#include "PrintStyle_p.h"

#include <QPainter>

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
        double weights = 0;
        for (const TableColumn& col : m_table.columns)
            weights += std::max(0.0, col.weight);
        double left = 0;
        for (const TableColumn& col : m_table.columns) {
            const double w = weights > 0 ? c.width * std::max(0.0, col.weight) / weights : 0;
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
