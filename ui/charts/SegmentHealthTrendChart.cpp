#include "ui/charts/SegmentHealthTrendChart.h"

#include "SegmentNames_p.h"

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

QDate monthOf(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

SegmentHealthTrendChart::SegmentHealthTrendChart(QWidget* parent) : CsmPlot(parent)
{
    setDateAxis(xAxis);
    yAxis->setLabel(tr("Mean health score"));
    yAxis->setRange(0, 100);
    xAxis->setLabel(tr("Month"));
    shadeHealthBands(yAxis, {});
}

void SegmentHealthTrendChart::setTrends(const QList<Trend>& trends, const HealthBandLimits& limits)
{
    m_trends = trends;
    for (QCPGraph* g : std::as_const(m_graphs))
        removePlottable(g);
    m_graphs.clear();
    m_months.clear();
    bool any = false;
    for (Trend& t : m_trends) {
        std::sort(t.points.begin(), t.points.end(),
                  [](const Point& a, const Point& b) { return a.month < b.month; });
        QCPGraph* g = addGraph();
        const QColor color = ChartPalette::segment(t.segment);
        g->setName(segmentName(t.segment));
        g->setPen(QPen(color, t.segment == Segment::All ? 1.5 : 2,
                       t.segment == Segment::All ? Qt::DashLine : Qt::SolidLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 5));
        QVector<double> keys, values;
        for (const Point& p : std::as_const(t.points)) {
            keys << dayKey(monthOf(p.month));
            values << p.mean.value_or(std::nan(""));
            any = any || p.mean.has_value();
            if (!m_months.contains(monthOf(p.month)))
                m_months << monthOf(p.month);
        }
        g->setData(keys, values, true);
        m_graphs << g;
    }
    std::sort(m_months.begin(), m_months.end());

    shadeHealthBands(yAxis, limits);
    if (!m_months.isEmpty())
        xAxis->setRange(dayKey(m_months.constFirst()) - 10, dayKey(m_months.constLast()) + 10);
    setLegendShown(m_graphs.size() > 1);
    showMessage(any ? QString() : tr("No health history yet"));
    replot();
}

QString SegmentHealthTrendChart::toolTipAt(const QPointF& pos) const
{
    if (m_months.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return CsmPlot::toolTipAt(pos);
    const double key = xAxis->pixelToCoord(pos.x());
    QDate month = m_months.constFirst();
    for (const QDate& m : m_months) {
        if (std::abs(dayKey(m) - key) < std::abs(dayKey(month) - key))
            month = m;
    }
    if (std::abs(dayKey(month) - key) > 16)
        return {};
    QString text = monthText(month);
    const QLocale locale;
    for (const Trend& t : m_trends) {
        const auto p = std::find_if(t.points.cbegin(), t.points.cend(),
                                    [month](const Point& x) { return monthOf(x.month) == month; });
        const QString value =
            p == t.points.cend() || !p->mean
                ? tr("no data")
                : tr("%1 (%n account(s))", nullptr, p->accounts).arg(locale.toString(*p->mean, 'f', 1));
        text += QLatin1Char('\n') + tr("%1: %2").arg(segmentName(t.segment), value);
    }
    return text;
}

} // namespace csm
