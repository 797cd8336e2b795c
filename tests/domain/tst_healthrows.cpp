// The reference aggregates of DESIGN §5 from an account's rows: window edges, what counts as a touch, the
// order of the latest sentiments, NPS and milestones, the touch model on the date. Expected values by hand.

#include "domain/HealthRows.h"
#include "domain/Settings.h"

#include <QTest>
#include <QTimeZone>

using namespace csm;

namespace {

// d = 2025-06-30: d-29 = 06-01, d-30 = 05-31, d-59 = 05-02, d-60 = 05-01, d-179 = 01-02, d-180 = 01-01,
// d-364 = 2024-07-01, d-365 = 2024-06-30.
const QDate kAsOf(2025, 6, 30);

QDate daysBefore(int n)
{
    return kAsOf.addDays(-n);
}

UsageMetric activeUsers(QDate date, double value, const QString& metric = QStringLiteral("active_users"))
{
    UsageMetric u;
    u.accountId = QStringLiteral("a");
    u.date = date;
    u.metric = metric;
    u.value = value;
    return u;
}

int g_touchSerial = 0;

Touch touch(QDate on, std::optional<int> sentiment = std::nullopt, std::optional<QTime> at = std::nullopt,
            TouchKind kind = TouchKind::Meeting)
{
    Touch t;
    t.id = QStringLiteral("t%1").arg(++g_touchSerial, 4, 10, QLatin1Char('0'));
    t.accountId = QStringLiteral("a");
    t.occurredOn = on;
    t.occurredAt = at;
    t.kind = kind;
    t.sentiment = sentiment;
    // Logged the evening of the day it happened, unless a test says otherwise.
    t.createdAt = QDateTime(on, QTime(20, 0), QTimeZone::utc());
    return t;
}

NpsResponse response(QDate on, int score, bool deleted = false)
{
    NpsResponse r;
    r.respondedOn = on;
    r.score = score;
    r.deleted = deleted;
    return r;
}

Milestone milestone(QDate due, MilestoneStatus status, std::optional<QDate> completed = std::nullopt)
{
    Milestone m;
    m.dueOn = due;
    m.status = status;
    m.completedOn = completed;
    return m;
}

Account account(int seats, std::optional<TouchModel> model = TouchModel::High)
{
    Account a;
    a.id = QStringLiteral("a");
    a.seats = seats;
    a.touchModelOverride = model;
    return a;
}

HealthInputs inputsOf(const Account& a, const QList<UsageMetric>& usage, const QList<Touch>& touches = {},
                      const QList<NpsResponse>& nps = {}, const QList<Roadmap>& roadmaps = {},
                      const QList<ArrEvent>& arr = {}, QDate asOf = kAsOf)
{
    return healthInputsAt(healthRowsOf(a, arr, usage, touches, nps, roadmaps), BookSettings{}, asOf);
}

} // namespace

class TestHealthRows : public QObject
{
    Q_OBJECT

private slots:
    void usageWindowsIncludeTheirEdges()
    {
        const QList<UsageMetric> usage = {
            activeUsers(kAsOf, 10),                            // recent
            activeUsers(daysBefore(29), 20),                   // recent: d-29 is in
            activeUsers(daysBefore(30), 30),                   // prior: d-30 is out of the recent window
            activeUsers(daysBefore(59), 50),                   // prior
            activeUsers(daysBefore(60), 1000),                 // neither
            activeUsers(kAsOf.addDays(1), 1000),               // after d
            activeUsers(kAsOf, 999, QStringLiteral("logins")), // another metric
        };
        const HealthInputs in = inputsOf(account(20), usage);
        QCOMPARE(in.recentUsageSum, 30.0);
        QCOMPARE(in.recentUsageDays, 2);
        QCOMPARE(in.priorUsageSum, 80.0);
        QCOMPARE(in.priorUsageDays, 2);
        QCOMPARE(in.seats, 20);
        // Adoption: mean 15 of 20 seats -> 75. Usage trend: 15 / 40 = 0.375 -> 50 - 62.5 < 0 -> 0.
        const HealthExplanation e = scoreHealth(in, HealthModel{}, kAsOf);
        QCOMPARE(e.factor(HealthFactor::Adoption).score, 75.0);
        QCOMPARE(e.factor(HealthFactor::UsageTrend).input, 0.375);
        QCOMPARE(e.factor(HealthFactor::UsageTrend).score, 0.0);
    }

