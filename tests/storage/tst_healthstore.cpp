// What the book keeps of health (schema 4): the current score on the account row, updated in the transaction
// of every change a score depends on; the weekly snapshots of the back-fill with their model version and
// inputs; the catch-up; saving a model. Expected scores are worked out by hand from DESIGN §5 (comments).

#include "BookPrivate.h"
#include "Sqlite.h"
#include "TestBooks.h"
#include "domain/HealthHistory.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/HealthStore.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace csm;

namespace {

const QDate kToday(2025, 6, 30); // a Monday

} // namespace

class TestHealthStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kToday};
    int m_n = 0;

    std::unique_ptr<Book> create()
    {
        auto book = Book::open(m_dir.filePath(QStringLiteral("health%1.sqlite").arg(++m_n)),
                               Book::OpenMode::CreateIfMissing, m_clock);
        return book ? std::move(book.value()) : nullptr;
    }

    // A high-touch account (cadence 14 days) with one call 28 days ago, sentiment +1, and nothing else:
    // engagement q = 28 / 14 = 2, so 100 × (3 - 2) / 2 = 50 (weight 20); sentiment (1 + 2) × 25 = 75 (weight
    // 15); the rest dropped. Score (20 × 50 + 15 × 75) / 35 = 60.714… = 60.7, yellow. 30 days earlier
    // (2025-05-31) it had no touch yet: no score.
    static Id addAccount(Book& book)
    {
        Account a;
        a.name = QStringLiteral("Acme");
        a.seats = 10;
        a.touchModelOverride = TouchModel::High;
        auto saved = book.accounts().save(a);
        if (!saved)
            return {};
        Touch t;
        t.accountId = saved->id;
        t.occurredOn = QDate(2025, 6, 2);
        t.kind = TouchKind::Call;
        t.sentiment = 1;
        t.summary = QStringLiteral("check-in");
        if (!book.touches().save(t))
            return {};
        return saved->id;
    }

    static std::optional<double> currentScore(Book& book, const Id& id)
    {
        auto h = HealthStore::current(book, id);
        return h ? h->score : std::nullopt;
    }

