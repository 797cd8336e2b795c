#include "storage/HealthRecompute.h"

#include "BookFile.h"
#include "BookPrivate.h"
#include "HealthInputsKept.h"
#include "HealthRefresh.h"
#include "HealthTrendDays.h"
#include "Sqlite.h"
#include "domain/Parallel.h"
#include "domain/Settings.h"
#include "storage/HealthStore.h"
#include "storage/Transaction.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>

namespace csm {

using storage::Stmt;
using storage::trBook;

namespace {

sqlite3* dbOf(Book& book)
{
    return storage::BookAccess::d(book)->db;
}

Error cancelledError()
{
    return Error{
        Error::Code::Cancelled,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The health recompute was cancelled; nothing was changed.")),
        {},
        {}};
}

// The stored codes of an enum's three values (toCode), made once: a snapshot binds two per row.
template <typename E> class ThreeCodes
{
public:
    ThreeCodes()
    {
        for (int i = 0; i < 3; ++i)
            m_codes[std::size_t(i)] = toCode(E(i)).toLatin1();
    }
    const QByteArray& operator()(E v) const { return m_codes[std::size_t(v)]; }

private:
    std::array<QByteArray, 3> m_codes;
};

// A snapshot as written: the inputs and what the model made of them.
struct ScoredSnapshot
{
    HealthInputs in;
    int modelVersion = 0;
    std::optional<double> score;
    std::optional<HealthBand> band;
};

ScoredSnapshot scoredSnapshot(const HealthInputs& in, const HealthModel& model, QDate day)
{
    const HealthExplanation e = scoreHealth(in, model, day);
    return {in, e.modelVersion, e.score, e.band};
}

// Whether a snapshot meets health_snapshot's CHECK constraints (SchemaHealth.cpp), tested here so that the
// bulk passes can write with SQLite's own checks off (SnapshotChecksOff). Keep both in step.
bool fitsSnapshotTable(QDate day, const ScoredSnapshot& s)
{
    const auto between = [](auto v, auto low, auto high) { return v >= low && v <= high; };
    const HealthInputs& in = s.in;
    return day.isValid() && between(day.year(), 1, 9999) && s.modelVersion >= 0 &&
           (!s.score || between(*s.score, 0.0, 100.0)) && in.seats >= 0 &&
           between(in.recentUsageDays, 0, 30) && between(in.priorUsageDays, 0, 30) &&
           (!in.lastCustomerTouch.isValid() || in.lastCustomerTouch <= day) &&
           between(in.sentimentSum, -10, 10) && between(in.sentimentCount, 0, 5) && in.npsPromoters >= 0 &&
           in.npsDetractors >= 0 && in.npsResponses >= 0 && in.milestonesDue >= 0 && in.milestonesOnTime >= 0;
}

// SQLite's CHECK constraints off while a bulk pass writes snapshots, back on when it ends however it ends.
// They cost as much as the rest of an insert (the date() of as_of most), and every row is tested by
// fitsSnapshotTable before it is bound; the foreign key, NOT NULL and the STRICT types are still enforced.
// Every other writer (imports, another tool, a single account's update) keeps SQLite's checks.
class SnapshotChecksOff
{
public:
    explicit SnapshotChecksOff(sqlite3* db) : m_db(db)
    {
        (void)storage::exec(m_db, "PRAGMA ignore_check_constraints = ON");
    }
    ~SnapshotChecksOff() { (void)storage::exec(m_db, "PRAGMA ignore_check_constraints = OFF"); }
    SnapshotChecksOff(const SnapshotChecksOff&) = delete;
    SnapshotChecksOff& operator=(const SnapshotChecksOff&) = delete;

private:
    sqlite3* m_db;
};

// The columns of a snapshot row, in the order the statements below bind them.
constexpr char kSnapshotColumnList[] =
    "as_of, account_id, model_version, score, band, touch_model, seats, usage_recent_sum, usage_recent_days, "
    "usage_prior_sum, usage_prior_days, days_since_touch, sentiment_sum, sentiment_count, nps_promoters, "
    "nps_detractors, nps_responses, milestones_due, milestones_on_time";
constexpr int kSnapshotColumns = 19;
// Rows one statement of a bulk pass writes: the statement's own work (its program started, its cursors
// opened and closed) once for so many rows instead of for each.
constexpr int kSnapshotsPerInsert = 32;

QByteArray snapshotInsertSql(int rows)
{
    QByteArray sql =
        QByteArray("INSERT OR REPLACE INTO health_snapshot (") + kSnapshotColumnList + ") VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r > 0 ? ", (" : "(";
        for (int c = 1; c <= kSnapshotColumns; ++c)
            sql += (c > 1 ? ", ?" : "?") + QByteArray::number(r * kSnapshotColumns + c);
        sql += ')';
    }
    return sql;
}

// An account's current score and what it was scored from.
struct CurrentScore
{
    AccountHealthInputs in;
    AccountHealthScore score;
};

// The statements that write scores, prepared once per run.
class HealthWrites
{
public:
    explicit HealthWrites(sqlite3* db)
        : m_db(db), m_snapshot(db, snapshotInsertSql(1)),
          m_snapshots(db, snapshotInsertSql(kSnapshotsPerInsert)),
          m_current(db, "UPDATE account SET health_as_of = ?1, health_model_version = ?2, health_score = ?3, "
                        "health_band = ?4, health_score_before = ?5 WHERE id = ?6"),
          m_kept(db)
    {}

    // One day's snapshots of `count` accounts (ids and scores in the same order), kSnapshotsPerInsert rows
    // to a statement. ids and day: UTF-8 / ISO text that stays valid until the rows are written (not copied).
    // The first write to a day forgets the day's kept trend row (HealthTrendDays.h).
    Status snapshots(QDate asOf, const QByteArray& day, const QByteArray* ids, const ScoredSnapshot* scores,
                     qsizetype count)
    {
        if (auto st = forgetDay(asOf); !st)
            return st;
        qsizetype i = 0;
        for (; i + kSnapshotsPerInsert <= count; i += kSnapshotsPerInsert) {
            m_snapshots.reset();
            for (int r = 0; r < kSnapshotsPerInsert; ++r) {
                if (auto st =
                        bindSnapshot(m_snapshots, r * kSnapshotColumns, ids[i + r], day, asOf, scores[i + r]);
                    !st)
                    return st;
            }
            if (auto st = m_snapshots.run(); !st)
                return st;
        }
        for (; i < count; ++i) {
            if (auto st = snapshot(ids[i], day, asOf, scores[i]); !st)
                return st;
        }
        return {};
    }

    // One snapshot; the texts as for snapshots().
    Status snapshot(const QByteArray& accountId, const QByteArray& day, QDate asOf, const ScoredSnapshot& s)
    {
        if (auto st = forgetDay(asOf); !st)
            return st;
        m_snapshot.reset();
        if (auto st = bindSnapshot(m_snapshot, 0, accountId, day, asOf, s); !st)
            return st;
        return m_snapshot.run();
    }

    Status snapshot(const Id& accountId, QDate day, const ScoredSnapshot& s)
    {
        return snapshot(accountId.toUtf8(), storage::isoDate(day).toLatin1(), day, s);
    }

    // The account's current score and the inputs it was scored from (kept for the day: HealthInputsKept.h).
    // accountId: UTF-8, valid until the rows are written (not copied).
    Status current(const QByteArray& accountId, QDate today, const CurrentScore& c)
    {
        if (auto st = m_kept.keep(accountId, today, c.in); !st)
            return st;
        return current(accountId, today, c.score);
    }

    // The account's kept inputs (it is no longer live).
    Status forgetInputs(const QByteArray& accountId) { return m_kept.forget(accountId); }

    // The current score alone (its inputs kept already).
    Status current(const QByteArray& accountId, QDate today, const AccountHealthScore& s)
    {
        Stmt& q = m_current;
        q.reset();
        q.bind(1, today).bind(2, s.now.modelVersion).bind(3, s.now.score);
        bindBand(q, 4, s.now.band);
        q.bind(5, s.scoreBefore).bindStaticUtf8(6, accountId);
        return q.run();
    }

private:
    Status forgetDay(QDate asOf)
    {
        if (asOf != m_lastDay && !m_forgotten.contains(asOf)) {
            if (auto st = storage::forgetHealthTrendDay(m_db, asOf); !st)
                return st;
            m_forgotten.insert(asOf);
        }
        m_lastDay = asOf;
        return {};
    }

    // Binds one snapshot row to parameters at+1 to at+kSnapshotColumns.
    Status bindSnapshot(Stmt& q, int at, const QByteArray& accountId, const QByteArray& day, QDate asOf,
                        const ScoredSnapshot& s) const
    {
        if (!fitsSnapshotTable(asOf, s))
            return Error{Error::Code::InvalidValue,
                         trBook(QT_TRANSLATE_NOOP("csm::Book",
                                                  "A health snapshot is out of the range the book allows.")),
                         QString::fromUtf8(accountId) + QLatin1Char(' ') + QString::fromLatin1(day),
                         {}};
        q.bindStaticUtf8(at + 1, day).bindStaticUtf8(at + 2, accountId).bind(at + 3, s.modelVersion);
        q.bind(at + 4, s.score);
        bindBand(q, at + 5, s.band);
        storage::bindHealthInputs(q, at + 5, s.in, asOf);
        return {};
    }

    void bindBand(Stmt& q, int i, std::optional<HealthBand> band) const
    {
        if (band)
            q.bindStaticUtf8(i, m_bands(*band));
        else
            q.bindNull(i);
    }

    sqlite3* m_db;
    Stmt m_snapshot;
    Stmt m_snapshots; // kSnapshotsPerInsert rows
    Stmt m_current;
    QSet<QDate> m_forgotten; // the days whose kept trend row this writer has forgotten
    QDate m_lastDay;         // the day of the latest snapshot written (forgotten already)
    storage::KeptHealthInputs m_kept;
    ThreeCodes<HealthBand> m_bands;
};

CurrentScore currentScore(const Id& accountId, const HealthAccountRows& rows, const BookSettings& settings,
                          const HealthModel& model, QDate today)
{
    CurrentScore c;
    c.in = accountHealthInputs(accountId, rows, settings, today);
    c.score = scoreAccountHealth(c.in, model, today);
    return c;
}

// Snapshots are written a chunk of accounts at a time, day by day, each day's accounts in id order: the rows
// then arrive in the order of the table's key (as_of, account_id), one run per day, instead of one row in
// each of 52 places of the b-tree for every account.
constexpr qsizetype kChunkAccounts = 2048;

// An account read and waiting for its snapshots.
struct PendingAccount
{
    QByteArray id; // UTF-8, as bound
    HealthAccountRows rows;
};

// A chunk of accounts' snapshots on every day, scored and waiting to be written.
struct ScoredChunk
{
    QList<QByteArray> ids;
    QList<ScoredSnapshot> byDay; // day by day, each day's accounts in the order of ids
};

ScoredChunk scoreChunk(const QList<PendingAccount>& accounts, const QList<QDate>& days,
                       const BookSettings& settings, const HealthModel& model)
{
    ScoredChunk chunk;
    chunk.ids.reserve(accounts.size());
    for (const PendingAccount& a : accounts)
        chunk.ids.append(a.id);
    chunk.byDay.reserve(accounts.size() * days.size());
    for (const QDate& day : days) {
        for (const PendingAccount& a : accounts)
            chunk.byDay.append(scoredSnapshot(healthInputsAt(a.rows, settings, day), model, day));
    }
    return chunk;
}

// A day's snapshots are replaced row by row (INSERT OR REPLACE) as each live account's is written; what is
// left to remove first are the snapshots of those days of the accounts that are no longer live (a seek each,
// instead of deleting every row of the days and inserting them again).
Status clearDeletedAccounts(sqlite3* db, const QList<QDate>& days)
{
    if (days.isEmpty())
        return {};
    QList<QByteArray> gone;
    {
        Stmt q(db, "SELECT id FROM account WHERE deleted = 1");
        while (q.next())
            gone.append(q.utf8(0).toByteArray());
        if (!q.status())
            return q.status();
    }
    if (gone.isEmpty())
        return {};
    // The days' kept trend rows go with them (HealthTrendDays.h); the pass keeps them again at its end.
    for (const QDate& day : days) {
        if (auto st = storage::forgetHealthTrendDay(db, day); !st)
            return st;
    }
    Stmt clear(db, "DELETE FROM health_snapshot WHERE as_of = ?1 AND account_id = ?2");
    for (const QByteArray& id : std::as_const(gone)) {
        for (const QDate& day : days) {
            clear.reset();
            clear.bind(1, day).bindStaticUtf8(2, id);
            if (auto st = clear.run(); !st)
                return st;
        }
    }
    return {};
}

// A connection of the pass's own for its reads, so that they run beside its writes (a core each): only when
// the pass is the outermost transaction (inside a caller's it must read the caller's rows, not committed yet)
// of a book in WAL mode, whose readers then see the book as it was when the pass began. The pass changes
// none of what it reads (only snapshots and the accounts' health columns). A book being built is opened to
// readers for it. None, and the pass reads through the book's own connection, when there is none to have.
std::unique_ptr<Book> passReader(Book& book)
{
    auto* d = storage::BookAccess::d(book);
    if (d->txDepth > 0 || d->readOnly)
        return {};
    if (d->building && !storage::openBuildToReaders(d->db))
        return {};
    Stmt mode(d->db, "PRAGMA journal_mode");
    if (!mode.next() || mode.text(0) != QLatin1String("wal"))
        return {};
    auto reader = book.openAnotherConnection(Book::Access::Read);
    if (!reader)
        return {};
    return std::move(reader.value());
}

// A chunk of accounts read and scored on the reader's thread: their snapshots on every day of the pass and,
// when the pass keeps them, their current scores (in the order of scored.ids).
struct ReadyChunk
{
    ScoredChunk scored;
    QList<CurrentScore> current;
};

// One pass over the book: the snapshots of `days` (replacing what is there) and, when `current`, every
// account's current score. In a transaction of its own (joining the caller's). With the settings `given`, or
// else the book's as they are once the pass's transaction has begun: another connection may have saved new
// ones (touch-model thresholds) since this one read them, and the transaction keeps them until it ends.
Status runPass(Book& book, const BookSettings* given, QList<QDate> days, QDate today, bool current,
               const HealthProgress& progress)
{
    std::sort(days.begin(), days.end());
    // Before the transaction, so that the cache is set back only once it has ended. With SQLite's default
    // 2 MB, the day-by-day runs of a chunk's snapshots (52 places of the table, each a few dozen pages) and
    // the pages of the rows being read push each other out, and every page is written to the log and read
    // back again several times.
    std::optional<storage::BulkPageCache> cache;
    if (!days.isEmpty())
        cache.emplace(dbOf(book));
    const std::unique_ptr<Book> reader = passReader(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    if (!given) {
        if (auto st = book.reloadSettings(); !st)
            return st;
    }
    const BookSettings settings = given ? *given : book.settings();
    auto total = book.accounts().count();
    if (!total)
        return total.error();
    sqlite3* db = dbOf(book);
    if (auto st = clearDeletedAccounts(db, days); !st)
        return st;
    const HealthModel model = HealthModel::fromSettings(settings);
    QDate first = today.addDays(-kHealthTrendDays);
    if (!days.isEmpty())
        first = std::min(first, days.first());
    const QDate upTo = days.isEmpty() ? today : std::max(today, days.last());
    QList<QByteArray> dayTexts;
    for (const QDate& day : std::as_const(days))
        dayTexts.append(storage::isoDate(day).toLatin1());

    std::optional<SnapshotChecksOff> checksOff;
    if (!days.isEmpty())
        checksOff.emplace(db);

    HealthWrites writes(db);
    const auto write = [&](const ScoredChunk& chunk) -> Status {
        const qsizetype n = chunk.ids.size();
        for (qsizetype d = 0; d < days.size(); ++d) {
            if (auto st = writes.snapshots(days.at(d), dayTexts.at(d), chunk.ids.constData(),
                                           chunk.byDay.constData() + d * n, n);
                !st)
                return st;
        }
        return {};
    };
    QList<PendingAccount> pending; // read, not scored yet
    ScoredChunk scored;            // scored, not written yet
    qint64 done = 0;
    // Reports `count` more accounts done; false when cancelled.
    const auto advance = [&](qsizetype count) {
        const qint64 before = done;
        done += count;
        const bool report = done / 256 != before / 256 || done == *total;
        return !(progress && report && !progress(done, *total));
    };
    // Writes the scored chunk while a helper thread scores the pending accounts (the engine and SQLite each
    // have a core); false when cancelled.
    const auto flush = [&]() -> Result<bool> {
        ScoredChunk next;
        Status written;
        parallel::run(
            {[&] { written = write(scored); }, [&] { next = scoreChunk(pending, days, settings, model); }});
        if (!written)
            return written.error();
        pending.clear();
        const qsizetype count = scored.ids.size();
        scored = std::move(next);
        return count == 0 || advance(count);
    };

    Status failed;
    bool cancelled = false;
    const auto stop = [&](Result<bool> goOn) {
        if (!goOn)
            failed = goOn.error();
        else if (!*goOn)
            cancelled = true;
        return bool(failed) && !cancelled;
    };
    // After the last write: the pass's outcome, committed when whole.
    const auto finish = [&](const Status& read) -> Status {
        checksOff.reset();
        if (!read)
            return read;
        if (!failed)
            return failed;
        if (cancelled)
            return cancelledError();
        // The portfolio's trend Mondays the pass wrote (or any a refresh forgot), kept in one row each again.
        if (auto st = storage::keepHealthTrendDays(db); !st)
            return st;
        tx.recordEverything();
        return tx.commit();
    };
    if (current && days.isEmpty()) {
        // The inputs the book keeps for the day (HealthInputsKept.h), when it keeps them for every live
        // account: scored again without reading the rows behind them.
        auto kept = storage::readKeptHealthInputs(db, today);
        if (!kept)
            return kept.error();
        if (*kept) {
            for (const AccountHealthInputs& in : std::as_const(**kept)) {
                if (auto st =
                        writes.current(in.accountId.toUtf8(), today, scoreAccountHealth(in, model, today));
                    !st)
                    return st;
                if (!stop(advance(1)))
                    break;
            }
            return finish({});
        }
    }
    const QDate usageFrom = first.addDays(-59);
    if (reader) {
        // The reader's thread reads and scores a chunk of accounts at a time (small when only current scores
        // are written, so that progress moves), this one writes them: SQLite's writes have a core to
        // themselves.
        const qsizetype chunkAccounts = days.isEmpty() ? 256 : kChunkAccounts;
        const auto produce = [&](const std::function<bool(ReadyChunk &&)>& hand) -> Status {
            QList<PendingAccount> unscored;
            bool goOn = true;
            const auto handOver = [&] {
                ReadyChunk chunk;
                chunk.scored = scoreChunk(unscored, days, settings, model);
                if (current) {
                    chunk.current.reserve(unscored.size());
                    for (const PendingAccount& a : std::as_const(unscored))
                        chunk.current.append(
                            currentScore(QString::fromUtf8(a.id), a.rows, settings, model, today));
                }
                unscored.clear();
                goOn = hand(std::move(chunk));
                return goOn;
            };
            const Status st =
                HealthStore::forEachAccountRows(*reader, usageFrom, upTo, [&](const HealthStore::Account& a) {
                    unscored.append({a.id.toUtf8(), a.rows});
                    return unscored.size() < chunkAccounts || handOver();
                });
            if (st && goOn && !unscored.isEmpty())
                (void)handOver();
            return st;
        };
        const auto consume = [&](ReadyChunk& chunk) -> bool {
            const qsizetype n = chunk.scored.ids.size();
            for (qsizetype i = 0; i < chunk.current.size(); ++i) {
                if (auto st = writes.current(chunk.scored.ids.at(i), today, chunk.current.at(i)); !st) {
                    failed = st;
                    return false;
                }
            }
            if (auto st = write(chunk.scored); !st) {
                failed = st;
                return false;
            }
            return stop(advance(n));
        };
        const Status read = parallel::pipeline<ReadyChunk>(2, produce, consume);
        return finish(read);
    }
    const HealthStore::RowsVisitor visit = [&](const HealthStore::Account& a) {
        if (current) {
            if (auto st =
                    writes.current(a.id.toUtf8(), today, currentScore(a.id, a.rows, settings, model, today));
                !st) {
                failed = st;
                return false;
            }
        }
        if (days.isEmpty())
            return stop(advance(1));
        pending.append({a.id.toUtf8(), a.rows});
        return pending.size() < kChunkAccounts || stop(flush());
    };
    const Status read = HealthStore::forEachAccountRows(book, usageFrom, upTo, visit);
    // The last chunks: the one being scored, then the last one read.
    for (int i = 0; i < 2 && read && failed && !cancelled; ++i)
        (void)stop(flush());
    return finish(read);
}

} // namespace

Status HealthRecompute::recomputeCurrent(Book& book, QDate today, const HealthProgress& progress)
{
    return runPass(book, nullptr, {}, today, true, progress);
}

Status HealthRecompute::writeHistory(Book& book, const QList<QDate>& days, QDate today,
                                     const HealthProgress& progress)
{
    return runPass(book, nullptr, days, today, true, progress);
}

Status HealthRecompute::backfill(Book& book, QDate today, const HealthProgress& progress)
{
    return backfill(book, book.settings(), today, progress);
}

Status HealthRecompute::backfill(Book& book, const BookSettings& settings, QDate today,
                                 const HealthProgress& progress)
{
    return runPass(book, &settings, healthHistoryMondays(today), today, true, progress);
}

Status HealthRecompute::backfillFrom(Book& book, QDate from, QDate through, QDate today,
                                     const HealthProgress& progress)
{
    const auto reached = [&](QDate first, QDate last) {
        return (!from.isValid() || from <= last) && (!through.isValid() || first <= through);
    };
    QList<QDate> days = healthHistoryMondays(today);
    days.removeIf([&](QDate monday) { return !reached(monday, monday); });
    const bool current = reached(today.addDays(-kHealthTrendDays), today);
    if (days.isEmpty() && !current)
        return {};
    return runPass(book, nullptr, days, today, current, progress);
}

namespace {

struct CatchUpPlan
{
    QList<QDate> missingMondays;
    bool staleCurrent = false;
    bool trendDaysMissing = false; // trend Mondays with snapshots without their kept row (HealthTrendDays.h)
    bool needsPass() const { return staleCurrent || !missingMondays.isEmpty(); }
    bool needed() const { return needsPass() || trendDaysMissing; }
};

Result<CatchUpPlan> planCatchUp(Book& book, QDate today)
{
    CatchUpPlan plan;
    for (const QDate& monday : healthHistoryMondays(today)) {
        auto has = HealthStore::hasSnapshotsOn(book, monday);
        if (!has)
            return has.error();
        if (!*has)
            plan.missingMondays.append(monday);
    }
    Stmt stale(dbOf(book), "SELECT EXISTS (SELECT 1 FROM account WHERE deleted = 0 AND (health_as_of IS NULL "
                           "OR health_as_of <> ?1 OR health_model_version IS NOT ?2))");
    stale.bind(1, today).bind(2, book.settings().healthModelVersion);
    if (!stale.next())
        return stale.status().error();
    plan.staleCurrent = stale.int64(0) != 0;
    // Current scores whose inputs are not all kept for today were written before something changed them in
    // bulk (new touch-model thresholds; an import whose back-fill did not reach today) or by a build before
    // schema 16: scored again from the rows, which keeps the inputs too.
    if (!plan.staleCurrent) {
        auto complete = storage::keptHealthInputsComplete(dbOf(book), today);
        if (!complete)
            return complete.error();
        plan.staleCurrent = !*complete;
    }
    auto trendDays = storage::healthTrendDaysMissing(dbOf(book));
    if (!trendDays)
        return trendDays.error();
    plan.trendDaysMissing = *trendDays;
    // A book without accounts has nothing to catch up (its Mondays stay empty).
    auto live = book.accounts().count();
    if (!live)
        return live.error();
    if (*live == 0)
        return CatchUpPlan{};
    return plan;
}

} // namespace

Result<bool> HealthRecompute::needsCatchUp(Book& book, QDate today)
{
    auto plan = planCatchUp(book, today);
    if (!plan)
        return plan.error();
    return plan->needed();
}

Result<bool> HealthRecompute::catchUp(Book& book, QDate today, const HealthProgress& progress)
{
    auto plan = planCatchUp(book, today);
    if (!plan)
        return plan.error();
    if (!plan->needed())
        return false;
    if (!plan->needsPass()) {
        // Only trend Mondays to keep again (a refresh after an edit on a Monday forgot one).
        Transaction tx(book);
        if (!tx.begun())
            return tx.begun().error();
        if (auto st = storage::keepHealthTrendDays(dbOf(book)); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        return true;
    }
    if (auto st = runPass(book, nullptr, plan->missingMondays, today, true, progress); !st)
        return st.error();
    return true;
}

Result<int> HealthRecompute::saveModel(Book& book, const HealthModel& model, QDate today,
                                       const HealthProgress& progress)
{
    BookSettings settings = book.settings();
    const HealthModel old = HealthModel::fromSettings(settings);
    if (model.sameRulesAs(old))
        return old.version;
    HealthModel saved = model;
    saved.version = old.version + 1;
    if (const FieldErrors errors = saved.validate(); !errors.isEmpty())
        return Error{Error::Code::InvalidValue, errors.cbegin().value(), errors.cbegin().key(), {}};
    saved.applyTo(settings);

    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun().error();
    Stmt keep(d->db,
              "INSERT OR REPLACE INTO health_model (version, saved_at, weight_adoption, weight_usage_trend, "
              "weight_engagement, weight_sentiment, weight_nps, weight_onboarding, cadence_high_days, "
              "cadence_low_days, cadence_tech_days, green_min, yellow_min, drop_points) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const HealthModel& m : {old, saved}) {
        keep.reset();
        keep.bind(1, m.version).bind(2, d->nowText());
        for (int i = 0; i < kHealthFactorCount; ++i)
            keep.bind(3 + i, m.weights[std::size_t(i)]);
        for (int i = 0; i < 3; ++i)
            keep.bind(9 + i, m.cadences[std::size_t(i)]);
        keep.bind(12, m.greenMin).bind(13, m.yellowMin).bind(14, m.dropPoints);
        if (auto st = keep.run(); !st)
            return st.error();
    }
    if (auto st = storage::writeSettings(d->db, settings, d->nowText()); !st)
        return st.error();
    if (auto st = runPass(book, &settings, healthHistoryMondays(today), today, true, progress); !st)
        return st.error();
    tx.record(ChangeSet::Entity::Settings, {});
    if (auto st = tx.commit(); !st)
        return st.error();
    if (auto st = d->loadSettings(); !st)
        return st.error();
    return saved.version;
}

namespace storage {

Status refreshHealthOf(Book& book, ChangeSet& changes)
{
    using E = ChangeSet::Entity;
    if (changes.everything || changes.accountIds.isEmpty())
        return {};
    const bool relevant = changes.entities.contains(E::Touch) || changes.entities.contains(E::Nps) ||
                          changes.entities.contains(E::Usage) || changes.entities.contains(E::Roadmap) ||
                          changes.entities.contains(E::Account) || changes.entities.contains(E::ArrEvent);
    if (!relevant)
        return {};
    const BookSettings settings = book.settings();
    const HealthModel model = HealthModel::fromSettings(settings);
    const QDate today = book.clock().today();
    // On a Monday with snapshots already written, the day's snapshot follows the edit too.
    bool monday = false;
    if (today.dayOfWeek() == Qt::Monday) {
        auto has = HealthStore::hasSnapshotsOn(book, today);
        if (!has)
            return has.error();
        monday = *has;
    }
    HealthWrites writes(dbOf(book));
    for (const Id& id : std::as_const(changes.accountIds)) {
        const QByteArray utf8 = id.toUtf8();
        auto rows = HealthStore::readRows(book, id);
        if (!rows) {
            if (rows.error().code != Error::Code::NotFound)
                return rows.error();
            // Deleted in this transaction: its kept inputs go with it.
            if (auto st = writes.forgetInputs(utf8); !st)
                return st;
            continue;
        }
        if (auto st = writes.current(utf8, today, currentScore(id, *rows, settings, model, today)); !st)
            return st;
        if (monday) {
            const HealthInputs in = healthInputsAt(*rows, settings, today);
            if (auto st = writes.snapshot(id, today, scoredSnapshot(in, model, today)); !st)
                return st;
        }
    }
    changes.entities.insert(E::Health);
    return {};
}

} // namespace storage

} // namespace csm