    // Usage in date order (as storage reads it) is windowed by binary search: the same edges as above, by
    // hand, on d and on two other days, with samples on each edge and just outside.
    void usageInDateOrderKeepsTheWindowEdges()
    {
        HealthAccountRows rows;
        rows.seats = 20;
        rows.usage = {{daysBefore(61), 1}, {daysBefore(60), 2},    {daysBefore(59), 4},
                      {daysBefore(30), 8}, {daysBefore(29), 16},   {daysBefore(1), 32},
                      {kAsOf, 64},         {kAsOf.addDays(1), 128}};
        rows.usageInDateOrder = true;
        const BookSettings settings;
        HealthInputs in = healthInputsAt(rows, settings, kAsOf);
        QCOMPARE(in.recentUsageSum, 16.0 + 32 + 64);
        QCOMPARE(in.recentUsageDays, 3);
        QCOMPARE(in.priorUsageSum, 4.0 + 8);
        QCOMPARE(in.priorUsageDays, 2);
        // A day later: d-28 .. d+1 recent (16 is out), d-58 .. d-29 prior (4 is out, 16 in).
        in = healthInputsAt(rows, settings, kAsOf.addDays(1));
        QCOMPARE(in.recentUsageSum, 32.0 + 64 + 128);
        QCOMPARE(in.recentUsageDays, 3);
        QCOMPARE(in.priorUsageSum, 8.0 + 16);
        QCOMPARE(in.priorUsageDays, 2);
        // Before every sample: nothing.
        in = healthInputsAt(rows, settings, daysBefore(62));
        QCOMPARE(in.recentUsageDays + in.priorUsageDays, 0);
        // The same rows without the promise of order give the same inputs.
        HealthAccountRows unordered = rows;
        unordered.usageInDateOrder = false;
        for (const QDate d : {kAsOf, kAsOf.addDays(1), daysBefore(45), daysBefore(62)})
            QCOMPARE(healthInputsAt(unordered, settings, d), healthInputsAt(rows, settings, d));
    }

    void theMeanIsOverTheDaysThatHaveAValue()
    {
        // A weekly feed: four values of 40 in d-29..d. Mean 40 (not 160 / 30), 40 of 50 seats -> 80.
        const QList<UsageMetric> usage = {activeUsers(kAsOf, 40), activeUsers(daysBefore(7), 40),
                                          activeUsers(daysBefore(14), 40), activeUsers(daysBefore(21), 40)};
        const HealthExplanation e = scoreHealth(inputsOf(account(50), usage), HealthModel{}, kAsOf);
        QCOMPARE(e.factor(HealthFactor::Adoption).input, 0.8);
        QCOMPARE(e.score, 80.0);
    }

    void engagementCountsTheLatestCustomerTouchOnOrBeforeTheDate()
    {
        Touch tombstoned = touch(daysBefore(10), 2);
        tombstoned.deleted = true;
        const QList<Touch> touches = {
            touch(daysBefore(20)),                                 // the latest customer touch
            touch(daysBefore(2), {}, {}, TouchKind::InternalNote), // not a touch
            tombstoned,                                            // deleted
            touch(kAsOf.addDays(3)),                               // after d
            touch(daysBefore(40)),
        };
        const HealthInputs in = inputsOf(account(0), {}, touches);
        QCOMPARE(in.lastCustomerTouch, daysBefore(20));
        QCOMPARE(in.touchModel, TouchModel::High);
        // q = 20 / 14 = 1.4286 -> 100 x (3 - 1.4286) / 2 = 78.571 -> 78.6.
        const HealthExplanation e = scoreHealth(in, HealthModel{}, kAsOf);
        QCOMPARE(e.factor(HealthFactor::Engagement).score, 100 * (3 - 20.0 / 14) / 2);
        QCOMPARE(e.score, 78.6);
        // The tombstoned touch's sentiment does not count either: no sentiment at all.
        QCOMPARE(in.sentimentCount, 0);
    }

