#include "ui/charts/RenewalsBySegmentChart.h"

#include "item/DisplayLabels.h"
#include "ui/charts/ChartPalette.h"

namespace csm {

RenewalsBySegmentChart::RenewalsBySegmentChart(QWidget* parent) : StackedBarChart(parent)
{
    xAxis->setLabel(tr("Renewal month"));
}

void RenewalsBySegmentChart::setMonths(const QList<Month>& months, const QString& currency, Measure measure)
{
    QList<Series> series;
    for (const TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech})
        series.append({Labels::touchModel(m), ChartPalette::segment(m)});
    setMonthBars(months, series, measure, currency,
                 measure == Measure::Arr ? tr("ARR renewing") : tr("Renewals"),
                 tr("No renewals in the next 12 months"));
}

QString RenewalsBySegmentChart::countText(int count) const
{
    return tr("%n renewal(s)", nullptr, count);
}

void RenewalsBySegmentChart::partClicked(int category, int series)
{
    emit renewalsClicked(monthAt(category), TouchModel(series), part(category, series).ids);
}

} // namespace csm
