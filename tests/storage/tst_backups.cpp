// Automatic backups and restoring one (issue 17 item 6): today's backup written once and checked, the
// rotation applied to the folder's files, a leftover of a killed backup removed, a folder that cannot be
// made named in the error, the preview's figures, and a restore that keeps the replaced book, leaves one
// file behind and refuses (book unchanged) a book in use or a backup that is not a book.

#include "TestBooks.h"

#include "storage/Backups.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void dailyBackupOncePerDay();
    void rotationKeepsSevenDailyFourWeekly();
    void leftoverOfAKilledBackupIsRemoved();
    void folderThatCannotBeMade();
    void previewSaysWhatTheBackupHolds();
    void restoreKeepsTheReplacedBook();
    void restoreRefusesABookInUse();
    void restoreRefusesANonBook();

private:
    // A book with `count` accounts written on `day`, closed again.
    void makeBook(const QString& path, int count, QDate day);
    static int accountsIn(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_book;
    QString m_folder;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_book = m_dir->filePath(QStringLiteral("team.sqlite"));
    m_folder = m_dir->filePath(QStringLiteral("backups"));
}

void TestBackups::makeBook(const QString& path, int count, QDate day)
{
    const FixedClock clock(day);
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
    QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
    for (int i = 0; i < count; ++i) {
        Account a;
        a.name = QStringLiteral("Account %1").arg(i + 1);
        auto saved = (*book)->accounts().save(a);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    }
}

int TestBackups::accountsIn(const QString& path)
{
    auto book = Book::open(path, Book::OpenMode::ReadOnly);
    if (!book)
        return -1;
    auto n = (*book)->accounts().count();
    return n ? int(*n) : -1;
}

void TestBackups::dailyBackupOncePerDay()
{
    makeBook(m_book, 3, QDate(2025, 4, 1));
    auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    auto first = Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("team-2025-04-01.auto-backup.sqlite"));
    QCOMPARE(accountsIn(*first), 3);
    // Later the same day, after a change: today's backup stays the one taken first.
    const QByteArray hash = test::fileHash(*first);
    Account more;
    more.name = QStringLiteral("Later");
    QVERIFY((*book)->accounts().save(more));
    auto again = Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1));
    QVERIFY(again);
    QCOMPARE(*again, *first);
    QCOMPARE(test::fileHash(*again), hash);
    // The next day: a new one, with the change.
    auto next = Backups::takeDaily(**book, m_folder, QDate(2025, 4, 2));
    QVERIFY(next);
    QCOMPARE(accountsIn(*next), 4);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 2);
}

void TestBackups::rotationKeepsSevenDailyFourWeekly()
{
    makeBook(m_book, 1, QDate(2025, 4, 1));
    auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    // A month of earlier backups (copies of one real backup), another book's backup and a replaced book.
    auto seed = Backups::takeDaily(**book, m_folder, QDate(2025, 3, 1));
    QVERIFY(seed);
    for (QDate d(2025, 3, 2); d <= QDate(2025, 3, 31); d = d.addDays(1))
        QVERIFY(QFile::copy(*seed, QDir(m_folder).filePath(Backups::dailyName(m_book, d))));
    const QString other = QDir(m_folder).filePath(QStringLiteral("other-2025-01-01.auto-backup.sqlite"));
    const QString replaced =
        QDir(m_folder).filePath(QStringLiteral("team-2025-01-01T090000.replaced.sqlite"));
    QVERIFY(QFile::copy(*seed, other));
    QVERIFY(QFile::copy(*seed, replaced));
    QVERIFY(Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1)));
    // Worked out in tst_backup_rotation: 1 April to 26 March, then 23, 16, 9 and 2 March.
    QStringList expected;
    for (int day : {26, 27, 28, 29, 30, 31})
        expected << Backups::dailyName(m_book, QDate(2025, 3, day));
    for (int day : {2, 9, 16, 23})
        expected << Backups::dailyName(m_book, QDate(2025, 3, day));
    expected << Backups::dailyName(m_book, QDate(2025, 4, 1)) << QFileInfo(other).fileName()
             << QFileInfo(replaced).fileName();
    QStringList files = QDir(m_folder).entryList(QDir::Files);
    files.sort();
    expected.sort();
    QCOMPARE(files, expected);
    // What the restore dialog lists: this book's backups only, newest first.
    const QList<BackupSummary> listed = Backups::list(m_book, m_folder);
    QCOMPARE(listed.size(), 12);
    QCOMPARE(QFileInfo(listed.front().path).fileName(), Backups::dailyName(m_book, QDate(2025, 4, 1)));
    QCOMPARE(listed.back().kind, BackupSummary::Kind::Replaced);
    QCOMPARE(listed.back().taken, QDateTime(QDate(2025, 1, 1), QTime(9, 0)));
}

