#include "ui/charts/HealthTrendChart.h"

#include "SegmentNames_p.h"

#include <QButtonGroup>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

constexpr int kRanges[] = {3, 6, 12};

} // namespace

HealthTrendChart::HealthTrendChart(QWidget* parent) : CsmPlot(parent)
{
    m_graph = addGraph();
    m_graph->setName(tr("Health score"));
    const QColor line = ChartPalette::series(0);
    QPen pen(line);
    pen.setWidthF(2);
    m_graph->setPen(pen);
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, line, line, 5));

    setDateAxis(xAxis);
    yAxis->setLabel(tr("Health score"));
    xAxis->setLabel(tr("Week"));
    yAxis->setRange(0, 100);
    shadeHealthBands(yAxis, {});

    auto* group = new QButtonGroup(this);
    for (const int months : kRanges) {
        auto* button = new QToolButton(this);
        button->setText(tr("%1M", "a chart's range in months (3M, 6M, 12M)").arg(months));
        button->setToolTip(tr("Show the last %n month(s)", nullptr, months));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(months == m_months);
        group->addButton(button, months);
        m_buttons << button;
    }
    connect(group, &QButtonGroup::idClicked, this, &HealthTrendChart::setRangeMonths);
    axisRect()->setMinimumMargins(QMargins(0, m_buttons.constFirst()->sizeHint().height() + 4, 0, 0));
}

void HealthTrendChart::setHistory(QList<Point> points, const HealthBandLimits& limits, QDate today)
{
    std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.week < b.week; });
    m_points = points;
    m_today = today;
    QVector<double> keys;
    QVector<double> values;
    bool any = false;
    for (const Point& p : std::as_const(points)) {
        keys << dayKey(p.week);
        values << (p.score ? *p.score : std::nan("")); // NaN: a gap in the line
        any = any || p.score.has_value();
    }
    m_graph->setData(keys, values, true);
    shadeHealthBands(yAxis, limits);
    showMessage(any ? QString() : tr("No health scores yet"));
    for (QToolButton* b : std::as_const(m_buttons))
        b->setVisible(any);
    applyRange();
    replot();
}

void HealthTrendChart::setRangeMonths(int months)
{
    if (std::find(std::begin(kRanges), std::end(kRanges), months) == std::end(kRanges))
        return;
    if (QToolButton* b = rangeButton(months))
        b->setChecked(true);
    if (months == m_months)
        return;
    m_months = months;
    applyRange();
    replot();
    emit rangeMonthsChanged(months);
}

QToolButton* HealthTrendChart::rangeButton(int months) const
{
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (kRanges[i] == months)
            return m_buttons.at(i);
    }
    return nullptr;
}

void HealthTrendChart::applyRange()
{
    const QDate end = m_today.isValid() ? m_today : QDate::currentDate();
    xAxis->setRange(dayKey(end.addMonths(-m_months)) - 2, dayKey(end) + 2);
}

QString HealthTrendChart::toolTipAt(const QPointF& pos) const
{
    if (m_points.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return CsmPlot::toolTipAt(pos);
    const double key = xAxis->pixelToCoord(pos.x());
    const Point* nearest = nullptr;
    for (const Point& p : m_points) {
        if (!nearest || std::abs(dayKey(p.week) - key) < std::abs(dayKey(nearest->week) - key))
            nearest = &p;
    }
    if (std::abs(dayKey(nearest->week) - key) > 3.5) // half a week: between snapshots there is nothing
        return {};
    if (!nearest->score)
        return tr("%1: no data").arg(dateText(nearest->week));
    return tr("%1: %2 (%3)")
        .arg(dateText(nearest->week), QLocale().toString(*nearest->score, 'f', 1),
             ChartNames::band(nearest->band));
}

void HealthTrendChart::resizeEvent(QResizeEvent* event)
{
    CsmPlot::resizeEvent(event);
    placeButtons();
}

void HealthTrendChart::placeButtons()
{
    int right = width() - 4;
    for (auto it = m_buttons.crbegin(); it != m_buttons.crend(); ++it) {
        const QSize hint = (*it)->sizeHint();
        (*it)->setGeometry(right - hint.width(), 2, hint.width(), hint.height());
        right -= hint.width() + 2;
    }
}

} // namespace csm
