#include "ui/charts/BacktestChart.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

// Points spread across their strip so that equal scores stay visible; fixed, so that a replot does not
// move them.
double jitter(int index)
{
    return ((index * 37) % 11 - 5) / 5.0 * 0.22;
}

} // namespace

BacktestChart::BacktestChart(QWidget* parent) : CsmPlot(parent)
{
    setMinimumHeight(150);
    xAxis->setLabel(tr("Health score before the renewal"));
    xAxis->setRange(0, 100);
    yAxis->setRangeReversed(true);
    m_medians = addGraph();
    m_medians->setName(tr("Median"));
    m_medians->setLineStyle(QCPGraph::lsNone);
    QPainterPath bar; // QCustomPlot scales a custom shape by size / 6: size 6 draws it as it is
    bar.moveTo(0, -10);
    bar.lineTo(0, 10);
    QCPScatterStyle median(bar, QPen(palette().color(QPalette::Text), 2.5), Qt::NoBrush, 6);
    m_medians->setScatterStyle(median);
    m_medians->setLayer(QStringLiteral("overlay"));
    shadeHealthBands(xAxis, {});
}

void BacktestChart::setHorizons(const QList<Horizon>& horizons, const HealthBandLimits& limits)
{
    for (const Strip& s : std::as_const(m_strips))
        removePlottable(s.points);
    m_strips.clear();
    QStringList labels;
    QVector<double> medianKeys, medianRows;
    bool any = false;
    for (const Horizon& h : horizons) {
        m_strips.append({tr("Churned, %n day(s) before", nullptr, h.daysBefore), h.churned, h.medianChurned});
        m_strips.append(
            {tr("Renewed, %n day(s) before", nullptr, h.daysBefore), h.retained, h.medianRetained});
        labels << tr("Churned (%1 d)").arg(h.daysBefore) << tr("Renewed (%1 d)").arg(h.daysBefore);
    }
    for (int row = 0; row < int(m_strips.size()); ++row) {
        Strip& s = m_strips[row];
        const bool churned = row % 2 == 0;
        const QColor color =
            churned ? ChartPalette::band(HealthBand::Red).darker(130) : ChartPalette::series(0);
        s.points = addGraph();
        s.points->setName(churned ? tr("Churned") : tr("Renewed, expanded or contracted"));
        useDots(s.points, color, 5);
        if (row >= 2)
            s.points->removeFromLegend(); // the first horizon's strips name the colours
        std::sort(s.scores.begin(), s.scores.end());
        QVector<double> keys, values;
        for (int i = 0; i < int(s.scores.size()); ++i) {
            keys << s.scores.at(i);
            values << row + jitter(i);
        }
        s.points->setData(keys, values, true);
        any = any || !keys.isEmpty();
        if (s.median) {
            medianKeys << *s.median;
            medianRows << row;
        }
    }
    m_medians->setData(medianKeys, medianRows); // sorted by key by QCustomPlot
    m_medians->removeFromLegend();              // after the strips' colours
    m_medians->addToLegend();
    setCategoryAxis(yAxis, labels);
    shadeHealthBands(xAxis, limits);
    setLegendShown(true);
    showMessage(any ? QString() : tr("Not enough decided renewals for a back-test yet"));
    replot();
}

QString BacktestChart::toolTipAt(const QPointF& pos) const
{
    if (m_strips.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return CsmPlot::toolTipAt(pos);
    const int row = qRound(yAxis->pixelToCoord(pos.y()));
    if (row < 0 || row >= m_strips.size())
        return {};
    const Strip& s = m_strips.at(row);
    const QLocale locale;
    // The nearest point within a few pixels.
    const QCPGraphDataContainer& points = *s.points->data();
    double best = 6;
    std::optional<double> hit;
    for (auto it = points.findBegin(xAxis->pixelToCoord(pos.x() - 6)); it != points.constEnd(); ++it) {
        if (it->key > xAxis->pixelToCoord(pos.x() + 6))
            break;
        const double d =
            std::hypot(xAxis->coordToPixel(it->key) - pos.x(), yAxis->coordToPixel(it->value) - pos.y());
        if (d < best) {
            best = d;
            hit = it->key;
        }
    }
    if (hit)
        return tr("%1: %2").arg(s.name, locale.toString(*hit, 'f', 1));
    const QString median = s.median ? locale.toString(*s.median, 'f', 1) : tr("none");
    return tr("%1: %n renewal(s), median %2", nullptr, int(s.scores.size())).arg(s.name, median);
}

} // namespace csm
