#pragma once

// What the Health model dialog previews (issue 12, item 4): the basis read once when it opens (also what the
// Health model page shows of the book's model), and what an edited model changes against it. Pure apart
// from the read; both run on the reader thread.

#include "domain/HealthHistory.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace csm {

class Book;

// What the preview compares against, read once when the dialog opens: the book's model, every live
// account's inputs today and 30 days before, and the decided renewals with their inputs 90 and 60 days
// before, scored by the book's model.
struct HealthModelBasis
{
    HealthModel current;
    QDate asOf;
    QList<AccountHealthInputs> accounts;
    QList<BacktestCase> cases;
    QList<BacktestRenewal> currentRenewals;
    HealthBacktest currentBacktest;

    static Result<HealthModelBasis> read(Book& book, QDate asOf);
};

// The edited model against the basis: the accounts whose band changes and its back-test.
struct HealthModelPreview
{
    QList<HealthBandChange> changes;
    QList<BacktestRenewal> renewals;
    HealthBacktest backtest;

    static HealthModelPreview of(const HealthModelBasis& basis, const HealthModel& edited);
};

} // namespace csm
