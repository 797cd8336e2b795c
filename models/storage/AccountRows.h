#pragma once

// Whole-book reads of rows that belong to accounts, shared by the KPIs, the portfolio and the Renewals view.
// They scan each table in its own order and find a row's account in memory: an `ORDER BY account_id` over
// a rowid table walks an index and reads the table at a random page per row, which at 100,000 accounts cost
// several times the scan (nps_response 577 ms against 63 ms, arr_event 291 against 49 ms in the sqlite3
// shell; docs/PERFORMANCE.md).

#include "Sqlite.h"
#include "domain/ContractTerms.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "storage/Repositories.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

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
    qsizetype size() const { return m_inserted.size(); }

    // Where the previous row's account was among the ids as they were inserted. Rows of one account come
    // together, and a table written account by account follows the order the accounts were read in, so a
    // scan's look-up tries that id and the one inserted after it before the hash: each look-up in the hash
    // missed the cache twice (its 2 MB of slots, then the id's bytes) at 100,000 accounts.
    struct Cursor
    {
        qsizetype at = -1;
    };
    // The id's number, or -1; `near` moves to the id when it is found.
    int find(QByteArrayView id, Cursor& near) const;

    struct Entry
    {
        QByteArrayView id; // valid while the index lives and is not changed
        int number = -1;
    };
    // Every id in the order of its bytes, as SQLite's BINARY collation orders text: rows read in the order
    // of a key on account_id are matched by walking both lists side by side instead of a look-up each.
    QList<Entry> inIdOrder() const;

private:
    struct Inserted
    {
        qsizetype key = 0; // offset of the id in m_keys
        int keySize = 0;
        int number = -1;
    };
    // 8 bytes, so that the table of 100,000 ids stays small in the cache.
    struct Slot
    {
        quint32 hash = 0;
        qint32 inserted = -1; // index in m_inserted; -1: empty
    };
    static quint32 hashOf(QByteArrayView id);
    QByteArrayView idAt(qsizetype inserted) const;
    qsizetype slotOf(QByteArrayView id, quint32 hash) const;
    // The id's index in m_inserted, or -1.
    qsizetype insertedAt(QByteArrayView id) const;
    void grow(qsizetype slotCount);

    QList<Slot> m_slots;
    QList<Inserted> m_inserted;
    QVarLengthArray<char, 1024> m_keys; // the ids one after another (appended inline, unlike QByteArray)
};

Error readCancelledError();

// Runs q and hands every row to `row` with the number of its account (column 0 is the account id; rows of
// accounts not in the index are skipped). Checks `cancelled` every 65,536 rows.
template <typename Row>
Status eachAccountRow(Stmt& q, const AccountIndex& index, const CancelCheck& cancelled, Row row)
{
    qint64 n = 0;
    AccountIndex::Cursor near;
    while (q.next()) {
        if (cancelled && (++n & 0xffff) == 0 && cancelled())
            return readCancelledError();
        if (const int account = index.find(q.utf8(0), near); account >= 0)
            row(account);
    }
    return q.status();
}

// Orders the runs of adjacent rows that tie on `same` by what `written` reads of each row by its rowid (bound
// as ?1): two text columns, compared as ORDER BY compares them (BINARY: bytes, then length), the first one
// first. Such ties are rare (events of one account on one date), so their texts are read for them only
// instead of being kept for every row. A row gone since it was scanned orders first.
template <typename Row, typename Same> Status orderTies(Stmt& written, QList<Row>& rows, Same same)
{
    using Written = std::pair<QByteArray, QByteArray>;
    QList<std::pair<Written, Row>> run;
    for (qsizetype begin = 0, end = 0; begin < rows.size(); begin = end) {
        for (end = begin + 1; end < rows.size() && same(rows[begin], rows[end]); ++end) {
        }
        if (end - begin < 2)
            continue;
        run.clear();
        for (qsizetype i = begin; i < end; ++i) {
            written.reset();
            written.bind(1, rows[i].rowid);
            Written texts;
            if (written.next())
                texts = {written.utf8(0).toByteArray(), written.utf8(1).toByteArray()};
            else if (auto st = written.status(); !st)
                return st;
            run.append({std::move(texts), rows[i]});
        }
        std::sort(run.begin(), run.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype k = 0; k < run.size(); ++k)
            rows[begin + k] = run[k].second;
    }
    return {};
}

