#include "ui/charts/HealthMixChart.h"

#include "SegmentNames_p.h"
#include "ui/charts/ChartPalette.h"

namespace csm {

namespace {

constexpr std::array<HealthBand, 3> kBands = {HealthBand::Green, HealthBand::Yellow, HealthBand::Red};

} // namespace

int HealthMixChart::slot(std::optional<HealthBand> band)
{
    return band ? int(*band) : int(kBands.size());
}

std::optional<HealthBand> HealthMixChart::bandOf(int slot)
{
    if (slot >= 0 && slot < int(kBands.size()))
        return kBands[std::size_t(slot)];
    return std::nullopt;
}

HealthMixChart::HealthMixChart(QWidget* parent) : StackedBarChart(parent)
{
    xAxis->setLabel(tr("Segment"));
}

void HealthMixChart::setSegments(const QList<SegmentMix>& segments, Measure measure)
{
    QList<Series> series;
    for (int s = 0; s < 4; ++s)
        series.append({ChartNames::band(bandOf(s)), ChartPalette::band(bandOf(s))});
    QStringList categories;
    QList<QList<Part>> parts;
    m_segments.clear();
    for (const SegmentMix& m : segments) {
        m_segments << m.segment;
        categories << segmentName(m.segment);
        parts.append(QList<Part>(m.parts.begin(), m.parts.end()));
    }
    setBars(categories, series, parts, measure == Measure::Share ? Measure::Share : Measure::Count, {},
            measure == Measure::Share ? tr("Share of accounts") : tr("Accounts"), tr("No accounts yet"));
}

QString HealthMixChart::countText(int count) const
{
    return tr("%n account(s)", nullptr, count);
}

void HealthMixChart::partClicked(int category, int series)
{
    emit bandClicked(m_segments.at(category), bandOf(series), part(category, series).ids);
}

} // namespace csm
