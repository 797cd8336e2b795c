#include "SchemaRenewals.h"

#include "Sqlite.h"

namespace csm::storage {

const char* renewalsSql()
{
    return R"sql(
-- A notice rule code (domain/NoticeRule.h: days:60, months:2, day-of-month:20:1, end-of-month:1, ":bd");
-- NULL: notice_days days before the renewal date, as before. NULL renewal term: the same as the first.
ALTER TABLE contract ADD COLUMN notice_rule TEXT CHECK (notice_rule IS NULL OR length(notice_rule) > 0);
ALTER TABLE contract ADD COLUMN renewal_term_months INTEGER
    CHECK (renewal_term_months IS NULL OR renewal_term_months > 0);
-- The contract a renewal renews and the ARR event its outcome wrote (correcting the outcome updates that
-- event instead of adding one).
ALTER TABLE renewal ADD COLUMN contract_id TEXT REFERENCES contract (id);
ALTER TABLE renewal ADD COLUMN arr_event_id TEXT REFERENCES arr_event (id);
CREATE UNIQUE INDEX renewal_live_by_contract ON renewal (contract_id, renewal_date)
    WHERE deleted = 0 AND contract_id IS NOT NULL;

CREATE TABLE kpi_target (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    kpi        TEXT NOT NULL CHECK (kpi IN ('grr', 'nrr', 'logo_churn', 'retention', 'expansion_rate',
                                            'expansion_arr', 'contraction_arr', 'churned_arr', 'new_arr',
                                            'ltv', 'nps')),
    period     TEXT NOT NULL CHECK (length(period) > 0),
    value      INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX kpi_target_live ON kpi_target (kpi, period) WHERE deleted = 0;

-- What the calendar export gave each item: a random UID kept for good, and a sequence raised whenever the
-- item's event changes (fingerprint: its date and text as last exported).
CREATE TABLE calendar_item (
    item_key    TEXT PRIMARY KEY NOT NULL,
    uid         TEXT NOT NULL UNIQUE,
    sequence    INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    fingerprint TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
)sql";
}

Status migrateRenewals(sqlite3* db, const QString&)
{
    if (auto st = exec(db, renewalsSql()); !st)
        return st;
    return exec(db, "UPDATE renewal SET contract_id = (SELECT c.id FROM contract c WHERE c.account_id = "
                    "renewal.account_id AND c.deleted = 0 AND c.start_date < renewal.renewal_date "
                    "ORDER BY c.start_date DESC, c.rowid DESC LIMIT 1) "
                    "WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM renewal r WHERE r.deleted = 0 AND "
                    "r.account_id = renewal.account_id AND r.renewal_date = renewal.renewal_date AND "
                    "r.rowid < renewal.rowid)");
}

// `deleted` is among the columns although the index holds only 0 there: Debian's SQLite (3.40) reads an index
// instead of the table only when it holds every column the statement names, its WHERE's included.
const char* renewalsByDateSql()
{
    return "DROP INDEX renewal_by_date;\n"
           "CREATE INDEX renewal_live_by_date ON renewal (renewal_date, account_id, forecast, outcome, id, "
           "deleted)\n"
           "    WHERE deleted = 0;\n";
}

} // namespace csm::storage
