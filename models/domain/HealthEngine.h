#pragma once

// The health engine of DESIGN §5: an account's score, band and explanation on an as-of date d, from a small
// aggregate of its rows (HealthInputs). Storage fills the aggregates of every account in one pass over the
// book (or HealthRows.h builds one from an account's rows); scoring them is allocation-free and cheap enough
// to run for every account of a large book many times over (a full recompute, a 52-week back-fill, a
// back-test). The choices DESIGN leaves open are in docs/decisions.md ("Health").

#include "domain/HealthModel.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace csm {

// The usage metric the engine reads, and how many days its two windows span, d-59 .. d: a value dated v
// bears on the inputs of the days v .. v+59 only.
inline constexpr char kHealthUsageMetric[] = "active_users";
inline constexpr int kHealthUsageWindowsDays = 60;

// What the engine needs to know about one account on the as-of date d. Every window is inclusive of d; only
// live rows count (no tombstones); "customer touch" means any touch but an internal note.
struct HealthInputs
{
    // Adoption and usage trend: the account's `active_users` values (at most one a day). A day without a
    // value is unknown, not zero: the means are over the days that have one.
    double recentUsageSum = 0; // values dated d-29 .. d
    int recentUsageDays = 0;   // how many
    double priorUsageSum = 0;  // values dated d-59 .. d-30
    int priorUsageDays = 0;
    int seats = 0;

    // Engagement: the latest customer touch dated on or before d (invalid when there is none), judged against
    // the cadence of the account's touch model on d.
    QDate lastCustomerTouch;
    TouchModel touchModel = TouchModel::Tech;

    // Sentiment: the latest 5 (or fewer) customer touches dated d-179 .. d that have a sentiment, latest by
    // date, then time (a touch without a time comes before the timed ones of its day), then when it was
    // logged, then id.
    int sentimentSum = 0;   // their sentiments (-2 .. +2 each) added up
    int sentimentCount = 0; // 0 .. 5

    // NPS: the responses dated d-364 .. d.
    int npsPromoters = 0;  // scores 9-10
    int npsDetractors = 0; // scores 0-6
    int npsResponses = 0;  // all of them

    // Onboarding: milestones of active roadmaps due on or before d.
    int milestonesDue = 0;
    int milestonesOnTime = 0; // of those: done on or before the due date, or skipped

    friend bool operator==(const HealthInputs&, const HealthInputs&) = default;
};

// One factor of a score.
struct HealthFactorResult
{
    bool hasData = false; // false: dropped, and every number below is 0
    // The input of DESIGN §5's table: adoption the active-user ratio (mean ÷ seats), usage trend r,
    // engagement q, sentiment the mean, NPS the account NPS (-100 .. 100), onboarding the on-time share (0 ..
    // 1).
    double input = 0;
    double score = 0;           // 0 .. 100, not rounded
    double weight = 0;          // as configured
    double effectiveWeight = 0; // share of the score after the dropped factors' weights are removed (0 .. 1)
    double contribution = 0;    // effectiveWeight × score: points of the score
};

// A score with its explanation. The raw numbers behind each input (mean active users and seats, days since
// the last touch and the cadence ...) are in the HealthInputs it was computed from.
struct HealthExplanation
{
    std::optional<double> score; // one decimal; none when no factor has data (shown as "no data", not 0)
    std::optional<HealthBand> band;
    int modelVersion = 0; // the version of the model that made it: written with every snapshot
    std::array<HealthFactorResult, kHealthFactorCount> factors{};

    const HealthFactorResult& factor(HealthFactor f) const { return factors[std::size_t(f)]; }
    bool hasData(HealthFactor f) const { return factor(f).hasData; }
    QList<HealthFactor> dropped() const; // the factors without data, in the order of DESIGN §5
};

// Half up to one decimal. Binary noise on a decimal tie is ignored (69.95 computed as 69.94999...
// gives 70.0).
double roundHealthScore(double score);

// The score of an account on asOf.
HealthExplanation scoreHealth(const HealthInputs& in, const HealthModel& model, QDate asOf);

// Engagement's q alone (the "silent" signal and Today's list): days since the last customer touch ÷ cadence;
// none when the account has no customer touch on or before asOf.
std::optional<double> engagementQ(const HealthInputs& in, const HealthModel& model, QDate asOf);

} // namespace csm
