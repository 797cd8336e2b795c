#include "storage/PortfolioRows.h"

#include "storage/Book.h"
#include "storage/HealthStore.h"
#include "storage/SegmentationStore.h"

#include "domain/Parallel.h"

#include "AccountRows.h"
#include "BookPrivate.h"
#include "HealthTrendDays.h"
#include "Sqlite.h"
#include "Tables.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace csm {

using storage::Stmt;

namespace {

constexpr int kUsageWindowDays = 59;      // DESIGN §5: usage trend looks at d-59 .. d
constexpr int kSentimentWindowDays = 179; // sentiment: d-179 .. d
constexpr int kNpsWindowDays = 364;       // NPS: d-364 .. d

Error cancelledError()
{
    return Error{Error::Code::Cancelled,
                 storage::trBook(QT_TRANSLATE_NOOP("csm::Book", "Reading the portfolio was cancelled.")),
                 {},
                 {}};
}

using storage::AccountIndex;
using storage::Rowids;

// Runs q and hands every row to `row` with the index of its account (rows of unknown accounts skipped).
template <typename Row>
Status eachRow(Stmt& q, const AccountIndex& index, const CancelCheck& cancelled, Row row)
{
    Status st = storage::eachAccountRow(q, index, cancelled, row);
    if (!st && st.error().code == Error::Code::Cancelled)
        return cancelledError();
    return st;
}

// The accounts of one half of the rowids, in table order, with what decides how the rest of them is read.
// Positions are the part's own (the upper half's are moved past the lower half's when the two are joined).
struct AccountsPart
{
    QList<PortfolioSourceAccount> accounts;
    storage::IdsRead live;     // the live accounts' ids, to be numbered in the index
    QList<int> contractsLater; // live accounts whose latest live contract starts after asOf
    QList<int> touchedLater;   // kept accounts whose latest touch is after asOf
    bool scoreToday = false;   // some live account's score on asOf must be scored from its rows

