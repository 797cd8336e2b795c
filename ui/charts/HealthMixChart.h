#pragma once

#include "domain/Segmentation.h"
#include "ui/charts/StackedBarChart.h"

#include <array>
#include <optional>

namespace csm {

// Per segment a bar of its green, yellow, red and no-data accounts (issue 16, the portfolio). A click on a
// part hands on the accounts behind it.
class HealthMixChart : public StackedBarChart
{
    Q_OBJECT
public:
    struct SegmentMix
    {
        Segment segment = Segment::High;
        std::array<Part, 4> parts{}; // by slot(): green, yellow, red, no data (Part::count; arr unused)
    };
    // The index in SegmentMix::parts of a band; none: no data.
    static int slot(std::optional<HealthBand> band);
    static std::optional<HealthBand> bandOf(int slot);

    explicit HealthMixChart(QWidget* parent = nullptr);

    // Bars in the order given, as counts (Measure::Count, the default) or as each band's share of the
    // segment (Measure::Share: segments of very different sizes side by side).
    void setSegments(const QList<SegmentMix>& segments, Measure measure = Measure::Count);

signals:
    void bandClicked(csm::Segment segment, std::optional<csm::HealthBand> band, const QList<csm::Id>& ids);

protected:
    QString countText(int count) const override;
    void partClicked(int category, int series) override;

private:
    QList<Segment> m_segments;
};

} // namespace csm