private slots:
    void aLoggedTouchUpdatesTheScoreAtOnce()
    {
        auto book = create();
        QVERIFY(book);
        const Id id = addAccount(*book);
        QVERIFY(!id.isEmpty());
        auto h = HealthStore::current(*book, id);
        QVERIFY(h);
        QCOMPARE(h->asOf, kToday);
        QCOMPARE(h->score, std::optional<double>(60.7));
        QCOMPARE(h->band, std::optional<HealthBand>(HealthBand::Yellow));
        QVERIFY(!h->scoreBefore);
        QCOMPARE(h->modelVersion, 1);

        // A call today with sentiment +2: q = 0, engagement 100; sentiment mean 1.5, (1.5 + 2) × 25 = 87.5.
        // (20 × 100 + 15 × 87.5) / 35 = 94.642… = 94.6, green.
        Touch t;
        t.accountId = id;
        t.occurredOn = kToday;
        t.kind = TouchKind::Meeting;
        t.sentiment = 2;
        t.summary = QStringLiteral("great QBR");
        QSignalSpy changed(book.get(), &Book::changed);
        auto saved = book->touches().save(t);
        QVERIFY(saved);
        QCOMPARE(currentScore(*book, id), std::optional<double>(94.6));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<ChangeSet>().entities.contains(ChangeSet::Entity::Health));
        auto summaries = book->accounts().summaries({id}, kToday);
        QVERIFY(summaries);
        QCOMPARE(summaries->first().healthScore, std::optional<double>(94.6));
        QCOMPARE(summaries->first().healthBand, std::optional<HealthBand>(HealthBand::Green));

        // An NPS answer of 10 (one promoter: NPS 100, factor 100, weight 15):
        // (2000 + 1312.5 + 1500) / 50 = 96.25 = 96.3 (half up).
        NpsResponse n;
        n.accountId = id;
        n.respondedOn = QDate(2025, 6, 10);
        n.score = 10;
        QVERIFY(book->nps().save(n));
        QCOMPARE(currentScore(*book, id), std::optional<double>(96.3));

        // Deleting the meeting again: back to the call alone plus NPS:
        // (20 × 50 + 15 × 75 + 15 × 100) / 50 = 72.5, green.
        QVERIFY(book->touches().remove(saved->id));
        QCOMPARE(currentScore(*book, id), std::optional<double>(72.5));

        // Seats do not matter without usage; an internal note is not a touch.
        Touch note = t;
        note.id.clear();
        note.kind = TouchKind::InternalNote;
        QVERIFY(book->touches().save(note));
        QCOMPARE(currentScore(*book, id), std::optional<double>(72.5));
    }

    void backfillWritesFiftyTwoMondaysWithTheirInputs()
    {
        auto book = create();
        QVERIFY(book);
        const Id id = addAccount(*book);
        QVERIFY(!id.isEmpty());
        QVERIFY(HealthRecompute::needsCatchUp(*book, kToday).value());
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        QVERIFY(!HealthRecompute::needsCatchUp(*book, kToday).value());
        auto caught = HealthRecompute::catchUp(*book, kToday);
        QVERIFY(caught);
        QVERIFY(!*caught);

        const QList<QDate> mondays = healthHistoryMondays(kToday);
        QCOMPARE(mondays.size(), 52);
        QCOMPARE(mondays.last(), kToday);
        QCOMPARE(mondays.first(), QDate(2024, 7, 8));
        auto history = HealthStore::history(*book, id, mondays);
        QVERIFY(history);
        QCOMPARE(history->size(), 52); // every Monday, also those without a score
        int scored = 0;
        for (const StoredHealthSnapshot& s : *history) {
            QCOMPARE(s.modelVersion, 1);
            QVERIFY(s.inputs);
            if (s.score)
                ++scored;
        }
        QCOMPARE(scored, 5); // 2025-06-02 .. 2025-06-30
        const auto on = [&](QDate d) {
            for (const StoredHealthSnapshot& s : *history) {
                if (s.asOf == d)
                    return s;
            }
            return StoredHealthSnapshot{};
        };
        // 2025-06-02: the call that day, q = 0: (20 × 100 + 15 × 75) / 35 = 89.285… = 89.3.
        QCOMPARE(on(QDate(2025, 6, 2)).score, std::optional<double>(89.3));
        // 2025-06-23: 21 days, q = 1.5: engagement 75; (20 × 75 + 15 × 75) / 35 = 75.
        QCOMPARE(on(QDate(2025, 6, 23)).score, std::optional<double>(75.0));
        QCOMPARE(on(QDate(2025, 6, 23)).band, std::optional<HealthBand>(HealthBand::Green));
        QCOMPARE(on(QDate(2025, 6, 23)).inputs->lastCustomerTouch, QDate(2025, 6, 2));
        QCOMPARE(on(QDate(2025, 6, 23)).inputs->sentimentSum, 1);
        QCOMPARE(on(QDate(2025, 6, 23)).inputs->touchModel, TouchModel::High);
        QCOMPARE(on(QDate(2025, 6, 30)).score, std::optional<double>(60.7));
        QVERIFY(!on(QDate(2025, 5, 26)).score);
        // The kept inputs give back the whole explanation with the model of their version.
        const StoredHealthSnapshot s = on(QDate(2025, 6, 23));
        const HealthExplanation e =
            scoreHealth(*s.inputs, HealthStore::model(*book, s.modelVersion).value(), s.asOf);
        QCOMPARE(e.score, s.score);
        QCOMPARE(e.factor(HealthFactor::Engagement).input, 1.5);

        // On a Monday with snapshots, an edit moves the day's snapshot too.
        NpsResponse n;
        n.accountId = id;
        n.respondedOn = QDate(2025, 6, 10);
        n.score = 0; // one detractor: NPS -100, factor 0. (1000 + 1125 + 0) / 50 = 42.5
        QVERIFY(book->nps().save(n));
        auto today = HealthStore::history(*book, id, {kToday});
        QVERIFY(today);
        QCOMPARE(today->first().score, std::optional<double>(42.5));
        QCOMPARE(currentScore(*book, id), std::optional<double>(42.5));
    }

    // The back-fill writes a day's snapshots 32 rows to a statement and the rest one by one: with 70
    // accounts (two statements of 32, then 6 rows), each account's row on each Monday carries its own inputs
    // (its seats, its last touch), not a neighbour's.
    void aBackfillWritesEachAccountsOwnRowsInGroups()
    {
        auto book = create();
        QVERIFY(book);
        constexpr int kAccounts = 70;
        QHash<Id, int> numberOf;
        for (int i = 0; i < kAccounts; ++i) {
            Account a;
            a.name = QStringLiteral("Account %1").arg(i);
            a.seats = 10 + i;
            auto saved = book->accounts().save(a);
            QVERIFY(saved);
            Touch t;
            t.accountId = saved->id;
            t.occurredOn = QDate(2025, 6, 2).addDays(-i);
            t.kind = TouchKind::Call;
            t.summary = QStringLiteral("check-in");
            QVERIFY(book->touches().save(t));
            numberOf.insert(saved->id, i);
        }
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        const QList<QDate> mondays = healthHistoryMondays(kToday);
        for (auto it = numberOf.cbegin(); it != numberOf.cend(); ++it) {
            auto history = HealthStore::history(*book, it.key(), mondays);
            QVERIFY(history);
            QCOMPARE(history->size(), mondays.size());
            const QDate touched = QDate(2025, 6, 2).addDays(-it.value());
            for (const StoredHealthSnapshot& s : *history) {
                QVERIFY(s.inputs);
                QCOMPARE(s.inputs->seats, 10 + it.value());
                QCOMPARE(s.inputs->lastCustomerTouch, s.asOf >= touched ? touched : QDate());
            }
        }
    }

    // A second back-fill replaces its Mondays' snapshots and drops those of an account deleted since; other
    // days keep theirs.
    void aSecondBackfillReplacesItsDaysAndDropsDeletedAccounts()
    {
        auto book = create();
        QVERIFY(book);
        const Id kept = addAccount(*book);
        const Id gone = addAccount(*book);
        QVERIFY(!kept.isEmpty() && !gone.isEmpty());
        const QDate older(2024, 1, 1); // before the 52 Mondays
        QVERIFY(HealthRecompute::writeHistory(*book, {older}, kToday));
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        QVERIFY(book->accounts().remove(gone));
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        const QList<QDate> mondays = healthHistoryMondays(kToday);
        auto history = HealthStore::history(*book, kept, mondays);
        QVERIFY(history);
        QCOMPARE(history->size(), 52);
        QCOMPARE(history->last().score, std::optional<double>(60.7)); // as in the test above
        QCOMPARE(HealthStore::history(*book, gone, mondays)->size(), 0);
        QCOMPARE(HealthStore::history(*book, gone, {older})->size(), 1);
        QCOMPARE(HealthStore::history(*book, kept, {older})->size(), 1);
    }

    // A pass that writes snapshots reads and writes through a 256 MB page cache and sets the connection's own
    // back when it ends, committed or cancelled; a connection that has a larger one keeps it.
    void aBackfillTakesABigPageCacheForItsLengthOnly()
    {
        auto book = create();
        QVERIFY(book);
        QVERIFY(!addAccount(*book).isEmpty());
        sqlite3* db = storage::BookAccess::d(*book)->db;
        const auto cacheSize = [db] {
            storage::Stmt q(db, "PRAGMA cache_size");
            return q.next() ? q.int64(0) : 0;
        };
        QCOMPARE(cacheSize(), -2000); // SQLite's default, the book's
        QList<qint64> during;
        const auto watch = [&](qint64, qint64) {
            during.append(cacheSize());
            return true;
        };
        QVERIFY(HealthRecompute::backfill(*book, kToday, watch));
        QCOMPARE(during, QList<qint64>{-262144});
        QCOMPARE(cacheSize(), -2000);

        during.clear();
        const auto cancel = [&](qint64, qint64) {
            during.append(cacheSize());
            return false;
        };
        const Status cancelled = HealthRecompute::backfill(*book, kToday, cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(during, QList<qint64>{-262144});
        QCOMPARE(cacheSize(), -2000);

        // Pages count by the page size (4096 bytes): 100,000 pages are more than 256 MB.
        QVERIFY(storage::exec(db, "PRAGMA cache_size = 100000"));
        during.clear();
        QVERIFY(HealthRecompute::backfill(*book, kToday, watch));
        QCOMPARE(during, QList<qint64>{100000});
        QCOMPARE(cacheSize(), 100000);
        // A recompute of the current scores alone reads one pass and writes no snapshot: it keeps the
        // default.
        QVERIFY(storage::exec(db, "PRAGMA cache_size = -2000"));
        during.clear();
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday, watch));
        QCOMPARE(during, QList<qint64>{-2000});
    }

    // A pass that is the outermost transaction of a book reads on a connection of its own, a thread ahead of
    // its writes; inside a caller's transaction it reads through the book's own (it must see the caller's
    // rows). Both write the same snapshots, and a cancelled read-ahead pass leaves the book as it was. 600
    // accounts: the reads come in several chunks, and progress is reported at 256 and 512.
    void aPassReadsAheadOnItsOwnConnectionAndWritesWhatTheInlineReadWrites()
    {
        auto book = create();
        QVERIFY(book);
        constexpr int kAccounts = 600;
        {
            Transaction tx(*book);
            for (int i = 0; i < kAccounts; ++i) {
                Account a;
                a.name = QStringLiteral("Account %1").arg(i);
                a.seats = 5 + i % 40;
                a.touchModelOverride = TouchModel(i % 3);
                auto saved = book->accounts().save(a);
                QVERIFY(saved);
                Touch t;
                t.accountId = saved->id;
                t.occurredOn = kToday.addDays(-(i % 200));
                t.kind = TouchKind::Call;
                t.sentiment = i % 5 - 2;
                t.summary = QStringLiteral("check-in");
                QVERIFY(book->touches().save(t));
                for (int day = 0; day < 90; day += 1 + i % 7) {
                    storage::Stmt u(storage::BookAccess::d(*book)->db,
                                    "INSERT INTO usage_metric (account_id, metric, date, value) "
                                    "VALUES (?1, 'active_users', ?2, ?3)");
                    u.bind(1, saved->id).bind(2, kToday.addDays(-day)).bind(3, double((i + day) % 30));
                    QVERIFY(u.run());
                }
            }
            QVERIFY(tx.commit());
        }
        sqlite3* db = storage::BookAccess::d(*book)->db;
        // Whether the book's own connection has a statement reading the usage values (an account's rows).
        const auto readsOnItsOwn = [db] {
            for (sqlite3_stmt* q = sqlite3_next_stmt(db, nullptr); q; q = sqlite3_next_stmt(db, q)) {
                if (sqlite3_stmt_busy(q) && std::strstr(sqlite3_sql(q), "FROM usage_metric"))
                    return true;
            }
            return false;
        };
        // What the passes write: the snapshots, the current scores on the account rows and the inputs kept
        // for them.
        const auto written = [db] {
            QStringList rows;
            for (const char* sql : {"SELECT * FROM health_snapshot ORDER BY as_of, account_id",
                                    "SELECT id, health_as_of, health_score, health_band, health_score_before "
                                    "FROM account ORDER BY id",
                                    "SELECT * FROM health_input ORDER BY account_id"}) {
                storage::Stmt q(db, sql);
                while (q.next()) {
                    QStringList row;
                    for (int c = 0; c < sqlite3_column_count(q.handle()); ++c)
                        row.append(q.text(c));
                    rows.append(row.join(QLatin1Char('|')));
                }
            }
            return rows;
        };
        const auto forget = [db] {
            return storage::exec(db,
                                 "DELETE FROM health_snapshot; DELETE FROM health_input; UPDATE account SET "
                                 "health_as_of = NULL, health_score = NULL, health_band = NULL, "
                                 "health_score_before = NULL");
        };
        QVERIFY(forget());
        const QStringList before = written();
        const auto cancelAt512 = [&](qint64 done, qint64) { return done < 512; };
        const Status cancelled = HealthRecompute::backfill(*book, kToday, cancelAt512);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(written(), before);

        QVERIFY(HealthRecompute::backfill(*book, kToday));
        const QStringList readAhead = written();
        QCOMPARE(readAhead.size(), 52 * kAccounts + 2 * kAccounts);
        QVERIFY(forget());
        {
            Transaction tx(*book);
            QVERIFY(HealthRecompute::backfill(*book, kToday));
            QVERIFY(tx.commit());
        }
        QCOMPARE(written(), readAhead);

        // A recompute of the current scores reports each account as it is read: at 256 and 512 the book's
        // own connection is reading only when the pass joined a caller's transaction. (Without the kept
        // inputs, which it would score instead of reading the rows.)
        const auto forgetKeptInputs = [db] { return storage::exec(db, "DELETE FROM health_input"); };
        QList<bool> ownConnection;
        const auto watch = [&](qint64 done, qint64) {
            if (done < kAccounts)
                ownConnection.append(readsOnItsOwn());
            return true;
        };
        QVERIFY(forgetKeptInputs());
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday, watch));
        QCOMPARE(ownConnection, (QList<bool>{false, false}));
        ownConnection.clear();
        QVERIFY(forgetKeptInputs());
        {
            Transaction tx(*book);
            QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday, watch));
            QVERIFY(tx.commit());
        }
        QCOMPARE(ownConnection, (QList<bool>{true, true}));
        QCOMPARE(written(), readAhead);
    }

    // Schema 16: every writer of a current score keeps the inputs it scored (health_input), each edit keeps
    // its account's, and a whole-book score on that day reads them instead of the rows; what changes rows
    // otherwise forgets them. After every step the kept inputs are what the rows give.
    void theInputsKeptForTheDayFollowEveryEdit()
    {
        auto book = create();
        QVERIFY(book);
        sqlite3* db = storage::BookAccess::d(*book)->db;
        const auto keptRows = [db](QDate day) {
            storage::Stmt q(db, "SELECT count(*) FROM health_input WHERE as_of = ?1");
            q.bind(1, day);
            return q.next() ? q.int64(0) : -1;
        };
        // The inputs from the rows alone: read with the kept ones forgotten, then rolled back.
        const auto fromRows = [&] {
            Transaction tx(*book);
            (void)storage::exec(db, "DELETE FROM health_input");
            return HealthStore::readInputs(*book, kToday).value();
        };
        const auto sameAsRows = [&]() -> bool {
            const qint64 live = book->accounts().count().value();
            const QList<AccountHealthInputs> kept = HealthStore::readInputs(*book, kToday).value();
            const QList<AccountHealthInputs> rows = fromRows();
            if (keptRows(kToday) < live || kept.size() != rows.size())
                return false;
            for (qsizetype i = 0; i < kept.size(); ++i) {
                if (kept[i].accountId != rows[i].accountId || kept[i].customer != rows[i].customer ||
                    !(kept[i].now == rows[i].now) || !(kept[i].before == rows[i].before))
                    return false;
            }
            return true;
        };

        // Saving the account and logging its touch kept its inputs for today.
        const Id id = addAccount(*book);
        QVERIFY(!id.isEmpty());
        QCOMPARE(keptRows(kToday), 1);
        QVERIFY(sameAsRows());

        // A whole-book recompute scores the kept inputs, not the rows: told that the call was today (q = 0,
        // engagement 100) it gives (20 × 100 + 15 × 75) / 35 = 89.285… = 89.3.
        QVERIFY(storage::exec(db, "UPDATE health_input SET days_since_touch = 0"));
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday));
        QCOMPARE(currentScore(*book, id), std::optional<double>(89.3));
        // A day they are not kept for is read from the rows: 29 days, q = 29 / 14, engagement
        // 100 × (3 - 29/14) / 2 = 46.428…; (20 × 46.428… + 15 × 75) / 35 = 58.673… = 58.7. And kept again.
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday.addDays(1)));
        QCOMPARE(currentScore(*book, id), std::optional<double>(58.7));
        QCOMPARE(keptRows(kToday.addDays(1)), 1);
        QCOMPARE(keptRows(kToday), 0);
        // An account without its row of the day: all read from the rows again, 60.7 (addAccount).
        QVERIFY(storage::exec(db, "UPDATE health_input SET as_of = '2025-06-30', days_since_touch = 0"));
        Account other;
        other.name = QStringLiteral("Beta");
        other.seats = 40;
        auto beta = book->accounts().save(other);
        QVERIFY(beta);
        QVERIFY(storage::exec(db, "DELETE FROM health_input WHERE account_id <> (SELECT id FROM account "
                                  "WHERE name = 'Acme')"));
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday));
        QCOMPARE(currentScore(*book, id), std::optional<double>(60.7));
        QCOMPARE(keptRows(kToday), 2);
        QVERIFY(sameAsRows());

        // Every kind of edit keeps its account's inputs: ARR (the touch model and "customer"), seats, a
        // touch, an NPS answer, a roadmap's milestones.
        ArrEvent arr;
        arr.accountId = beta->id;
        arr.effectiveOn = QDate(2025, 1, 1);
        arr.arrAfter = 500'000'000;
        QVERIFY(book->arrEvents().save(arr));
        QVERIFY(sameAsRows());
        Account moreSeats = *beta;
        moreSeats.seats = 25;
        QVERIFY(book->accounts().save(moreSeats));
        {
            storage::Stmt q(db, "SELECT seats, customer FROM health_input WHERE account_id = ?1");
            q.bind(1, beta->id);
            QVERIFY(q.next());
            QCOMPARE(q.int32(0), 25);
            QCOMPARE(q.int32(1), 1);
        }
        QVERIFY(sameAsRows());
        Touch t;
        t.accountId = beta->id;
        t.occurredOn = kToday.addDays(-3);
        t.kind = TouchKind::Meeting;
        t.sentiment = -1;
        t.summary = QStringLiteral("escalation");
        auto escalation = book->touches().save(t);
        QVERIFY(escalation);
        QVERIFY(sameAsRows());
        // Moved to the other account, the touch leaves this one's inputs too.
        Touch moved = *escalation;
        moved.accountId = id;
        QVERIFY(book->touches().save(moved));
        QVERIFY(sameAsRows());
        moved.accountId = beta->id;
        QVERIFY(book->touches().save(moved));
        QVERIFY(sameAsRows());
        NpsResponse n;
        n.accountId = beta->id;
        n.respondedOn = kToday.addDays(-40);
        n.score = 3;
        QVERIFY(book->nps().save(n));
        QVERIFY(sameAsRows());
        Roadmap r;
        r.accountId = beta->id;
        r.name = QStringLiteral("Onboarding");
        r.kickoffOn = QDate(2025, 3, 1);
        Milestone m;
        m.title = QStringLiteral("Kick-off");
        m.dueOn = QDate(2025, 3, 15);
        m.completedOn = QDate(2025, 3, 14);
        m.status = MilestoneStatus::Done;
        r.milestones = {m};
        QVERIFY(book->roadmaps().save(r));
        QVERIFY(sameAsRows());
        {
            storage::Stmt q(db, "SELECT milestones_due, milestones_on_time, sentiment_count, nps_responses "
                                "FROM health_input WHERE account_id = ?1");
            q.bind(1, beta->id);
            QVERIFY(q.next());
            QCOMPARE(q.int32(0), 1);
            QCOMPARE(q.int32(1), 1);
            QCOMPARE(q.int32(2), 1);
            QCOMPARE(q.int32(3), 1);
        }

        // A deleted account's row goes with it.
        QVERIFY(book->accounts().remove(beta->id));
        QCOMPARE(keptRows(kToday), 1);
        QVERIFY(sameAsRows());

        // New touch-model thresholds change the touch model of every account: all forgotten, then read from
        // the rows (and kept again by the next pass). Other settings leave them.
        BookSettings settings = book->settings();
        settings.currency = QStringLiteral("USD");
        QVERIFY(book->saveSettings(settings));
        QCOMPARE(keptRows(kToday), 1);
        settings.highTouchMinArr += 1;
        QVERIFY(book->saveSettings(settings));
        QCOMPARE(keptRows(kToday), 0);
        QVERIFY(HealthRecompute::recomputeCurrent(*book, kToday));
        QCOMPARE(keptRows(kToday), 1);
        QVERIFY(sameAsRows());
    }

    // Touches' logged times (the sentiment order's tie-break) are read by hand in the book's own form and
    // through Qt in any other.
    void storedTimestampsReadAsQtReadsThem()
    {
        using storage::parseIsoTimestampMs;
        QCOMPARE(parseIsoTimestampMs("1970-01-01T00:00:00.000Z", 24), Q_INT64_C(0));
        QCOMPARE(parseIsoTimestampMs("1969-12-31T23:59:59.999Z", 24), Q_INT64_C(-1));
        // 2000-01-01 is 10,957 days after the epoch: 946,684,800 s.
        QCOMPARE(parseIsoTimestampMs("2000-01-01T00:00:00.000Z", 24), Q_INT64_C(946684800000));
        // One day, 2 h, 3 min and 4.567 s later: + 93,784,567 ms.
        QCOMPARE(parseIsoTimestampMs("2000-01-02T02:03:04.567Z", 24), Q_INT64_C(946778584567));
        // Other forms: an offset, no milliseconds.
        QCOMPARE(parseIsoTimestampMs("2000-01-01T09:00:00.000+09:00", 29), Q_INT64_C(946684800000));
        QCOMPARE(parseIsoTimestampMs("2000-01-01T00:00:01Z", 20), Q_INT64_C(946684801000));
        // Out of range (hour 24, a 30 February): whatever Qt makes of it.
        for (const char* odd : {"2000-01-01T24:30:00.000Z", "2001-02-30T00:00:00.000Z"}) {
            const auto qt = QDateTime::fromString(QString::fromLatin1(odd), Qt::ISODateWithMs);
            QCOMPARE(parseIsoTimestampMs(odd, 24), qt.toMSecsSinceEpoch());
        }
        // Stmt::timestamp (every row's updated_at in the portfolio's read) the same way, in UTC.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        {
            storage::Stmt q(db, "SELECT '2000-01-02T02:03:04.567Z', '2000-01-01T09:00:00.000+09:00', "
                                "'2001-02-30T00:00:00.000Z', NULL");
            QVERIFY(q.next());
            const QDateTime first = q.timestamp(0);
            QCOMPARE(first, QDateTime(QDate(2000, 1, 2), QTime(2, 3, 4, 567), Qt::UTC));
            QCOMPARE(first.timeSpec(), Qt::UTC);
            QCOMPARE(q.timestamp(1), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
            QCOMPARE(q.timestamp(1).timeSpec(), Qt::UTC);
            QVERIFY(!q.timestamp(2).isValid()); // 30 February: Qt reads no date
            QVERIFY(!q.timestamp(3).isValid());
        }
        sqlite3_close(db);
    }

    void aNewDayIsCaughtUp()
    {
        auto book = create();
        QVERIFY(book);
        const Id id = addAccount(*book);
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        // A week later: one more Monday, and the current score as of that day (35 days: q = 2.5, 25;
        // (20 × 25 + 15 × 75) / 35 = 46.428… = 46.4).
        const QDate later = kToday.addDays(7);
        QVERIFY(HealthRecompute::needsCatchUp(*book, later).value());
        auto caught = HealthRecompute::catchUp(*book, later);
        QVERIFY(caught);
        QVERIFY(*caught);
        auto h = HealthStore::current(*book, id);
        QCOMPARE(h->asOf, later);
        QCOMPARE(h->score, std::optional<double>(46.4));
        QVERIFY(HealthStore::hasSnapshotsOn(*book, later).value());
    }

    // New touch-model thresholds change an account's touch model, so its cadence: the catch-up (which the
    // window starts after a change of settings) scores it again. A low-touch account (ARR 5,000,000; low
    // touch from 1,000,000, high from 10,000,000: cadence 30 days) with a call 28 days ago, sentiment +1:
    // q = 28 / 30 < 1, engagement 100; (20 × 100 + 15 × 75) / 35 = 89.285… = 89.3. High touch from 5,000,000
    // (cadence 14): q = 2, engagement 50; (20 × 50 + 15 × 75) / 35 = 60.714… = 60.7.
    void newTouchModelThresholdsAreCaughtUp()
    {
        auto book = create();
        QVERIFY(book);
        Account a;
        a.name = QStringLiteral("Gamma");
        auto saved = book->accounts().save(a);
        QVERIFY(saved);
        ArrEvent arr;
        arr.accountId = saved->id;
        arr.effectiveOn = QDate(2025, 1, 1);
        arr.arrAfter = 5'000'000;
        QVERIFY(book->arrEvents().save(arr));
        Touch t;
        t.accountId = saved->id;
        t.occurredOn = QDate(2025, 6, 2);
        t.kind = TouchKind::Call;
        t.sentiment = 1;
        t.summary = QStringLiteral("check-in");
        QVERIFY(book->touches().save(t));
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        QCOMPARE(currentScore(*book, saved->id), std::optional<double>(89.3));
        QVERIFY(!HealthRecompute::needsCatchUp(*book, kToday).value());

        BookSettings settings = book->settings();
        settings.holidayCalendar = QStringLiteral("none"); // not an input of health: nothing to catch up
        QVERIFY(book->saveSettings(settings));
        QVERIFY(!HealthRecompute::needsCatchUp(*book, kToday).value());
        settings.highTouchMinArr = 5'000'000;
        QVERIFY(book->saveSettings(settings));
        QVERIFY(HealthRecompute::needsCatchUp(*book, kToday).value());
        auto caught = HealthRecompute::catchUp(*book, kToday);
        QVERIFY(caught);
        QVERIFY(*caught);
        QCOMPARE(currentScore(*book, saved->id), std::optional<double>(60.7));
        QVERIFY(!HealthRecompute::needsCatchUp(*book, kToday).value());
    }

    void savingAModelBumpsTheVersionAndRecomputes()
    {
        auto book = create();
        QVERIFY(book);
        const Id id = addAccount(*book);
        QVERIFY(HealthRecompute::backfill(*book, kToday));
        HealthModel edited = HealthModel::fromSettings(book->settings());
        QCOMPARE(edited.version, 1);

        // The same rules: nothing to save.
        auto same = HealthRecompute::saveModel(*book, edited, kToday);
        QVERIFY(same);
        QCOMPARE(*same, 1);

        // Cancelled: the old model and scores stay.
        edited.setWeight(HealthFactor::Engagement, 0);
        auto cancelled =
            HealthRecompute::saveModel(*book, edited, kToday, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(book->settings().healthModelVersion, 1);
        QCOMPARE(book->settings().weightEngagement, 20.0);
        QCOMPARE(currentScore(*book, id), std::optional<double>(60.7));
        // Cancelled at the first account, after the model rows and the settings were written in the same
        // transaction: those are rolled back with it, and the history keeps model 1.
        QVERIFY(!HealthStore::model(*book, 2));
        QCOMPARE(HealthStore::current(*book, id)->modelVersion, 1);
        QCOMPARE(HealthStore::history(*book, id, {QDate(2025, 6, 23)})->first().modelVersion, 1);

        // Engagement weight 0: sentiment alone counts, 75; engagement has data, share 0.
        auto saved = HealthRecompute::saveModel(*book, edited, kToday);
        QVERIFY(saved);
        QCOMPARE(*saved, 2);
        QCOMPARE(book->settings().healthModelVersion, 2);
        QCOMPARE(book->settings().weightEngagement, 0.0);
        auto h = HealthStore::current(*book, id);
        QCOMPARE(h->score, std::optional<double>(75.0));
        QCOMPARE(h->modelVersion, 2);
        auto history = HealthStore::history(*book, id, {QDate(2025, 6, 23)});
        QCOMPARE(history->first().modelVersion, 2);
        QCOMPARE(history->first().score, std::optional<double>(75.0));
        // The earlier model is kept by version.
        auto v1 = HealthStore::model(*book, 1);
        QVERIFY(v1);
        QCOMPARE(v1->weight(HealthFactor::Engagement), 20.0);
        QVERIFY(!HealthStore::model(*book, 7));
        // Reopened, the book still has model 2.
        const QString path = book->path();
        book.reset();
        auto reopened = Book::open(path, Book::OpenMode::ReadWrite, m_clock);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->settings().healthModelVersion, 2);
    }

    // The rows the merged read gives for every account are the rows of that account alone (the accounts'
    // rows interleave in every table).
    void theMergedReadKeepsAccountsApart()
    {
        auto book = create();
        QVERIFY(book);
        QList<Id> ids;
        for (int i = 0; i < 5; ++i) {
            Account a;
            a.name = QStringLiteral("A%1").arg(i);
            a.seats = 10 * (i + 1);
            auto saved = book->accounts().save(a);
            QVERIFY(saved);
            ids.append(saved->id);
        }
        for (int day = 0; day < 20; ++day) {
            for (int i = 0; i < 5; ++i) {
                if ((day + i) % 3 != 0)
                    continue;
                Touch t;
                t.accountId = ids[i];
                t.occurredOn = kToday.addDays(-day * 5);
                t.kind = TouchKind::Call;
                t.sentiment = (day + i) % 5 - 2;
                t.summary = QStringLiteral("call %1").arg(day);
                const auto saved = book->touches().save(t);
                QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
                NpsResponse n;
                n.accountId = ids[i];
                n.respondedOn = kToday.addDays(-day * 9);
                n.score = (day * 7 + i) % 11;
                QVERIFY(book->nps().save(n));
            }
        }
        const BookSettings settings = book->settings();
        int visited = 0;
        const Status st = HealthStore::forEachAccountRows(*book, {}, {}, [&](const HealthStore::Account& a) {
            ++visited;
            auto one = HealthStore::readRows(*book, a.id);
            if (!one)
                return false;
            // The reference: the account's rows through the repositories.
            auto account = book->accounts().get(a.id);
            auto touches = book->touches().forAccount(a.id);
            auto nps = book->nps().forAccount(a.id);
            const HealthAccountRows ref = healthRowsOf(*account, {}, {}, *touches, *nps, {});
            for (int back = 0; back < 200; back += 13) {
                const QDate d = kToday.addDays(-back);
                const HealthInputs expected = healthInputsAt(ref, settings, d);
                if (!(healthInputsAt(a.rows, settings, d) == expected) ||
                    !(healthInputsAt(*one, settings, d) == expected)) {
                    qWarning() << "inputs differ for" << a.name << "on" << d;
                    return false;
                }
            }
            return true;
        });
        QVERIFY(st);
        QCOMPARE(visited, 5);
    }

    // Found by csm-stress --faults --tmpfs: on a disk with 256 KB free, the import's health back-fill read
    // ARR events after SQLite had rolled the import back (a cache spill that found no room), went on with the
    // other tables and wrote every account's score in a transaction of its own, so the refused import still
    // changed the book. A table that cannot be read now stops the read before any account is visited. Here
    // SQLite refuses the ARR events by an authorizer instead of a full disk.
    void aTableThatCannotBeReadStopsTheReadBeforeAnyAccount()
    {
        auto book = create();
        QVERIFY(book);
        QVERIFY(!addAccount(*book).isEmpty());
        QVERIFY(!addAccount(*book).isEmpty());
        sqlite3* db = storage::BookAccess::d(*book)->db;
        const auto denyArrEvents = [](void*, int action, const char* table, const char*, const char*,
                                      const char*) {
            return action == SQLITE_READ && table && std::strcmp(table, "arr_event") == 0 ? SQLITE_DENY
                                                                                          : SQLITE_OK;
        };
        sqlite3_set_authorizer(db, denyArrEvents, nullptr);
        int visited = 0;
        const Status st = HealthStore::forEachAccountRows(*book, {}, {}, [&](const HealthStore::Account&) {
            ++visited;
            return true;
        });
        sqlite3_set_authorizer(db, nullptr, nullptr);
        QVERIFY(!st);
        QCOMPARE(visited, 0);
    }

    void tombstonedAccountsAreLeftOut()
    {
        auto book = create();
        QVERIFY(book);
        const Id id = addAccount(*book);
        QVERIFY(book->accounts().remove(id));
        auto rows = HealthStore::readRows(*book, id);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, Error::Code::NotFound);
        auto inputs = HealthStore::readInputs(*book, kToday);
        QVERIFY(inputs);
        QVERIFY(inputs->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthStore)
#include "tst_healthstore.moc"
