#pragma once

// A paint device that draws straight onto another painter (private to ui/charts). QCustomPlot draws only
// through its own painter class, which cannot share a device that a report's painter already holds; this
// device hands every call on to that painter instead, so a chart lands on a PDF page as vector drawing
// with its text as text. (A QPicture would do the same but replays text runs of fallback fonts at shifted
// baselines: "1,200万円" with 万円 lower than the digits.)

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <memory>

namespace csm::chart {

class PainterBridge : public QPaintDevice
{
public:
    // Drawing in size pixels (96 dpi) onto target, in target's coordinates as they are when painting begins.
    PainterBridge(QPainter* target, QSize size);
    ~PainterBridge() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace csm::chart
