#pragma once

// Schema version 8 (issue 15): templates gain a first-value mark and a retired flag; milestones the offset
// and template milestone they were made from, the day they started, a blocked reason and whether their date
// was moved by hand; company holidays become rows with ids and tombstones. docs/schema.md, "Schema 8".

#include "domain/Result.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

// What a new book runs after the version 7 schema: the same statements as the migration step, without the
// copy of earlier rows.
const char* roadmapSchemaSql();

// Schema version 13: the live active roadmaps by account and the open milestones by roadmap, as partial
// indexes that hold every column a read of them names (Debian's SQLite 3.40 reads an index instead of the
// table only then). Which accounts have an open roadmap (the portfolio, issue 16) is then read from the two
// indexes alone. Only CREATE INDEX: the same statements for a new book and for the step 12 -> 13.
const char* openRoadmapIndexesSql();

// The step 7 -> 8: the columns, company holidays rebuilt with ids (each earlier row a live row with a new
// id), and the milestones' new columns filled from their roadmaps and templates.
Status migrate7to8(sqlite3* db, const QString& now);

} // namespace csm::storage
