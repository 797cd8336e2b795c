#pragma once

#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <utility>

namespace csm {

// The base of the stacked-bar charts (months by forecast category, segments by band ...): a bar per
// category, stacked from one part per series. Each part keeps its count and the ids behind it; hover names
// the part, a click reports it (partClicked), so that a page can open exactly what the bar counted.
class StackedBarChart : public CsmPlot
{
    Q_OBJECT
public:
    // What the bar heights are: ARR (money axis), counts, or each part's share of its bar (100 % bars).
    enum class Measure
    {
        Arr,
        Count,
        Share,
    };
    // One part of a bar.
    struct Part
    {
        MinorUnits arr = 0;
        int count = 0;
        QList<Id> ids; // what a click on the part hands on
    };

    int categoryCount() const { return int(m_categories.size()); }
    int seriesCount() const { return int(m_series.size()); }
    const Part& part(int category, int series) const;
    // The bars of one series (read back by tests; keys are category indexes).
    QCPBars* seriesBars(int series) const { return m_bars.value(series); }
    // The centre of a part on screen; null when the part is empty.
    QPointF partCentre(int category, int series) const;
    // The (category, series) drawn at pos; (-1, -1) when none.
    std::pair<int, int> partAt(const QPointF& pos) const;

    QString toolTipAt(const QPointF& pos) const override;

protected:
    struct Series
    {
        QString name;
        QColor color;
    };
    explicit StackedBarChart(QWidget* parent = nullptr);

    // parts[category][series]; categories are the full names (the axis elides them when narrow). Replots.
    void setBars(const QStringList& categories, const QList<Series>& series, const QList<QList<Part>>& parts,
                 Measure measure, const QString& currency, const QString& valueLabel,
                 const QString& emptyMessage);
    // Bars per month, named "Jul 2025" / "2025/07": each month's parts (in series order) from any array.
    template <typename Month>
    void setMonthBars(const QList<Month>& months, const QList<Series>& series, Measure measure,
                      const QString& currency, const QString& valueLabel, const QString& emptyMessage)
    {
        QList<QDate> firstDays;
        QList<QList<Part>> parts;
        for (const Month& m : months) {
            firstDays << m.month;
            parts.append(QList<Part>(m.parts.begin(), m.parts.end()));
        }
        setMonthBars(firstDays, series, parts, measure, currency, valueLabel, emptyMessage);
    }
    void setMonthBars(const QList<QDate>& months, const QList<Series>& series,
                      const QList<QList<Part>>& parts, Measure measure, const QString& currency,
                      const QString& valueLabel, const QString& emptyMessage);
    // The first day of the month of a bar drawn by setMonthBars.
    QDate monthAt(int category) const { return m_months.value(category); }
    // A label above each bar (its share, its total), or none. Call before setBars.
    void setBarLabels(const QStringList& labels) { m_barLabelTexts = labels; }
    // Whether the series get a legend (when there are two or more). Call before setBars.
    void setSeriesLegend(bool shown) { m_seriesLegend = shown; }

    // "3 renewals", "12 accounts".
    virtual QString countText(int count) const = 0;
    // The tooltip of one part; the default names category and series, the amount and the count.
    virtual QString partToolTip(int category, int series) const;
    virtual void partClicked(int category, int series) = 0;

    Measure measure() const { return m_measure; }
    const QString& currency() const { return m_currency; }
    const QString& categoryName(int category) const { return m_categories.at(category); }
    const QString& seriesName(int series) const { return m_series.at(series).name; }
    // The parts of a bar summed.
    Part total(int category) const;

private:
    void clickAt(const QPointF& pos) final;
    double heightOf(int category, int series) const;

    QStringList m_categories;
    QList<Series> m_series;
    QList<QList<Part>> m_parts;
    Measure m_measure = Measure::Count;
    QString m_currency;
    QList<QCPBars*> m_bars;
    QList<QDate> m_months;
    QStringList m_barLabelTexts;
    bool m_seriesLegend = true;
    QList<QCPItemText*> m_barLabels;
};

} // namespace csm
