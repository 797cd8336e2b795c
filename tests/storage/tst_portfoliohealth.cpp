// Where the portfolio's health comes from (storage/PortfolioRows.h, docs/decisions.md "The portfolio's health
// from the book's snapshots"): the current score on the account row when it is as of the asked day, the
// Monday snapshots for the trend, the rows for the days the book has not kept; and on a generated book as of
// a Monday both ways give the same view.

#include "RawSqlite.h"
#include "io/Generator.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/PortfolioRows.h"
#include "storage/Repositories.h"

#include <QMap>

#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using csm::test::RawDb;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const QString kA = QStringLiteral("0190a000-0000-7000-8000-0000000000a1");

std::unique_ptr<Book> create(const QString& path, const Clock& clock)
{
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
    if (!book)
        qFatal("%s", qPrintable(book.error().toString()));
    return std::move(book.value());
}

// A generated book as of `asOf` (a Monday: the generator keeps the 52 Mondays up to it and the current
// scores).
std::unique_ptr<Book> generated(const QString& path, const Clock& clock, int accounts, quint64 seed)
{
    auto book = create(path, clock);
    GeneratorOptions options;
    options.accounts = accounts;
    options.seed = seed;
    options.asOf = clock.today();
    if (!generateBook(*book, options))
        qFatal("generate failed");
    return book;
}

void addAccount(Book& book)
{
    Account a;
    a.id = kA;
    a.name = QStringLiteral("Kept");
    a.owner = QStringLiteral("Aoki");
    if (auto saved = book.accounts().save(a); !saved)
        QFAIL(qPrintable(saved.error().toString()));
}

void addTouch(Book& book, QDate on)
{
    Touch t;
    t.accountId = kA;
    t.occurredOn = on;
    t.kind = TouchKind::Call;
    t.summary = QStringLiteral("Check-in");
    auto saved = book.touches().save(t);
    if (!saved)
        QFAIL(qPrintable(saved.error().toString()));
}

const PortfolioSourceAccount& only(const PortfolioSource& source)
{
    return source.accounts.constFirst();
}

void compareViews(const PortfolioView& kept, const PortfolioView& scored)
{
    QCOMPARE(kept.accounts.size(), scored.accounts.size());
    for (qsizetype i = 0; i < kept.accounts.size(); ++i) {
        const PortfolioAccount& k = kept.accounts[i];
        const PortfolioAccount& s = scored.accounts[i];
        QCOMPARE(k.id, s.id);
        QCOMPARE(k.healthScore, s.healthScore);
        if (k.healthScore)
            QCOMPARE(k.healthBand, s.healthBand);
        QCOMPARE(k.lastCustomerTouch, s.lastCustomerTouch);
        QCOMPARE(k.touchModel, s.touchModel);
        QCOMPARE(k.arr, s.arr);
    }
    for (Segment seg : {Segment::High, Segment::Low, Segment::Tech, Segment::All}) {
        const SegmentFigures& k = kept.summary[seg];
        const SegmentFigures& s = scored.summary[seg];
        QCOMPARE(k.accounts, s.accounts);
        QCOMPARE(k.healthMean, s.healthMean);
        QCOMPARE(k.healthMedian, s.healthMedian);
        QCOMPARE(k.green, s.green);
        QCOMPARE(k.yellow, s.yellow);
        QCOMPARE(k.red, s.red);
        QCOMPARE(k.noData, s.noData);
        QCOMPARE(k.cadenceCoverage, s.cadenceCoverage);
        QCOMPARE(k.arrAtRisk90.minor(), s.arrAtRisk90.minor());
    }
    QCOMPARE(kept.trend.size(), scored.trend.size());
    for (qsizetype i = 0; i < kept.trend.size(); ++i) {
        QCOMPARE(kept.trend[i].day, scored.trend[i].day);
        QCOMPARE(kept.trend[i].scored, scored.trend[i].scored);
        QCOMPARE(kept.trend[i].mean, scored.trend[i].mean);
    }
}

