#pragma once

// What the health engine keeps in a book (issue 12; docs/schema.md, "Health"): the weekly snapshots with the
// model version and each factor's raw inputs, the models by version, and the current score on the account
// row. Internal to the storage layer.

#include "domain/Result.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

// The statements of the step that brings the health tables in (appended to the fresh schema too, so that a
// new book equals an upgraded one). The old, never written `health_snapshot` and `health_factor` are
// replaced; snapshots some other tool wrote into them are carried over without inputs (model version 0).
const char* healthSchemaSql();

// The migration step: healthSchemaSql(), then the book's minimum reader version raised (a build of an
// earlier schema would read the new snapshot table by the old one's columns).
Status migrateHealthSchema(sqlite3* db, const QString& now);

// Version 15: the index of live customer touches by account (touch_customer_by_account) also holds what a
// health pass reads of each touch (occurred_at, created_at, id, sentiment), so that the pass reads an
// account's touches from the index alone, in account order, instead of one table row each wherever it was
// logged (a book's touches lie in the order they were logged, not by account). The same statements for a
// new book and for the step 14 -> 15, which is all the step does.
const char* touchHealthIndexSql();
Status migrate14to15(sqlite3* db, const QString& now);

// Version 16: the table health_input keeps each account's inputs on the day its current score is as of and
// on 30 days before (HealthInputsKept.h), so that scoring the whole book again on that day (a saved model,
// the Health model dialog's preview, `report health`) reads one row per account instead of every usage
// value, touch and answer behind them. The same statements for a new book and for the step 15 -> 16; the
// step keeps nothing (the next pass or edit writes the rows).
const char* healthInputSql();
Status migrate15to16(sqlite3* db, const QString& now);

} // namespace csm::storage
