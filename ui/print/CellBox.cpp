#include "CellBox_p.h"

#include <QFontMetricsF>
#include <QPainter>

namespace csm::print {

CellBox::CellBox(const Cell& cell, const PrintStyle& style, const QPaintDevice* device, double width,
                 Qt::Alignment align, Role role)
    : m_chip(cell.chip), m_width(width)
{
    QFont font = style.font(cell.strong && role == Role::Body ? Role::Strong : role);
    m_color = style.color(role);
    if (role == Role::Prominent) {
        // A key figure reads as one number: smaller type rather than "¥2,100,000,0 / 00".
        const double natural = QFontMetricsF(font, device).horizontalAdvance(cell.text);
        const double room = width - (m_chip ? QFontMetricsF(font, device).xHeight() * 2.15 : 0);
        if (natural > room && natural > 0)
            font.setPointSizeF(font.pointSizeF() * std::max(0.6, room / natural * 0.98));
    }
    if (m_chip) {
        const QFontMetricsF metrics(font, device);
        m_dot = metrics.xHeight() * 1.25;
        m_indent = m_dot + metrics.xHeight() * 0.9;
        const double halfLeading = (metrics.height() * style.lineFactor() - metrics.height()) / 2;
        m_dotCentre = halfLeading + style.dotCentre(metrics);
    }
    const double textWidth = std::max(1.0, width - m_indent);
    m_text = TextBox(cell.text, font, textWidth, device, style.lineFactor(), m_chip ? Qt::AlignLeft : align);
    if (m_chip && (align & Qt::AlignRight))
        m_textX = std::max(0.0, textWidth - m_text.naturalWidth());
    if (!cell.detail.isEmpty()) {
        m_detail = TextBox(cell.detail, style.font(Role::Detail), textWidth, device, style.lineFactor(),
                           m_chip ? Qt::AlignLeft : align);
        m_detailGap = m_text.lineCount() > 0 ? style.pt(0.5) : 0;
    }
}

double CellBox::height() const
{
    return m_text.height() + m_detailGap + m_detail.height();
}

void CellBox::draw(QPainter& painter, QPointF topLeft) const
{
    const QPointF textAt = topLeft + QPointF(m_indent + m_textX, 0);
    if (m_chip)
        paintDot(painter, topLeft + QPointF(m_textX + m_dot / 2, m_dotCentre), m_dot, *m_chip, m_dot * 0.22);
    m_text.draw(painter, textAt, m_color);
    m_detail.draw(painter, textAt + QPointF(0, m_text.height() + m_detailGap), PrintStyle::muted());
}

void paintDot(QPainter& painter, QPointF centre, double size, const Chip& chip, double ringWidth)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (chip.hollow) {
        painter.setPen(QPen(chip.color, ringWidth));
        painter.setBrush(Qt::NoBrush);
        const double r = (size - ringWidth) / 2;
        painter.drawEllipse(centre, r, r);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(chip.color);
        painter.drawEllipse(centre, size / 2, size / 2);
    }
    painter.restore();
}

} // namespace csm::print
