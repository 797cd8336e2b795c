// Where a roadmap stands on a day, and the onboarding factor's counts (issue 15 item 3, DESIGN §5).
// June 2025 has no public holiday in Japan, so business days there are the weekdays.

#include "domain/RoadmapStatus.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

MilestoneFacts open(const char* due, MilestoneStatus s = MilestoneStatus::Planned)
{
    return {d(due), {}, s, false};
}

MilestoneFacts done(const char* due, const char* on)
{
    return {d(due), on ? d(on) : QDate(), MilestoneStatus::Done, false};
}

MilestoneFacts skipped(const char* due)
{
    return {d(due), {}, MilestoneStatus::Skipped, false};
}

const dates::HolidayCalendar& japan()
{
    return dates::HolidayCalendar::japan();
}

// Kickoff Mon 2025-06-02: kickoff done on the day, setup due Mon 06-09 (in progress), training due Mon 06-16,
// review due Mon 06-30.
const QList<MilestoneFacts> kPlan = {done("2025-06-02", "2025-06-02"),
                                     open("2025-06-09", MilestoneStatus::InProgress), open("2025-06-16"),
                                     open("2025-06-30")};

RoadmapProgress progressOn(const char* asOf, const RoadmapStatusOptions& options = {})
{
    return roadmapProgress(d("2025-06-02"), kPlan, d(asOf), japan(), options);
}

} // namespace

