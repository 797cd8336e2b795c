#pragma once

#include "ui/charts/CsmPlot.h"

#include <QList>

#include <optional>

namespace csm {

// The back-test's scores before renewal by outcome (issue 12, the Health model page): per horizon (90 and
// 60 days before) a strip of the churned accounts' scores and one of the renewed ones', over the shaded
// bands, with each strip's median marked. Small: a glance at whether churners scored lower.
class BacktestChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Horizon
    {
        int daysBefore = 90;
        QList<double> churned;               // scores of the churned renewals at this horizon
        QList<double> retained;              // renewed, expanded or contracted
        std::optional<double> medianChurned; // HealthBacktest's medians
        std::optional<double> medianRetained;
    };

    explicit BacktestChart(QWidget* parent = nullptr);

    // Horizons in the order shown (top to bottom). Without any score the chart says there is not enough
    // history.
    void setHorizons(const QList<Horizon>& horizons, const HealthBandLimits& limits);

    int stripCount() const { return int(m_strips.size()); }
    // The points of strip i (2h: churned at horizon h, 2h + 1: retained); keys are scores.
    QCPGraph* stripGraph(int strip) const { return m_strips.value(strip).points; }
    QCPGraph* medianGraph() const { return m_medians; }

    // A point: "Churned, 90 days before: 35.2"; elsewhere on a strip its size and median.
    QString toolTipAt(const QPointF& pos) const override;

private:
    struct Strip
    {
        QString name;
        QList<double> scores;
        std::optional<double> median;
        QCPGraph* points = nullptr;
    };
    QList<Strip> m_strips;
    QCPGraph* m_medians = nullptr;
};

} // namespace csm
