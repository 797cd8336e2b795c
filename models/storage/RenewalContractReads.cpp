// The Renewals view's read (readRenewalContracts, storage/RenewalReads.h): each table scanned once in its own
// order and its rows matched to their account in memory, as the portfolio reads. One query with a correlated
// subquery per account and per fact (the ARR on the day, the latest contract, the band) cost six index seeks
// an account: 1.4 s at 100,000 accounts.

#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "LatestContract.h"
#include "Sqlite.h"
#include "Tables.h"
#include "domain/Parallel.h"

#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <functional>
#include <numeric>
#include <span>

namespace csm {

namespace {

using storage::AccountIndex;
using storage::readOnBoth;
using storage::Stmt;

// What decides how the rest of an account's row is read, beside its RenewalContract.
struct AccountFacts
{
    std::optional<TouchModel> override;
    MinorUnits savedArr = 0; // the account's ARR as saved, its ARR on any day when it has no live events
    bool needsTouch = false; // the kept latest touch is after asOf: look it up
    bool started = false;    // a live contract has started by asOf
    bool banded = false;     // the latest day with snapshots has one of the account
};

// The accounts by their number in the index (table order). The contracts are one list, reserved for every
// account row and compacted in place at the end: a list grown as it was read, then copied into the answer,
// moved each account's 250 bytes three times (a tenth of the read at 100,000 accounts).
struct ContractRows
{
    QList<RenewalContract> contracts;
    QList<AccountFacts> facts;
};

// The few distinct texts of a column (the owners): each of the first kMax made once and shared by its rows,
// instead of a string of its own for every row to make and free. A short list: a hash of the bytes cost more
// than the strings it saved.
class SharedTexts
{
public:
    QString of(QByteArrayView utf8)
    {
        for (const auto& [bytes, text] : m_texts) {
            if (bytes == utf8)
                return text;
        }
        QString text = QString::fromUtf8(utf8);
        if (m_texts.size() < kMax)
            m_texts.append({utf8.toByteArray(), text});
        return text;
    }

private:
    static constexpr qsizetype kMax = 32;
    QVarLengthArray<std::pair<QByteArray, QString>, kMax> m_texts;
};

// Live accounts in table order, with their ids as the book has them one after another (to be numbered in the
// index once every part is read).
struct AccountsPart
{
    ContractRows rows;
    QVarLengthArray<char, 1024> ids;
    QList<qsizetype> idEnds;