    void internalNotesAloneAreNoTouches()
    {
        const QList<Touch> notes = {touch(daysBefore(1), {}, {}, TouchKind::InternalNote),
                                    touch(daysBefore(5), 1, {}, TouchKind::InternalNote)};
        const HealthInputs in = inputsOf(account(0), {}, notes);
        QVERIFY(!in.lastCustomerTouch.isValid());
        QCOMPARE(in.sentimentCount, 0);
        const HealthExplanation e = scoreHealth(in, HealthModel{}, kAsOf);
        QVERIFY(!e.hasData(HealthFactor::Engagement));
        QVERIFY(!e.hasData(HealthFactor::Sentiment));
        QVERIFY(!e.score);
    }

    void sentimentTakesTheLatestFive_data()
    {
        QTest::addColumn<QList<Touch>>("touches");
        QTest::addColumn<int>("sum");
        QTest::addColumn<int>("count");
        // Four neutral touches on d-1, then two on d-3 compete for the fifth place.
        const auto fourNeutral = [] {
            return QList<Touch>{touch(daysBefore(1), 0), touch(daysBefore(1), 0), touch(daysBefore(1), 0),
                                touch(daysBefore(1), 0)};
        };
        {
            // By date: the d-3 one (+2) beats the d-4 one (-2). Sum 0+0+0+0+2 = 2.
            QList<Touch> t = fourNeutral();
            t << touch(daysBefore(4), -2) << touch(daysBefore(3), 2);
            QTest::newRow("date") << t << 2 << 5;
        }
        {
            // Same day, by time: 14:00 (+2) is later than 09:00 (-2). Sum 2.
            QList<Touch> t = fourNeutral();
            t << touch(daysBefore(3), -2, QTime(9, 0)) << touch(daysBefore(3), 2, QTime(14, 0));
            QTest::newRow("time") << t << 2 << 5;
        }
        {
            // Same day: a touch without a time comes before the timed ones: 08:00 (-2) is the later. Sum -2.
            QList<Touch> t = fourNeutral();
            t << touch(daysBefore(3), -2, QTime(8, 0)) << touch(daysBefore(3), 2);
            QTest::newRow("untimed before timed") << t << -2 << 5;
        }
        {
            // Same day and time: the one logged later is the later. Sum 2.
            QList<Touch> t = fourNeutral();
            Touch loggedLast = touch(daysBefore(3), 2, QTime(10, 0));
            Touch loggedFirst = touch(daysBefore(3), -2, QTime(10, 0));
            loggedLast.createdAt = QDateTime(daysBefore(3), QTime(11, 0), QTimeZone::utc());
            loggedFirst.createdAt = QDateTime(daysBefore(3), QTime(9, 0), QTimeZone::utc());
            t << loggedLast << loggedFirst;
            QTest::newRow("logged at") << t << 2 << 5;
        }
        {
            // Everything equal: the greater id is the later ("t..." ids ascend as they are made). Sum -1.
            QList<Touch> t = fourNeutral();
            Touch first = touch(daysBefore(3), 1, QTime(10, 0));
            Touch second = touch(daysBefore(3), -1, QTime(10, 0));
            t << second << first;
            QTest::newRow("id") << t << -1 << 5;
        }
        {
            // d-179 is in the window, d-180 is not; a touch without a sentiment does not take a place.
            QList<Touch> t = {touch(daysBefore(179), 2), touch(daysBefore(180), -2), touch(daysBefore(1))};
            QTest::newRow("window") << t << 2 << 1;
        }
        {
            // Fewer than five: all of them. 1 - 1 + 2 = 2 over 3.
            QList<Touch> t = {touch(daysBefore(100), 1), touch(daysBefore(50), -1), touch(kAsOf, 2)};
            QTest::newRow("three") << t << 2 << 3;
        }
    }
    void sentimentTakesTheLatestFive()
    {
        QFETCH(QList<Touch>, touches);
        QFETCH(int, sum);
        QFETCH(int, count);
        const HealthInputs in = inputsOf(account(0), {}, touches);
        QCOMPARE(in.sentimentSum, sum);
        QCOMPARE(in.sentimentCount, count);
        // The same whatever the order the rows come in.
        QList<Touch> reversed(touches.rbegin(), touches.rend());
        const HealthInputs again = inputsOf(account(0), {}, reversed);
        QCOMPARE(again.sentimentSum, sum);
    }