// The trend's Mondays of a read as of `asOf` against the snapshots the table holds, each account's score on
// each day (an account without a snapshot that day: no score). Returns how many scores were compared.
int compareTrendWithSnapshots(Book& book, QDate asOf, Book* second = nullptr)
{
    auto source = readPortfolioSource(book, asOf, {}, {}, second);
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    RawDb raw(book.path(), true);
    const QList<QDate> days = portfolioTrendDays(asOf);
    int scores = 0;
    for (qsizetype point = 0; point + 1 < days.size(); ++point) {
        QHash<QString, double> table;
        for (const QVariantList& row :
             raw.rows(QStringLiteral("SELECT account_id, score FROM health_snapshot WHERE as_of = ?1 "
                                     "AND score IS NOT NULL"),
                      {days[point].toString(Qt::ISODate)}))
            table.insert(row.at(0).toString(), row.at(1).toDouble());
        if (table.isEmpty())
            qFatal("no snapshots on %s", qPrintable(days[point].toString(Qt::ISODate)));
        for (const PortfolioSourceAccount& a : std::as_const(source->accounts)) {
            if (!a.kept.has(asOf, point))
                qFatal("day %lld not kept", qlonglong(point));
            const std::optional<double> want =
                table.contains(a.id) ? std::optional(table.value(a.id)) : std::nullopt;
            if (a.kept.score(point) != want) {
                qWarning("%s on %s: %g, the table %g", qPrintable(a.id),
                         qPrintable(days[point].toString(Qt::ISODate)), a.kept.score(point).value_or(-1),
                         want.value_or(-1));
                return -1;
            }
            scores += want ? 1 : 0;
        }
    }
    return scores;
}

// The days health_trend_day keeps, with the count of accounts of each.
QMap<QString, qint64> keptTrendDays(const QString& path)
{
    RawDb raw(path, true);
    QMap<QString, qint64> days;
    for (const QVariantList& row : raw.rows(QStringLiteral("SELECT as_of, accounts FROM health_trend_day")))
        days.insert(row.at(0).toString(), row.at(1).toLongLong());
    return days;
}

// Independently of the code under test: the days of the snapshot table that are the last Monday of their
// month (the next Monday is in another month), with the count of snapshots of each.
QMap<QString, qint64> snapshotMonthEndMondays(const QString& path)
{
    RawDb raw(path, true);
    QMap<QString, qint64> days;
    for (const QVariantList& row :
         raw.rows(QStringLiteral("SELECT as_of, count(*) FROM health_snapshot GROUP BY as_of"))) {
        const QDate day = QDate::fromString(row.at(0).toString(), Qt::ISODate);
        if (day.dayOfWeek() == Qt::Monday && day.addDays(7).month() != day.month())
            days.insert(row.at(0).toString(), row.at(1).toLongLong());
    }
    return days;
}

} // namespace

