#include "TextBox_p.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace csm::print {

TextBox::TextBox(const QString& text, const QFont& font, double width, const QPaintDevice* device,
                 double lineFactor, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(font, device);
    m_pitch = metrics.height() * lineFactor;
    // Leading shared above and below the glyphs, so a one-line box is centred in its pitch.
    const double halfLeading = (m_pitch - metrics.height()) / 2;

    QString laid = text;
    laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(laid, font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_lines * m_pitch + halfLeading));
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        ++m_lines;
    }
    m_layout->endLayout();
}

void TextBox::draw(QPainter& painter, QPointF topLeft, const QColor& color, int from, int to) const
{
    if (!m_layout)
        return;
    if (to < 0 || to > m_lines)
        to = m_lines;
    painter.setPen(color);
    const QPointF origin = topLeft - QPointF(0, from * m_pitch);
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
}

} // namespace csm::print
