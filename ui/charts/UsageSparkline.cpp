#include "ui/charts/UsageSparkline.h"

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

// The legend needs about this much height; below it the means are in the tooltip only.
constexpr int kLegendMinHeight = 70;

QCPGraph* line(QCustomPlot* plot, const QColor& color, Qt::PenStyle style, double width)
{
    QCPGraph* g = plot->addGraph();
    QPen pen(color, width, style);
    g->setPen(pen);
    return g;
}

} // namespace

UsageSparkline::UsageSparkline(QWidget* parent) : CsmPlot(parent)
{
    setMinimumHeight(20);
    const QColor prior = ChartPalette::tint(ChartPalette::series(0), 0.45);
    const QColor recent = ChartPalette::series(0);
    m_prior = line(this, prior, Qt::SolidLine, 1.5);
    m_recent = line(this, recent, Qt::SolidLine, 1.5);
    m_priorMean = line(this, prior.darker(115), Qt::DashLine, 1);
    m_recentMean = line(this, recent, Qt::DashLine, 1);
    m_priorMean->removeFromLegend();
    m_recentMean->removeFromLegend();
    for (QCPAxis* axis : axisRect()->axes())
        axis->setVisible(false);
    axisRect()->setAutoMargins(QCP::msNone);
    axisRect()->setMargins(QMargins(2, 3, 2, 2));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    legend->setIconSize(14, 8);
    legend->setColumnSpacing(10);
}

void UsageSparkline::setUsage(const Usage& usage)
{
    m_usage = usage;
    QList<Day> days = usage.days;
    std::sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.day < b.day; });
    const QDate first = usage.asOf.addDays(-59);
    QVector<double> priorKeys, priorValues, recentKeys, recentValues;
    double highest = 0;
    for (const Day& d : std::as_const(days)) {
        if (d.day < first || d.day > usage.asOf)
            continue;
        const double v = d.activeUsers ? *d.activeUsers : std::nan("");
        if (d.activeUsers)
            highest = std::max(highest, v);
        (isRecent(d.day) ? recentKeys : priorKeys) << dayKey(d.day);
        (isRecent(d.day) ? recentValues : priorValues) << v;
    }
    m_prior->setData(priorKeys, priorValues, true);
    m_recent->setData(recentKeys, recentValues, true);

    const double split = dayKey(usage.asOf.addDays(-29)) - 0.5;
    const auto meanLine = [](QCPGraph* g, std::optional<double> mean, double from, double to) {
        g->setData(mean ? QVector<double>{from, to} : QVector<double>{},
                   mean ? QVector<double>{*mean, *mean} : QVector<double>{}, true);
    };
    meanLine(m_priorMean, usage.priorMean, dayKey(first) - 0.5, split);
    meanLine(m_recentMean, usage.recentMean, split, dayKey(usage.asOf) + 0.5);
    const QLocale locale;
    const auto meanText = [&locale](std::optional<double> mean) {
        return mean ? locale.toString(*mean, 'f', 1) : tr("none");
    };
    m_prior->setName(tr("Prior 30 days: %1").arg(meanText(usage.priorMean)));
    m_recent->setName(tr("Last 30 days: %1").arg(meanText(usage.recentMean)));

    xAxis->setRange(dayKey(first) - 0.5, dayKey(usage.asOf) + 0.5);
    highest = std::max({highest, usage.priorMean.value_or(0), usage.recentMean.value_or(0)});
    yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    showMessage(priorKeys.isEmpty() && recentKeys.isEmpty() ? tr("No usage data") : QString());
    replot();
}

void UsageSparkline::fitToSize(QSize size)
{
    setLegendShown(size.height() >= kLegendMinHeight);
}

QString UsageSparkline::toolTipAt(const QPointF& pos) const
{
    if (!m_usage.asOf.isValid() || !axisRect()->rect().adjusted(-2, -3, 2, 2).contains(pos.toPoint()))
        return {};
    const QDate day = keyDay(std::round(xAxis->pixelToCoord(pos.x())));
    if (day < m_usage.asOf.addDays(-59) || day > m_usage.asOf)
        return {};
    std::optional<double> value;
    for (const Day& d : m_usage.days) {
        if (d.day == day)
            value = d.activeUsers;
    }
    const QLocale locale;
    const QString head =
        value ? tr("%1: %n active user(s)", nullptr, int(std::lround(*value))).arg(dateText(day))
              : tr("%1: no data").arg(dateText(day));
    const std::optional<double> mean = isRecent(day) ? m_usage.recentMean : m_usage.priorMean;
    const QString meanText = mean ? locale.toString(*mean, 'f', 1) : tr("none");
    return head + QLatin1Char('\n') +
           (isRecent(day) ? tr("Last 30 days, mean %1") : tr("Prior 30 days (60 to 31 days ago), mean %1"))
               .arg(meanText);
}

} // namespace csm