    void clear() { *this = {}; }
};

// The accounts of one half of the rowids (and their current score when it is kept for asOf under the
// book's model), with the latest live contract when it started by asOf and what the renewals recorded for it
// say (the list facts, ListFacts.h).
Status readAccountRange(sqlite3* db, QDate asOf, const PortfolioRead& how, int modelVersion, Rowids rowids,
                        qint64 split, AccountsPart& part)
{
    const qsizetype today = kPortfolioTrendPoints - 1;
#define CSM_ACCOUNT_COLUMNS                                                                                  \
    "SELECT id, name, owner, plan, industry, seats, touch_model_override, arr, updated_at, deleted, "        \
    "health_as_of, health_model_version, health_score, last_customer_touch_on, contract_start_date, "        \
    "contract_term_months, contract_auto_renew, contract_notice_days, contract_renewal_term_months, "        \
    "contract_renewed_through, contract_churned_on FROM account WHERE "
    const char* sql = nullptr;
    if (how.withTombstones)
        sql = rowids == Rowids::UpToSplit ? CSM_ACCOUNT_COLUMNS "rowid <= ?1"
                                          : CSM_ACCOUNT_COLUMNS "rowid > ?1";
    else
        sql = rowids == Rowids::UpToSplit ? CSM_ACCOUNT_COLUMNS "deleted = 0 AND rowid <= ?1"
                                          : CSM_ACCOUNT_COLUMNS "deleted = 0 AND rowid > ?1";
#undef CSM_ACCOUNT_COLUMNS
    Stmt q(db, sql);
    q.bind(1, split);
    // Owners, plans and industries are a few texts each, made once and shared by their rows.
    storage::SharedTexts owners;
    storage::SharedTexts plans;
    storage::SharedTexts industries;
    while (q.next()) {
        const int i = int(part.accounts.size());
        PortfolioSourceAccount& a = part.accounts.emplace_back();
        a.id = storage::fromMostlyAscii(q.utf8(0));
        a.name = q.text(1);
        a.owner = owners.of(q.utf8(2));
        a.plan = plans.of(q.utf8(3));
        a.industry = industries.of(q.utf8(4));
        a.rows.seats = q.int32(5);
        a.rows.touchModelOverride = storage::optCode<TouchModel>(q, 6);
        a.rows.currentArr = q.int64(7);
        if (how.withTombstones)
            a.updatedAt = q.timestamp(8); // for the team merge, which reads the tombstones too
        a.deleted = q.boolean(9);
        a.kept = KeptPortfolioHealth(asOf);
        if (a.deleted)
            continue;
        part.live.append(q.utf8(0), i);
        if (!q.isNull(14)) {
            const QDate start = q.date(14);
            if (start > asOf) {
                part.contractsLater.append(i);
            } else {
                a.contractStart = start;
                a.termMonths = q.int32(15);
                a.autoRenew = q.boolean(16);
                a.noticeDays = q.int32(17);
                a.renewalTermMonths = q.isNull(18) ? 0 : q.int32(18);
                if (!q.isNull(19))
                    a.recorded.renewedThrough = q.date(19);
                if (!q.isNull(20))
                    a.recorded.churnedOn = q.date(20);
            }
        }
        if (!how.scoreFromRows && q.optDate(10) == asOf && q.optInt(11) == modelVersion) {
            a.kept.keep(today, q.optReal(12));
            a.lastCustomerTouch = q.optDate(13).value_or(QDate());
            if (a.lastCustomerTouch > asOf)
                part.touchedLater.append(i);
        } else {
            part.scoreToday = true;
        }
    }
    return q.status();
}

// The accounts in table order, numbered so in `index` (the live ones): the lower and upper halves of the
// rowids at once when there is a second connection. Returns whether some live account's score on asOf must
// be scored from its rows; `contractsLater` gets the live accounts whose latest live contract starts after
// asOf (the contract before it is read from `contract`).
Result<bool> readAccounts(sqlite3* db, sqlite3* second, PortfolioSource& source, AccountIndex& index,
                          QDate asOf, const PortfolioRead& how, QList<int>& contractsLater)
{
    auto halves = storage::accountHalves(db);
    if (!halves)
        return halves.error();
    if (halves->room == 0)
        return false; // no accounts
    const int modelVersion = source.settings.healthModelVersion;
    std::array<AccountsPart, 2> parts;
    // Room for every account in the lower part, which the upper one is appended to: the list of large
    // structures is not moved again at every growth.
    parts[0].accounts.reserve(halves->room);
    parts[1].accounts.reserve(halves->room / 2 + 1);
    if (auto st = storage::readOnBoth(
            db, second,
            [&](sqlite3* on) {
                return readAccountRange(on, asOf, how, modelVersion, Rowids::UpToSplit, halves->split,
                                        parts[0]);
            },
            [&](sqlite3* on) {
                return readAccountRange(on, asOf, how, modelVersion, Rowids::AfterSplit, halves->split,
                                        parts[1]);
            },
            [&] { parts[1].clear(); });
        !st)
        return st.error();
    // The upper part's accounts joined to the lower part's while the index numbers both parts' ids (each
    // takes tens of milliseconds at 100,000 accounts).
    const int upper = int(parts[0].accounts.size()); // where the upper part's accounts begin
    parallel::run({[&] {
                       source.accounts = std::move(parts[0].accounts);
                       source.accounts.append(std::move(parts[1].accounts));
                   },
                   [&] {
                       // Room for the ids of a UUID's text, as the book's ids are.
                       index.reserve(parts[0].live.size() + parts[1].live.size(), 36);
                       parts[0].live.numberInto(index, 0);
                       parts[1].live.numberInto(index, upper);
                   }});
    QList<int> touchedLater;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const int offset = p == 0 ? 0 : upper;
        for (const int i : std::as_const(parts[p].contractsLater))
            contractsLater.append(offset + i);
        for (const int i : std::as_const(parts[p].touchedLater))
            touchedLater.append(offset + i);
    }
    // A touch dated after the day (rare): the latest one on or before it, one seek each.
    Stmt latest(db, "SELECT max(occurred_on) FROM touch WHERE account_id = ?1 AND deleted = 0 AND "
                    "kind <> 'internal_note' AND occurred_on <= ?2");
    for (const int i : std::as_const(touchedLater)) {
        PortfolioSourceAccount& a = source.accounts[i];
        latest.reset();
        latest.bind(1, a.id).bind(2, asOf);
        if (!latest.next())
            return latest.status().error();
        a.lastCustomerTouch = latest.optDate(0).value_or(QDate());
    }
    return parts[0].scoreToday || parts[1].scoreToday;
}

