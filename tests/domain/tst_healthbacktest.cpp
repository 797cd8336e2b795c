// The back-test of a health model on a hand-built history whose numbers are worked out by hand below.

#include "domain/HealthBacktest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace csm;

namespace {

using Score = std::optional<double>;

BacktestRenewal renewal(RenewalOutcome outcome, Score at90, Score at60)
{
    return {outcome, at90, at60};
}

// 4 churned and 9 retained renewals (renewed, expanded, contracted), and one pending.
//
//            90 days   60 days
//   C1       30 red    25 red
//   C2       45 yel    50 yel
//   C3       72 grn    -
//   C4       -         -
//   R1..R9   80 75 72 60 90 85 38 70 -    (G G G Y G G R G -)
//            82 78 65 55 88 86 35 71 74   (G G Y Y G G R G G)
QList<BacktestRenewal> handBuilt()
{
    using O = RenewalOutcome;
    return {
        renewal(O::Churned, 30, 25),    renewal(O::Churned, 45, 50), renewal(O::Churned, 72, {}),
        renewal(O::Churned, {}, {}),    renewal(O::Renewed, 80, 82), renewal(O::Expanded, 75, 78),
        renewal(O::Contracted, 72, 65), renewal(O::Renewed, 60, 55), renewal(O::Renewed, 90, 88),
        renewal(O::Expanded, 85, 86),   renewal(O::Renewed, 38, 35), renewal(O::Contracted, 70, 71),
        renewal(O::Renewed, {}, 74),    renewal(O::Pending, 10, 10), // not decided: left out everywhere
    };
}

// The pairs ranked correctly, one by one: the independent check of the rank-sum AUC.
double pairwiseAuc(const QList<double>& churned, const QList<double>& retained)
{
    double correct = 0;
    for (double c : churned) {
        for (double r : retained)
            correct += c < r ? 1 : (c == r ? 0.5 : 0);
    }
    return correct / (double(churned.size()) * double(retained.size()));
}

} // namespace

class TestHealthBacktest : public QObject
{
    Q_OBJECT

private slots:
    void countsTheDecidedRenewals()
    {
        const HealthBacktest b = runHealthBacktest(handBuilt(), {}, HealthModel{});
        QCOMPARE(b.decided, 13);
        QCOMPARE(b.churned, 4);
        QCOMPARE(b.retained, 9);
        QVERIFY(b.enoughHistory);
    }

    void ninetyDaysBefore()
    {
        const BacktestHorizon h = runHealthBacktest(handBuilt(), {}, HealthModel{}).horizons[0];
        QCOMPARE(h.daysBefore, 90);
        // Scored: churned 30, 45, 72; retained 80 75 72 60 90 85 38 70. Unscored: C4 and R9.
        QCOMPARE(h.churned, 3);
        QCOMPARE(h.retained, 8);
        QCOMPARE(h.unscored, 2);
        // Medians: {30, 45, 72} -> 45; {38 60 70 72 75 80 85 90} -> (72 + 75) / 2 = 73.5.
        QCOMPARE(h.medianChurned, 45.0);
        QCOMPARE(h.medianRetained, 73.5);
        // AUC over 3 x 8 = 24 pairs: 30 is below all 8 retained (8); 45 below 7 of them (38 is lower) (7);
        // 72 below 80, 75, 90, 85 (4) and tied with 72 (0.5). (8 + 7 + 4.5) / 24 = 19.5 / 24 = 0.8125.
        QCOMPARE(h.auc, 0.8125);
        // Base rate 3 / 11. Green: 6 retained + C3 = 7, 1 churned: 1/7, lift (1/7) / (3/11) = 11/21.
        // Yellow: R4 (60) + C2 = 2, 1 churned: 1/2, lift 11/6. Red: R7 (38) + C1 = 2, 1 churned: 1/2, lift
        // 11/6.
        QCOMPARE(h.baseRate, 3.0 / 11);
        QCOMPARE(h.band(HealthBand::Green).renewals, 7);
        QCOMPARE(h.band(HealthBand::Green).churned, 1);
        QCOMPARE(h.band(HealthBand::Green).churnRate, 1.0 / 7);
        QVERIFY(qFuzzyCompare(*h.band(HealthBand::Green).lift, 11.0 / 21));
        QCOMPARE(h.band(HealthBand::Yellow).renewals, 2);
        QCOMPARE(h.band(HealthBand::Yellow).churnRate, 0.5);
        QVERIFY(qFuzzyCompare(*h.band(HealthBand::Yellow).lift, 11.0 / 6));
        QCOMPARE(h.band(HealthBand::Red).renewals, 2);
        QVERIFY(qFuzzyCompare(*h.band(HealthBand::Red).lift, 11.0 / 6));
    }

