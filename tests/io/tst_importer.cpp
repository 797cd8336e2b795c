// The import engine (io/Importer.h) and the whole-book export (io/BookExport.h), issue 13: the real files of
// ../shared/data with the counts their README and a Python count of the files give, re-import idempotence,
// all-or-nothing on rejected rows, bad input that leaves the book unchanged, the JSON round trip of a
// generated book, undo of the last import, CSV export with formula neutralisation.

#include "SharedData.h"

#include "domain/Clock.h"
#include "io/BookExport.h"
#include "io/Generator.h"
#include "io/Importer.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/ImportWriter.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace csm;
using namespace csm::io;
using csm::test::sharedDataFile;

namespace {

const FixedClock kClock(QDate(2025, 6, 30));

std::unique_ptr<Book> newBook(const QString& path, const QString& currency = QStringLiteral("JPY"))
{
    Book::NewBookOptions options;
    options.currency = currency;
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock, options);
    if (!book)
        qFatal("%s", qPrintable(book.error().toString()));
    return std::move(*book);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportPreset shipped(const QString& name)
{
    for (const ImportPreset& p : shippedPresets()) {
        if (p.name == name)
            return p;
    }
    qFatal("no shipped preset %s", qPrintable(name));
    return {};
}

// A generated book of `accounts` accounts, as of the tests' day.
bool generate(Book& book, int accounts, quint64 seed)
{
    GeneratorOptions o;
    o.accounts = accounts;
    o.seed = seed;
    o.asOf = kClock.today();
    return bool(generateBook(book, o));
}

ImportOptions withPreset(const QString& path, const ImportPreset& preset)
{
    ImportOptions o;
    o.path = path;
    o.type = preset.type;
    o.csv = preset.csvOptions();
    CsvReader reader(path, o.csv);
    if (!reader.open())
        qFatal("cannot open %s", qPrintable(path));
    o.mapping = preset.apply(reader.header());
    return o;
}

qint64 count(Book& book, const char* table)
{
    auto report = book.check(false);
    return report ? report->rowCounts.value(QLatin1String(table)) : -1;
}

QByteArray jsonWithoutTimestamp(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    const qsizetype at = all.indexOf("\"exported_at\":");
    const qsizetype end = all.indexOf(',', at);
    all.remove(at, end - at);
    return all;
}

// The rows of a query, one line each (cells joined by |), through a connection of its own.
QStringList queryLines(const QString& path, const char* sql, int flags = SQLITE_OPEN_READONLY)
{
    QStringList lines;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(db));
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        QStringList cells;
        for (int c = 0; c < sqlite3_column_count(q); ++c)
            cells << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, c)));
        lines << cells.join(QLatin1Char('|'));
    }
    if (step != SQLITE_DONE)
        qFatal("%s", sqlite3_errmsg(db));
    sqlite3_finalize(q);
    sqlite3_close(db);
    return lines;
}

// The book's health as stored: every snapshot (day, account, model, score, band, inputs) and every account's
// current score, one line each.
QStringList storedHealth(const QString& path)
{
    return queryLines(path, "SELECT * FROM health_snapshot ORDER BY as_of, account_id") +
           queryLines(path, "SELECT id, health_as_of, health_model_version, health_score, health_band, "
                            "health_score_before FROM account ORDER BY id") +
           queryLines(path,
                      "SELECT as_of, layout, accounts, hex(scores) FROM health_trend_day ORDER BY as_of") +
           queryLines(path, "SELECT * FROM health_input ORDER BY account_id");
}

} // namespace

