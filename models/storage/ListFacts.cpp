#include "ListFacts.h"

#include "Sqlite.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <limits>

namespace csm::storage {

namespace {

// The latest live customer touch of the account of the row being written (`account.id` in an UPDATE of
// account): one seek in touch_customer_by_account (covering, max() reads one entry).
#define CSM_LAST_CUSTOMER_TOUCH                                                                              \
    "(SELECT max(t.occurred_on) FROM touch t WHERE t.account_id = account.id AND t.deleted = 0 "             \
    " AND t.kind <> 'internal_note')"

// The latest live contract by start date; of two starting the same day, the one created later, then the
// larger id (schema 10: the order of ARR events, and one an export and re-import keep; docs/decisions.md,
// "The latest contract"). One seek in contract_live_by_account and a sort of the account's few contracts.
#define CSM_LATEST_CONTRACT_FROM                                                                             \
    " FROM contract c WHERE c.account_id = account.id AND c.deleted = 0 "                                    \
    " ORDER BY c.start_date DESC, c.created_at DESC, c.id DESC LIMIT 1)"
#define CSM_LATEST_CONTRACT                                                                                  \
    "(SELECT c.start_date, c.term_months, c.notice_days, c.auto_renew, c.notice_rule, "                      \
    "c.renewal_term_months, c.id" CSM_LATEST_CONTRACT_FROM

// Schema 10 set them without the contract's id: what its migration step sets, kept as it was.
#define CSM_LATEST_CONTRACT_V10                                                                              \
    "(SELECT c.start_date, c.term_months, c.notice_days, c.auto_renew, c.notice_rule, "                      \
    "c.renewal_term_months" CSM_LATEST_CONTRACT_FROM

// Schemas 3 to 9 took the one with the larger rowid of two starting the same day: what their migration steps
// create, kept as they were.
#define CSM_LATEST_CONTRACT_FROM_V9                                                                          \
    " FROM contract c WHERE c.account_id = account.id AND c.deleted = 0 "                                    \
    " ORDER BY c.start_date DESC, c.rowid DESC LIMIT 1)"
#define CSM_LATEST_CONTRACT_V9                                                                               \
    "(SELECT c.start_date, c.term_months, c.notice_days, c.auto_renew, c.notice_rule, "                      \
    "c.renewal_term_months" CSM_LATEST_CONTRACT_FROM_V9

#define CSM_SET_TOUCH_FACT "UPDATE account SET last_customer_touch_on = " CSM_LAST_CUSTOMER_TOUCH " "
#define CSM_CONTRACT_FACT_COLUMNS_V10                                                                        \
    "UPDATE account SET (contract_start_date, contract_term_months, contract_notice_days, "                  \
    "contract_auto_renew, contract_notice_rule, contract_renewal_term_months) = "
#define CSM_CONTRACT_FACT_COLUMNS                                                                            \
    "UPDATE account SET (contract_start_date, contract_term_months, contract_notice_days, "                  \
    "contract_auto_renew, contract_notice_rule, contract_renewal_term_months, contract_id) = "
#define CSM_SET_CONTRACT_FACTS CSM_CONTRACT_FACT_COLUMNS CSM_LATEST_CONTRACT " "
#define CSM_SET_CONTRACT_FACTS_V10 CSM_CONTRACT_FACT_COLUMNS_V10 CSM_LATEST_CONTRACT_V10 " "
#define CSM_SET_CONTRACT_FACTS_V9 CSM_CONTRACT_FACT_COLUMNS_V10 CSM_LATEST_CONTRACT_V9 " "

// As schema 4 set the contract's facts (without the notice rule and the renewal term): what its migration
// step creates, kept as it was.
#define CSM_LATEST_CONTRACT_V4                                                                               \
    "(SELECT c.start_date, c.term_months, c.notice_days, c.auto_renew" CSM_LATEST_CONTRACT_FROM_V9
#define CSM_SET_CONTRACT_FACTS_V4                                                                            \
    "UPDATE account SET (contract_start_date, contract_term_months, contract_notice_days, "                  \
    "contract_auto_renew) = " CSM_LATEST_CONTRACT_V4 " "

// As schema 3 set the contract's facts (without auto-renew): what its migration step creates, kept as it was.
#define CSM_LATEST_CONTRACT_V3                                                                               \
    "(SELECT c.start_date, c.term_months, c.notice_days" CSM_LATEST_CONTRACT_FROM_V9
#define CSM_SET_CONTRACT_FACTS_V3                                                                            \
    "UPDATE account SET (contract_start_date, contract_term_months, contract_notice_days) "                  \
    "= " CSM_LATEST_CONTRACT_V3 " "

// The renewals recorded for the account's latest contract (schema 4; read by a contract that does not renew
// automatically, domain/ContractTerms.h): the latest renewal date of the live renewals after its start that
// are decided as renewed, expanded or contracted, and the latest decided as churned. Uses the account's own
// contract_start_date, so after a contract's write it runs once those facts are set.
#define CSM_SET_RENEWAL_FACTS                                                                                \
    "UPDATE account SET (contract_renewed_through, contract_churned_on) = "                                  \
    "(SELECT max(CASE WHEN r.outcome <> 'churned' THEN r.renewal_date END), "                                \
    " max(CASE WHEN r.outcome = 'churned' THEN r.renewal_date END) FROM renewal r "                          \
    " WHERE r.account_id = account.id AND r.deleted = 0 AND r.outcome <> 'pending' "                         \
    " AND r.renewal_date > account.contract_start_date) "

// The account's latest live ARR event by the ARR rule (docs/schema.md): by effective date; of two the same
// day, the one created later, then the larger id. One seek in arr_event_by_account and a sort of the
// account's few events.
#define CSM_LATEST_ARR_EVENT                                                                                 \
    "(SELECT e.effective_on, e.arr_after FROM arr_event e "                                                  \
    " WHERE e.account_id = account.id AND e.deleted = 0 "                                                    \
    " ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1)"
#define CSM_SET_ARR_FACTS                                                                                    \
    "UPDATE account SET (latest_arr_event_on, latest_arr_after) = " CSM_LATEST_ARR_EVENT " "

// The contract triggers of schemas 9, 10 and 11, SET being how they set the contract's facts, and what drops
// the earlier ones.
#define CSM_DROP_CONTRACT_TRIGGERS                                                                           \
    "DROP TRIGGER account_facts_contract_insert;\n"                                                          \
    "DROP TRIGGER account_facts_contract_update;\n"                                                          \
    "DROP TRIGGER account_facts_contract_delete;\n"
#define CSM_CONTRACT_TRIGGERS(SET)                                                                           \
    "CREATE TRIGGER account_facts_contract_insert AFTER INSERT ON contract BEGIN\n"                          \
    "    " SET "WHERE id = new.account_id;\n"                                                                \
    "    " CSM_SET_RENEWAL_FACTS "WHERE id = new.account_id;\n"                                              \
    "END;\n"                                                                                                 \
    "CREATE TRIGGER account_facts_contract_update AFTER UPDATE ON contract BEGIN\n"                          \
    "    " SET "WHERE id IN (old.account_id, new.account_id);\n"                                             \
    "    " CSM_SET_RENEWAL_FACTS "WHERE id IN (old.account_id, new.account_id);\n"                           \
    "END;\n"                                                                                                 \
    "CREATE TRIGGER account_facts_contract_delete AFTER DELETE ON contract BEGIN\n"                          \
    "    " SET "WHERE id = old.account_id;\n"                                                                \
    "    " CSM_SET_RENEWAL_FACTS "WHERE id = old.account_id;\n"                                              \
    "END;\n"

// The triggers the bulk writer drops while it writes: the table each is on, and its name.
struct InsertTrigger
{
    const char* table;
    const char* name;
};
constexpr InsertTrigger kInsertTriggers[] = {{"touch", "account_facts_touch_insert"},
                                             {"contract", "account_facts_contract_insert"},
                                             {"renewal", "account_facts_renewal_insert"},
                                             {"arr_event", "account_facts_arr_insert"}};

} // namespace

const char* listFactsSql()
{
    return "ALTER TABLE account ADD COLUMN last_customer_touch_on TEXT;\n"
           "ALTER TABLE account ADD COLUMN contract_start_date TEXT;\n"
           "ALTER TABLE account ADD COLUMN contract_term_months INTEGER;\n"
           "ALTER TABLE account ADD COLUMN contract_notice_days INTEGER;\n"
           // A new customer touch can only move the latest one later.
           "CREATE TRIGGER account_facts_touch_insert AFTER INSERT ON touch\n"
           "    WHEN new.deleted = 0 AND new.kind <> 'internal_note' BEGIN\n"
           "    UPDATE account SET last_customer_touch_on = new.occurred_on WHERE id = new.account_id\n"
           "        AND (last_customer_touch_on IS NULL OR last_customer_touch_on < new.occurred_on);\n"
           "END;\n"
           // Saving a touch rewrites every column: recompute only when what counts changed.
           "CREATE TRIGGER account_facts_touch_update AFTER UPDATE OF account_id, occurred_on, kind, "
           "deleted\n"
           "    ON touch WHEN old.account_id IS NOT new.account_id OR old.occurred_on IS NOT "
           "new.occurred_on\n"
           "    OR old.kind IS NOT new.kind OR old.deleted IS NOT new.deleted BEGIN\n"
           "    " CSM_SET_TOUCH_FACT "WHERE id IN (old.account_id, new.account_id);\n"
           "END;\n"
           "CREATE TRIGGER account_facts_touch_delete AFTER DELETE ON touch BEGIN\n"
           "    " CSM_SET_TOUCH_FACT "WHERE id = old.account_id;\n"
           "END;\n"
           "CREATE TRIGGER account_facts_contract_insert AFTER INSERT ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V3 "WHERE id = new.account_id;\n"
           "END;\n"
           "CREATE TRIGGER account_facts_contract_update AFTER UPDATE ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V3 "WHERE id IN (old.account_id, new.account_id);\n"
           "END;\n"
           "CREATE TRIGGER account_facts_contract_delete AFTER DELETE ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V3 "WHERE id = old.account_id;\n"
           "END;\n";
}

const char* contractEndFactsSql()
{
    return "ALTER TABLE account ADD COLUMN contract_auto_renew INTEGER;\n"
           "ALTER TABLE account ADD COLUMN contract_renewed_through TEXT;\n"
           "ALTER TABLE account ADD COLUMN contract_churned_on TEXT;\n"
           "DROP TRIGGER account_facts_contract_insert;\n"
           "DROP TRIGGER account_facts_contract_update;\n"
           "DROP TRIGGER account_facts_contract_delete;\n"
           "CREATE TRIGGER account_facts_contract_insert AFTER INSERT ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V4 "WHERE id = new.account_id;\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id = new.account_id;\n"
           "END;\n"
           "CREATE TRIGGER account_facts_contract_update AFTER UPDATE ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V4 "WHERE id IN (old.account_id, new.account_id);\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id IN (old.account_id, new.account_id);\n"
           "END;\n"
           "CREATE TRIGGER account_facts_contract_delete AFTER DELETE ON contract BEGIN\n"
           "    " CSM_SET_CONTRACT_FACTS_V4 "WHERE id = old.account_id;\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id = old.account_id;\n"
           "END;\n"
           // A pending renewal decides nothing.
           "CREATE TRIGGER account_facts_renewal_insert AFTER INSERT ON renewal\n"
           "    WHEN new.deleted = 0 AND new.outcome <> 'pending' BEGIN\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id = new.account_id;\n"
           "END;\n"
           "CREATE TRIGGER account_facts_renewal_update AFTER UPDATE OF account_id, renewal_date, outcome, "
           "deleted\n"
           "    ON renewal WHEN old.account_id IS NOT new.account_id OR old.renewal_date IS NOT "
           "new.renewal_date\n"
           "    OR old.outcome IS NOT new.outcome OR old.deleted IS NOT new.deleted BEGIN\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id IN (old.account_id, new.account_id);\n"
           "END;\n"
           "CREATE TRIGGER account_facts_renewal_delete AFTER DELETE ON renewal BEGIN\n"
           "    " CSM_SET_RENEWAL_FACTS "WHERE id = old.account_id;\n"
           "END;\n";
}

const char* contractRuleFactsSql()
{
    return "ALTER TABLE account ADD COLUMN contract_notice_rule TEXT;\n"
           "ALTER TABLE account ADD COLUMN contract_renewal_term_months INTEGER;\n" CSM_DROP_CONTRACT_TRIGGERS
               CSM_CONTRACT_TRIGGERS(CSM_SET_CONTRACT_FACTS_V9);
}

const char* contractOrderFactsSql()
{
    return CSM_DROP_CONTRACT_TRIGGERS CSM_CONTRACT_TRIGGERS(CSM_SET_CONTRACT_FACTS_V10);
}

const char* contractIdFactSql()
{
    return "ALTER TABLE account ADD COLUMN contract_id TEXT;\n" CSM_DROP_CONTRACT_TRIGGERS
        CSM_CONTRACT_TRIGGERS(CSM_SET_CONTRACT_FACTS);
}

const char* arrFactsSql()
{
    return "ALTER TABLE account ADD COLUMN latest_arr_event_on TEXT;\n"
           "ALTER TABLE account ADD COLUMN latest_arr_after INTEGER;\n"
           "CREATE TRIGGER account_facts_arr_insert AFTER INSERT ON arr_event BEGIN\n"
           "    " CSM_SET_ARR_FACTS "WHERE id = new.account_id;\n"
           "END;\n"
           "CREATE TRIGGER account_facts_arr_update\n"
           "    AFTER UPDATE OF account_id, effective_on, arr_after, deleted, created_at, id ON arr_event "
           "BEGIN\n"
           "    " CSM_SET_ARR_FACTS "WHERE id IN (old.account_id, new.account_id);\n"
           "END;\n"
           "CREATE TRIGGER account_facts_arr_delete AFTER DELETE ON arr_event BEGIN\n"
           "    " CSM_SET_ARR_FACTS "WHERE id = old.account_id;\n"
           "END;\n";
}

const QStringList& listFactColumns()
{
    static const QStringList columns = [] {
        QStringList out;
        static const QRegularExpression added(QStringLiteral(R"(ALTER TABLE account ADD COLUMN (\w+))"));
        for (const char* sql : {listFactsSql(), contractEndFactsSql(), contractRuleFactsSql(),
                                contractIdFactSql(), arrFactsSql()}) {
            for (const QRegularExpressionMatch& m : added.globalMatch(QString::fromUtf8(sql)))
                out << m.captured(1);
        }
        return out;
    }();
    return columns;
}

Status computeListFactsV3(sqlite3* db)
{
    return exec(
        db, "UPDATE account SET last_customer_touch_on = " CSM_LAST_CUSTOMER_TOUCH
            ", (contract_start_date, contract_term_months, contract_notice_days) = " CSM_LATEST_CONTRACT_V3);
}

// The account facts set from scratch: the touch and contract facts in one statement, then the renewal facts
// (which count from the latest contract's start).
#define CSM_SET_TOUCH_AND_CONTRACT(CONTRACT_COLUMNS, LATEST)                                                 \
    "UPDATE account SET last_customer_touch_on = " CSM_LAST_CUSTOMER_TOUCH ", (" CONTRACT_COLUMNS            \
    ") = " LATEST

namespace {

Status execAll(sqlite3* db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        if (auto st = exec(db, sql); !st)
            return st;
    }
    return {};
}

#define CSM_V4_COLUMNS "contract_start_date, contract_term_months, contract_notice_days, contract_auto_renew"
#define CSM_V9_COLUMNS CSM_V4_COLUMNS ", contract_notice_rule, contract_renewal_term_months"
#define CSM_V11_COLUMNS CSM_V9_COLUMNS ", contract_id"

} // namespace

