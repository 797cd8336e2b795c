// Applying a roadmap template on the business-day calendar, re-planning, moving by hand and milestone state
// changes (issue 15 item 2). Every due date below is counted by hand on the calendar, as the comments show:
// (n) after a date is its business-day number counted from day 0.

#include "domain/DefaultTemplates.h"
#include "domain/RoadmapSchedule.h"
#include "domain/RoadmapTemplates.h"
#include "domain/Settings.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

IdSource counter()
{
    return [n = 0]() mutable { return QStringLiteral("id-%1").arg(++n); };
}

RoadmapTemplate tpl(const QList<int>& offsets, int firstValue = -1)
{
    RoadmapTemplate t;
    t.id = QStringLiteral("tpl");
    t.name = QStringLiteral("Plan");
    for (int i = 0; i < offsets.size(); ++i) {
        TemplateMilestone m;
        m.id = QStringLiteral("step-%1").arg(i);
        m.templateId = t.id;
        m.position = i;
        m.title = QStringLiteral("Step %1").arg(i);
        m.offsetBusinessDays = offsets.at(i);
        m.ownerSide = i % 2 ? OwnerSide::Customer : OwnerSide::Vendor;
        m.successCriterion = QStringLiteral("Criterion %1").arg(i);
        m.firstValue = i == firstValue;
        t.milestones.append(m);
    }
    return t;
}

QList<QDate> dues(const Roadmap& r)
{
    QList<QDate> list;
    for (const Milestone& m : r.milestones)
        list.append(m.dueOn);
    return list;
}

const dates::HolidayCalendar& japan()
{
    return dates::HolidayCalendar::japan();
}

// The year-end closing most Japanese companies add: 29-31 December and 2 January (1 January is national).
dates::HolidayCalendar withYearEndClosing()
{
    BookSettings s;
    for (const char* day : {"2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"})
        s.companyHolidays.append({d(day), QStringLiteral("年末年始休業")});
    return dates::HolidayCalendar::forSettings(s);
}

} // namespace

class TestRoadmapSchedule : public QObject
{
    Q_OBJECT

private slots:
    void theHighTouchTemplateIsScheduledAcrossGoldenWeek()
    {
        const auto templates = defaultRoadmapTemplates(TemplateLanguage::English, counter());
        const RoadmapTemplate& high = templates.at(0);
        const auto planned =
            RoadmapSchedule::apply(high, QStringLiteral("acc"), d("2025-04-21"), japan(), counter());
        QVERIFY(planned.ok());
        QVERIFY(planned->notes.isEmpty()); // a Monday kickoff, well inside the calendar
        // Offsets 0, 10, 15, 25, 35, 45, 50, 62 from Monday 2025-04-21 (0):
        //   Apr 22-25 (1-4), Apr 28 (5), Apr 29 昭和の日, Apr 30 (6), May 1-2 (7-8),
        //   May 3-6 Golden Week (憲法記念日 Sat, みどりの日 Sun, こどもの日 Mon, 振替休日 Tue),
        //   May 7-9 (9-11) -> offset 10 = May 8; May 12-16 (12-16) -> 15 = May 15;
        //   May 19-23 (17-21), May 26-30 (22-26) -> 25 = May 29; Jun 2-6 (27-31), Jun 9-13 (32-36) -> 35 =
        //   Jun 12; Jun 16-20 (37-41), Jun 23-27 (42-46) -> 45 = Jun 26; Jun 30-Jul 4 (47-51) -> 50 = Jul 3;
        //   Jul 7-11 (52-56), Jul 14-18 (57-61), Jul 21 海の日, Jul 22 (62) -> 62 = Jul 22.
        const QList<QDate> expected = {d("2025-04-21"), d("2025-05-08"), d("2025-05-15"), d("2025-05-29"),
                                       d("2025-06-12"), d("2025-06-26"), d("2025-07-03"), d("2025-07-22")};
        QCOMPARE(dues(planned->roadmap), expected);
    }

