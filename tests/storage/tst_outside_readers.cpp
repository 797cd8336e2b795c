// Issue 9, item 1: nothing saved is lost when another program reads a book that the app has open. A child
// process holds the book the way the app does (the window's read-write Book plus the reader thread's
// read-only one) and writes; another process reads the book, through the sqlite3 C API as the sqlite3 shell
// does, or as a second instance of the app that opens it read-only; the child writes again and is killed
// with SIGKILL; every write must be in the book.

#include "RawSqlite.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <iostream>
#include <string>

using namespace csm;
using namespace csm::test;

namespace {

const FixedClock kClock(QDate(2025, 6, 2));

QString program()
{
    return QCoreApplication::applicationFilePath();
}

// Child: holds the book open for writing and a read-only view of it (the workspace's reader thread), and
// saves an account for every "write NAME" line on stdin, answering "written NAME" once it is committed.
// "view" opens and closes one more read-only Book, as the app does for a backup or a new reader thread.
int holdAndWrite(const QString& path)
{
    auto book = Book::open(path, Book::OpenMode::ReadWrite, kClock);
    if (!book) {
        std::cout << "error " << book.error().toString().toStdString() << std::endl;
        return 1;
    }
    auto reader = Book::open(path, Book::OpenMode::ReadOnly, kClock, Book::IntegrityCheck::Skip);
    if (!reader || !(*reader)->accounts().count()) {
        std::cout << "error reader" << std::endl;
        return 1;
    }
    std::cout << "ready" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line);
        if (command.startsWith(QLatin1String("write "))) {
            Account a;
            a.name = command.mid(6);
            if (!(*book)->accounts().save(a)) {
                std::cout << "error write" << std::endl;
                return 1;
            }
            std::cout << "written " << a.name.toStdString() << std::endl;
        } else if (command == QLatin1String("view")) {
            auto view = Book::open(path, Book::OpenMode::ReadOnly, kClock, Book::IntegrityCheck::Skip);
            std::cout << (view && (*view)->accounts().count() ? "viewed" : "error view") << std::endl;
        }
    }
    return 0;
}

// Child: `sqlite3 BOOK "SELECT count(*) FROM account"`: a read-write connection of the SQLite C API that
// reads and closes again (closing the last connection checkpoints and deletes the WAL).
int sqliteRead(const QString& path)
{
    RawDb db(path);
    const QStringList count = db.column(QStringLiteral("SELECT count(*) FROM account"));
    std::cout << "count " << count.value(0).toStdString() << std::endl;
    return db.isOpen() ? 0 : 1;
}

// Child: a second instance of the app that opens the book read-only, as a second window does (its own
// read-only Book and its reader thread's), reads, and quits.
int appView(const QString& path)
{
    auto view = Book::open(path, Book::OpenMode::ReadOnly, kClock);
    if (!view)
        return 1;
    auto reader = Book::open(path, Book::OpenMode::ReadOnly, kClock, Book::IntegrityCheck::Skip);
    if (!reader)
        return 1;
    std::cout << "count " << (*reader)->accounts().count().value() << " "
              << (*view)->accounts().count().value() << std::endl;
    return 0;
}

} // namespace

class OutsideReadersTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newBook(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing, kClock);
        return book ? path : QString();
    }

    static QByteArray ask(QProcess& child, const QByteArray& line)
    {
        child.write(line + '\n');
        if (!child.waitForReadyRead(20000))
            return "timeout";
        return child.readLine().trimmed();
    }

    static QByteArray runChild(const QString& mode, const QString& path)
    {
        QProcess p;
        p.start(program(), {mode, path});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return "failed: " + p.readAllStandardError();
        return p.readAllStandardOutput().trimmed();
    }

    static QStringList accountNames(const QString& path)
    {
        auto book = Book::open(path, Book::OpenMode::ReadOnly, kClock);
        if (!book)
            return {QStringLiteral("error: ") + book.error().toString()};
        const Result<QList<Account>> accounts = (*book)->accounts().list();
        if (!accounts)
            return {QStringLiteral("error: ") + accounts.error().toString()};
        QStringList names;
        for (const Account& a : accounts.value())
            names << a.name;
        names.sort();
        return names;
    }

    // The scenario of the issue with `outsideRead` as the other program.
    void writesSurviveAKillAfter(const QString& outsideMode, const QByteArray& expectedAnswer)
    {
        const QString path = newBook(outsideMode.mid(2) + QStringLiteral(".sqlite"));
        QVERIFY(!path.isEmpty());
        QProcess app;
        app.start(program(), {QStringLiteral("--hold-and-write"), path});
        QVERIFY(app.waitForStarted());
        QVERIFY(app.waitForReadyRead(20000));
        QCOMPARE(app.readLine().trimmed(), QByteArray("ready"));

        // What the child and the other program answer, checked after the book: a lost write is the failure
        // that matters most.
        QList<QByteArray> answers;
        answers << ask(app, "write before") << runChild(outsideMode, path);
        // The files SQLite keeps beside an open book are still there.
        const bool sideFilesKept = QFileInfo::exists(path + QLatin1String("-wal")) &&
                                   QFileInfo::exists(path + QLatin1String("-shm"));
        answers << ask(app, "write after") << ask(app, "view") << runChild(outsideMode, path).left(7)
                << ask(app, "write last");

        app.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QCOMPARE(accountNames(path),
                 (QStringList{QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("last")}));
        QCOMPARE(answers, (QList<QByteArray>{"written before", expectedAnswer, "written after", "viewed",
                                             "count 2", "written last"}));
        QVERIFY(sideFilesKept);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesSurviveAnSqliteShellReadingTheOpenBook()
    {
        writesSurviveAKillAfter(QStringLiteral("--sqlite-read"), "count 1");
    }

    void writesSurviveASecondInstanceOpeningTheBookReadOnly()
    {
        writesSurviveAKillAfter(QStringLiteral("--app-view"), "count 1 1");
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        if (qstrcmp(argv[1], "--hold-and-write") == 0)
            return holdAndWrite(path);
        if (qstrcmp(argv[1], "--sqlite-read") == 0)
            return sqliteRead(path);
        if (qstrcmp(argv[1], "--app-view") == 0)
            return appView(path);
    }
    OutsideReadersTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outside_readers.moc"
