// The portfolio charts (issue 16): ARR by segment, health mix by segment and ARR against health. A click on
// a bar, a part or a point yields exactly the accounts the caller gave for it.

#include "ChartTest.h"
#include "ui/charts/ArrHealthScatter.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/SegmentArrChart.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace csm;
using namespace charttest;

namespace {

const QString kJpy = QStringLiteral("JPY");

QList<SegmentArrChart::SegmentArr> threeSegments()
{
    return {{Segment::High, 1'260'000'000, 42, 0.52, {id("h1"), id("h2")}},
            {Segment::Low, 820'000'000, 310, 0.34, {id("l1")}},
            {Segment::Tech, 340'000'000, 2'400, 0.14, {id("t1"), id("t2"), id("t3")}}};
}

HealthMixChart::SegmentMix mix(Segment segment, std::array<int, 4> counts)
{
    HealthMixChart::SegmentMix m;
    m.segment = segment;
    for (int s = 0; s < 4; ++s) {
        QList<Id> ids;
        for (int i = 0; i < counts[std::size_t(s)]; ++i)
            ids << QStringLiteral("%1-%2-%3").arg(segmentCode(segment)).arg(s).arg(i);
        m.parts[std::size_t(s)] = {0, counts[std::size_t(s)], ids};
    }
    return m;
}

} // namespace

class TestChartPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void segmentArrDrawsABarPerSegmentInItsColourWithItsShare()
    {
        SegmentArrChart chart;
        chart.setSegments(threeSegments(), kJpy);
        QCOMPARE(chart.categoryCount(), 3);
        QCOMPARE(barValue(chart.seriesBars(0), 0), 1'260'000'000.0);
        QCOMPARE(barValue(chart.seriesBars(0), 1), 0.0);
        QCOMPARE(barValue(chart.seriesBars(1), 1), 820'000'000.0);
        QCOMPARE(barValue(chart.seriesBars(2), 2), 340'000'000.0);
        QCOMPARE(chart.seriesBars(2)->brush().color(), ChartPalette::segment(Segment::Tech));
        QStringList labels;
        for (int i = 0; i < chart.itemCount(); ++i) {
            if (auto* t = qobject_cast<QCPItemText*>(chart.item(i));
                t && !t->text().isEmpty() && t->visible())
                labels << t->text();
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("¥1.26B · 52%"), QStringLiteral("¥820M · 34%"),
                                      QStringLiteral("¥340M · 14%")}));
        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(tickLabels(chart.xAxis),
                 (QStringList{QStringLiteral("High touch"), QStringLiteral("Low touch"),
                              QStringLiteral("Tech touch")}));
        QVERIFY(!chart.legend->visible()); // the axis names the bars
        QCOMPARE(hover(chart, chart.partCentre(1, 1)),
                 QStringLiteral("Low touch\n¥820,000,000 (34.0% of the book's ARR)\n310 account(s)"));
    }

    void segmentArrClickHandsOnTheSegmentsAccounts()
    {
        SegmentArrChart chart;
        chart.setSegments(threeSegments(), kJpy);
        QVERIFY(showAt(chart, {600, 350}));
        QSignalSpy clicked(&chart, &SegmentArrChart::segmentClicked);
        click(chart, chart.partCentre(2, 2));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).value<Segment>(), Segment::Tech);
        QCOMPARE(clicked.at(0).at(1).value<QList<Id>>(), (QList<Id>{id("t1"), id("t2"), id("t3")}));
        click(chart, pixel(chart, 1, 1'000'000'000)); // above the low-touch bar
        QCOMPARE(clicked.size(), 1);
    }

    void segmentArrWithoutArrSaysSo()
    {
        SegmentArrChart chart;
        chart.setSegments({{Segment::High, 0, 0, std::nullopt, {}}}, kJpy);
        QCOMPARE(chart.message(), QStringLiteral("No ARR in the book yet"));
    }

    void healthMixStacksTheBandsOfEachSegment()
    {
        HealthMixChart chart;
        chart.setSegments({mix(Segment::High, {5, 3, 2, 0}), mix(Segment::Low, {10, 0, 4, 1})});
        const int red = HealthMixChart::slot(HealthBand::Red);
        const int none = HealthMixChart::slot(std::nullopt);
        QCOMPARE(barValue(chart.seriesBars(0), 0), 5.0);
        QCOMPARE(barValue(chart.seriesBars(red), 0), 2.0);
        QCOMPARE(barValue(chart.seriesBars(red), 1), 4.0);
        QCOMPARE(barValue(chart.seriesBars(none), 1), 1.0);
        for (int s = 0; s < 4; ++s)
            QCOMPARE(chart.seriesBars(s)->brush().color(), ChartPalette::band(HealthMixChart::bandOf(s)));
        QCOMPARE(chart.seriesBars(none)->name(), QStringLiteral("No data"));

        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(hover(chart, chart.partCentre(0, HealthMixChart::slot(HealthBand::Yellow))),
                 QStringLiteral("High touch · Yellow\n3 account(s) (30.0% of 10)"));
        QSignalSpy clicked(&chart, &HealthMixChart::bandClicked);
        click(chart, chart.partCentre(0, red));
        click(chart, chart.partCentre(1, none));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(0).at(0).value<Segment>(), Segment::High);
        QCOMPARE(clicked.at(0).at(1).value<std::optional<HealthBand>>(), std::optional(HealthBand::Red));
        QCOMPARE(clicked.at(0).at(2).value<QList<Id>>(),
                 (QList<Id>{QStringLiteral("high-2-0"), QStringLiteral("high-2-1")}));
        QCOMPARE(clicked.at(1).at(0).value<Segment>(), Segment::Low);
        QCOMPARE(clicked.at(1).at(1).value<std::optional<HealthBand>>(), std::optional<HealthBand>());
        QCOMPARE(clicked.at(1).at(2).value<QList<Id>>(), QList<Id>{QStringLiteral("low-3-0")});
    }

