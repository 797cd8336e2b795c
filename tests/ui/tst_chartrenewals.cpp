// The renewal charts (issues 14 and 16): the stacked ARR forecast and the renewals by segment hand on
// exactly the ids given for the part clicked; the retention trend shows GRR and NRR with gaps and targets.

#include "ChartTest.h"
#include "ui/charts/RenewalForecastChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/RetentionTrendChart.h"

#include <QSignalSpy>

#include <cmath>

using namespace csm;
using namespace charttest;

namespace {

const QString kJpy = QStringLiteral("JPY");

// July 2025 to June 2026; September: commit ¥3,000,000 (a, b) and at risk ¥1,500,000 (c); December: not
// forecast yet ¥2,000,000 (d).
QList<RenewalForecastChart::Month> forecastMonths()
{
    QList<RenewalForecastChart::Month> months;
    for (int m = 0; m < 12; ++m) {
        RenewalForecastChart::Month month;
        month.month = QDate(2025, 7, 15).addMonths(m);
        months << month;
    }
    using F = RenewalForecastChart;
    months[2].parts[std::size_t(F::slot(RenewalForecast::Commit))] = {3'000'000, 2, {id("a"), id("b")}};
    months[2].parts[std::size_t(F::slot(RenewalForecast::AtRisk))] = {1'500'000, 1, {id("c")}};
    months[5].parts[std::size_t(F::slot(std::nullopt))] = {2'000'000, 1, {id("d")}};
    return months;
}

} // namespace

