#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <vector>

struct sqlite3;

namespace csm::storage {

// What the accounts list shows of an account's touches and contracts, kept on the account row (schema 3, 4,
// 9, 11; and schema 12's latest ARR event, arrFactsSql()): the latest live customer touch
// (account.last_customer_touch_on) and the latest live contract (account.contract_start_date,
// contract_term_months, contract_notice_days, contract_auto_renew, contract_notice_rule,
// contract_renewal_term_months, contract_id) with the renewals recorded since its start
// (contract_renewed_through, contract_churned_on). Triggers on touch, contract, renewal and arr_event keep
// them, so every writer does (older builds and other SQLite tools included) and the list of 100,000 accounts
// is one pass over `account` instead of two index seeks per account. Derived data only: the application never
// writes these columns itself, and an export must leave them out.

// The columns and triggers of schema 3 (appended to the schema; also what its migration step creates).
const char* listFactsSql();
// Schema 4 adds what decides where the latest contract ends (domain/ContractTerms.h): whether it renews
// automatically (account.contract_auto_renew) and the renewals recorded after its start
// (contract_renewed_through, contract_churned_on); the contract triggers again, now setting them too, and
// triggers on renewal.
const char* contractEndFactsSql();
// Schema 9 adds the latest contract's notice rule (account.contract_notice_rule, a NoticeRule code or NULL
// for "notice_days days before") and renewal term (contract_renewal_term_months), so that the accounts list
// and Today's notice lines give the deadline the Renewals view gives; the contract triggers again.
const char* contractRuleFactsSql();
// Schema 10 changes which of two contracts starting the same day is the latest: the one created later, then
// the larger id (it was the larger rowid, which an export and re-import or a VACUUM may reorder); the
// contract triggers again.
const char* contractOrderFactsSql();
// Schema 11 adds the latest contract's id (account.contract_id), so that the Renewals view has each account's
// current contract from the account row and scans `contract` only for a day before some account's latest
// contract started; the contract triggers again.
const char* contractIdFactSql();
// Schema 12 adds the latest live ARR event's effective date and ARR after it (account.latest_arr_event_on,
// latest_arr_after; NULL when the account has no live event), by the ARR rule, kept by triggers on
// arr_event: the Renewals view reads the ARR events only of accounts whose latest one is after the day asked
// for.
const char* arrFactsSql();

// The columns of `account` that hold facts: every column the facts' SQL above adds (ALTER TABLE account ADD
// COLUMN ...). Exports leave them out and imports recompute them. SQL that adds further facts must be read
// here too.
const QStringList& listFactColumns();

// Sets the facts of every account from scratch, as this build keeps them (after arrFactsSql()).
Status computeListFacts(sqlite3* db);
// The ARR facts of every account only (the step to schema 12, after arrFactsSql()).
Status computeArrFacts(sqlite3* db);
// The contract and renewal facts of every account only (the step to schema 11).
Status computeContractFacts(sqlite3* db);
// The same as schema 10 kept them (its migration step, after contractOrderFactsSql()).
Status computeContractFactsV10(sqlite3* db);
// The same as schema 9 kept them (its migration step, after contractRuleFactsSql()).
Status computeListFactsV9(sqlite3* db);
// The same as schema 4 kept them (its migration step, after contractEndFactsSql()).
Status computeListFactsV4(sqlite3* db);
// The same as schema 3 kept them (its migration step, after listFactsSql()).
Status computeListFactsV3(sqlite3* db);

// For bulk writes (the generator, imports): row-by-row triggers cost more than the inserts themselves, so
// the bulk writer drops the insert triggers inside its transaction and, at commit, sets the facts of the
// accounts its rows touched in one statement each and puts the triggers back. A rollback brings them back
// too (DDL is transactional in SQLite).
class ListFactsSuspension
{
public:
    // Drops the insert triggers (when the book has them) and remembers where the new rows begin.
    Status suspend(sqlite3* db);
    // Sets the facts of the accounts of the rows added since suspend() and recreates the triggers.
    Status resume(sqlite3* db);
    bool isSuspended() const { return !m_triggers.empty(); }
    // Whether a row inserted into `table` fires one of the triggers suspend() drops. A bulk load into such a
    // table must suspend them: with the table's secondary indexes dropped, each trigger's look-up of the
    // account's latest row would scan the whole table, once per row.
    static bool followsInsertsInto(QStringView table);

private:
    std::vector<QByteArray> m_triggers; // CREATE TRIGGER statements dropped by suspend()
    qint64 m_touchRowid = 0;            // largest rowid before suspend()
    qint64 m_contractRowid = 0;
    qint64 m_renewalRowid = 0;
    qint64 m_accountRowid = 0;
    qint64 m_arrRowid = 0;
};

} // namespace csm::storage
