#include "ui/charts/RetentionTrendChart.h"

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

QCPGraph* ratioLine(QCustomPlot* plot, const QColor& color, const QString& name)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 7));
    return g;
}

QCPGraph* targetLine(QCustomPlot* plot, const QColor& color, const QString& name)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 1.5, Qt::DashLine));
    return g;
}

} // namespace

RetentionTrendChart::RetentionTrendChart(QWidget* parent) : CsmPlot(parent)
{
    const QColor grr = ChartPalette::series(0);
    const QColor nrr = ChartPalette::series(1);
    m_grrTargetLine = targetLine(this, grr, tr("GRR target"));
    m_nrrTargetLine = targetLine(this, nrr, tr("NRR target"));
    m_grr = ratioLine(this, grr, tr("GRR"));
    m_nrr = ratioLine(this, nrr, tr("NRR"));
    m_grrTargetLine->removeFromLegend(); // drawn below the lines, listed after them when set
    m_nrrTargetLine->removeFromLegend();
    setPercentAxis(yAxis);
    yAxis->setLabel(tr("Retention"));
    xAxis->setLabel(tr("Quarter"));
    xAxis->grid()->setVisible(false);
}

void RetentionTrendChart::setQuarters(const QList<Quarter>& quarters, std::optional<double> grrTarget,
                                      std::optional<double> nrrTarget)
{
    m_quarters = quarters;
    m_grrTarget = grrTarget;
    m_nrrTarget = nrrTarget;
    QVector<double> keys, grr, nrr;
    QStringList labels;
    double low = 1, high = 1;
    bool any = false;
    const auto include = [&](std::optional<double> v) {
        if (v) {
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    };
    for (int i = 0; i < int(quarters.size()); ++i) {
        const Quarter& q = quarters.at(i);
        keys << i;
        grr << q.grr.value_or(std::nan("")); // NaN: a gap
        nrr << q.nrr.value_or(std::nan(""));
        labels << q.label;
        include(q.grr);
        include(q.nrr);
        any = any || q.grr || q.nrr;
    }
    include(grrTarget);
    include(nrrTarget);
    m_grr->setData(keys, grr, true);
    m_nrr->setData(keys, nrr, true);
    const double last = std::max<qsizetype>(1, quarters.size()) - 0.5;
    const auto target = [last](QCPGraph* g, std::optional<double> t) {
        g->setData(t ? QVector<double>{-0.5, last} : QVector<double>{},
                   t ? QVector<double>{*t, *t} : QVector<double>{}, true);
        if (t)
            g->addToLegend();
        else
            g->removeFromLegend();
    };
    target(m_grrTargetLine, grrTarget);
    target(m_nrrTargetLine, nrrTarget);

    for (QCPItemText* l : std::as_const(m_labels))
        removeItem(l);
    m_labels.clear();
    const auto label = [this](double key, std::optional<double> value, const QColor& color, bool above) {
        if (!value)
            return;
        auto* text = new QCPItemText(this);
        text->setText(percentText(*value));
        text->setFont(font());
        text->setColor(color.darker(120));
        text->setBrush(palette().brush(QPalette::Base)); // over the target lines, not struck through
        text->position->setCoords(key, *value);          // moved off the point in fitToSize
        text->setProperty("above", above);
        text->setPositionAlignment(Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop));
        text->setPadding(QMargins(2, 0, 2, 0));
        m_labels << text;
    };
    for (int i = 0; i < int(quarters.size()); ++i) {
        // NRR is never below GRR (it adds expansion), so its value goes above the point and GRR's below.
        label(i, quarters.at(i).nrr, ChartPalette::series(1), true);
        label(i, quarters.at(i).grr, ChartPalette::series(0), false);
    }

    setCategoryAxis(xAxis, labels);
    // Room above and below for the values written at the points, on 5 % steps.
    const double pad = std::max(0.04, (high - low) * 0.18);
    yAxis->setRange(std::floor((low - pad) * 20) / 20, std::ceil((high + pad) * 20) / 20);
    setLegendShown(true);
    showMessage(any ? QString() : tr("No retention figures for these quarters"));
    replot();
}

bool RetentionTrendChart::pointLabelsShown() const
{
    return !m_labels.isEmpty() && m_labels.constFirst()->visible();
}

void RetentionTrendChart::fitToSize(QSize size)
{
    if (m_quarters.isEmpty())
        return;
    const double perQuarter = plotAreaFor(size).width() / m_quarters.size();
    const double widest = QFontMetricsF(font()).horizontalAdvance(percentText(1.055)) + 8;
    // 6 pixels above or below the point, in axis units for this size.
    const double offset = 6 * yAxis->range().size() / std::max(1.0, plotAreaFor(size).height());
    for (int i = 0; i < int(m_labels.size()); ++i) {
        QCPItemText* l = m_labels.at(i);
        l->setVisible(perQuarter >= widest);
        const bool above = l->property("above").toBool();
        const int quarter = qRound(l->position->key());
        const std::optional<double> value = above ? m_quarters.at(quarter).nrr : m_quarters.at(quarter).grr;
        l->position->setCoords(quarter, *value + (above ? offset : -offset));
    }
}

QString RetentionTrendChart::toolTipAt(const QPointF& pos) const
{
    if (m_quarters.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return CsmPlot::toolTipAt(pos);
    const int i = qRound(xAxis->pixelToCoord(pos.x()));
    if (i < 0 || i >= m_quarters.size())
        return {};
    const Quarter& q = m_quarters.at(i);
    const auto value = [](std::optional<double> v) { return v ? percentText(*v) : tr("undefined"); };
    QString text = q.name + QLatin1Char('\n') + tr("GRR %1 · NRR %2").arg(value(q.grr), value(q.nrr));
    if (m_grrTarget || m_nrrTarget)
        text += QLatin1Char('\n') + tr("Targets: GRR %1 · NRR %2")
                                        .arg(m_grrTarget ? percentText(*m_grrTarget) : tr("none"),
                                             m_nrrTarget ? percentText(*m_nrrTarget) : tr("none"));
    return text;
}

} // namespace csm
