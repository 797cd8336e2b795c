#pragma once

// The five portfolio charts fed from one PortfolioView (issue 16 item 2): ARR by segment, health mix, health
// trend per segment, ARR against health, renewals per month. Shared by the Portfolio page and the printed
// portfolio report, so that paper and screen show the same bars with the same accounts behind them.

#include "domain/PortfolioView.h"
#include "ui/charts/ChartPalette.h"
#include "ui/print/PortfolioReport.h"

class QWidget;

namespace csm {

class ArrHealthScatter;
class HealthMixChart;
class RenewalsBySegmentChart;
class SegmentArrChart;
class SegmentHealthTrendChart;

struct PortfolioChartSet
{
    // The charts, children of parent (none: the caller deletes them with destroy()).
    explicit PortfolioChartSet(QWidget* parent = nullptr);
    void fill(const PortfolioView& view, const HealthBandLimits& limits);
    // Callbacks that draw each chart into a report's painter.
    PortfolioCharts painters() const;
    void destroy();

    SegmentArrChart* arr;
    HealthMixChart* mix;
    SegmentHealthTrendChart* trend;
    ArrHealthScatter* scatter;
    RenewalsBySegmentChart* renewals;
};

// The report's input from a view: KPIs per segment, GRR/NRR, and the accounts at risk with their reasons
// (red or yellow, forecast at risk or lost, silent past the cadence) renewing within 180 days, largest ARR
// first. The charts are left to the caller.
PortfolioReportInput portfolioReportInput(const PortfolioView& view, const QString& bookName);

} // namespace csm