Status computeListFactsV4(sqlite3* db)
{
    return execAll(
        db, {CSM_SET_TOUCH_AND_CONTRACT(CSM_V4_COLUMNS, CSM_LATEST_CONTRACT_V4), CSM_SET_RENEWAL_FACTS});
}

Status computeListFacts(sqlite3* db)
{
    return execAll(db, {CSM_SET_TOUCH_AND_CONTRACT(CSM_V11_COLUMNS, CSM_LATEST_CONTRACT),
                        CSM_SET_RENEWAL_FACTS, CSM_SET_ARR_FACTS});
}

Status computeArrFacts(sqlite3* db)
{
    return exec(db, CSM_SET_ARR_FACTS);
}

Status computeListFactsV9(sqlite3* db)
{
    return execAll(
        db, {CSM_SET_TOUCH_AND_CONTRACT(CSM_V9_COLUMNS, CSM_LATEST_CONTRACT_V9), CSM_SET_RENEWAL_FACTS});
}

Status computeContractFacts(sqlite3* db)
{
    return execAll(db, {CSM_SET_CONTRACT_FACTS, CSM_SET_RENEWAL_FACTS});
}

Status computeContractFactsV10(sqlite3* db)
{
    return execAll(db, {CSM_SET_CONTRACT_FACTS_V10, CSM_SET_RENEWAL_FACTS});
}

