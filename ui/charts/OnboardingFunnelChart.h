#pragma once

#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QList>

namespace csm {

// How many accounts reached each milestone of a roadmap template (issue 15, the onboarding panel):
// horizontal bars in plan order, each labelled with its count and its share of the accounts on the
// template; the first-value milestone stands out. A click hands on the accounts behind a bar.
class OnboardingFunnelChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Step
    {
        Id milestoneId; // the template milestone
        QString title;
        int reached = 0; // accounts that completed it (OnboardingFunnel's FunnelStep::reached)
        bool firstValue = false;
        QList<Id> accounts; // what a click hands on (usually the reached ones)
    };

    explicit OnboardingFunnelChart(QWidget* parent = nullptr);

    // Steps top to bottom; accounts: how many accounts have a roadmap from the template (the 100 %).
    void setFunnel(const QList<Step>& steps, int accounts);

    // Bars of the ordinary steps and of the first-value step (keys are step indexes).
    QCPBars* stepBars() const { return m_bars; }
    QCPBars* firstValueBars() const { return m_firstValueBars; }
    // The label at the end of bar i ("12 (40%)").
    QString barLabel(int step) const;
    int stepAt(const QPointF& pos) const;

    QString toolTipAt(const QPointF& pos) const override;

signals:
    void stepClicked(const csm::Id& milestoneId, const QList<csm::Id>& accounts);

protected:
    void clickAt(const QPointF& pos) override;

private:
    QList<Step> m_steps;
    int m_accounts = 0;
    QCPBars* m_bars = nullptr;
    QCPBars* m_firstValueBars = nullptr;
    QList<QCPItemText*> m_labels;
};

} // namespace csm