    void npsCountsTheYearToTheDate()
    {
        const QList<NpsResponse> nps = {
            response(kAsOf, 10),               // promoter
            response(daysBefore(364), 9),      // promoter, first day of the window
            response(daysBefore(365), 0),      // out
            response(kAsOf.addDays(1), 0),     // after d
            response(daysBefore(10), 0, true), // tombstoned
            response(daysBefore(100), 7),      // passive
            response(daysBefore(200), 6),      // detractor
            response(daysBefore(300), 8),      // passive
        };
        const HealthInputs in = inputsOf(account(0), {}, {}, nps);
        QCOMPARE(in.npsResponses, 5);
        QCOMPARE(in.npsPromoters, 2);
        QCOMPARE(in.npsDetractors, 1);
        // NPS = (2 - 1) / 5 = +20 -> (20 + 100) / 2 = 60.
        QCOMPARE(scoreHealth(in, HealthModel{}, kAsOf).score, 60.0);
    }

    void onboardingCountsDueMilestonesOfActiveRoadmaps()
    {
        Roadmap active;
        active.active = true;
        Milestone deleted = milestone(daysBefore(20), MilestoneStatus::Done, daysBefore(25));
        deleted.deleted = true;
        active.milestones = {
            milestone(daysBefore(10), MilestoneStatus::Done, daysBefore(12)), // on time
            milestone(daysBefore(10), MilestoneStatus::Done, daysBefore(10)), // on the due date: on time
            milestone(daysBefore(10), MilestoneStatus::Done, daysBefore(9)),  // late
            milestone(daysBefore(5), MilestoneStatus::Skipped),               // counts as on time
            milestone(daysBefore(3), MilestoneStatus::InProgress),            // overdue
            milestone(kAsOf, MilestoneStatus::Planned),                       // due today, not done
            milestone(kAsOf.addDays(1), MilestoneStatus::Planned),            // not due
            milestone(daysBefore(20), MilestoneStatus::Done),                 // done, no date: not on time
            deleted,
        };
        Roadmap finished;
        finished.active = false;
        finished.milestones = {milestone(daysBefore(10), MilestoneStatus::Done, daysBefore(12))};
        const HealthInputs in = inputsOf(account(0), {}, {}, {}, {active, finished});
        // Due: 7 (all but the one due tomorrow and the deleted one); on time: 3.
        QCOMPARE(in.milestonesDue, 7);
        QCOMPARE(in.milestonesOnTime, 3);
        // 100 x 3 / 7 = 42.857 -> 42.9.
        QCOMPARE(scoreHealth(in, HealthModel{}, kAsOf).score, 42.9);
    }

