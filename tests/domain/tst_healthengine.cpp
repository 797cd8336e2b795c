// The health engine of DESIGN §5 from aggregates: every factor, each "needs" condition, renormalisation,
// bands, rounding and the model. Every expected value is worked out by hand in the comment beside it.

#include "domain/HealthEngine.h"
#include "domain/Settings.h"

#include <QTest>

using namespace csm;

namespace {

const QDate kAsOf(2025, 6, 30);

// Inputs with a single factor's data (the others dropped), so that the score is that factor's score.
HealthInputs usage(double recentSum, int recentDays, int seats, double priorSum = 0, int priorDays = 0)
{
    HealthInputs in;
    in.recentUsageSum = recentSum;
    in.recentUsageDays = recentDays;
    in.priorUsageSum = priorSum;
    in.priorUsageDays = priorDays;
    in.seats = seats;
    return in;
}

HealthInputs touchedDaysAgo(int days, TouchModel model)
{
    HealthInputs in;
    in.lastCustomerTouch = kAsOf.addDays(-days);
    in.touchModel = model;
    return in;
}

HealthInputs sentiments(int sum, int count)
{
    HealthInputs in;
    in.sentimentSum = sum;
    in.sentimentCount = count;
    return in;
}

HealthInputs nps(int promoters, int detractors, int responses)
{
    HealthInputs in;
    in.npsPromoters = promoters;
    in.npsDetractors = detractors;
    in.npsResponses = responses;
    return in;
}

HealthInputs milestones(int onTime, int due)
{
    HealthInputs in;
    in.milestonesOnTime = onTime;
    in.milestonesDue = due;
    return in;
}

// All six factors: adoption 75, usage trend 25, engagement 50, sentiment 65, NPS 65, onboarding 75.
HealthInputs allSix()
{
    HealthInputs in = usage(600, 20, 40, 1200, 30); // mean 30 of 40 seats: 0.75; r = 30 / 40 = 0.75
    in.lastCustomerTouch = kAsOf.addDays(-28);      // high touch: q = 28 / 14 = 2
    in.touchModel = TouchModel::High;
    in.sentimentSum = 3; // mean 0.6
    in.sentimentCount = 5;
    in.npsPromoters = 5; // NPS (5 - 2) / 10 = +30
    in.npsDetractors = 2;
    in.npsResponses = 10;
    in.milestonesOnTime = 3; // 3 of 4
    in.milestonesDue = 4;
    return in;
}

const HealthFactorResult& factor(const HealthExplanation& e, HealthFactor f)
{
    return e.factor(f);
}

} // namespace

class TestHealthEngine : public QObject
{
    Q_OBJECT

private slots:
    void adoptionIsMeanActiveUsersOverSeats()
    {
        // 600 active users over the 20 days with a value: mean 30; 30 / 40 seats = 0.75 -> 75.
        const HealthExplanation e = scoreHealth(usage(600, 20, 40), HealthModel{}, kAsOf);
        const HealthFactorResult& a = factor(e, HealthFactor::Adoption);
        QVERIFY(a.hasData);
        QCOMPARE(a.input, 0.75);
        QCOMPARE(a.score, 75.0);
        // Adoption alone has data: it carries the whole score.
        QCOMPARE(a.weight, 25.0);
        QCOMPARE(a.effectiveWeight, 1.0);
        QCOMPARE(a.contribution, 75.0);
        QCOMPARE(e.score, 75.0);
        QCOMPARE(e.band, HealthBand::Green);
    }

    void adoptionIsCappedAtAllSeats()
    {
        // Mean 50 on 40 seats: ratio 1.25, shown as the input; min(1, 1.25) x 100 = 100.
        const HealthExplanation e = scoreHealth(usage(500, 10, 40), HealthModel{}, kAsOf);
        QCOMPARE(factor(e, HealthFactor::Adoption).input, 1.25);
        QCOMPARE(factor(e, HealthFactor::Adoption).score, 100.0);
    }

