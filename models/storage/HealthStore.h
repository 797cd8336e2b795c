#pragma once

// Reading what the health engine needs and keeps (issue 12; docs/schema.md, "Health"). The engine itself is
// domain code (domain/HealthEngine.h); this is its storage:
// - forEachAccountRows / readRows: each account's rows (HealthAccountRows), read in one merged pass over the
//   tables (one statement per table, in account order), for a full recompute, the back-fill of many Mondays,
//   the back-test and the update of one account after an edit;
// - readInputs: on top of it, the inputs of every live account on a day and 30 days before (`report health`,
//   `report actions`), the inputs the book keeps for the day instead when it keeps them for every live
//   account (storage/HealthInputsKept.h); backtestBasis: those and the back-test's cases from the same one
//   pass (the Health model page and dialog, `report backtest`);
// - the snapshots, the current score on the account row and the saved models by version.
// Writing is HealthRecompute's (storage/HealthRecompute.h).

#include "domain/HealthHistory.h"
#include "domain/HealthRows.h"
#include "domain/Result.h"
#include "storage/Repositories.h" // CancelCheck

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace csm {

class Book;

// A snapshot as kept: the model version that wrote it, its score and the inputs it came from. With the model
// of that version (HealthStore::model) scoreHealth() gives back its whole explanation.
struct StoredHealthSnapshot
{
    QDate asOf;
    int modelVersion = 0;
    std::optional<double> score;
    std::optional<HealthBand> band;
    std::optional<HealthInputs> inputs; // none for a snapshot carried over from schema 3 (model version 0)
};

// The current score kept on the account row.
struct CurrentHealth
{
    QDate asOf; // invalid: never computed
    int modelVersion = 0;
    std::optional<double> score;
    std::optional<HealthBand> band;
    std::optional<double> scoreBefore; // 30 days earlier, under the same model
};

struct BacktestBasis
{
    QList<BacktestCase> cases;
    QList<AccountHealthInputs> accounts; // in account id order
};

class HealthStore
{
public:
    // The inputs of every live account on asOf and on asOf - 30, in account id order (forEachAccountRows):
    // the kept ones when the book keeps them for asOf (HealthInputsKept.h), else from the rows.
    static Result<QList<AccountHealthInputs>> readInputs(Book& book, QDate asOf,
                                                         const CancelCheck& cancelled = {});

    // Every live account's rows, one account at a time in id order (each table read once, in account order,
    // and merged). Rows dated after upTo and usage before usageFrom are left out (neither changes a score
    // as of a day in between). `visit` returns false to stop.
    struct Account
    {
        Id id;
        QString name;
        HealthAccountRows rows;
    };
    using RowsVisitor = std::function<bool(const Account& account)>;
    static Status forEachAccountRows(Book& book, QDate usageFrom, QDate upTo, const RowsVisitor& visit,
                                     const Id& only = {});
    // `only`: that account alone (seeks), else every live account.
    // One account's rows (all of them); NotFound for an unknown or deleted account.
    static Result<HealthAccountRows> readRows(Book& book, const Id& accountId);

    // The account's snapshots on those days (days without one are left out), oldest first.
    static Result<QList<StoredHealthSnapshot>> history(Book& book, const Id& accountId,
                                                       const QList<QDate>& days);
    static Result<CurrentHealth> current(Book& book, const Id& accountId);
    // Whether the book has a snapshot (of any account) on that day.
    static Result<bool> hasSnapshotsOn(Book& book, QDate day);

    // The model of a version: a saved one (table health_model), or the book's settings for their version.
    static Result<HealthModel> model(Book& book, int version);

    // What a back-test scores (backtestHealthModel), in one pass over the book: every decided renewal of a
    // live account (renewed, expanded, contracted, churned) decided by asOf (or, without a decision date,
    // dated by asOf), with its account's inputs 90 and 60 days before the renewal date when those days are
    // not after asOf; and every live account's inputs on asOf, as readInputs gives them (the book now).
    static Result<BacktestBasis> backtestBasis(Book& book, QDate asOf);
};

} // namespace csm
