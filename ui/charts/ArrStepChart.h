#pragma once

#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>

namespace csm {

// An account's ARR over time as a step line: each ARR event holds until the next one.
class ArrStepChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Step
    {
        QDate effectiveOn;
        MinorUnits arrAfter = 0;
    };

    explicit ArrStepChart(QWidget* parent = nullptr);

    // Steps in any order; the line runs on to `until` (usually today). Amounts are in minor units of
    // currency.
    void setSteps(QList<Step> steps, const QString& currency, QDate until);
    int stepCount() const { return int(m_steps.size()); }

    // "From 2025/04/01: ¥12,000,000" for the step under the mouse.
    QString toolTipAt(const QPointF& pos) const override;

private:
    QCPGraph* m_graph = nullptr;
    QList<Step> m_steps; // sorted
    QString m_currency;
    QDate m_until;
};

} // namespace csm
