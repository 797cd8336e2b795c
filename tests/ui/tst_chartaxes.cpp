// What every chart shares (CsmPlot): money, percent and date tick labels in the app's locale, labels that
// never overlap, elided category names with the full name on hover, a message instead of empty axes, and
// exports (PNG, vector PDF, render() into a report's painter).

#include "ChartTest.h"
#include "ui/charts/ArrStepChart.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/charts/RenewalForecastChart.h"
#include "ui/charts/RetentionTrendChart.h"
#include "ui/charts/RoadmapGanttChart.h"
#include "ui/charts/SegmentArrChart.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>

using namespace csm;
using namespace charttest;

namespace {

const QString kJpy = QStringLiteral("JPY");

QList<RenewalForecastChart::Month> twelveMonths()
{
    QList<RenewalForecastChart::Month> months;
    for (int m = 0; m < 12; ++m) {
        RenewalForecastChart::Month month;
        month.month = QDate(2025, 7, 1).addMonths(m);
        month.parts[0] = {MinorUnits(1'000'000) * (m + 1), 1, {}};
        months << month;
    }
    return months;
}

// Groups of three digits, written out by hand for the test's expectations.
QString grouped(qint64 v)
{
    QString digits = QString::number(v);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void moneyTicksAreAbbreviatedInMillionsOfYen()
    {
        ArrStepChart chart;
        chart.setSteps({{QDate(2024, 1, 1), 6'000'000}, {QDate(2025, 1, 1), 7'000'000}}, kJpy,
                       QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        QVERIFY(ticks.size() >= 3);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QString expected =
                ticks.at(i) == 0 ? QStringLiteral("¥0") : QStringLiteral("¥%1M").arg(ticks.at(i) / 1e6);
            QCOMPARE(labels.at(i), expected);
        }
    }

    void moneyTicksInJapaneseAreIn10000Yen()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        ArrStepChart chart;
        chart.setSteps({{QDate(2024, 1, 1), 6'000'000}, {QDate(2025, 1, 1), 7'000'000}}, kJpy,
                       QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        QVERIFY(ticks.size() >= 3);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QString expected = ticks.at(i) == 0
                                         ? QStringLiteral("0円")
                                         : grouped(qint64(ticks.at(i) / 1e4)) + QStringLiteral("万円");
            QCOMPARE(labels.at(i), expected);
        }
        QVERIFY(labels.contains(QStringLiteral("200万円")) || labels.contains(QStringLiteral("100万円")));
    }

    void smallAmountsKeepTheirFullForm()
    {
        ArrStepChart chart;
        chart.setSteps({{QDate(2024, 1, 1), 4'000}, {QDate(2025, 1, 1), 5'000}}, kJpy, QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        for (qsizetype i = 0; i < ticks.size(); ++i)
            QCOMPARE(labels.at(i), QStringLiteral("¥") + grouped(qint64(ticks.at(i))));
    }

    void moneyInACurrencyWithCentsUsesItsSymbol()
    {
        ArrStepChart chart;
        chart.setSteps({{QDate(2024, 1, 1), 250'000'000}}, QStringLiteral("USD"),
                       QDate(2025, 6, 30)); // $2.5M
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        // One number of decimals along the axis: $0.5M, $1.0M, $1.5M.
        const bool halves =
            std::any_of(ticks.cbegin(), ticks.cend(), [](double t) { return std::fmod(t, 1e6) != 0; });
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            if (ticks.at(i) == 0)
                QCOMPARE(labels.at(i), QStringLiteral("$0.00"));
            else
                QCOMPARE(labels.at(i), QStringLiteral("$%1M").arg(ticks.at(i) / 1e6, 0, 'f', halves ? 1 : 0));
        }
    }

