#pragma once

// A Cell laid out for a width: the status dot, the text and the detail under it.

#include "PrintStyle_p.h"
#include "TextBox_p.h"
#include "ui/print/PdfDocument.h"

namespace csm::print {

class CellBox
{
public:
    CellBox() = default;
    CellBox(const Cell& cell, const PrintStyle& style, const QPaintDevice* device, double width,
            Qt::Alignment align, Role role = Role::Body);

    double height() const;
    void draw(QPainter& painter, QPointF topLeft) const;

private:
    TextBox m_text;
    TextBox m_detail;
    std::optional<Chip> m_chip;
    QColor m_color;
    double m_width = 0;
    double m_dot = 0;       // diameter
    double m_indent = 0;    // dot and gap
    double m_dotCentre = 0; // from the top of the first line
    double m_detailGap = 0;
    double m_textX = 0; // the text's left edge when a dotted cell is right-aligned
};

// Paints a status dot (or a ring) of diameter `size` centred at `centre`.
void paintDot(QPainter& painter, QPointF centre, double size, const Chip& chip, double ringWidth);

} // namespace csm::print