class TestPortfolioHealth : public QObject
{
    Q_OBJECT
private slots:
    void currentScoreWhenItIsTheDays()
    {
        // One low-touch account (2,000,000 JPY; cadence 30 days) with customer touches on 2026-06-10 and,
        // dated ahead, 2026-07-05; nothing else, so its health is engagement alone. The book's day is
        // Tue 2026-06-30: every save scores the account as of that day.
        QTemporaryDir dir;
        FixedClock clock(d("2026-06-30"));
        auto book = create(dir.filePath(QStringLiteral("a.sqlite")), clock);
        addAccount(*book);
        ArrEvent e;
        e.accountId = kA;
        e.effectiveOn = d("2025-01-01");
        e.kind = ArrEventKind::New;
        e.arrAfter = 2'000'000;
        QVERIFY(book->arrEvents().save(e));
        addTouch(*book, d("2026-06-10"));
        addTouch(*book, d("2026-07-05"));

        // As of the book's day: the kept current score (20 days since the touch of 2026-06-10: 100), no rows
        // read for it; the touch ahead is not the latest touch of the day. No Monday has snapshots (none were
        // back-filled), so the trend's days are scored from the rows: they are read, and before the first
        // touch there is no data.
        auto today = readPortfolioSource(*book, d("2026-06-30"));
        QVERIFY(today);
        const PortfolioSourceAccount& k = only(*today);
        QVERIFY(k.kept.has(d("2026-06-30"), 11));
        QCOMPARE(k.kept.score(11), std::optional(100.0));
        for (qsizetype point = 0; point < 11; ++point)
            QVERIFY(!k.kept.has(d("2026-06-30"), point));
        QCOMPARE(k.lastCustomerTouch, d("2026-06-10"));
        QCOMPARE(k.rows.touches.size(), 1); // read for the trend; the touch after the day is not
        const PortfolioView view =
            buildPortfolioView(today->accounts, today->settings, today->rules, d("2026-06-30"));
        QCOMPARE(view.accounts[0].healthScore, std::optional(100.0));
        QCOMPARE(view.accounts[0].lastCustomerTouch, d("2026-06-10"));
        QCOMPARE(view.trend[10].scored[std::size_t(Segment::All)], 0); // 2026-05-25: no touch yet

        // Another day: the kept score is not that day's, the rows are read and the engine scores them.
        // 2026-08-14 is 40 days after the touch of 2026-07-05: (3 - 40/30) / 2 x 100 = 83.3.
        auto later = readPortfolioSource(*book, d("2026-08-14"));
        QVERIFY(later);
        QVERIFY(!only(*later).kept.has(d("2026-08-14"), 11));
        const PortfolioView laterView =
            buildPortfolioView(later->accounts, later->settings, later->rules, d("2026-08-14"));
        QCOMPARE(laterView.accounts[0].healthScore, std::optional(83.3));
        QCOMPARE(laterView.accounts[0].lastCustomerTouch, d("2026-07-05"));

        // Once the book keeps the Monday 2026-05-25 (the trend's point for May), the view takes it: the
        // snapshot says no data (no touch by then); the other Mondays are still scored from the rows.
        QVERIFY(HealthRecompute::writeHistory(*book, {d("2026-05-25")}, d("2026-06-30")));
        auto kept = readPortfolioSource(*book, d("2026-06-30"));
        QVERIFY(kept);
        QVERIFY(only(*kept).kept.has(d("2026-06-30"), 10));
        QVERIFY(!only(*kept).kept.score(10));
        QVERIFY(!only(*kept).kept.has(d("2026-06-30"), 9));

        // Asked to score from the rows, it keeps nothing.
        auto scored = readPortfolioSource(*book, d("2026-06-30"), {.scoreFromRows = true});
        QVERIFY(scored);
        for (qsizetype point = 0; point < kPortfolioTrendPoints; ++point)
            QVERIFY(!only(*scored).kept.has(d("2026-06-30"), point));
    }

    void aNewModelMakesTheKeptScoreStale()
    {
        // A current score written under model version 1 is not the day's once the book's model is version 2
        // (saveModel recomputes it; a book changed by an older build might not have).
        QTemporaryDir dir;
        FixedClock clock(d("2026-06-30"));
        auto book = create(dir.filePath(QStringLiteral("a.sqlite")), clock);
        addAccount(*book);
        addTouch(*book, d("2026-06-10"));
        QVERIFY(only(readPortfolioSource(*book, d("2026-06-30")).value()).kept.has(d("2026-06-30"), 11));
        BookSettings s = book->settings();
        s.healthModelVersion += 1;
        QVERIFY(book->saveSettings(s));
        QVERIFY(!only(readPortfolioSource(*book, d("2026-06-30")).value()).kept.has(d("2026-06-30"), 11));
    }

