#include "ui/charts/OnboardingFunnelChart.h"

#include <algorithm>

namespace csm {

OnboardingFunnelChart::OnboardingFunnelChart(QWidget* parent) : CsmPlot(parent)
{
    yAxis->setRangeReversed(true);
    setCountAxis(xAxis);
    xAxis->setLabel(tr("Accounts that reached the milestone"));
    const auto bars = [this](const QColor& color, const QString& name) {
        auto* b = new QCPBars(yAxis, xAxis);
        b->setName(name);
        b->setWidth(0.62);
        b->setBrush(color);
        b->setPen(Qt::NoPen);
        return b;
    };
    m_bars = bars(ChartPalette::series(0), tr("Milestone"));
    m_firstValueBars = bars(ChartPalette::series(1), tr("First value milestone"));
}

void OnboardingFunnelChart::setFunnel(const QList<Step>& steps, int accounts)
{
    m_steps = steps;
    m_accounts = accounts;
    m_bars->data()->clear();
    m_firstValueBars->data()->clear();
    for (QCPItemText* l : std::as_const(m_labels))
        removeItem(l);
    m_labels.clear();
    QStringList titles;
    int highest = std::max(accounts, 1);
    for (int i = 0; i < int(steps.size()); ++i) {
        const Step& s = steps.at(i);
        titles << s.title;
        (s.firstValue ? m_firstValueBars : m_bars)->addData(i, s.reached);
        highest = std::max(highest, s.reached);
        auto* label = new QCPItemText(this);
        label->setText(barLabel(i));
        label->setFont(font());
        label->setColor(palette().color(QPalette::Text));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->position->setCoords(s.reached, i);
        label->setPadding(QMargins(4, 0, 0, 0));
        m_labels << label;
    }
    setCategoryAxis(yAxis, titles);
    // Room to the right of the longest bar for its label.
    xAxis->setRange(0, highest * 1.28);
    setLegendShown(std::any_of(steps.cbegin(), steps.cend(), [](const Step& s) { return s.firstValue; }));
    showMessage(steps.isEmpty() || accounts == 0 ? tr("No account has a roadmap from this template yet")
                                                 : QString());
    replot();
}

QString OnboardingFunnelChart::barLabel(int step) const
{
    if (step < 0 || step >= m_steps.size())
        return {};
    const int reached = m_steps.at(step).reached;
    return m_accounts > 0
               ? tr("%1 (%2)").arg(QLocale().toString(reached), percentText(double(reached) / m_accounts, 0))
               : QLocale().toString(reached);
}

int OnboardingFunnelChart::stepAt(const QPointF& pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double coord = yAxis->pixelToCoord(pos.y());
    const int step = qRound(coord);
    if (step < 0 || step >= m_steps.size() || std::abs(coord - step) > 0.4)
        return -1;
    return step;
}

QString OnboardingFunnelChart::toolTipAt(const QPointF& pos) const
{
    const int step = stepAt(pos);
    if (step < 0)
        return CsmPlot::toolTipAt(pos);
    const Step& s = m_steps.at(step);
    QString text = s.title + QLatin1Char('\n') +
                   tr("%1 of %n account(s) reached it", nullptr, m_accounts).arg(barLabel(step));
    if (s.firstValue)
        text += QLatin1Char('\n') + tr("First value milestone");
    return text;
}

void OnboardingFunnelChart::clickAt(const QPointF& pos)
{
    if (const int step = stepAt(pos); step >= 0)
        emit stepClicked(m_steps.at(step).milestoneId, m_steps.at(step).accounts);
}

} // namespace csm
