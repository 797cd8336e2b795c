#pragma once

// What the Health model page shows of the book's model's back-test and the Health model dialog of the current
// and the edited one: the chart's strips from a model's scores of the decided renewals, and the figures as
// text ("–" for a figure without the data it needs).

#include "domain/HealthBacktest.h"
#include "ui/charts/BacktestChart.h"

#include <QString>

#include <optional>

namespace csm {

QString backtestShare(std::optional<double> share);            // 0.53 -> "53 %"
QString backtestNumber(std::optional<double> v, int decimals); // in the locale

QList<BacktestChart::Horizon> backtestStrips(const QList<BacktestRenewal>& renewals,
                                             const HealthBacktest& backtest);

} // namespace csm