    void adoptionNeedsSeatsAndAValue()
    {
        // No seats: adoption is dropped, usage trend still scores (mean 30 / prior mean 30: r = 1 -> 50).
        const HealthExplanation noSeats = scoreHealth(usage(600, 20, 0, 900, 30), HealthModel{}, kAsOf);
        QVERIFY(!noSeats.hasData(HealthFactor::Adoption));
        QVERIFY(noSeats.dropped().contains(HealthFactor::Adoption));
        QCOMPARE(factor(noSeats, HealthFactor::UsageTrend).score, 50.0);
        QCOMPARE(noSeats.score, 50.0);
        // Seats but no value in d-29..d: nothing to score.
        const HealthExplanation noValue = scoreHealth(usage(0, 0, 40, 900, 30), HealthModel{}, kAsOf);
        QVERIFY(!noValue.hasData(HealthFactor::Adoption));
        QVERIFY(!noValue.hasData(HealthFactor::UsageTrend));
        QVERIFY(!noValue.score);
        // A recent mean of 0 is a value: adoption 0, not dropped.
        const HealthExplanation zero = scoreHealth(usage(0, 12, 40), HealthModel{}, kAsOf);
        QVERIFY(zero.hasData(HealthFactor::Adoption));
        QCOMPARE(zero.score, 0.0);
        QCOMPARE(zero.band, HealthBand::Red);
    }

    void usageTrendComparesTheTwoWindows_data()
    {
        QTest::addColumn<double>("recentSum");
        QTest::addColumn<double>("priorSum");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("score");
        // Recent over 20 days, prior over 30 days.
        // 600/20 = 30 against 1200/30 = 40: r = 0.75 -> 50 + 100 x (0.75 - 1) = 25.
        QTest::newRow("falling") << 600.0 << 1200.0 << 0.75 << 25.0;
        // 780/20 = 39 against 900/30 = 30: r = 1.3 -> 50 + 30 = 80.
        QTest::newRow("rising") << 780.0 << 900.0 << 1.3 << 80.0;
        // 960/20 = 48 against 30: r = 1.6 -> 110, clamped to 100.
        QTest::newRow("clamped high") << 960.0 << 900.0 << 1.6 << 100.0;
        // 240/20 = 12 against 30: r = 0.4 -> -10, clamped to 0.
        QTest::newRow("clamped low") << 240.0 << 900.0 << 0.4 << 0.0;
        // Flat: r = 1 -> 50.
        QTest::newRow("flat") << 600.0 << 900.0 << 1.0 << 50.0;
    }
    void usageTrendComparesTheTwoWindows()
    {
        QFETCH(double, recentSum);
        QFETCH(double, priorSum);
        QFETCH(double, r);
        QFETCH(double, score);
        const HealthExplanation e = scoreHealth(usage(recentSum, 20, 0, priorSum, 30), HealthModel{}, kAsOf);
        QVERIFY(e.hasData(HealthFactor::UsageTrend));
        QCOMPARE(factor(e, HealthFactor::UsageTrend).input, r);
        QCOMPARE(factor(e, HealthFactor::UsageTrend).score, score);
        QCOMPARE(e.score, score); // no seats: usage trend alone
    }

    void usageTrendNeedsBothWindowsAndANonZeroPriorMean()
    {
        // No value in d-59..d-30.
        QVERIFY(
            !scoreHealth(usage(600, 20, 40, 0, 0), HealthModel{}, kAsOf).hasData(HealthFactor::UsageTrend));
        // Values in the prior window, all 0: a zero prior mean.
        const HealthExplanation zeroPrior = scoreHealth(usage(600, 20, 40, 0, 25), HealthModel{}, kAsOf);
        QVERIFY(!zeroPrior.hasData(HealthFactor::UsageTrend));
        QVERIFY(zeroPrior.hasData(HealthFactor::Adoption)); // 30 / 40 -> 75
        QCOMPARE(zeroPrior.score, 75.0);
        // No recent value, a prior one.
        QVERIFY(
            !scoreHealth(usage(0, 0, 40, 900, 30), HealthModel{}, kAsOf).hasData(HealthFactor::UsageTrend));
    }