    void percentTicksAreWholePercentages()
    {
        RetentionTrendChart chart;
        chart.setQuarters({{QStringLiteral("Q1"), QStringLiteral("FY2025 Q1"), 0.9, 1.05},
                           {QStringLiteral("Q2"), QStringLiteral("FY2025 Q2"), 0.92, 1.1}});
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.yAxis->tickVector();
        const QStringList labels = tickLabels(chart.yAxis);
        QVERIFY(ticks.size() >= 3);
        for (qsizetype i = 0; i < ticks.size(); ++i)
            QCOMPARE(labels.at(i), QStringLiteral("%1%").arg(qRound(ticks.at(i) * 100)));
    }

    void dateTicksInJapaneseReadYearSlashMonth()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        HealthTrendChart chart;
        QList<HealthTrendChart::Point> points;
        for (int w = 0; w < 52; ++w)
            points.append({QDate(2024, 7, 1).addDays(7 * w), 50.0, HealthBand::Yellow});
        chart.setHistory(points, {}, QDate(2025, 6, 30));
        chart.setRangeMonths(12);
        QVERIFY(showAt(chart, {600, 350}));
        const QVector<double> ticks = chart.xAxis->tickVector();
        const QStringList labels = tickLabels(chart.xAxis);
        QVERIFY(ticks.size() >= 3);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QDate day = QDate::fromJulianDay(qint64(ticks.at(i)));
            QCOMPARE(day.day(), 1); // ticks on month starts
            QCOMPARE(labels.at(i),
                     QStringLiteral("%1/%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0')));
        }
    }

    // Ticks a week or two apart read like the tables' dates without the year (the Health tab's 3 months):
    // 6/2 in English (United States), 06/02 in Japanese.
    void dayTicksReadLikeTheTablesWithoutTheYear()
    {
        for (const bool japanese : {false, true}) {
            QLocale::setDefault(japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                         : QLocale(QLocale::English, QLocale::UnitedStates));
            HealthTrendChart chart;
            QList<HealthTrendChart::Point> points;
            for (int w = 0; w < 13; ++w)
                points.append({QDate(2025, 4, 7).addDays(7 * w), 50.0, HealthBand::Yellow});
            chart.setHistory(points, {}, QDate(2025, 6, 30));
            chart.setRangeMonths(3);
            QVERIFY(showAt(chart, {900, 450}));
            const QVector<double> ticks = chart.xAxis->tickVector();
            const QStringList labels = tickLabels(chart.xAxis);
            QVERIFY(ticks.size() >= 3);
            for (qsizetype i = 0; i < ticks.size(); ++i) {
                const QDate day = QDate::fromJulianDay(qint64(ticks.at(i)));
                QCOMPARE(day.dayOfWeek(), int(Qt::Monday)); // weekly ticks
                const QString expected = japanese ? QStringLiteral("%1/%2")
                                                        .arg(day.month(), 2, 10, QLatin1Char('0'))
                                                        .arg(day.day(), 2, 10, QLatin1Char('0'))
                                                  : QStringLiteral("%1/%2").arg(day.month()).arg(day.day());
                QCOMPARE(labels.at(i), expected);
            }
        }
    }