#undef CSM_SET_TOUCH_AND_CONTRACT
#undef CSM_V4_COLUMNS
#undef CSM_V9_COLUMNS
#undef CSM_V11_COLUMNS

bool ListFactsSuspension::followsInsertsInto(QStringView table)
{
    return std::any_of(std::begin(kInsertTriggers), std::end(kInsertTriggers),
                       [table](const InsertTrigger& t) { return table == QLatin1StringView(t.table); });
}

Status ListFactsSuspension::suspend(sqlite3* db)
{
    if (isSuspended())
        return {};
    std::vector<QByteArray> triggers;
    for (const InsertTrigger& trigger : kInsertTriggers) {
        Stmt q(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
        q.bindText(1, QString::fromLatin1(trigger.name));
        if (q.next())
            triggers.push_back(q.text(0).toUtf8());
        else if (!q.status())
            return q.status();
    }
    if (triggers.empty())
        return {}; // a book without the facts (cannot happen after migration; nothing to do)
    const auto lastRowid = [db](const char* sql, qint64& into) -> Status {
        Stmt q(db, sql);
        if (!q.next())
            return q.status();
        into = q.isNull(0) ? 0 : q.int64(0);
        return {};
    };
    if (auto st = lastRowid("SELECT max(rowid) FROM touch", m_touchRowid); !st)
        return st;
    if (auto st = lastRowid("SELECT max(rowid) FROM contract", m_contractRowid); !st)
        return st;
    if (auto st = lastRowid("SELECT max(rowid) FROM renewal", m_renewalRowid); !st)
        return st;
    if (auto st = lastRowid("SELECT max(rowid) FROM account", m_accountRowid); !st)
        return st;
    if (auto st = lastRowid("SELECT max(rowid) FROM arr_event", m_arrRowid); !st)
        return st;
    for (const InsertTrigger& trigger : kInsertTriggers) {
        if (auto st = exec(db, (QByteArray("DROP TRIGGER IF EXISTS ") + trigger.name).constData()); !st)
            return st;
    }
    m_triggers = std::move(triggers);
    return {};
}

Status ListFactsSuspension::resume(sqlite3* db)
{
    if (!isSuspended())
        return {};
    // New rows get rowids above the largest one, unless that was the largest possible rowid (then SQLite
    // picks unused ones at random): then every account is recomputed.
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const bool everything = m_touchRowid == kMax || m_contractRowid == kMax || m_renewalRowid == kMax ||
                            m_accountRowid == kMax || m_arrRowid == kMax;
    if (everything) {
        if (auto st = computeListFacts(db); !st)
            return st;
    } else {
        // A fact whose table had no rows before is set for every account: looking for the accounts of the
        // new rows would scan the whole table (a book being built: 4.6 of the 4.9 s of a 100,000-account
        // re-import's facts went to finding the accounts of 2.0 million touches).
        const auto run = [db](const char* set, const char* where, std::initializer_list<qint64> after) {
            Stmt q(db, QByteArray(set) + where);
            int parameter = 0;
            for (const qint64 rowid : after)
                q.bind(++parameter, rowid);
            return q.run();
        };
        const bool allTouches = m_touchRowid == 0;
        const bool allContracts = m_contractRowid == 0;
        if (auto st = allTouches ? run(CSM_SET_TOUCH_FACT, "", {})
                                 : run(CSM_SET_TOUCH_FACT,
                                       "WHERE rowid > ?2 OR id IN "
                                       "(SELECT account_id FROM touch WHERE rowid > ?1)",
                                       {m_touchRowid, m_accountRowid});
            !st)
            return st;
        if (auto st = allContracts ? run(CSM_SET_CONTRACT_FACTS, "", {})
                                   : run(CSM_SET_CONTRACT_FACTS,
                                         "WHERE rowid > ?2 OR id IN "
                                         "(SELECT account_id FROM contract WHERE rowid > ?1)",
                                         {m_contractRowid, m_accountRowid});
            !st)
            return st;
        // After the contracts' facts: the renewal facts count from the latest contract's start.
        if (auto st = allContracts || m_renewalRowid == 0
                          ? run(CSM_SET_RENEWAL_FACTS, "", {})
                          : run(CSM_SET_RENEWAL_FACTS,
                                "WHERE rowid > ?3 OR id IN "
                                "(SELECT account_id FROM contract WHERE rowid > ?1) OR id IN "
                                "(SELECT account_id FROM renewal WHERE rowid > ?2)",
                                {m_contractRowid, m_renewalRowid, m_accountRowid});
            !st)
            return st;
        if (auto st = m_arrRowid == 0 ? run(CSM_SET_ARR_FACTS, "", {})
                                      : run(CSM_SET_ARR_FACTS,
                                            "WHERE rowid > ?2 OR id IN "
                                            "(SELECT account_id FROM arr_event WHERE rowid > ?1)",
                                            {m_arrRowid, m_accountRowid});
            !st)
            return st;
    }
    for (const QByteArray& sql : m_triggers) {
        if (auto st = exec(db, sql.constData()); !st)
            return st;
    }
    m_triggers.clear();
    return {};
}

#undef CSM_LAST_CUSTOMER_TOUCH
#undef CSM_LATEST_CONTRACT
#undef CSM_LATEST_CONTRACT_FROM
#undef CSM_LATEST_CONTRACT_FROM_V9
#undef CSM_LATEST_CONTRACT_V9
#undef CSM_LATEST_CONTRACT_V10
#undef CSM_SET_CONTRACT_FACTS_V10
#undef CSM_CONTRACT_FACT_COLUMNS_V10
#undef CSM_SET_CONTRACT_FACTS_V9
#undef CSM_CONTRACT_FACT_COLUMNS
#undef CSM_CONTRACT_TRIGGERS
#undef CSM_DROP_CONTRACT_TRIGGERS
#undef CSM_LATEST_CONTRACT_V3
#undef CSM_LATEST_CONTRACT_V4
#undef CSM_SET_CONTRACT_FACTS_V4
#undef CSM_SET_CONTRACT_FACTS_V3
#undef CSM_SET_TOUCH_FACT
#undef CSM_SET_CONTRACT_FACTS
#undef CSM_SET_RENEWAL_FACTS
#undef CSM_LATEST_ARR_EVENT
#undef CSM_SET_ARR_FACTS

} // namespace csm::storage