// The snapshots of the trend's Mondays that the book has, kept for the live accounts. A Monday with
// snapshots is kept for every account: one without a snapshot that day was not in the book then (no data).
//
// The days are read by both connections of a read job, each taking the next day not taken yet once its own
// part is done (the renewals and roadmaps on one, the contracts and ARR events on the other), so that neither
// waits for the other. A day's scores come from its kept row (schema 14, HealthTrendDays.h) or else from its
// snapshots, both in the order of the snapshots' key (as_of, account_id), so they are matched to the accounts
// by walking the ids in the same order, and each day's scores go to a compact array of its own: the accounts
// themselves (large structures) are written once at the end, not once per day and row.
class TrendSnapshots
{
public:
    // The trend's days that have snapshots (HealthStore::hasSnapshotsOn), on the book's connection.
    static Result<TrendSnapshots> plan(Book& book, const QList<QDate>& days, const AccountIndex& index,
                                       qsizetype accounts)
    {
        TrendSnapshots t;
        for (qsizetype point = 0; point + 1 < days.size(); ++point) {
            auto has = HealthStore::hasSnapshotsOn(book, days[point]);
            if (!has)
                return has.error();
            if (!*has) {
                if (!t.m_missing.isValid())
                    t.m_missing = days[point];
                continue;
            }
            t.m_points.append(point);
            t.m_days.append(days[point]);
        }
        t.m_scores.resize(t.m_points.size());
        t.m_read.fill(false, t.m_points.size());
        t.m_accounts = accounts;
        t.m_index = &index;
        return t;
    }

    // Reads the days no connection has taken yet, one at a time, until none is left.
    Status readUntaken(sqlite3* db, const CancelCheck& cancelled)
    {
        for (qsizetype k = m_shared->next.fetch_add(1); k < m_points.size();
             k = m_shared->next.fetch_add(1)) {
            if (auto st = readDay(db, k, cancelled); !st)
                return st;
        }
        return {};
    }

    // Reads the days a failed read took and did not finish; then keeps every day in the accounts.
    Status finish(sqlite3* db, QList<PortfolioSourceAccount>& accounts, const CancelCheck& cancelled)
    {
        for (qsizetype k = 0; k < m_points.size(); ++k) {
            if (!m_read[k]) {
                if (auto st = readDay(db, k, cancelled); !st)
                    return st;
            }
        }
        parallel::runInParts(accounts.size(), parallel::partsFor(accounts.size(), 4096),
                             [&](int, qsizetype from, qsizetype to) {
                                 for (qsizetype i = from; i < to; ++i) {
                                     KeptPortfolioHealth& kept = accounts[i].kept;
                                     for (qsizetype k = 0; k < m_points.size(); ++k) {
                                         const double score = m_scores[k][i];
                                         kept.keep(m_points[k],
                                                   score >= 0 ? std::optional<double>(score) : std::nullopt);
                                     }
                                 }
                             });
        return {};
    }

    // The earliest of the trend's Mondays without snapshots (invalid when the book has all of them).
    QDate missing() const { return m_missing; }

private:
    static constexpr double kNoScore = -1; // no snapshot, or one without data (scores are 0..100)

    Status readDay(sqlite3* db, qsizetype k, const CancelCheck& cancelled)
    {
        // The ids in their order, sorted by the first connection to need them while the other reads on.
        std::call_once(m_shared->sorted, [this] { m_byId = m_index->inIdOrder(); });
        QList<double>& day = m_scores[k];
        day.fill(kNoScore, m_accounts);
        auto kept = storage::KeptTrendDay::read(db, m_days[k]);
        if (!kept)
            return kept.error();
        if (*kept) {
            storage::KeptTrendDay::Reader reader(**kept);
            QByteArrayView id;
            std::optional<double> score;
            DayMatch match(m_byId, day);
            while (reader.next(id, score))
                match.add(id, score);
            if (reader.complete()) {
                m_read[k] = true;
                return {};
            }
            day.fill(kNoScore, m_accounts); // a row this build cannot read whole: the snapshots instead
        }
        Stmt q(db, "SELECT account_id, score FROM health_snapshot WHERE as_of = ?1");
        q.bind(1, m_days[k]);
        DayMatch match(m_byId, day);
        qint64 n = 0;
        while (q.next()) {
            if (cancelled && (++n & 0xffff) == 0 && cancelled())
                return cancelledError();
            match.add(q.utf8(0), q.optReal(1));
        }
        if (auto st = q.status(); !st)
            return st;
        m_read[k] = true;
        return {};
    }