    void clear()
    {
        rows = {};
        ids.clear();
        idEnds.clear();
    }
};

// Which live accounts a part reads: those whose rowids are at most the split, or those after it.
enum class Rowids
{
    UpToSplit,
    AfterSplit,
};

Status readAccountRange(sqlite3* db, QDate asOf, Rowids rowids, qint64 split, AccountsPart& part)
{
    SharedTexts owners;
    Stmt a(
        db,
        rowids == Rowids::UpToSplit
            ? "SELECT id, name, owner, touch_model_override, arr, last_customer_touch_on, "
              "contract_renewed_through, contract_churned_on FROM account WHERE deleted = 0 AND rowid <= ?1"
            : "SELECT id, name, owner, touch_model_override, arr, last_customer_touch_on, "
              "contract_renewed_through, contract_churned_on FROM account WHERE deleted = 0 AND rowid > ?1");
    a.bind(1, split);
    while (a.next()) {
        const QByteArrayView id = a.utf8(0);
        part.ids.append(id.data(), id.size());
        part.idEnds.append(part.ids.size());
        RenewalContract& c = part.rows.contracts.emplace_back();
        AccountFacts& f = part.rows.facts.emplace_back();
        c.accountId = a.text(0);
        c.accountName = a.text(1);
        c.owner = owners.of(a.utf8(2));
        f.override = storage::optCode<TouchModel>(a, 3);
        f.savedArr = a.int64(4);
        if (const std::optional<QDate> touched = a.optDate(5)) {
            f.needsTouch = *touched > asOf;
            if (!f.needsTouch)
                c.lastCustomerTouch = *touched;
        }
        // What extends a contract that does not renew by itself (schema 4's facts of the latest contract).
        if (!a.isNull(6))
            c.terms.recorded.renewedThrough = a.date(6);
        if (!a.isNull(7))
            c.terms.recorded.churnedOn = a.date(7);
    }
    return a.status();
}

// The live accounts in table order, numbered so in `index`: the lower and upper halves of the rowids at once
// when there is a second connection.
Status readAccounts(sqlite3* db, sqlite3* second, QDate asOf, ContractRows& rows, AccountIndex& index)
{
    // count(*) reads the id index's pages; the smallest and largest rowid are a seek each.
    Stmt bounds(db, "SELECT (SELECT count(*) FROM account), (SELECT min(rowid) FROM account), "
                    "(SELECT max(rowid) FROM account)");
    if (!bounds.next())
        return bounds.status();
    if (bounds.isNull(1))
        return {};                          // no accounts
    const qsizetype room = bounds.int64(0); // live or not: an upper bound
    const qint64 split = std::midpoint(bounds.int64(1), bounds.int64(2));
    std::array<AccountsPart, 2> parts;
    // Room for every account in each part, as ContractRows says (the upper half is appended to the lower
    // one).
    for (AccountsPart& part : parts) {
        part.rows.contracts.reserve(room);
        part.rows.facts.reserve(room);
        part.idEnds.reserve(room);
    }
    if (auto st = readOnBoth(
            db, second,
            [&](sqlite3* on) { return readAccountRange(on, asOf, Rowids::UpToSplit, split, parts[0]); },
            [&](sqlite3* on) { return readAccountRange(on, asOf, Rowids::AfterSplit, split, parts[1]); },
            [&] { parts[1].clear(); });
        !st)
        return st;
    rows = std::move(parts[0].rows);
    rows.contracts.append(std::move(parts[1].rows.contracts));
    rows.facts.append(std::move(parts[1].rows.facts));
    index.reserve(room, 36); // a UUID's text, as the book's ids are
    int number = 0;
    for (const AccountsPart& part : parts) {
        qsizetype begin = 0;
        for (const qsizetype end : part.idEnds) {
            index.insert(QByteArrayView(part.ids.data() + begin, end - begin), number++);
            begin = end;
        }
    }
    return {};
}

// The reads after the accounts', two at a time when there is a second connection. Each writes fields of the
// rows that no other one touches (the contract's terms, the ARR, the forecasts, the band), so that two can
// run at once without a lock; the rows are spans, whose elements are reached without the list's detach check.
struct RowsView
{
    std::span<RenewalContract> contracts;
    std::span<AccountFacts> facts;
};

// The latest live contract that has started by asOf (LatestContract.h). Writes each account's contract id,
// terms (but what was recorded) and `started`.
Status readLatestContracts(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    Stmt q(
        db,
        "SELECT account_id, id, start_date, term_months, auto_renew, notice_days, notice_rule, "
        "renewal_term_months, created_at FROM contract NOT INDEXED WHERE deleted = 0 AND start_date <= ?1");
    q.bind(1, asOf);
    storage::LatestContracts latest(qsizetype(rows.contracts.size()));
    return storage::eachAccountRow(q, index, {}, [&](int i) {
        RenewalContract& c = rows.contracts[i];
        const QDate start = q.date(2);
        if (!latest.offer(i, start, q.utf8(8), q.utf8(1)))
            return;
        rows.facts[i].started = true;
        c.contractId = q.text(1);
        c.terms.start = start;
        c.terms.termMonths = q.int32(3);
        c.terms.autoRenew = q.boolean(4);
        c.terms.notice = ContractTerms::noticeOf(q.int32(5), q.text(6));
        c.terms.renewalTermMonths = q.isNull(7) ? 0 : q.int32(7);
    });
}

// The ARR on asOf (docs/schema.md, "ARR rule"): the ARR after the latest live event on or before it, 0 before
// the first one; an account without live events keeps the ARR it was saved with. Writes every account's ARR.
Status readArrOn(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    auto events = storage::readArrEventsByAccount(db, index, {});
    if (!events)
        return events.error();
    for (std::size_t i = 0; i < rows.contracts.size(); ++i)
        rows.contracts[i].arr = rows.facts[i].savedArr;
    for (qsizetype k = 0; k < events->size(); ++k) {
        const storage::AccountArrEvent& e = events->at(k);
        MinorUnits& arr = rows.contracts[e.account].arr;
        if (k == 0 || events->at(k - 1).account != e.account)
            arr = 0; // its first event
        if (e.effectiveOn <= asOf)
            arr = e.arrAfter;
    }
    return {};
}

// The band of the latest day with snapshots on or before asOf: one range of the key (as_of, account_id).
// Writes the band and `banded`.
Status readLatestBands(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    Stmt day(db, "SELECT max(as_of) FROM health_snapshot WHERE as_of <= ?1");
    day.bind(1, asOf);
    if (!day.next())
        return day.status();
    if (day.isNull(0))
        return {};
    Stmt q(db, "SELECT account_id, band FROM health_snapshot WHERE as_of = ?1");
    q.bind(1, day.date(0));
    return storage::eachAccountRow(q, index, {}, [&](int i) {
        rows.facts[i].banded = true;
        rows.contracts[i].healthBand = storage::optCode<HealthBand>(q, 1);
    });
}

// The live renewal rows dated after asOf, by account and date; of two for one account and date, the one
// updated last (updated_at, then id). Read in table order: an ORDER BY over the rows cost as much again as
// reading them. Writes the forecasts.
Status readForecasts(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    Stmt q(db, "SELECT account_id, renewal_date, forecast, outcome, id, rowid FROM renewal NOT INDEXED "
               "WHERE deleted = 0 AND renewal_date > ?1");
    q.bind(1, asOf);
    struct Row
    {
        int account = 0;
        QDate date;
        qint64 rowid = 0;
        RecordedForecast recorded;
    };
    QList<Row> found;
    if (auto st = storage::eachAccountRow(q, index, {},
                                          [&](int i) {
                                              found.append(
                                                  {i,
                                                   q.date(1),
                                                   q.int64(5),
                                                   {q.text(4), storage::codeOr(q, 2, RenewalForecast::Likely),
                                                    storage::codeOr(q, 3, RenewalOutcome::Pending)}});
                                          });
        !st)
        return st;
    const auto key = [](const Row& r) { return std::pair(r.account, r.date); };
    const auto byAccountAndDate = [&key](const Row& a, const Row& b) { return key(a) < key(b); };
    if (!std::is_sorted(found.cbegin(), found.cend(), byAccountAndDate))
        std::sort(found.begin(), found.end(), byAccountAndDate);
    Stmt written(db, "SELECT updated_at, id FROM renewal WHERE rowid = ?1");
    if (auto st = storage::orderTies(written, found,
                                     [&key](const Row& a, const Row& b) { return key(a) == key(b); });
        !st)
        return st;
    for (qsizetype k = 0; k < found.size(); ++k) {
        Row& r = found[k];
        if (k + 1 < found.size() && key(found[k + 1]) == key(r))
            continue; // updated before the next one of its date
        rows.contracts[r.account].forecasts.append({r.date, std::move(r.recorded)});
    }
    return {};
}

// An account missing from the latest day with snapshots (added since) has the band of its latest snapshot on
// or before asOf: one seek each.
Status readEarlierBands(sqlite3* db, QDate asOf, RowsView rows)
{
    Stmt earlier(db, "SELECT band FROM health_snapshot WHERE account_id = ?1 AND as_of <= ?2 "
                     "ORDER BY as_of DESC LIMIT 1");
    for (std::size_t i = 0; i < rows.contracts.size(); ++i) {
        if (rows.facts[i].banded || !rows.facts[i].started)
            continue;
        earlier.reset();
        earlier.bind(1, rows.contracts[i].accountId).bind(2, asOf);
        if (earlier.next())
            rows.contracts[i].healthBand = storage::optCode<HealthBand>(earlier, 0);
        if (auto st = earlier.status(); !st)
            return st;
    }
    return {};
}

// The latest customer touch on or before asOf, where the kept one is later (rare): one seek each.
Status readTouchesBefore(sqlite3* db, QDate asOf, RowsView rows)
{
    Stmt touch(db, "SELECT max(occurred_on) FROM touch WHERE account_id = ?1 AND deleted = 0 "
                   "AND kind <> 'internal_note' AND occurred_on <= ?2");
    for (std::size_t i = 0; i < rows.contracts.size(); ++i) {
        if (!rows.facts[i].started || !rows.facts[i].needsTouch)
            continue;
        touch.reset();
        touch.bind(1, rows.contracts[i].accountId).bind(2, asOf);
        if (!touch.next())
            return touch.status();
        if (!touch.isNull(0))
            rows.contracts[i].lastCustomerTouch = touch.date(0);
    }
    return {};
}

// The two halves of the reads after the accounts', about as long as each other.
Status readContractsAndBands(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    if (auto st = readLatestContracts(db, asOf, index, rows); !st)
        return st;
    return readLatestBands(db, asOf, index, rows);
}

Status readForecastsAndArr(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows)
{
    if (auto st = readForecasts(db, asOf, index, rows); !st)
        return st;
    return readArrOn(db, asOf, index, rows);
}

} // namespace

Result<QList<RenewalContract>> readRenewalContracts(const Book& book, QDate asOf, Book* second)
{
    sqlite3* db = storage::BookAccess::d(book)->db;
    ContractRows rows;
    AccountIndex index;
    sqlite3* other = second ? storage::BookAccess::d(*second)->db : nullptr;
    if (auto st = readAccounts(db, other, asOf, rows, index); !st)
        return st.error();
    const RowsView view{std::span(rows.contracts.data(), std::size_t(rows.contracts.size())),
                        std::span(rows.facts.data(), std::size_t(rows.facts.size()))};
    if (auto st = readOnBoth(
            db, other, [&](sqlite3* on) { return readContractsAndBands(on, asOf, index, view); },
            [&](sqlite3* on) { return readForecastsAndArr(on, asOf, index, view); },
            [&] {
                for (RenewalContract& c : view.contracts)
                    c.forecasts.clear(); // the ARR is written again for every account
            });
        !st)
        return st.error();
    if (auto st = readEarlierBands(db, asOf, view); !st)
        return st.error();
    if (auto st = readTouchesBefore(db, asOf, view); !st)
        return st.error();
    const BookSettings settings = book.settings();
    QList<RenewalContract> out = std::move(rows.contracts);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const AccountFacts& f = rows.facts[i];
        if (!f.started)
            continue; // no contract started by asOf
        RenewalContract& c = out[i];
        c.touchModel = f.override ? *f.override : settings.touchModelForArr(c.arr);
        if (kept != i)
            out[kept] = std::move(c);
        ++kept;
    }
    out.resize(kept);
    return out;
}

} // namespace csm
