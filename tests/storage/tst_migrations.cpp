// Migrations (a version 0 book becomes the current version after a checked backup, a version 1 book gets the
// touch search index of version 2 and the accounts list's facts of version 3), the frozen books of every
// released schema (tests/data/book-v<N>.sqlite, made by that version's code) upgrading to exactly a new
// book's schema with all their data, backups and checks.

#include "ListFactsCheck.h"
#include "Migrations.h"
#include "RawSqlite.h"
#include "Schema.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QTest>

using namespace csm;
using namespace csm::test;

namespace {

const FixedClock kClock(QDate(2025, 6, 2));

// Builds the synthetic version 0 book of tests/data/book-v0.sql, plus extra statements.
QString makeV0Book(const QTemporaryDir& dir, const QStringList& extra = {})
{
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString script = QString::fromUtf8(readFile(QStringLiteral(CSM_FIXTURE_DIR "/book-v0.sql")));
    if (script.isEmpty())
        return {};
    RawDb db(path);
    if (!db.script(script))
        return {};
    for (const QString& s : extra) {
        if (!db.exec(s))
            return {};
    }
    return path;
}

// A version 1 book as version 1 wrote it: the version 0 fixture upgraded by the built-in step 0 -> 1 only,
// plus touches written by a version 1 build.
QString makeV1Book(const QTemporaryDir& dir)
{
    const QString path = makeV0Book(dir);
    if (path.isEmpty())
        return {};
    if (!storage::migrateBook(path, 0, 1, storage::builtInMigrations(),
                              dir.filePath(QStringLiteral("v0.bak")),
                              QStringLiteral("2025-06-02T12:00:00.000Z")))
        return {};
    RawDb db(path);
    if (!db.exec(QStringLiteral(
            "INSERT INTO touch (id, created_at, updated_at, account_id, occurred_on, kind, summary, "
            "next_step) VALUES ('00000000-0000-7000-8000-000000000031', '2025-05-30T09:00:00.000Z', "
            "'2025-05-30T09:00:00.000Z', '00000000-0000-7000-8000-000000000002', '2025-05-30', "
            "'meeting', "
            "'解約の可能性について相談', 'Renewal terms')")))
        return {};
    return path;
}

QStringList sqlColumn(const QString& path, const QString& sql)
{
    RawDb db(path, /*readOnly=*/true);
    return db.column(sql);
}

// The schema of a book: one line per object of sqlite_schema (type, name, table, SQL with whitespace runs
// collapsed), sorted. Internal objects (sqlite_*) are SQLite's business.
QStringList schemaOf(const QString& path)
{
    RawDb db(path, /*readOnly=*/true);
    QStringList lines;
    for (const QVariantList& row :
         db.rows(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema WHERE "
                                "name NOT LIKE 'sqlite_%'"))) {
        lines << QStringLiteral("%1 %2 on %3: %4")
                     .arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                          row.at(3).toString().simplified());
    }
    if (!db.lastError().isEmpty())
        lines << QStringLiteral("error: ") + db.lastError();
    lines.sort();
    return lines;
}

// The ordinary tables of a book (not the search index's shadow tables), each with its columns.
QMap<QString, QStringList> tablesOf(const QString& path)
{
    RawDb db(path, /*readOnly=*/true);
    QMap<QString, QStringList> tables;
    for (const QString& table : db.column(
             QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        // Table names come from the book's own list.
        tables.insert(
            table,
            db.column(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)));
    }
    return tables;
}