    void aRoadmapCopiesWhatItNeedsFromTheTemplate()
    {
        const RoadmapTemplate t = tpl({0, 5}, 1);
        const auto planned =
            RoadmapSchedule::apply(t, QStringLiteral("acc"), d("2025-06-02"), japan(), counter());
        QVERIFY(planned.ok());
        const Roadmap& r = planned->roadmap;
        QCOMPARE(r.id, QStringLiteral("id-1"));
        QCOMPARE(r.accountId, QStringLiteral("acc"));
        QCOMPARE(r.templateId, QStringLiteral("tpl"));
        QCOMPARE(r.name, QStringLiteral("Plan"));
        QCOMPARE(r.kickoffOn, d("2025-06-02"));
        QVERIFY(r.active);
        QCOMPARE(r.milestones.size(), 2);
        const Milestone& m = r.milestones.at(1);
        QCOMPARE(m.id, QStringLiteral("id-3"));
        QCOMPARE(m.roadmapId, r.id);
        QCOMPARE(m.position, 1);
        QCOMPARE(m.title, QStringLiteral("Step 1"));
        QCOMPARE(m.ownerSide, OwnerSide::Customer);
        QCOMPARE(m.successCriterion, QStringLiteral("Criterion 1"));
        QCOMPARE(m.templateMilestoneId, QStringLiteral("step-1"));
        QCOMPARE(m.offsetBusinessDays, 5);
        QVERIFY(m.firstValue);
        QVERIFY(!r.milestones.at(0).firstValue);
        QCOMPARE(m.status, MilestoneStatus::Planned);
        QVERIFY(!m.movedByHand);
        // Mon 2025-06-02 (0), Jun 3-6 (1-4), Mon Jun 9 (5).
        QCOMPARE(m.dueOn, d("2025-06-09"));
    }

    void aKickoffOnAHolidayStartsOnTheNextBusinessDayAndSaysSo()
    {
        const RoadmapTemplate t = tpl({0, 3});
        // こどもの日, Monday 2025-05-05; Tuesday 05-06 is its substitute: day 0 is Wednesday 05-07,
        // then May 8 (1), May 9 (2), [weekend], Monday May 12 (3).
        const auto planned =
            RoadmapSchedule::apply(t, QStringLiteral("acc"), d("2025-05-05"), japan(), counter());
        QVERIFY(planned.ok());
        QCOMPARE(dues(planned->roadmap), (QList<QDate>{d("2025-05-07"), d("2025-05-12")}));
        QCOMPARE(planned->roadmap.kickoffOn, d("2025-05-05")); // the kickoff stays what was entered
        QCOMPARE(planned->notes.size(), 1);
        const ScheduleNote& note = planned->notes.first();
        QCOMPARE(note.kind, ScheduleNote::Kind::KickoffNotBusinessDay);
        QCOMPARE(note.dayZero, d("2025-05-07"));
        QCOMPARE(note.holidayName, QStringLiteral("こどもの日"));
        QVERIFY(note.message().contains(QStringLiteral("2025-05-07")));
        QVERIFY(note.message().contains(QStringLiteral("こどもの日")));
    }

    void aWeekendKickoffSaysSoWithoutAHolidayName()
    {
        const auto planned =
            RoadmapSchedule::apply(tpl({0}), QStringLiteral("acc"), d("2025-06-07"), japan(), counter());
        QVERIFY(planned.ok());
        QCOMPARE(planned->notes.size(), 1);
        QCOMPARE(planned->notes.first().dayZero, d("2025-06-09")); // Saturday -> Monday
        QVERIFY(planned->notes.first().holidayName.isEmpty());
    }

    void theYearEndBreakIsSkipped()
    {
        // Wed 2025-12-24 (0), Dec 25 (1), Dec 26 (2), [27-28 weekend, 29-31 company, Jan 1 元日, Jan 2
        // company, 3-4 weekend], Mon Jan 5 (3), Jan 6 (4), Jan 7 (5), Jan 8 (6), Jan 9 (7), [Jan 12
        // 成人の日], Jan 13 (8), Jan 14 (9), Jan 15 (10).
        const auto planned = RoadmapSchedule::apply(tpl({0, 5, 10}), QStringLiteral("acc"), d("2025-12-24"),
                                                    withYearEndClosing(), counter());
        QVERIFY(planned.ok());
        QCOMPARE(dues(planned->roadmap), (QList<QDate>{d("2025-12-24"), d("2026-01-07"), d("2026-01-15")}));
        QVERIFY(planned->notes.isEmpty());
    }

