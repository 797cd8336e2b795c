#pragma once

// Schema version 6: what imports need (issue 13): import batches and their changes (undo of the last
// import), mapping presets, external ids on contacts, touches, contracts, ARR events and NPS responses, the
// 法人番号 on accounts, and the import that last wrote a usage value. docs/schema.md, "Imports (schema 6)".

#include "domain/Result.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

// The tables, columns and indexes (appended to the schema; also what the migration step creates).
const char* importSchemaSql();

// The migration step 5 -> 6.
Status migrateToImports(sqlite3* db, const QString& now);

} // namespace csm::storage
