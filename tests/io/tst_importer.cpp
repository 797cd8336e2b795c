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
#include "storage/ImportWriter.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        GeneratorOptions g;
        g.accounts = 30;
        g.seed = 5;
        g.asOf = QDate(2025, 6, 30);
        QVERIFY(generateBook(*book, g));
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
