#pragma once

// What schema version 4 adds for renewals, retention KPIs and the calendar export (issue 14, docs/schema.md):
// notice rules and renewal terms on `contract`, the contract and the ARR event of a renewal, one live renewal
// per contract and date, KPI targets, and the iCalendar UIDs and sequence numbers of exported items.

#include "domain/Result.h"

struct sqlite3;

namespace csm::storage {

const char* renewalsSql();
// The migration step: renewalsSql(), then each existing live renewal linked to the contract it renews (the
// account's latest live contract started before its date; the first row of an account and date only, so
// that duplicates written before the unique index stay unlinked instead of failing the upgrade).
Status migrateRenewals(sqlite3* db, const QString& now);
// Schema 11: the live renewals by date (the Renewals view's forecasts after a day, the portfolio's renewals)
// hold what those reads take of a row, so that they read the index instead of the table's wide rows.
const char* renewalsByDateSql();

} // namespace csm::storage