    void keptAndScoredAgreeOnAGeneratedBook()
    {
        // Generated as of Monday 2026-06-29: the generator back-fills the 52 Mondays up to that day and the
        // current scores, so every day of the view is kept; scoring every day from the rows must give the
        // same view.
        const QDate monday = d("2026-06-29");
        QTemporaryDir dir;
        FixedClock clock(monday);
        auto book = generated(dir.filePath(QStringLiteral("g.sqlite")), clock, 300, 16);

        auto kept = readPortfolioSource(*book, monday);
        QVERIFY(kept);
        int live = 0;
        for (const PortfolioSourceAccount& a : std::as_const(kept->accounts)) {
            ++live;
            for (qsizetype point = 0; point < kPortfolioTrendPoints; ++point)
                QVERIFY(a.kept.has(monday, point));
            // Nothing of the rows the engine needs was read.
            QVERIFY(a.rows.usage.isEmpty() && a.rows.touches.isEmpty() && a.rows.nps.isEmpty());
        }
        QCOMPARE(live, 300);
        auto scored = readPortfolioSource(*book, monday, {.scoreFromRows = true});
        QVERIFY(scored);
        const PortfolioView fromBook =
            buildPortfolioView(kept->accounts, kept->settings, kept->rules, monday);
        const PortfolioView fromRows =
            buildPortfolioView(scored->accounts, scored->settings, scored->rules, monday);
        // Something to compare: scores on the day and on the first Monday of the trend.
        QVERIFY(fromRows.summary[Segment::All].green > 0 && fromRows.summary[Segment::All].red > 0);
        QVERIFY(fromRows.trend.first().scored[std::size_t(Segment::All)] > 100);
        compareViews(fromBook, fromRows);
        // The same for one owner.
        const QString owner = fromRows.owners.constFirst();
        compareViews(buildPortfolioView(kept->accounts, kept->settings, kept->rules, monday, owner),
                     buildPortfolioView(scored->accounts, scored->settings, scored->rules, monday, owner));
    }

    // A large book's accounts are read in two halves of their rowids and its terms come from a second
    // connection while the book's own reads the snapshots: the same rows, in table order, as one connection
    // reading all of it; with the tombstoned accounts too, as the team view reads them.
    void aSecondConnectionReadsWhatTheBooksOwnReads()
    {
        const QDate monday = d("2026-06-29");
        QTemporaryDir dir;
        FixedClock clock(monday);
        auto book = generated(dir.filePath(QStringLiteral("g.sqlite")), clock, 200, 17);
        {
            RawDb raw(book->path());
            QVERIFY2(raw.exec(QStringLiteral("UPDATE account SET deleted = 1 WHERE rowid % 9 = 0")),
                     qPrintable(raw.lastError()));
        }
        // What the book's table says, independently: the ids in rowid order, live ones and all.
        const auto idsInTableOrder = [&](bool withTombstones) {
            RawDb raw(book->path(), true);
            QStringList ids;
            for (const QVariantList& row :
                 raw.rows(withTombstones ? QStringLiteral("SELECT id FROM account ORDER BY rowid")
                                         : QStringLiteral("SELECT id FROM account WHERE deleted = 0 ORDER BY "
                                                          "rowid")))
                ids.append(row.at(0).toString());
            return ids;
        };
        const auto idsOf = [](const PortfolioSource& source) {
            QStringList ids;
            for (const PortfolioSourceAccount& a : source.accounts)
                ids.append(a.id);
            return ids;
        };

        auto second = book->openAnotherConnection(Book::Access::Read);
        QVERIFY(second);
        for (const bool withTombstones : {false, true}) {
            const PortfolioRead how{.withTombstones = withTombstones};
            auto all = readPortfolioSource(*book, monday, how);
            auto halves = readPortfolioSource(*book, monday, how, {}, second->get());
            QVERIFY(all && halves);
            const QStringList want = idsInTableOrder(withTombstones);
            QCOMPARE(want.size(), withTombstones ? 200 : 200 - 200 / 9);
            QCOMPARE(idsOf(*all), want);
            QCOMPARE(idsOf(*halves), want);
            for (qsizetype i = 0; i < all->accounts.size(); ++i) {
                const PortfolioSourceAccount& a = all->accounts[i];
                const PortfolioSourceAccount& b = halves->accounts[i];
                QCOMPARE(b.name, a.name);
                QCOMPARE(b.owner, a.owner);
                QCOMPARE(b.plan, a.plan);
                QCOMPARE(b.industry, a.industry);
                QCOMPARE(b.updatedAt, a.updatedAt);
                QCOMPARE(b.deleted, a.deleted);
                QCOMPARE(b.rows.seats, a.rows.seats);
                QCOMPARE(b.rows.currentArr, a.rows.currentArr);
                QCOMPARE(b.rows.touchModelOverride, a.rows.touchModelOverride);
                QCOMPARE(b.lastCustomerTouch, a.lastCustomerTouch);
                QCOMPARE(b.rows.arr.size(), a.rows.arr.size());
                QCOMPARE(b.renewals.size(), a.renewals.size());
                for (qsizetype point = 0; point < kPortfolioTrendPoints; ++point) {
                    QCOMPARE(b.kept.has(monday, point), a.kept.has(monday, point));
                    QCOMPARE(b.kept.score(point), a.kept.score(point));
                }
                // A tombstoned account is listed for the team merge; none of its rows is read.
                if (a.deleted)
                    QVERIFY(b.rows.arr.isEmpty() && b.renewals.isEmpty() && !b.kept.score(0));
            }
        }

        // The trend's Mondays, taken by whichever connection is free, against the snapshots the table holds
        // (a Monday the book has kept and an account without a snapshot that day: no score).
        QVERIFY(compareTrendWithSnapshots(*book, monday, second->get()) > 11 * 100);

        auto one = readPortfolioSource(*book, monday);
        auto two = readPortfolioSource(*book, monday, {}, {}, second->get());
        QVERIFY(one && two);
        QCOMPARE(two->accounts.size(), one->accounts.size());
        int renewals = 0;
        int contracts = 0;
        for (qsizetype i = 0; i < one->accounts.size(); ++i) {
            const PortfolioSourceAccount& a = one->accounts[i];
            const PortfolioSourceAccount& b = two->accounts[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.rows.arr.size(), a.rows.arr.size());
            for (qsizetype e = 0; e < a.rows.arr.size(); ++e) {
                QCOMPARE(b.rows.arr[e].effectiveOn, a.rows.arr[e].effectiveOn);
                QCOMPARE(b.rows.arr[e].arrAfter, a.rows.arr[e].arrAfter);
            }
            QCOMPARE(b.contractStart, a.contractStart);
            QCOMPARE(b.termMonths, a.termMonths);
            QCOMPARE(b.autoRenew, a.autoRenew);
            QCOMPARE(b.noticeDays, a.noticeDays);
            QCOMPARE(b.renewals.size(), a.renewals.size());
            QCOMPARE(b.openRoadmaps, a.openRoadmaps);
            for (qsizetype point = 0; point < kPortfolioTrendPoints; ++point)
                QCOMPARE(b.kept.score(point), a.kept.score(point));
            renewals += int(a.renewals.size());
            contracts += a.contractStart.isValid() ? 1 : 0;
        }
        QVERIFY(renewals > 0 && contracts > 100); // something was read
        compareViews(buildPortfolioView(one->accounts, one->settings, one->rules, monday),
                     buildPortfolioView(two->accounts, two->settings, two->rules, monday));
    }

