// The Renewals view's read (readRenewalContracts, storage/RenewalReads.h): each table scanned once in its own
// order and its rows matched to their account in memory, as the portfolio reads. One query with a correlated
// subquery per account and per fact (the ARR on the day, the latest contract, the band) cost six index seeks
// an account: 1.4 s at 100,000 accounts. Each account's latest live contract comes with its row (the list
// facts, ListFacts.h); `contract` is scanned only when that contract starts after the day for some account.
// So does its ARR on the day (schema 12): `arr_event` is read only for accounts with an event after the day.

#include "storage/RenewalReads.h"

#include "storage/Book.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "Sqlite.h"
#include "Tables.h"
#include "domain/ContractTerms.h"
#include "domain/NoticeRule.h"
#include "domain/Parallel.h"

#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <functional>
#include <mutex>
#include <optional>
#include <span>

namespace csm {

namespace {

using storage::AccountIndex;
using storage::readOnBoth;
using storage::Rowids;
using storage::Stmt;

// What decides how the rest of an account's row is read, beside its RenewalContract.
struct AccountFacts
{
    std::optional<TouchModel> override;
    bool arrLater = false;    // the latest live ARR event is after asOf: read the events before it
    bool needsTouch = false;  // the kept latest touch is after asOf: look it up
    bool started = false;     // a live contract has started by asOf
    bool banded = false;      // the latest day with snapshots has one of the account
    bool startsLater = false; // the account's latest live contract starts after asOf: read `contract`
};

// The accounts by their number in the index (table order). The contracts are one list, reserved for every
// account row and compacted in place at the end: a list grown as it was read, then copied into the answer,
// moved each account's 250 bytes three times (a tenth of the read at 100,000 accounts).
struct ContractRows
{
    QList<RenewalContract> contracts;
    QList<AccountFacts> facts;
};

// The contracts' notice rules: a few distinct codes, each parsed once for the rows that share it
// (ContractTerms::noticeOf for every row lowered, split and parsed the text again: a fifth of the accounts'
// read at 100,000 accounts).
class NoticeRules
{
public:
    NoticeRule of(int noticeDays, QByteArrayView code)
    {
        if (code.isEmpty())
            return NoticeRule::daysBefore(noticeDays);
        for (const auto& [bytes, rule] : m_rules) {
            if (bytes == code)
                return rule.value_or(NoticeRule::daysBefore(noticeDays));
        }
        const std::optional<NoticeRule> rule = ContractTerms::ruleOf(QString::fromUtf8(code));
        if (m_rules.size() < kMax)
            m_rules.append({code.toByteArray(), rule});
        return rule.value_or(NoticeRule::daysBefore(noticeDays));
    }

private:
    static constexpr qsizetype kMax = 32;
    QVarLengthArray<std::pair<QByteArray, std::optional<NoticeRule>>, kMax> m_rules;
};

// Live accounts in table order, with their ids (to be numbered in the index once every part is read).
struct AccountsPart
{
    ContractRows rows;
    storage::IdsRead ids;

