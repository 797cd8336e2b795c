// Renewal countdowns and stages (issue 14): stages count down to the day the CSM has to act by.

#include "domain/RenewalStage.h"

#include <QTest>

using namespace csm;

Q_DECLARE_METATYPE(csm::RenewalStage)

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A renewal on 2026-11-30 whose notice deadline is 2026-09-30.
RenewalPoint renewal()
{
    return {1, d("2026-11-30"), d("2026-09-30")};
}

} // namespace

class TestRenewalStages : public QObject
{
    Q_OBJECT

private slots:
    void stageFollowsTheDaysLeftToTheDeadline_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<RenewalStage>("stage");

        QTest::newRow("181") << 181 << RenewalStage::Later;
        QTest::newRow("180") << 180 << RenewalStage::T180;
        QTest::newRow("121") << 121 << RenewalStage::T180;
        QTest::newRow("120") << 120 << RenewalStage::T120;
        QTest::newRow("91") << 91 << RenewalStage::T120;
        QTest::newRow("90") << 90 << RenewalStage::T90;
        QTest::newRow("61") << 61 << RenewalStage::T90;
        QTest::newRow("60") << 60 << RenewalStage::T60;
        QTest::newRow("31") << 31 << RenewalStage::T60;
        QTest::newRow("30") << 30 << RenewalStage::T30;
        QTest::newRow("the deadline itself") << 0 << RenewalStage::T30;
        QTest::newRow("the day after") << -1 << RenewalStage::PastDeadline;
        QTest::newRow("long past") << -50 << RenewalStage::PastDeadline;
    }

    void stageFollowsTheDaysLeftToTheDeadline()
    {
        QFETCH(int, daysLeft);
        QFETCH(RenewalStage, stage);
        QCOMPARE(RenewalStages::forDaysLeft(daysLeft), stage);
        // The same through a renewal and a day: deadline 2026-09-30 minus the days left.
        const QDate asOf = d("2026-09-30").addDays(-daysLeft);
        const RenewalCountdown c = RenewalStages::countdown(renewal(), asOf);
        QCOMPARE(c.daysToNotice, daysLeft);
        QCOMPARE(c.daysToRenewal, daysLeft + 61); // 9/30 to 11/30: 31 days of October and 30 of November
        QCOMPARE(c.stage, stage);
    }

    void eachStageIsEnteredOnItsFirstDay()
    {
        // 2026-09-30 - 180 days = 2026-04-03 (9/30 -> 4/30 is 153 days: 31 + 31 + 30 + 31 + 30; 27 more).
        QCOMPARE(RenewalStages::firstDay(RenewalStage::T180, d("2026-09-30")), d("2026-04-03"));
        // - 90 days = 2026-07-02 (7/2 -> 7/31 is 29, -> 8/31 is 60, -> 9/30 is 90).
        QCOMPARE(RenewalStages::firstDay(RenewalStage::T90, d("2026-09-30")), d("2026-07-02"));
        QCOMPARE(RenewalStages::firstDay(RenewalStage::T30, d("2026-09-30")), d("2026-08-31"));
        QCOMPARE(RenewalStages::firstDay(RenewalStage::PastDeadline, d("2026-09-30")), d("2026-10-01"));
        QVERIFY(!RenewalStages::firstDay(RenewalStage::Later, d("2026-09-30")).isValid());

        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-04-03")), RenewalStage::T180);
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-07-02")), RenewalStage::T90);
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-08-31")), RenewalStage::T30);
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-10-01")), RenewalStage::PastDeadline);
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-04-02")), std::nullopt); // still Later
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-04-04")), std::nullopt); // T-180's second day
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-09-30")), std::nullopt); // the deadline itself
        QCOMPARE(RenewalStages::enteredOn(renewal(), d("2026-11-30")), std::nullopt); // renewed by then

        // Walking day by day from a year before, exactly six entries happen: five stages and past deadline.
        QList<RenewalStage> entered;
        for (QDate day = d("2025-11-30"); day <= d("2026-12-31"); day = day.addDays(1)) {
            if (const auto s = RenewalStages::enteredOn(renewal(), day)) {
                entered.append(*s);
                QCOMPARE(RenewalStages::firstDay(*s, d("2026-09-30")), day);
            }
        }
        const QList<RenewalStage> expected = {RenewalStage::T180, RenewalStage::T120,
                                              RenewalStage::T90,  RenewalStage::T60,
                                              RenewalStage::T30,  RenewalStage::PastDeadline};
        QCOMPARE(entered, expected);
    }

    void contractWithoutAutoRenewCountsDownToItsEnd()
    {
        const RenewalPoint ending{1, d("2026-04-01"), QDate()};
        const RenewalCountdown c = RenewalStages::countdown(ending, d("2026-03-02"));
        QCOMPARE(c.daysToNotice, 30); // 3/2 -> 4/1: 30 days
        QCOMPARE(c.daysToRenewal, 30);
        QCOMPARE(c.stage, RenewalStage::T30);
        QCOMPARE(RenewalStages::enteredOn(ending, d("2026-03-02")), RenewalStage::T30);
    }

    void codesAndNamesAreStable()
    {
        QCOMPARE(RenewalStages::leadDays(), (QList<int>{180, 120, 90, 60, 30}));
        QCOMPARE(RenewalStages::toCode(RenewalStage::T120), QStringLiteral("t-120"));
        QCOMPARE(RenewalStages::toCode(RenewalStage::PastDeadline), QStringLiteral("past-deadline"));
        QCOMPARE(RenewalStages::toCode(RenewalStage::Later), QStringLiteral("later"));
        for (RenewalStage s : {RenewalStage::Later, RenewalStage::T180, RenewalStage::T120, RenewalStage::T90,
                               RenewalStage::T60, RenewalStage::T30, RenewalStage::PastDeadline})
            QCOMPARE(RenewalStages::fromCode(RenewalStages::toCode(s)), s);
        QCOMPARE(RenewalStages::fromCode(QStringLiteral("T-90")), RenewalStage::T90);
        QCOMPARE(RenewalStages::fromCode(QStringLiteral("t-45")), std::nullopt);
        QCOMPARE(RenewalStages::displayName(RenewalStage::T60), QStringLiteral("T-60"));
        QCOMPARE(RenewalStages::displayName(RenewalStage::PastDeadline), QStringLiteral("Past deadline"));
    }

    void noRenewalHasNoStage()
    {
        QCOMPARE(RenewalStages::countdown(RenewalPoint{}, d("2026-01-01")).stage, RenewalStage::Later);
        QCOMPARE(RenewalStages::enteredOn(RenewalPoint{}, d("2026-01-01")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRenewalStages)
#include "tst_renewalstages.moc"