    // Gives a day's scores, which come in the order of the ids, to the accounts walking `byId` alongside.
    class DayMatch
    {
    public:
        DayMatch(const QList<AccountIndex::Entry>& byId, QList<double>& day) : m_byId(byId), m_day(day) {}
        void add(QByteArrayView id, std::optional<double> score)
        {
            while (m_next < m_byId.size() && m_byId[m_next].id.compare(id) < 0)
                ++m_next; // an account without a snapshot that day
            if (m_next < m_byId.size() && m_byId[m_next].id == id)
                m_day[m_byId[m_next].number] = score.value_or(kNoScore);
            // else: a tombstoned account's snapshot
        }

    private:
        const QList<AccountIndex::Entry>& m_byId;
        QList<double>& m_day;
        qsizetype m_next = 0;
    };

    QList<qsizetype> m_points;     // the trend's points with snapshots
    QList<QDate> m_days;           // their days
    QList<QList<double>> m_scores; // by kept point, then by account
    QList<char> m_read;            // by kept point: read to the end (each written by the thread that read it)
    const AccountIndex* m_index = nullptr;
    QList<AccountIndex::Entry> m_byId; // the index's ids in their order, once some connection needs them
    qsizetype m_accounts = 0;
    QDate m_missing;
    // What the connections share (on the heap: the plan is returned by value).
    struct Shared
    {
        std::atomic<qsizetype> next = 0; // the next day to take
        std::once_flag sorted;           // m_byId made
    };
    std::unique_ptr<Shared> m_shared = std::make_unique<Shared>();
};

// What the health engine needs of the accounts' rows to score days from `from` to asOf.
Status readHealthRows(sqlite3* db, PortfolioSource& source, const AccountIndex& index, QDate from, QDate asOf,
                      const CancelCheck& cancelled)
{
    auto& accounts = source.accounts;
    {
        Stmt q(db, "SELECT account_id, date, value FROM usage_metric WHERE metric = 'active_users' AND "
                   "date BETWEEN ?1 AND ?2");
        q.bind(1, from.addDays(-kUsageWindowDays)).bind(2, asOf);
        if (auto st = eachRow(q, index, cancelled,
                              [&](int i) {
                                  accounts[i].rows.usage.append({q.date(1), q.real(2)});
                              });
            !st)
            return st;
    }
    {
        // Engagement needs the latest customer touch before the sentiment window too: one row per account.
        const QDate touchesFrom = from.addDays(-kSentimentWindowDays);
        Stmt before(db, "SELECT account_id, max(occurred_on) FROM touch WHERE deleted = 0 AND "
                        "kind <> 'internal_note' AND occurred_on < ?1 GROUP BY account_id");
        before.bind(1, touchesFrom);
        if (auto st = eachRow(before, index, cancelled,
                              [&](int i) {
                                  HealthTouchRow t;
                                  t.occurredOn = before.date(1);
                                  accounts[i].rows.touches.append(t);
                              });
            !st)
            return st;
        Stmt q(db, "SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment FROM touch "
                   "WHERE deleted = 0 AND kind <> 'internal_note' AND occurred_on BETWEEN ?1 AND ?2");
        q.bind(1, touchesFrom).bind(2, asOf);
        if (auto st = eachRow(q, index, cancelled,
                              [&](int i) {
                                  HealthTouchRow t;
                                  t.occurredOn = q.date(1);
                                  if (!q.isNull(2)) {
                                      const QTime at = QTime::fromString(q.text(2), Qt::ISODate);
                                      t.minuteOfDay = at.isValid() ? at.hour() * 60 + at.minute() : -1;
                                  }
                                  t.loggedAtMs = q.timestamp(3).toMSecsSinceEpoch();
                                  t.id = q.text(4);
                                  t.sentiment = q.optInt(5);
                                  accounts[i].rows.touches.append(t);
                              });
            !st)
            return st;
    }
    {
        Stmt q(db, "SELECT account_id, responded_on, score FROM nps_response NOT INDEXED WHERE deleted = 0 "
                   "AND responded_on BETWEEN ?1 AND ?2");
        q.bind(1, from.addDays(-kNpsWindowDays)).bind(2, asOf);
        if (auto st = eachRow(q, index, cancelled,
                              [&](int i) {
                                  accounts[i].rows.nps.append({q.date(1), q.int32(2)});
                              });
            !st)
            return st;
    }
    Stmt q(db, "SELECT r.account_id, m.due_on, m.completed_on, m.status FROM milestone m "
               "JOIN roadmap r ON r.id = m.roadmap_id "
               "WHERE m.deleted = 0 AND r.deleted = 0 AND r.active = 1");
    return eachRow(q, index, cancelled, [&](int i) {
        accounts[i].rows.milestones.append(
            {q.date(1), q.optDate(2), storage::codeOr(q, 3, MilestoneStatus::Planned)});
    });
}

