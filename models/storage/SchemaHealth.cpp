#include "SchemaHealth.h"

#include "Schema.h"
#include "Sqlite.h"

namespace csm::storage {

// One row per account and Monday, keyed by the day first so that a day's snapshots (a portfolio trend, the
// catch-up's "is this Monday there?") are one range of the table, never a scan; an account's history is one
// seek per Monday. Each factor's raw inputs are kept (not its score): with the model of `model_version`
// (table health_model) the engine gives back the whole explanation of any snapshot. The inputs are NULL only
// for snapshots carried over from schema 3 (written by another tool; model version 0). The bulk passes of
// HealthRecompute.cpp test these CHECKs themselves (fitsSnapshotTable) and write with SQLite's off: keep both
// in step.
//
// The current score is kept on the account row like the list's facts (ListFacts.h), so that the accounts
// list stays one pass over `account`: written by the health recompute (not by triggers: the engine is not
// SQL), with the day it is as of, the score 30 days earlier (the trend and the drop signal) and the version.
const char* healthSchemaSql()
{
    return R"sql(
DROP TABLE health_factor;
ALTER TABLE health_snapshot RENAME TO health_snapshot_v3;
CREATE TABLE health_snapshot (
    as_of              TEXT NOT NULL CHECK (as_of IS date(as_of)),
    account_id         TEXT NOT NULL REFERENCES account (id),
    model_version      INTEGER NOT NULL CHECK (model_version >= 0),
    score              REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    band               TEXT CHECK (band IN ('green', 'yellow', 'red')),
    touch_model        TEXT CHECK (touch_model IN ('high', 'low', 'tech')),
    seats              INTEGER CHECK (seats >= 0),
    usage_recent_sum   REAL,
    usage_recent_days  INTEGER CHECK (usage_recent_days BETWEEN 0 AND 30),
    usage_prior_sum    REAL,
    usage_prior_days   INTEGER CHECK (usage_prior_days BETWEEN 0 AND 30),
    days_since_touch   INTEGER CHECK (days_since_touch >= 0),
    sentiment_sum      INTEGER CHECK (sentiment_sum BETWEEN -10 AND 10),
    sentiment_count    INTEGER CHECK (sentiment_count BETWEEN 0 AND 5),
    nps_promoters      INTEGER CHECK (nps_promoters >= 0),
    nps_detractors     INTEGER CHECK (nps_detractors >= 0),
    nps_responses      INTEGER CHECK (nps_responses >= 0),
    milestones_due     INTEGER CHECK (milestones_due >= 0),
    milestones_on_time INTEGER CHECK (milestones_on_time >= 0),
    PRIMARY KEY (as_of, account_id)
) STRICT, WITHOUT ROWID;
INSERT INTO health_snapshot (as_of, account_id, model_version, score, band)
    SELECT as_of, account_id, 0, score, band FROM health_snapshot_v3 WHERE true
    ON CONFLICT (as_of, account_id) DO NOTHING;
DROP TABLE health_snapshot_v3;
CREATE TABLE health_model (
    version           INTEGER PRIMARY KEY CHECK (version >= 1),
    saved_at          TEXT NOT NULL,
    weight_adoption   REAL NOT NULL CHECK (weight_adoption >= 0),
    weight_usage_trend REAL NOT NULL CHECK (weight_usage_trend >= 0),
    weight_engagement REAL NOT NULL CHECK (weight_engagement >= 0),
    weight_sentiment  REAL NOT NULL CHECK (weight_sentiment >= 0),
    weight_nps        REAL NOT NULL CHECK (weight_nps >= 0),
    weight_onboarding REAL NOT NULL CHECK (weight_onboarding >= 0),
    cadence_high_days INTEGER NOT NULL CHECK (cadence_high_days >= 1),
    cadence_low_days  INTEGER NOT NULL CHECK (cadence_low_days >= 1),
    cadence_tech_days INTEGER NOT NULL CHECK (cadence_tech_days >= 1),
    green_min         REAL NOT NULL,
    yellow_min        REAL NOT NULL,
    drop_points       REAL NOT NULL
) STRICT;
ALTER TABLE account ADD COLUMN health_as_of TEXT;
ALTER TABLE account ADD COLUMN health_model_version INTEGER;
ALTER TABLE account ADD COLUMN health_score REAL;
ALTER TABLE account ADD COLUMN health_band TEXT;
ALTER TABLE account ADD COLUMN health_score_before REAL;
)sql";
}

