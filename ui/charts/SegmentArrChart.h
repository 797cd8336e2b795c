#pragma once

#include "domain/Segmentation.h"
#include "ui/charts/StackedBarChart.h"

#include <optional>

namespace csm {

// ARR by segment with each bar's share of the book (issue 16, the portfolio). A click on a bar hands on the
// accounts behind it.
class SegmentArrChart : public StackedBarChart
{
    Q_OBJECT
public:
    struct SegmentArr
    {
        Segment segment = Segment::High;
        MinorUnits arr = 0;
        int accounts = 0;
        std::optional<double> share; // of the book's ARR (PortfolioSummary's arrShare)
        QList<Id> ids;
    };

    explicit SegmentArrChart(QWidget* parent = nullptr);

    // Bars in the order given.
    void setSegments(const QList<SegmentArr>& segments, const QString& currency);

signals:
    void segmentClicked(csm::Segment segment, const QList<csm::Id>& ids);

protected:
    QString countText(int count) const override;
    QString partToolTip(int category, int series) const override;
    void partClicked(int category, int series) override;

private:
    QList<SegmentArr> m_segments;
};

} // namespace csm
