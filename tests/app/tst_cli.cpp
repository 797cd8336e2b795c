// The command line of csm-workbench (docs/cli.md): exit codes 0 / 1 / 2, one line on stderr for bad usage,
// books created by commands that write and refused by commands that read.

#include "app/Cli.h"
#include "domain/Clock.h"
#include "domain/Uuid.h"
#include "io/PresetStore.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <limits>

#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

QByteArray sha1Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

// The first column of a query's first row, read with SQLite itself.
QString queryText(const QString& book, const char* sql)
{
    sqlite3* db = nullptr;
    QString out;
    if (sqlite3_open_v2(book.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // A process of the command line with a home of its own and English messages, started.
    void start(QProcess& p, const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A home of its own, so the default book is never the user's; English messages.
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(CSM_WORKBENCH_EXE), args);
    }

    Run run(const QStringList& args)
    {
        QProcess p;
        start(p, args);
        Run r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static bool wants(std::initializer_list<const char*> rest)
    {
        // A fixed-size argv: a std::vector grown here trips GCC 12's -Wnull-dereference at -O2.
        std::array<const char*, 16> argv{};
        argv[0] = "csm-workbench";
        std::copy(rest.begin(), rest.end(), argv.begin() + 1);
        return csm::app::wantsCommandLine(int(rest.size() + 1), const_cast<char**>(argv.data()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commandsAndFlagsMeanTheCommandLine()
    {
        QVERIFY(wants({"--version"}));
        QVERIFY(wants({"-v"}));
        QVERIFY(wants({"--help"}));
        QVERIFY(wants({"-h"}));
        QVERIFY(wants({"check"}));
        QVERIFY(wants({"--book", "x.sqlite", "check"}));
        QVERIFY(wants({"nonsense"}));
        QVERIFY(!wants({}));
        QVERIFY(!wants({"--book", "x.sqlite"})); // the GUI on that book
        QVERIFY(!wants({"-platform", "offscreen"}));
        QVERIFY(!wants({"--book", "x.sqlite", "--screenshot", "shot.png"}));
    }

    void versionPrintsTheVersion()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("csm-workbench " CSM_VERSION "\n")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void helpListsCommandsAndOptions()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"generate", "check", "backup", "--book", "--help", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        const Run g = run({u"generate"_s, u"--help"_s});
        QCOMPARE(g.exitCode, 0);
        for (const char* word : {"--accounts", "--seed", "--as-of", "--currency", "--japanese-names"})
            QVERIFY2(g.out.contains(QLatin1String(word)), word);
    }

    void unknownCommandIsBadUsage()
    {
        const Run r = run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains(u"frobnicate"_s));
        QVERIFY(r.out.isEmpty());
    }

    void badArgumentsAreBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString book = path("bad.sqlite");
        QTest::newRow("accounts not a number")
            << QStringList{u"--book"_s, book, u"generate"_s, u"--accounts"_s, u"many"_s};
        QTest::newRow("too few accounts")
            << QStringList{u"--book"_s, book, u"generate"_s, u"--accounts"_s, u"5"_s};
        QTest::newRow("too many accounts")
            << QStringList{u"--book"_s, book, u"generate"_s, u"--accounts"_s, u"100001"_s};
        QTest::newRow("missing value") << QStringList{u"--book"_s, book, u"generate"_s, u"--accounts"_s};
        QTest::newRow("bad date") << QStringList{u"--book"_s, book, u"generate"_s, u"--as-of"_s,
                                                 u"2025-13-01"_s};
        QTest::newRow("bad seed") << QStringList{u"--book"_s, book, u"generate"_s, u"--seed"_s, u"-1"_s};
        QTest::newRow("bad currency")
            << QStringList{u"--book"_s, book, u"generate"_s, u"--currency"_s, u"yens"_s};
        QTest::newRow("unknown option") << QStringList{u"--book"_s, book, u"check"_s, u"--frob"_s};
        QTest::newRow("stray argument") << QStringList{u"--book"_s, book, u"check"_s, u"extra"_s};
        QTest::newRow("backup without --out") << QStringList{u"--book"_s, book, u"backup"_s};
        QTest::newRow("book without file") << QStringList{u"check"_s, u"--book"_s};
        QTest::newRow("unknown global option") << QStringList{u"--frob"_s, u"check"_s};
    }

    void badArgumentsAreBadUsage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
        QVERIFY(!QFile::exists(path("bad.sqlite"))); // nothing was created
    }

    // --mapping NAME finds a preset saved in the book (the wizard's Save as preset…) with its reading
    // options; a name that is nowhere fails and lists the presets there are.
    void importMappingFindsAPresetSavedInTheBook()
    {
        const QString book = path("presets.sqlite");
        {
            auto opened = csm::Book::open(book, csm::Book::OpenMode::CreateIfMissing);
            QVERIFY(opened);
            csm::io::ImportPreset p;
            p.name = u"Monthly CRM"_s;
            p.type = csm::io::ImportType::Accounts;
            p.columns = {{u"Firma"_s, csm::io::ColumnTarget(u"name"_s)},
                         {u"Plätze"_s, csm::io::ColumnTarget(u"seats"_s)}};
            p.delimiter = ';';
            QVERIFY(csm::io::savePreset(**opened, p));
        }
        QFile f(path("crm.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Firma;Plätze;Ort\nMüller GmbH;12;Köln\nSchmidt AG;30;Bonn\n");
        f.close();
        const Run r = run({u"--book"_s, book, u"import"_s, path("crm.csv"), u"--mapping"_s, u"monthly crm"_s,
                           u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"added"_s).toInt(), 2);
        QCOMPARE(summary.value(u"type"_s).toString(), u"accounts"_s);
        QVERIFY(summary.value(u"committed"_s).toBool());

        const Run missing =
            run({u"--book"_s, book, u"import"_s, path("crm.csv"), u"--mapping"_s, u"yearly"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"Monthly CRM"_s) &&
                     missing.err.contains(u"Salesforce Data Loader: Task"_s),
                 qPrintable(missing.err));
    }

    // A row whose name two accounts share is an error with its file, line and field, never a guess.
    void importReportsAnAmbiguousMatchOnItsLineAndField()
    {
        const QString book = path("twins.sqlite");
        QFile a(path("twins.csv"));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("external_id,name\nZ-1,Twin\nZ-2,Twin\n");
        a.close();
        QCOMPARE(
            run({u"--book"_s, book, u"import"_s, path("twins.csv"), u"--type"_s, u"accounts"_s}).exitCode, 0);
        QFile b(path("twin-again.csv"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("name,industry\nTwin,Retail\n");
        b.close();
        const Run r =
            run({u"--book"_s, book, u"import"_s, path("twin-again.csv"), u"--type"_s, u"accounts"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Nothing was imported from twin-again.csv"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Line 2, column 1 (name): 2 accounts match \"Twin\""_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Twin (Z-1)"_s) && r.out.contains(u"Twin (Z-2)"_s), qPrintable(r.out));
    }

    // `import` of a book's export into a missing book builds the book beside its name: killed midway, there
    // is no book at the path (only the build's file, which the next import removes); a whole import gives a
    // book that opens normally, in WAL mode, with every row; a bad row at the end of the file leaves no book
    // and names its line.
    void importOfABookExportIntoAMissingBookIsAllOrNothing()
    {
        const QString source = path("export-source.sqlite");
        const QString json = path("export-source.json");
        QCOMPARE(run({u"--book"_s, source, u"generate"_s, u"--accounts"_s, u"300"_s}).exitCode, 0);
        QCOMPARE(run({u"--book"_s, source, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, json}).exitCode,
                 0);
        const QString book = path("from-export.sqlite");
        const QString building = book + u".building"_s;
        {
            QProcess p;
            start(p, {u"--book"_s, book, u"import"_s, json});
            QVERIFY(p.waitForStarted());
            // Killed once the build holds more than the new, empty book (its rows are going in).
            QElapsedTimer waited;
            waited.start();
            while (p.state() == QProcess::Running && QFileInfo(building).size() < (2 << 20) &&
                   waited.elapsed() < 120'000)
                p.waitForFinished(2);
            QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished());
            QVERIFY(!QFile::exists(book));
            QVERIFY(QFile::exists(building));
        }
        const Run again = run({u"--book"_s, book, u"import"_s, json});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u", 0 rejected"_s), qPrintable(again.out));
        QVERIFY(!QFile::exists(building));
        {
            auto opened = csm::Book::open(book, csm::Book::OpenMode::ReadWrite);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        }
        QCOMPARE(queryText(book, "PRAGMA journal_mode"), u"wal"_s);
        for (const char* table : {"account", "touch", "usage_metric", "contract"}) {
            const QByteArray count = "SELECT count(*) FROM " + QByteArray(table);
            QCOMPARE(queryText(book, count.constData()), queryText(source, count.constData()));
        }

        // The last row of the file a value short.
        QFile in(json);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArrayList lines = in.readAll().split('\n');
        qsizetype last = lines.size() - 1;
        while (last > 0 && !lines[last].startsWith('['))
            --last;
        QJsonArray row = QJsonDocument::fromJson(lines[last]).array();
        QVERIFY(!row.isEmpty());
        row.removeLast();
        lines[last] = QJsonDocument(row).toJson(QJsonDocument::Compact);
        QFile out(path("bad-export.json"));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(lines.join('\n')) > 0);
        out.close();
        const QString refused = path("refused.sqlite");
        const Run bad = run({u"--book"_s, refused, u"import"_s, out.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(u"Line %1"_s.arg(last + 1)), qPrintable(bad.out));
        QVERIFY2(bad.out.contains(u"bad-export.json"_s), qPrintable(bad.out));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(!QFile::exists(refused + u".building"_s));
    }

    void checkRefusesAMissingBook()
    {
        const QString book = path("missing.sqlite");
        const Run r = run({u"--book"_s, book, u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(book));
        QVERIFY(!QFile::exists(book));
    }

    void generateCreatesAHealthyBook()
    {
        const QString book = path("demo.sqlite");
        const Run g = run({u"--book"_s, book, u"generate"_s, u"--accounts"_s, u"30"_s, u"--seed"_s, u"3"_s,
                           u"--as-of"_s, u"2025-06-30"_s});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        QVERIFY(QFile::exists(book));
        QVERIFY(g.err.isEmpty()); // no progress when stderr is not a terminal
        QVERIFY(g.out.contains(u"account        30"_s));

        const Run c = run({u"--book"_s, book, u"check"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains(u"Integrity: ok"_s));
        QVERIFY(c.out.contains(u"Schema version: "_s));
        QVERIFY(c.out.contains(QRegularExpression(u"\\n  account +30\\n"_s)));

        // Global options may follow the command.
        const Run q = run({u"check"_s, u"--quick"_s, u"--book"_s, book});
        QCOMPARE(q.exitCode, 0);
    }

    void generateRefusesABookWithAccounts()
    {
        const QString book = path("demo.sqlite");
        QVERIFY(QFile::exists(book));
        const QByteArray before = sha1Of(book);
        const Run r = run({u"--book"_s, book, u"generate"_s, u"--accounts"_s, u"10"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(sha1Of(book), before);
    }

    void backupWritesACopyThatChecks()
    {
        const QString book = path("demo.sqlite");
        const QString copy = path("demo-backup.sqlite");
        const Run b = run({u"--book"_s, book, u"backup"_s, u"--out"_s, copy});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY(QFile::exists(copy));
        const Run c = run({u"--book"_s, copy, u"check"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains(QRegularExpression(u"\\n  account +30\\n"_s)));
        // A backup never overwrites.
        const QByteArray before = sha1Of(copy);
        const Run again = run({u"--book"_s, book, u"backup"_s, u"--out"_s, copy});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(sha1Of(copy), before);
    }

    void backupRefusesAMissingBook()
    {
        const Run r =
            run({u"--book"_s, path("nothing.sqlite"), u"backup"_s, u"--out"_s, path("nothing-copy.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("nothing.sqlite")));
        QVERIFY(!QFile::exists(path("nothing-copy.sqlite")));
    }

    // Issue 9, item 7: the command line applies the rules the app applies. A book written before them (here
    // through the bulk writer, which only the schema checks) gets its records outside the ranges listed.
    void checkListsRecordsOutsideTheRanges()
    {
        const QString book = path("old-values.sqlite");
        {
            const csm::FixedClock clock(QDate(2025, 6, 30));
            auto opened = csm::Book::open(book, csm::Book::OpenMode::CreateIfMissing, clock);
            QVERIFY(opened);
            csm::BulkWriter w(*opened.value());
            csm::Account a;
            a.id = csm::newUuidV7();
            a.name = u"Old build"_s;
            a.seats = 999'999'999;
            QVERIFY(w.add(a));
            csm::Touch t;
            t.id = csm::newUuidV7();
            t.accountId = a.id;
            t.occurredOn = QDate(1901, 5, 1);
            t.summary = u"Typed with a wrong year"_s;
            QVERIFY(w.add(t));
            QVERIFY(w.commit());
        }
        const QByteArray before = sha1Of(book);
        const Run c = run({u"--book"_s, book, u"check"_s});
        QCOMPARE(c.exitCode, 1);
        QVERIFY(c.out.contains(u"Integrity: ok"_s));
        QVERIFY2(c.out.contains(u"Records outside the ranges:"_s), qPrintable(c.out));
        QVERIFY(c.out.contains(QRegularExpression(
            u"\\n  account [0-9a-f-]{36}: Seats go from [^\\n]*\\(account\\.seats\\)\\n"_s)));
        QVERIFY(c.out.contains(QRegularExpression(
            u"\\n  touch [0-9a-f-]{36}: [^\\n]*1970-01-01[^\\n]*\\(touch\\.occurred_on\\)\\n"_s)));
        QCOMPARE(c.errLines().size(), 1);
        QVERIFY(c.err.contains(u"2 records outside the ranges"_s));
        QCOMPARE(sha1Of(book), before); // reads only
    }

    void reportActionsListsTheBooksOpenFollowUps()
    {
        const QString book = path("demo.sqlite");
        const QByteArray before = sha1Of(book);
        const Run r = run({u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-06-30"_s,
                           u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString())); // nothing but JSON on stdout
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"as_of"_s).toString(), u"2025-06-30"_s);
        const QDate asOf(2025, 6, 30);
        // Independently: live open follow-ups of live accounts due by the as-of date, straight from the file.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(book.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* q = nullptr;
        QCOMPARE(sqlite3_prepare_v2(
                     db,
                     "SELECT t.id, t.follow_up_on FROM touch t JOIN account a ON a.id = t.account_id "
                     "WHERE t.deleted = 0 AND a.deleted = 0 AND t.follow_up_done = 0 "
                     "AND t.follow_up_on IS NOT NULL AND t.follow_up_on <= '2025-06-30'",
                     -1, &q, nullptr),
                 SQLITE_OK);
        QHash<QString, QDate> expected;
        while (sqlite3_step(q) == SQLITE_ROW)
            expected.insert(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                QDate::fromString(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1))),
                                  Qt::ISODate));
        sqlite3_finalize(q);
        sqlite3_close(db);
        const QJsonArray followUps = o.value(u"follow_ups"_s).toArray();
        QCOMPARE(followUps.size(), expected.size());
        QVERIFY(!expected.isEmpty()); // the generated book has overdue follow-ups: the check means something
        for (const QJsonValue& v : followUps) {
            const QJsonObject f = v.toObject();
            const QString id = f.value(u"touch_id"_s).toString();
            QVERIFY2(expected.contains(id), qPrintable(id));
            QCOMPARE(f.value(u"due"_s).toString(), expected.value(id).toString(Qt::ISODate));
            QCOMPARE(f.value(u"days_overdue"_s).toInt(), int(expected.value(id).daysTo(asOf)));
        }
        for (const QJsonValue& v : o.value(u"notices"_s).toArray()) {
            const QJsonObject n = v.toObject();
            const QDate deadline = QDate::fromString(n.value(u"notice_deadline"_s).toString(), Qt::ISODate);
            QCOMPARE(n.value(u"days_to_notice"_s).toInt(), int(asOf.daysTo(deadline)));
            QVERIFY(asOf.daysTo(deadline) >= 0 && asOf.daysTo(deadline) <= 90);
        }
        QCOMPARE(sha1Of(book), before); // reports never write

        const Run table = run({u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-06-30"_s});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(u"\nfollow_up "_s), expected.size());
        const Run csv = run({u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-06-30"_s,
                             u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"Action,Account,Date,Days,ARR,Detail\r\n"_s));
    }

    // Today's stage lines in report actions: exactly the renewals of report renewals whose stage began after
    // the last business day before the as-of day (Friday 27 June for Monday 30 June 2025) and by that day; a
    // stage T-N begins N days before the notice deadline (the renewal date without one), past deadline the
    // day after it.
    void reportActionsListsTheRenewalsEnteringAStage()
    {
        const QString book = path("demo.sqlite");
        const QDate asOf(2025, 6, 30), since(2025, 6, 27);
        const Run renewals = run({u"--book"_s, book, u"report"_s, u"renewals"_s, u"--as-of"_s,
                                  u"2025-06-30"_s, u"--within"_s, u"400"_s, u"--format"_s, u"json"_s});
        QVERIFY2(renewals.exitCode == 0, qPrintable(renewals.err));
        QHash<QString, QString> expected; // account → stage
        for (const QJsonValue& v : QJsonDocument::fromJson(renewals.out.toUtf8()).array()) {
            const QJsonObject r = v.toObject();
            const QString stage = r[u"stage"_s].toString();
            const QDate deadline = QDate::fromString(r[u"notice_deadline"_s].toString(), Qt::ISODate);
            const QDate actBy = deadline.isValid()
                                    ? deadline
                                    : QDate::fromString(r[u"renewal_date"_s].toString(), Qt::ISODate);
            QDate began;
            if (stage == u"past-deadline"_s)
                began = actBy.addDays(1);
            else if (stage.startsWith(u"t-"_s))
                began = actBy.addDays(-stage.mid(2).toInt());
            if (began.isValid() && began > since && began <= asOf)
                expected.insert(r[u"account_id"_s].toString(), stage);
        }
        const Run actions = run({u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-06-30"_s,
                                 u"--format"_s, u"json"_s});
        QVERIFY2(actions.exitCode == 0, qPrintable(actions.err));
        const QJsonArray stages = QJsonDocument::fromJson(actions.out.toUtf8())[u"stages"_s].toArray();
        QHash<QString, QString> got;
        qint64 previousArr = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : stages) {
            const QJsonObject e = v.toObject();
            got.insert(e[u"account_id"_s].toString(), e[u"stage"_s].toString());
            const QDate entered = QDate::fromString(e[u"entered_on"_s].toString(), Qt::ISODate);
            QVERIFY(entered > since && entered <= asOf);
            QCOMPARE(e[u"days_left"_s].toInt(),
                     int(asOf.daysTo(QDate::fromString(e[u"act_by"_s].toString(), Qt::ISODate))));
            QVERIFY(e[u"arr"_s].toInteger() <= previousArr); // largest ARR first
            previousArr = e[u"arr"_s].toInteger();
        }
        QCOMPARE(got, expected);
        QVERIFY(!expected.isEmpty()); // the generated book has renewals entering a stage then
        const Run table = run({u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-06-30"_s});
        QCOMPARE(table.out.count(u"\nstage "_s), expected.size());
    }

    // The health lines of report actions are Today's (health drop, red with the renewal within 120 days), as
    // of the day asked for: the same accounts and signals as report health gives its active accounts.
    void reportActionsListsTheHealthSignalsOfReportHealth()
    {
        const QString book = path("demo.sqlite");
        for (const QString& day : {u"2025-06-30"_s, u"2025-05-12"_s}) {
            const Run actions = run(
                {u"--book"_s, book, u"report"_s, u"actions"_s, u"--as-of"_s, day, u"--format"_s, u"json"_s});
            QVERIFY2(actions.exitCode == 0, qPrintable(actions.err));
            const Run health = run(
                {u"--book"_s, book, u"report"_s, u"health"_s, u"--as-of"_s, day, u"--format"_s, u"json"_s});
            QVERIFY2(health.exitCode == 0, qPrintable(health.err));
            QSet<QString> expected;
            QHash<QString, double> scores;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(health.out.toUtf8())[u"accounts"_s].toArray()) {
                const QJsonObject a = v.toObject();
                scores.insert(a[u"account_id"_s].toString(), a[u"score"_s].toDouble());
                for (const QJsonValue& s : a[u"signals"_s].toArray())
                    if (s.toString() != u"silent"_s)
                        expected.insert(a[u"account_id"_s].toString() + u' ' + s.toString());
            }
            QSet<QString> listed;
            qint64 previousArr = std::numeric_limits<qint64>::max();
            for (const QJsonValue& v : QJsonDocument::fromJson(actions.out.toUtf8())[u"health"_s].toArray()) {
                const QJsonObject h = v.toObject();
                const QString id = h[u"account_id"_s].toString();
                listed.insert(id + u' ' + h[u"signal"_s].toString());
                QCOMPARE(h[u"score"_s].toDouble(), scores.value(id));
                QVERIFY(h[u"arr"_s].toInteger() <= previousArr); // what is at stake first
                previousArr = h[u"arr"_s].toInteger();
                if (h[u"signal"_s].toString() == u"red_renewal"_s) {
                    QVERIFY(h[u"days_to_renewal"_s].toInt() >= 0 && h[u"days_to_renewal"_s].toInt() <= 120);
                    QVERIFY(h[u"score"_s].toDouble() < 40);
                }
            }
            QVERIFY2(!expected.isEmpty(),
                     qPrintable(day)); // the generated book has both: the check means something
            QCOMPARE(listed, expected);
        }
    }

    void reportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no report") << QStringList{u"report"_s} << u"which one?"_s;
        QTest::newRow("unknown report")
            << QStringList{u"report"_s, u"nonsense"_s} << u"unknown report 'nonsense'"_s;
        QTest::newRow("bad format") << QStringList{u"report"_s, u"actions"_s, u"--format"_s, u"xml"_s}
                                    << u"--format needs table, csv or json"_s;
        QTest::newRow("bad date") << QStringList{u"report"_s, u"actions"_s, u"--as-of"_s, u"2025-02-30"_s}
                                  << u"--as-of needs a date"_s;
        // Issue 14's reports and the calendar export.
        QTest::newRow("kpis without period")
            << QStringList{u"report"_s, u"kpis"_s} << u"--period is required"_s;
        QTest::newRow("unknown period") << QStringList{u"report"_s, u"kpis"_s, u"--period"_s, u"FY20x5"_s}
                                        << u"\"FY20x5\" is not a period"_s;
        QTest::newRow("period ending before it starts")
            << QStringList{u"report"_s, u"kpis"_s, u"--period"_s, u"2025-06-30..2025-01-01"_s}
            << u"ends before it starts"_s;
        QTest::newRow("unknown split")
            << QStringList{u"report"_s, u"kpis"_s, u"--period"_s, u"FY2025"_s, u"--by"_s, u"region"_s}
            << u"--by needs touch-model or owner"_s;
        QTest::newRow("negative window") << QStringList{u"report"_s, u"renewals"_s, u"--within"_s, u"-3"_s}
                                         << u"--within needs a number of days"_s;
        QTest::newRow("export format")
            << QStringList{u"export"_s, u"--format"_s, u"xml"_s, u"--out"_s, u"x"_s}
            << u"unknown format 'xml': give json, csv or ics."_s;
        QTest::newRow("export without out")
            << QStringList{u"export"_s, u"--format"_s, u"ics"_s} << u"--out FILE is required"_s;
    }

    void reportUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{u"--book"_s, path("demo.sqlite")} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A book without accounts active at the period's start reports the KPIs as undefined (null), not 0 or 1.
    void reportKpisOfAnEmptyBookAreUndefined()
    {
        const QString book = path("empty.sqlite");
        {
            auto created = csm::Book::open(book, csm::Book::OpenMode::CreateIfMissing);
            QVERIFY(created);
        }
        const Run r = run({u"--book"_s, book, u"report"_s, u"kpis"_s, u"--period"_s, u"FY2025"_s, u"--by"_s,
                           u"touch-model"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"from"_s).toString(), u"2025-04-01"_s); // a JPY book: April
        QCOMPARE(o.value(u"to"_s).toString(), u"2026-03-31"_s);
        QCOMPARE(o.value(u"cohort_accounts"_s).toInt(-1), 0);
        QCOMPARE(o.value(u"start_arr"_s).toInteger(-1), 0);
        for (const char* key : {"grr", "nrr", "logo_churn", "retention", "expansion_rate", "ltv", "nps"})
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(o.value(u"groups"_s).toArray().size(), 3);
        QVERIFY(o.value(u"groups"_s).toArray().at(0).toObject().value(u"grr"_s).isNull());

        const Run renewals = run({u"--book"_s, book, u"report"_s, u"renewals"_s, u"--format"_s, u"json"_s});
        QCOMPARE(renewals.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(renewals.out.toUtf8()).array().size(), 0);
    }

    // The calendar export keeps each item's UID and raises its SEQUENCE only when the item changed.
    void exportIcsKeepsUidsAndRaisesSequences()
    {
        const QString book = path("demo.sqlite");
        const QString ics = path("book.ics");
        auto events = [&]() {
            QFile f(ics);
            if (!f.open(QIODevice::ReadOnly))
                return QHash<QString, std::pair<QString, int>>{};
            const QByteArray bytes = f.readAll();
            QHash<QString, std::pair<QString, int>> out; // uid -> (DTSTART, SEQUENCE)
            QString uid, start;
            int sequence = -1;
            for (const QByteArray& line : bytes.split('\n')) {
                if (line.size() > 76) // 75 octets and the CR
                    return QHash<QString, std::pair<QString, int>>{};
                const QString l = QString::fromUtf8(line).trimmed();
                if (l.startsWith(u"UID:"_s))
                    uid = l.mid(4);
                else if (l.startsWith(u"DTSTART;VALUE=DATE:"_s))
                    start = l.mid(19);
                else if (l.startsWith(u"SEQUENCE:"_s))
                    sequence = l.mid(9).toInt();
                else if (l == u"END:VEVENT"_s)
                    out.insert(uid, {start, sequence});
            }
            return out;
        };
        const QStringList args{u"--book"_s, book, u"export"_s,  u"--format"_s,  u"ics"_s,
                               u"--out"_s,  ics,  u"--as-of"_s, u"2025-06-30"_s};
        const Run first = run(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"Wrote "_s));
        const auto before = events();
        QVERIFY(before.size() > 10);
        for (const auto& [start, sequence] : before)
            QCOMPARE(sequence, 0);

        // Again, nothing changed: the same UIDs and sequences.
        QCOMPARE(run(args).exitCode, 0);
        QCOMPARE(events(), before);

        // A follow-up moved in the book: its event keeps its UID, moves, and its sequence goes up by one.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(book.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt* q = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT c.uid FROM calendar_item c WHERE c.item_key LIKE 'follow-up:%' "
                                    "ORDER BY c.item_key LIMIT 1",
                                    -1, &q, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(q), SQLITE_ROW);
        const QString uid = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
        QCOMPARE(sqlite3_exec(
                     db,
                     "UPDATE touch SET follow_up_on = '2025-12-24' WHERE id = (SELECT substr(item_key, "
                     "11) FROM calendar_item WHERE item_key LIKE 'follow-up:%' ORDER BY item_key LIMIT 1)",
                     nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QCOMPARE(run(args).exitCode, 0);
        const auto after = events();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.value(uid), std::make_pair(u"20251224"_s, 1));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key() != uid)
                QCOMPARE(after.value(it.key()), it.value());
    }

    void reportRefusesAMissingBook()
    {
        const Run r = run({u"--book"_s, path("none.sqlite"), u"report"_s, u"actions"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("none.sqlite")));
    }

    void checkRefusesAFileThatIsNotABook()
    {
        const QString file = path("notes.txt");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("This is not a book.\n");
        }
        const QByteArray before = sha1Of(file);
        const Run r = run({u"--book"_s, file, u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(sha1Of(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    void withoutBookTheDefaultBookIsUsed()
    {
        const Run r = run({u"check"_s});
        QCOMPARE(r.exitCode, 1); // there is no default book in this test's home
        QVERIFY2(r.out.contains(u"book.sqlite"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(m_dir.filePath(u"data"_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
