#pragma once

#include "domain/Segmentation.h"
#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>

#include <optional>

namespace csm {

// Mean health per segment month by month over the last 12 months (issue 16, the portfolio), a line per
// segment in its colour; a month without a scored account is a gap.
class SegmentHealthTrendChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Point
    {
        QDate month;                // any day of the month (the snapshot's)
        std::optional<double> mean; // none: no account with a score
        int accounts = 0;           // accounts with a score behind the mean
    };
    struct Trend
    {
        Segment segment = Segment::High;
        QList<Point> points; // any order
    };

    explicit SegmentHealthTrendChart(QWidget* parent = nullptr);

    // One line per trend in the order given, over the shaded bands. Replots.
    void setTrends(const QList<Trend>& trends, const HealthBandLimits& limits);

    QCPGraph* trendGraph(int index) const { return m_graphs.value(index); }
    // The month nearest the mouse with every segment's mean.
    QString toolTipAt(const QPointF& pos) const override;

private:
    QList<Trend> m_trends;
    QList<QDate> m_months; // every month of any trend, sorted
    QList<QCPGraph*> m_graphs;
};

} // namespace csm
