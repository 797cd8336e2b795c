#include "ui/charts/StackedBarChart.h"

#include "ui/charts/ChartPalette.h"

namespace csm {

StackedBarChart::StackedBarChart(QWidget* parent) : CsmPlot(parent)
{
    xAxis->grid()->setVisible(false);
}

const StackedBarChart::Part& StackedBarChart::part(int category, int series) const
{
    static const Part none;
    if (category < 0 || category >= m_parts.size() || series < 0 || series >= m_parts.at(category).size())
        return none;
    return m_parts.at(category).at(series);
}

StackedBarChart::Part StackedBarChart::total(int category) const
{
    Part sum;
    for (int s = 0; s < seriesCount(); ++s) {
        sum.arr += part(category, s).arr;
        sum.count += part(category, s).count;
    }
    return sum;
}

double StackedBarChart::heightOf(int category, int series) const
{
    const Part& p = part(category, series);
    switch (m_measure) {
    case Measure::Arr:
        return Money(p.arr, m_currency).toMajor();
    case Measure::Count:
        return p.count;
    case Measure::Share: {
        const int all = total(category).count;
        return all > 0 ? double(p.count) / all : 0.0;
    }
    }
    return 0;
}

void StackedBarChart::setBars(const QStringList& categories, const QList<Series>& series,
                              const QList<QList<Part>>& parts, Measure measure, const QString& currency,
                              const QString& valueLabel, const QString& emptyMessage)
{
    m_categories = categories;
    m_series = series;
    m_parts = parts;
    m_measure = measure;
    m_currency = currency;

    if (m_bars.size() != series.size()) {
        for (QCPBars* b : std::as_const(m_bars))
            removePlottable(b);
        m_bars.clear();
        QCPBars* below = nullptr;
        for (qsizetype s = 0; s < series.size(); ++s) {
            auto* bars = new QCPBars(xAxis, yAxis);
            bars->setWidth(0.68);
            bars->setStackingGap(0);
            if (below)
                bars->moveAbove(below);
            below = bars;
            m_bars << bars;
        }
    }
    const QColor edge = palette().color(QPalette::Base);
    double highest = 0;
    QVector<double> keys;
    for (int c = 0; c < categoryCount(); ++c)
        keys << c;
    QVector<double> stacked(categoryCount(), 0.0);
    for (int s = 0; s < seriesCount(); ++s) {
        QCPBars* bars = m_bars.at(s);
        bars->setName(series.at(s).name);
        bars->setBrush(series.at(s).color); // opaque: see ChartPalette
        bars->setPen(QPen(edge, 1));
        QVector<double> values;
        for (int c = 0; c < categoryCount(); ++c) {
            values << heightOf(c, s);
            stacked[c] += values.constLast();
            highest = std::max(highest, stacked[c]);
        }
        bars->setData(keys, values, true);
    }

    setCategoryAxis(xAxis, categories);
    yAxis->setLabel(valueLabel);
    switch (measure) {
    case Measure::Arr:
        setMoneyAxis(yAxis, currency);
        break;
    case Measure::Count:
        setCountAxis(yAxis);
        break;
    case Measure::Share:
        setPercentAxis(yAxis);
        break;
    }
    const bool labelled = !m_barLabelTexts.isEmpty();
    yAxis->setRange(0, highest > 0 ? highest * (labelled ? 1.18 : 1.08) : 1);

    for (QCPItemText* l : std::as_const(m_barLabels))
        removeItem(l);
    m_barLabels.clear();
    for (int c = 0; c < categoryCount() && c < m_barLabelTexts.size(); ++c) {
        auto* label = new QCPItemText(this);
        label->setText(m_barLabelTexts.at(c));
        label->setFont(font());
        label->setColor(palette().color(QPalette::Text));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setCoords(c, stacked.value(c));
        label->setPadding(QMargins(0, 0, 0, 3));
        m_barLabels << label;
    }

    setLegendShown(m_seriesLegend && seriesCount() > 1);
    showMessage(highest > 0 ? QString() : emptyMessage);
    replot();
}

void StackedBarChart::setMonthBars(const QList<QDate>& months, const QList<Series>& series,
                                   const QList<QList<Part>>& parts, Measure measure, const QString& currency,
                                   const QString& valueLabel, const QString& emptyMessage)
{
    m_months.clear();
    QStringList categories;
    for (const QDate& m : months) {
        m_months << QDate(m.year(), m.month(), 1);
        categories << monthText(m);
    }
    setBars(categories, series, parts, measure, currency, valueLabel, emptyMessage);
}

std::pair<int, int> StackedBarChart::partAt(const QPointF& pos) const
{
    for (int s = 0; s < int(m_bars.size()); ++s) {
        const int c = barAt(m_bars.at(s), pos);
        if (c >= 0 && c < categoryCount() && heightOf(c, s) > 0)
            return {c, s};
    }
    return {-1, -1};
}

QPointF StackedBarChart::partCentre(int category, int series) const
{
    if (heightOf(category, series) <= 0)
        return {};
    double base = 0;
    for (int s = 0; s < series; ++s)
        base += heightOf(category, s);
    const double middle = base + heightOf(category, series) / 2;
    return {xAxis->coordToPixel(category), yAxis->coordToPixel(middle)};
}

QString StackedBarChart::toolTipAt(const QPointF& pos) const
{
    const auto [category, series] = partAt(pos);
    return category < 0 ? CsmPlot::toolTipAt(pos) : partToolTip(category, series);
}

QString StackedBarChart::partToolTip(int category, int series) const
{
    const Part& p = part(category, series);
    const QString head = tr("%1 · %2").arg(categoryName(category), seriesName(series));
    if (m_measure == Measure::Arr)
        return head + QLatin1Char('\n') + tr("%1 · %2").arg(moneyText(p.arr, m_currency), countText(p.count));
    const int all = total(category).count;
    return head + QLatin1Char('\n') +
           tr("%1 (%2 of %3)")
               .arg(countText(p.count), percentText(double(p.count) / all), QLocale().toString(all));
}

void StackedBarChart::clickAt(const QPointF& pos)
{
    const auto [category, series] = partAt(pos);
    if (category >= 0)
        partClicked(category, series);
}

} // namespace csm
