// A book from someone else must not run anything (issue 17): every connection of the connection factory
// refuses extension loading, keeps the schema read-only (defensive mode), checks cell sizes and maps no
// memory; readers also distrust the schema (trusted_schema = OFF). Each setting is read back from SQLite
// itself, and a crafted book that tries to load an extension is opened and read without loading it.

#include "Connection.h"
#include "RawSqlite.h"
#include "Sqlite.h"
#include "TestBooks.h"

#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace csm;
using namespace csm::storage;

namespace {

qint64 pragma(sqlite3* db, const char* name)
{
    sqlite3_stmt* q = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK)
        return -1;
    const qint64 value = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    return value;
}

int dbConfig(sqlite3* db, int option)
{
    int value = -1;
    sqlite3_db_config(db, option, -1, &value);
    return value;
}

// The error SQLite gives for one statement, empty when it ran.
QString failureOf(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    QString text = QString::fromUtf8(message ? message : "failed");
    sqlite3_free(message);
    return text;
}

} // namespace

class TestConnectionSafety : public QObject
{
    Q_OBJECT
private slots:
    void everyRoleIsDefensive_data();
    void everyRoleIsDefensive();
    void craftedBookLoadsNothing();

private:
    QTemporaryDir m_dir;
};

void TestConnectionSafety::everyRoleIsDefensive_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("reader") << int(ConnectionRole::Reader) << false;
    QTest::newRow("writer") << int(ConnectionRole::Writer) << true;
    QTest::newRow("upgrader") << int(ConnectionRole::Upgrader) << true;
}

void TestConnectionSafety::everyRoleIsDefensive()
{
    QFETCH(int, role);
    QFETCH(bool, trusted);
    const QString path = m_dir.filePath(QStringLiteral("safety-%1.sqlite").arg(role));
    {
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().message));
    }
    auto c = openConnection(path, ConnectionRole(role));
    QVERIFY(c);
    sqlite3* db = c->handle();
    QCOMPARE(dbConfig(db, SQLITE_DBCONFIG_DEFENSIVE), 1);
    QCOMPARE(dbConfig(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0);
    QCOMPARE(dbConfig(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA), trusted ? 1 : 0);
    QCOMPARE(pragma(db, "trusted_schema"), trusted ? 1 : 0);
    QCOMPARE(pragma(db, "cell_size_check"), 1);
    QCOMPARE(pragma(db, "mmap_size"), 0);
    // What a crafted book would need: loading code, or a schema it may rewrite. Both refused.
    QVERIFY(failureOf(db, "SELECT load_extension('/nonexistent/csm-evil')")
                .contains(QLatin1String("not authorized")));
    if (ConnectionRole(role) != ConnectionRole::Reader) {
        QVERIFY(failureOf(db, "PRAGMA writable_schema = ON").isEmpty()); // accepted, and without effect:
        QVERIFY(!failureOf(db, "UPDATE sqlite_schema SET sql = sql WHERE name = 'accounts'").isEmpty());
    }
}

void TestConnectionSafety::craftedBookLoadsNothing()
{
    // A book as a stranger could make it: a view and a trigger that load an extension when read or written.
    const QString path = m_dir.filePath(QStringLiteral("crafted.sqlite"));
    {
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing);
        QVERIFY(book);
    }
    {
        test::RawDb raw(path);
        QVERIFY(raw.script(
            QStringLiteral("CREATE VIEW csm_evil AS SELECT load_extension('/nonexistent/csm-evil') AS x;"
                           "CREATE TRIGGER csm_evil_insert AFTER INSERT ON account BEGIN "
                           "SELECT load_extension('/nonexistent/csm-evil'); END;")));
    }
    const QByteArray before = test::fileHash(path);
    // Read-only, the way a team lead opens someone's book: it opens and reads; the view cannot load.
    {
        auto book = Book::open(path, Book::OpenMode::ReadOnly);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().message));
        QVERIFY((*book)->accounts().list());
    }
    QCOMPARE(test::fileHash(path), before);
    // For writing: the trigger runs with the insert, and fails instead of loading anything; the insert with
    // it.
    auto book = Book::open(path, Book::OpenMode::ReadWrite);
    QVERIFY(book);
    Account a;
    a.name = QStringLiteral("Acme");
    const auto saved = (*book)->accounts().save(a);
    QVERIFY(!saved);
    // SQLite refuses load_extension in a schema outright (a direct-only function): "unsafe use of
    // load_extension()"; were it allowed there, extension loading is off ("not authorized").
    const QString why = saved.error().toString();
    QVERIFY2(why.contains(QLatin1String("unsafe use of load_extension")) ||
                 why.contains(QLatin1String("not authorized")),
             qPrintable(why));
    QCOMPARE((*book)->accounts().count().value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestConnectionSafety)
#include "tst_connection_safety.moc"
