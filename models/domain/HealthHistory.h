#pragma once

// What a book keeps and shows of health over time (issue 12): the Mondays of the history, the score 30 days
// earlier, the inputs of a full recompute, and what changes when the model does (the Health model dialog's
// preview and back-test). Pure: the same inputs give the same answers.

#include "domain/HealthBacktest.h"
#include "domain/HealthEngine.h"
#include "domain/HealthSignals.h"

#include <QDate>
#include <QList>

#include <optional>

namespace csm {

// A snapshot of every account every Monday, a year back: the back-fill after generate or an import, and what
// saving a model recomputes.
inline constexpr int kHealthHistoryWeeks = 52;
// The trend of a score (the list's arrow, the drop signal) is against the score this many days earlier.
inline constexpr int kHealthTrendDays = 30;

// The latest Monday on or before today and the weeks - 1 Mondays before it, oldest first.
QList<QDate> healthHistoryMondays(QDate today, int weeks = kHealthHistoryWeeks);

// One account's inputs on a day d and on d - 30, what a full recompute scores.
struct AccountHealthInputs
{
    Id accountId;
    bool customer = true; // a customer on d (isCustomerOn): only customers have signals
    HealthInputs now;     // on d
    HealthInputs before;  // on d - 30
};

// An account's score on d, with the score 30 days earlier under the same model.
struct AccountHealthScore
{
    HealthExplanation now;
    std::optional<double> scoreBefore;
};
AccountHealthScore scoreAccountHealth(const AccountHealthInputs& in, const HealthModel& model, QDate asOf);

// An account whose band differs between two models (the preview before a model is saved).
struct HealthBandChange
{
    Id accountId;
    std::optional<double> scoreFrom;
    std::optional<HealthBand> bandFrom; // none: no score
    std::optional<double> scoreTo;
    std::optional<HealthBand> bandTo;
};
// The accounts (customers only) whose band under `to` is not their band under `from`, in the order given.
QList<HealthBandChange> healthBandChanges(const QList<AccountHealthInputs>& accounts, const HealthModel& from,
                                          const HealthModel& to, QDate asOf);

// A decided renewal of the book's history with its account's inputs 90 and 60 days before the renewal date
// (none when those days are after the back-test's as-of date: the future is not known).
struct BacktestCase
{
    Id accountId;
    QDate renewalDate;
    RenewalOutcome outcome = RenewalOutcome::Pending;
    std::optional<HealthInputs> at90;
    std::optional<HealthInputs> at60;
};

// The cases scored by a model (as of each case's own dates).
QList<BacktestRenewal> scoreBacktestCases(const QList<BacktestCase>& cases, const HealthModel& model);
// The whole back-test of a model: its scores of the cases, and the book now (the customers among accounts).
HealthBacktest backtestHealthModel(const QList<BacktestCase>& cases,
                                   const QList<AccountHealthInputs>& accounts, const HealthModel& model,
                                   QDate asOf);

} // namespace csm
