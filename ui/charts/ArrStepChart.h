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
    int stepCount() const { return m_stepCount; }

private:
    QCPGraph* m_graph = nullptr;
    int m_stepCount = 0;
};

} // namespace csm