    void dateTicksInEnglishNameTheMonth()
    {
        HealthTrendChart chart;
        chart.setHistory({{QDate(2025, 1, 6), 50.0, HealthBand::Yellow}}, {}, QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        const QStringList labels = tickLabels(chart.xAxis);
        QVERIFY(!labels.isEmpty());
        for (const QString& l : labels)
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} 20\\d\\d$")).match(l).hasMatch(),
                     qPrintable(l));
    }

    void tickLabelsNeverOverlapWhateverTheWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("300") << 300;
        QTest::newRow("450") << 450;
        QTest::newRow("600") << 600;
        QTest::newRow("1000") << 1000;
    }

    void tickLabelsNeverOverlapWhateverTheWidth()
    {
        QFETCH(int, width);
        RenewalForecastChart bars;
        bars.setMonths(twelveMonths(), kJpy);
        QVERIFY(showAt(bars, {width, 350}));
        QCOMPARE(overlappingLabels(bars.xAxis), QString());
        QCOMPARE(overlappingLabels(bars.yAxis), QString());

        HealthTrendChart trend;
        QList<HealthTrendChart::Point> points;
        for (int w = 0; w < 52; ++w)
            points.append({QDate(2024, 7, 1).addDays(7 * w), 50.0 + w % 9, HealthBand::Yellow});
        trend.setHistory(points, {}, QDate(2025, 6, 30));
        trend.setRangeMonths(12);
        QVERIFY(showAt(trend, {width, 350}));
        QCOMPARE(overlappingLabels(trend.xAxis), QString());
        QCOMPARE(overlappingLabels(trend.yAxis), QString());

        ArrStepChart arr;
        arr.setSteps({{QDate(2020, 1, 1), 1'234'567'890}}, kJpy, QDate(2025, 6, 30));
        QVERIFY(showAt(arr, {width, 350}));
        QCOMPARE(overlappingLabels(arr.xAxis), QString());
        QCOMPARE(overlappingLabels(arr.yAxis), QString());
    }

    void narrowMonthAxisShowsWholeLabelsOnFewerMonths()
    {
        RenewalForecastChart chart;
        chart.setMonths(twelveMonths(), kJpy);
        QVERIFY(showAt(chart, {450, 300}));
        const QStringList labels = tickLabels(chart.xAxis);
        QVERIFY(labels.size() < 12);
        QVERIFY(labels.size() >= 4);
        QCOMPARE(labels.constFirst(), QStringLiteral("Jul 2025"));
        for (const QString& l : labels)
            QVERIFY2(!l.contains(QChar(0x2026)), qPrintable(l)); // no "Jul …"
        // A month without its label names itself on hover over the axis.
        const double x = chart.xAxis->coordToPixel(1);
        const double y = chart.axisRect()->rect().bottom() + 8;
        QCOMPARE(hover(chart, {x, y}), QStringLiteral("Aug 2025"));
    }

    void longCategoryNamesAreElidedWithTheFullNameOnHover()
    {
        RoadmapGanttChart chart;
        const QString longTitle =
            QStringLiteral("Technical setup and single sign-on configuration with the customer's IT");
        RoadmapGanttChart::Milestone m;
        m.id = QStringLiteral("m1");
        m.title = longTitle;
        m.due = QDate(2025, 5, 16);
        chart.setRoadmap(QDate(2025, 5, 1), {m}, QDate(2025, 5, 10), dates::HolidayCalendar());
        QVERIFY(showAt(chart, {600, 350}));
        const QStringList labels = tickLabels(chart.yAxis);
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.constFirst().endsWith(QChar(0x2026)));
        QVERIFY(longTitle.startsWith(labels.constFirst().chopped(1)));
        QVERIFY(QFontMetricsF(chart.yAxis->tickLabelFont()).horizontalAdvance(labels.constFirst()) <=
                600 * 0.3 + 1);
        const double x = chart.axisRect()->rect().left() - 20;
        const double y = chart.yAxis->coordToPixel(0);
        QCOMPARE(hover(chart, {x, y}), longTitle);
    }

    void emptyChartShowsAMessageInsteadOfAxes()
    {
        ArrStepChart chart;
        chart.setSteps({}, kJpy, QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(chart.message(), QStringLiteral("No ARR history yet"));
        QVERIFY(!chart.layer(QStringLiteral("axes"))->visible());
        QVERIFY(!chart.xAxis->realVisibility());
        QVERIFY(!chart.yAxis->realVisibility());
        // Nothing drawn but the message: no dark tick labels anywhere outside the middle band.
        const QImage image = chart.grab().toImage();
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            if (std::abs(y - image.height() / 2) < 15)
                continue;
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 160;
        }
        QCOMPARE(dark, 0);

        chart.setSteps({{QDate(2025, 1, 1), 1'000'000}}, kJpy, QDate(2025, 6, 30));
        QCOMPARE(chart.message(), QString());
        QVERIFY(chart.xAxis->realVisibility());
    }

    void tooltipFollowsTheMouseAndClearsOffTheData()
    {
        ArrStepChart chart;
        chart.setSteps({{QDate(2025, 1, 1), 1'000'000}, {QDate(2025, 4, 1), 1'500'000}}, kJpy,
                       QDate(2025, 6, 30));
        QVERIFY(showAt(chart, {600, 350}));
        const QPointF inApril = pixel(chart, QDate(2025, 4, 20).toJulianDay(), 500'000);
        QCOMPARE(hover(chart, inApril), QStringLiteral("From 4/1/2025: ¥1,500,000"));
        QCOMPARE(chart.toolTipAt(inApril), chart.currentToolTip());
        QCOMPARE(hover(chart, pixel(chart, QDate(2025, 2, 1).toJulianDay(), 500'000)),
                 QStringLiteral("From 1/1/2025: ¥1,000,000"));
        QCOMPARE(hover(chart, {3, 3}), QString());
    }

    void savesPngAndVectorPdf()
    {
        SegmentArrChart chart;
        chart.setSegments({{Segment::High, 5'000'000, 2, 0.5, {}}, {Segment::Low, 5'000'000, 3, 0.5, {}}},
                          kJpy);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(chart.saveAs(png, {640, 360}));
        QVERIFY(chart.saveAs(pdf, {640, 360}));
        QCOMPARE(QImage(png).size(), QSize(640, 360));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Font"));            // text as text
        QVERIFY(!bytes.contains("/Subtype /Image")); // not a picture of the chart
        QVERIFY(!chart.saveAs(dir.filePath(QStringLiteral("missing/folder/chart.png"))));
    }

    void contextMenuOffersSaveChartAs()
    {
        SegmentArrChart chart;
        chart.setSegments({{Segment::High, 5'000'000, 2, 0.5, {}}}, kJpy);
        QVERIFY(showAt(chart, {400, 300}));
        QStringList actions;
        QTimer::singleShot(0, &chart, [&actions] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (const QAction* a : menu->actions())
                    actions << a->text();
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(50, 50), chart.mapToGlobal(QPoint(50, 50)));
        QApplication::sendEvent(&chart, &event);
        QCOMPARE(actions, QStringList{QStringLiteral("Save chart as…")});
    }

    void rendersIntoAPainterRectangleWithoutAWindow()
    {
        SegmentArrChart chart; // never shown
        chart.setSegments({{Segment::High, 5'000'000, 2, 0.5, {}}, {Segment::Tech, 2'000'000, 3, 0.2, {}}},
                          kJpy);
        QImage page(500, 400, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QRect target(50, 100, 400, 250);
        {
            QPainter painter(&page);
            chart.render(painter, target);
        }
        QVERIFY(!chart.isVisible());
        int inside = 0, outside = 0, blue = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                const bool ink = c != Qt::white;
                (target.contains(x, y) ? inside : outside) += ink;
                blue += c == ChartPalette::segment(Segment::High);
            }
        }
        QCOMPARE(outside, 0);
        QVERIFY(inside > 1000);
        QVERIFY(blue > 500); // the high-touch bar, in its colour

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            chart.render(painter, QRectF(0, 0, writer.width(), writer.height() / 2.0));
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/FontFile2")); // the labels as text, with their font embedded
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(bytes.size() > 10'000); // not an empty page
    }

    void renderStaysInsideTheClipThePainterHas()
    {
        SegmentArrChart chart;
        chart.setSegments({{Segment::High, 5'000'000, 2, 0.5, {}}, {Segment::Tech, 2'000'000, 3, 0.2, {}}},
                          kJpy);
        QImage page(400, 300, QImage::Format_RGB32);
        page.fill(Qt::white);
        const QRect clip(0, 0, 200, 300); // the left half of the target only
        {
            QPainter painter(&page);
            painter.setClipRect(clip);
            chart.render(painter, QRectF(0, 0, 400, 300));
        }
        int inside = 0, outside = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                (clip.contains(x, y) ? inside : outside) += page.pixelColor(x, y) != Qt::white;
        }
        QCOMPARE(outside, 0);
        QVERIFY(inside > 1000);
    }
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
