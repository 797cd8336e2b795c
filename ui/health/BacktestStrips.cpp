#include "BacktestStrips.h"

#include <QLocale>

namespace csm {

QString backtestShare(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString backtestNumber(std::optional<double> v, int decimals)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("–");
}

QList<BacktestChart::Horizon> backtestStrips(const QList<BacktestRenewal>& renewals,
                                             const HealthBacktest& backtest)
{
    QList<BacktestChart::Horizon> horizons;
    if (!backtest.enoughHistory)
        return horizons;
    for (int i = 0; i < int(backtest.horizons.size()); ++i) {
        const BacktestHorizon& b = backtest.horizons[std::size_t(i)];
        BacktestChart::Horizon h;
        h.daysBefore = b.daysBefore;
        for (const BacktestRenewal& r : renewals) {
            const std::optional<double> score = i == 0 ? r.score90 : r.score60;
            if (!score || r.outcome == RenewalOutcome::Pending)
                continue;
            (r.outcome == RenewalOutcome::Churned ? h.churned : h.retained).append(*score);
        }
        h.medianChurned = b.medianChurned;
        h.medianRetained = b.medianRetained;
        horizons.append(h);
    }
    return horizons;
}

} // namespace csm
