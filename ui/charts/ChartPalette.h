#pragma once

// The colours of every chart, in one place so that a band, a segment or a forecast category has the same
// colour on every screen and in every report. All opaque: translucent bar brushes cost a replot ten times
// as much (issue 16), and a tint that should look pale is mixed with the background instead.

#include "domain/Entities.h"
#include "domain/Segmentation.h"

#include <QColor>

#include <optional>

namespace csm {

// Where the health bands begin (HealthModel's yellowMin and greenMin): charts shade and name the bands.
struct HealthBandLimits
{
    double yellowMin = 40;
    double greenMin = 70;
};

class ChartPalette
{
public:
    // Health bands; none: no data (grey).
    static QColor band(std::optional<HealthBand> band);
    // Segments (touch models) and the whole book.
    static QColor segment(Segment segment);
    static QColor segment(TouchModel model) { return ChartPalette::segment(segmentOf(model)); }
    // Renewal forecast categories; none: not forecast yet.
    static QColor forecast(std::optional<RenewalForecast> forecast);
    // Series without a domain meaning (GRR and NRR, planned and actual ...), in order.
    static QColor series(int index);
    // The colour mixed into the background: an opaque pale version of it (shading behind data).
    static QColor tint(const QColor& color, double strength, const QColor& background = Qt::white);
};

} // namespace csm