    void theTouchModelIsTheOneOnTheDate()
    {
        // JPY defaults: high at 10,000,000 and more, low at 1,000,000 and more.
        const QList<ArrEvent> arr = [] {
            QList<ArrEvent> list;
            ArrEvent e;
            e.effectiveOn = QDate(2023, 1, 1);
            e.arrAfter = 20'000'000;
            list << e;
            e.effectiveOn = QDate(2024, 1, 1);
            e.arrAfter = 5'000'000; // contraction
            list << e;
            e.effectiveOn = QDate(2025, 1, 1);
            e.arrAfter = 0; // churn
            list << e;
            return list;
        }();
        const HealthAccountRows rows = healthRowsOf(account(10, std::nullopt), arr, {}, {}, {}, {});
        const BookSettings settings;
        QCOMPARE(touchModelOn(rows, settings, QDate(2023, 6, 1)), TouchModel::High);
        QCOMPARE(touchModelOn(rows, settings, QDate(2024, 1, 1)), TouchModel::Low); // the day it took effect
        // Churned: the ARR on the date is 0, so tech touch (DESIGN §3 and §6, as the accounts list shows it).
        QCOMPARE(touchModelOn(rows, settings, QDate(2025, 6, 30)), TouchModel::Tech);
        QCOMPARE(touchModelOn(rows, settings, QDate(2024, 12, 31)), TouchModel::Low); // the day before
        // Before it was a customer: ARR 0 as well.
        QCOMPARE(touchModelOn(rows, settings, QDate(2022, 6, 1)), TouchModel::Tech);
        // An override wins on every date.
        const HealthAccountRows overridden = healthRowsOf(account(10, TouchModel::Tech), arr, {}, {}, {}, {});
        QCOMPARE(touchModelOn(overridden, settings, QDate(2023, 6, 1)), TouchModel::Tech);
        // No ARR events: the account's ARR now.
        Account plain = account(10, std::nullopt);
        plain.arr = 2'000'000;
        QCOMPARE(touchModelOn(healthRowsOf(plain, {}, {}, {}, {}, {}), settings, kAsOf), TouchModel::Low);
    }

    void oneAccountOnSeveralDates()
    {
        // A high-touch account with 40 seats. Usage: 30 a day through June, 40 a day through May.
        QList<UsageMetric> usage;
        for (QDate day(2025, 5, 1); day <= kAsOf; day = day.addDays(1))
            usage << activeUsers(day, day.month() == 6 ? 30 : 40);
        const QList<Touch> touches = {touch(QDate(2025, 6, 2), 1), touch(QDate(2025, 5, 20), -1),
                                      touch(QDate(2025, 4, 15), 2)};
        const QList<NpsResponse> nps = {response(QDate(2025, 3, 1), 9), response(QDate(2024, 9, 1), 5)};
        const HealthAccountRows rows = healthRowsOf(account(40), {}, usage, touches, nps, {});

        // On 2025-06-30: adoption 30 / 40 -> 75; trend: 30 over d-29..d, d-59..d-30 = 05-02..05-31 all 40:
        // r = 0.75 -> 25; engagement 28 days / 14 = 2 -> 50; sentiment (1 - 1 + 2) / 3 = 0.667 -> 66.67;
        // NPS (1 - 1) / 2 = 0 -> 50. (25 x 75 + 15 x 25 + 20 x 50 + 15 x 66.667 + 15 x 50) / 90
        // = (1875 + 375 + 1000 + 1000 + 750) / 90 = 5000 / 90 = 55.56 -> 55.6.
        const HealthExplanation now =
            scoreHealth(healthInputsAt(rows, BookSettings{}, kAsOf), HealthModel{}, kAsOf);
        QCOMPARE(now.score, 55.6);
        QCOMPARE(now.dropped(), QList<HealthFactor>{HealthFactor::Onboarding});

        // On 2025-05-31: adoption 40 / 40 -> 100; trend: d-59..d-30 = 04-02..05-01 has only 05-01 (40): r = 1
        // -> 50; engagement 11 days -> 100; sentiment (-1 + 2) / 2 = 0.5 -> 62.5; NPS the same 50.
        // (2500 + 750 + 2000 + 937.5 + 750) / 90 = 6937.5 / 90 = 77.08 -> 77.1.
        const QDate monthBefore(2025, 5, 31);
        const HealthExplanation before =
            scoreHealth(healthInputsAt(rows, BookSettings{}, monthBefore), HealthModel{}, monthBefore);
        QCOMPARE(before.score, 77.1);
    }
};

QTEST_GUILESS_MAIN(TestHealthRows)
#include "tst_healthrows.moc"
