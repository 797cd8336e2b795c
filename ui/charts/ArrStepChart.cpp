#include "ui/charts/ArrStepChart.h"

#include "ui/charts/ChartPalette.h"

#include <algorithm>

namespace csm {

ArrStepChart::ArrStepChart(QWidget* parent) : CsmPlot(parent)
{
    m_graph = addGraph();
    m_graph->setLineStyle(QCPGraph::lsStepLeft);
    const QColor color = ChartPalette::series(0);
    QPen pen(color);
    pen.setWidthF(2);
    m_graph->setPen(pen);
    m_graph->setBrush(tint(color, 0.16));
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 6));

    setDateAxis(xAxis);
    setMoneyAxis(yAxis, QStringLiteral("JPY"));
    yAxis->setLabel(tr("ARR"));
}

void ArrStepChart::setSteps(QList<Step> steps, const QString& currency, QDate until)
{
    std::sort(steps.begin(), steps.end(),
              [](const Step& a, const Step& b) { return a.effectiveOn < b.effectiveOn; });
    m_steps = steps;
    m_currency = currency;
    m_until = until;
    setMoneyAxis(yAxis, currency);

    QVector<double> keys;
    QVector<double> values;
    double maxValue = 0;
    for (const Step& s : std::as_const(steps)) {
        keys << dayKey(s.effectiveOn);
        values << Money(s.arrAfter, currency).toMajor();
        maxValue = std::max(maxValue, values.constLast());
    }
    if (!steps.isEmpty() && until.isValid() && until > steps.constLast().effectiveOn) {
        keys << dayKey(until);
        values << values.constLast();
    }
    m_graph->setData(keys, values, true);

    // Without data the axes would only show made-up ticks (¥1, ¥1, ¥0): the message stands alone.
    xAxis->setVisible(!keys.isEmpty());
    yAxis->setVisible(!keys.isEmpty());
    if (keys.isEmpty()) {
        showMessage(tr("No ARR history yet"));
    } else {
        showMessage({});
        const double span = std::max(keys.constLast() - keys.constFirst(), 30.0);
        xAxis->setRange(keys.constFirst() - span * 0.03, keys.constLast() + span * 0.03);
        yAxis->setRange(0, maxValue > 0 ? maxValue * 1.15 : 1);
    }
    replot();
}

QString ArrStepChart::toolTipAt(const QPointF& pos) const
{
    if (m_steps.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return CsmPlot::toolTipAt(pos);
    const QDate day = keyDay(xAxis->pixelToCoord(pos.x()));
    auto after = std::upper_bound(m_steps.cbegin(), m_steps.cend(), day,
                                  [](QDate d, const Step& s) { return d < s.effectiveOn; });
    if (after == m_steps.cbegin())
        return {};
    const Step& step = *std::prev(after);
    return tr("From %1: %2").arg(dateText(step.effectiveOn), moneyText(step.arrAfter, m_currency));
}

} // namespace csm
