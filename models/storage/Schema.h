#pragma once

// The book schema (DESIGN §3) as this build writes it. docs/schema.md describes every table.

#include <cstdint>

namespace csm::storage {

// PRAGMA application_id of every book: "CSMW" in ASCII. A SQLite file without it is not a book.
inline constexpr std::int32_t kApplicationId = 0x43534D57;
// The schema version this build writes, and the oldest schema version a reader must understand to read a
// book written by this build (bumped only when a change would mislead an older reader).
inline constexpr int kSchemaVersion = 1;
inline constexpr int kMinReaderVersion = 1;

// The full schema of version kSchemaVersion (CREATE TABLE / INDEX statements, no data).
const char* schemaSql();

// The tables counted by Book::check(): name and whether it has a `deleted` tombstone column.
struct CountedTable
{
    const char* name;
    bool hasTombstone;
};
extern const CountedTable kCountedTables[];
extern const int kCountedTableCount;

} // namespace csm::storage