// The live renewal rows of each account and date, read one after another (by date, then account), of which
// the one updated last counts (updated_at, then id; read by rowid for ties only: orderTies), as every view
// takes it. add() each row in the order read (a Row has `account`, `date` and `rowid`); `take(row)` gets the
// row that counts of each account and date once the next one begins, and the last one at finish().
template <typename Row> class LatestRenewalRows
{
public:
    explicit LatestRenewalRows(sqlite3* db)
        : m_written(db, "SELECT updated_at, id FROM renewal WHERE rowid = ?1")
    {}

    template <typename Take> Status add(Row row, Take take)
    {
        if (!m_same.isEmpty() &&
            (m_same.constFirst().account != row.account || m_same.constFirst().date != row.date)) {
            if (auto st = finish(take); !st)
                return st;
        }
        m_same.append(std::move(row));
        return {};
    }

    template <typename Take> Status finish(Take take)
    {
        if (m_same.isEmpty())
            return {};
        if (m_same.size() > 1) {
            if (auto st = orderTies(m_written, m_same, [](const Row&, const Row&) { return true; }); !st)
                return st;
        }
        take(m_same.last());
        m_same.clear();
        return {};
    }

private:
    Stmt m_written;
    QList<Row> m_same; // the rows of one account and date (mostly one)
};

// Runs `here` on the book's connection and `there` on the second one at once, when there is a second one and
// neither has a transaction open (so that both see the latest committed data); otherwise both on the book's.
// When the second connection fails (busy, unreadable), `undoThere` clears what `there` wrote and it runs
// again on the book's.
Status readOnBoth(sqlite3* db, sqlite3* second, const std::function<Status(sqlite3*)>& here,
                  const std::function<Status(sqlite3*)>& there, const std::function<void()>& undoThere);

// The live accounts of a whole-book read in two halves of their rowids, one on each connection: the split
// and the room to reserve for them, both from the rowid key's ends (a seek each).
struct AccountHalves
{
    // The rowids from the smallest to the largest, a bound of the rows (live or not) since each has one: at
    // most kMostRoom (a book whose rowids are further apart grows its lists as it reads). 0: no accounts.
    qsizetype room = 0;
    qint64 split = 0; // the lower half's rowids are at most this, the upper half's above it

    static constexpr qsizetype kMostRoom = qsizetype(1) << 18;
};
Result<AccountHalves> accountHalves(sqlite3* db);

// Which accounts one part of such a read reads: those whose rowids are at most the split, or those after it.
enum class Rowids
{
    UpToSplit,
    AfterSplit,
};

// The ids of the accounts a part read, as the book has them, one after another in one buffer with the
// position of each in the part: numbered in an AccountIndex once every part is read, so that the parts never
// share the index while they read.
class IdsRead
{
public:
    void reserve(qsizetype count);
    void append(QByteArrayView id, int position);
    // Inserts each id with the number `offset` + its position (where the part's accounts begin in the
    // joined list).
    void numberInto(AccountIndex& index, int offset) const;
    qsizetype size() const { return m_positions.size(); }

private:
    QVarLengthArray<char, 1024> m_bytes;
    QList<qsizetype> m_ends;
    QList<int> m_positions;
};

// The few distinct texts of a column (owners): each of the first 32 made once and shared by its rows, instead
// of a string of its own for every row to make and free. A short list: a hash of the bytes cost more than the
// strings it saved.
class SharedTexts
{
public:
    QString of(QByteArrayView utf8);

private:
    static constexpr qsizetype kMax = 32;
    QVarLengthArray<std::pair<QByteArray, QString>, kMax> m_texts;
};

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

// Whether `few` of a read's `all` accounts are better read one by one, a seek each in an index by account,
// than by one scan of their table: a seek costs about as much as scanning a few hundred rows.
constexpr bool seekEach(qsizetype few, qsizetype all)
{
    return few * 256 < all;
}

// The latest live contract that has started by asOf (LatestContract.h) of some of a read's `count` accounts:
// those numbered `accounts` in `index`, whose ids `idOf` gives (the accounts whose latest live contract, kept
// on their row by the list facts, starts after asOf: a contract signed ahead of its start). `take(account,
// q)` gets each one found, with q's columns 1 to 7: id, start_date, term_months, auto_renew, notice_days,
// notice_rule, renewal_term_months. One seek in contract_live_by_account each for a few accounts (seekEach)
// or without an index, else one scan of `contract` in table order (an ORDER BY would walk an index and read
// the table at random).
Status readContractsStartedBy(sqlite3* db, QDate asOf, const AccountIndex* index, qsizetype count,
                              const QList<int>& accounts, const std::function<QString(int)>& idOf,
                              const std::function<void(int, const Stmt&)>& take,
                              const CancelCheck& cancelled);

// What the book records about the renewals of contracts that are not the one on their account's row (the
// contract before one signed ahead of its start, as readContractsStartedBy finds it: the row's
// contract_renewed_through and contract_churned_on count only the renewals after the later contract's
// start). For each of `accounts` (numbered in `index`, ids from `idOf`), the live decided renewals dated
// after startOf(account) are added to recordedOf(account) (RecordedRenewals::add). One seek in
// renewal_by_account each for a few accounts (seekEach) or without an index, else one scan of `renewal`.
Status readRecordedSince(sqlite3* db, const AccountIndex* index, qsizetype count, const QList<int>& accounts,
                         const std::function<QString(int)>& idOf, const std::function<QDate(int)>& startOf,
                         const std::function<RecordedRenewals&(int)>& recordedOf,
                         const CancelCheck& cancelled);

} // namespace csm::storage