void TestBackups::leftoverOfAKilledBackupIsRemoved()
{
    makeBook(m_book, 1, QDate(2025, 4, 1));
    QVERIFY(QDir().mkpath(m_folder));
    const QString leftover =
        QDir(m_folder).filePath(QStringLiteral("team-2025-03-31.auto-backup.sqlite.partial-abc123"));
    test::writeFile(leftover, QByteArray("half a backup"));
    const QString notOurs = QDir(m_folder).filePath(QStringLiteral("notes.txt.partial-abc123"));
    test::writeFile(notOurs, QByteArray("someone else's"));
    auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    QVERIFY(Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1)));
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(QFileInfo::exists(notOurs));
}

void TestBackups::folderThatCannotBeMade()
{
    makeBook(m_book, 1, QDate(2025, 4, 1));
    // A folder "inside" a file: what a drive that is gone looks like to mkpath (and works as root too).
    const QString blocker = m_dir->filePath(QStringLiteral("drive"));
    test::writeFile(blocker, QByteArray("not a folder"));
    const QString folder = blocker + QStringLiteral("/backups");
    auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    auto r = Backups::takeDaily(**book, folder, QDate(2025, 4, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().where, folder);
    QVERIFY(r.error().hint.contains(QLatin1String("Preferences")));
}

void TestBackups::previewSaysWhatTheBackupHolds()
{
    makeBook(m_book, 4, QDate(2025, 3, 20));
    {
        // One account deleted on a later day: 3 live accounts, the last change that day at noon UTC.
        const FixedClock later(QDate(2025, 3, 28));
        auto book = Book::open(m_book, Book::OpenMode::ReadWrite, later);
        QVERIFY(book);
        auto all = (*book)->accounts().list();
        QVERIFY(all);
        QVERIFY((*book)->accounts().remove(all->front().id));
        QVERIFY(Backups::takeDaily(**book, m_folder, QDate(2025, 3, 28)));
    }
    auto s = Backups::describe(QDir(m_folder).filePath(Backups::dailyName(m_book, QDate(2025, 3, 28))));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->accounts, qint64(3));
    QCOMPARE(s->lastChange, QDateTime(QDate(2025, 3, 28), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(s->schemaVersion, Book::currentSchemaVersion());
    QCOMPARE(s->kind, BackupSummary::Kind::Daily);
}

void TestBackups::restoreKeepsTheReplacedBook()
{
    makeBook(m_book, 3, QDate(2025, 4, 1));
    QString backup;
    {
        auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
        QVERIFY(book);
        auto taken = Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1));
        QVERIFY(taken);
        backup = *taken;
        for (int i = 0; i < 2; ++i) {
            Account a;
            a.name = QStringLiteral("After the backup %1").arg(i);
            QVERIFY((*book)->accounts().save(a));
        }
    }
    QCOMPARE(accountsIn(m_book), 5);
    const QDateTime now(QDate(2025, 4, 2), QTime(10, 30, 15));
    auto kept = Backups::restore(m_book, backup, m_folder, now);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
    QCOMPARE(QFileInfo(*kept).fileName(), QStringLiteral("team-2025-04-02T103015.replaced.sqlite"));
    QCOMPARE(accountsIn(m_book), 3);
    QCOMPARE(accountsIn(*kept), 5);
    QVERIFY(!test::hasSidecars(m_book));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());
    // The restored book is a whole book again, for writing.
    auto reopened = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(reopened);
    auto report = (*reopened)->check(true);
    QVERIFY(report && report->ok);
}

void TestBackups::restoreRefusesABookInUse()
{
    makeBook(m_book, 2, QDate(2025, 4, 1));
    auto book = Book::open(m_book, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    auto backup = Backups::takeDaily(**book, m_folder, QDate(2025, 4, 1));
    QVERIFY(backup);
    // The book is still open for writing here (its lock is held): the restore must not touch it.
    const QByteArray before = test::fileHash(m_book);
    auto r = Backups::restore(m_book, *backup, m_folder, QDateTime(QDate(2025, 4, 2), QTime(9, 0)));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Locked);
    QCOMPARE(r.error().where, m_book);
    QCOMPARE(test::fileHash(m_book), before);
}

void TestBackups::restoreRefusesANonBook()
{
    makeBook(m_book, 2, QDate(2025, 4, 1));
    const QString fake = m_dir->filePath(QStringLiteral("fake.sqlite"));
    test::writeFile(fake, QByteArray(4096, 'x'));
    const QByteArray before = test::fileHash(m_book);
    auto r = Backups::restore(m_book, fake, m_folder, QDateTime(QDate(2025, 4, 2), QTime(9, 0)));
    QVERIFY(!r);
    QCOMPARE(r.error().where, fake);
    QCOMPARE(test::fileHash(m_book), before);
    QVERIFY(!QFileInfo::exists(m_folder));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
