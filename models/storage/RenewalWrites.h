#pragma once

// Writing a renewal's forecast from the Renewals view (issue 14): the live `renewal` row of a contract's
// renewal date carries it; a renewal without a row is "not forecast yet", so the first forecast creates the
// row (with its contract, schema 4) and undoing that tombstones it again.

#include "domain/Entities.h"
#include "domain/RenewalOutcome.h"
#include "domain/Result.h"

#include <QDate>

#include <optional>

namespace csm {

class Book;

struct ForecastChange
{
    Id renewalId;
    bool created = false;                  // the row was made by this change
    std::optional<RenewalForecast> before; // the forecast it had (none when created)
};

// Sets the forecast of the account's renewal on renewalDate: updates its live row, or creates one linked to
// the contract. One transaction.
Result<ForecastChange> setRenewalForecast(Book& book, const Id& accountId, const Id& contractId,
                                          QDate renewalDate, RenewalForecast forecast);
// Puts a renewal row back to a forecast (and live), or tombstones it for none: undo and redo.
Status setRenewalRowForecast(Book& book, const Id& renewalId, std::optional<RenewalForecast> forecast);

// What the book holds of one renewal's outcome: its `renewal` row and the live ARR event the outcome wrote.
struct RenewalOutcomeState
{
    Id renewalId; // empty: no row
    bool live = false;
    RenewalForecast forecast = RenewalForecast::Likely;
    RenewalOutcome outcome = RenewalOutcome::Pending;
    std::optional<QDate> decidedOn;
    QString note;
    std::optional<ArrEvent> event;
};
Result<RenewalOutcomeState> readOutcomeState(const Book& book, const Id& accountId, QDate renewalDate);

// The account's ARR before an outcome that takes effect on `day`: its latest live event before that day,
// leaving out `excludedEvent` (the event the outcome wrote earlier, when it is corrected); the saved ARR of
// an account without other events.
Result<MinorUnits> readArrBeforeOutcome(const Book& book, const Id& accountId, QDate day,
                                        const Id& excludedEvent);

struct OutcomeChange
{
    RenewalOutcomeState before;
    RenewalOutcomeState after;
};
// Records how a renewal ended, or corrects an outcome recorded before, in one transaction: the renewal row
// (created when the renewal had none) gets the outcome, decidedOn and the note; the ARR event of the outcome
// is written, or updated when the outcome had one (removed when it becomes "renewed" at the same ARR), so
// the account's ARR and the KPIs follow. Refused with the field's message (RenewalOutcomes::validate)
// against the contract's start and the ARR before the outcome; nothing is written then.
Result<OutcomeChange> recordRenewalOutcome(Book& book, const OutcomeInput& input, QDate decidedOn);
// Puts the book back to `target` (undo: before; redo: after); `other` is the state being left.
Status restoreOutcomeState(Book& book, const Id& accountId, QDate renewalDate,
                           const RenewalOutcomeState& target, const RenewalOutcomeState& other);

} // namespace csm