class ImporterTest : public QObject
{
    Q_OBJECT

private slots:
    // Salesforce: 22 accounts; 18 of 102 contacts name an account (84 rejected); 36 of 75 tasks link to an
    // account and a contact of it (39 rejected). Counted with Python's csv module from the files.
    void salesforceExportsImportWithTheirPresetsAndASecondRunChangesNothing()
    {
        CSM_REQUIRE_SHARED_FILE(sharedDataFile("salesforce/Account.csv"));
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));

        ImportOptions accounts = withPreset(sharedDataFile("salesforce/Account.csv"),
                                            shipped(QStringLiteral("Salesforce Data Loader: Account")));
        auto first = importFile(*book, accounts);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->added, 22);
        QCOMPARE(first->rejected, 0);
        QVERIFY(first->committed);
        QCOMPARE(count(*book, "account"), 22);
        auto again = importFile(*book, accounts);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 22);
        QCOMPARE(count(*book, "account"), 22);

        ImportOptions contacts = withPreset(sharedDataFile("salesforce/Contact.csv"),
                                            shipped(QStringLiteral("Salesforce Data Loader: Contact")));
        auto strict = importFile(*book, contacts);
        QVERIFY(strict);
        QCOMPARE(strict->added, 18);
        QCOMPARE(strict->rejected, 84);
        QVERIFY(!strict->committed); // all or nothing
        QCOMPARE(count(*book, "contact"), 0);
        QCOMPARE(strict->problems.first().field, QStringLiteral("account"));

        contacts.skipRejected = true;
        contacts.rejectsPath = dir.filePath(QStringLiteral("rejected.csv"));
        auto lenient = importFile(*book, contacts);
        QVERIFY(lenient);
        QVERIFY(lenient->committed);
        QCOMPARE(count(*book, "contact"), 18);
        // The rejects file: the header with a reason column, then each rejected row.
        CsvReader rejects(contacts.rejectsPath);
        QVERIFY(rejects.open());
        QCOMPARE(rejects.header().last(), QStringLiteral("Reason"));
        qint64 rows = 0;
        while (rejects.next())
            ++rows;
        QCOMPARE(rows, 84);

        ImportOptions tasks = withPreset(sharedDataFile("salesforce/Task.csv"),
                                         shipped(QStringLiteral("Salesforce Data Loader: Task")));
        tasks.skipRejected = true;
        auto touches = importFile(*book, tasks);
        QVERIFY2(touches, qPrintable(touches ? QString() : touches.error().toString()));
        QCOMPARE(touches->added, 36);
        QCOMPARE(touches->rejected, 39);
        QCOMPARE(count(*book, "touch"), 36);
        qint64 participants = 0;
        const QList<Account> all = book->accounts().list().value();
        for (const Account& a : all) {
            const QList<Touch> ofAccount = book->touches().forAccount(a.id).value();
            for (const Touch& t : ofAccount)
                participants += t.participantIds.size();
        }
        QCOMPARE(participants, 36); // each task's WhoId, a contact of its account
        auto twice = importFile(*book, tasks);
        QVERIFY(twice);
        QCOMPARE(twice->added, 0);
        QCOMPARE(twice->unchanged, 36);
        QCOMPARE(count(*book, "touch"), 36);
    }

    // The Cabinet Office's list: Shift_JIS (read as CP932), 1,067 dates, each once.
    void theShiftJisHolidayListImportsAsCompanyHolidays()
    {
        CSM_REQUIRE_SHARED_FILE(sharedDataFile("japan/syukujitsu.csv"));
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = sharedDataFile("japan/syukujitsu.csv");
        o.type = ImportType::Holidays;
        auto r = importFile(*book, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->encoding, QStringLiteral("cp932"));
        QCOMPARE(r->added, 1067);
        QCOMPARE(count(*book, "company_holiday"), 1067);
        auto again = importFile(*book, o);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->unchanged, 1067);
    }

    // RavenStack: 500 accounts by account_id; 5,000 subscriptions as contracts of them (end dates are not
    // whole terms, so the term column is left out and the default term kept).
    void ravenStackAccountsAndSubscriptionsImport()
    {
        CSM_REQUIRE_SHARED_FILE(sharedDataFile("ravenstack/accounts.csv"));
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("USD"));
        ImportOptions a;
        a.path = sharedDataFile("ravenstack/accounts.csv");
        a.type = ImportType::Accounts;
        auto accounts = importFile(*book, a);
        QVERIFY2(accounts, qPrintable(accounts ? QString() : accounts.error().toString()));
        QCOMPARE(accounts->added, 500);
        QCOMPARE(accounts->rejected, 0);

        ImportOptions s;
        s.path = sharedDataFile("ravenstack/subscriptions.csv");
        s.type = ImportType::Contracts;
        CsvReader reader(s.path);
        QVERIFY(reader.open());
        ColumnMapping m = suggestMapping(ImportType::Contracts, reader.header());
        if (const int end = m.columnOf(u"end_date"); end >= 0)
            m.columns[end] = ColumnTarget();
        s.mapping = m;
        auto contracts = importFile(*book, s);
        QVERIFY2(contracts, qPrintable(contracts ? QString() : contracts.error().toString()));
        QCOMPARE(contracts->rejected, 0);
        QCOMPARE(contracts->added, 5000);
        QCOMPARE(count(*book, "contract"), 5000);
    }

    // A usage file with the headers account,date,metric,value maps itself; the account by external id or
    // name. A second run changes nothing; a changed value updates.
    void aLongUsageFileMapsItselfAndUpdatesOnASecondFile()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        const QString accounts = writeFile(dir, QStringLiteral("a.csv"),
                                           "external_id,name\nX-1,株式会社 吉田産業\nX-2,Acme Inc.\n");
        ImportOptions a;
        a.path = accounts;
        QVERIFY(importFile(*book, a));
        const QString usage = writeFile(dir, QStringLiteral("u.csv"),
                                        "account,date,metric,value\n"
                                        "X-1,2025-04-01,active_users,10\n"
                                        "吉田産業（株）,2025/4/2,active_users,\"1,200\"\n"
                                        "ACME,令和7年4月3日,active_users,１２\n");
        ImportOptions u;
        u.path = usage;
        u.type = ImportType::Usage;
        auto r = importFile(*book, u);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->added, 3);
        QCOMPARE(count(*book, "usage_metric"), 3);
        auto again = importFile(*book, u);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 3);
        const QString changed = writeFile(dir, QStringLiteral("u2.csv"),
                                          "account,date,metric,value\nX-1,2025-04-01,active_users,11\n");
        u.path = changed;
        auto update = importFile(*book, u);
        QVERIFY(update);
        QCOMPARE(update->updated, 1);
        QCOMPARE(count(*book, "usage_metric"), 3);
        // Undo gives the 10 back.
        auto undone = undoLastImport(*book);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
        QCOMPARE(undone->restored, 1);
        QCOMPARE(count(*book, "usage_metric"), 3);
        u.path = usage;
        auto check = importFile(*book, u);
        QVERIFY(check);
        QCOMPARE(check->unchanged, 3);
    }

    // An import that added accounts is undone: they go, with the health history its back-fill wrote for
    // them, and the health of the others is as before the import (the delete used to break the snapshots'
    // foreign key, and the undo was refused as "edited since").
    void anImportThatAddedAccountsIsUndone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        auto book = newBook(path);
        ImportOptions first;
        first.path =
            writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nX-1,Acme Inc.\nX-2,Beta Ltd.\n");
        QVERIFY(importFile(*book, first));
        QVERIFY(count(*book, "health_snapshot") > 0);
        // The last Monday of each month of the 52 weeks, kept in one row each (schema 14).
        QCOMPARE(queryLines(path, "SELECT count(*) FROM health_trend_day"),
                 QStringList{QStringLiteral("12")});
        const QStringList before = storedHealth(path);
        ImportOptions second;
        second.path = writeFile(dir, QStringLiteral("b.csv"),
                                "external_id,name\nX-3,Gamma GK\nX-4,Delta KK\nX-1,Acme Inc.\n");
        auto added = importFile(*book, second);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(added->added, 2);
        QCOMPARE(count(*book, "account"), 4);
        auto undone = undoLastImport(*book);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
        QCOMPARE(undone->removed, 2);
        QCOMPARE(count(*book, "account"), 2);
        QCOMPARE(storedHealth(path), before);
    }

    // Bad input: each rejected with its line (and column), and the book unchanged.
    void badRowsAreRejectedWithTheirLineAndTheBookIsUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown account") << QByteArray("account,date,metric,value\nNope,2025-04-01,a,1\n")
                                         << int(ImportType::Usage) << qint64(2) << QStringLiteral("account");
        QTest::newRow("date that does not exist")
            << QByteArray("account,date,metric,value\nX-1,2025-02-30,a,1\n") << int(ImportType::Usage)
            << qint64(2) << QStringLiteral("date");
        QTest::newRow("reiwa 0") << QByteArray("account,date,metric,value\nX-1,令和0年4月1日,a,1\n")
                                 << int(ImportType::Usage) << qint64(2) << QStringLiteral("date");
        QTest::newRow("duplicate key in the file")
            << QByteArray("account,date,metric,value\nX-1,2025-04-01,a,1\nX-1,2025-04-01,a,2\n")
            << int(ImportType::Usage) << qint64(3) << QStringLiteral("metric");
        QTest::newRow("duplicate account in the file")
            << QByteArray("external_id,name\nX-9,New One\nX-9,New One again\n") << int(ImportType::Accounts)
            << qint64(3) << QString();
        QTest::newRow("bad corporate number")
            << QByteArray("name,法人番号\nFoo,1234567890123\n") << int(ImportType::Accounts) << qint64(2)
            << QStringLiteral("corporate_number");
        QTest::newRow("ragged row") << QByteArray("account,date,metric,value\nX-1,2025-04-01,a\n")
                                    << int(ImportType::Usage) << qint64(2) << QString();
    }

    void badRowsAreRejectedWithTheirLineAndTheBookIsUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, type);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString bookPath = dir.filePath(QStringLiteral("b.sqlite"));
        auto book = newBook(bookPath);
        ImportOptions a;
        a.path = writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nX-1,One\n");
        QVERIFY(importFile(*book, a));
        const qint64 accounts = count(*book, "account");
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("bad.csv"), content);
        o.type = ImportType(type);
        auto r = importFile(*book, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->rejected, 1);
        QVERIFY(!r->committed);
        QVERIFY(!r->problems.isEmpty());
        QCOMPARE(r->problems.first().line, line);
        QCOMPARE(r->problems.first().field, field);
        QCOMPARE(count(*book, "account"), accounts);
        QCOMPARE(count(*book, "usage_metric"), 0);
        auto last = lastImport(*book);
        QVERIFY(last && *last);
        QCOMPARE((*last)->file, QStringLiteral("a.csv")); // no batch of the rejected file
    }

    // Problems that make the file unreadable are errors with the line and column; nothing is written.
    void anUnclosedQuoteIsAnErrorWithItsPosition()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("q.csv"), "external_id,name\nX-1,\"One\nX-2,Two\n");
        auto r = importFile(*book, o);
        QVERIFY(!r);
        QVERIFY2(r.error().where.contains(QStringLiteral("line 2")), qPrintable(r.error().toString()));
        QCOMPARE(count(*book, "account"), 0);
        o.path = writeFile(dir, QStringLiteral("e.csv"), "");
        QVERIFY(!importFile(*book, o));
        o.path = writeFile(dir, QStringLiteral("h.csv"), "external_id,name\n");
        QVERIFY(!importFile(*book, o));
    }

    // A dry run says what would happen and changes nothing.
    void aDryRunChangesNothing()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nX-1,One\nX-2,Two\n");
        o.dryRun = true;
        auto r = importFile(*book, o);
        QVERIFY(r);
        QCOMPARE(r->added, 2);
        QVERIFY(!r->committed);
        QCOMPARE(count(*book, "account"), 0);
    }

    // Names: 株式会社/㈱/(株) before or after the name, full- and half-width: one account (名寄せ); two
    // accounts of one name are shown, not guessed.
    void namesMatchAfterNormalisationAndAmbiguityIsShown()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"), "name,industry\n株式会社　吉田産業,A\n");
        QVERIFY(importFile(*book, o));
        o.path = writeFile(dir, QStringLiteral("b.csv"), "会社名,industry\n㈱吉田産業,B\n");
        auto r = importFile(*book, o);
        QVERIFY(r);
        QCOMPARE(r->updated, 1);
        QCOMPARE(count(*book, "account"), 1);
        o.path = writeFile(dir, QStringLiteral("c.csv"), "external_id,name\nZ-1,Twin\nZ-2,Twin\n");
        QVERIFY(importFile(*book, o));
        o.path = writeFile(dir, QStringLiteral("d.csv"), "account,date,metric,value\nTwin,2025-04-01,a,1\n");
        o.type = ImportType::Usage;
        auto twin = importFile(*book, o);
        QVERIFY(twin);
        QCOMPARE(twin->rejected, 1);
        QVERIFY2(twin->problems.first().message.contains(QStringLiteral("Z-")),
                 qPrintable(twin->problems.first().message));
    }

    // Salesforce's 15-character id finds the account imported with its 18-character form.
    void aSalesforce15CharacterIdMatchesIts18CharacterForm()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"), "external_id,name\n0015g00000N1cWBAAZ,Acme\n");
        QVERIFY(importFile(*book, o));
        o.path =
            writeFile(dir, QStringLiteral("b.csv"), "external_id,name,industry\n0015g00000N1cWB,Acme,Tech\n");
        auto r = importFile(*book, o);
        QVERIFY(r);
        QCOMPARE(r->updated, 1);
        QCOMPARE(count(*book, "account"), 1);
    }

    // Export everything as JSON, import into an empty book, export again: identical apart from the export's
    // time stamp; the CSV export of the copy equals the first's file by file.
    void theJsonExportRoundTripsThroughAnEmptyBook()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(generate(*book, 30, 5));
        const QString first = dir.filePath(QStringLiteral("first.json"));
        auto exported = exportBookJson(*book, first);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QVERIFY(isBookExport(first));
        auto currency = bookExportCurrency(first);
        QVERIFY(currency);
        QCOMPARE(*currency, QStringLiteral("JPY"));

        auto copy = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        auto imported = importBookJson(*copy, first, false);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->rejected, 0);
        QVERIFY(imported->committed);
        // The counts per table (File ▸ Import book… shows them) add up to the whole, and name every table.
        qint64 added = 0;
        for (const ImportSummary::TableCounts& t : imported->tables)
            added += t.added + t.updated + t.unchanged;
        QCOMPARE(added, imported->rows);
        QCOMPARE(imported->tables.first().table, QStringLiteral("account")); // settings are not rows
        const QString second = dir.filePath(QStringLiteral("second.json"));
        QVERIFY(exportBookJson(*copy, second));
        QCOMPARE(jsonWithoutTimestamp(second), jsonWithoutTimestamp(first));
        QCOMPARE(copy->accounts().count().value(), book->accounts().count().value());

        // Importing it again changes nothing.
        auto again = importBookJson(*copy, first, false);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);

        const QString csvA = dir.filePath(QStringLiteral("csv-a"));
        const QString csvB = dir.filePath(QStringLiteral("csv-b"));
        auto a = exportBookCsv(*book, csvA, TextEncoding::Utf8);
        auto b = exportBookCsv(*copy, csvB, TextEncoding::Utf8);
        QVERIFY(a && b);
        QCOMPARE(a->files.size(), b->files.size());
        for (qsizetype i = 0; i < a->files.size(); ++i) {
            QFile fa(a->files[i]), fb(b->files[i]);
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            QVERIFY2(fa.readAll() == fb.readAll(), qPrintable(a->files[i]));
        }
    }

    // The book's own CSV files import back with no mapping; a formula-like name is neutralised in the file
    // and comes back as it was.
    // A value that matches several records is rejected with its candidates kept (the command line reports it
    // on its line and field); the wizard's choice decides it: the record chosen, a new one, or the row out.
    void ambiguousMatchesFollowTheUsersChoice()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions accounts;
        accounts.path =
            writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nZ-1,Twin\nZ-2,Twin\nZ-3,Solo\n");
        QVERIFY(importFile(*book, accounts));

        ImportOptions usage;
        usage.type = ImportType::Usage;
        usage.path =
            writeFile(dir, QStringLiteral("u.csv"),
                      "account,date,metric,value\nTwin,2025-04-01,logins,5\nSolo,2025-04-01,logins,3\n");
        auto asked = importFile(*book, usage);
        QVERIFY(asked);
        QCOMPARE(asked->rejected, 1);
        QVERIFY(!asked->committed);
        QCOMPARE(asked->problems.first().line, 2);
        QCOMPARE(asked->problems.first().field, QStringLiteral("account"));
        QCOMPARE(asked->ambiguous.size(), 1);
        const AmbiguousMatch& twin = asked->ambiguous.first();
        QCOMPARE(twin.line, 2);
        QCOMPARE(twin.field, QStringLiteral("account"));
        QCOMPARE(twin.value, QStringLiteral("Twin"));
        QVERIFY(!twin.canCreate); // a usage row names an account; it cannot make one
        QStringList labels;
        Id z2;
        for (const AmbiguousMatch::Candidate& c : twin.candidates) {
            labels << c.label;
            if (c.label.contains(QStringLiteral("Z-2")))
                z2 = c.id;
        }
        labels.sort();
        QCOMPARE(labels, QStringList({QStringLiteral("Twin (Z-1)"), QStringLiteral("Twin (Z-2)")}));

        usage.choices.insert({2, QStringLiteral("account")}, MatchChoice{MatchChoice::Kind::Target, z2});
        auto chosen = importFile(*book, usage);
        QVERIFY(chosen);
        QCOMPARE(chosen->added, 2);
        QCOMPARE(chosen->rejected, 0);
        QVERIFY(chosen->committed);
        // The value went to Z-2: the same row by external id changes nothing there and is new for Z-1.
        ImportOptions check;
        check.type = ImportType::Usage;
        check.dryRun = true;
        check.path = writeFile(dir, QStringLiteral("z2.csv"),
                               "account_external_id,date,metric,value\nZ-2,2025-04-01,logins,5\n"
                               "Z-1,2025-04-01,logins,5\n");
        auto after = importFile(*book, check);
        QVERIFY(after);
        QCOMPARE(after->unchanged, 1);
        QCOMPARE(after->added, 1);

        // An account row of an ambiguous name: the row left out, a new account, or the one chosen.
        ImportOptions twins;
        twins.path = writeFile(dir, QStringLiteral("t.csv"), "name,industry\nTwin,Retail\n");
        auto open = importFile(*book, twins);
        QVERIFY(open);
        QCOMPARE(open->rejected, 1);
        QVERIFY(open->ambiguous.first().canCreate);
        QCOMPARE(open->ambiguous.first().field, QStringLiteral("name"));
        twins.choices.insert({2, QStringLiteral("name")}, MatchChoice{MatchChoice::Kind::Skip, {}});
        auto skipped = importFile(*book, twins);
        QVERIFY(skipped);
        QCOMPARE(skipped->skipped, 1);
        QCOMPARE(skipped->rejected + skipped->added + skipped->updated, 0);
        twins.choices.insert({2, QStringLiteral("name")}, MatchChoice{MatchChoice::Kind::Target, z2});
        auto updated = importFile(*book, twins);
        QVERIFY(updated);
        QCOMPARE(updated->updated, 1);
        twins.choices.insert({2, QStringLiteral("name")}, MatchChoice{MatchChoice::Kind::New, {}});
        auto made = importFile(*book, twins);
        QVERIFY(made);
        QCOMPARE(made->added, 1);
        QCOMPARE(count(*book, "account"), 4);
    }

    // Two contacts of one account that a row matches alike (same name, no e-mail): the row as a whole is
    // ambiguous; "a new record" adds a third.
    void anAmbiguousRecordCanBecomeANewOne()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nK-1,Kita\n");
        QVERIFY(importFile(*book, o));
        o.type = ImportType::Contacts;
        o.path = writeFile(dir, QStringLiteral("c.csv"),
                           "account_external_id,external_id,name\nK-1,C-1,Taro\nK-1,C-2,Taro\n");
        QVERIFY(importFile(*book, o));
        o.path =
            writeFile(dir, QStringLiteral("d.csv"), "account_external_id,name,phone\nK-1,Taro,03-1234\n");
        auto asked = importFile(*book, o);
        QVERIFY(asked);
        QCOMPARE(asked->rejected, 1);
        QCOMPARE(asked->ambiguous.size(), 1);
        QCOMPARE(asked->ambiguous.first().field, QString());
        QCOMPARE(asked->ambiguous.first().candidates.size(), 2);
        QVERIFY(asked->ambiguous.first().canCreate);
        o.choices.insert({2, QString()}, MatchChoice{MatchChoice::Kind::New, {}});
        auto made = importFile(*book, o);
        QVERIFY(made);
        QCOMPARE(made->added, 1);
        QCOMPARE(count(*book, "contact"), 3);
    }

    // notice_rule and renewal_term_months, as the contract dialog stores and checks them; bad values are
    // problems on their fields.
    void contractsReadTheNoticeRuleAndTheRenewalTerm()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"), "external_id,name\nK-1,Kita\n");
        QVERIFY(importFile(*book, o));
        o.type = ImportType::Contracts;
        o.skipRejected = true;
        o.path = writeFile(dir, QStringLiteral("k.csv"),
                           "account_external_id,start_date,term_months,notice_rule,renewal_term_months\n"
                           "K-1,2025-04-01,12,day-of-month:20:1,24\n" // line 2: fine
                           "K-1,2025-05-01,12,weekly:3,\n"            // 3: not a rule
                           "K-1,2025-06-01,12,days:30,0\n"            // 4: a renewal term of 0 months
                           "K-1,2025-07-01,1,months:2,\n" // 5: deadline 2025-06-01, before the start
                           "K-1,2025-08-01,12,End-Of-Month:1:BD,\n"); // 6: fine (case ignored)
        auto r = importFile(*book, o);
        QVERIFY(r);
        QCOMPARE(r->added, 2);
        QCOMPARE(r->rejected, 3);
        QCOMPARE(r->problems.size(), 3);
        QCOMPARE(r->problems[0].line, 3);
        QCOMPARE(r->problems[0].field, QStringLiteral("notice_rule"));
        QCOMPARE(r->problems[0].column, 19); // "K-1,2025-05-01,12," is 18 characters: the rule starts at 19
        QCOMPARE(r->problems[1].line, 4);
        QCOMPARE(r->problems[1].field, QStringLiteral("renewal_term_months"));
        QCOMPARE(r->problems[2].line, 5);
        QCOMPARE(r->problems[2].field, QStringLiteral("notice_rule"));
        QVERIFY2(r->problems[2].message.contains(QStringLiteral("2025-06-01")),
                 qPrintable(r->problems[2].message));

        auto accounts = book->accounts().list();
        QVERIFY(accounts && accounts->size() == 1);
        auto contracts = book->contracts().forAccount(accounts->first().id); // by start date
        QVERIFY(contracts);
        QCOMPARE(contracts->size(), 2);
        const Contract& april = contracts->at(0);
        QCOMPARE(april.noticeRule, QStringLiteral("day-of-month:20:1"));
        QCOMPARE(april.renewalTermMonths, 24);
        // First renewal 2026-04-01, deadline 20 March 2026: 12 days before, kept for what reads days.
        QCOMPARE(april.noticeDays, 12);
        const Contract& august = contracts->at(1);
        QCOMPARE(august.noticeRule, QStringLiteral("end-of-month:1:bd"));
        QCOMPARE(august.renewalTermMonths, 0);
        // Renewal 2026-08-01; the end of July, 31 July 2026, is a Friday: 1 day before.
        QCOMPARE(august.noticeDays, 1);
    }

    // IBM's Telco churn file as accounts of a dollar book: 7,043 customers by customerID, the contract type
    // as the plan and TotalCharges as an amount. Its 11 rows with a single space as TotalCharges are blank,
    // not rejected. Python's csv and decimal: the other 7,032 add up to $16,056,168.70. A second run
    // changes nothing.
    void theTelcoChurnFileImportsAsAccounts()
    {
        const QString path = sharedDataFile("telco/Telco-Customer-Churn.csv");
        CSM_REQUIRE_SHARED_FILE(path);
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("USD"));
        ImportOptions o;
        o.path = path;
        CsvReader reader(path);
        QVERIFY(reader.open());
        const QStringList header = reader.header();
        QCOMPARE(header.size(), 21);
        ColumnMapping m;
        m.type = ImportType::Accounts;
        m.columns.resize(header.size());
        m.columns[header.indexOf(QStringLiteral("customerID"))] = ColumnTarget(QStringLiteral("name"));
        m.columns[header.indexOf(QStringLiteral("Contract"))] = ColumnTarget(QStringLiteral("plan"));
        m.columns[header.indexOf(QStringLiteral("TotalCharges"))] = ColumnTarget(QStringLiteral("arr"));
        o.mapping = m;
        auto first = importFile(*book, o);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->rows, 7043);
        QCOMPARE(first->added, 7043);
        QCOMPARE(first->rejected, 0);
        QVERIFY(first->committed);
        const QList<Account> accounts = book->accounts().list().value();
        QCOMPARE(accounts.size(), 7043);
        qint64 cents = 0;
        int none = 0;
        int twoYear = 0;
        for (const Account& a : accounts) {
            cents += a.arr;
            none += a.arr == 0 ? 1 : 0;
            twoYear += a.plan == QLatin1String("Two year") ? 1 : 0;
        }
        QCOMPARE(cents, Q_INT64_C(1605616870));
        QCOMPARE(none, 11);
        QCOMPARE(twoYear, 1695);
        auto again = importFile(*book, o);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 7043);
        QCOMPARE(again->added + again->updated + again->rejected, 0);
    }

    // Japan Post's JIGYOSYO.CSV: CP932 with ㈱ and other NEC characters, no header row, 22,245 offices.
    // Recognised as CP932 without being told. As accounts by name (column 3) with the half-width reading
    // (column 2): offices of one company under names that normalise alike (株式会社/（株） before or after,
    // ideographic spaces) are one account, so a later row with an earlier row's name repeats it and is
    // rejected with that line. Python (unicodedata NFKC, casefold, the legal forms removed, letters and
    // digits kept) counts 21,236 distinct names, so 1,009 repeats; the first at line 36, of line 35.
    void theJapanPostCompanyListImportsAsAccountsByNormalisedName()
    {
        const QString path = sharedDataFile("japan/JIGYOSYO.CSV");
        CSM_REQUIRE_SHARED_FILE(path);
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions o;
        o.path = path;
        o.dryRun = true;
        o.csv.header = HeaderRow::Absent;
        ColumnMapping m;
        m.type = ImportType::Accounts;
        m.columns.resize(13);
        m.columns[1] = ColumnTarget(QStringLiteral("name_reading"));
        m.columns[2] = ColumnTarget(QStringLiteral("name"));
        m.columns[3] = ColumnTarget(QStringLiteral("region"));
        o.mapping = m;
        auto r = importFile(*book, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->encoding, QStringLiteral("cp932"));
        QCOMPARE(r->rows, 22245);
        QCOMPARE(r->added, 21236);
        QCOMPARE(r->rejected, 1009);
        QCOMPARE(r->problems.first().line, 36);
        QVERIFY2(r->problems.first().message.contains(QStringLiteral("Line 35")),
                 qPrintable(r->problems.first().message));
        QCOMPARE(count(*book, "account"), 0); // a dry run
    }

    // The Salesforce Account export saved as UTF-16 (little- and big-endian, with their byte-order marks),
    // as Excel's "Unicode text" does: read as such and imported as the UTF-8 original is, 22 accounts.
    void aUtf16FileImportsAsItsUtf8Original()
    {
        const QString original = sharedDataFile("salesforce/Account.csv");
        CSM_REQUIRE_SHARED_FILE(original);
        QFile f(original);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray utf8 = f.readAll();
        QVERIFY(utf8.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(utf8.mid(3));
        for (const auto& [encoding, name] :
             {std::pair{QStringConverter::Utf16LE, QStringLiteral("utf-16le")},
              std::pair{QStringConverter::Utf16BE, QStringLiteral("utf-16be")}}) {
            QTemporaryDir dir;
            auto book = newBook(dir.filePath(QStringLiteral("b.sqlite")));
            QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
            const QByteArray bytes = encoder.encode(text);
            const QString path = writeFile(dir, QStringLiteral("Account.csv"), bytes);
            ImportPreset preset = shipped(QStringLiteral("Salesforce Data Loader: Account"));
            preset.encoding.reset(); // the preset says UTF-8; here the encoding is recognised from the BOM
            auto r = importFile(*book, withPreset(path, preset));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(r->encoding, name);
            QCOMPARE(r->added, 22);
            QCOMPARE(r->rejected, 0);
            // The same accounts as from the UTF-8 file: importing that now changes nothing.
            auto same = importFile(
                *book, withPreset(original, shipped(QStringLiteral("Salesforce Data Loader: Account"))));
            QVERIFY(same);
            QCOMPARE(same->unchanged, 22);
        }
    }

    // Cancelling a book import (File ▸ Import book…'s Cancel) leaves the book as it was. The reader asks
    // every 4,096 lines, so the export has more than that.
    // An import writes again only the health its rows can move: usage values from 10 June rewrite the
    // Mondays from 16 June on and the current scores, and the stored health is then exactly what a full
    // back-fill of the same book gives; contacts, which health does not read, rewrite nothing.
    void anImportRewritesTheHealthHistoryItReaches()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("partial.sqlite"));
        const QString full = dir.filePath(QStringLiteral("full.sqlite"));
        QStringList accounts;
        {
            auto book = newBook(partial);
            QVERIFY(generate(*book, 30, 12));
            auto list = book->accounts().list();
            QVERIFY(list);
            for (const Account& a : *list)
                accounts << a.id;
            QVERIFY(book->backupTo(full));
        }
        const QStringList before = storedHealth(partial);
        QVERIFY(before.size() > 30 * 52);

        // Ten days of active users far above every account's seats for a third of the accounts (adoption
        // moves), from Tuesday 10 June 2025: the first Monday that sees them is 16 June.
        QByteArray usage = "account_id,date,metric,value\n";
        for (qsizetype i = 0; i < accounts.size(); i += 3) {
            for (int day = 10; day < 20; ++day)
                usage += accounts[i].toUtf8() + ",2025-06-" + QByteArray::number(day) + ",active_users,900\n";
        }
        const QString file = writeFile(dir, QStringLiteral("usage.csv"), usage);
        ImportOptions options;
        options.path = file;
        options.type = ImportType::Usage;
        for (const QString& path : {partial, full}) {
            auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
            QVERIFY(book);
            auto r = importFile(**book, options);
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r->rejected, qint64(0));
            // The generator keeps daily usage for the last 60 days: these values replace its own.
            QCOMPARE(r->added + r->updated, qint64(10 * ((accounts.size() + 2) / 3)));
            if (path == full)
                QVERIFY(HealthRecompute::backfill(**book, kClock.today()));
        }
        const QStringList after = storedHealth(partial);
        QCOMPARE(after, storedHealth(full));
        // The import moved scores, on 16 June and later only.
        QCOMPARE(after.size(), before.size());
        QSet<QString> changedDays;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QString first = before[i].section(QLatin1Char('|'), 0, 0);
            if (before[i] != after[i] && QDate::fromString(first, Qt::ISODate).isValid())
                changedDays << first; // a snapshot's day (account lines start with the id)
        }
        QVERIFY(!changedDays.isEmpty());
        for (const QString& day : std::as_const(changedDays))
            QVERIFY2(day >= QStringLiteral("2025-06-16"), qPrintable(day));

        // Contacts: nothing health reads, nothing rewritten (a full back-fill would write the same values,
        // so the book's change counter is what shows it).
        auto book = Book::open(partial, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(book);
        const QString contacts = writeFile(dir, QStringLiteral("contacts.csv"),
                                           "account_id,name,email\n" + accounts.first().toUtf8() +
                                               ",Mika Sato,mika.sato@example.com\n");
        ImportOptions contactOptions;
        contactOptions.path = contacts;
        contactOptions.type = ImportType::Contacts;
        auto r = importFile(**book, contactOptions);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->added, qint64(1));
        QCOMPARE(storedHealth(partial), after);
        // Undone, the contacts leave the health as it was; the usage undone (the other copy's last import),
        // it is as before the import.
        QVERIFY(undoLastImport(**book));
        QCOMPARE(storedHealth(partial), after);
        auto other = Book::open(full, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(other);
        auto undone = undoLastImport(**other);
        QVERIFY2(undone, undone ? "" : qPrintable(undone.error().toString()));
        QCOMPARE(storedHealth(full), before);
    }

    // A usage value bears on the health inputs of its day and the 59 after (the two 30-day windows), and only
    // as active users: an import of another metric, or of days before the Mondays kept, rewrites no health;
    // one of active users rewrites the Mondays its windows cover, and the current scores when they or the
    // scores 30 days earlier are among them. Every stored score is first set to a mark (1.25), so that a
    // rewrite shows even where it writes the same value.
    void aUsageImportRewritesOnlyTheHealthItsWindowsCover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.sqlite"));
        QString account;
        {
            auto book = newBook(path);
            QVERIFY(generate(*book, 12, 5));
            auto list = book->accounts().list();
            QVERIFY(list && !list->isEmpty());
            account = list->first().id;
        }
        const auto mark = [&] {
            queryLines(path, "UPDATE health_snapshot SET score = 1.25", SQLITE_OPEN_READWRITE);
            queryLines(path, "UPDATE account SET health_score = 1.25", SQLITE_OPEN_READWRITE);
        };
        // The days written again since the mark ("current" for the accounts' current scores).
        const auto rewritten = [&] {
            QStringList days =
                queryLines(path, "SELECT DISTINCT as_of FROM health_snapshot WHERE score IS NOT "
                                 "1.25 ORDER BY as_of");
            if (!queryLines(path, "SELECT 1 FROM account WHERE deleted = 0 AND health_score IS NOT 1.25")
                     .isEmpty())
                days << QStringLiteral("current");
            return days;
        };
        const auto import = [&](const char* metric, QDate day) {
            const QString file = writeFile(dir, QStringLiteral("usage.csv"),
                                           "account_id,date,metric,value\n" + account.toUtf8() + ',' +
                                               day.toString(Qt::ISODate).toUtf8() + ',' + metric + ",900\n");
            ImportOptions options;
            options.path = file;
            options.type = ImportType::Usage;
            auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
            QVERIFY(book);
            auto r = importFile(**book, options);
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r->added + r->updated, qint64(1));
        };
        mark();
        QVERIFY(rewritten().isEmpty());

        import("logins", QDate(2025, 6, 10)); // not read by the engine
        QCOMPARE(rewritten().join(u' '), QString());
        import("active_users", QDate(2024, 4, 1)); // its windows end on 30 May 2024, before the Mondays kept
        QCOMPARE(rewritten().join(u' '), QString());

        // 10 February 2025: the Mondays 10 February to 7 April (10 February + 59 days is 10 April); the
        // current scores of 30 June and their trend day, 31 May, do not see it.
        import("active_users", QDate(2025, 2, 10));
        QCOMPARE(rewritten().join(u' '),
                 QStringLiteral("2025-02-10 2025-02-17 2025-02-24 2025-03-03 2025-03-10 "
                                "2025-03-17 2025-03-24 2025-03-31 2025-04-07"));
        // 20 April 2025 (windows through 18 June): the current scores' trend day, 31 May, sees it.
        mark();
        import("active_users", QDate(2025, 4, 20));
        QCOMPARE(rewritten().join(u' '),
                 QStringLiteral("2025-04-21 2025-04-28 2025-05-05 2025-05-12 2025-05-19 "
                                "2025-05-26 2025-06-02 2025-06-09 2025-06-16 current"));
    }

    void aCancelledBookImportChangesNothing()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(generate(*book, 80, 7));
        const QString path = dir.filePath(QStringLiteral("book.json"));
        QVERIFY(exportBookJson(*book, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().count('\n') > 4096);
        auto copy = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        int asked = 0;
        const ImportProgress stop{{}, [&asked] { return ++asked >= 1; }};
        auto r = importBookJson(*copy, path, false, stop);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(asked, 1);
        QCOMPARE(count(*copy, "account"), 0);
        QCOMPARE(count(*copy, "usage_metric"), 0);
        QVERIFY(!lastImport(*copy).value());
    }

    void theBooksOwnCsvImportsBackWithNoMappingAndFormulasAreNeutralised()
    {
        QTemporaryDir dir;
        auto book = newBook(dir.filePath(QStringLiteral("a.sqlite")));
        ImportOptions o;
        o.path = writeFile(dir, QStringLiteral("a.csv"),
                           "external_id,name\nX-1,\"=HYPERLINK(\"\"x\"\")\"\nX-2,@Two\n");
        auto r = importFile(*book, o);
        QVERIFY(r && r->committed);
        auto exported = exportBookCsv(*book, dir.filePath(QStringLiteral("out")), TextEncoding::Utf8);
        QVERIFY(exported);
        QFile f(dir.filePath(QStringLiteral("out/account.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        QVERIFY(bytes.contains(",'@Two,"));

        auto copy = newBook(dir.filePath(QStringLiteral("b.sqlite")));
        ImportOptions back;
        back.path = dir.filePath(QStringLiteral("out/account.csv"));
        auto again = importFile(*copy, back);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->added, 2);
        auto names = copy->accounts().list();
        QVERIFY(names);
        QStringList got;
        for (const auto& a : *names)
            got << a.name;
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@Two")}));
    }
};

QTEST_GUILESS_MAIN(ImporterTest)
#include "tst_importer.moc"
