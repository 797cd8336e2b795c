#pragma once

// The back-test chart's strips from a model's scores of the decided renewals: what the Health model page
// shows for the book's model and the Health model dialog for the current and the edited one.

#include "domain/HealthBacktest.h"
#include "ui/charts/BacktestChart.h"

namespace csm {

QList<BacktestChart::Horizon> backtestStrips(const QList<BacktestRenewal>& renewals,
                                             const HealthBacktest& backtest);

} // namespace csm
