#pragma once

// The signals of an account's health on the as-of date (DESIGN §5, §8), each with what it says "why" with.
// For active accounts: a churned account has no signals, which the caller decides (as computeToday does).

#include "domain/HealthEngine.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace csm {

inline constexpr int kRedRenewalWindowDays = 120;

struct HealthSignals
{
    // health_drop: the score fell by the model's drop threshold or more against the score 30 days earlier.
    bool healthDrop = false;
    std::optional<double> scoreBefore; // the score 30 days earlier, when there is one
    double drop = 0;                   // scoreBefore - score (points, may be negative) when both exist

    // silent: engagement's q > 1, or no customer touch on or before the date at all.
    bool silent = false;
    std::optional<double> q;

    // red_renewal: band red and the current renewal date within 120 days (0 .. 120 days ahead).
    bool redRenewal = false;
    std::optional<int> daysToRenewal; // none when there is no renewal date

    bool any() const { return healthDrop || silent || redRenewal; }
    QStringList codes() const; // "health_drop", "silent", "red_renewal": the JSON of `report health`
};

// The two tests behind health_drop and red_renewal, for callers that have scores without their inputs
// (Today's list reads them from the account rows). Both scores have one decimal.
bool isHealthDrop(std::optional<double> score, std::optional<double> scoreBefore, const HealthModel& model);
bool isRedRenewal(std::optional<HealthBand> band, QDate renewal, QDate asOf);

// now: the account's score on asOf (and the inputs it came from); scoreBefore: its score on asOf - 30 days,
// under the same model; renewal: its current renewal date (the first after asOf), invalid when none.
HealthSignals healthSignals(const HealthExplanation& now, const HealthInputs& in,
                            std::optional<double> scoreBefore, QDate renewal, const HealthModel& model,
                            QDate asOf);

} // namespace csm