// What the renewals recorded for the contracts the account rows did not give (their accounts' latest live
// contract starts after asOf: the row's facts are of that one) say (storage::readRecordedSince).
Status readRecordedBefore(sqlite3* db, PortfolioSource& source, const AccountIndex& index,
                          const QList<int>& contractsLater, const CancelCheck& cancelled)
{
    auto& accounts = source.accounts;
    QList<int> started; // the accounts given a contract that started by asOf
    for (const int i : contractsLater) {
        if (accounts[i].contractStart.isValid())
            started.append(i);
    }
    Status st = storage::readRecordedSince(
        db, &index, accounts.size(), started, [&](int i) { return accounts[i].id; },
        [&](int i) { return accounts[i].contractStart; },
        [&](int i) -> RecordedRenewals& { return accounts[i].recorded; }, cancelled);
    if (!st && st.error().code == Error::Code::Cancelled)
        return cancelledError();
    return st;
}

// What the accounts' contracts (those the account rows did not give, with what the renewals recorded for
// them say) and ARR events say: each table scanned once.
Status readAccountTerms(sqlite3* db, PortfolioSource& source, const AccountIndex& index, QDate asOf,
                        const QList<int>& contractsLater, const CancelCheck& cancelled)
{
    auto& accounts = source.accounts;
    {
        auto events = storage::readArrEventsByAccount(db, index, asOf, cancelled);
        if (!events)
            return events.error().code == Error::Code::Cancelled ? cancelledError() : Status(events.error());
        for (const storage::AccountArrEvent& e : std::as_const(*events))
            accounts[e.account].rows.arr.append({e.effectiveOn, e.arrAfter});
    }
    auto st = storage::readContractsStartedBy(
        db, asOf, &index, accounts.size(), contractsLater, [&](int i) { return accounts[i].id; },
        [&](int i, const Stmt& q) {
            PortfolioSourceAccount& a = accounts[i];
            a.contractStart = q.date(2);
            a.termMonths = q.int32(3);
            a.autoRenew = q.boolean(4);
            a.noticeDays = q.int32(5);
            a.renewalTermMonths = q.isNull(7) ? 0 : q.int32(7);
        },
        cancelled);
    if (!st)
        return st.error().code == Error::Code::Cancelled ? cancelledError() : st;
    return readRecordedBefore(db, source, index, contractsLater, cancelled);
}

// The accounts' open roadmaps: active ones with a milestone not done or skipped.
Status readOpenRoadmaps(sqlite3* db, PortfolioSource& source, const AccountIndex& index,
                        const CancelCheck& cancelled)
{
    Stmt open(db, "SELECT account_id, count(*) FROM roadmap r WHERE deleted = 0 AND active = 1 AND "
                  "EXISTS (SELECT 1 FROM milestone m WHERE m.roadmap_id = r.id AND m.deleted = 0 AND "
                  "m.status NOT IN ('done', 'skipped')) GROUP BY account_id");
    return eachRow(open, index, cancelled, [&](int i) { source.accounts[i].openRoadmaps = open.int32(1); });
}

