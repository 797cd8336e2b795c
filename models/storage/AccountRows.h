#pragma once

// Whole-book reads of rows that belong to accounts, shared by the KPIs, the portfolio and the Renewals view.
// They scan each table in its own order and find a row's account in memory: an `ORDER BY account_id` over
// a rowid table walks an index and reads the table at a random page per row, which at 100,000 accounts cost
// several times the scan (nps_response 577 ms against 63 ms, arr_event 291 against 49 ms in the sqlite3
// shell; docs/PERFORMANCE.md).

#include "Sqlite.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "storage/Repositories.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <cstring>

namespace csm::storage {

// Accounts by their id as SQLite gives it (UTF-8), so that a row's account is found without making a QString
// of its id; the value is the caller's number of the account. An open-addressing table of the ids' hashes
// over one buffer of their bytes: a look-up compares the bytes of an id only when its hash matches (a
// QHash<QByteArray, int> compared the 36 bytes of every id it probed and followed a pointer to each: a
// quarter of the Renewals view's read at 100,000 accounts).
class AccountIndex
{
public:
    // Room for `count` ids of about `idBytes` bytes each without growing (each growth moves every id again).
    void reserve(qsizetype count, qsizetype idBytes);
    // Adds an id (an id given twice keeps its first number).
    void insert(QByteArrayView id, int number);
    // The id's number, or -1.
    int find(QByteArrayView id) const;
    qsizetype size() const { return m_size; }

    struct Entry
    {
        QByteArrayView id; // valid while the index lives and is not changed
        int number = -1;
    };
    // Every id in the order of its bytes, as SQLite's BINARY collation orders text: rows read in the order
    // of a key on account_id are matched by walking both lists side by side instead of a look-up each.
    QList<Entry> inIdOrder() const;

private:
    struct Slot
    {
        size_t hash = 0;
        qsizetype key = -1; // offset of the id in m_keys; -1: empty
        int keySize = 0;
        int number = -1;
    };
    qsizetype slotOf(QByteArrayView id, size_t hash) const;
    void grow(qsizetype slotCount);

    QList<Slot> m_slots;
    QByteArray m_keys;
    qsizetype m_size = 0;
};

Error readCancelledError();

// Runs q and hands every row to `row` with the number of its account (column 0 is the account id; rows of
// accounts not in the index are skipped). Checks `cancelled` every 65,536 rows.
template <typename Row>
Status eachAccountRow(Stmt& q, const AccountIndex& index, const CancelCheck& cancelled, Row row)
{
    qint64 n = 0;
    // A table's rows of one account are often written together: the previous row's account is tried first.
    QByteArray lastId;
    int last = -1;
    while (q.next()) {
        if (cancelled && (++n & 0xffff) == 0 && cancelled())
            return readCancelledError();
        const QByteArrayView id = q.utf8(0);
        if (id != lastId) {
            lastId.resize(id.size()); // keeps its buffer: no allocation per row
            std::memcpy(lastId.data(), id.data(), size_t(id.size()));
            last = index.find(id);
        }
        if (last >= 0)
            row(last);
    }
    return q.status();
}

struct AccountArrEvent
{
    int account = 0; // the index's number
    QDate effectiveOn;
    MinorUnits arrAfter = 0;
};

// The live ARR events of the indexed accounts (effective on or before upTo when it is valid), grouped by
// account number in ascending order and, within an account, in the order of the ARR rule: effective_on, then
// created_at, then id (DESIGN §3, docs/schema.md).
Result<QList<AccountArrEvent>> readArrEventsByAccount(sqlite3* db, const AccountIndex& index, QDate upTo,
                                                      const CancelCheck& cancelled = {});

} // namespace csm::storage