class TestRoadmapStatus : public QObject
{
    Q_OBJECT

private slots:
    void aMilestoneDueTodayIsNotOverdue()
    {
        const RoadmapProgress p = progressOn("2025-06-09");
        QCOMPARE(p.state, RoadmapState::OnTrack);
        QCOMPARE(p.total, 4);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.overdue, 0);
        QCOMPARE(p.completionPercent, 25); // 1 of 4
        QCOMPARE(p.nextMilestone, 1);
        QCOMPARE(p.mostOverdue, -1);
        QCOMPARE(p.daysBehind, 0);
    }

    void aDayPastDueIsBehind()
    {
        const RoadmapProgress p = progressOn("2025-06-10");
        QCOMPARE(p.state, RoadmapState::Behind);
        QCOMPARE(p.overdue, 1);
        QCOMPARE(p.mostOverdue, 1);
        QCOMPARE(p.daysBehind, 1);
        QCOMPARE(p.businessDaysBehind, 1);
        QCOMPARE(p.nextMilestone, 1); // the overdue one is still what comes next
    }

    void overAWeekendBehindCountsCalendarAndBusinessDays()
    {
        // Setup due Mon 06-09; Sat 06-14 is 5 calendar days later; business days in (06-09, 06-14]: 10-13
        // = 4.
        const RoadmapProgress p = progressOn("2025-06-14");
        QCOMPARE(p.state, RoadmapState::Behind);
        QCOMPARE(p.daysBehind, 5);
        QCOMPARE(p.businessDaysBehind, 4);
    }

    void moreThanTenBusinessDaysOverdueIsStuck()
    {
        // Business days in (06-09, 06-23]: 10-13 (4), 16-20 (9), 23 (10): exactly ten, still behind.
        RoadmapProgress p = progressOn("2025-06-23");
        QCOMPARE(p.state, RoadmapState::Behind);
        QCOMPARE(p.overdue, 2); // training, due 06-16, too
        QCOMPARE(p.mostOverdue, 1);
        QCOMPARE(p.businessDaysBehind, 10);
        QCOMPARE(p.daysBehind, 14);
        // 06-24 adds the eleventh.
        p = progressOn("2025-06-24");
        QCOMPARE(p.state, RoadmapState::Stuck);
        QCOMPARE(p.businessDaysBehind, 11);
        QCOMPARE(p.daysBehind, 15);
    }

    void theStuckThresholdIsConfigurable()
    {
        // (06-09, 06-16]: 10, 11, 12, 13, 16 = 5 business days; 06-17 makes 6.
        QCOMPARE(progressOn("2025-06-16", {5}).state, RoadmapState::Behind);
        QCOMPARE(progressOn("2025-06-17", {5}).state, RoadmapState::Stuck);
        QCOMPARE(progressOn("2025-06-17", {0}).state, RoadmapState::Stuck);
    }

    void everyMilestoneDoneOrSkippedIsDone()
    {
        const QList<MilestoneFacts> facts = {done("2025-06-02", "2025-06-02"), skipped("2025-06-09"),
                                             done("2025-06-16", "2025-06-27")};
        const RoadmapProgress p = roadmapProgress(d("2025-06-02"), facts, d("2025-07-01"), japan());
        QCOMPARE(p.state, RoadmapState::Done);
        QCOMPARE(p.completionPercent, 100);
        QCOMPARE(p.done, 2);
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.nextMilestone, -1);
    }

    void completionRoundsDownSoOnlyADoneRoadmapShows100()
    {
        // 2 done + 1 skipped of 7: 300 / 7 = 42.86 -> 42.
        QList<MilestoneFacts> facts = {done("2025-06-02", "2025-06-02"), done("2025-06-03", "2025-06-03"),
                                       skipped("2025-06-04")};
        for (int i = 0; i < 4; ++i)
            facts.append(open("2025-07-01"));
        QCOMPARE(roadmapProgress(d("2025-06-02"), facts, d("2025-06-05"), japan()).completionPercent, 42);
        // 199 closed of 200 would be 99.5: 99, not 100.
        QList<MilestoneFacts> many(199, done("2025-06-02", "2025-06-02"));
        many.append(open("2025-07-01"));
        QCOMPARE(roadmapProgress(d("2025-06-02"), many, d("2025-06-05"), japan()).completionPercent, 99);
    }

    void asOfAPastDayAMilestoneDoneLaterWasStillOpen()
    {
        // Training (due 06-16) done on 06-20: as of 06-18 it was two days overdue.
        QList<MilestoneFacts> facts = kPlan;
        facts[1] = done("2025-06-09", "2025-06-09");
        facts[2] = done("2025-06-16", "2025-06-20");
        RoadmapProgress p = roadmapProgress(d("2025-06-02"), facts, d("2025-06-18"), japan());
        QCOMPARE(p.done, 2);
        QCOMPARE(p.state, RoadmapState::Behind);
        QCOMPARE(p.mostOverdue, 2);
        QCOMPARE(p.nextMilestone, 2);
        p = roadmapProgress(d("2025-06-02"), facts, d("2025-06-20"), japan());
        QCOMPARE(p.done, 3);
        QCOMPARE(p.state, RoadmapState::OnTrack);
        QCOMPARE(p.nextMilestone, 3);
    }

    void timeToFirstValueCountsFromDayZeroInBusinessDaysAndFromTheKickoffInCalendarDays()
    {
        // Kickoff Sat 2025-05-03 (憲法記念日); May 4-6 are holidays too, so day 0 is Wed 05-07.
        // First value done Tue 05-20: business days in (05-07, 05-20]: 8, 9, 12-16, 19, 20 = 9;
        // calendar days 05-03 -> 05-20 = 17.
        QList<MilestoneFacts> facts = {done("2025-05-07", "2025-05-07"), done("2025-05-21", "2025-05-20"),
                                       open("2025-06-30")};
        facts[1].firstValue = true;
        const RoadmapProgress p = roadmapProgress(d("2025-05-03"), facts, d("2025-06-02"), japan());
        QCOMPARE(p.firstValueMilestone, 1);
        QVERIFY(p.firstValue.has_value());
        QCOMPARE(p.firstValue->reachedOn, d("2025-05-20"));
        QCOMPARE(p.firstValue->businessDays, 9);
        QCOMPARE(p.firstValue->calendarDays, 17);

        // Not yet reached as of the day before, and never when skipped.
        QVERIFY(!roadmapProgress(d("2025-05-03"), facts, d("2025-05-19"), japan()).firstValue);
        facts[1] = skipped("2025-05-21");
        facts[1].firstValue = true;
        const RoadmapProgress noValue = roadmapProgress(d("2025-05-03"), facts, d("2025-06-02"), japan());
        QCOMPARE(noValue.firstValueMilestone, 1);
        QVERIFY(!noValue.firstValue);
    }

    void anEmptyRoadmapIsOnTrackWithNothingNext()
    {
        const RoadmapProgress p = roadmapProgress(d("2025-06-02"), {}, d("2025-06-30"), japan());
        QCOMPARE(p.state, RoadmapState::OnTrack);
        QCOMPARE(p.completionPercent, 0);
        QCOMPARE(p.nextMilestone, -1);
    }

    void aStoredRoadmapSkipsItsDeletedMilestones()
    {
        Roadmap r;
        r.kickoffOn = d("2025-06-02");
        Milestone gone;
        gone.dueOn = d("2025-06-03");
        gone.deleted = true; // overdue, but deleted
        Milestone m;
        m.dueOn = d("2025-06-09");
        m.status = MilestoneStatus::Done;
        m.completedOn = d("2025-06-05");
        r.milestones = {gone, m};
        const RoadmapProgress p = roadmapProgress(r, d("2025-06-10"), japan());
        QCOMPARE(p.total, 1);
        QCOMPARE(p.state, RoadmapState::Done);
    }

    void statesHaveReportCodes()
    {
        QCOMPARE(roadmapStateCode(RoadmapState::OnTrack), QStringLiteral("on_track"));
        QCOMPARE(roadmapStateCode(RoadmapState::Stuck), QStringLiteral("stuck"));
    }

    void theNextMilestoneIsTheOpenOneDueFirst()
    {
        const QList<MilestoneFacts> facts = {done("2025-06-02", "2025-06-02"), open("2025-06-20"),
                                             open("2025-06-10"), open("2025-06-10")};
        QCOMPARE(nextOpenMilestone(facts), 2); // 06-10 twice: the lower index
        QCOMPARE(nextOpenMilestone(QList<MilestoneFacts>{done("2025-06-02", "2025-06-02")}), -1);
    }

    void onboardingCountsMilestonesDueOnOrBeforeTheDay()
    {
        const QDate day = d("2025-06-30");
        const QList<MilestoneFacts> facts = {
            done("2025-06-10", "2025-06-10"),                // due, done on its due date: on time
            done("2025-06-10", "2025-06-12"),                // due, done two days late
            skipped("2025-06-20"),                           // due, skipped: counts as on time
            open("2025-06-25", MilestoneStatus::InProgress), // due, still open
            open("2025-06-30", MilestoneStatus::Blocked),    // due on the day itself, open
            done("2025-07-01", "2025-06-28"),                // done early but not due yet: not counted
            done("2025-06-15", nullptr),                     // done without a date: not on time
        };
        const OnboardingCounts c = onboardingCounts(facts, day);
        QCOMPARE(c.due, 6);
        QCOMPARE(c.onTime, 2);
        QCOMPARE(*c.score(), 100.0 * 2 / 6);

        // Nothing due yet: no score (the factor is dropped, not 0).
        QVERIFY(!onboardingCounts(facts, d("2025-06-09")).score());
        QCOMPARE(onboardingCounts(facts, d("2025-06-10")).due, 2);
        QCOMPARE(onboardingCounts(facts, d("2025-06-10")).onTime, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoadmapStatus)
#include "tst_roadmapstatus.moc"
