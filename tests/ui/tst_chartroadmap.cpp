// The roadmap charts (issue 15): the Gantt chart draws planned and actual spans, today, blocked milestones
// and the non-business days of the calendar; the onboarding funnel counts each milestone's accounts.

#include "ChartTest.h"
#include "ui/charts/OnboardingFunnelChart.h"
#include "ui/charts/RoadmapGanttChart.h"

#include <QSignalSpy>

using namespace csm;
using namespace charttest;

namespace {

// Kickoff on Monday 28 April 2025, the day before Golden Week's first holiday; today is 20 May.
const QDate kKickoff(2025, 4, 28);
const QDate kToday(2025, 5, 20);

QList<RoadmapGanttChart::Milestone> milestones()
{
    RoadmapGanttChart::Milestone kickoff;
    kickoff.id = QStringLiteral("m1");
    kickoff.title = QStringLiteral("Kickoff");
    kickoff.due = QDate(2025, 5, 2);
    kickoff.started = kKickoff;
    kickoff.completed = QDate(2025, 5, 1);
    kickoff.status = MilestoneStatus::Done;
    RoadmapGanttChart::Milestone setup;
    setup.id = QStringLiteral("m2");
    setup.title = QStringLiteral("Technical setup");
    setup.due = QDate(2025, 5, 16);
    setup.started = QDate(2025, 5, 7);
    setup.owner = OwnerSide::Customer;
    setup.status = MilestoneStatus::InProgress;
    RoadmapGanttChart::Milestone value;
    value.id = QStringLiteral("m3");
    value.title = QStringLiteral("First value");
    value.due = QDate(2025, 5, 30);
    value.status = MilestoneStatus::Blocked;
    value.blockedReason = QStringLiteral("Waiting for data");
    value.firstValue = true;
    return {kickoff, setup, value};
}

} // namespace