    void aSubstituteHolidayIsSkipped()
    {
        // Thu 2025-11-20 (0), Fri 11-21 (1), [22 Sat, 23 Sun 勤労感謝の日, 24 Mon 休日 (its substitute)],
        // Tue 11-25 (2).
        const auto planned = RoadmapSchedule::apply(tpl({0, 1, 2}), QStringLiteral("acc"), d("2025-11-20"),
                                                    japan(), counter());
        QVERIFY(planned.ok());
        QCOMPARE(dues(planned->roadmap), (QList<QDate>{d("2025-11-20"), d("2025-11-21"), d("2025-11-25")}));
    }

    void aCompanyHolidayIsSkipped()
    {
        // A founding day on Fri 2025-10-10: Thu 10-09 (0), [10-10 company, 11-12 weekend, 13 スポーツの日],
        // Tue 10-14 (1).
        BookSettings s;
        s.companyHolidays.append({d("2025-10-10"), QStringLiteral("創立記念日")});
        const auto calendar = dates::HolidayCalendar::forSettings(s);
        const auto planned =
            RoadmapSchedule::apply(tpl({0, 1}), QStringLiteral("acc"), d("2025-10-09"), calendar, counter());
        QVERIFY(planned.ok());
        QCOMPARE(dues(planned->roadmap), (QList<QDate>{d("2025-10-09"), d("2025-10-14")}));
        // Without the company holiday the Friday is a business day.
        const auto plain =
            RoadmapSchedule::apply(tpl({0, 1}), QStringLiteral("acc"), d("2025-10-09"), japan(), counter());
        QCOMPARE(plain->roadmap.milestones.at(1).dueOn, d("2025-10-10"));
    }

    void dueDatesPastTheCalendarCountWeekendsOnlyWithAWarning()
    {
        // A calendar that covers 2025 only, with one holiday on Thu 2025-12-25.
        auto calendar = dates::HolidayCalendar::fromCsv(QStringLiteral("2025-12-25,Test holiday\n"));
        QVERIFY(calendar.ok());
        QCOMPARE(calendar->lastDate(), d("2025-12-31"));
        // Mon 2025-12-22 (0), 23 (1), 24 (2), [25 holiday], 26 (3), [27-28], 29 (4), 30 (5), 31 (6),
        // then 2026, which the calendar does not cover: Thu Jan 1 counts (7), Fri Jan 2 (8).
        const auto planned = RoadmapSchedule::apply(tpl({0, 3, 8}), QStringLiteral("acc"), d("2025-12-22"),
                                                    *calendar, counter());
        QVERIFY(planned.ok());
        QCOMPARE(dues(planned->roadmap), (QList<QDate>{d("2025-12-22"), d("2025-12-26"), d("2026-01-02")}));
        QCOMPARE(planned->notes.size(), 1);
        const ScheduleNote& note = planned->notes.first();
        QCOMPARE(note.kind, ScheduleNote::Kind::OutsideCalendar);
        QCOMPARE(note.calendarLast, d("2025-12-31"));
        QCOMPARE(note.milestones, QList<int>{2});
        QVERIFY(note.message().contains(QStringLiteral("2025")));
    }

    void theShippedCalendarWarnsPast2050()
    {
        const auto planned =
            RoadmapSchedule::apply(tpl({0, 62}), QStringLiteral("acc"), d("2050-12-01"), japan(), counter());
        QVERIFY(planned.ok());
        QVERIFY(planned->roadmap.milestones.at(1).dueOn.year() == 2051);
        QCOMPARE(planned->notes.size(), 1);
        QCOMPARE(planned->notes.first().milestones, QList<int>{1});
        QCOMPARE(planned->notes.first().calendarLast, d("2050-12-31"));
    }