    void sixtyDaysBefore()
    {
        const BacktestHorizon h = runHealthBacktest(handBuilt(), {}, HealthModel{}).horizons[1];
        QCOMPARE(h.daysBefore, 60);
        // Scored: churned 25, 50; retained 82 78 65 55 88 86 35 71 74. Unscored: C3, C4.
        QCOMPARE(h.churned, 2);
        QCOMPARE(h.retained, 9);
        QCOMPARE(h.unscored, 2);
        // Medians: (25 + 50) / 2 = 37.5; {35 55 65 71 74 78 82 86 88} -> 74.
        QCOMPARE(h.medianChurned, 37.5);
        QCOMPARE(h.medianRetained, 74.0);
        // AUC over 2 x 9 = 18 pairs: 25 below all 9; 50 below all but 35 (8). 17 / 18.
        QCOMPARE(h.auc, 17.0 / 18);
        // Base rate 2 / 11. Green: 82 78 88 86 71 74 = 6, none churned: rate 0, lift 0. Yellow: 65 55 + C2 =
        // 3, 1 churned: 1/3, lift (1/3) / (2/11) = 11/6. Red: 35 + C1 = 2, 1 churned: 1/2, lift 11/4 = 2.75.
        QCOMPARE(h.baseRate, 2.0 / 11);
        QCOMPARE(h.band(HealthBand::Green).renewals, 6);
        QCOMPARE(h.band(HealthBand::Green).churnRate, 0.0);
        QCOMPARE(h.band(HealthBand::Green).lift, 0.0);
        QCOMPARE(h.band(HealthBand::Yellow).renewals, 3);
        QCOMPARE(h.band(HealthBand::Yellow).churnRate, 1.0 / 3);
        QVERIFY(qFuzzyCompare(*h.band(HealthBand::Yellow).lift, 11.0 / 6));
        QCOMPARE(h.band(HealthBand::Red).churnRate, 0.5);
        QCOMPARE(h.band(HealthBand::Red).lift, 2.75);
    }

    void churnersFlaggedAndTheBookGreenNow()
    {
        HealthBandCounts now;
        now.green = 60;
        now.yellow = 25;
        now.red = 15;
        now.noScore = 5;
        const HealthBacktest b = runHealthBacktest(handBuilt(), now, HealthModel{});
        // Churned with a score at 90 or 60 days: C1, C2, C3 (C4 has none). Not green at either: C1 (red,
        // red), C2 (yellow, yellow); C3 was green at 90 days and has no score at 60. 2 / 3.
        QCOMPARE(b.churnedScored, 3);
        QCOMPARE(b.churnedNotGreen, 2);
        QCOMPARE(b.churnedNotGreenShare, 2.0 / 3);
        // Green now: 60 of the 100 accounts with a score (the 5 without one are left out).
        QCOMPARE(b.greenNowShare, 0.6);
        QCOMPARE(b.now.noScore, 5);
    }

