#pragma once

// Writing a renewal's forecast from the Renewals view (issue 14): the live `renewal` row of a contract's
// renewal date carries it; a renewal without a row is "not forecast yet", so the first forecast creates the
// row (with its contract, schema 4) and undoing that tombstones it again.

#include "domain/Entities.h"
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

} // namespace csm