    void clear() { *this = {}; }
};

Status readAccountRange(sqlite3* db, QDate asOf, Rowids rowids, qint64 split, AccountsPart& part)
{
    storage::SharedTexts owners;
    NoticeRules rules;
#define CSM_ACCOUNT_COLUMNS                                                                                  \
    "SELECT id, name, owner, touch_model_override, arr, last_customer_touch_on, contract_renewed_through, "  \
    "contract_churned_on, contract_id, contract_start_date, contract_term_months, contract_auto_renew, "     \
    "contract_notice_days, contract_notice_rule, contract_renewal_term_months, latest_arr_event_on, "        \
    "latest_arr_after FROM account WHERE deleted = 0 "
    Stmt a(db, rowids == Rowids::UpToSplit ? CSM_ACCOUNT_COLUMNS "AND rowid <= ?1"
                                           : CSM_ACCOUNT_COLUMNS "AND rowid > ?1");
#undef CSM_ACCOUNT_COLUMNS
    a.bind(1, split);
    while (a.next()) {
        const QByteArrayView id = a.utf8(0);
        part.ids.append(id, int(part.rows.contracts.size()));
        RenewalContract& c = part.rows.contracts.emplace_back();
        AccountFacts& f = part.rows.facts.emplace_back();
        c.accountId = storage::fromMostlyAscii(id);
        c.accountName = a.text(1);
        c.owner = owners.of(a.utf8(2));
        f.override = storage::optCode<TouchModel>(a, 3);
        // The ARR on asOf (docs/schema.md, "ARR rule") from schema 12's facts: the ARR after the latest live
        // event when that is on or before asOf; the ARR saved with an account without live events.
        if (a.isNull(15))
            c.arr = a.int64(4);
        else if (a.date(15) <= asOf)
            c.arr = a.int64(16);
        else
            f.arrLater = true;
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
        // The latest live contract (schema 11's facts): the one the account renews by when it started by
        // asOf; one starting later leaves the one before it to readContractsBefore.
        if (a.isNull(9))
            continue; // no live contract
        const QDate start = a.date(9);
        if (start > asOf || a.isNull(8)) {
            f.startsLater = true;
            continue;
        }
        f.started = true;
        c.contractId = a.asciiText(8);
        c.terms.start = start;
        c.terms.termMonths = a.int32(10);
        c.terms.autoRenew = a.boolean(11);
        c.terms.notice = rules.of(a.int32(12), a.utf8(13));
        c.terms.renewalTermMonths = a.isNull(14) ? 0 : a.int32(14);
    }
    return a.status();
}

// The live accounts in table order, numbered so in `index`: the lower and upper halves of the rowids at once
// when there is a second connection. Lists the accounts whose latest live contract starts after asOf and
// those whose latest live ARR event is after it.
Status readAccounts(sqlite3* db, sqlite3* second, QDate asOf, ContractRows& rows, AccountIndex& index,
                    QList<int>& startingLater, QList<int>& arrLater)
{
    auto halves = storage::accountHalves(db);
    if (!halves)
        return halves.error();
    if (halves->room == 0)
        return {};                       // no accounts
    const qsizetype room = halves->room; // the rowids between the ends (AccountHalves)
    const qint64 split = halves->split;
    std::array<AccountsPart, 2> parts;
    // Room for every account in each part, as ContractRows says (the upper half is appended to the lower
    // one).
    for (AccountsPart& part : parts) {
        part.rows.contracts.reserve(room);
        part.rows.facts.reserve(room);
    }
    parts[0].ids.reserve(room / 2 + 1);
    parts[1].ids.reserve(room / 2 + 1);
    if (auto st = readOnBoth(
            db, second,
            [&](sqlite3* on) { return readAccountRange(on, asOf, Rowids::UpToSplit, split, parts[0]); },
            [&](sqlite3* on) { return readAccountRange(on, asOf, Rowids::AfterSplit, split, parts[1]); },
            [&] { parts[1].clear(); });
        !st)
        return st;
    // The rows of the upper half joined to the lower half's, beside the index of both halves' ids.
    const int upper = int(parts[0].rows.contracts.size()); // where the upper half's rows begin
    const auto join = [&] {
        rows = std::move(parts[0].rows);
        rows.contracts.append(std::move(parts[1].rows.contracts));
        rows.facts.append(std::move(parts[1].rows.facts));
        for (qsizetype i = 0; i < rows.facts.size(); ++i) {
            if (rows.facts[i].startsLater)
                startingLater.append(int(i));
            if (rows.facts[i].arrLater)
                arrLater.append(int(i));
        }
    };
    const auto number = [&] {
        index.reserve(parts[0].ids.size() + parts[1].ids.size(), 36); // a UUID's text, as the book's ids are
        parts[0].ids.numberInto(index, 0);
        parts[1].ids.numberInto(index, upper);
    };
    parallel::run({join, number});
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

// The latest live contract started by asOf of the accounts whose latest one, on their row, starts after it
// (AccountRows.h), and what the renewals recorded for it: writes their contract id, terms and `started`. The
// row's recorded facts are of the later contract (the renewals after its start), so they are read again
// from the renewals after this one's start (storage::readRecordedSince, as the portfolio does).
Status readContractsBefore(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows,
                           const QList<int>& startingLater)
{
    NoticeRules rules;
    QList<int> started; // the accounts given a contract that started by asOf
    const auto count = qsizetype(rows.contracts.size());
    const auto idOf = [&](int i) { return rows.contracts[i].accountId; };
    if (auto st = storage::readContractsStartedBy(
            db, asOf, &index, count, startingLater, idOf,
            [&](int i, const Stmt& q) {
                RenewalContract& c = rows.contracts[i];
                if (!rows.facts[i].started) // an account's contract can be offered again by a later one
                    started.append(i);
                rows.facts[i].started = true;
                c.contractId = q.asciiText(1);
                c.terms.start = q.date(2);
                c.terms.termMonths = q.int32(3);
                c.terms.autoRenew = q.boolean(4);
                c.terms.notice = rules.of(q.int32(5), q.utf8(6));
                c.terms.renewalTermMonths = q.isNull(7) ? 0 : q.int32(7);
            },
            {});
        !st)
        return st;
    return storage::readRecordedSince(
        db, &index, count, started, idOf, [&](int i) { return rows.contracts[i].terms.start; },
        [&](int i) -> RecordedRenewals& { return rows.contracts[i].terms.recorded; }, {});
}

// The ARR on asOf of the accounts whose latest live ARR event (on their row) is after it: the ARR after their
// latest live event on or before asOf, 0 before the first one (docs/schema.md, "ARR rule"). One seek each for
// a few (storage::seekEach), else one scan of arr_event.
Status readArrBefore(sqlite3* db, QDate asOf, const AccountIndex& index, RowsView rows,
                     const QList<int>& arrLater)
{
    if (arrLater.isEmpty())
        return {};
    if (storage::seekEach(arrLater.size(), qsizetype(rows.contracts.size()))) {
        Stmt q(db,
               "SELECT arr_after FROM arr_event WHERE account_id = ?1 AND deleted = 0 AND effective_on <= ?2 "
               "ORDER BY effective_on DESC, created_at DESC, id DESC LIMIT 1");
        for (const int i : arrLater) {
            q.reset();
            q.bind(1, rows.contracts[i].accountId).bind(2, asOf);
            rows.contracts[i].arr = q.next() ? q.int64(0) : 0;
            if (auto st = q.status(); !st)
                return st;
        }
        return {};
    }
    auto events = storage::readArrEventsByAccount(db, index, asOf);
    if (!events)
        return events.error();
    for (const int i : arrLater)
        rows.contracts[i].arr = 0;
    // In the order of the ARR rule within each account: the last one on or before asOf is the ARR.
    for (const storage::AccountArrEvent& e : std::as_const(events.value())) {
        if (rows.facts[e.account].arrLater)
            rows.contracts[e.account].arr = e.arrAfter;
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

// Where the two scans of the forecasts meet when both connections read them: one goes up the dates from asOf,
// the other down from the last one, and each date is claimed by the first scan to reach it, so that all the
// rows of one date (and so of one account and date) are read by one scan and each does what the other has
// not (a split fixed in advance would have had to guess how the dates are spread).
class DateClaims
{
public:
    // Whether the scan going up may read the rows of `date` (the dates it is given ascend).
    bool claimUp(QDate date)
    {
        const std::scoped_lock lock(m_mutex);
        if (m_down.isValid() && date >= m_down)
            return false;
        m_up = date;
        return true;
    }
    // Whether the scan coming down may read the rows of `date` (the dates it is given descend).
    bool claimDown(QDate date)
    {
        const std::scoped_lock lock(m_mutex);
        if (m_up.isValid() && date <= m_up)
            return false;
        m_down = date;
        return true;
    }

private:
    std::mutex m_mutex;
    QDate m_up;   // the latest date the scan going up has claimed
    QDate m_down; // the earliest date the scan coming down has claimed
};

enum class Scan
{
    Up,   // from asOf on, through the dates `claims` leaves it (all of them without claims)
    Down, // from the last date back, through the dates `claims` gives it
};

// The live renewal rows dated after asOf, from renewal_live_by_date (schema 11), which holds what is read
// here: by date, then account, so that the rows of one account and date come one after another; of two, the
// one updated last (updated_at, then id, read by rowid) is the forecast. Hands each account's forecast of a
// date to `take(account, date, recorded)`: going up, each account's in date order.
template <typename Take>
Status readForecasts(sqlite3* db, QDate asOf, const AccountIndex& index, Scan scan, DateClaims* claims,
                     Take take)
{
    Stmt q(db, scan == Scan::Up
                   ? "SELECT account_id, renewal_date, forecast, outcome, id, rowid FROM renewal "
                     "WHERE deleted = 0 AND renewal_date > ?1 ORDER BY renewal_date, account_id"
                   : "SELECT account_id, renewal_date, forecast, outcome, id, rowid FROM renewal "
                     "WHERE deleted = 0 AND renewal_date > ?1 ORDER BY renewal_date DESC, account_id DESC");
    q.bind(1, asOf);
    struct Row
    {
        int account = 0;
        QDate date;
        qint64 rowid = 0;
        RecordedForecast recorded;
    };
    storage::LatestRenewalRows<Row> latest(db);
    const auto counts = [&](Row& r) { take(r.account, r.date, std::move(r.recorded)); };
    AccountIndex::Cursor near;
    QDate claimed;
    while (q.next()) {
        const QDate date = q.date(1);
        if (date != claimed) {
            if (claims && !(scan == Scan::Up ? claims->claimUp(date) : claims->claimDown(date)))
                break; // the other scan has read this date and the rest
            claimed = date;
        }
        const int i = index.find(q.utf8(0), near);
        if (i < 0)
            continue;
        if (auto st = latest.add({i,
                                  date,
                                  q.int64(5),
                                  {q.asciiText(4), storage::codeOr(q, 2, RenewalForecast::Likely),
                                   storage::codeOr(q, 3, RenewalOutcome::Pending)}},
                                 counts);
            !st)
            return st;
    }
    if (auto st = q.status(); !st)
        return st;
    return latest.finish(counts);
}

// A forecast read by the scan coming down, added to its account's after both scans (all its dates are after
// those of the scan going up).
struct LaterForecast
{
    int account = 0;
    QDate date;
    RecordedForecast recorded;
};

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

// The reads after the accounts' in two halves. When `contract` need not be read: the forecasts going up from
// asOf (and the ARR events of the accounts whose latest one is later) against the bands and then the
// forecasts coming down from the last date, the two scans meeting where they do. Else the contracts started
// by asOf (and those ARR events) against the forecasts and the bands.
struct LaterReads
{
    QDate asOf;
    const AccountIndex& index;
    RowsView rows;
    const QList<int>& startingLater;
    const QList<int>& arrLater;
    DateClaims& claims;
    QList<LaterForecast>& cameDown; // in the order read: dates descending

    bool readsContracts() const { return !startingLater.isEmpty(); }

    // Takes a forecast into its account's row (in date order: from a scan going up).
    auto appendTo() const
    {
        return [this](int i, QDate date, RecordedForecast&& recorded) {
            rows.contracts[i].forecasts.append({date, std::move(recorded)});
        };
    }

    Status here(sqlite3* db) const
    {
        if (readsContracts()) {
            if (auto st = readContractsBefore(db, asOf, index, rows, startingLater); !st)
                return st;
        } else if (auto st = readForecasts(db, asOf, index, Scan::Up, &claims, appendTo()); !st) {
            return st;
        }
        return readArrBefore(db, asOf, index, rows, arrLater);
    }

    Status there(sqlite3* db) const
    {
        if (readsContracts()) {
            if (auto st = readForecasts(db, asOf, index, Scan::Up, nullptr, appendTo()); !st)
                return st;
            return readLatestBands(db, asOf, index, rows);
        }
        if (auto st = readLatestBands(db, asOf, index, rows); !st)
            return st;
        return readForecasts(db, asOf, index, Scan::Down, &claims,
                             [this](int i, QDate date, RecordedForecast&& recorded) {
                                 cameDown.append({i, date, std::move(recorded)});
                             });
    }

    // What `there` wrote that it would not write the same again (the bands are written again as they were).
    void undoThere() const
    {
        cameDown.clear();
        if (!readsContracts())
            return;
        for (RenewalContract& c : rows.contracts)
            c.forecasts.clear();
    }

    // The forecasts the scan coming down read, after those the scan going up gave each account.
    void addCameDown() const
    {
        for (auto f = cameDown.rbegin(); f != cameDown.rend(); ++f)
            rows.contracts[f->account].forecasts.append({f->date, std::move(f->recorded)});
        cameDown.clear();
    }
};

} // namespace

Result<QList<RenewalContract>> readRenewalContracts(const Book& book, QDate asOf, Book* second)
{
    sqlite3* db = storage::BookAccess::d(book)->db;
    ContractRows rows;
    AccountIndex index;
    sqlite3* other = second ? storage::BookAccess::d(*second)->db : nullptr;
    QList<int> startingLater; // the accounts whose latest live contract starts after asOf
    QList<int> arrLater;      // the accounts whose latest live ARR event is after asOf
    if (auto st = readAccounts(db, other, asOf, rows, index, startingLater, arrLater); !st)
        return st.error();
    const RowsView view{std::span(rows.contracts.data(), std::size_t(rows.contracts.size())),
                        std::span(rows.facts.data(), std::size_t(rows.facts.size()))};
    DateClaims claims;
    QList<LaterForecast> cameDown;
    const LaterReads later{asOf, index, view, startingLater, arrLater, claims, cameDown};
    if (auto st = readOnBoth(
            db, other, [&](sqlite3* on) { return later.here(on); },
            [&](sqlite3* on) { return later.there(on); }, [&] { later.undoThere(); });
        !st)
        return st.error();
    later.addCameDown();
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