class TestChartRoadmap : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ganttDrawsPlannedFromThePreviousDueDateAndActualFromTheStart()
    {
        RoadmapGanttChart chart;
        chart.setRoadmap(kKickoff, milestones(), kToday, dates::HolidayCalendar::japan());
        using Span = std::pair<QDate, QDate>;
        QCOMPARE(chart.plannedSpan(0), Span(kKickoff, QDate(2025, 5, 2)));           // kickoff → due
        QCOMPARE(chart.plannedSpan(1), Span(QDate(2025, 5, 3), QDate(2025, 5, 16))); // after the previous due
        QCOMPARE(chart.plannedSpan(2), Span(QDate(2025, 5, 17), QDate(2025, 5, 30)));
        QCOMPARE(chart.actualSpan(0), Span(kKickoff, QDate(2025, 5, 1)));
        QCOMPARE(chart.actualSpan(1), Span(QDate(2025, 5, 7), kToday)); // open: up to today
        QCOMPARE(chart.actualSpan(2), Span());
        QCOMPARE(chart.blockedMarks()->data()->size(), 1);
        QCOMPARE(chart.blockedMarks()->data()->at(0)->value, 2.0);
    }

    void ganttShadesWeekendsAndHolidaysOfTheCalendar()
    {
        RoadmapGanttChart chart;
        chart.setRoadmap(kKickoff, milestones(), kToday, dates::HolidayCalendar::japan());
        const QList<QDate> shaded = chart.shadedDays();
        // Golden Week 2025: Showa Day (Tue 29 Apr), 3-6 May (Constitution Day, Greenery Day, Children's Day
        // and the substitute holiday for Greenery Day on a Sunday).
        for (const QDate d : {QDate(2025, 4, 29), QDate(2025, 5, 3), QDate(2025, 5, 4), QDate(2025, 5, 5),
                              QDate(2025, 5, 6), QDate(2025, 5, 10), QDate(2025, 5, 11)})
            QVERIFY2(shaded.contains(d), qPrintable(d.toString(Qt::ISODate)));
        for (const QDate d :
             {kKickoff, QDate(2025, 4, 30), QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 5, 7)})
            QVERIFY2(!shaded.contains(d), qPrintable(d.toString(Qt::ISODate)));

        RoadmapGanttChart weekendsOnly;
        weekendsOnly.setRoadmap(kKickoff, milestones(), kToday, dates::HolidayCalendar());
        QVERIFY(!weekendsOnly.shadedDays().contains(QDate(2025, 4, 29)));
        QVERIFY(weekendsOnly.shadedDays().contains(QDate(2025, 5, 3)));
    }

    void ganttHoverTellsDatesOwnerAndStatus()
    {
        RoadmapGanttChart chart;
        chart.setRoadmap(kKickoff, milestones(), kToday, dates::HolidayCalendar::japan());
        QVERIFY(showAt(chart, {700, 350}));
        QCOMPARE(tickLabels(chart.yAxis),
                 (QStringList{QStringLiteral("Kickoff"), QStringLiteral("Technical setup"),
                              QStringLiteral("First value")}));
        const double may10 = QDate(2025, 5, 10).toJulianDay();
        QCOMPARE(hover(chart, pixel(chart, may10, 1)),
                 QStringLiteral("Technical setup\nPlanned: 5/3/2025 – 5/16/2025\nActual: 5/7/2025 – open\n"
                                "Owner: Customer\nStatus: In progress"));
        QCOMPARE(hover(chart, pixel(chart, may10, 2)),
                 QStringLiteral("First value\nPlanned: 5/17/2025 – 5/30/2025\nOwner: Vendor\n"
                                "Status: Blocked (Waiting for data)\nFirst value milestone"));
        QCOMPARE(hover(chart, pixel(chart, may10, 1.5)), QString()); // between rows
    }

    void ganttClickHandsOnTheMilestoneId()
    {
        RoadmapGanttChart chart;
        chart.setRoadmap(kKickoff, milestones(), kToday, dates::HolidayCalendar::japan());
        QVERIFY(showAt(chart, {700, 350}));
        QSignalSpy clicked(&chart, &RoadmapGanttChart::milestoneClicked);
        click(chart, pixel(chart, QDate(2025, 5, 20).toJulianDay(), 2));
        click(chart, pixel(chart, QDate(2025, 4, 30).toJulianDay(), 0));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(0).at(0).value<Id>(), QStringLiteral("m3"));
        QCOMPARE(clicked.at(1).at(0).value<Id>(), QStringLiteral("m1"));
    }

    void ganttWithoutMilestonesSaysSo()
    {
        RoadmapGanttChart chart;
        chart.setRoadmap(kKickoff, {}, kToday, dates::HolidayCalendar::japan());
        QCOMPARE(chart.message(), QStringLiteral("This roadmap has no milestones"));
    }

    void ganttOfThirtyMilestonesKeepsItsLabelsApart()
    {
        RoadmapGanttChart chart;
        QList<RoadmapGanttChart::Milestone> many;
        for (int i = 0; i < 30; ++i) {
            RoadmapGanttChart::Milestone m;
            m.id = QString::number(i);
            m.title = QStringLiteral("Milestone %1").arg(i + 1);
            m.due = kKickoff.addDays(5 * (i + 1));
            many << m;
        }
        chart.setRoadmap(kKickoff, many, kToday, dates::HolidayCalendar::japan());
        QVERIFY(showAt(chart, {600, 350}));
        QCOMPARE(overlappingLabels(chart.yAxis), QString());
        QCOMPARE(overlappingLabels(chart.xAxis), QString());
        QVERIFY(tickLabels(chart.yAxis).size() < 30); // every second or third row named; hover names the rest
        const QPointF row1(chart.axisRect()->rect().left() - 30, chart.yAxis->coordToPixel(1));
        if (!tickLabels(chart.yAxis).contains(QStringLiteral("Milestone 2")))
            QCOMPARE(hover(chart, row1), QStringLiteral("Milestone 2"));
    }

    void funnelCountsEachStepWithItsShare()
    {
        OnboardingFunnelChart chart;
        const QList<OnboardingFunnelChart::Step> steps = {
            {QStringLiteral("t0"), QStringLiteral("Kickoff"), 10, false, {}},
            {QStringLiteral("t1"),
             QStringLiteral("Setup"),
             8,
             false,
             {QStringLiteral("a1"), QStringLiteral("a2")}},
            {QStringLiteral("t2"), QStringLiteral("First value"), 5, true, {}},
            {QStringLiteral("t3"), QStringLiteral("Review"), 2, false, {}},
        };
        chart.setFunnel(steps, 10);
        QList<std::pair<double, double>> bars;
        for (const QCPBarsData& d : *chart.stepBars()->data())
            bars.append({d.key, d.value});
        QCOMPARE(bars, (QList<std::pair<double, double>>{{0, 10}, {1, 8}, {3, 2}}));
        QCOMPARE(chart.firstValueBars()->data()->size(), 1);
        QCOMPARE(chart.firstValueBars()->data()->at(0)->value, 5.0);
        QCOMPARE(chart.barLabel(0), QStringLiteral("10 (100%)"));
        QCOMPARE(chart.barLabel(2), QStringLiteral("5 (50%)"));

        QVERIFY(showAt(chart, {600, 300}));
        QCOMPARE(hover(chart, pixel(chart, 1, 2)),
                 QStringLiteral("First value\n5 (50%) of 10 account(s) reached it\nFirst value milestone"));
        QSignalSpy clicked(&chart, &OnboardingFunnelChart::stepClicked);
        click(chart, pixel(chart, 4, 1));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).value<Id>(), QStringLiteral("t1"));
        QCOMPARE(clicked.at(0).at(1).value<QList<Id>>(),
                 (QList<Id>{QStringLiteral("a1"), QStringLiteral("a2")}));
        for (const QString& label : tickLabels(chart.xAxis)) // whole accounts only
            QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(label));
    }

    void funnelWithoutAccountsSaysSo()
    {
        OnboardingFunnelChart chart;
        chart.setFunnel({{QStringLiteral("t0"), QStringLiteral("Kickoff"), 0, false, {}}}, 0);
        QCOMPARE(chart.message(), QStringLiteral("No account has a roadmap from this template yet"));
    }
};

QTEST_MAIN(TestChartRoadmap)
#include "tst_chartroadmap.moc"