Status migrateHealthSchema(sqlite3* db, const QString&)
{
    if (auto st = exec(db, healthSchemaSql()); !st)
        return st;
    Stmt meta(db, "UPDATE meta SET min_reader_version = max(min_reader_version, ?1) WHERE singleton = 1");
    meta.bind(1, kMinReaderVersion);
    return meta.run();
}

const char* touchHealthIndexSql()
{
    return R"sql(
DROP INDEX touch_customer_by_account;
CREATE INDEX touch_customer_by_account
    ON touch (account_id, occurred_on, deleted, kind, occurred_at, created_at, id, sentiment)
    WHERE deleted = 0 AND kind <> 'internal_note';
)sql";
}

Status migrate14to15(sqlite3* db, const QString&)
{
    return exec(db, touchHealthIndexSql());
}

// One row per account, in account id order (the order every pass reads accounts in). Derived: written by
// the health pass and by the update after an edit (HealthRecompute.cpp), all of it forgotten by the writers
// that change rows wholesale (imports, their undo, the generator) and by new touch-model thresholds; a row
// counts only on the day it is as of (HealthInputsKept.h). The columns of each day are a snapshot's inputs,
// days_since_touch counted from that day.
const char* healthInputSql()
{
    return R"sql(
CREATE TABLE health_input (
    account_id                TEXT PRIMARY KEY NOT NULL REFERENCES account (id),
    as_of                     TEXT NOT NULL CHECK (as_of IS date(as_of)),
    customer                  INTEGER NOT NULL CHECK (customer IN (0, 1)),
    touch_model               TEXT NOT NULL CHECK (touch_model IN ('high', 'low', 'tech')),
    seats                     INTEGER NOT NULL CHECK (seats >= 0),
    usage_recent_sum          REAL NOT NULL,
    usage_recent_days         INTEGER NOT NULL CHECK (usage_recent_days BETWEEN 0 AND 30),
    usage_prior_sum           REAL NOT NULL,
    usage_prior_days          INTEGER NOT NULL CHECK (usage_prior_days BETWEEN 0 AND 30),
    days_since_touch          INTEGER CHECK (days_since_touch >= 0),
    sentiment_sum             INTEGER NOT NULL CHECK (sentiment_sum BETWEEN -10 AND 10),
    sentiment_count           INTEGER NOT NULL CHECK (sentiment_count BETWEEN 0 AND 5),
    nps_promoters             INTEGER NOT NULL CHECK (nps_promoters >= 0),
    nps_detractors            INTEGER NOT NULL CHECK (nps_detractors >= 0),
    nps_responses             INTEGER NOT NULL CHECK (nps_responses >= 0),
    milestones_due            INTEGER NOT NULL CHECK (milestones_due >= 0),
    milestones_on_time        INTEGER NOT NULL CHECK (milestones_on_time >= 0),
    before_touch_model        TEXT NOT NULL CHECK (before_touch_model IN ('high', 'low', 'tech')),
    before_seats              INTEGER NOT NULL CHECK (before_seats >= 0),
    before_usage_recent_sum   REAL NOT NULL,
    before_usage_recent_days  INTEGER NOT NULL CHECK (before_usage_recent_days BETWEEN 0 AND 30),
    before_usage_prior_sum    REAL NOT NULL,
    before_usage_prior_days   INTEGER NOT NULL CHECK (before_usage_prior_days BETWEEN 0 AND 30),
    before_days_since_touch   INTEGER CHECK (before_days_since_touch >= 0),
    before_sentiment_sum      INTEGER NOT NULL CHECK (before_sentiment_sum BETWEEN -10 AND 10),
    before_sentiment_count    INTEGER NOT NULL CHECK (before_sentiment_count BETWEEN 0 AND 5),
    before_nps_promoters      INTEGER NOT NULL CHECK (before_nps_promoters >= 0),
    before_nps_detractors     INTEGER NOT NULL CHECK (before_nps_detractors >= 0),
    before_nps_responses      INTEGER NOT NULL CHECK (before_nps_responses >= 0),
    before_milestones_due     INTEGER NOT NULL CHECK (before_milestones_due >= 0),
    before_milestones_on_time INTEGER NOT NULL CHECK (before_milestones_on_time >= 0)
) STRICT, WITHOUT ROWID;
)sql";
}

Status migrate15to16(sqlite3* db, const QString&)
{
    return exec(db, healthInputSql());
}

} // namespace csm::storage
