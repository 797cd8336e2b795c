#include "domain/AccountSummary.h"
#include "domain/Today.h"

#include <QTest>

using namespace csm;

namespace {
const QDate kAsOf(2026, 6, 30);

AccountSummary account(const QString& id, MinorUnits arr, QDate lastTouch, QDate contractStart = {},
                       int term = 12, int notice = 60, bool autoRenew = true,
                       const RecordedRenewals& recorded = {})
{
    AccountSummary s;
    s.id = id;
    s.name = id;
    s.arr = arr;
    s.stage = LifecycleStage::Mature;
    s.lastCustomerTouch = lastTouch;
    s.contractStart = contractStart;
    s.termMonths = contractStart.isValid() ? term : 0;
    s.noticeDays = notice;
    s.autoRenew = autoRenew;
    s.renewals = recorded;
    deriveSummary(s, BookSettings{}, kAsOf);
    return s;
}
} // namespace

class TestToday : public QObject
{
    Q_OBJECT
private slots:
    // Health lines (DESIGN §8): a drop of the threshold (15) or more against 30 days earlier, and red
    // accounts whose renewal is 0..120 days ahead; by ARR, largest first; churned accounts have none.
    void healthDropsAndRedRenewalsAreListedByArr()
    {
        AccountSummary drop = account(QStringLiteral("drop"), 2'000'000, kAsOf);
        drop.healthScore = 55.1;
        drop.healthScoreBefore = 70.1; // exactly 15 points: a drop
        drop.healthBand = HealthBand::Yellow;
        AccountSummary small = account(QStringLiteral("small"), 1'000'000, kAsOf);
        small.healthScore = 55.2;
        small.healthScoreBefore = 70.1; // 14.9: not a drop
        small.healthBand = HealthBand::Yellow;
        // Contract from 2025-09-01: renewal 2026-09-01, 63 days ahead.
        AccountSummary red = account(QStringLiteral("red"), 9'000'000, kAsOf, QDate(2025, 9, 1));
        red.healthScore = 39.9;
        red.healthScoreBefore = 60.0; // also a drop of 20.1
        red.healthBand = HealthBand::Red;
        // Renewal 2027-01-01: 185 days ahead, outside the window.
        AccountSummary later = account(QStringLiteral("later"), 8'000'000, kAsOf, QDate(2026, 1, 1));
        later.healthScore = 20.0;
        later.healthBand = HealthBand::Red;
        AccountSummary churned = red;
        churned.id = QStringLiteral("churned");
        churned.stage = LifecycleStage::Churned;
        const TodayList list = computeToday({drop, small, red, later, churned}, {}, BookSettings{}, kAsOf);
        QCOMPARE(list.health.size(), 3);
        QCOMPARE(list.health.at(0).accountId, QStringLiteral("red"));
        QCOMPARE(list.health.at(1).accountId, QStringLiteral("red"));
        QCOMPARE(list.health.at(0).kind, TodayHealth::Kind::Drop);
        QCOMPARE(list.health.at(1).kind, TodayHealth::Kind::RedRenewal);
        QCOMPARE(list.health.at(1).daysToRenewal, 63);
        QCOMPARE(list.health.at(1).renewalDate, QDate(2026, 9, 1));
        QCOMPARE(list.health.at(2).accountId, QStringLiteral("drop"));
        QCOMPARE(list.health.at(2).scoreBefore, std::optional<double>(70.1));
    }
    void followUpsDueAndOverdueAreListedMostOverdueFirst()
    {
        const QList<FollowUpDue> due = {
            {QStringLiteral("t1"), QStringLiteral("a"), QStringLiteral("A"), kAsOf, {}, {}},
            {QStringLiteral("t2"), QStringLiteral("b"), QStringLiteral("B"), kAsOf.addDays(-3), {}, {}},
            {QStringLiteral("t3"), QStringLiteral("c"), QStringLiteral("C"), kAsOf.addDays(1), {}, {}},
        };
        const TodayList list = computeToday({}, due, BookSettings{}, kAsOf);
        QCOMPARE(list.followUps.size(), 2);
        QCOMPARE(list.followUps.at(0).followUp.touchId, QStringLiteral("t2"));
        QCOMPARE(list.followUps.at(0).daysOverdue, 3);
        QCOMPARE(list.followUps.at(1).daysOverdue, 0);
    }
    void followUpLinesCarryTheirAccountsArr()
    {
        const AccountSummary a = account(QStringLiteral("a"), 7'500'000, kAsOf, QDate(2025, 9, 1));
        const QList<FollowUpDue> due = {
            {QStringLiteral("t1"), QStringLiteral("a"), QStringLiteral("A"), kAsOf, {}, {}},
            {QStringLiteral("t2"), QStringLiteral("gone"), QStringLiteral("Gone"), kAsOf, {}, {}},
        };
        const TodayList list = computeToday({a}, due, BookSettings{}, kAsOf);
        QCOMPARE(list.followUps.size(), 2);
        QCOMPARE(list.followUps.at(0).arr, MinorUnits(7'500'000));
        QCOMPARE(list.followUps.at(1).arr, MinorUnits(0)); // an account not in the list: no ARR known
    }
    void noticeDeadlinesWithin90DaysAreSortedByDeadlineWithArr()
    {
        // Renewal 2026-09-01, 60 days notice: deadline 2026-07-03 (3 days left).
        const AccountSummary soon = account(QStringLiteral("soon"), 5'000'000, kAsOf, QDate(2025, 9, 1));
        // Renewal 2026-11-15, 60 days notice: deadline 2026-09-16 (78 days left).
        const AccountSummary later = account(QStringLiteral("later"), 20'000'000, kAsOf, QDate(2025, 11, 15));
        // Renewal 2027-03-01: deadline 2026-12-31, beyond 90 days.
        const AccountSummary far = account(QStringLiteral("far"), 1'000'000, kAsOf, QDate(2026, 3, 1));
        const TodayList list = computeToday({later, far, soon}, {}, BookSettings{}, kAsOf);
        QCOMPARE(list.notices.size(), 2);
        QCOMPARE(list.notices.at(0).accountId, QStringLiteral("soon"));
        QCOMPARE(list.notices.at(0).noticeDeadline, QDate(2026, 7, 3));
        QCOMPARE(list.notices.at(0).daysLeft, 3);
        QCOMPARE(list.notices.at(0).arr, MinorUnits(5'000'000));
        QCOMPARE(list.notices.at(1).accountId, QStringLiteral("later"));
    }
    void accountsPastTheirCadenceAreSilent()
    {
        BookSettings settings; // high 14, low 30, tech 90 days
        // High touch (ARR >= 10M): 15 days since the last touch is past the 14-day cadence.
        const AccountSummary high = account(QStringLiteral("high"), 12'000'000, kAsOf.addDays(-15));
        // High touch, exactly 14 days: within the cadence.
        const AccountSummary onCadence = account(QStringLiteral("onCadence"), 12'000'000, kAsOf.addDays(-14));
        // Tech touch, 60 days: within 90.
        const AccountSummary tech = account(QStringLiteral("tech"), 100'000, kAsOf.addDays(-60));
        const AccountSummary never = account(QStringLiteral("never"), 100'000, QDate());
        const TodayList list = computeToday({high, onCadence, tech, never}, {}, settings, kAsOf);
        QCOMPARE(list.silent.size(), 2);
        QCOMPARE(list.silent.at(0).accountId, QStringLiteral("never"));
        QCOMPARE(list.silent.at(0).daysSilent, -1);
        QCOMPARE(list.silent.at(1).accountId, QStringLiteral("high"));
        QCOMPARE(list.silent.at(1).daysSilent, 15);
        QCOMPARE(list.silent.at(1).cadenceDays, 14);
    }
    void cadenceComesFromTheBookSettingsAndTheOverride()
    {
        BookSettings settings;
        settings.cadenceTechDays = 30;
        AccountSummary tech = account(QStringLiteral("tech"), 100'000, kAsOf.addDays(-31));
        QCOMPARE(computeToday({tech}, {}, settings, kAsOf).silent.size(), 1);
        tech.touchModelOverride = TouchModel::Low;
        settings.cadenceLowDays = 45;
        QCOMPARE(computeToday({tech}, {}, settings, kAsOf).silent.size(), 0);
    }
    void churnedAccountsAreNeitherSilentNorListedForNotice()
    {
        AccountSummary gone = account(QStringLiteral("gone"), 0, QDate(), QDate(2025, 9, 1));
        gone.stage = LifecycleStage::Churned;
        const TodayList list = computeToday({gone}, {}, BookSettings{}, kAsOf);
        QVERIFY(list.isEmpty());
    }
    // Issue 9, item 5: a contract that does not renew automatically ends; Today says so until somebody
    // records a renewal, and lists its end (not an invented notice deadline) while it is ahead.
    void aContractThatEndedWithoutRenewalIsListedWithItsArrUntilOneIsRecorded()
    {
        const auto fixedTerm = [](const QString& id, MinorUnits arr, QDate start,
                                  RecordedRenewals recorded = {}) {
            return account(id, arr, kAsOf, start, 12, 60, false, recorded);
        };
        // Ended 2026-06-01 and 2025-11-15; one renewed (runs to 2027-05-01); one ending 2026-08-14, ahead.
        const AccountSummary endedLately = fixedTerm(QStringLiteral("lately"), 3'000'000, QDate(2025, 6, 1));
        const AccountSummary endedLongAgo =
            fixedTerm(QStringLiteral("longAgo"), 9'000'000, QDate(2024, 11, 15));
        const AccountSummary renewed =
            fixedTerm(QStringLiteral("renewed"), 1'000'000, QDate(2025, 5, 1), {QDate(2026, 5, 1), {}});
        const AccountSummary churned =
            fixedTerm(QStringLiteral("churned"), 0, QDate(2025, 5, 1), {{}, QDate(2026, 5, 1)});
        const AccountSummary endingSoon = fixedTerm(QStringLiteral("soon"), 2'000'000, QDate(2025, 8, 14));
        const TodayList list = computeToday({endedLongAgo, renewed, endedLately, churned, endingSoon}, {},
                                            BookSettings{}, kAsOf);

        QCOMPARE(list.ended.size(), 2); // the churn decided the third one
        QCOMPARE(list.ended.at(0).accountId, QStringLiteral("lately"));
        QCOMPARE(list.ended.at(0).endedOn, QDate(2026, 6, 1));
        QCOMPARE(list.ended.at(0).daysSince, 29);
        QCOMPARE(list.ended.at(0).arr, MinorUnits(3'000'000));
        QCOMPARE(list.ended.at(1).accountId, QStringLiteral("longAgo"));
        QCOMPARE(list.ended.at(1).endedOn, QDate(2025, 11, 15));

        // No notice deadline is invented: the one ending ahead is listed by its end, within the window.
        QCOMPARE(list.notices.size(), 1);
        QCOMPARE(list.notices.at(0).accountId, QStringLiteral("soon"));
        QVERIFY(list.notices.at(0).endsWithoutRenewal);
        QCOMPARE(list.notices.at(0).renewalDate, QDate(2026, 8, 14));
        QCOMPARE(list.notices.at(0).daysLeft, 45);
    }

    void silentOrderPutsTheFurthestPastCadenceFirst()
    {
        const AccountSummary high = account(QStringLiteral("high"), 12'000'000, kAsOf.addDays(-28)); // q = 2
        const AccountSummary tech = account(QStringLiteral("tech"), 100'000, kAsOf.addDays(-100)); // q = 1.1
        const TodayList list = computeToday({tech, high}, {}, BookSettings{}, kAsOf);
        QCOMPARE(list.silent.size(), 2);
        QCOMPARE(list.silent.at(0).accountId, QStringLiteral("high"));
    }

    // Issue 14: renewals entering a stage since the business day before. As of Monday 2026-06-29, with
    // Friday 2026-06-26 as the business day before: T-90 of a deadline on 2026-09-27 begins on Monday (90
    // days before), T-30 of 2026-07-27 on Saturday the 27th, T-60 of 2026-08-27 on Sunday the 28th, past the
    // deadline of Friday 2026-06-26 on Saturday; T-30 of 2026-07-26 began on Friday itself, already listed
    // then. Largest ARR first.
    void renewalsEnteringAStageSinceTheBusinessDayBefore()
    {
        const QDate monday(2026, 6, 29);
        const QDate friday(2026, 6, 26);
        const auto renewal = [&](const char* name, QDate deadline, QDate renewalDate, MinorUnits arr) {
            UpcomingRenewal r;
            r.contract.accountId = QString::fromLatin1(name);
            r.contract.accountName = QString::fromLatin1(name);
            r.contract.arr = arr;
            r.point = {1, renewalDate, deadline};
            r.countdown = RenewalStages::countdown(r.point, monday);
            return r;
        };
        const QList<UpcomingRenewal> renewals{
            renewal("A", QDate(2026, 9, 27), QDate(2026, 11, 26), 1'000'000),
            renewal("B", QDate(2026, 7, 27), QDate(2026, 9, 25), 5'000'000),
            renewal("C", QDate(2026, 6, 26), QDate(2026, 8, 25), 3'000'000),
            renewal("D", QDate(2026, 8, 27), QDate(2026, 10, 26), 500'000),
            renewal("E", QDate(2026, 7, 26), QDate(2026, 9, 24), 9'000'000),
        };
        const QList<TodayStageEntry> entries = renewalsEnteringStages(renewals, friday, monday);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].accountId, QStringLiteral("B"));
        QCOMPARE(entries[0].stage, RenewalStage::T30);
        QCOMPARE(entries[0].enteredOn, QDate(2026, 6, 27));
        QCOMPARE(entries[0].daysLeft, 28);
        QCOMPARE(entries[1].accountId, QStringLiteral("C"));
        QCOMPARE(entries[1].stage, RenewalStage::PastDeadline);
        QCOMPARE(entries[1].enteredOn, QDate(2026, 6, 27));
        QCOMPARE(entries[1].daysLeft, -3);
        QCOMPARE(entries[2].accountId, QStringLiteral("A"));
        QCOMPARE(entries[2].stage, RenewalStage::T90);
        QCOMPARE(entries[2].enteredOn, monday);
        QCOMPARE(entries[2].actBy, QDate(2026, 9, 27));
        QCOMPARE(entries[2].renewalDate, QDate(2026, 11, 26));
        QCOMPARE(entries[2].arr, MinorUnits(1'000'000));
        QCOMPARE(entries[3].accountId, QStringLiteral("D"));
        QCOMPARE(entries[3].stage, RenewalStage::T60);
        // The next day only what enters on Tuesday would be listed: none of these.
        QVERIFY(renewalsEnteringStages(renewals, monday, monday.addDays(1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