    void healthMixAsSharesMakesEverySegmentAFullBar()
    {
        HealthMixChart chart;
        chart.setSegments({mix(Segment::High, {5, 3, 2, 0}), mix(Segment::Tech, {100, 100, 0, 200})},
                          StackedBarChart::Measure::Share);
        QCOMPARE(barValue(chart.seriesBars(0), 0), 0.5);
        QCOMPARE(barValue(chart.seriesBars(1), 0), 0.3);
        QCOMPARE(barValue(chart.seriesBars(3), 1), 0.5);
        QVERIFY(showAt(chart, {600, 350}));
        for (const QString& label : tickLabels(chart.yAxis))
            QVERIFY2(label.endsWith(QLatin1Char('%')), qPrintable(label));
        QCOMPARE(chart.yAxis->label(), QStringLiteral("Share of accounts"));
    }

    void scatterPlacesEachAccountByHealthAndArrOnALogAxis()
    {
        ArrHealthScatter chart;
        const QList<ArrHealthScatter::Account> accounts = {
            {id("acme"), QStringLiteral("Acme"), 12'000'000, 63.4, TouchModel::High},
            {id("bolt"), QStringLiteral("Bolt"), 800'000, 20, TouchModel::Tech},
            {id("core"), QStringLiteral("Core"), 3'000'000, 88, TouchModel::Low},
            {id("dune"), QStringLiteral("Dune"), 50'000'000, 45, TouchModel::High},
            {id("gone"), QStringLiteral("Gone"), 0, 50, TouchModel::Tech}, // no ARR: left out
        };
        chart.setAccounts(accounts, kJpy, {}, 7);
        const QCPGraphDataContainer& high = *chart.segmentGraph(TouchModel::High)->data();
        QCOMPARE(high.size(), 2);
        QCOMPARE(high.at(0)->key, 45.0); // sorted by score
        QCOMPARE(high.at(0)->value, 50'000'000.0);
        QCOMPARE(high.at(1)->key, 63.4);
        QCOMPARE(chart.segmentGraph(TouchModel::Tech)->data()->size(), 1);
        QCOMPARE(chart.segmentGraph(TouchModel::Low)->data()->at(0)->value, 3'000'000.0);
        QCOMPARE(chart.yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.segmentGraph(TouchModel::High)->adaptiveSampling());
        QCOMPARE(chart.segmentGraph(TouchModel::Low)->name(), QStringLiteral("Low touch (1)"));
        QCOMPARE(chart.xAxis->label(),
                 QStringLiteral("Health score (7 account(s) without a score not shown)"));

        QVERIFY(showAt(chart, {600, 400}));
        for (const QString& label : tickLabels(chart.yAxis))
            QVERIFY2(QStringList({QStringLiteral("¥1M"), QStringLiteral("¥10M"), QStringLiteral("¥100M"),
                                  QStringLiteral("¥100K")})
                         .contains(label),
                     qPrintable(label));
        QCOMPARE(hover(chart, pixel(chart, 63.4, 12'000'000)),
                 QStringLiteral("Acme\nARR ¥12,000,000 · health 63.4"));
        QCOMPARE(hover(chart, pixel(chart, 63.4, 12'000'000) + QPointF(3, -2)),
                 QStringLiteral("Acme\nARR ¥12,000,000 · health 63.4"));
        QCOMPARE(hover(chart, pixel(chart, 63.4, 2'000'000)), QString());

        QSignalSpy clicked(&chart, &ArrHealthScatter::accountClicked);
        click(chart, pixel(chart, 88, 3'000'000));
        click(chart, pixel(chart, 20, 800'000));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(0).at(0).value<Id>(), id("core"));
        QCOMPARE(clicked.at(1).at(0).value<Id>(), id("bolt"));
    }

    void scatterFindsThePointUnderTheMouseAmong100000()
    {
        ArrHealthScatter chart;
        QList<ArrHealthScatter::Account> accounts;
        for (int i = 0; i < 100'000; ++i)
            accounts.append({QString::number(i), QStringLiteral("A%1").arg(i),
                             1'000'000 + MinorUnits(i % 997) * 10'000, (i % 1000) / 10.0, TouchModel(i % 3)});
        // One account alone far above the rest.
        accounts.append({id("whale"), QStringLiteral("Whale"), 90'000'000'000, 50.05, TouchModel::High});
        chart.setAccounts(accounts, kJpy, {});
        QVERIFY(showAt(chart, {800, 500}));
        QSignalSpy clicked(&chart, &ArrHealthScatter::accountClicked);
        click(chart, pixel(chart, 50.05, 90'000'000'000));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).value<Id>(), id("whale"));
        QCOMPARE(chart.segmentGraph(TouchModel::Tech)->data()->size(), 33'333);
    }

    void scatterDrawsPixmapDotsOnScreenAndDiscsInAPdf()
    {
        ArrHealthScatter chart;
        chart.setAccounts({{id("acme"), QStringLiteral("Acme"), 12'000'000, 63.4, TouchModel::High}}, kJpy,
                          {});
        QCPGraph* high = chart.segmentGraph(TouchModel::High);
        QCOMPARE(high->scatterStyle().shape(), QCPScatterStyle::ssPixmap);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("scatter.pdf"));
        QVERIFY(chart.saveAsPdf(pdf, {600, 400}));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("/Subtype /Image")); // the dots are vector discs in the PDF
        QCOMPARE(high->scatterStyle().shape(), QCPScatterStyle::ssPixmap); // and pixmaps again on screen
    }

    void scatterWithoutAccountsSaysSo()
    {
        ArrHealthScatter chart;
        chart.setAccounts({}, kJpy, {}, 12);
        QCOMPARE(chart.message(), QStringLiteral("No accounts with ARR and a health score"));
    }
};

QTEST_MAIN(TestChartPortfolio)
#include "tst_chartportfolio.moc"
