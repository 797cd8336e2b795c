#include "ui/charts/SegmentArrChart.h"

#include "SegmentNames_p.h"
#include "ui/charts/ChartPalette.h"

namespace csm {

SegmentArrChart::SegmentArrChart(QWidget* parent) : StackedBarChart(parent)
{
    xAxis->setLabel(tr("Segment"));
}

void SegmentArrChart::setSegments(const QList<SegmentArr>& segments, const QString& currency)
{
    m_segments = segments;
    // One series per bar, each with its part only at its own bar: QCPBars has one brush per series, and
    // every segment keeps its colour.
    QList<Series> series;
    QStringList categories;
    QStringList labels;
    QList<QList<Part>> parts;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const SegmentArr& s = segments.at(i);
        series.append({segmentName(s.segment), ChartPalette::segment(s.segment)});
        categories << segmentName(s.segment);
        labels << (s.share ? tr("%1 · %2").arg(shortMoneyText(s.arr, currency), percentText(*s.share, 0))
                           : shortMoneyText(s.arr, currency));
        QList<Part> row(segments.size());
        row[i] = {s.arr, s.accounts, s.ids};
        parts << row;
    }
    setBarLabels(labels);
    setSeriesLegend(false); // the axis names the bars
    setBars(categories, series, parts, Measure::Arr, currency, tr("ARR"), tr("No ARR in the book yet"));
}

QString SegmentArrChart::countText(int count) const
{
    return tr("%n account(s)", nullptr, count);
}

QString SegmentArrChart::partToolTip(int category, int) const
{
    const SegmentArr& s = m_segments.at(category);
    QString text = segmentName(s.segment) + QLatin1Char('\n') + moneyText(s.arr, currency());
    if (s.share)
        text += QLatin1Char(' ') + tr("(%1 of the book's ARR)").arg(percentText(*s.share));
    return text + QLatin1Char('\n') + countText(s.accounts);
}

void SegmentArrChart::partClicked(int category, int)
{
    emit segmentClicked(m_segments.at(category).segment, m_segments.at(category).ids);
}

} // namespace csm
