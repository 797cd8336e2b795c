// Issue 12's health figures: a full recompute of current scores against the bare SQL aggregate of the same
// inputs (its floor), the back-fill of 52 Mondays, one account's update after an edit, the back-test and the
// Health tab's read.

#include "BookFile.h"
#include "BookPrivate.h"
#include "Scenarios.h"
#include "Sqlite.h"
#include "domain/HealthHistory.h"
#include "domain/Settings.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/HealthStore.h"
#include "storage/Repositories.h"
#include "ui/health/HealthTab.h"

#include <sqlite3.h>

namespace csm::bench {

namespace {

Figure healthFigure(const QString& key, const QString& what, int accounts, const Sample& s)
{
    return timeFigure(key, what, accounts, s);
}

void atMost(Figure& f, int accounts, int from, double target)
{
    if (accounts < from)
        return;
    f.goal = Goal::AtMost;
    f.target = target;
    f.targetSource = QStringLiteral("issue 12");
}

// The floor: the inputs of every account on d and d - 30 as bare SQL aggregates (the usage sums and counts of
// both windows, the latest customer touch, the NPS counts, the milestones due), each a GROUP BY over its
// table, read to the end through the C API.
double aggregateFloorMs(sqlite3* db, QDate asOf)
{
    const QByteArray d = asOf.toString(Qt::ISODate).toLatin1();
    const QByteArray from = asOf.addDays(-89).toString(Qt::ISODate).toLatin1();
    const QByteArray npsFrom = asOf.addDays(-394).toString(Qt::ISODate).toLatin1();
    const char* const statements[] = {
        "SELECT account_id, sum(value), count(*) FROM usage_metric WHERE metric = 'active_users' "
        "AND date BETWEEN ?2 AND ?1 GROUP BY account_id, date >= date(?1, '-29 days'), date >= date(?1, '-59 "
        "days')",
        "SELECT account_id, max(occurred_on), count(sentiment) FROM touch WHERE deleted = 0 "
        "AND kind <> 'internal_note' AND occurred_on <= ?1 GROUP BY account_id",
        "SELECT account_id, count(*), sum(score >= 9), sum(score <= 6) FROM nps_response WHERE deleted = 0 "
        "AND responded_on BETWEEN ?3 AND ?1 GROUP BY account_id",
        "SELECT r.account_id, count(*), sum(m.status = 'skipped' OR (m.status = 'done' AND m.completed_on <= "
        "m.due_on)) FROM milestone m JOIN roadmap r ON r.id = m.roadmap_id WHERE m.deleted = 0 AND r.deleted "
        "= 0 "
        "AND r.active = 1 AND m.due_on <= ?1 GROUP BY r.account_id",
        "SELECT id, seats, arr FROM account WHERE deleted = 0",
    };
    const Sample s = timeMs(1, nullptr, [&] {
        for (const char* sql : statements) {
            sqlite3_stmt* q = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK)
                return;
            sqlite3_bind_text(q, 1, d.constData(), int(d.size()), SQLITE_STATIC);
            if (sqlite3_bind_parameter_count(q) >= 2)
                sqlite3_bind_text(q, 2, from.constData(), int(from.size()), SQLITE_STATIC);
            if (sqlite3_bind_parameter_count(q) >= 3)
                sqlite3_bind_text(q, 3, npsFrom.constData(), int(npsFrom.size()), SQLITE_STATIC);
            while (sqlite3_step(q) == SQLITE_ROW) {
            }
            sqlite3_finalize(q);
        }
    });
    return s.median;
}

} // namespace

