// Opening books safely: every bad file gets a clear error and stays byte for byte unchanged.

#include "RawSqlite.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <iostream>

#include <sys/resource.h>

using namespace csm;
using namespace csm::test;

namespace {

const FixedClock kClock(QDate(2025, 6, 2));

// A closed book with enough rows to span many pages.
QString makeBook(const QTemporaryDir& dir, const QString& name = QStringLiteral("book.sqlite"),
                 int accounts = 300)
{
    const QString path = dir.filePath(name);
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock);
    if (!book)
        return {};
    BulkWriter w(**book);
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.name = QStringLiteral("Account %1 with a longish name to fill pages").arg(i);
        a.seats = i;
        if (!w.add(a))
            return {};
    }
    if (!w.commit())
        return {};
    return path;
}

// Runs SQL on a book through a separate connection (to fake other versions of the app).
void tamper(const QString& path, const QStringList& statements)
{
    RawDb db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
    for (const auto& s : statements)
        QVERIFY2(db.exec(s), qPrintable(s + QLatin1String(": ") + db.lastError()));
}

} // namespace

class BookOpenTest : public QObject
{
    Q_OBJECT

private:
    // Opens with `mode`, expects `code`, and checks the file and its folder are as they were.
    void expectRefusedUnchanged(const QString& path, Book::OpenMode mode, Error::Code code)
    {
        const QByteArray before = fileHash(path);
        auto book = Book::open(path, mode, kClock);
        QVERIFY(!book);
        QCOMPARE(int(book.error().code), int(code));
        QVERIFY(!book.error().message.isEmpty());
        QVERIFY(!book.error().hint.isEmpty());
        QCOMPARE(book.error().where, QFileInfo(path).absoluteFilePath());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!hasSidecars(path));
    }

    // Starts a child process of this test that holds the book open for writing until stdin closes.
    void holdOpenInAnotherProcess(QProcess& child, const QString& path)
    {
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), path});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
    }