    // Schema 14 keeps the trend's Mondays in one row each (storage/HealthTrendDays.h): the back-fill keeps
    // every last Monday of a month that has snapshots; a write to a snapshot of a kept day forgets the day's
    // row and the catch-up keeps it again; the trend reads the row, and reads the snapshots of a day whose
    // row it cannot read whole or that has none.
    void theTrendMondaysKeptInOneRowEach()
    {
        const QDate monday = d("2026-06-29"); // the last Monday of June
        QTemporaryDir dir;
        FixedClock clock(monday);
        auto book = generated(dir.filePath(QStringLiteral("g.sqlite")), clock, 120, 18);
        const QString path = book->path();
        // The 52 Mondays from 2025-07-07 to 2026-06-29: the last Mondays of July 2025 to June 2026.
        const QMap<QString, qint64> monthEnds = snapshotMonthEndMondays(path);
        QCOMPARE(monthEnds.size(), 12);
        QCOMPARE(monthEnds.firstKey(), QStringLiteral("2025-07-28"));
        QCOMPARE(monthEnds.value(QStringLiteral("2026-06-29")), 120);
        QCOMPARE(keptTrendDays(path), monthEnds);
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60);
        auto fresh = book->check(false);
        QVERIFY2(fresh && fresh->ok, qPrintable(fresh ? fresh->problems.join(u'\n') : QString()));
        auto needs = HealthRecompute::needsCatchUp(*book, monday);
        QVERIFY(needs && !*needs);

