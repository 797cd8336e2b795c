#pragma once

// The book schema (DESIGN §3) as this build writes it. docs/schema.md describes every table.

#include <cstdint>

namespace csm::storage {

// PRAGMA application_id of every book: "CSMW" in ASCII. A SQLite file without it is not a book.
inline constexpr std::int32_t kApplicationId = 0x43534D57;
// The schema version this build writes, and the oldest schema version a reader must understand to read a
// book written by this build (bumped only when a change would mislead an older reader).
// Version 2 only adds the quick-search index over touches, kept by triggers inside the file: a version 1
// build reads such a book correctly (and any writer keeps the index current), so the minimum stays 1.
// Version 3 only adds columns to `account` that triggers keep (ListFacts.h): an older build ignores them and
// its writes keep them current, so the minimum still stays 1. Version 4 adds three more such columns
// (contract_auto_renew, contract_renewed_through, contract_churned_on), so the minimum still stays 1.
// Version 5 adds columns, an index and two tables for renewals, KPI targets and the calendar export
// (SchemaRenewals.h): an older build ignores them and still reads contracts (notice_days) and renewals
// right, so the minimum stays 1.
// Version 6 only adds tables, nullable columns and indexes for imports (SchemaImport.h): an older build
// never reads them; when it writes a row it leaves the new columns NULL (no external id, no 法人番号),
// which is what they are for a row made by hand. The minimum stays 1.
// Version 7 replaces `health_snapshot` (SchemaHealth.h): an older build would read it by the old columns
// (the accounts list joins it by `id`) and fail on every list load, so the minimum becomes 7.
// Version 8 (roadmaps, SchemaRoadmaps.h) raises it to 8: company holidays keep their removed rows as
// tombstones, and an older build would read every row of `company_holiday` as a day off (a removed holiday
// would still move due dates and notice deadlines in its reports).
// Version 9 adds two list facts on `account` and new contract triggers (ListFacts.h): the triggers live in
// the book, so an older build's contract writes keep the new facts too, and it never reads them. The
// minimum stays 8.
// Version 10 only recreates those contract triggers, ordering two contracts of one start day by created_at
// and id instead of rowid: an older build's writes keep the facts by the new order too (the triggers are in
// the book), so the minimum stays 8.
// Version 11 adds a list fact (account.contract_id), the contract triggers again and a wider index on
// renewal (renewal_live_by_date replaces renewal_by_date, which no build names): an older build's contract
// writes keep the new fact through the triggers, and it never reads it. The minimum stays 8.
// Version 12 adds two list facts (account.latest_arr_event_on, latest_arr_after) kept by new triggers on
// arr_event: an older build's ARR writes keep them through the triggers, and it never reads them. The minimum
// stays 8.
// Version 13 only adds two partial indexes on roadmap and milestone (SchemaRoadmaps.h): an older build's
// writes keep them (SQLite does), and it never names them. The minimum stays 8.
// Version 14 adds health_trend_day, the portfolio's trend Mondays in one row each, forgotten by whatever
// writes health_snapshot (HealthTrendDays.h). An older build opens a newer book read-only and never names the
// table. The minimum stays 8.
// Version 15 only widens an index (touch_customer_by_account, SchemaHealth.h) by columns: an older build's
// writes keep it (SQLite does), and its queries read it as before. The minimum stays 8.
// Version 16 adds health_input, each account's inputs kept for the day of its current score (derived,
// HealthInputsKept.h). An older build opens a newer book read-only and never names the table. The minimum
// stays 8.
inline constexpr int kSchemaVersion = 16;
inline constexpr int kMinReaderVersion = 8;

// The full schema of version kSchemaVersion (CREATE TABLE / INDEX / TRIGGER statements, no data).
const char* schemaSql();
// The schema as version 1 created it (what the step from version 0 creates).
const char* schemaVersion1Sql();
// What version 2 adds: the touch search index, its triggers and the touches-by-date index.
const char* touchSearchSql();
// Merges the touch search index into one segment. Run after the index is filled in bulk (migration, bulk
// writer): an index built in one go leaves segments that FTS5's incremental merging otherwise works through
// a little at every later insert, 20-45 ms every 64th logged touch on the 100,000-account book; merged, a
// logged touch stays under 8 ms. About 3 s at 2.1 million touches.
const char* touchSearchOptimizeSql();

// The tables counted by Book::check(): name and whether it has a `deleted` tombstone column.
struct CountedTable
{
    const char* name;
    bool hasTombstone;
};
extern const CountedTable kCountedTables[];
extern const int kCountedTableCount;

} // namespace csm::storage