    void aBookWithoutPublicCalendarNeverWarns()
    {
        const dates::HolidayCalendar none;
        const auto planned =
            RoadmapSchedule::apply(tpl({0, 62}), QStringLiteral("acc"), d("2050-12-01"), none, counter());
        QVERIFY(planned.ok());
        QVERIFY(planned->notes.isEmpty());
    }

    void applyingIsRefusedForAnEmptyTemplateOrAnInvalidKickoff()
    {
        const auto empty =
            RoadmapSchedule::apply(tpl({}), QStringLiteral("acc"), d("2025-06-02"), japan(), counter());
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QStringLiteral("no milestones")));
        const auto invalid =
            RoadmapSchedule::apply(tpl({0}), QStringLiteral("acc"), QDate(), japan(), counter());
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().where, QStringLiteral("kickoff"));
    }

    void templateEditsDoNotDisturbRoadmapsAlreadyApplied()
    {
        RoadmapTemplate t = tpl({0, 5, 10});
        auto planned = RoadmapSchedule::apply(t, QStringLiteral("acc"), d("2025-06-02"), japan(), counter());
        QVERIFY(planned.ok());
        Roadmap r = planned->roadmap;
        const Roadmap before = r;

        // Edit the template every way: rename, change an offset and the owner, delete one, add one.
        t.milestones[0].title = QStringLiteral("Renamed");
        t.milestones[1].offsetBusinessDays = 40;
        t.milestones[1].ownerSide = OwnerSide::Vendor;
        t.milestones[2].deleted = true;
        t.milestones.append(tpl({99}).milestones.first());

        QCOMPARE(r.milestones.at(0).title, QStringLiteral("Step 0"));
        // Re-planning reads the roadmap's own copy of the offsets, never the template: the kickoff one week
        // later moves every milestone by five business days (no holiday in June 2025).
        const auto replan = RoadmapSchedule::replan(r, d("2025-06-09"), japan());
        QVERIFY(replan.ok());
        QCOMPARE(r.milestones.size(), 3);
        QCOMPARE(r.milestones.at(1).offsetBusinessDays, 5);
        QCOMPARE(r.milestones.at(1).ownerSide, OwnerSide::Customer);
        // Mon Jun 9 (0) -> offset 5 Mon Jun 16, offset 10 Mon Jun 23.
        QCOMPARE(dues(r), (QList<QDate>{d("2025-06-09"), d("2025-06-16"), d("2025-06-23")}));
        QCOMPARE(before.milestones.at(2).dueOn, d("2025-06-16")); // Jun 2 (0) + 10
    }

    void replanningMovesOpenMilestonesOnly()
    {
        auto planned = RoadmapSchedule::apply(tpl({0, 5, 10, 15}), QStringLiteral("acc"), d("2025-04-21"),
                                              japan(), counter());
        QVERIFY(planned.ok());
        Roadmap r = planned->roadmap;
        // From Mon Apr 21 (0): Apr 28 (5); May 8 (10, across Golden Week as above); May 15 (15).
        QCOMPARE(dues(r), (QList<QDate>{d("2025-04-21"), d("2025-04-28"), d("2025-05-08"), d("2025-05-15")}));
        QVERIFY(RoadmapSchedule::change(r.milestones[0], {MilestoneAction::Complete, d("2025-04-21"), {}},
                                        r.kickoffOn, d("2025-04-25"))
                    .ok());
        QVERIFY(RoadmapSchedule::move(r, 2, d("2025-05-20")).ok()); // agreed with the customer
        QVERIFY(r.milestones.at(2).movedByHand);

        // The kickoff moves to Mon 2025-05-12: (0), May 19 (5), May 26 (10), Jun 2 (15).
        const auto result = RoadmapSchedule::replan(r, d("2025-05-12"), japan());
        QVERIFY(!result.ok()); // milestone 0 was completed on Apr 21, before the new kickoff
        QVERIFY(result.error().message.contains(QStringLiteral("2025-04-21")));
        QCOMPARE(r.kickoffOn, d("2025-04-21")); // unchanged
        QCOMPARE(r.milestones.at(1).dueOn, d("2025-04-28"));

        // An earlier kickoff works. From Mon 2025-04-14: Apr 14-18 (0-4), Apr 21-25 (5-9), Apr 28 (10),
        // [Apr 29 昭和の日], Apr 30 (11), May 1-2 (12-13), [May 3-6], May 7-8 (14-15).
        const auto earlier = RoadmapSchedule::replan(r, d("2025-04-14"), japan());
        QVERIFY(earlier.ok());
        QCOMPARE(r.kickoffOn, d("2025-04-14"));
        QCOMPARE(earlier->moved, (QList<int>{1, 3}));
        QCOMPARE(earlier->keptClosed, QList<int>{0});
        QCOMPARE(earlier->keptByHand, QList<int>{2});
        QCOMPARE(dues(r), (QList<QDate>{d("2025-04-21"), d("2025-04-21"), d("2025-05-20"), d("2025-05-08")}));

        // Asked to, re-planning also resets the milestone moved by hand: Apr 14 + 10 = Apr 28.
        const auto all = RoadmapSchedule::replan(r, d("2025-04-14"), japan(), {true});
        QVERIFY(all.ok());
        QCOMPARE(all->moved, (QList<int>{1, 2, 3}));
        QCOMPARE(r.milestones.at(2).dueOn, d("2025-04-28"));
        QVERIFY(!r.milestones.at(2).movedByHand);
    }

    void replanningToAHolidayKickoffSaysSo()
    {
        auto planned =
            RoadmapSchedule::apply(tpl({0, 1}), QStringLiteral("acc"), d("2025-06-02"), japan(), counter());
        Roadmap r = planned->roadmap;
        // 2026-09-22 is a citizens' holiday (between 敬老の日 and 秋分の日): day 0 is Thu 09-24, offset 1 Fri
        // 09-25.
        const auto result = RoadmapSchedule::replan(r, d("2026-09-22"), japan());
        QVERIFY(result.ok());
        QCOMPARE(dues(r), (QList<QDate>{d("2026-09-24"), d("2026-09-25")}));
        QCOMPARE(result->notes.size(), 1);
        QCOMPARE(result->notes.first().kind, ScheduleNote::Kind::KickoffNotBusinessDay);
        QCOMPARE(result->notes.first().dayZero, d("2026-09-24"));
    }

    void movingByHandAndBackToPlan()
    {
        auto planned =
            RoadmapSchedule::apply(tpl({0, 5}), QStringLiteral("acc"), d("2025-06-02"), japan(), counter());
        Roadmap r = planned->roadmap;
        QVERIFY(!RoadmapSchedule::move(r, 1, d("2025-06-01")).ok()); // before the kickoff
        QVERIFY(!RoadmapSchedule::move(r, 5, d("2025-06-20")).ok()); // no such milestone
        QVERIFY(RoadmapSchedule::move(r, 1, d("2025-06-20")).ok());
        QCOMPARE(r.milestones.at(1).dueOn, d("2025-06-20"));
        QVERIFY(RoadmapSchedule::resetToPlan(r, 1, japan()).ok());
        QCOMPARE(r.milestones.at(1).dueOn, d("2025-06-09"));
        QVERIFY(!r.milestones.at(1).movedByHand);

        r.milestones[1].status = MilestoneStatus::Done;
        QVERIFY(!RoadmapSchedule::move(r, 1, d("2025-06-20")).ok()); // history keeps its date
    }

    void allowedTransitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>(
            "allowed"); // one letter per action: Start Complete Block Unblock Skip Reopen
        QTest::newRow("planned") << int(MilestoneStatus::Planned) << QStringLiteral("SCB-K-");
        QTest::newRow("in progress") << int(MilestoneStatus::InProgress) << QStringLiteral("-CB-K-");
        QTest::newRow("blocked") << int(MilestoneStatus::Blocked) << QStringLiteral("-C-UK-");
        QTest::newRow("done") << int(MilestoneStatus::Done) << QStringLiteral("-----R");
        QTest::newRow("skipped") << int(MilestoneStatus::Skipped) << QStringLiteral("-----R");
    }

    void allowedTransitions()
    {
        QFETCH(int, from);
        QFETCH(QString, allowed);
        for (int a = 0; a < 6; ++a) {
            const bool expected = allowed.at(a) != QLatin1Char('-');
            QVERIFY2(RoadmapSchedule::isAllowed(MilestoneStatus(from), MilestoneAction(a)) == expected,
                     qPrintable(QStringLiteral("action %1").arg(a)));
        }
    }

    void aMilestoneGoesThroughItsStates()
    {
        const QDate kickoff = d("2025-06-02");
        const QDate today = d("2025-06-20");
        Milestone m;
        m.title = QStringLiteral("Technical setup");

        QVERIFY(
            RoadmapSchedule::change(m, {MilestoneAction::Start, d("2025-06-03"), {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::InProgress);
        QCOMPARE(m.startedOn, std::optional<QDate>(d("2025-06-03")));

        QVERIFY(
            !RoadmapSchedule::change(m, {MilestoneAction::Block, {}, QStringLiteral("  ")}, kickoff, today)
                 .ok());
        QCOMPARE(m.status, MilestoneStatus::InProgress);
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Block, {}, QStringLiteral(" No SSO admin ")},
                                        kickoff, today)
                    .ok());
        QCOMPARE(m.status, MilestoneStatus::Blocked);
        QCOMPARE(m.blockedReason, QStringLiteral("No SSO admin"));

        // Unblocked, it resumes where it was: started, so in progress.
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Unblock, {}, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::InProgress);
        QVERIFY(m.blockedReason.isEmpty());

        // Completion dates: not after today, not before the kickoff, not before the start.
        QVERIFY(!RoadmapSchedule::change(m, {MilestoneAction::Complete, d("2025-06-21"), {}}, kickoff, today)
                     .ok());
        QVERIFY(!RoadmapSchedule::change(m, {MilestoneAction::Complete, d("2025-06-01"), {}}, kickoff, today)
                     .ok());
        const Status beforeStart =
            RoadmapSchedule::change(m, {MilestoneAction::Complete, d("2025-06-02"), {}}, kickoff, today);
        QVERIFY(!beforeStart.ok());
        QCOMPARE(beforeStart.error().where, QStringLiteral("Technical setup"));
        QCOMPARE(m.status, MilestoneStatus::InProgress);
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Complete, today, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::Done);
        QCOMPARE(m.completedOn, std::optional<QDate>(today));

        QVERIFY(!RoadmapSchedule::change(m, {MilestoneAction::Skip, {}, {}}, kickoff, today).ok());
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Reopen, {}, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::InProgress);
        QVERIFY(!m.completedOn);
    }

    void aMilestoneNeverStartedGoesBackToPlanned()
    {
        const QDate kickoff = d("2025-06-02");
        const QDate today = d("2025-06-20");
        Milestone m;
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Block, {}, QStringLiteral("Waiting")}, kickoff,
                                        today)
                    .ok());
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Unblock, {}, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::Planned);
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Skip, {}, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::Skipped);
        QVERIFY(RoadmapSchedule::change(m, {MilestoneAction::Reopen, {}, {}}, kickoff, today).ok());
        QCOMPARE(m.status, MilestoneStatus::Planned);
        // Preparation may start before the kickoff meeting, never after today.
        QVERIFY(
            !RoadmapSchedule::change(m, {MilestoneAction::Start, d("2025-06-21"), {}}, kickoff, today).ok());
        QVERIFY(
            RoadmapSchedule::change(m, {MilestoneAction::Start, d("2025-05-30"), {}}, kickoff, today).ok());
        QVERIFY(
            !RoadmapSchedule::change(m, {MilestoneAction::Start, d("2025-06-03"), {}}, kickoff, today).ok());
    }
};

QTEST_GUILESS_MAIN(TestRoadmapSchedule)
#include "tst_roadmapschedule.moc"
