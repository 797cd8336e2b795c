#pragma once

#include "ui/charts/StackedBarChart.h"

#include <QDate>

#include <array>

namespace csm {

// Renewals per month for the next 12 months, stacked by segment (issue 16, the portfolio). A click on a
// part hands on the accounts behind it.
class RenewalsBySegmentChart : public StackedBarChart
{
    Q_OBJECT
public:
    struct Month
    {
        QDate month;                 // any day of the month
        std::array<Part, 3> parts{}; // indexed by TouchModel: high, low, tech
    };

    explicit RenewalsBySegmentChart(QWidget* parent = nullptr);

    // Months in the order shown; bars count renewals (Measure::Count, the default) or sum their ARR
    // (Measure::Arr).
    void setMonths(const QList<Month>& months, const QString& currency, Measure measure = Measure::Count);

signals:
    void renewalsClicked(QDate month, csm::TouchModel segment, const QList<csm::Id>& ids);

protected:
    QString countText(int count) const override;
    void partClicked(int category, int series) override;
};

} // namespace csm
