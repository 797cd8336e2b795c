#include "ui/charts/ChartPalette.h"

#include <array>

namespace csm {

// Band colours read as green / yellow / red and stay apart in print; segments use the Okabe-Ito blue,
// orange and reddish purple, which colour-blind readers tell apart and which are none of the band colours.

QColor ChartPalette::band(std::optional<HealthBand> band)
{
    if (!band)
        return QColor(0xa3, 0xa8, 0xad);
    switch (*band) {
    case HealthBand::Green:
        return QColor(0x2f, 0x9e, 0x5a);
    case HealthBand::Yellow:
        return QColor(0xe0, 0xb1, 0x0b);
    case HealthBand::Red:
        return QColor(0xcf, 0x3f, 0x35);
    }
    return {};
}

QColor ChartPalette::segment(Segment segment)
{
    switch (segment) {
    case Segment::High:
        return QColor(0x00, 0x72, 0xb2);
    case Segment::Low:
        return QColor(0xe6, 0x9f, 0x00);
    case Segment::Tech:
        return QColor(0xcc, 0x79, 0xa7);
    case Segment::All:
        return QColor(0x55, 0x5b, 0x66);
    }
    return {};
}

QColor ChartPalette::forecast(std::optional<RenewalForecast> forecast)
{
    if (!forecast)
        return QColor(0xbd, 0xc1, 0xc6);
    switch (*forecast) {
    case RenewalForecast::Commit:
        return QColor(0x1b, 0x78, 0x37);
    case RenewalForecast::Likely:
        return QColor(0x8c, 0xc8, 0x7f);
    case RenewalForecast::AtRisk:
        return QColor(0xf0, 0x98, 0x2e);
    case RenewalForecast::Lost:
        return QColor(0xb2, 0x18, 0x2b);
    }
    return {};
}

QColor ChartPalette::series(int index)
{
    static const std::array<QColor, 5> colors = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x8b, 0x57),
                                                 QColor(0xe0, 0x7b, 0x12), QColor(0x7d, 0x3c, 0x98),
                                                 QColor(0xc0, 0x39, 0x2b)};
    return colors[std::size_t(index) % colors.size()];
}

QColor ChartPalette::tint(const QColor& color, double strength, const QColor& background)
{
    const auto mix = [strength](int c, int b) { return int(b + (c - b) * strength + 0.5); };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

} // namespace csm