// The accounts' live renewals dated after asOf, whose forecasts the next renewals may have (the dates after
// asOf in renewal_live_by_date, which holds these columns: schema 11). What the earlier ones recorded comes
// from the account rows (readAccountRange, readRecordedBefore). Of two rows of one account and date, the one
// updated last (updated_at, then id, read by rowid for such ties only) is the forecast, as in the Renewals
// view (RenewalContractReads.cpp, readForecasts).
Status readRenewals(sqlite3* db, PortfolioSource& source, const AccountIndex& index, QDate asOf,
                    const CancelCheck& cancelled)
{
    Stmt r(db, "SELECT account_id, renewal_date, forecast, rowid FROM renewal WHERE deleted = 0 AND "
               "renewal_date > ?1 ORDER BY renewal_date, account_id");
    r.bind(1, asOf);
    struct Row
    {
        int account = 0;
        QDate date;
        qint64 rowid = 0;
        RenewalForecast forecast = RenewalForecast::Likely;
    };
    storage::LatestRenewalRows<Row> latest(db);
    const auto counts = [&](const Row& w) {
        source.accounts[w.account].renewals.append({w.date, w.forecast});
    };
    Status added;
    const Status read = eachRow(r, index, cancelled, [&](int i) {
        if (added)
            added = latest.add({i, r.date(1), r.int64(3), storage::codeOr(r, 2, RenewalForecast::Likely)},
                               counts);
    });
    if (!read)
        return read;
    return added ? latest.finish(counts) : added;
}

} // namespace

Result<PortfolioSource> readPortfolioSource(Book& book, QDate asOf, const PortfolioRead& how,
                                            const CancelCheck& cancelled, Book* second)
{
    sqlite3* db = storage::BookAccess::d(book)->db;
    PortfolioSource source;
    source.path = book.path();
    source.settings = book.settings();
    source.rules = segmentationRules(book);

    const QList<QDate> days = portfolioTrendDays(asOf);
    AccountIndex index;
    QList<int> contractsLater;
    sqlite3* other = second ? storage::BookAccess::d(*second)->db : nullptr;
    auto scoreToday = readAccounts(db, other, source, index, asOf, how, contractsLater);
    if (!scoreToday)
        return scoreToday.error();
    // The earliest day the engine scores from rows (invalid: none).
    QDate scoreFrom = how.scoreFromRows ? days.constFirst() : QDate();
    std::optional<TrendSnapshots> trend;
    if (!how.scoreFromRows) {
        auto planned = TrendSnapshots::plan(book, days, index, source.accounts.size());
        if (!planned)
            return planned.error();
        trend.emplace(std::move(planned.value()));
    }
    // The renewals and open roadmaps on the book's connection while the second one reads the contracts and
    // ARR events (about as long at 100,000 accounts; each part writes its own fields of the accounts), then
    // the trend's snapshots on both.
    const auto ownPart = [&](sqlite3* own) -> Status {
        auto st = readRenewals(own, source, index, asOf, cancelled);
        if (st)
            st = readOpenRoadmaps(own, source, index, cancelled);
        if (st && trend)
            st = trend->readUntaken(own, cancelled);
        return st;
    };
    const auto otherPart = [&](sqlite3* on) -> Status {
        auto st = readAccountTerms(on, source, index, asOf, contractsLater, cancelled);
        if (st && trend)
            st = trend->readUntaken(on, cancelled);
        return st;
    };
    const auto undoTerms = [&] {
        const PortfolioSourceAccount blank;
        for (PortfolioSourceAccount& a : source.accounts)
            a.rows.arr.clear();
        for (const int i : std::as_const(contractsLater)) {
            PortfolioSourceAccount& a = source.accounts[i];
            a.contractStart = blank.contractStart;
            a.termMonths = blank.termMonths;
            a.renewalTermMonths = blank.renewalTermMonths;
            a.autoRenew = blank.autoRenew;
            a.noticeDays = blank.noticeDays;
            a.recorded = blank.recorded;
        }
    };
    if (auto st = storage::readOnBoth(db, other, ownPart, otherPart, undoTerms); !st)
        return st.error();
    if (trend) {
        if (auto st = trend->finish(db, source.accounts, cancelled); !st)
            return st.error();
        scoreFrom = trend->missing().isValid() ? trend->missing() : *scoreToday ? asOf : QDate();
    }
    if (scoreFrom.isValid()) {
        if (auto st = readHealthRows(db, source, index, scoreFrom, asOf, cancelled); !st)
            return st.error();
    }
    if (cancelled && cancelled())
        return cancelledError();
    return source;
}