void benchHealth(Harness& h, const Config& config, int accounts)
{
    const FixedClock clock(config.asOf);
    Result<std::unique_ptr<Book>> opened =
        Book::open(bookPath(config, accounts), Book::OpenMode::ReadWrite, clock);
    if (!opened) {
        qWarning("cannot open the book: %s", qPrintable(opened.error().toString()));
        return;
    }
    Book& book = **opened;
    const int runs = accounts >= 100000 ? config.slowRuns : config.runs;

    // Full recompute of the current scores, against the bare aggregate of its inputs (same run): from the
    // book's rows (a new day: the catch-up when the book is opened), each run after the inputs kept for the
    // day are forgotten; then as a saved model, its preview or `report health` score the day again, from the
    // inputs the first run kept (schema 16, HealthInputsKept.h).
    sqlite3* db = storage::BookAccess::d(book)->db;
    QList<double> floors;
    for (int i = 0; i < runs; ++i)
        floors.append(aggregateFloorMs(db, config.asOf));
    const double floor = summarize(floors).median;
    const QString floorWhat = QStringLiteral("bare SQL aggregates of the same inputs (GROUP BY per table)");
    const Sample fromRows = timeMs(
        runs, [&] { (void)storage::exec(db, "DELETE FROM health_input"); },
        [&] { (void)HealthRecompute::recomputeCurrent(book, config.asOf); });
    Figure r =
        healthFigure(QStringLiteral("health.recompute_rows"),
                     QStringLiteral("Health: full recompute of current scores from the rows (a new day)"),
                     accounts, fromRows);
    if (accounts >= 100000) {
        r.goal = Goal::RatioAtMost;
        r.target = 3;
        r.targetSource = QStringLiteral("issue 12");
    }
    r.floor = floor;
    r.floorWhat = floorWhat;
    h.add(r);
    const Sample full =
        timeMs(runs, nullptr, [&] { (void)HealthRecompute::recomputeCurrent(book, config.asOf); });
    Figure f = healthFigure(
        QStringLiteral("health.recompute"),
        QStringLiteral("Health: full recompute of current scores (inputs kept for the day)"), accounts, full);
    atMost(f, accounts, 100000, 1000);
    f.floor = floor;
    f.floorWhat = floorWhat;
    f.note = QStringLiteral("issue 12: under 1 s and at most 3x the floor at 100,000 accounts");
    h.add(f);

    // One account's update, as every committed edit runs it: its rows, both scores.
    const QList<Id> ids = [&] {
        QList<Id> all;
        (void)HealthStore::forEachAccountRows(book, config.asOf, config.asOf,
                                              [&](const HealthStore::Account& a) {
                                                  all.append(a.id);
                                                  return all.size() < 2000;
                                              });
        return all;
    }();
    int next = 0;
    const BookSettings settings = book.settings();
    const HealthModel model = HealthModel::fromSettings(settings);
    const Sample one = timeMs(5 * config.runs, nullptr, [&] {
        const Id& id = ids.at((next += 7919) % ids.size());
        const HealthAccountRows rows = HealthStore::readRows(book, id).value();
        AccountHealthInputs in;
        in.now = healthInputsAt(rows, settings, config.asOf);
        in.before = healthInputsAt(rows, settings, config.asOf.addDays(-kHealthTrendDays));
        (void)scoreAccountHealth(in, model, config.asOf);
    });
    Figure u = healthFigure(QStringLiteral("health.account_update"),
                            QStringLiteral("Health: one account's score after an edit (read + score)"),
                            accounts, one);
    atMost(u, accounts, 0, 10);
    h.add(u);

    // The Health tab's read (the reader thread's job before the tab shows).
    const Sample tab = timeMs(5 * config.runs, nullptr, [&] {
        (void)HealthTab::read(book, ids.at((next += 7919) % ids.size()), config.asOf);
    });
    Figure t = healthFigure(QStringLiteral("health.tab_read"), QStringLiteral("Health tab: read one account"),
                            accounts, tab);
    atMost(t, accounts, 0, 100);
    h.add(t);

    // The back-test (read of the cases, scoring, figures).
    const Sample backtest = timeMs(runs, nullptr, [&] {
        const BacktestBasis basis = HealthStore::backtestBasis(book, config.asOf).value();
        (void)backtestHealthModel(basis.cases, basis.accounts, model, config.asOf);
    });
    Figure b = healthFigure(QStringLiteral("health.backtest"), QStringLiteral("Health: back-test"), accounts,
                            backtest);
    if (accounts == 10000)
        atMost(b, accounts, 10000, 2000);
    h.add(b);

    // The back-fill of 52 Mondays with the current scores (one transaction, on the writer thread in the app).
    const Sample fill = timeMs(accounts >= 100000 ? 1 : runs, nullptr,
                               [&] { (void)HealthRecompute::backfill(book, config.asOf); });
    Figure bf = healthFigure(QStringLiteral("health.backfill"),
                             QStringLiteral("Health: back-fill of 52 weekly snapshots"), accounts, fill);
    atMost(bf, accounts, 100000, 30000);
    h.add(bf);
}

} // namespace csm::bench