    void engagementFollowsDaysSinceTheLastTouchOverTheCadence_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<TouchModel>("model");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("score");
        // High touch, cadence 14.
        QTest::newRow("today") << 0 << TouchModel::High << 0.0 << 100.0;
        QTest::newRow("on the cadence") << 14 << TouchModel::High << 1.0 << 100.0;      // q = 1 -> 100
        QTest::newRow("half past") << 21 << TouchModel::High << 1.5 << 75.0;            // 100 x 1.5 / 2
        QTest::newRow("twice the cadence") << 28 << TouchModel::High << 2.0 << 50.0;    // 100 x 1 / 2
        QTest::newRow("three times") << 42 << TouchModel::High << 3.0 << 0.0;           // 100 x 0 / 2
        QTest::newRow("beyond") << 60 << TouchModel::High << 60.0 / 14 << 0.0;          // negative -> 0
        QTest::newRow("low, 45 days") << 45 << TouchModel::Low << 1.5 << 75.0;          // 45 / 30
        QTest::newRow("low, 30 days") << 30 << TouchModel::Low << 1.0 << 100.0;         // 30 / 30
        QTest::newRow("tech, 135 days") << 135 << TouchModel::Tech << 1.5 << 75.0;      // 135 / 90
        QTest::newRow("tech, 180 days") << 180 << TouchModel::Tech << 2.0 << 50.0;      // 180 / 90
        QTest::newRow("tech, 89 days") << 89 << TouchModel::Tech << 89.0 / 90 << 100.0; // q < 1
    }
    void engagementFollowsDaysSinceTheLastTouchOverTheCadence()
    {
        QFETCH(int, days);
        QFETCH(TouchModel, model);
        QFETCH(double, q);
        QFETCH(double, score);
        const HealthExplanation e = scoreHealth(touchedDaysAgo(days, model), HealthModel{}, kAsOf);
        QVERIFY(e.hasData(HealthFactor::Engagement));
        QCOMPARE(factor(e, HealthFactor::Engagement).input, q);
        QCOMPARE(factor(e, HealthFactor::Engagement).score, score);
        QCOMPARE(engagementQ(touchedDaysAgo(days, model), HealthModel{}, kAsOf), q);
    }

    void engagementNeedsATouch()
    {
        HealthInputs in;
        in.touchModel = TouchModel::High;
        QVERIFY(!scoreHealth(in, HealthModel{}, kAsOf).hasData(HealthFactor::Engagement));
        QVERIFY(!engagementQ(in, HealthModel{}, kAsOf));
        // A touch dated after the as-of date is not "on or before d".
        in.lastCustomerTouch = kAsOf.addDays(1);
        QVERIFY(!scoreHealth(in, HealthModel{}, kAsOf).hasData(HealthFactor::Engagement));
    }

    void sentimentIsTheMeanShiftedToAHundred_data()
    {
        QTest::addColumn<int>("sum");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("score");
        QTest::newRow("mixed") << 3 << 5 << 0.6 << 65.0;               // (0.6 + 2) x 25
        QTest::newRow("all very negative") << -10 << 5 << -2.0 << 0.0; // (-2 + 2) x 25
        QTest::newRow("one very positive") << 2 << 1 << 2.0 << 100.0;  // (2 + 2) x 25
        QTest::newRow("neutral") << 0 << 3 << 0.0 << 50.0;             // (0 + 2) x 25
        QTest::newRow("two of -1") << -2 << 2 << -1.0 << 25.0;         // (-1 + 2) x 25
    }
    void sentimentIsTheMeanShiftedToAHundred()
    {
        QFETCH(int, sum);
        QFETCH(int, count);
        QFETCH(double, mean);
        QFETCH(double, score);
        const HealthExplanation e = scoreHealth(sentiments(sum, count), HealthModel{}, kAsOf);
        QCOMPARE(factor(e, HealthFactor::Sentiment).input, mean);
        QCOMPARE(factor(e, HealthFactor::Sentiment).score, score);
        QCOMPARE(e.score, score);
    }

    void sentimentNeedsATouchWithOne()
    {
        QVERIFY(!scoreHealth(sentiments(0, 0), HealthModel{}, kAsOf).hasData(HealthFactor::Sentiment));
    }

    void npsIsShiftedToAHundred()
    {
        // 5 promoters, 2 detractors of 10: NPS = 50 % - 20 % = +30 -> (30 + 100) / 2 = 65.
        const HealthExplanation e = scoreHealth(nps(5, 2, 10), HealthModel{}, kAsOf);
        QCOMPARE(factor(e, HealthFactor::Nps).input, 30.0);
        QCOMPARE(factor(e, HealthFactor::Nps).score, 65.0);
        // 3 detractors of 3: NPS -100 -> 0. 4 promoters of 4: +100 -> 100. Passives only: 0 -> 50.
        QCOMPARE(factor(scoreHealth(nps(0, 3, 3), HealthModel{}, kAsOf), HealthFactor::Nps).score, 0.0);
        QCOMPARE(factor(scoreHealth(nps(4, 0, 4), HealthModel{}, kAsOf), HealthFactor::Nps).score, 100.0);
        QCOMPARE(factor(scoreHealth(nps(0, 0, 2), HealthModel{}, kAsOf), HealthFactor::Nps).score, 50.0);
        // 1 promoter, 2 detractors of 3: NPS = -100/3 = -33.33 -> 33.33; the score keeps one decimal: 33.3.
        const HealthExplanation third = scoreHealth(nps(1, 2, 3), HealthModel{}, kAsOf);
        QCOMPARE(factor(third, HealthFactor::Nps).score, (100.0 - 100.0 / 3) / 2);
        QCOMPARE(third.score, 33.3);
        QVERIFY(!scoreHealth(nps(0, 0, 0), HealthModel{}, kAsOf).hasData(HealthFactor::Nps));
    }

    void onboardingIsTheShareOfDueMilestonesOnTime()
    {
        // 3 of 4 due milestones on time (or skipped): 75.
        const HealthExplanation e = scoreHealth(milestones(3, 4), HealthModel{}, kAsOf);
        QCOMPARE(factor(e, HealthFactor::Onboarding).input, 0.75);
        QCOMPARE(factor(e, HealthFactor::Onboarding).score, 75.0);
        // No milestone due yet: dropped, not 0 and not 100.
        const HealthExplanation none = scoreHealth(milestones(0, 0), HealthModel{}, kAsOf);
        QVERIFY(!none.hasData(HealthFactor::Onboarding));
        QVERIFY(!none.score);
    }

    void everyFactorMissingGivesNoScore()
    {
        const HealthExplanation e = scoreHealth(HealthInputs{}, HealthModel{}, kAsOf);
        QVERIFY(!e.score);
        QVERIFY(!e.band);
        QCOMPARE(e.dropped(), QList<HealthFactor>(kHealthFactors.begin(), kHealthFactors.end()));
        for (const HealthFactorResult& r : e.factors) {
            QVERIFY(!r.hasData);
            QCOMPARE(r.effectiveWeight, 0.0);
            QCOMPARE(r.contribution, 0.0);
        }
    }

    void allSixFactorsAreWeightedByTheDefaultWeights()
    {
        // 25 x 75 + 15 x 25 + 20 x 50 + 15 x 65 + 15 x 65 + 10 x 75 = 1875 + 375 + 1000 + 975 + 975 + 750 =
        // 5950; the weights add up to 100: 59.5, yellow.
        const HealthExplanation e = scoreHealth(allSix(), HealthModel{}, kAsOf);
        QVERIFY(e.dropped().isEmpty());
        QCOMPARE(e.score, 59.5);
        QCOMPARE(e.band, HealthBand::Yellow);
        QCOMPARE(factor(e, HealthFactor::Engagement).effectiveWeight, 0.2);
        QCOMPARE(factor(e, HealthFactor::Engagement).contribution, 10.0); // 0.2 x 50
        QCOMPARE(factor(e, HealthFactor::Onboarding).contribution, 7.5);  // 0.1 x 75
    }

    void droppedFactorsAreRenormalisedAway()
    {
        // NPS and onboarding without data: the other weights add up to 25 + 15 + 20 + 15 = 75.
        // (1875 + 375 + 1000 + 975) / 75 = 4225 / 75 = 56.333... -> 56.3.
        HealthInputs in = allSix();
        in.npsResponses = in.npsPromoters = in.npsDetractors = 0;
        in.milestonesDue = in.milestonesOnTime = 0;
        const HealthExplanation e = scoreHealth(in, HealthModel{}, kAsOf);
        QCOMPARE(e.dropped(), (QList<HealthFactor>{HealthFactor::Nps, HealthFactor::Onboarding}));
        QCOMPARE(e.score, 56.3);
        // Effective weights: 25/75, 15/75 = 0.2, 20/75, 15/75 = 0.2; contributions 25, 5, 13.33, 13.
        QCOMPARE(factor(e, HealthFactor::Adoption).effectiveWeight, 25.0 / 75);
        QCOMPARE(factor(e, HealthFactor::Adoption).contribution, 25.0);
        QCOMPARE(factor(e, HealthFactor::UsageTrend).effectiveWeight, 0.2);
        QCOMPARE(factor(e, HealthFactor::UsageTrend).contribution, 5.0);
        QCOMPARE(factor(e, HealthFactor::Engagement).contribution, 50.0 * 20 / 75);
        QCOMPARE(factor(e, HealthFactor::Sentiment).contribution, 13.0);
        QCOMPARE(factor(e, HealthFactor::Nps).effectiveWeight, 0.0);
        QCOMPARE(factor(e, HealthFactor::Nps).weight, 0.0); // a dropped factor carries nothing
        double shares = 0, points = 0;
        for (const HealthFactorResult& r : e.factors) {
            shares += r.effectiveWeight;
            points += r.contribution;
        }
        QVERIFY(qFuzzyCompare(shares, 1.0));
        QVERIFY(qFuzzyCompare(points, 4225.0 / 75));
    }

    void weightsAndCadencesComeFromTheModel()
    {
        HealthModel model;
        model.weights = {1, 0, 1, 0, 0, 0}; // adoption and engagement, equally
        model.setCadenceDays(TouchModel::High, 7);
        // Adoption 75; engagement: 28 days / 7 = q 4 -> 0. (75 + 0) / 2 = 37.5: red.
        const HealthExplanation e = scoreHealth(allSix(), model, kAsOf);
        QCOMPARE(factor(e, HealthFactor::Engagement).input, 4.0);
        QCOMPARE(factor(e, HealthFactor::Engagement).score, 0.0);
        QCOMPARE(e.score, 37.5);
        QCOMPARE(e.band, HealthBand::Red);
        // A factor with data and weight 0 is listed, with no share: not dropped.
        QVERIFY(e.hasData(HealthFactor::Nps));
        QVERIFY(e.dropped().isEmpty());
        QCOMPARE(factor(e, HealthFactor::Nps).effectiveWeight, 0.0);
        QCOMPARE(factor(e, HealthFactor::Nps).score, 65.0);
    }

    void factorsWithDataButNoWeightGiveNoScore()
    {
        HealthModel model;
        model.weights = {0, 0, 0, 0, 0, 10}; // only onboarding counts, and it has no data
        const HealthExplanation e = scoreHealth(usage(600, 20, 40), model, kAsOf);
        QVERIFY(e.hasData(HealthFactor::Adoption));
        QVERIFY(!e.score);
        QVERIFY(!e.band);
    }

    void bandEdges()
    {
        const HealthModel m;
        QCOMPARE(m.band(39.99), HealthBand::Red);
        QCOMPARE(m.band(40), HealthBand::Yellow);
        QCOMPARE(m.band(69.99), HealthBand::Yellow);
        QCOMPARE(m.band(70), HealthBand::Green);
        QCOMPARE(m.band(0), HealthBand::Red);
        QCOMPARE(m.band(100), HealthBand::Green);
    }

    void theBandIsTheKeptScoresBand_data()
    {
        QTest::addColumn<int>("onTime");
        QTest::addColumn<double>("score");
        QTest::addColumn<HealthBand>("band");
        // Onboarding alone, of 10,000 due milestones: the factor score is onTime / 100.
        QTest::newRow("39.94 -> 39.9 red") << 3994 << 39.9 << HealthBand::Red;
        QTest::newRow("39.99 -> 40.0 yellow") << 3999 << 40.0 << HealthBand::Yellow;
        QTest::newRow("40 yellow") << 4000 << 40.0 << HealthBand::Yellow;
        QTest::newRow("69.94 -> 69.9 yellow") << 6994 << 69.9 << HealthBand::Yellow;
        QTest::newRow("69.99 -> 70.0 green") << 6999 << 70.0 << HealthBand::Green;
        QTest::newRow("70 green") << 7000 << 70.0 << HealthBand::Green;
    }
    void theBandIsTheKeptScoresBand()
    {
        QFETCH(int, onTime);
        QFETCH(double, score);
        QFETCH(HealthBand, band);
        const HealthExplanation e = scoreHealth(milestones(onTime, 10000), HealthModel{}, kAsOf);
        QCOMPARE(e.score, score);
        QCOMPARE(e.band, band);
    }

    void scoresKeepOneDecimalHalfUp()
    {
        QCOMPARE(roundHealthScore(12.25), 12.3); // an exact binary tie goes up
        QCOMPARE(roundHealthScore(12.24), 12.2);
        QCOMPARE(roundHealthScore(66.666), 66.7);
        QCOMPARE(roundHealthScore(0), 0.0);
        QCOMPARE(roundHealthScore(100), 100.0);
        // 2 of 3 milestones on time: 66.666... -> 66.7; the factor score itself is kept unrounded.
        const HealthExplanation twoThirds = scoreHealth(milestones(2, 3), HealthModel{}, kAsOf);
        QCOMPARE(twoThirds.score, 66.7);
        QCOMPARE(factor(twoThirds, HealthFactor::Onboarding).score, 200.0 / 3);
        // 1303 users / 1 day / 2000 seats = 0.6515 -> 65.15 on paper, 65.14999... in binary: kept as 65.2.
        const HealthExplanation tie = scoreHealth(usage(1303, 1, 2000), HealthModel{}, kAsOf);
        QCOMPARE(tie.score, 65.2);
        // 1399 / 2000 = 0.6995 -> 69.95: 70.0, green (the band of the kept score).
        const HealthExplanation greenTie = scoreHealth(usage(1399, 1, 2000), HealthModel{}, kAsOf);
        QCOMPARE(greenTie.score, 70.0);
        QCOMPARE(greenTie.band, HealthBand::Green);
    }

    void theModelVersionGoesWithEveryScore()
    {
        HealthModel model;
        QCOMPARE(model.version, 1);
        QCOMPARE(scoreHealth(allSix(), model, kAsOf).modelVersion, 1);
        model.version = 7;
        QCOMPARE(scoreHealth(allSix(), model, kAsOf).modelVersion, 7);
        QCOMPARE(scoreHealth(HealthInputs{}, model, kAsOf).modelVersion, 7); // also with no data
        // A new version of the same rules changes no score.
        HealthModel same;
        same.version = 8;
        QVERIFY(same.sameRulesAs(model));
        QVERIFY(same != model);
        same.greenMin = 75;
        QVERIFY(!same.sameRulesAs(model));
    }

    void theDefaultModelIsDesignSection5AndTheBookDefaults()
    {
        const HealthModel m;
        QCOMPARE(m.weight(HealthFactor::Adoption), 25.0);
        QCOMPARE(m.weight(HealthFactor::UsageTrend), 15.0);
        QCOMPARE(m.weight(HealthFactor::Engagement), 20.0);
        QCOMPARE(m.weight(HealthFactor::Sentiment), 15.0);
        QCOMPARE(m.weight(HealthFactor::Nps), 15.0);
        QCOMPARE(m.weight(HealthFactor::Onboarding), 10.0);
        QCOMPARE(m.cadenceDays(TouchModel::High), 14);
        QCOMPARE(m.cadenceDays(TouchModel::Low), 30);
        QCOMPARE(m.cadenceDays(TouchModel::Tech), 90);
        QCOMPARE(m.greenMin, 70.0);
        QCOMPARE(m.yellowMin, 40.0);
        QCOMPARE(m.dropPoints, 15.0);
        QVERIFY(m.validate().isEmpty());
        QCOMPARE(HealthModel::fromSettings(BookSettings{}), m);

        HealthModel edited;
        edited.weights = {1, 2, 3, 4, 5, 6};
        edited.setCadenceDays(TouchModel::Low, 21);
        edited.greenMin = 80;
        edited.dropPoints = 10;
        edited.version = 4;
        BookSettings settings;
        edited.applyTo(settings);
        QCOMPARE(settings.weightNps, 5.0);
        QCOMPARE(settings.cadenceLowDays, 21);
        QCOMPARE(settings.healthModelVersion, 4); // the version is a book setting too
        QCOMPARE(HealthModel::fromSettings(settings), edited);
    }

    void validationNamesTheFieldAtFault()
    {
        const auto keys = [](const HealthModel& m) { return m.validate().keys(); };
        HealthModel m;
        m.weights = {0, 0, 0, 0, 0, 0};
        QCOMPARE(keys(m), QStringList{QStringLiteral("weights")});
        m = {};
        m.setWeight(HealthFactor::Nps, -1);
        QCOMPARE(keys(m), QStringList{QStringLiteral("weight_nps")});
        m = {};
        m.yellowMin = 70; // not below green
        QCOMPARE(keys(m), QStringList{QStringLiteral("green_min")});
        m = {};
        m.greenMin = 101;
        QCOMPARE(keys(m), QStringList{QStringLiteral("green_min")});
        m = {};
        m.setCadenceDays(TouchModel::High, 0);
        QCOMPARE(keys(m), QStringList{QStringLiteral("cadence_high")});
        m = {};
        m.dropPoints = 0;
        QCOMPARE(keys(m), QStringList{QStringLiteral("drop_points")});
        m = {};
        m.version = 0;
        QCOMPARE(keys(m), QStringList{QStringLiteral("version")});
        m = {};
        m.yellowMin = 0; // no red band: allowed
        QVERIFY(m.validate().isEmpty());
    }

    void factorCodesRoundTrip()
    {
        QCOMPARE(toCode(HealthFactor::UsageTrend), QStringLiteral("usage_trend"));
        for (HealthFactor f : kHealthFactors)
            QCOMPARE(fromCode<HealthFactor>(toCode(f)), f);
        QVERIFY(!fromCode<HealthFactor>(QStringLiteral("mood")));
    }
};

QTEST_GUILESS_MAIN(TestHealthEngine)
#include "tst_healthengine.moc"
