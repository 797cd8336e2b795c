// The health charts (issue 12 and the portfolio's trend, issue 16): what they draw is what they were given,
// a week without a score is a gap, hover names the point, and an empty chart says so.

#include "ChartTest.h"
#include "ui/charts/BacktestChart.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"
#include "ui/charts/UsageSparkline.h"

#include <QSignalSpy>
#include <QToolButton>

#include <cmath>

using namespace csm;
using namespace charttest;

namespace {

const QDate kToday(2025, 6, 30);

double day(QDate d)
{
    return double(d.toJulianDay());
}

// 26 Mondays from 6 Jan 2025; weeks 5 and 6 without a score, the others 50 + week.
QList<HealthTrendChart::Point> weeklyScores()
{
    QList<HealthTrendChart::Point> points;
    for (int w = 0; w < 26; ++w) {
        const QDate monday = QDate(2025, 1, 6).addDays(7 * w);
        if (w == 5 || w == 6)
            points.append({monday, std::nullopt});
        else
            points.append({monday, 50.0 + w, 50.0 + w >= 70 ? HealthBand::Green : HealthBand::Yellow});
    }
    return points;
}

} // namespace

class TestChartHealth : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void trendDrawsEachWeekWithGapsWhereThereIsNoScore()
    {
        HealthTrendChart chart;
        QList<HealthTrendChart::Point> points = weeklyScores();
        std::reverse(points.begin(), points.end()); // any order
        chart.setHistory(points, {}, kToday);
        const QCPGraphDataContainer& data = *chart.scoreGraph()->data();
        QCOMPARE(data.size(), 26);
        for (int w = 0; w < 26; ++w) {
            QCOMPARE(data.at(w)->key, day(QDate(2025, 1, 6).addDays(7 * w)));
            if (w == 5 || w == 6)
                QVERIFY(std::isnan(data.at(w)->value)); // a gap, not a zero
            else
                QCOMPARE(data.at(w)->value, 50.0 + w);
        }
        QCOMPARE(chart.message(), QString());
    }

    void trendShadesTheBandsAtTheGivenLimits()
    {
        HealthTrendChart chart;
        chart.setHistory(weeklyScores(), {35, 75}, kToday);
        QList<std::pair<double, double>> spans;
        for (int i = 0; i < chart.itemCount(); ++i) {
            if (auto* rect = qobject_cast<QCPItemRect*>(chart.item(i)))
                spans.append({rect->bottomRight->coords().y(), rect->topLeft->coords().y()});
        }
        std::sort(spans.begin(), spans.end());
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).second, 35.0); // red up to 35
        QCOMPARE(spans.at(1), std::make_pair(35.0, 75.0));
        QCOMPARE(spans.at(2).first, 75.0);
        // The bands are named beside the plot, not told by colour alone.
        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(tickLabels(chart.yAxis2),
                 (QStringList{QStringLiteral("Red"), QStringLiteral("Yellow"), QStringLiteral("Green")}));
        QCOMPARE(chart.yAxis2->tickVector(), (QVector<double>{17.5, 55, 87.5}));
    }

    void trendHoverNamesTheWeekTheScoreAndTheBand()
    {
        HealthTrendChart chart;
        chart.setHistory(weeklyScores(), {}, kToday);
        QVERIFY(showAt(chart, {600, 350}));
        const QDate week10 = QDate(2025, 3, 17);
        QCOMPARE(hover(chart, pixel(chart, day(week10), 60)), QStringLiteral("3/17/2025: 60.0 (Yellow)"));
        QCOMPARE(hover(chart, pixel(chart, day(week10) + 2, 20)), QStringLiteral("3/17/2025: 60.0 (Yellow)"));
        QCOMPARE(hover(chart, pixel(chart, day(QDate(2025, 2, 10)), 50)),
                 QStringLiteral("2/10/2025: no data"));
        QCOMPARE(hover(chart, pixel(chart, day(QDate(2025, 6, 23)), 50)),
                 QStringLiteral("6/23/2025: 74.0 (Green)"));
    }

    void trendRangeButtonsShowThreeSixOrTwelveMonths()
    {
        HealthTrendChart chart;
        chart.setHistory(weeklyScores(), {}, kToday);
        QVERIFY(showAt(chart, {600, 350}));
        QSignalSpy changed(&chart, &HealthTrendChart::rangeMonthsChanged);
        QCOMPARE(chart.rangeMonths(), 6);
        QTest::mouseClick(chart.rangeButton(3), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 3);
        QCOMPARE(chart.xAxis->range().lower, day(QDate(2025, 3, 30)) - 2);
        QCOMPARE(chart.xAxis->range().upper, day(kToday) + 2);
        chart.setRangeMonths(12);
        QCOMPARE(chart.xAxis->range().lower, day(QDate(2024, 6, 30)) - 2);
        QVERIFY(chart.rangeButton(12)->isChecked());
        chart.setRangeMonths(5); // not a range the tab offers
        QCOMPARE(chart.rangeMonths(), 12);
    }

    void trendWithoutAnyScoreSaysSo()
    {
        HealthTrendChart chart;
        chart.setHistory({{QDate(2025, 6, 2), std::nullopt}}, {}, kToday);
        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(chart.message(), QStringLiteral("No health scores yet"));
        QVERIFY(!chart.rangeButton(6)->isVisible());
        QCOMPARE(hover(chart, pixel(chart, day(QDate(2025, 6, 2)), 50)), QString());
    }

    void sparklineSplitsTheTwoWindowsWithTheirMeans()
    {
        UsageSparkline chart;
        UsageSparkline::Usage usage;
        usage.asOf = kToday;
        // Day k of the 60 (k = 0 is 1 May) has k + 1 active users, except every tenth day from k = 3.
        for (int k = 0; k < 60; ++k)
            usage.days.append(
                {kToday.addDays(k - 59), k % 10 == 3 ? std::nullopt : std::optional<double>(k + 1)});
        usage.days.append({kToday.addDays(-60), 999.0}); // outside both windows
        usage.priorMean = 15.4;
        usage.recentMean = 45.5;
        chart.setUsage(usage);
        const QCPGraphDataContainer& prior = *chart.priorGraph()->data();
        const QCPGraphDataContainer& recent = *chart.recentGraph()->data();
        QCOMPARE(prior.size(), 30);
        QCOMPARE(recent.size(), 30);
        QCOMPARE(prior.at(0)->key, day(QDate(2025, 5, 2)));   // d - 59
        QCOMPARE(prior.at(29)->key, day(QDate(2025, 5, 31))); // d - 30
        QCOMPARE(recent.at(0)->key, day(QDate(2025, 6, 1)));  // d - 29
        QCOMPARE(recent.at(29)->key, day(kToday));
        QCOMPARE(prior.at(0)->value, 1.0);
        QVERIFY(std::isnan(prior.at(3)->value));
        QCOMPARE(recent.at(29)->value, 60.0);
        // The means as dashed lines over their windows, in the legend's names.
        QCOMPARE(chart.graph(2)->data()->at(0)->value, 15.4);
        QCOMPARE(chart.graph(3)->data()->at(1)->value, 45.5);
        QCOMPARE(chart.priorGraph()->name(), QStringLiteral("Prior 30 days: 15.4"));
        QCOMPARE(chart.recentGraph()->name(), QStringLiteral("Last 30 days: 45.5"));
    }

    void sparklineFitsATableRowAndShowsItsLegendOnlyWithRoom()
    {
        UsageSparkline chart;
        UsageSparkline::Usage usage;
        usage.asOf = kToday;
        for (int k = 0; k < 60; ++k)
            usage.days.append({kToday.addDays(k - 59), double(k + 1)});
        usage.priorMean = 15.5;
        usage.recentMean = 45.5;
        chart.setUsage(usage);
        QVERIFY(showAt(chart, {160, 24}));
        QCOMPARE(chart.height(), 24);
        QVERIFY(!chart.legend->visible());
        const QPointF june25(chart.xAxis->coordToPixel(day(QDate(2025, 6, 25))), 12);
        QCOMPARE(hover(chart, june25),
                 QStringLiteral("6/25/2025: 55 active user(s)\nLast 30 days, mean 45.5"));
        QVERIFY(showAt(chart, {300, 90}));
        QVERIFY(chart.legend->visible());
        const QPointF may10(chart.xAxis->coordToPixel(day(QDate(2025, 5, 10))), 60);
        QCOMPARE(hover(chart, may10),
                 QStringLiteral("5/10/2025: 9 active user(s)\nPrior 30 days (60 to 31 days ago), mean 15.5"));
    }

    void sparklineWithoutUsageSaysSo()
    {
        UsageSparkline chart;
        chart.setUsage({kToday, {}, std::nullopt, std::nullopt});
        QCOMPARE(chart.message(), QStringLiteral("No usage data"));
    }

    void backtestDrawsEachOutcomesScoresAndMedians()
    {
        BacktestChart chart;
        BacktestChart::Horizon h90{90, {41, 20, 35.5}, {88, 60, 72, 91}, 35.5, 80};
        BacktestChart::Horizon h60{60, {25}, {}, 25, std::nullopt};
        chart.setHorizons({h90, h60}, {});
        QCOMPARE(chart.stripCount(), 4);
        const auto keys = [&](int strip) {
            QList<double> k;
            for (const QCPGraphData& d : *chart.stripGraph(strip)->data()) {
                k << d.key;
                if (std::abs(d.value - strip) > 0.25) // within its row
                    return QList<double>{};
            }
            return k;
        };
        QCOMPARE(keys(0), (QList<double>{20, 35.5, 41}));
        QCOMPARE(keys(1), (QList<double>{60, 72, 88, 91}));
        QCOMPARE(keys(2), (QList<double>{25}));
        QCOMPARE(keys(3), QList<double>{});
        QList<std::pair<double, double>> medians;
        for (const QCPGraphData& d : *chart.medianGraph()->data())
            medians.append({d.key, d.value});
        QCOMPARE(medians, (QList<std::pair<double, double>>{{25, 2}, {35.5, 0}, {80, 1}}));

        QVERIFY(showAt(chart, {600, 300}));
        QCOMPARE(tickLabels(chart.yAxis),
                 (QStringList{QStringLiteral("Churned (90 d)"), QStringLiteral("Renewed (90 d)"),
                              QStringLiteral("Churned (60 d)"), QStringLiteral("Renewed (60 d)")}));
        const QCPGraphData point41 = *chart.stripGraph(0)->data()->findBegin(41, false);
        QCOMPARE(hover(chart, pixel(chart, point41.key, point41.value)),
                 QStringLiteral("Churned, 90 day(s) before: 41.0"));
        QCOMPARE(hover(chart, pixel(chart, 97, 0)),
                 QStringLiteral("Churned, 90 day(s) before: 3 renewal(s), median 35.5"));
        QCOMPARE(hover(chart, pixel(chart, 97, 3)),
                 QStringLiteral("Renewed, 60 day(s) before: 0 renewal(s), median none"));
    }

    void backtestWithoutScoresSaysThereIsNotEnoughHistory()
    {
        BacktestChart chart;
        chart.setHorizons({{90, {}, {}, std::nullopt, std::nullopt}}, {});
        QCOMPARE(chart.message(), QStringLiteral("Not enough decided renewals for a back-test yet"));
    }

    void segmentTrendDrawsALinePerSegmentWithGaps()
    {
        SegmentHealthTrendChart chart;
        const QDate jan(2025, 1, 15), feb(2025, 2, 15), mar(2025, 3, 15);
        chart.setTrends({{Segment::High, {{mar, 65.0, 12}, {jan, 70.0, 10}, {feb, std::nullopt, 0}}},
                         {Segment::Tech, {{jan, 50.0, 30}, {feb, 52.0, 40}, {mar, 54.0, 41}}}},
                        {});
        const QCPGraphDataContainer& high = *chart.trendGraph(0)->data();
        QCOMPARE(high.size(), 3);
        QCOMPARE(high.at(0)->key, day(QDate(2025, 1, 1)));
        QCOMPARE(high.at(0)->value, 70.0);
        QVERIFY(std::isnan(high.at(1)->value));
        QCOMPARE(high.at(2)->value, 65.0);
        QCOMPARE(chart.trendGraph(1)->data()->at(1)->value, 52.0);
        QCOMPARE(chart.trendGraph(0)->name(), QStringLiteral("High touch"));
        QCOMPARE(chart.trendGraph(0)->pen().color(), ChartPalette::segment(Segment::High));
        QCOMPARE(chart.trendGraph(1)->pen().color(), ChartPalette::segment(Segment::Tech));

        QVERIFY(showAt(chart, {600, 350}));
        QVERIFY(chart.legend->visible());
        QCOMPARE(hover(chart, pixel(chart, day(QDate(2025, 2, 1)), 50)),
                 QStringLiteral("Feb 2025\nHigh touch: no data\nTech touch: 52.0 (40 account(s))"));
    }

    void segmentTrendWithoutHistorySaysSo()
    {
        SegmentHealthTrendChart chart;
        chart.setTrends({{Segment::Low, {{QDate(2025, 1, 1), std::nullopt, 0}}}}, {});
        QCOMPARE(chart.message(), QStringLiteral("No health history yet"));
    }
};

QTEST_MAIN(TestChartHealth)
#include "tst_charthealth.moc"
