#include "ui/portfolio/PortfolioChartSet.h"

#include "ui/charts/ArrHealthScatter.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/SegmentArrChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace csm {

PortfolioChartSet::PortfolioChartSet(QWidget* parent)
    : arr(new SegmentArrChart(parent)), mix(new HealthMixChart(parent)),
      trend(new SegmentHealthTrendChart(parent)), scatter(new ArrHealthScatter(parent)),
      renewals(new RenewalsBySegmentChart(parent))
{}

void PortfolioChartSet::destroy()
{
    for (QWidget* w : QList<QWidget*>{arr, mix, trend, scatter, renewals})
        delete w;
    arr = nullptr;
    mix = nullptr;
    trend = nullptr;
    scatter = nullptr;
    renewals = nullptr;
}

void PortfolioChartSet::fill(const PortfolioView& view, const HealthBandLimits& limits)
{
    const QString& currency = view.context.currency;
    const auto& accounts = view.accounts;
    const auto& context = view.context;

    QList<SegmentArrChart::SegmentArr> bars;
    QList<HealthMixChart::SegmentMix> mixes;
    for (Segment s : {Segment::High, Segment::Low, Segment::Tech}) {
        const SegmentFigures& f = view.summary[s];
        bars.append({s, f.arr.minor(), f.accounts, f.arrShare,
                     accountsBehind(accounts, s, PortfolioMeasure::Accounts, context)});
        HealthMixChart::SegmentMix m;
        m.segment = s;
        const std::array<std::pair<std::optional<HealthBand>, PortfolioMeasure>, 4> bands = {{
            {HealthBand::Green, PortfolioMeasure::Green},
            {HealthBand::Yellow, PortfolioMeasure::Yellow},
            {HealthBand::Red, PortfolioMeasure::Red},
            {std::nullopt, PortfolioMeasure::NoData},
        }};
        for (const auto& [band, measure] : bands) {
            StackedBarChart::Part& part = m.parts[std::size_t(HealthMixChart::slot(band))];
            part.ids = accountsBehind(accounts, s, measure, context);
            part.count = int(part.ids.size());
        }
        mixes.append(m);
    }
    arr->setSegments(bars, currency);
    mix->setSegments(mixes);

    QList<SegmentHealthTrendChart::Trend> trends;
    for (Segment s : {Segment::High, Segment::Low, Segment::Tech}) {
        SegmentHealthTrendChart::Trend t;
        t.segment = s;
        for (const PortfolioHealthPoint& p : view.trend)
            t.points.append({p.day, p.mean[std::size_t(s)], p.scored[std::size_t(s)]});
        trends.append(t);
    }
    trend->setTrends(trends, limits);

    QList<RenewalsBySegmentChart::Month> months;
    for (const PortfolioRenewalMonth& m : view.renewalMonths) {
        RenewalsBySegmentChart::Month month;
        month.month = m.month;
        for (std::size_t s = 0; s < 3; ++s)
            month.parts[s] = {m.arr[s], m.count[s], m.ids[s]};
        months.append(month);
    }
    renewals->setMonths(months, currency);

    QList<ArrHealthScatter::Account> points;
    int unscored = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const PortfolioAccount& a = accounts[i];
        if (!countsIn(a, Segment::All, PortfolioMeasure::Accounts, context))
            continue;
        if (!a.healthScore) {
            ++unscored;
            continue;
        }
        points.append({a.id, view.names.value(i), a.arr, *a.healthScore, a.touchModel});
    }
    scatter->setAccounts(points, currency, limits, unscored);
}

PortfolioCharts PortfolioChartSet::painters() const
{
    // Laid out 40 % larger than the printed rectangle at screen resolution, so that on paper the labels take
    // less of the chart (the bars' values of ARR by segment no longer run into each other at A4 half width).
    auto painter = [](CsmPlot* chart) -> ChartPainter {
        return [chart](QPainter& p, const QRectF& rect) {
            const double dpi = p.device() ? p.device()->logicalDpiX() : 96;
            chart->render(p, rect, (rect.size() * 96.0 / dpi * 1.4).toSize());
        };
    };
    return {painter(arr), painter(mix), painter(trend), painter(scatter), painter(renewals)};
}

PortfolioReportInput portfolioReportInput(const PortfolioView& view, const QString& bookName)
{
    PortfolioReportInput input;
    input.bookName = bookName;
    input.asOf = view.context.asOf;
    input.summary = view.summary;
    input.period = ReportPeriod::between(view.retentionPeriod.from, view.retentionPeriod.to);
    for (std::size_t s = 0; s < 4; ++s)
        input.retention[s] = {view.grr[s], view.nrr[s]};
    for (qsizetype i = 0; i < view.accounts.size(); ++i) {
        const PortfolioAccount& a = view.accounts[i];
        if (!countsIn(a, Segment::All, PortfolioMeasure::AtRisk180, view.context))
            continue;
        PortfolioRisk risk;
        risk.account = view.names.value(i);
        risk.owner = a.owner;
        risk.touchModel = a.touchModel;
        risk.arr = Money(a.arr, view.context.currency);
        risk.healthScore = a.healthScore;
        if (a.healthScore)
            risk.healthBand = a.healthBand;
        risk.renewal = a.nextRenewal;
        risk.forecast = a.forecast;
        using K = PortfolioRiskReason::Kind;
        if (a.healthScore && a.healthBand == HealthBand::Red)
            risk.reasons.append(PortfolioRiskReason::of(K::HealthRed));
        else if (a.healthScore && a.healthBand == HealthBand::Yellow)
            risk.reasons.append(PortfolioRiskReason::of(K::HealthYellow));
        if (a.forecast == RenewalForecast::AtRisk)
            risk.reasons.append(PortfolioRiskReason::of(K::ForecastAtRisk));
        else if (a.forecast == RenewalForecast::Lost)
            risk.reasons.append(PortfolioRiskReason::of(K::ForecastLost));
        if (!countsIn(a, Segment::All, PortfolioMeasure::CadenceCovered, view.context) &&
            a.lastCustomerTouch.isValid())
            risk.reasons.append(
                PortfolioRiskReason::of(K::Silent, double(a.lastCustomerTouch.daysTo(view.context.asOf))));
        input.risks.append(risk);
    }
    std::stable_sort(
        input.risks.begin(), input.risks.end(),
        [](const PortfolioRisk& x, const PortfolioRisk& y) { return x.arr.minor() > y.arr.minor(); });
    return input;
}

} // namespace csm
