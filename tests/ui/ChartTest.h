#pragma once

// Helpers of the chart tests: a chart shown at a size and laid out, the tick labels of an axis, whether
// labels along an axis overlap, and hover and click through real mouse events.

#include "ui/charts/CsmPlot.h"

#include <QFontMetricsF>
#include <QTest>

#include <cmath>

namespace charttest {

// Shows the chart at size and lays it out the way the screen does.
inline bool showAt(csm::CsmPlot& chart, QSize size)
{
    chart.resize(size);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    // Twice: label density is fitted with the margins of the previous layout, as on any resize.
    chart.replot(QCustomPlot::rpImmediateRefresh);
    chart.replot(QCustomPlot::rpImmediateRefresh);
    return true;
}

inline QStringList tickLabels(const QCPAxis* axis)
{
    const QVector<QString> labels = axis->tickVectorLabels();
    return QStringList(labels.cbegin(), labels.cend());
}

// The first pair of tick labels along the axis whose boxes overlap, as "a | b"; empty when none does.
inline QString overlappingLabels(const QCPAxis* axis)
{
    const QFontMetricsF metrics(axis->tickLabelFont());
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    struct Span
    {
        double from, to;
        QString label;
    };
    QList<Span> spans;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double centre = axis->coordToPixel(ticks.at(i));
        const double half = (horizontal ? metrics.horizontalAdvance(labels.at(i)) : metrics.height()) / 2;
        spans.append({centre - half, centre + half, labels.at(i)});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).from < spans.at(i - 1).to)
            return spans.at(i - 1).label + QStringLiteral(" | ") + spans.at(i).label;
    }
    return {};
}

// What the tooltip says after the mouse moved to pos.
inline QString hover(csm::CsmPlot& chart, QPointF pos)
{
    QTest::mouseMove(&chart, pos.toPoint());
    return chart.currentToolTip();
}

inline void click(csm::CsmPlot& chart, QPointF pos)
{
    QTest::mouseClick(&chart, Qt::LeftButton, Qt::NoModifier, pos.toPoint());
}

inline csm::Id id(const char* text)
{
    return QString::fromLatin1(text);
}

// The height of the bar at key; NaN when the bars have none there.
inline double barValue(const QCPBars* bars, int key)
{
    const auto it = bars->data()->findBegin(key, false);
    return it != bars->data()->constEnd() && it->key == key ? it->value : std::nan("");
}

inline QPointF pixel(const csm::CsmPlot& chart, double key, double value)
{
    return {chart.xAxis->coordToPixel(key), chart.yAxis->coordToPixel(value)};
}

} // namespace charttest