        // A day without its row is read from its snapshots; the catch-up keeps it again.
        const QDate day = portfolioTrendDays(monday).at(5);
        const QString dayText = day.toString(Qt::ISODate);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM health_trend_day WHERE as_of = ?1"), {dayText}));
        }
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60); // that day from its snapshots
        needs = HealthRecompute::needsCatchUp(*book, monday);
        QVERIFY(needs && *needs);
        auto caught = HealthRecompute::catchUp(*book, monday);
        QVERIFY(caught && *caught);
        QCOMPARE(keptTrendDays(path), monthEnds);
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60);

        // A health pass that writes a kept day forgets its row first and keeps it again from what it wrote: a
        // row made wrong behind its back (another day's scores) is right again after the day is written.
        {
            RawDb raw(path);
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE health_trend_day SET (accounts, scores) = (SELECT accounts, "
                                        "scores FROM health_trend_day WHERE as_of = ?2) WHERE as_of = ?1"),
                         {dayText, monday.toString(Qt::ISODate)}));
        }
        QVERIFY(compareTrendWithSnapshots(*book, monday) < 0); // the wrong row is what the trend reads
        // The book's check names the day whose row says something else than its snapshots, and only it.
        auto checked = book->check(false);
        QVERIFY(checked && !checked->ok);
        QCOMPARE(checked->problems.size(), 1);
        QVERIFY2(checked->problems.first().contains(dayText), qPrintable(checked->problems.first()));
        QVERIFY(HealthRecompute::writeHistory(*book, {day}, monday));
        QCOMPARE(keptTrendDays(path), monthEnds);
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60);
        checked = book->check(false);
        QVERIFY2(checked && checked->ok, qPrintable(checked ? checked->problems.join(u'\n') : QString()));

        // A touch logged on a kept Monday rewrites the account's snapshot of the day: the day is forgotten.
        const QString someone =
            RawDb(path, true).column(QStringLiteral("SELECT min(id) FROM account")).first();
        Touch t;
        t.accountId = someone;
        t.occurredOn = monday;
        t.kind = TouchKind::Call;
        t.summary = QStringLiteral("Check-in");
        QVERIFY(book->touches().save(t));
        QVERIFY(!keptTrendDays(path).contains(monday.toString(Qt::ISODate)));
        caught = HealthRecompute::catchUp(*book, monday);
        QVERIFY(caught && *caught);
        QCOMPARE(keptTrendDays(path), monthEnds);

        // A tombstoned account's snapshots go when the history is written again; the day's row with them.
        QVERIFY(book->accounts().remove(someone));
        QVERIFY(HealthRecompute::writeHistory(*book, {day}, monday));
        const QMap<QString, qint64> afterRemove = snapshotMonthEndMondays(path);
        QCOMPARE(afterRemove.value(dayText), 119);
        QCOMPARE(keptTrendDays(path), afterRemove);
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60);

        // A row this build cannot read whole (cut short): the day's snapshots are read instead.
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE health_trend_day SET scores = substr(scores, 1, 100) "
                                            "WHERE as_of = ?1"),
                             {dayText}));
        }
        QVERIFY(compareTrendWithSnapshots(*book, monday) > 11 * 60);

        // The trend reads the row, not the snapshots: changed behind the health writers' back, the snapshots
        // of a kept day say 0 and the trend still has the row's scores; without the row, the snapshots'
        // zeros.
        const QString other = portfolioTrendDays(monday).at(3).toString(Qt::ISODate);
        const auto zerosOnDay3 = [&] {
            auto source = readPortfolioSource(*book, monday);
            if (!source)
                qFatal("%s", qPrintable(source.error().toString()));
            int zeros = 0;
            for (const PortfolioSourceAccount& a : std::as_const(source->accounts))
                zeros += a.kept.score(3) == 0.0 ? 1 : 0;
            return zeros;
        };
        const int zerosBefore = zerosOnDay3();
        QVERIFY(zerosBefore < 20);
        {
            RawDb raw(path);
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE health_snapshot SET score = 0 WHERE as_of = ?1"), {other}));
        }
        QCOMPARE(zerosOnDay3(), zerosBefore);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM health_trend_day WHERE as_of = ?1"), {other}));
        }
        QCOMPARE(zerosOnDay3(), 119); // every live account has a snapshot that day
    }
};

QTEST_GUILESS_MAIN(TestPortfolioHealth)
#include "tst_portfoliohealth.moc"
