#pragma once

#include "ui/charts/StackedBarChart.h"

#include <QDate>

#include <array>
#include <optional>

namespace csm {

// ARR renewing per month for the next 12 months, stacked by forecast category (issue 14, the Renewals
// view). A click on a part of a bar hands on the renewals behind it.
class RenewalForecastChart : public StackedBarChart
{
    Q_OBJECT
public:
    struct Month
    {
        QDate month;                 // any day of the month
        std::array<Part, 5> parts{}; // by slot(): commit, likely, at risk, lost, not forecast yet
    };
    // The index in Month::parts of a forecast category; none: not forecast yet.
    static int slot(std::optional<RenewalForecast> forecast);
    static std::optional<RenewalForecast> forecastOf(int slot);

    explicit RenewalForecastChart(QWidget* parent = nullptr);

    // Months in the order shown (the caller gives all twelve, empty ones too). Amounts in currency.
    void setMonths(const QList<Month>& months, const QString& currency);

signals:
    // A part clicked: its month (the first day), its category (none: not forecast yet) and the ids the
    // caller gave for it.
    void renewalsClicked(QDate month, std::optional<csm::RenewalForecast> forecast,
                         const QList<csm::Id>& ids);

protected:
    QString countText(int count) const override;
    void partClicked(int category, int series) override;
};

} // namespace csm