private slots:
    void createsAMissingBookWithDefaultSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock,
                               Book::NewBookOptions{QStringLiteral("USD")});
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->info().schemaVersion, Book::currentSchemaVersion());
        QCOMPARE((*book)->info().minReaderVersion, Book::currentMinReaderVersion());
        QVERIFY((*book)->info().createdByApp.startsWith(QLatin1String("CSM Workbench")));
        QCOMPARE((*book)->settings().currency, QStringLiteral("USD"));
        QCOMPARE((*book)->settings().fiscalYearStartMonth, 1);
        QCOMPARE((*book)->displayName(), QStringLiteral("new"));
        QVERIFY(!(*book)->isReadOnly());
        QVERIFY(QFileInfo::exists(path + QLatin1String(".lock")));
        book = Error{};
        QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
        QVERIFY(!hasSidecars(path));
        // Header: application id "CSMW" and WAL mode (bytes 18/19 = 2).
        const QByteArray h = readFile(path).left(100);
        QCOMPARE(h.mid(68, 4), QByteArray("CSMW"));
        QCOMPARE(int(h.at(18)), 2);
        auto again = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(again);
        QCOMPARE((*again)->settings().currency, QStringLiteral("USD"));
        // No temporary file of the creation is left behind.
        QVERIFY(
            QDir(dir.path()).entryList({QStringLiteral("*.new-*")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void aMissingFileIsNotFoundUnlessCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        for (auto mode : {Book::OpenMode::ReadWrite, Book::OpenMode::ReadOnly}) {
            auto book = Book::open(path, mode, kClock);
            QVERIFY(!book);
            QCOMPARE(book.error().code, Error::Code::NotFound);
            QCOMPARE(book.error().where, path);
        }
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aMissingFolderIsAnErrorEvenWhenCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/book.sqlite"));
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock);
        QVERIFY(!book);
        QCOMPARE(book.error().code, Error::Code::NotFound);
        QVERIFY(book.error().message.contains(QLatin1String("folder")));
        QCOMPARE(book.error().where, dir.filePath(QStringLiteral("no/such/folder")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aTextFileIsNotABookAndStaysUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, QByteArray("Meeting notes\nnot a database at all\n").repeated(50));
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::NotABook);
        expectRefusedUnchanged(path, Book::OpenMode::CreateIfMissing, Error::Code::NotABook);
        expectRefusedUnchanged(path, Book::OpenMode::ReadOnly, Error::Code::NotABook);
        QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
    }

    void randomBytesAreNotABook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.sqlite"));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (auto& b : bytes)
            b = char(gen.generate() & 0xff);
        writeFile(path, bytes);
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::NotABook);
    }

    void anEmptyFileIsNotABook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::NotABook);
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void anotherSqliteDatabaseIsNotABook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        tamper(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::NotABook);
        expectRefusedUnchanged(path, Book::OpenMode::ReadOnly, Error::Code::NotABook);
    }

    void aTruncatedBookIsCorruptAndStaysUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray full = readFile(path);
        QVERIFY(full.size() > 16 * 4096);
        writeFile(path, full.left(full.size() / 2 / 4096 * 4096)); // whole pages, too few of them
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::Corrupt);
        writeFile(path, full.left(full.size() / 2 + 100)); // a partial page
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::Corrupt);
        expectRefusedUnchanged(path, Book::OpenMode::ReadOnly, Error::Code::Corrupt);
    }

    void corruptedPagesAreDetectedAndLeftUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        QVERIFY(!path.isEmpty());
        QByteArray bytes = readFile(path);
        QRandomGenerator gen(7);
        for (int page = 3; page < bytes.size() / 4096; page += 2) {
            for (int i = 0; i < 4096; i += 3)
                bytes[page * 4096 + i] = char(gen.generate() & 0xff);
        }
        writeFile(path, bytes);
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::Corrupt);
        expectRefusedUnchanged(path, Book::OpenMode::ReadOnly, Error::Code::Corrupt);
    }

    void aBookNeedingANewerReaderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("future.sqlite"), 10);
        // A reader one version newer than this build is needed (this build writes currentSchemaVersion()).
        const int needed = Book::currentSchemaVersion() + 1;
        tamper(path, {QStringLiteral("UPDATE meta SET schema_version = %1, min_reader_version = %2")
                          .arg(needed + 2)
                          .arg(needed),
                      QStringLiteral("PRAGMA user_version = %1").arg(needed + 2)});
        QVERIFY(!hasSidecars(path));
        const QByteArray before = fileHash(path);
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(!book);
        QCOMPARE(book.error().code, Error::Code::NewerVersion);
        QVERIFY2(book.error().message.contains(QString::number(needed)) &&
                     book.error().message.contains(QString::number(Book::currentSchemaVersion())),
                 qPrintable(book.error().message));
        QVERIFY(!book.error().hint.isEmpty());
        expectRefusedUnchanged(path, Book::OpenMode::ReadOnly, Error::Code::NewerVersion);
        QCOMPARE(fileHash(path), before);
    }

    void aNewerBookThatThisBuildCanReadOpensOnlyReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("newer.sqlite"), 10);
        const int newer = Book::currentSchemaVersion() + 1;
        tamper(path, {QStringLiteral("UPDATE meta SET schema_version = %1, min_reader_version = %2")
                          .arg(newer)
                          .arg(Book::currentMinReaderVersion()),
                      QStringLiteral("PRAGMA user_version = %1").arg(newer)});
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::NewerVersion);
        const QByteArray before = fileHash(path);
        {
            auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
            QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
            QVERIFY((*book)->isReadOnly());
            QCOMPARE((*book)->accounts().count().value(), 10);
            Transaction tx(**book);
            QCOMPARE(tx.begun().error().code, Error::Code::ReadOnly);
            Account a;
            a.name = QStringLiteral("x");
            QCOMPARE((*book)->accounts().save(a).error().code, Error::Code::ReadOnly);
        }
        QCOMPARE(fileHash(path), before);
    }

    void aReadOnlyFileIsRefusedForWriting()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("ro.sqlite"), 10);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (runningAsRoot()) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QSKIP(
                "Running as root: file permissions do not stop writes, so a read-only file cannot be made.");
        }
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::ReadOnly);
        QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
        auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QVERIFY(book);
        QCOMPARE((*book)->accounts().count().value(), 10);
        book = Error{};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readingABookLeavesNothingBesideIt()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("quiet.sqlite"), 10);
        QVERIFY(!hasSidecars(path));
        const QByteArray before = fileHash(path);
        QCOMPARE(Book::storedSchemaVersion(path).value(), Book::currentSchemaVersion());
        {
            auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
            QVERIFY(book);
            QCOMPARE((*book)->accounts().count().value(), 10);
            auto another = (*book)->openAnotherConnection(Book::Access::Read);
            QVERIFY(another);
            QCOMPARE((*another)->accounts().count().value(), 10);
        }
        QVERIFY(!hasSidecars(path));
        QCOMPARE(fileHash(path), before);
    }

    void theSideFilesOfAnOpenBookStayWhileOthersComeAndGo()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("busy.sqlite"), 5);
        auto writer = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(writer);
        // SQLite's while the book is open: no reader of this process or another may take them away.
        QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")) &&
                QFileInfo::exists(path + QLatin1String("-shm")));
        QCOMPARE(Book::storedSchemaVersion(path).value(), Book::currentSchemaVersion());
        for (int i = 0; i < 3; ++i) {
            auto view = Book::open(path, Book::OpenMode::ReadOnly, kClock);
            QVERIFY(view);
            auto another = (*writer)->openAnotherConnection(Book::Access::Read);
            QVERIFY(another);
        }
        QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")) &&
                QFileInfo::exists(path + QLatin1String("-shm")));
        Account a;
        a.name = QStringLiteral("Still written to the live WAL");
        QVERIFY((*writer)->accounts().save(a));
        QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
        writer = Error{};
        QVERIFY(!hasSidecars(path)); // the last connection closed: SQLite checkpointed and removed them
        auto again = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QCOMPARE((*again)->accounts().count().value(), 6);
    }

    void aBookInAReadOnlyFolderOpensReadOnlyAndLeavesNothing()
    {
        if (runningAsRoot())
            QSKIP("Running as root: folder permissions do not stop writes.");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = makeBook(dir, QStringLiteral("shared/team.sqlite"), 7);
        QVERIFY(!path.isEmpty());
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const QByteArray before = fileHash(path);
        auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        QCOMPARE((*book)->accounts().count().value(), 7);
        book = Error{};
        expectRefusedUnchanged(path, Book::OpenMode::ReadWrite, Error::Code::ReadOnly);
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aConnectionOfAJobThreadSharesTheBooksLock()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("jobs.sqlite"), 3);
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(book);
        auto writer = (*book)->openAnotherConnection(Book::Access::Write);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().toString()));
        QVERIFY(!(*writer)->isReadOnly());
        QSignalSpy changed(book->get(), &Book::changed);
        Account a;
        a.name = QStringLiteral("Written by a job");
        QVERIFY((*writer)->accounts().save(a));
        QCOMPARE((*book)->accounts().count().value(), 4); // committed: the book's own connection sees it
        QCOMPARE(changed.size(), 0);                      // ... but hears of it only when told
        ChangeSet changes;
        changes.add(ChangeSet::Entity::Account, QStringLiteral("x"));
        (*book)->takeChangesFromAnotherConnection(changes);
        QCOMPARE(changed.size(), 1);
        writer = Error{};
        // Still the book's: the lock and the process's claim stay until the book itself closes.
        QVERIFY(QFileInfo::exists(path + QLatin1String(".lock")));
        QCOMPARE(Book::open(path, Book::OpenMode::ReadWrite, kClock).error().code, Error::Code::Locked);
        auto reader = (*book)->openAnotherConnection(Book::Access::Read);
        QVERIFY(reader && (*reader)->isReadOnly());
    }

    void removeFileTakesTheBookAndItsSideFilesUnlessSomeoneHasItOpen()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("gone.sqlite"), 3);
        QProcess child;
        holdOpenInAnotherProcess(child, path);
        const Status refused = Book::removeFile(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Locked);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + QLatin1String("-wal"))); // the other process's, untouched
        child.write("\n");
        QVERIFY(child.waitForFinished(10000));

        {
            auto open = Book::open(path, Book::OpenMode::ReadWrite, kClock);
            QVERIFY(open);
            QCOMPARE(Book::removeFile(path).error().code, Error::Code::Locked); // open in this process
        }
        QVERIFY(Book::removeFile(path));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!hasSidecars(path));
    }

    void aFailedBackupLeavesTheEarlierFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("b.sqlite"), 300);
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(book);
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY((*book)->backupTo(target));
        const QByteArray earlier = fileHash(target);
        QVERIFY(QFileInfo(target).size() > 64 * 1024);
        Account a;
        a.name = QStringLiteral("One more");
        QVERIFY((*book)->accounts().save(a));
        {
            // A full disk without root: writes past 32 KB fail with EFBIG.
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit previous{};
            getrlimit(RLIMIT_FSIZE, &previous);
            rlimit limit = previous;
            limit.rlim_cur = 32 * 1024;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
            const Status st = (*book)->backupTo(target, Book::BackupOverwrite::Yes);
            setrlimit(RLIMIT_FSIZE, &previous);
            std::signal(SIGXFSZ, previousHandler);
            QVERIFY(!st);
            QCOMPARE(st.error().where, target);
        }
        QCOMPARE(fileHash(target), earlier);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("copy.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("copy.sqlite")});
        QVERIFY((*book)->backupTo(target, Book::BackupOverwrite::Yes));
        QVERIFY(fileHash(target) != earlier);
    }

    void aSecondOpenInTheSameProcessIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("twice.sqlite"), 10);
        auto first = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(first);
        auto second = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Locked);
        // A read-only view next to the writer is fine.
        auto view = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        QVERIFY2(view, qPrintable(view ? QString() : view.error().toString()));
        QCOMPARE((*view)->accounts().count().value(), 10);
        view = Error{};
        first = Error{};
        auto third = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(third);
    }

    void twoBooksCanBeOpenAtOnce()
    {
        QTemporaryDir dir;
        const QString a = makeBook(dir, QStringLiteral("a.sqlite"), 3);
        const QString b = makeBook(dir, QStringLiteral("b.sqlite"), 5);
        auto ba = Book::open(a, Book::OpenMode::ReadWrite, kClock);
        auto bb = Book::open(b, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(ba && bb);
        QCOMPARE((*ba)->accounts().count().value(), 3);
        QCOMPARE((*bb)->accounts().count().value(), 5);
    }

    void aBookOpenInAnotherProcessIsRefusedUntilThatProcessEnds()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir, QStringLiteral("shared.sqlite"), 10);
        QProcess child;
        holdOpenInAnotherProcess(child, path);

        const QByteArray before = fileHash(path);
        auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY(!book);
        QCOMPARE(book.error().code, Error::Code::Locked);
        QVERIFY2(book.error().message.contains(QString::number(child.processId())),
                 qPrintable(book.error().message));
        QCOMPARE(fileHash(path), before);

        // Killed without cleaning up: its lock is stale (the process is gone) and is taken over.
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(path + QLatin1String(".lock")));
        auto after = Book::open(path, Book::OpenMode::ReadWrite, kClock);
        QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE((*after)->accounts().count().value(), 10);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        // Child mode: hold a book open until killed or stdin closes.
        auto book = Book::open(QString::fromLocal8Bit(argv[2]), Book::OpenMode::ReadWrite);
        if (!book)
            return 1;
        std::cout << "locked" << std::endl;
        std::string line;
        std::getline(std::cin, line);
        return 0;
    }
    BookOpenTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_book_open.moc"
