#pragma once

// Each account's health inputs kept for the day of its current score (schema 16, issue 12).
//
// Scoring the whole book again reads every `active_users` value of 90 days, every customer touch, NPS
// answer and milestone behind the inputs: at 100,000 accounts 5.4 million usage values and 2 million
// touches, about 5 s of SQLite reading alone, whatever the engine does. Yet on one day the inputs change only
// when the rows behind them do, and a new model (the Health model dialog), its preview and `report health`
// score the same inputs again. health_input keeps them: one row per account with its inputs on the day
// (`as_of`) and 30 days before, what AccountHealthInputs holds. A whole-book score on that day reads those
// 100,000 rows. It is derived and only ever a shortcut: a day whose rows are not all there is read from the
// book's rows, as before schema 16.
//
// How it stays true to the rows (docs/schema.md, "Schema 16"): the writer of current scores writes the
// inputs it scored beside them (HealthRecompute.cpp: every health pass, and the update of an account after
// each committed edit, Transaction::commit), and the rows count only for the day they are as of (an account
// updated today has today's row; the others keep yesterday's until a pass). What changes rows without that
// update forgets every kept row before its own back-fill keeps them again: an import of rows health reads
// (ImportWriter::finish), the undo of one (ImportUndo), the generator (BulkWriter, when it begins), and new
// touch-model thresholds (Book::saveSettings; the touch model is an input). Not triggers: on the usage rows
// of an import a trigger would cost a seek per row.

#include "domain/HealthHistory.h"
#include "domain/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace csm::storage {

class Stmt;

// The columns of one day's inputs (touch_model .. milestones_on_time), as health_snapshot and health_input
// have them, days_since_touch counted from `day`.
inline constexpr int kHealthInputColumns = 14;
// Binds `in` on `day` to parameters at + 1 .. at + kHealthInputColumns.
void bindHealthInputs(Stmt& q, int at, const HealthInputs& in, QDate day);
// Reads them from columns at .. at + kHealthInputColumns - 1 of the current row.
HealthInputs readHealthInputs(sqlite3_stmt* s, int at, QDate day);

// Writes and forgets kept rows, the statements prepared once.
class KeptHealthInputs
{
public:
    explicit KeptHealthInputs(sqlite3* db);
    ~KeptHealthInputs();
    KeptHealthInputs(const KeptHealthInputs&) = delete;
    KeptHealthInputs& operator=(const KeptHealthInputs&) = delete;

    // The account's inputs on asOf and 30 days before (in.now, in.before), replacing its row. accountId:
    // UTF-8, valid until the row is written.
    Status keep(QByteArrayView accountId, QDate asOf, const AccountHealthInputs& in);
    // The account's row, when there is one.
    Status forget(QByteArrayView accountId);

private:
    sqlite3* m_db;
    std::unique_ptr<Stmt> m_keep;
    std::unique_ptr<Stmt> m_forget;
};

// Forgets every kept row: before a change of rows that does not update scores account by account.
Status forgetKeptHealthInputs(sqlite3* db);

// Whether every live account has its kept inputs of asOf (a count, no inputs read).
Result<bool> keptHealthInputsComplete(sqlite3* db, QDate asOf);

// Every live account's kept inputs on asOf, in account id order (as HealthStore::readInputs): none when some
// live account has no row of that day, or when `cancelled` says so (check `cancelled` again to tell).
Result<std::optional<QList<AccountHealthInputs>>>
readKeptHealthInputs(sqlite3* db, QDate asOf, const std::function<bool()>& cancelled = {});

} // namespace csm::storage
