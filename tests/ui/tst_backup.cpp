// Issue 9, item 3: File ▸ Backup replaces an earlier backup only with a new one that is complete and checked.
// A backup that fails (a full disk, a read-only folder) leaves the earlier file as it was and says so.

#include "TestWorkspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace csm;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Accounts in a book file, read through a book of its own.
int accountsIn(const QString& path)
{
    auto book = Book::open(path, Book::OpenMode::ReadOnly, Clock::system());
    if (!book)
        return -1;
    return int((*book)->accounts().count().value());
}

// Closes the message boxes the window shows and remembers their text.
class MessageBoxCatcher : public QObject
{
public:
    QStringList texts;
    MessageBoxCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->accept();
            }
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

// Writes past `bytes` fail with EFBIG (SIGXFSZ ignored) while it lives: a full disk without root.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void aBackupReplacesTheEarlierOneWithTheWholeBook()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        MainWindow window(*small.workspace);
        const QString target = small.dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(window.backupBookTo(target));
        QCOMPARE(accountsIn(target), 2);

        Account more;
        more.name = QStringLiteral("Umbrella");
        QVERIFY(small.workspace->book()->accounts().save(more));
        QVERIFY(window.backupBookTo(target));
        QCOMPARE(accountsIn(target), 3);
        // Nothing of the backup's own is left beside it.
        QCOMPARE(QDir(small.dir.path()).entryList({QStringLiteral("backup.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("backup.sqlite")});
    }

    void aFullDiskLeavesTheEarlierBackupAsItWas()
    {
        test::SmallBook small;
        QVERIFY(small.create(true));
        // Enough rows that the copy is bigger than the limit below.
        for (int i = 0; i < 400; ++i) {
            Account a;
            a.name = QStringLiteral("Account %1 with a name long enough to fill pages").arg(i);
            QVERIFY(small.workspace->book()->accounts().save(a));
        }
        MainWindow window(*small.workspace);
        const QString target = small.dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(window.backupBookTo(target));
        const QByteArray earlier = hashOf(target);
        QVERIFY(QFileInfo(target).size() > 64 * 1024);
        Account more;
        more.name = QStringLiteral("Umbrella");
        QVERIFY(small.workspace->book()->accounts().save(more));

        MessageBoxCatcher boxes;
        bool backedUp = true;
        {
            const FileSizeLimit full(32 * 1024);
            QVERIFY(full.ok());
            backedUp = window.backupBookTo(target);
        }
        QVERIFY(!backedUp);
        QTRY_COMPARE(boxes.texts.size(), 1);
        QCOMPARE(hashOf(target), earlier);
        QCOMPARE(accountsIn(target), 402);
        QCOMPARE(QDir(small.dir.path()).entryList({QStringLiteral("backup.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("backup.sqlite")});
    }

    void aReadOnlyFolderLeavesTheEarlierBackupAsItWas()
    {
        if (::geteuid() == 0)
            QSKIP("Running as root: folder permissions do not stop writes.");
        test::SmallBook small;
        QVERIFY(small.create(true));
        MainWindow window(*small.workspace);
        const QString folder = small.dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + QStringLiteral("/backup.sqlite");
        QVERIFY(window.backupBookTo(target));
        const QByteArray earlier = hashOf(target);
        Account more;
        more.name = QStringLiteral("Umbrella");
        QVERIFY(small.workspace->book()->accounts().save(more));

        MessageBoxCatcher boxes;
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const bool backedUp = window.backupBookTo(target);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!backedUp);
        QTRY_COMPARE(boxes.texts.size(), 1);
        QCOMPARE(hashOf(target), earlier);
        QCOMPARE(accountsIn(target), 2);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
