#include "SchemaImport.h"

#include "Sqlite.h"

namespace csm::storage {

// What imports need (issue 13), added to the schema in one step:
// - import_batch: one row per committed import (when, which file, which type, what it did), numbered in
//   order; the last one can be undone while undone_at is NULL.
// - import_change: what the last import added or changed, row by row (its table, the row's primary key as
//   a JSON array, the file's line, the row as it was before as a JSON object, NULL when the import added
//   it, and the row's updated_at just after the import, to see at undo time whether it was edited since).
//   Only the last import's changes are kept: the next import deletes them. A table that a book's JSON
//   export filled from empty (ImportWriter's bulk load) gets one entry: row_key '*', line = the rows it
//   added, after_updated_at = the latest updated_at among them; undo empties the table.
// - import_preset: saved column mappings with their reading options (the preset JSON of
//   docs/import-export.md), edited rows with tombstones like every user-edited table.
// - external ids on contacts, touches, contracts, ARR events and NPS responses (unique among live rows, as
//   on accounts) so that re-importing a file updates instead of duplicating, and the 法人番号 (13 digits,
//   the check digit verified by the importer) on accounts, by which an import matches an account.
// - usage_metric.import_batch: the import that last wrote the value. Usage rows have no id and a usage
//   file can hold millions of them: the import marks them instead of logging each, and undo deletes the
//   ones it still marks.
const char* importSchemaSql()
{
    return R"sql(
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    file        TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL CHECK (length(type) > 0),
    encoding    TEXT NOT NULL DEFAULT '',
    added       INTEGER NOT NULL DEFAULT 0 CHECK (added >= 0),
    updated     INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
    unchanged   INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    rejected    INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    undone_at   TEXT
) STRICT;

CREATE TABLE import_change (
    batch_id         INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    table_name       TEXT NOT NULL,
    row_key          TEXT NOT NULL,
    line             INTEGER,
    before           TEXT,
    after_updated_at TEXT
) STRICT;
CREATE INDEX import_change_by_batch ON import_change (batch_id);

CREATE TABLE import_preset (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    type       TEXT NOT NULL,
    preset     TEXT NOT NULL -- JSON, checked by the code that writes it: a CHECK calling json_valid() makes
                             -- the table unreadable to connections with trusted_schema=OFF (VACUUM INTO)
) STRICT;
CREATE UNIQUE INDEX import_preset_name_live ON import_preset (name) WHERE deleted = 0;

ALTER TABLE account ADD COLUMN corporate_number TEXT
    CHECK (corporate_number IS NULL OR (length(corporate_number) = 13 AND corporate_number NOT GLOB '*[^0-9]*'));
CREATE INDEX account_corporate_number_live ON account (corporate_number)
    WHERE deleted = 0 AND corporate_number IS NOT NULL;

ALTER TABLE contact ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
CREATE UNIQUE INDEX contact_external_id_live ON contact (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;
ALTER TABLE touch ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
CREATE UNIQUE INDEX touch_external_id_live ON touch (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;
ALTER TABLE contract ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
CREATE UNIQUE INDEX contract_external_id_live ON contract (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;
ALTER TABLE arr_event ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
CREATE UNIQUE INDEX arr_event_external_id_live ON arr_event (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;
ALTER TABLE nps_response ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
CREATE UNIQUE INDEX nps_response_external_id_live ON nps_response (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;

ALTER TABLE usage_metric ADD COLUMN import_batch INTEGER;
)sql";
}

Status migrateToImports(sqlite3* db, const QString&)
{
    return exec(db, importSchemaSql());
}

} // namespace csm::storage
