#include "ui/charts/RenewalForecastChart.h"

#include "ui/charts/ChartPalette.h"

namespace csm {

namespace {

constexpr std::array<RenewalForecast, 4> kForecasts = {RenewalForecast::Commit, RenewalForecast::Likely,
                                                       RenewalForecast::AtRisk, RenewalForecast::Lost};

} // namespace

int RenewalForecastChart::slot(std::optional<RenewalForecast> forecast)
{
    return forecast ? int(*forecast) : int(kForecasts.size());
}

std::optional<RenewalForecast> RenewalForecastChart::forecastOf(int slot)
{
    if (slot >= 0 && slot < int(kForecasts.size()))
        return kForecasts[std::size_t(slot)];
    return std::nullopt;
}

RenewalForecastChart::RenewalForecastChart(QWidget* parent) : StackedBarChart(parent)
{
    xAxis->setLabel(tr("Renewal month"));
}

void RenewalForecastChart::setMonths(const QList<Month>& months, const QString& currency)
{
    const QStringList names = {tr("Commit"), tr("Likely"), tr("At risk"), tr("Lost"), tr("Not forecast yet")};
    QList<Series> series;
    for (int s = 0; s < 5; ++s)
        series.append({names.at(s), ChartPalette::forecast(forecastOf(s))});
    setMonthBars(months, series, Measure::Arr, currency, tr("ARR renewing"),
                 tr("No renewals in the next 12 months"));
}

QString RenewalForecastChart::countText(int count) const
{
    return tr("%n renewal(s)", nullptr, count);
}

void RenewalForecastChart::partClicked(int category, int series)
{
    emit renewalsClicked(monthAt(category), forecastOf(series), part(category, series).ids);
}

} // namespace csm
