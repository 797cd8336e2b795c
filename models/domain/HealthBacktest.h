#pragma once

// The back-test of a health model on a book's own history (issue 12): for every decided renewal, the scores
// the model gives the account 90 and 60 days before the renewal date, set against what happened. Whether the
// model tells churners from the others (AUC, medians), how churn concentrates in its bands, whether churners
// were flagged in time, and how much of the book it calls green. Definitions: docs/decisions.md
// ("Back-test").

#include "domain/HealthModel.h"

#include <QList>

#include <array>
#include <optional>

namespace csm {

// Below this many decided renewals the back-test says "not enough history" instead of giving numbers.
inline constexpr int kBacktestMinDecided = 10;
// How long before the renewal date the two scores are taken, in the order of HealthBacktest::horizons.
inline constexpr std::array<int, 2> kBacktestDaysBefore = {90, 60};

// A renewal of the book's history with the scores the model gives its account before the renewal date
// (recomputed as of those dates; none when the account had no data then).
struct BacktestRenewal
{
    RenewalOutcome outcome = RenewalOutcome::Pending; // pending renewals are not counted
    std::optional<double> score90;                    // 90 days before the renewal date
    std::optional<double> score60;                    // 60 days before
};

// How many accounts are in each band (the book "now" of the back-test; also a health mix).
struct HealthBandCounts
{
    int green = 0;
    int yellow = 0;
    int red = 0;
    int noScore = 0;
    void add(std::optional<HealthBand> band);
    int scored() const { return green + yellow + red; }
};

struct BacktestBand
{
    int renewals = 0; // renewals whose score at the horizon fell in the band
    int churned = 0;
    std::optional<double> churnRate; // churned ÷ renewals; none when the band has no renewal
    std::optional<double> lift;      // churnRate ÷ the horizon's base rate; none when the base rate is 0
};

// The numbers at one horizon, over the decided renewals that have a score there.
struct BacktestHorizon
{
    int daysBefore = 0;
    int churned = 0;
    int retained = 0; // renewed, expanded or contracted
    int unscored = 0; // decided renewals without a score at this horizon (not counted above)
    std::optional<double> medianChurned;
    std::optional<double> medianRetained;
    // The share of (churned, retained) pairs in which the churned account scored lower; ties count half.
    // None unless there is at least one of each.
    std::optional<double> auc;
    std::optional<double> baseRate;      // churned ÷ (churned + retained)
    std::array<BacktestBand, 3> bands{}; // indexed by HealthBand
    const BacktestBand& band(HealthBand b) const { return bands[std::size_t(b)]; }
};

struct HealthBacktest
{
    int decided = 0; // renewals with an outcome
    int churned = 0;
    int retained = 0;
    bool enoughHistory = false; // decided >= kBacktestMinDecided; when false, no number below is filled

    std::array<BacktestHorizon, 2> horizons{}; // 90, then 60 days before (kBacktestDaysBefore)

    // Churned accounts the model had flagged: yellow or red at 90 or at 60 days before, out of the churned
    // renewals with a score at either.
    int churnedScored = 0;
    int churnedNotGreen = 0;
    std::optional<double> churnedNotGreenShare;

    // The book now: the share of the accounts with a score that are green.
    HealthBandCounts now;
    std::optional<double> greenNowShare;
};

// Scores are as the engine keeps them (one decimal); bands are the model's.
HealthBacktest runHealthBacktest(const QList<BacktestRenewal>& renewals, const HealthBandCounts& now,
                                 const HealthModel& model);

} // namespace csm
