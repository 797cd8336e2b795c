#include "Schema.h"

#include "SchemaRenewals.h"

#include "HealthTrendDays.h"
#include "ListFacts.h"
#include "SchemaHealth.h"
#include "SchemaImport.h"
#include "SchemaRoadmaps.h"

#include <string>

namespace csm::storage {

// Conventions: ids are UUID text; created_at/updated_at are UTC ISO-8601 with milliseconds; dates are
// 'YYYY-MM-DD' (checked with date(x) IS x); enums are stable text codes (Entities.cpp); money is integer
// minor units. Tables are STRICT so a wrong type is an error, not a silent conversion.
//
// Version 1 as released. The step from the pre-release version 0 creates exactly this, so it stays as it is;
// later versions add to it in steps of their own (below).
const char* schemaVersion1Sql()
{
    return R"sql(
CREATE TABLE meta (
    singleton          INTEGER PRIMARY KEY CHECK (singleton = 1),
    schema_version     INTEGER NOT NULL CHECK (schema_version >= 1),
    min_reader_version INTEGER NOT NULL CHECK (min_reader_version >= 1),
    created_by_app     TEXT NOT NULL,
    created_at         TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE company_holiday (
    date       TEXT PRIMARY KEY NOT NULL CHECK (date IS date(date)),
    name       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE account (
    id                          TEXT PRIMARY KEY NOT NULL,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    deleted                     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name                        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_reading                TEXT NOT NULL DEFAULT '',
    external_id                 TEXT CHECK (external_id IS NULL OR length(external_id) > 0),
    owner                       TEXT NOT NULL DEFAULT '',
    industry                    TEXT NOT NULL DEFAULT '',
    plan                        TEXT NOT NULL DEFAULT '',
    seats                       INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
    region                      TEXT NOT NULL DEFAULT '',
    stage                       TEXT NOT NULL DEFAULT 'onboarding'
                                CHECK (stage IN ('onboarding', 'adopting', 'mature', 'renewing', 'churned')),
    touch_model_override        TEXT CHECK (touch_model_override IN ('high', 'low', 'tech')),
    touch_model_override_reason TEXT NOT NULL DEFAULT '',
    arr                         INTEGER NOT NULL DEFAULT 0 CHECK (arr >= 0),
    status                      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX account_external_id_live ON account (external_id)
    WHERE deleted = 0 AND external_id IS NOT NULL;

CREATE TABLE contact (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id TEXT NOT NULL REFERENCES account (id),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('champion', 'executive_sponsor', 'admin', 'user')),
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contact_by_account ON contact (account_id);

CREATE TABLE touch (
    id             TEXT PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id     TEXT NOT NULL REFERENCES account (id),
    occurred_on    TEXT NOT NULL CHECK (occurred_on IS date(occurred_on)),
    occurred_at    TEXT CHECK (occurred_at IS NULL OR occurred_at IS time(occurred_at)),
    kind           TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'qbr', 'ebr', 'training',
                                                 'onboarding_session', 'webinar', 'in_app_message',
                                                 'escalation', 'internal_note')),
    direction      TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
    summary        TEXT NOT NULL DEFAULT '',
    sentiment      INTEGER CHECK (sentiment BETWEEN -2 AND 2),
    next_step      TEXT NOT NULL DEFAULT '',
    follow_up_on   TEXT CHECK (follow_up_on IS NULL OR follow_up_on IS date(follow_up_on)),
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    author         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX touch_by_account ON touch (account_id, occurred_on);
-- Engagement and "last touch": live customer touches only (internal notes are not touches).
-- Covering (deleted, kind included) so the accounts list never visits the table rows.
CREATE INDEX touch_customer_by_account ON touch (account_id, occurred_on, deleted, kind)
    WHERE deleted = 0 AND kind <> 'internal_note';
-- Today's list: open follow-ups by date.
CREATE INDEX touch_open_follow_up ON touch (follow_up_on)
    WHERE deleted = 0 AND follow_up_done = 0 AND follow_up_on IS NOT NULL;

CREATE TABLE touch_participant (
    touch_id   TEXT NOT NULL REFERENCES touch (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contact (id),
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (touch_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX touch_participant_by_contact ON touch_participant (contact_id);

CREATE TABLE contract (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id  TEXT NOT NULL REFERENCES account (id),
    start_date  TEXT NOT NULL CHECK (start_date IS date(start_date)),
    term_months INTEGER NOT NULL DEFAULT 12 CHECK (term_months > 0),
    auto_renew  INTEGER NOT NULL DEFAULT 1 CHECK (auto_renew IN (0, 1)),
    notice_days INTEGER NOT NULL DEFAULT 60 CHECK (notice_days >= 0),
    arr         INTEGER NOT NULL DEFAULT 0 CHECK (arr >= 0)
) STRICT;
CREATE INDEX contract_by_account ON contract (account_id, start_date);
-- The accounts list: each account's latest live contract.
CREATE INDEX contract_live_by_account ON contract (account_id, start_date) WHERE deleted = 0;

CREATE TABLE arr_event (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id   TEXT NOT NULL REFERENCES account (id),
    effective_on TEXT NOT NULL CHECK (effective_on IS date(effective_on)),
    kind         TEXT NOT NULL CHECK (kind IN ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
    arr_after    INTEGER NOT NULL CHECK (arr_after >= 0)
) STRICT;
CREATE INDEX arr_event_by_account ON arr_event (account_id, effective_on);
CREATE INDEX arr_event_by_date ON arr_event (effective_on) WHERE deleted = 0;

CREATE TABLE renewal (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id   TEXT NOT NULL REFERENCES account (id),
    renewal_date TEXT NOT NULL CHECK (renewal_date IS date(renewal_date)),
    forecast     TEXT NOT NULL DEFAULT 'likely' CHECK (forecast IN ('commit', 'likely', 'at_risk', 'lost')),
    outcome      TEXT NOT NULL DEFAULT 'pending'
                 CHECK (outcome IN ('pending', 'renewed', 'expanded', 'contracted', 'churned')),
    decided_on   TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on)),
    note         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX renewal_by_account ON renewal (account_id, renewal_date);
CREATE INDEX renewal_by_date ON renewal (renewal_date) WHERE deleted = 0;

CREATE TABLE roadmap_template (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    touch_model TEXT CHECK (touch_model IN ('high', 'low', 'tech'))
) STRICT;

CREATE TABLE template_milestone (
    id                   TEXT PRIMARY KEY NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    template_id          TEXT NOT NULL REFERENCES roadmap_template (id),
    position             INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    title                TEXT NOT NULL,
    offset_business_days INTEGER NOT NULL DEFAULT 0 CHECK (offset_business_days >= 0),
    owner_side           TEXT NOT NULL DEFAULT 'vendor' CHECK (owner_side IN ('vendor', 'customer')),
    success_criterion    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX template_milestone_by_template ON template_milestone (template_id, position);

CREATE TABLE roadmap (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id  TEXT NOT NULL REFERENCES account (id),
    template_id TEXT REFERENCES roadmap_template (id),
    name        TEXT NOT NULL DEFAULT '',
    kickoff_on  TEXT NOT NULL CHECK (kickoff_on IS date(kickoff_on)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX roadmap_by_account ON roadmap (account_id);
CREATE INDEX roadmap_by_template ON roadmap (template_id) WHERE template_id IS NOT NULL;

CREATE TABLE milestone (
    id                TEXT PRIMARY KEY NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    roadmap_id        TEXT NOT NULL REFERENCES roadmap (id),
    position          INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    title             TEXT NOT NULL,
    owner_side        TEXT NOT NULL DEFAULT 'vendor' CHECK (owner_side IN ('vendor', 'customer')),
    success_criterion TEXT NOT NULL DEFAULT '',
    due_on            TEXT NOT NULL CHECK (due_on IS date(due_on)),
    completed_on      TEXT CHECK (completed_on IS NULL OR completed_on IS date(completed_on)),
    status            TEXT NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'in_progress', 'done', 'blocked', 'skipped'))
) STRICT;
CREATE INDEX milestone_by_roadmap ON milestone (roadmap_id, position);
-- Today's list: overdue milestones.
CREATE INDEX milestone_open_by_due ON milestone (due_on) WHERE deleted = 0 AND status NOT IN ('done', 'skipped');

-- Imported daily metrics: keyed by their natural key, no rowid, no tombstones (re-imports replace values).
CREATE TABLE usage_metric (
    account_id TEXT NOT NULL REFERENCES account (id),
    metric     TEXT NOT NULL CHECK (length(metric) > 0),
    date       TEXT NOT NULL CHECK (date IS date(date)),
    value      REAL NOT NULL,
    PRIMARY KEY (account_id, metric, date)
) STRICT, WITHOUT ROWID;

CREATE TABLE nps_response (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    account_id   TEXT NOT NULL REFERENCES account (id),
    responded_on TEXT NOT NULL CHECK (responded_on IS date(responded_on)),
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    respondent   TEXT NOT NULL DEFAULT '',
    comment      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX nps_by_account ON nps_response (account_id, responded_on);
CREATE INDEX nps_by_date ON nps_response (responded_on) WHERE deleted = 0;

-- Written by the health engine (not user-edited: no tombstones); one snapshot per account and day.
CREATE TABLE health_snapshot (
    id         TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES account (id),
    as_of      TEXT NOT NULL CHECK (as_of IS date(as_of)),
    score      REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    band       TEXT CHECK (band IN ('green', 'yellow', 'red')),
    UNIQUE (account_id, as_of)
) STRICT;

CREATE TABLE health_factor (
    snapshot_id TEXT NOT NULL REFERENCES health_snapshot (id) ON DELETE CASCADE,
    factor      TEXT NOT NULL CHECK (factor IN ('adoption', 'usage_trend', 'engagement', 'sentiment', 'nps',
                                                'onboarding')),
    input       REAL NOT NULL,
    score       REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    weight      REAL NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (snapshot_id, factor)
) STRICT, WITHOUT ROWID;
)sql";
}

// Version 2: the quick search over touches (Ctrl+K). A trigram full-text index over summary and next step,
// external content on `touch` (the text is not stored twice; rows are keyed by touch.rowid, which VACUUM
// keeps because touch has indexes), kept by triggers so that every writer keeps it, older builds and other
// SQLite tools included. Tombstoned touches stay indexed and are left out by the query. The index by date
// lets a search read live touches newest first and stop at its limit.
const char* touchSearchSql()
{
    return R"sql(
CREATE VIRTUAL TABLE touch_search USING fts5 (
    summary, next_step, content = 'touch', content_rowid = 'rowid', tokenize = 'trigram', columnsize = 0
);
CREATE TRIGGER touch_search_insert AFTER INSERT ON touch BEGIN
    INSERT INTO touch_search (rowid, summary, next_step) VALUES (new.rowid, new.summary, new.next_step);
END;
CREATE TRIGGER touch_search_delete AFTER DELETE ON touch BEGIN
    INSERT INTO touch_search (touch_search, rowid, summary, next_step)
        VALUES ('delete', old.rowid, old.summary, old.next_step);
END;
-- Saving a touch rewrites every column: re-index only when the text changed.
CREATE TRIGGER touch_search_update AFTER UPDATE OF summary, next_step ON touch
    WHEN old.summary IS NOT new.summary OR old.next_step IS NOT new.next_step BEGIN
    INSERT INTO touch_search (touch_search, rowid, summary, next_step)
        VALUES ('delete', old.rowid, old.summary, old.next_step);
    INSERT INTO touch_search (rowid, summary, next_step) VALUES (new.rowid, new.summary, new.next_step);
END;
CREATE INDEX touch_live_by_date ON touch (occurred_on) WHERE deleted = 0;
)sql";
}

const char* touchSearchOptimizeSql()
{
    return "INSERT INTO touch_search (touch_search) VALUES ('optimize')";
}

const char* schemaSql()
{
    static const std::string full =
        std::string(schemaVersion1Sql()) + touchSearchSql() + listFactsSql() + contractEndFactsSql() +
        renewalsSql() + importSchemaSql() + healthSchemaSql() + roadmapSchemaSql() + contractRuleFactsSql() +
        contractOrderFactsSql() + contractIdFactSql() + renewalsByDateSql() + arrFactsSql() +
        openRoadmapIndexesSql() + healthTrendDaysSql() + touchHealthIndexSql() + healthInputSql();
    return full.c_str();
}

const CountedTable kCountedTables[] = {
    {"account", true},
    {"contact", true},
    {"touch", true},
    {"contract", true},
    {"arr_event", true},
    {"renewal", true},
    {"roadmap_template", true},
    {"template_milestone", true},
    {"roadmap", true},
    {"milestone", true},
    {"usage_metric", false},
    {"nps_response", true},
    {"health_snapshot", false},
    {"company_holiday", true},
    {"kpi_target", true},
    {"calendar_item", false},
    {"import_preset", true},
    {"import_batch", false},
};
const int kCountedTableCount = int(sizeof(kCountedTables) / sizeof(kCountedTables[0]));

} // namespace csm::storage
