#pragma once

#include "ui/charts/CsmPlot.h"

#include <QList>

#include <optional>

namespace csm {

// GRR and NRR per quarter for the last 8 quarters (issue 14, the Reports view): two lines with their values
// at the points, optional targets as dashed lines. A quarter whose ratio is undefined is a gap.
class RetentionTrendChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Quarter
    {
        QString label;             // on the axis: "Q1 FY25" / 「25年度Q1」
        QString name;              // in the tooltip: ReportPeriod::displayName()
        std::optional<double> grr; // fractions (0.92); none: undefined
        std::optional<double> nrr;
    };

    explicit RetentionTrendChart(QWidget* parent = nullptr);

    // Quarters oldest first, with the targets of the KPIs (none: no line). Replots.
    void setQuarters(const QList<Quarter>& quarters, std::optional<double> grrTarget = {},
                     std::optional<double> nrrTarget = {});

    QCPGraph* grrGraph() const { return m_grr; }
    QCPGraph* nrrGraph() const { return m_nrr; }
    QCPGraph* grrTargetGraph() const { return m_grrTargetLine; }
    QCPGraph* nrrTargetGraph() const { return m_nrrTargetLine; }
    // Whether the values are written at the points (not when the quarters are too narrow for them).
    bool pointLabelsShown() const;

    // The quarter nearest the mouse: its name, GRR and NRR (and the targets).
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void fitToSize(QSize size) override;

private:
    QList<Quarter> m_quarters;
    std::optional<double> m_grrTarget;
    std::optional<double> m_nrrTarget;
    QCPGraph* m_grr = nullptr;
    QCPGraph* m_nrr = nullptr;
    QCPGraph* m_grrTargetLine = nullptr;
    QCPGraph* m_nrrTargetLine = nullptr;
    QList<QCPItemText*> m_labels;
};

} // namespace csm
