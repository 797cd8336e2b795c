#pragma once

// Writing health (issue 12; docs/schema.md, "Health"): the current score on every account row, the weekly
// Monday snapshots with the model version that wrote them, the back-fill of a year of them after generate or
// an import, the catch-up when a book is opened on a later day, and saving a changed model. Each is one
// transaction: a failed or cancelled run leaves the book as it was. The update of one account after an edit
// needs no call: every committed change to a touch, an NPS answer, usage, a roadmap (milestones), the account
// (seats) or its ARR recomputes that account's current score in the same transaction (Transaction::commit).

#include "domain/HealthHistory.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

#include <functional>

namespace csm {

class Book;
struct BookSettings;

// Progress of a long recompute: `done` of `total` accounts; return false to cancel (Error::Cancelled).
using HealthProgress = std::function<bool(qint64 done, qint64 total)>;

class HealthRecompute
{
public:
    // Every live account's score on today, kept on its row with the score 30 days earlier and the version.
    static Status recomputeCurrent(Book& book, QDate today, const HealthProgress& progress = {});

    // The snapshots of every live account on each of the days (a day's earlier snapshots are replaced), and
    // the current scores, in one pass over the book.
    static Status writeHistory(Book& book, const QList<QDate>& days, QDate today,
                               const HealthProgress& progress = {});

    // The 52 Mondays up to today (healthHistoryMondays) and the current scores: what a book needs after
    // generate or an import so that trends exist at once. `settings` are the ones the book will have (the
    // generator writes them after the rows).
    static Status backfill(Book& book, QDate today, const HealthProgress& progress = {});
    static Status backfill(Book& book, const BookSettings& settings, QDate today,
                           const HealthProgress& progress = {});

    // After a change to the health inputs of the days `from` through `through` (an import:
    // ImportWriter::healthReach; invalid: no bound on that side): the Mondays of the last year between them,
    // and the current scores when today's inputs or those 30 days earlier (the trend) are among them. The
    // other Mondays' snapshots cannot see the change, so they stay as they are; nothing is written when no
    // day written is reached.
    static Status backfillFrom(Book& book, QDate from, QDate through, QDate today,
                               const HealthProgress& progress = {});

    // What a book opened on a later day lacks: the Mondays of the last year without snapshots (all 52 when
    // the book has none), current scores not as of today or whose inputs are not all kept for today
    // (HealthInputsKept.h: forgotten by new touch-model thresholds, or a book from before schema 16), and the
    // portfolio's trend Mondays without their kept row (HealthTrendDays.h). Returns whether anything was
    // written.
    static Result<bool> catchUp(Book& book, QDate today, const HealthProgress& progress = {});
    // Whether catchUp would write anything (a seek per Monday): the window asks before starting a job.
    static Result<bool> needsCatchUp(Book& book, QDate today);

    // Saves a model whose rules differ from the book's: its version is the book's + 1, the book's current
    // model is kept by version (table health_model), then current scores and the 52 Mondays are recomputed
    // with it. Returns the new version. A model with the same rules changes nothing and returns the version.
    static Result<int> saveModel(Book& book, const HealthModel& model, QDate today,
                                 const HealthProgress& progress = {});
};

} // namespace csm
