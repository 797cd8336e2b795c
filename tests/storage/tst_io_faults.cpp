// I/O faults while a book is open (issue 17 item 2): the book deleted or replaced by another file behind the
// app's back, a book locked by another program, a disk that fills up (a small tmpfs at several fill levels)
// and a folder that turns read-only (a read-only remount). Every time: the write is refused with a message
// that names the file and says what to do, nothing is corrupted, and what was saved before is still there.
// The tmpfs cases need mount(8) (root in a container); elsewhere they are skipped and csm-stress --faults
// covers the full disk with RLIMIT_FSIZE.

#include "RawSqlite.h"
#include "SmallDisk.h"
#include "TestBooks.h"

#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

namespace {

Result<Account> addAccount(Book& book, const QString& name)
{
    Account a;
    a.name = name;
    return book.accounts().save(a);
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT
private slots:
    void deletedWhileOpen();
    void replacedWhileOpen();
    void lockedByAnotherProgram();
    void diskFillsUp_data();
    void diskFillsUp();
    void folderTurnsReadOnly();

private:
    QTemporaryDir m_dir;
};

void TestIoFaults::deletedWhileOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("deleted.sqlite"));
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
    QVERIFY(book);
    QVERIFY(addAccount(**book, QStringLiteral("Saved before")));
    QVERIFY(QFile::remove(path));
    auto lost = addAccount(**book, QStringLiteral("Would be lost"));
    QVERIFY(!lost);
    QCOMPARE(lost.error().where, path);
    QVERIFY2(lost.error().hint.contains(QLatin1String("Backup")), qPrintable(lost.error().toString()));
    // What is open can still be saved elsewhere, as the message says.
    const QString rescue = m_dir.filePath(QStringLiteral("rescued.sqlite"));
    QVERIFY((*book)->backupTo(rescue));
    book->reset();
    auto rescued = Book::open(rescue, Book::OpenMode::ReadOnly);
    QVERIFY(rescued);
    QCOMPARE((*rescued)->accounts().count().value(), qint64(1));
}

void TestIoFaults::replacedWhileOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("replaced.sqlite"));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
    QVERIFY(book);
    QVERIFY(addAccount(**book, QStringLiteral("Ours")));
    {
        auto second = Book::open(other, Book::OpenMode::CreateIfMissing);
        QVERIFY(second);
        QVERIFY(addAccount(**second, QStringLiteral("Theirs")));
    }
    // Another program (a sync client, a restore by hand) puts its own file in the book's place.
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    const QByteArray theirs = test::fileHash(path);
    auto refused = addAccount(**book, QStringLiteral("Into the old file"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().where, path);
    book->reset();
    QCOMPARE(test::fileHash(path), theirs);
    auto reopened = Book::open(path, Book::OpenMode::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->accounts().list().value().front().name, QStringLiteral("Theirs"));
}

void TestIoFaults::lockedByAnotherProgram()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
    QVERIFY(book);
    QVERIFY(addAccount(**book, QStringLiteral("Before the lock")));
    test::RawDb other(path);
    QVERIFY(other.script(QStringLiteral("BEGIN EXCLUSIVE")));
    // The app waits its busy timeout (5 s), then gives up with the file named.
    auto refused = addAccount(**book, QStringLiteral("While locked"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().where, path);
    QVERIFY(!refused.error().hint.isEmpty());
    QVERIFY(other.script(QStringLiteral("ROLLBACK")));
    other.close();
    QVERIFY(addAccount(**book, QStringLiteral("After the lock")));
    auto report = (*book)->check(true);
    QVERIFY(report && report->ok);
    QCOMPARE((*book)->accounts().count().value(), qint64(2));
}

void TestIoFaults::diskFillsUp_data()
{
    QTest::addColumn<int>("freeKb");
    // How much of the disk is left when the writing starts: none, a page or two, a few hundred kilobytes.
    for (int kb : {0, 8, 64, 256})
        QTest::newRow(qPrintable(QStringLiteral("%1 KB free").arg(kb))) << kb;
}

void TestIoFaults::diskFillsUp()
{
    QFETCH(int, freeKb);
    const QString mount = m_dir.filePath(QStringLiteral("disk-%1").arg(freeKb));
    test::SmallDisk disk(mount, QStringLiteral("2m"));
    if (!disk.mounted())
        QSKIP("needs mount(8) for a small tmpfs (root); csm-stress --faults covers a full disk without it");
    const QString path = mount + QStringLiteral("/book.sqlite");
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
    QVERIFY(book);
    QVERIFY(addAccount(**book, QStringLiteral("First")));
    // Fill the disk but for freeKb.
    const QString filler = mount + QStringLiteral("/filler");
    QVERIFY(disk.fillAllBut(filler, qint64(freeKb) * 1024));
    // Write until the disk is full; every save either succeeds whole or fails with the file named.
    int saved = 1;
    std::optional<Error> refusal;
    const QString note(2000, QLatin1Char('n'));
    for (int i = 0; i < 2000 && !refusal; ++i) {
        Account a;
        a.name = QStringLiteral("Account %1").arg(i);
        a.owner = note;
        auto r = (*book)->accounts().save(a);
        if (r)
            ++saved;
        else
            refusal = r.error();
    }
    QVERIFY2(refusal, "the disk never filled up");
    QCOMPARE(refusal->where, path);
    QVERIFY2(!refusal->hint.isEmpty(), qPrintable(refusal->toString()));
    // Space again: the book is whole and holds exactly what was saved.
    QVERIFY(QFile::remove(filler));
    book->reset();
    auto reopened = Book::open(path, Book::OpenMode::ReadWrite);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
    auto report = (*reopened)->check(true);
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    QCOMPARE((*reopened)->accounts().count().value(), qint64(saved));
}

void TestIoFaults::folderTurnsReadOnly()
{
    const QString mount = m_dir.filePath(QStringLiteral("readonly"));
    test::SmallDisk disk(mount, QStringLiteral("4m"));
    if (!disk.mounted())
        QSKIP("needs mount(8) for a tmpfs to remount read-only (root); tst_book_open covers permissions");
    const QString path = mount + QStringLiteral("/book.sqlite");
    {
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
        QVERIFY(book);
        QVERIFY(addAccount(**book, QStringLiteral("Saved")));
    }
    const QByteArray before = test::fileHash(path);
    QVERIFY(disk.remount(QStringLiteral("ro")));
    auto writing = Book::open(path, Book::OpenMode::ReadWrite);
    QVERIFY(!writing);
    QCOMPARE(writing.error().code, Error::Code::ReadOnly);
    QCOMPARE(writing.error().where, path);
    QVERIFY(!writing.error().hint.isEmpty());
    auto reading = Book::open(path, Book::OpenMode::ReadOnly);
    QVERIFY2(reading, qPrintable(reading ? QString() : reading.error().toString()));
    QCOMPARE((*reading)->accounts().count().value(), qint64(1));
    reading->reset();
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(disk.remount(QStringLiteral("rw")));
}

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_io_faults.moc"