// The rows of `columns` of a table, in a fixed order.
QList<QVariantList> rowsOf(const QString& path, const QString& table, const QStringList& columns)
{
    RawDb db(path, /*readOnly=*/true);
    QStringList quoted;
    for (const QString& c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    const QString list = quoted.join(QStringLiteral(", "));
    return db.rows(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1").arg(list, table));
}

// A new, empty book of this build.
QString freshBook(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock);
    return book ? path : QString();
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void aVersion0BookIsMigratedToTheCurrentVersionWithItsDataAndABackup()
    {
        QTemporaryDir dir;
        const QString path = makeV0Book(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray original = fileHash(path);
        QCOMPARE(Book::storedSchemaVersion(path).value(), 0); // read without writing
        QCOMPARE(fileHash(path), original);
        QVERIFY(!hasSidecars(path));
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        QCOMPARE(Book::storedSchemaVersion(path).value(), Book::currentSchemaVersion());
        QVERIFY(!Book::storedSchemaVersion(dir.filePath(QStringLiteral("missing.sqlite"))).ok());
        auto accounts = (*book)->accounts().list();
        QCOMPARE(accounts->size(), 2);
        auto acme = (*book)->accounts().get(QStringLiteral("00000000-0000-7000-8000-000000000001"));
        QVERIFY(acme);
        QCOMPARE(acme->name, QStringLiteral("Acme"));
        QCOMPARE(acme->seats, 25);
        QCOMPARE(acme->arr, 1'200'000);
        QCOMPARE(acme->createdAt, QDateTime(QDate(2024, 1, 5), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE((*book)->touches().forAccount(acme->id)->first().sentiment, std::optional<int>(1));
        QCOMPARE((*book)->contracts().forAccount(acme->id)->first().startDate, QDate(2024, 4, 1));
        QCOMPARE((*book)->settings().currency, QStringLiteral("JPY"));
        QCOMPARE((*book)->touches().search(QStringLiteral("kickoff"), 10)->size(), 1);
        auto report = (*book)->check();
        QVERIFY(report && report->ok);

        const QString backup = path + QLatin1String(".v0.bak.sqlite");
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(fileHash(backup).isEmpty(), false);
        QCOMPARE(sqlColumn(backup, QStringLiteral("SELECT count(*) FROM accounts")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(sqlColumn(backup, QStringLiteral("PRAGMA quick_check")), QStringList{QStringLiteral("ok")});
        QVERIFY(fileHash(path) != original);
    }

    void aMigrationFailingMidwayLeavesTheBookUnchanged()
    {
        QTemporaryDir dir;
        // Sentiment 7 was accepted by version 0 and is refused by version 1's CHECK: the copy of touches
        // fails after accounts and contracts were copied.
        const QString path = makeV0Book(
            dir, {QStringLiteral("INSERT INTO touches VALUES ('bad', "
                                 "'00000000-0000-7000-8000-000000000001', '2025-05-22', 'call', '', 7)")});
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(!book);
        QVERIFY2(book.error().message.contains(
                     QStringLiteral("version 0 to %1").arg(Book::currentSchemaVersion())),
                 qPrintable(book.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
        QVERIFY(QFileInfo::exists(path + QLatin1String(".v0.bak.sqlite"))); // the backup taken before is kept
    }

    void aFailingLaterStepRollsBackEveryEarlierStep()
    {
        QTemporaryDir dir;
        const QString path = makeV0Book(dir);
        const QByteArray before = fileHash(path);
        auto steps = storage::builtInMigrations();
        steps.append({2, [](sqlite3*, const QString&) -> Status {
                          return Error{Error::Code::Generic, QStringLiteral("step 2 -> 3 failed"), {}, {}};
                      }});
        const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
        auto st = storage::migrateBook(path, 0, 3, steps, backup, QStringLiteral("2025-06-02T12:00:00.000Z"));
        QVERIFY(!st);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
    }

    // Cancelling, at any point SQLite asks, leaves the book byte for byte as it was, and no backup.
    void aCancelledUpgradeLeavesTheBookUnchangedAndNoBackup()
    {
        bool someCancelled = false;
        for (const int allowed : {0, 1, 3, 10, 40, 1000000}) {
            QTemporaryDir dir;
            const QString path = makeV0Book(dir);
            QVERIFY(!path.isEmpty());
            const QByteArray original = fileHash(path);
            int asked = 0;
            const Status st = Book::upgrade(path, kClock, [&asked, allowed] { return ++asked > allowed; });
            if (st.ok()) {
                QCOMPARE(Book::storedSchemaVersion(path).value(), Book::currentSchemaVersion());
                continue;
            }
            someCancelled = true;
            QCOMPARE(st.error().code, Error::Code::Cancelled);
            QCOMPARE(fileHash(path), original);
            QVERIFY(!hasSidecars(path));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.sqlite")});
        }
        QVERIFY(someCancelled);
    }

    void aFailedBackupStopsTheMigrationBeforeTheBookIsTouched()
    {
        QTemporaryDir dir;
        const QString path = makeV0Book(dir);
        const QByteArray before = fileHash(path);
        auto st = storage::migrateBook(path, 0, 1, storage::builtInMigrations(),
                                       dir.filePath(QStringLiteral("missing/folder/b.sqlite")),
                                       QStringLiteral("2025-06-02T12:00:00.000Z"));
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QLatin1String("backup")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
    }

    void aVersion1BookGetsTheTouchSearchIndexForItsExistingTouches()
    {
        QTemporaryDir dir;
        const QString path = makeV1Book(dir);
        QVERIFY(!path.isEmpty());
        QCOMPARE(sqlColumn(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
        QCOMPARE(
            sqlColumn(path, QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE 'touch_search%'")),
            QStringList());
        const QByteArray before = fileHash(path);

        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        // The minimum reader the newest step set (Schema.h: health's snapshots, then roadmaps' holiday
        // tombstones).
        QCOMPARE((*book)->info().minReaderVersion, Book::currentMinReaderVersion());
        // Version 3: the accounts list's facts are set on every account from its touches and contracts.
        QCOMPARE(sqlColumn(path, QStringLiteral(
                                     "SELECT count(*) FROM account a WHERE a.last_customer_touch_on IS NOT "
                                     "(SELECT max(t.occurred_on) FROM touch t WHERE t.account_id = a.id AND "
                                     "t.deleted = 0 AND t.kind <> 'internal_note')")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT contract_start_date || ' ' || contract_term_months "
                                                "FROM account WHERE name = 'Acme'")),
                 QStringList{QStringLiteral("2024-04-01 12")});
        // Touches written before the upgrade are found through the new index, in English and Japanese.
        QCOMPARE((*book)->touches().search(QStringLiteral("kickoff"), 10)->size(), 1);
        QCOMPARE((*book)->touches().search(QStringLiteral("sent the"), 10)->size(), 1);
        auto japanese = (*book)->touches().search(QStringLiteral("可能性"), 10);
        QCOMPARE(japanese->size(), 1);
        QCOMPARE(japanese->first().nextStep, QStringLiteral("Renewal terms"));
        QCOMPARE((*book)->touches().search(QStringLiteral("renewal terms"), 10)->size(), 1);
        // And touches written after it.
        Touch t;
        t.accountId = QStringLiteral("00000000-0000-7000-8000-000000000001");
        t.occurredOn = QDate(2025, 6, 1);
        t.kind = TouchKind::Email;
        t.summary = QStringLiteral("Sent the renewal quote");
        QVERIFY((*book)->touches().save(t));
        QCOMPARE((*book)->touches().search(QStringLiteral("sent the"), 10)->size(), 2);
        auto report = (*book)->check();
        QVERIFY(report && report->ok);
        const QString path2 = (*book)->path();
        book = Error{};

        QCOMPARE(
            sqlColumn(path2, QStringLiteral("SELECT schema_version || '/' || min_reader_version FROM meta")),
            QStringList{QStringLiteral("%1/%2")
                            .arg(Book::currentSchemaVersion())
                            .arg(Book::currentMinReaderVersion())});
        QCOMPARE(sqlColumn(path2, QStringLiteral("SELECT count(*) FROM touch_search")),
                 QStringList{QStringLiteral("4")});
        const QString backup = path + QLatin1String(".v1.bak.sqlite");
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(sqlColumn(backup, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
        QVERIFY(fileHash(path) != before);
    }

    // Version 4 keeps whether the latest contract renews automatically among the list's facts (issue 9,
    // item 5): a version 3 book gets it set for every account.
    void aVersion3BookLearnsWhetherEachContractRenews()
    {
        QTemporaryDir dir;
        const QString path = makeV1Book(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(storage::migrateBook(path, 1, 3, storage::builtInMigrations(),
                                     dir.filePath(QStringLiteral("v1.bak")),
                                     QStringLiteral("2025-06-02T12:00:00.000Z")));
        {
            RawDb db(path);
            // A version 3 build stored a contract that does not renew automatically.
            QVERIFY2(db.exec(QStringLiteral("UPDATE contract SET auto_renew = 0 WHERE account_id = "
                                            "'00000000-0000-7000-8000-000000000001'")),
                     qPrintable(db.lastError()));
        }
        QCOMPARE(sqlColumn(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});

        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        QCOMPARE((*book)->info().minReaderVersion, Book::currentMinReaderVersion());
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT name || ' ' || coalesce(contract_auto_renew, 'none') "
                                                "FROM account ORDER BY name")),
                 (QStringList{QStringLiteral("Acme 0"), QStringLiteral("株式会社テスト none")}));
        // Acme's contract (2024-04-01, 12 months) ended on 2025-04-01: no renewal is invented.
        const AccountSummary acme =
            (*book)
                ->accounts()
                .summaries({QStringLiteral("00000000-0000-7000-8000-000000000001")}, kClock.today())
                ->at(0);
        QVERIFY(!acme.autoRenew);
        QVERIFY(!acme.renewalDate.isValid());
        QCOMPARE(acme.contractEndedOn, QDate(2025, 4, 1));
        // The triggers keep it from then on.
        Contract c = (*book)->contracts().forAccount(acme.id)->at(0);
        c.autoRenew = true;
        QVERIFY((*book)->contracts().save(c));
        QCOMPARE(
            sqlColumn(path, QStringLiteral("SELECT contract_auto_renew FROM account WHERE name = 'Acme'")),
            QStringList{QStringLiteral("1")});
    }

    // Schema 4 from the frozen version 3 book (made by the code of schema 3): its one contract that does not
    // renew automatically (神戸中央システムズ, 2021-10-30, 12 months; renewals recorded as renewed on
    // 2022-10-30, expanded on 2023-10-30 and 2024-10-30, pending on 2025-10-30) gets its facts, and ends on
    // 2025-10-30, the first renewal date after the latest one recorded. The schema and every other fact are
    // compared with a new book's in aFrozenFixtureUpgradesToTheSchemaOfANewBookWithItsData.
    void theVersion3FixtureLearnsWhereItsFixedTermContractEnds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CSM_FIXTURE_DIR "/book-v3.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Book::storedSchemaVersion(path).value(), 3);
        const QString id = sqlColumn(path, QStringLiteral("SELECT c.account_id FROM contract c WHERE "
                                                          "c.auto_renew = 0"))
                               .value(0);
        QVERIFY(!id.isEmpty());

        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT name || ' ' || contract_renewed_through || ' ' || "
                                                "coalesce(contract_churned_on, 'none') FROM account WHERE "
                                                "contract_auto_renew = 0")),
                 QStringList{QStringLiteral("神戸中央システムズ株式会社 2024-10-30 none")});
        // The other contracts renew automatically, and no account has a churn recorded after its start.
        QCOMPARE(
            sqlColumn(path, QStringLiteral("SELECT count(*) FROM account WHERE contract_auto_renew = 1")),
            QStringList{QStringLiteral("9")});
        QCOMPARE(
            sqlColumn(path, QStringLiteral("SELECT count(*) FROM account WHERE contract_churned_on IS NOT "
                                           "NULL")),
            QStringList{QStringLiteral("0")});

        auto summaryOn = [&](QDate day) { return (*book)->accounts().summaries({id}, day)->at(0); };
        const AccountSummary running = summaryOn(kClock.today()); // 2025-06-02
        QVERIFY(!running.autoRenew);
        QCOMPARE(running.renewalDate, QDate(2025, 10, 30));
        QVERIFY(!running.noticeDeadline.isValid());
        QVERIFY(!running.contractEndedOn.isValid());
        const AccountSummary ended = summaryOn(QDate(2025, 11, 1));
        QVERIFY(!ended.renewalDate.isValid());
        QCOMPARE(ended.contractEndedOn, QDate(2025, 10, 30));
        QVERIFY(!ended.contractEndDecided);
    }

    // Schema 10 from the frozen version 9 book: of two contracts starting the same day, the one created
    // later is the latest, not the one written later. Written into the version 9 book (its triggers take the
    // larger rowid: c-early's 36 months), then upgraded (c-late's 24 months).
    void theVersion9FixtureTakesTheContractCreatedLaterAsTheLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CSM_FIXTURE_DIR "/book-v9.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Book::storedSchemaVersion(path).value(), 9);
        const QString id =
            sqlColumn(path, QStringLiteral("SELECT id FROM account ORDER BY id LIMIT 1")).value(0);
        QVERIFY(!id.isEmpty());
        {
            RawDb raw(path);
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            const char* insert = "INSERT INTO contract (id, created_at, updated_at, deleted, account_id, "
                                 "start_date, term_months, auto_renew, notice_days) "
                                 "VALUES (?1, ?2, ?2, 0, ?3, '2030-01-01', ?4, 1, 60)";
            QVERIFY2(raw.exec(QLatin1String(insert),
                              {QStringLiteral("c-late"), QStringLiteral("2026-02-02T00:00:00.000Z"), id, 24}),
                     qPrintable(raw.lastError()));
            QVERIFY2(raw.exec(QLatin1String(insert), {QStringLiteral("c-early"),
                                                      QStringLiteral("2026-02-01T00:00:00.000Z"), id, 36}),
                     qPrintable(raw.lastError()));
        }
        const QString term =
            QStringLiteral("SELECT contract_term_months FROM account WHERE id = '%1'").arg(id);
        QCOMPARE(sqlColumn(path, term), QStringList{QStringLiteral("36")});

        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        QCOMPARE(sqlColumn(path, term), QStringList{QStringLiteral("24")});
        QCOMPARE(listFactsDisagreements(path), QStringList());
    }

    void aFailedUpgradeToVersion2LeavesTheVersion1BookUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeV1Book(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        auto steps = storage::builtInMigrations();
        steps.append({2, [](sqlite3*, const QString&) -> Status {
                          return Error{Error::Code::Generic, QStringLiteral("step 2 -> 3 failed"), {}, {}};
                      }});
        auto st = storage::migrateBook(path, 1, 3, steps, dir.filePath(QStringLiteral("b.sqlite")),
                                       QStringLiteral("2025-06-02T12:00:00.000Z"));
        QVERIFY(!st);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
        QCOMPARE(
            sqlColumn(path, QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE 'touch_search%'")),
            QStringList());
    }

    void aVersion0BookCannotBeReadWithoutUpgrading()
    {
        QTemporaryDir dir;
        const QString path = makeV0Book(dir);
        const QByteArray before = fileHash(path);
        auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QVERIFY(!book);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
    }

    // Books made by the code of every released schema version (tests/data/book-v<N>.sqlite, docs/schema.md
    // "Frozen fixtures") upgrade to exactly the schema of a new book and keep every row they had.
    void aFrozenFixtureUpgradesToTheSchemaOfANewBookWithItsData_data()
    {
        QTest::addColumn<int>("version");
        // Every released version has its fixture; the current one gets it once it is released (merged).
        for (int version = 1; version <= Book::currentSchemaVersion(); ++version)
            if (version < Book::currentSchemaVersion() ||
                QFileInfo::exists(QStringLiteral(CSM_FIXTURE_DIR "/book-v%1.sqlite").arg(version)))
                QTest::addRow("schema %d", version) << version;
    }

    void aFrozenFixtureUpgradesToTheSchemaOfANewBookWithItsData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(CSM_FIXTURE_DIR "/book-v%1.sqlite").arg(version);
        QVERIFY2(QFileInfo::exists(fixture),
                 qPrintable(fixture + QLatin1String(" is missing: scripts/make-fixture")));
        const QString path = dir.filePath(QStringLiteral("book.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Book::storedSchemaVersion(path).value(), version);
        const QMap<QString, QStringList> before = tablesOf(path);
        QVERIFY(before.contains(QStringLiteral("account")));
        QMap<QString, QList<QVariantList>> rowsBefore;
        for (auto it = before.begin(); it != before.end(); ++it)
            rowsBefore.insert(it.key(), rowsOf(path, it.key(), it.value()));
        QVERIFY(rowsBefore.value(QStringLiteral("account")).size() >= 10);
        QVERIFY(rowsBefore.value(QStringLiteral("touch")).size() > 100);

        {
            auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
            QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
            QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
            auto report = (*book)->check(true);
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        }
        QVERIFY(!hasSidecars(path));
        QCOMPARE(QFileInfo::exists(path + QStringLiteral(".v%1.bak.sqlite").arg(version)),
                 version < Book::currentSchemaVersion());

        // The schema: exactly a new book's.
        const QString fresh = freshBook(dir);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(schemaOf(path), schemaOf(fresh));

        // The data: every table of the fixture, every row, the columns it had; only the version changed.
        const QMap<QString, QStringList> after = tablesOf(path);
        for (auto it = before.begin(); it != before.end(); ++it) {
            // The health tables of schema 1, never written by the app, were replaced (docs/schema.md,
            // "Health"): the fixtures have no row in them.
            const bool oldHealth =
                it.key() == QLatin1String("health_factor") ||
                (it.key() == QLatin1String("health_snapshot") && it.value().contains(QStringLiteral("id")));
            if (oldHealth) {
                QVERIFY(rowsBefore.value(it.key()).isEmpty());
                continue;
            }
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            for (const QString& column : it.value())
                QVERIFY2(after.value(it.key()).contains(column),
                         qPrintable(it.key() + QLatin1Char('.') + column));
            QList<QVariantList> expected = rowsBefore.value(it.key());
            if (it.key() == QLatin1String("meta")) {
                const int versionColumn = int(it.value().indexOf(QStringLiteral("schema_version")));
                QCOMPARE(expected.size(), 1);
                expected[0][versionColumn] = qint64(Book::currentSchemaVersion());
                const int readerColumn = int(it.value().indexOf(QStringLiteral("min_reader_version")));
                expected[0][readerColumn] = qint64(Book::currentMinReaderVersion());
            }
            QCOMPARE(rowsOf(path, it.key(), it.value()), expected);
        }
        QCOMPARE(sqlColumn(path, QStringLiteral("PRAGMA user_version")),
                 QStringList{QString::number(Book::currentSchemaVersion())});

        // Derived data, against values computed from scratch: the accounts list's facts (schema 3) and the
        // touch search index (schema 2; FTS5 compares it with the touch table).
        QCOMPARE(test::listFactsDisagreements(path), QStringList());
        RawDb db(path);
        // The portfolio's trend Mondays (schema 14): one row for each day of the snapshots that is the last
        // Monday of its month (the next Monday is in another month), with the count of that day's snapshots.
        QStringList monthEnds;
        for (const QVariantList& row :
             db.rows(QStringLiteral("SELECT as_of, count(*) FROM health_snapshot GROUP BY as_of"))) {
            const QDate day = QDate::fromString(row.at(0).toString(), Qt::ISODate);
            if (day.dayOfWeek() == Qt::Monday && day.addDays(7).month() != day.month())
                monthEnds << row.at(0).toString() + QLatin1Char(' ') + row.at(1).toString();
        }
        QCOMPARE(
            db.column(QStringLiteral("SELECT as_of || ' ' || accounts FROM health_trend_day ORDER BY as_of")),
            monthEnds);
        if (version >= 7) // the generator's back-fill writes snapshots since schema 7
            QCOMPARE(monthEnds.size(), 12);
        QVERIFY2(db.exec(QStringLiteral(
                     "INSERT INTO touch_search (touch_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(db.lastError()));
        const QStringList someTouch =
            db.column(QStringLiteral("SELECT substr(summary, 1, 6) FROM touch WHERE deleted = 0 AND "
                                     "length(summary) >= 6 ORDER BY rowid LIMIT 1"));
        QCOMPARE(someTouch.size(), 1);
        // Schema 15: what a health pass reads of the live customer touches, in account order, comes from
        // touch_customer_by_account alone (HealthStore.cpp), never from the table's rows.
        QStringList plan;
        for (const QVariantList& row : db.rows(QStringLiteral(
                 "EXPLAIN QUERY PLAN SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment "
                 "FROM touch WHERE deleted = 0 AND kind <> 'internal_note' AND occurred_on <= '2025-06-30' "
                 "ORDER BY account_id")))
            plan << row.last().toString();
        QCOMPARE(plan,
                 QStringList{QStringLiteral("SCAN touch USING COVERING INDEX touch_customer_by_account")});
        db.close();
        auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QVERIFY(book);
        QVERIFY(!(*book)->touches().search(someTouch.first(), 5)->isEmpty());
    }

    void backupMakesACheckedCopyAndRefusesToOverwrite()
    {
        QTemporaryDir dir;
        auto book =
            Book::open(dir.filePath(QStringLiteral("b.sqlite")), Book::OpenMode::CreateIfMissing, kClock);
        QVERIFY(book);
        Account a;
        a.name = QStringLiteral("Acme");
        QVERIFY((*book)->accounts().save(a));
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY((*book)->backupTo(target));
        auto copy = Book::open(target, Book::OpenMode::ReadOnly, kClock);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));
        QCOMPARE((*copy)->accounts().count().value(), 1);
        copy = Error{};
        const QByteArray copyHash = fileHash(target);
        auto again = (*book)->backupTo(target);
        QVERIFY(!again);
        QCOMPARE(fileHash(target), copyHash);
        QVERIFY((*book)->backupTo(target, Book::BackupOverwrite::Yes));
        QVERIFY(!(*book)->backupTo(dir.filePath(QStringLiteral("no/folder/x.sqlite"))));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());
    }

    void checkReportsAHealthyBookWithLiveRowCounts()
    {
        QTemporaryDir dir;
        auto book =
            Book::open(dir.filePath(QStringLiteral("c.sqlite")), Book::OpenMode::CreateIfMissing, kClock);
        QVERIFY(book);
        Account a;
        a.name = QStringLiteral("One");
        QVERIFY((*book)->accounts().save(a));
        a.name = QStringLiteral("Two");
        auto two = (*book)->accounts().save(a);
        QVERIFY((*book)->accounts().remove(two->id));
        for (bool full : {true, false}) {
            auto report = (*book)->check(full);
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
            QCOMPARE(report->schemaVersion, Book::currentSchemaVersion());
            QCOMPARE(report->rowCounts.value(QStringLiteral("account")), 1);
            QCOMPARE(report->rowCounts.value(QStringLiteral("touch")), 0);
        }
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
