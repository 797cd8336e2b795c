#include "PainterBridge_p.h"

namespace csm::chart {

namespace {

class ForwardingEngine : public QPaintEngine
{
public:
    explicit ForwardingEngine(QPainter* target) : QPaintEngine(QPaintEngine::AllFeatures), m_target(target) {}

    bool begin(QPaintDevice*) override
    {
        m_target->save();
        m_base = m_target->transform();
        m_baseClipped = m_target->hasClipping();
        if (m_baseClipped)
            m_baseClip = m_target->clipPath();
        return true;
    }

    bool end() override
    {
        m_target->restore();
        return true;
    }

    void updateState(const QPaintEngineState& s) override
    {
        const DirtyFlags dirty = s.state();
        if (dirty & DirtyTransform)
            m_target->setTransform(s.transform() * m_base);
        if (dirty & DirtyPen)
            m_target->setPen(s.pen());
        if (dirty & DirtyBrush)
            m_target->setBrush(s.brush());
        if (dirty & DirtyBrushOrigin)
            m_target->setBrushOrigin(s.brushOrigin());
        if (dirty & DirtyFont)
            m_target->setFont(s.font());
        if (dirty & DirtyBackground)
            m_target->setBackground(s.backgroundBrush());
        if (dirty & DirtyBackgroundMode)
            m_target->setBackgroundMode(s.backgroundMode());
        if (dirty & DirtyHints)
            m_target->setRenderHints(s.renderHints());
        if (dirty & DirtyCompositionMode)
            m_target->setCompositionMode(s.compositionMode());
        if (dirty & DirtyOpacity)
            m_target->setOpacity(s.opacity());
        if ((dirty & DirtyClipEnabled) && !s.isClipEnabled())
            resetClip();
        if (dirty & (DirtyClipPath | DirtyClipRegion)) {
            const Qt::ClipOperation op = s.clipOperation();
            if (op == Qt::NoClip) {
                resetClip();
            } else {
                if (op == Qt::ReplaceClip)
                    resetClip();
                // Never beyond the clip the target had: intersect whenever there is one.
                const Qt::ClipOperation combine =
                    op == Qt::ReplaceClip && !m_baseClipped ? Qt::ReplaceClip : Qt::IntersectClip;
                if (dirty & DirtyClipPath)
                    m_target->setClipPath(s.clipPath(), combine);
                else
                    m_target->setClipRegion(s.clipRegion(), combine);
            }
        }
    }

    void drawPath(const QPainterPath& path) override { m_target->drawPath(path); }
    void drawRects(const QRectF* rects, int count) override { m_target->drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { m_target->drawLines(lines, count); }
    void drawEllipse(const QRectF& rect) override { m_target->drawEllipse(rect); }
    void drawPoints(const QPointF* points, int count) override { m_target->drawPoints(points, count); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
        case PolylineMode:
            m_target->drawPolyline(points, count);
            break;
        case ConvexMode:
            m_target->drawConvexPolygon(points, count);
            break;
        case OddEvenMode:
            m_target->drawPolygon(points, count, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target->drawPolygon(points, count, Qt::WindingFill);
            break;
        }
    }
    void drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source) override
    {
        m_target->drawPixmap(rect, pixmap, source);
    }
    void drawImage(const QRectF& rect, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(rect, image, source, flags);
    }
    void drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap, const QPointF& offset) override
    {
        m_target->drawTiledPixmap(rect, pixmap, offset);
    }
    void drawTextItem(const QPointF& position, const QTextItem& item) override
    {
        m_target->drawTextItem(position, item);
    }

    Type type() const override { return User; }

private:
    // Back to the clip the target had when painting began (in its coordinates of then).
    void resetClip()
    {
        if (!m_baseClipped) {
            m_target->setClipping(false);
            return;
        }
        const QTransform current = m_target->transform();
        m_target->setTransform(m_base);
        m_target->setClipPath(m_baseClip, Qt::ReplaceClip);
        m_target->setTransform(current);
    }

    QPainter* m_target;
    QTransform m_base;
    bool m_baseClipped = false;
    QPainterPath m_baseClip;
};

} // namespace

PainterBridge::PainterBridge(QPainter* target, QSize size)
    : m_size(size), m_engine(std::make_unique<ForwardingEngine>(target))
{}

PainterBridge::~PainterBridge() = default;

QPaintEngine* PainterBridge::paintEngine() const
{
    return m_engine.get();
}

int PainterBridge::metric(PaintDeviceMetric metric) const
{
    constexpr int dpi = 96; // sizes as on screen; the target's transform scales them
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / dpi);
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace csm::chart
