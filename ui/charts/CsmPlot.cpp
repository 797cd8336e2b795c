#include "ui/charts/CsmPlot.h"

namespace csm {

CsmPlot::CsmPlot(QWidget* parent) : QCustomPlot(parent)
{
    setAntialiasedElements(QCP::aeAll);
    setNoAntialiasingOnDrag(true);
    setInteractions({});
    setMinimumHeight(180);
    m_message = new QCPItemText(this);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setVisible(false);
    applyStyle();
}

void CsmPlot::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QColor CsmPlot::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0xe0, 0x7b, 0x12),
                                    QColor(0x2e, 0x8b, 0x57), QColor(0xc0, 0x39, 0x2b),
                                    QColor(0x7d, 0x3c, 0x98)};
    return colors[index % 5];
}

void CsmPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void CsmPlot::applyStyle()
{
    const QPalette pal = palette();
    setBackground(pal.brush(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(pal.color(QPalette::Mid)));
        axis->setTickPen(QPen(pal.color(QPalette::Mid)));
        axis->setSubTickPen(Qt::NoPen);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_message->setFont(font());
    m_message->setColor(pal.color(QPalette::PlaceholderText));
}

} // namespace csm