Result<PortfolioView> loadPortfolio(Book& book, QDate asOf, const std::optional<QString>& owner,
                                    const CancelCheck& cancelled, Book* second)
{
    auto source = readPortfolioSource(book, asOf, {}, cancelled, second);
    if (!source)
        return source.error();
    PortfolioView view = buildPortfolioView(source->accounts, source->settings, source->rules, asOf, owner);
    // 100,000 accounts' rows take tens of milliseconds to free: not on the way to the view.
    parallel::releaseLater(std::move(source.value()));
    return view;
}

QStringList teamBookPaths(const QStringList& filesAndFolders)
{
    QStringList paths;
    for (const QString& p : filesAndFolders) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            const QDir dir(fi.absoluteFilePath());
            for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name))
                paths.append(dir.absoluteFilePath(name));
        } else {
            paths.append(fi.absoluteFilePath());
        }
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

Result<TeamPortfolio> readTeamPortfolio(const QStringList& paths, QDate asOf, const Clock& clock,
                                        const CancelCheck& cancelled)
{
    TeamPortfolio team;
    QList<PortfolioSource> sources;
    for (const QString& path : teamBookPaths(paths)) {
        if (cancelled && cancelled())
            return cancelledError();
        auto book = Book::open(path, Book::OpenMode::ReadOnly, clock);
        if (!book) {
            team.skipped.append({path, book.error().toString()});
            continue;
        }
        auto source = readPortfolioSource(*book.value(), asOf, {.withTombstones = true}, cancelled);
        if (!source) {
            if (source.error().code == Error::Code::Cancelled)
                return source.error();
            team.skipped.append({path, source.error().toString()});
            continue;
        }
        if (!sources.isEmpty() && source->settings.currency != sources.constFirst().settings.currency) {
            team.skipped.append(
                {path, storage::trBook(
                           QT_TRANSLATE_NOOP("csm::Book", "The book is kept in %1, the team view in %2."))
                           .arg(source->settings.currency, sources.constFirst().settings.currency)});
            continue;
        }
        // A CSM's own book often leaves the owner empty: the book stands for its owner then.
        const QString bookOwner = QFileInfo(path).completeBaseName();
        for (PortfolioSourceAccount& a : source->accounts) {
            if (a.owner.trimmed().isEmpty())
                a.owner = bookOwner;
        }
        team.books.append(path);
        sources.append(std::move(source.value()));
    }
    if (sources.isEmpty()) {
        return Error{Error::Code::NotFound,
                     storage::trBook(QT_TRANSLATE_NOOP("csm::Book", "None of the books could be read.")),
                     paths.join(QStringLiteral(", ")),
                     team.skipped.isEmpty() ? QString() : team.skipped.constFirst().reason};
    }

    QList<QList<AccountStamp>> stamps;
    for (const PortfolioSource& s : std::as_const(sources)) {
        QList<AccountStamp> book;
        book.reserve(s.accounts.size());
        for (const PortfolioSourceAccount& a : s.accounts)
            book.append({a.id, a.updatedAt, a.deleted});
        stamps.append(book);
    }
    team.merge = mergeTeamBooks(stamps);
    team.merged.settings = sources.constFirst().settings;
    team.merged.rules = sources.constFirst().rules;
    team.merged.accounts.reserve(team.merge.accounts.size());
    for (const MergedAccount& m : std::as_const(team.merge.accounts)) {
        team.merged.accounts.append(std::move(sources[m.book].accounts[m.row]));
        team.bookOfAccount.append(m.book);
    }
    return team;
}

} // namespace csm