    void bandsFollowTheModel()
    {
        HealthModel strict;
        strict.greenMin = 85;
        strict.yellowMin = 50;
        const BacktestHorizon h = runHealthBacktest(handBuilt(), {}, strict).horizons[0];
        // At 90 days, green from 85: 90, 85 -> 2 renewals, none churned.
        QCOMPARE(h.band(HealthBand::Green).renewals, 2);
        QCOMPARE(h.band(HealthBand::Green).churned, 0);
        // Red below 50: 30, 45 (churned) and 38 -> 3, 2 churned.
        QCOMPARE(h.band(HealthBand::Red).renewals, 3);
        QCOMPARE(h.band(HealthBand::Red).churned, 2);
    }

    void fewerThanTenDecidedRenewalsIsNotEnoughHistory()
    {
        QList<BacktestRenewal> nine;
        for (int i = 0; i < 9; ++i)
            nine << renewal(i < 3 ? RenewalOutcome::Churned : RenewalOutcome::Renewed, 50.0 + i, 50.0 + i);
        for (int i = 0; i < 5; ++i)
            nine << renewal(RenewalOutcome::Pending, 50, 50); // pending ones do not make up the count
        HealthBandCounts now;
        now.green = 3;
        const HealthBacktest few = runHealthBacktest(nine, now, HealthModel{});
        QCOMPARE(few.decided, 9);
        QVERIFY(!few.enoughHistory);
        QVERIFY(!few.horizons[0].auc);
        QVERIFY(!few.horizons[0].medianChurned);
        QVERIFY(!few.churnedNotGreenShare);
        QVERIFY(!few.greenNowShare);

        nine << renewal(RenewalOutcome::Contracted, 40, 40);
        const HealthBacktest ten = runHealthBacktest(nine, now, HealthModel{});
        QCOMPARE(ten.decided, 10);
        QVERIFY(ten.enoughHistory);
        QVERIFY(ten.horizons[0].auc);
    }

    void aucNeedsBothOutcomes()
    {
        QList<BacktestRenewal> renewed;
        for (int i = 0; i < 12; ++i)
            renewed << renewal(RenewalOutcome::Renewed, 60.0 + i, 60.0 + i);
        const HealthBacktest b = runHealthBacktest(renewed, {}, HealthModel{});
        QVERIFY(b.enoughHistory);
        QVERIFY(!b.horizons[0].auc);
        QCOMPARE(b.horizons[0].baseRate, 0.0);
        QVERIFY(!b.horizons[0].band(HealthBand::Green).lift); // no churn: no lift
        QVERIFY(!b.horizons[0].medianChurned);
        QVERIFY(!b.churnedNotGreenShare);
    }

    void tiesCountHalf()
    {
        // Every score equal: every pair is a tie, AUC 0.5.
        QList<BacktestRenewal> same;
        for (int i = 0; i < 12; ++i)
            same << renewal(i % 3 == 0 ? RenewalOutcome::Churned : RenewalOutcome::Renewed, 55, 55);
        QCOMPARE(runHealthBacktest(same, {}, HealthModel{}).horizons[0].auc, 0.5);
    }

    void aucAgreesWithCountingEveryPair()
    {
        QRandomGenerator rng(12);
        QList<BacktestRenewal> renewals;
        QList<double> churned, retained;
        for (int i = 0; i < 400; ++i) {
            const bool churn = rng.bounded(5) == 0;
            // Coarse scores, so that ties are common.
            const double score = double(rng.bounded(20)) * 5 + (churn ? 0 : 10);
            renewals << renewal(churn ? RenewalOutcome::Churned : RenewalOutcome::Expanded, score, {});
            (churn ? churned : retained) << score;
        }
        const BacktestHorizon h = runHealthBacktest(renewals, {}, HealthModel{}).horizons[0];
        QVERIFY(qFuzzyCompare(*h.auc, pairwiseAuc(churned, retained)));
        QVERIFY(churned.size() > 20 && retained.size() > 200);
    }
};

QTEST_GUILESS_MAIN(TestHealthBacktest)
#include "tst_healthbacktest.moc"
