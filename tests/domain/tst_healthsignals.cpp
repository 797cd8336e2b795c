// The signals of an account's health on the as-of date: health drop, silent, red with a renewal ahead.

#include "domain/HealthSignals.h"

#include <QTest>

using namespace csm;

namespace {

const QDate kAsOf(2025, 6, 30);

// An explanation with only a score and band, as the signals read them.
HealthExplanation scored(std::optional<double> score)
{
    HealthExplanation e;
    e.score = score;
    if (score)
        e.band = HealthModel{}.band(*score);
    return e;
}

HealthInputs touchedDaysAgo(int days, TouchModel model = TouchModel::High)
{
    HealthInputs in;
    in.touchModel = model;
    if (days >= 0)
        in.lastCustomerTouch = kAsOf.addDays(-days);
    return in;
}

} // namespace

class TestHealthSignals : public QObject
{
    Q_OBJECT

private slots:
    void aDropOfTheThresholdOrMoreIsAHealthDrop_data()
    {
        QTest::addColumn<std::optional<double>>("before");
        QTest::addColumn<std::optional<double>>("now");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<double>("points");
        QTest::newRow("exactly 15") << std::optional(70.0) << std::optional(55.0) << true << 15.0;
        // 70.1 - 55.1 is 14.999999999999993 in binary; on paper it is 15: a drop.
        QTest::newRow("15 in tenths") << std::optional(70.1) << std::optional(55.1) << true << 15.0;
        QTest::newRow("14.9") << std::optional(70.0) << std::optional(55.1) << false << 14.9;
        QTest::newRow("more") << std::optional(90.0) << std::optional(20.0) << true << 70.0;
        QTest::newRow("a rise") << std::optional(40.0) << std::optional(80.0) << false << -40.0;
        QTest::newRow("no score before") << std::optional<double>() << std::optional(20.0) << false << 0.0;
        QTest::newRow("no score now") << std::optional(90.0) << std::optional<double>() << false << 0.0;
    }
    void aDropOfTheThresholdOrMoreIsAHealthDrop()
    {
        QFETCH(std::optional<double>, before);
        QFETCH(std::optional<double>, now);
        QFETCH(bool, drop);
        QFETCH(double, points);
        const HealthSignals s =
            healthSignals(scored(now), touchedDaysAgo(1), before, {}, HealthModel{}, kAsOf);
        QCOMPARE(s.healthDrop, drop);
        QVERIFY(qAbs(s.drop - points) < 1e-9);
        QCOMPARE(s.scoreBefore, before);
        QCOMPARE(s.codes().contains(QStringLiteral("health_drop")), drop);
    }

    void theDropThresholdComesFromTheModel()
    {
        HealthModel model;
        model.dropPoints = 10;
        // 70 -> 60: 10 points, a drop under this model, not under the default 15.
        QVERIFY(healthSignals(scored(60), touchedDaysAgo(1), 70.0, {}, model, kAsOf).healthDrop);
        QVERIFY(!healthSignals(scored(60), touchedDaysAgo(1), 70.0, {}, HealthModel{}, kAsOf).healthDrop);
    }

    void silentIsPastTheCadenceOrNeverTouched()
    {
        const HealthModel m;
        // High touch, 14-day cadence: 14 days is q = 1, not silent; 15 days is q = 15/14 > 1.
        const HealthSignals onCadence = healthSignals(scored(80), touchedDaysAgo(14), {}, {}, m, kAsOf);
        QVERIFY(!onCadence.silent);
        QCOMPARE(onCadence.q, 1.0);
        const HealthSignals past = healthSignals(scored(80), touchedDaysAgo(15), {}, {}, m, kAsOf);
        QVERIFY(past.silent);
        QCOMPARE(past.q, 15.0 / 14);
        QCOMPARE(past.codes(), QStringList{QStringLiteral("silent")});
        // Tech touch, 90 days: 60 days is not silent.
        QVERIFY(!healthSignals(scored(80), touchedDaysAgo(60, TouchModel::Tech), {}, {}, m, kAsOf).silent);
        // No customer touch at all.
        const HealthSignals never = healthSignals(scored(80), touchedDaysAgo(-1), {}, {}, m, kAsOf);
        QVERIFY(never.silent);
        QVERIFY(!never.q);
    }

    void redWithARenewalWithin120Days()
    {
        const HealthModel m;
        const auto red = [&](double score, QDate renewal) {
            return healthSignals(scored(score), touchedDaysAgo(1), {}, renewal, m, kAsOf);
        };
        QVERIFY(red(39.9, kAsOf.addDays(120)).redRenewal); // 120 days ahead: within
        QCOMPARE(red(39.9, kAsOf.addDays(120)).daysToRenewal, 120);
        QVERIFY(red(39.9, kAsOf).redRenewal); // renews today
        QVERIFY(!red(39.9, kAsOf.addDays(121)).redRenewal);
        QVERIFY(!red(40.0, kAsOf.addDays(30)).redRenewal); // yellow
        QVERIFY(!red(39.9, kAsOf.addDays(-1)).redRenewal); // already past
        QVERIFY(!red(39.9, QDate()).redRenewal);           // no renewal date
        QVERIFY(!red(39.9, QDate()).daysToRenewal);
        const HealthSignals noScore =
            healthSignals(scored({}), touchedDaysAgo(1), {}, kAsOf.addDays(5), m, kAsOf);
        QVERIFY(!noScore.redRenewal);
        QCOMPARE(red(10, kAsOf.addDays(5)).codes(), QStringList{QStringLiteral("red_renewal")});
    }

    void everySignalAtOnceInTheOrderOfTheJson()
    {
        // 80 -> 30 (red), silent 40 days on 14, renewal in 60 days.
        const HealthSignals s =
            healthSignals(scored(30), touchedDaysAgo(40), 80.0, kAsOf.addDays(60), HealthModel{}, kAsOf);
        QVERIFY(s.any());
        QCOMPARE(s.codes(), (QStringList{QStringLiteral("health_drop"), QStringLiteral("silent"),
                                         QStringLiteral("red_renewal")}));
        QVERIFY(!healthSignals(scored(80), touchedDaysAgo(1), 80.0, {}, HealthModel{}, kAsOf).any());
    }
};

QTEST_GUILESS_MAIN(TestHealthSignals)
#include "tst_healthsignals.moc"