class TestChartRenewals : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void forecastStacksTheArrOfEachCategoryPerMonth()
    {
        RenewalForecastChart chart;
        chart.setMonths(forecastMonths(), kJpy);
        QCOMPARE(chart.categoryCount(), 12);
        QCOMPARE(chart.seriesCount(), 5);
        const int commit = RenewalForecastChart::slot(RenewalForecast::Commit);
        const int atRisk = RenewalForecastChart::slot(RenewalForecast::AtRisk);
        const int none = RenewalForecastChart::slot(std::nullopt);
        QCOMPARE(barValue(chart.seriesBars(commit), 2), 3'000'000.0);
        QCOMPARE(barValue(chart.seriesBars(atRisk), 2), 1'500'000.0);
        QCOMPARE(barValue(chart.seriesBars(none), 5), 2'000'000.0);
        QCOMPARE(barValue(chart.seriesBars(commit), 5), 0.0);
        QCOMPARE(chart.seriesBars(atRisk)->barBelow(),
                 chart.seriesBars(RenewalForecastChart::slot(RenewalForecast::Likely)));
        QCOMPARE(chart.seriesBars(commit)->name(), QStringLiteral("Commit"));
        QCOMPARE(chart.seriesBars(none)->name(), QStringLiteral("Not forecast yet"));
        for (int s = 0; s < 5; ++s) {
            QCOMPARE(chart.seriesBars(s)->brush().color(),
                     ChartPalette::forecast(RenewalForecastChart::forecastOf(s)));
            QCOMPARE(chart.seriesBars(s)->brush().color().alpha(), 255); // opaque: 2 ms, not 22 ms
        }
        QVERIFY(showAt(chart, {800, 400}));
        QCOMPARE(tickLabels(chart.xAxis).constFirst(), QStringLiteral("Jul 2025"));
        QVERIFY(chart.legend->visible());
    }

    void forecastHoverNamesMonthCategoryArrAndCount()
    {
        RenewalForecastChart chart;
        chart.setMonths(forecastMonths(), kJpy);
        QVERIFY(showAt(chart, {800, 400}));
        const int atRisk = RenewalForecastChart::slot(RenewalForecast::AtRisk);
        QCOMPARE(hover(chart, chart.partCentre(2, atRisk)),
                 QStringLiteral("Sep 2025 · At risk\n¥1,500,000 · 1 renewal(s)"));
        QCOMPARE(hover(chart, pixel(chart, 2, 2'000'000)), // the top of the commit part
                 QStringLiteral("Sep 2025 · Commit\n¥3,000,000 · 2 renewal(s)"));
        QCOMPARE(hover(chart, pixel(chart, 3, 500'000)), QString()); // October has none
    }

    void forecastClickHandsOnTheIdsOfThePartClicked()
    {
        RenewalForecastChart chart;
        chart.setMonths(forecastMonths(), kJpy);
        QVERIFY(showAt(chart, {800, 400}));
        QSignalSpy clicked(&chart, &RenewalForecastChart::renewalsClicked);
        click(chart, chart.partCentre(2, RenewalForecastChart::slot(RenewalForecast::Commit)));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toDate(), QDate(2025, 9, 1));
        QCOMPARE(clicked.at(0).at(1).value<std::optional<RenewalForecast>>(),
                 std::optional(RenewalForecast::Commit));
        QCOMPARE(clicked.at(0).at(2).value<QList<Id>>(), (QList<Id>{id("a"), id("b")}));

        click(chart, chart.partCentre(5, RenewalForecastChart::slot(std::nullopt)));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1).at(0).toDate(), QDate(2025, 12, 1));
        QCOMPARE(clicked.at(1).at(1).value<std::optional<RenewalForecast>>(),
                 std::optional<RenewalForecast>());
        QCOMPARE(clicked.at(1).at(2).value<QList<Id>>(), QList<Id>{id("d")});

        click(chart, pixel(chart, 3, 500'000));                                          // nothing there
        QTest::mousePress(&chart, Qt::LeftButton, {}, chart.partCentre(2, 0).toPoint()); // a drag is no click
        QTest::mouseRelease(&chart, Qt::LeftButton, {}, chart.partCentre(2, 0).toPoint() + QPoint(40, 0));
        QCOMPARE(clicked.size(), 2);
    }

    void forecastWithoutRenewalsSaysSo()
    {
        RenewalForecastChart chart;
        QList<RenewalForecastChart::Month> empty(12);
        chart.setMonths(empty, kJpy);
        QCOMPARE(chart.message(), QStringLiteral("No renewals in the next 12 months"));
    }

    void bySegmentCountsRenewalsAndHandsOnTheAccounts()
    {
        RenewalsBySegmentChart chart;
        QList<RenewalsBySegmentChart::Month> months;
        for (int m = 0; m < 12; ++m) {
            RenewalsBySegmentChart::Month month;
            month.month = QDate(2025, 7, 1).addMonths(m);
            months << month;
        }
        months[0].parts[std::size_t(TouchModel::High)] = {12'000'000, 2, {id("h1"), id("h2")}};
        months[0].parts[std::size_t(TouchModel::Low)] = {3'000'000, 3, {id("l1"), id("l2"), id("l3")}};
        months[4].parts[std::size_t(TouchModel::Tech)] = {
            400'000, 4, {id("t1"), id("t2"), id("t3"), id("t4")}};
        chart.setMonths(months, kJpy);
        QCOMPARE(barValue(chart.seriesBars(0), 0), 2.0);
        QCOMPARE(barValue(chart.seriesBars(1), 0), 3.0);
        QCOMPARE(barValue(chart.seriesBars(2), 4), 4.0);
        QCOMPARE(chart.seriesBars(1)->name(), QStringLiteral("Low touch"));
        QCOMPARE(chart.seriesBars(1)->brush().color(), ChartPalette::segment(TouchModel::Low));

        QVERIFY(showAt(chart, {800, 400}));
        QCOMPARE(hover(chart, chart.partCentre(0, 1)),
                 QStringLiteral("Jul 2025 · Low touch\n3 renewal(s) (60.0% of 5)"));
        QSignalSpy clicked(&chart, &RenewalsBySegmentChart::renewalsClicked);
        click(chart, chart.partCentre(4, 2));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toDate(), QDate(2025, 11, 1));
        QCOMPARE(clicked.at(0).at(1).value<TouchModel>(), TouchModel::Tech);
        QCOMPARE(clicked.at(0).at(2).value<QList<Id>>(), (QList<Id>{id("t1"), id("t2"), id("t3"), id("t4")}));

        chart.setMonths(months, kJpy, StackedBarChart::Measure::Arr);
        QCOMPARE(barValue(chart.seriesBars(0), 0), 12'000'000.0);
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        QVERIFY(ticks.constLast() >= 10'000'000);
        const bool halves =
            std::any_of(ticks.cbegin(), ticks.cend(), [](double t) { return std::fmod(t, 1e6) != 0; });
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QCOMPARE(labels.at(i), QStringLiteral("¥%1M").arg(ticks.at(i) / 1e6, 0, 'f', halves ? 1 : 0));
    }

    void retentionDrawsGrrAndNrrWithGapsAndTargets()
    {
        RetentionTrendChart chart;
        QList<RetentionTrendChart::Quarter> quarters;
        for (int q = 0; q < 8; ++q)
            quarters.append({QStringLiteral("Q%1").arg(q), QStringLiteral("Quarter %1").arg(q),
                             0.9 + q / 100.0, 1.0 + q / 50.0});
        quarters[3].grr.reset();
        quarters[3].nrr.reset();
        quarters[5].nrr.reset();
        chart.setQuarters(quarters, 0.9);
        const QCPGraphDataContainer& grr = *chart.grrGraph()->data();
        const QCPGraphDataContainer& nrr = *chart.nrrGraph()->data();
        QCOMPARE(grr.size(), 8);
        QCOMPARE(grr.at(2)->value, 0.92);
        QVERIFY(std::isnan(grr.at(3)->value));
        QCOMPARE(grr.at(5)->value, 0.95);
        QVERIFY(std::isnan(nrr.at(5)->value));
        QCOMPARE(nrr.at(7)->value, 1.14);
        QCOMPARE(chart.grrTargetGraph()->data()->size(), 2);
        QCOMPARE(chart.grrTargetGraph()->data()->at(0)->value, 0.9);
        QCOMPARE(chart.nrrTargetGraph()->data()->size(), 0); // no NRR target
        QCOMPARE(chart.grrTargetGraph()->name(), QStringLiteral("GRR target"));

        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(tickLabels(chart.xAxis).size(), 8);
        QVERIFY(chart.pointLabelsShown());
        QStringList texts;
        for (int i = 0; i < chart.itemCount(); ++i) {
            if (auto* t = qobject_cast<QCPItemText*>(chart.item(i)); t && t->visible())
                texts << t->text();
        }
        QVERIFY(texts.contains(QStringLiteral("92.0%")));
        QVERIFY(texts.contains(QStringLiteral("114.0%")));
        QCOMPARE(texts.size(), 7 + 6); // values of defined points only

        QCOMPARE(hover(chart, pixel(chart, 1, 1.0)),
                 QStringLiteral("Quarter 1\nGRR 91.0% · NRR 102.0%\nTargets: GRR 90.0% · NRR none"));
        QCOMPARE(hover(chart, pixel(chart, 3, 1.0)),
                 QStringLiteral("Quarter 3\nGRR undefined · NRR undefined\nTargets: GRR 90.0% · NRR none"));

        QVERIFY(showAt(chart, {260, 200}));
        QVERIFY(!chart.pointLabelsShown()); // too narrow for the values: the tooltip has them
    }

    void retentionWithoutFiguresSaysSo()
    {
        RetentionTrendChart chart;
        chart.setQuarters({{QStringLiteral("Q1"), QStringLiteral("FY2025 Q1"), std::nullopt, std::nullopt}});
        QCOMPARE(chart.message(), QStringLiteral("No retention figures for these quarters"));
    }
};

QTEST_MAIN(TestChartRenewals)
#include "tst_chartrenewals.moc"
