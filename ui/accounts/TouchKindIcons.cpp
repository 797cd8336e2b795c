#include "ui/accounts/TouchKindIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace csm {

namespace {

QColor kindColor(TouchKind k)
{
    switch (k) {
    case TouchKind::Meeting:
        return QColor(0x1f, 0x6f, 0xb2);
    case TouchKind::Call:
        return QColor(0x2e, 0x8b, 0x57);
    case TouchKind::Email:
        return QColor(0xe0, 0x7b, 0x12);
    case TouchKind::Qbr:
    case TouchKind::Ebr:
        return QColor(0x7d, 0x3c, 0x98);
    case TouchKind::Training:
    case TouchKind::OnboardingSession:
    case TouchKind::Webinar:
        return QColor(0x16, 0x8a, 0x8a);
    case TouchKind::InAppMessage:
        return QColor(0x4a, 0x6b, 0x8a);
    case TouchKind::Escalation:
        return QColor(0xc0, 0x39, 0x2b);
    case TouchKind::InternalNote:
        return QColor(0x88, 0x88, 0x88);
    }
    return Qt::gray;
}

// Draws the glyph in a 16 x 16 box.
void drawGlyph(QPainter& p, TouchKind k)
{
    p.setPen(QPen(Qt::white, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::white);
    switch (k) {
    case TouchKind::Meeting: // two people
        p.drawEllipse(QPointF(5.6, 6.2), 1.7, 1.7);
        p.drawEllipse(QPointF(10.4, 6.2), 1.7, 1.7);
        p.drawChord(QRectF(2.8, 8.8, 5.6, 5), 0, 180 * 16);
        p.drawChord(QRectF(7.6, 8.8, 5.6, 5), 0, 180 * 16);
        break;
    case TouchKind::Call: { // handset
        QPainterPath path;
        path.moveTo(4.5, 4);
        path.cubicTo(3.5, 8.5, 7.5, 12.5, 12, 11.5);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
        break;
    }
    case TouchKind::Email: // envelope
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(3.5, 5, 9, 6.5));
        p.drawPolyline(QPolygonF({QPointF(3.5, 5), QPointF(8, 8.8), QPointF(12.5, 5)}));
        break;
    case TouchKind::Qbr:
    case TouchKind::Ebr: // bar chart
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(4, 9, 2, 3.5));
        p.drawRect(QRectF(7, 6.5, 2, 6));
        p.drawRect(QRectF(10, 4, 2, 8.5));
        break;
    case TouchKind::Training:
    case TouchKind::OnboardingSession: // flag
        p.drawLine(QPointF(5, 3.8), QPointF(5, 12.5));
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({QPointF(5, 4), QPointF(12, 6.2), QPointF(5, 8.6)}));
        break;
    case TouchKind::Webinar: // screen with play button
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(3.5, 4.5, 9, 6.5));
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({QPointF(7, 6.2), QPointF(10, 7.75), QPointF(7, 9.3)}));
        p.drawRect(QRectF(6, 11.8, 4, 1.2));
        break;
    case TouchKind::InAppMessage: { // speech bubble
        QPainterPath path;
        path.addRoundedRect(QRectF(3.5, 4, 9, 6.5), 2, 2);
        path.moveTo(6, 10.5);
        path.lineTo(5, 13);
        path.lineTo(8.5, 10.5);
        p.setPen(Qt::NoPen);
        p.drawPath(path.simplified());
        break;
    }
    case TouchKind::Escalation: // exclamation mark
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 4), QPointF(8, 9));
        p.drawPoint(QPointF(8, 12.2));
        break;
    case TouchKind::InternalNote: // note lines
        p.drawLine(QPointF(4.5, 5.5), QPointF(11.5, 5.5));
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
        p.drawLine(QPointF(4.5, 10.5), QPointF(9, 10.5));
        break;
    }
}

QPixmap render(TouchKind k, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    p.setPen(Qt::NoPen);
    p.setBrush(kindColor(k));
    p.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    drawGlyph(p, k);
    return pm;
}

} // namespace

QIcon touchKindIcon(TouchKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(render(kind, size, 1.0));
    icon.addPixmap(render(kind, 16, 2.0));
    return *cache.insert(int(kind), icon);
}

} // namespace csm
