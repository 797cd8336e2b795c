#include "ui/charts/ArrHealthScatter.h"

#include "SegmentNames_p.h"

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

constexpr double kHitRadius = 6; // pixels

} // namespace

ArrHealthScatter::ArrHealthScatter(QWidget* parent) : CsmPlot(parent)
{
    for (const TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech}) {
        QCPGraph* g = addGraph();
        useDots(g, ChartPalette::segment(m), 5);
        g->setAdaptiveSampling(true);
        m_series[std::size_t(m)].graph = g;
    }
    xAxis->setRange(0, 100);
    setMoneyLogAxis(yAxis, QStringLiteral("JPY"));
    for (const HealthBand band : {HealthBand::Red, HealthBand::Green}) {
        auto* line = new QCPItemStraightLine(this);
        line->setLayer(shadingLayer());
        line->setPen(QPen(ChartPalette::band(band), 1, Qt::DashLine));
        m_limitLines << line;
    }
}

void ArrHealthScatter::setAccounts(const QList<Account>& accounts, const QString& currency,
                                   const HealthBandLimits& limits, int unscored)
{
    m_accounts.clear();
    m_accounts.reserve(accounts.size());
    for (const Account& a : accounts) {
        if (a.arr > 0)
            m_accounts << a;
    }
    m_currency = currency;
    setMoneyLogAxis(yAxis, currency);

    double low = 0, high = 0;
    for (Series& s : m_series)
        s.accounts.clear();
    for (int i = 0; i < int(m_accounts.size()); ++i)
        m_series[std::size_t(m_accounts.at(i).segment)].accounts << i;
    for (std::size_t m = 0; m < m_series.size(); ++m) {
        Series& s = m_series[m];
        // Sorted by score here so that data index i is s.accounts[i] (QCustomPlot would sort otherwise).
        std::sort(s.accounts.begin(), s.accounts.end(),
                  [this](int a, int b) { return m_accounts.at(a).score < m_accounts.at(b).score; });
        QVector<double> keys, values;
        keys.reserve(s.accounts.size());
        values.reserve(s.accounts.size());
        for (const int i : std::as_const(s.accounts)) {
            const Account& a = m_accounts.at(i);
            const double arr = Money(a.arr, currency).toMajor();
            keys << a.score;
            values << arr;
            low = low > 0 ? std::min(low, arr) : arr;
            high = std::max(high, arr);
        }
        s.graph->setData(keys, values, true);
        s.graph->setName(
            tr("%1 (%2)").arg(ChartNames::segment(Segment(int(m))), QLocale().toString(s.accounts.size())));
    }

    const double edges[] = {limits.yellowMin, limits.greenMin};
    for (int i = 0; i < 2; ++i) {
        m_limitLines.at(i)->point1->setCoords(edges[i], 1);
        m_limitLines.at(i)->point2->setCoords(edges[i], 2);
    }
    yAxis->setRange(low > 0 ? low / 1.6 : 1, high > 0 ? high * 1.6 : 10);
    yAxis->setLabel(tr("ARR (log scale)"));
    xAxis->setLabel(unscored > 0
                        ? tr("Health score (%n account(s) without a score not shown)", nullptr, unscored)
                        : tr("Health score"));
    setLegendShown(true);
    showMessage(m_accounts.isEmpty() ? tr("No accounts with ARR and a health score") : QString());
    replot();
}

std::optional<int> ArrHealthScatter::accountAt(const QPointF& pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return std::nullopt;
    const double from = xAxis->pixelToCoord(pos.x() - kHitRadius);
    const double to = xAxis->pixelToCoord(pos.x() + kHitRadius);
    std::optional<int> best;
    double bestDistance = kHitRadius;
    // Later series are drawn on top, so they win ties.
    for (const Series& s : m_series) {
        const QCPGraphDataContainer& points = *s.graph->data();
        for (auto it = points.findBegin(from, false); it != points.constEnd() && it->key <= to; ++it) {
            const double d =
                std::hypot(xAxis->coordToPixel(it->key) - pos.x(), yAxis->coordToPixel(it->value) - pos.y());
            if (d <= bestDistance) {
                bestDistance = d;
                best = s.accounts.at(int(it - points.constBegin()));
            }
        }
    }
    return best;
}

QString ArrHealthScatter::toolTipAt(const QPointF& pos) const
{
    const std::optional<int> i = accountAt(pos);
    if (!i)
        return CsmPlot::toolTipAt(pos);
    const Account& a = m_accounts.at(*i);
    return a.name + QLatin1Char('\n') +
           tr("ARR %1 · health %2").arg(moneyText(a.arr, m_currency), QLocale().toString(a.score, 'f', 1));
}

void ArrHealthScatter::clickAt(const QPointF& pos)
{
    if (const std::optional<int> i = accountAt(pos))
        emit accountClicked(m_accounts.at(*i).id);
}

} // namespace csm
