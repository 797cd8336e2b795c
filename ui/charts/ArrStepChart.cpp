#include "ui/charts/ArrStepChart.h"

#include "item/DisplayFormat.h"

#include <algorithm>

namespace csm {

namespace {

// Tick labels in the book's currency ("¥12,000,000").
class MoneyTicker : public QCPAxisTicker
{
public:
    QString currency = QStringLiteral("JPY");

protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return Money::fromMajor(tick, currency)
            .format(QLocale()); // the app locale, not the axis number format
    }
};

double toKey(QDate d)
{
    return QCPAxisTickerDateTime::dateTimeToKey(d);
}

} // namespace

ArrStepChart::ArrStepChart(QWidget* parent) : CsmPlot(parent)
{
    m_graph = addGraph();
    m_graph->setLineStyle(QCPGraph::lsStepLeft);
    QPen pen(seriesColor(0));
    pen.setWidthF(2);
    m_graph->setPen(pen);
    QColor fill = seriesColor(0);
    fill.setAlpha(40);
    m_graph->setBrush(fill);
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColor(0), Qt::white, 6));

    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QLocale().language() == QLocale::Japanese ? QStringLiteral("yyyy/MM")
                                                                       : QStringLiteral("MMM yyyy"));
    dates->setTickCount(6);
    xAxis->setTicker(dates);
    yAxis->setTicker(QSharedPointer<MoneyTicker>::create());
    yAxis->setLabel(tr("ARR"));
}

void ArrStepChart::setSteps(QList<Step> steps, const QString& currency, QDate until)
{
    std::sort(steps.begin(), steps.end(),
              [](const Step& a, const Step& b) { return a.effectiveOn < b.effectiveOn; });
    m_stepCount = int(steps.size());

    if (auto ticker = yAxis->ticker().dynamicCast<MoneyTicker>())
        ticker->currency = currency;

    QVector<double> keys;
    QVector<double> values;
    double maxValue = 0;
    for (const Step& s : std::as_const(steps)) {
        keys << toKey(s.effectiveOn);
        values << Money(s.arrAfter, currency).toMajor();
        maxValue = std::max(maxValue, values.constLast());
    }
    if (!steps.isEmpty() && until.isValid() && until > steps.constLast().effectiveOn) {
        keys << toKey(until);
        values << values.constLast();
    }
    m_graph->setData(keys, values, true);

    // Without data the axes would only show made-up ticks (¥1, ¥1, ¥0): the message stands alone.
    xAxis->setVisible(!keys.isEmpty());
    yAxis->setVisible(!keys.isEmpty());
    if (keys.isEmpty()) {
        showMessage(tr("No ARR history yet"));
        xAxis->setRange(toKey(until.addYears(-1)), toKey(until));
        yAxis->setRange(0, 1);
    } else {
        showMessage({});
        const double span = std::max(keys.constLast() - keys.constFirst(), 30.0 * 86400);
        xAxis->setRange(keys.constFirst() - span * 0.03, keys.constLast() + span * 0.03);
        yAxis->setRange(0, maxValue > 0 ? maxValue * 1.15 : 1);
    }
    replot();
}

} // namespace csm
