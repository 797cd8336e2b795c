// The settings a large index build runs with (storage::LargeSortScope, Sqlite.h): the index it builds holds
// every row, and the connection's page cache, temporary storage and helper threads are its own again after,
// inside a transaction as outside one, and however the build ended.

#include "RawSqlite.h"
#include "Sqlite.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace csm::storage;

namespace {

qint64 pragma(sqlite3* db, const char* name)
{
    Stmt q(db, QByteArray("PRAGMA ") + name);
    return q.next() ? q.int64(0) : -1;
}

QList<qint64> settings(sqlite3* db)
{
    return {pragma(db, "cache_size"), pragma(db, "temp_store"), pragma(db, "threads")};
}

} // namespace

class TestLargeSort : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheIndexAndGivesTheSettingsBack_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::addColumn<bool>("fails");
        QTest::newRow("outside a transaction") << false << false;
        QTest::newRow("inside a transaction") << true << false;
        QTest::newRow("a build that fails") << true << true;
    }

    void buildsTheIndexAndGivesTheSettingsBack()
    {
        QFETCH(bool, inTransaction);
        QFETCH(bool, fails);
        QTemporaryDir dir;
        // Closed after the statements below are finalised, however the test function returns.
        csm::test::RawDb connection(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY2(connection.isOpen(), qPrintable(connection.lastError()));
        sqlite3* db = connection.handle();
        QVERIFY(exec(db, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA threads = 0"));
        const QList<qint64> before = settings(db);
        QCOMPARE(before, (QList<qint64>{-262144, 2, 0}));
        QVERIFY(exec(db, "CREATE TABLE t (k INTEGER PRIMARY KEY, a TEXT NOT NULL, b INTEGER NOT NULL)"));
        if (inTransaction)
            QVERIFY(exec(db, "BEGIN"));
        // Enough rows for the sorter's runs of 4 MB to be several.
        QVERIFY(exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                         "INSERT INTO t (a, b) SELECT printf('%08x-%d', (i * 2654435761) % 4294967296, i), "
                         "i % 97 FROM n"));
        {
            LargeSortScope sort(db);
            QCOMPARE(pragma(db, "cache_size"), qint64(-4096));
            QCOMPARE(pragma(db, "temp_store"), qint64(1)); // FILE
            QVERIFY(pragma(db, "threads") >= 1);
            QVERIFY(exec(db, "CREATE INDEX t_by_a ON t (a, b)"));
            if (fails)
                QVERIFY(!exec(db, "CREATE UNIQUE INDEX t_by_b ON t (b)")); // 97 values: refused
        }
        QCOMPARE(settings(db), before);
        if (inTransaction)
            QVERIFY(exec(db, "COMMIT"));
        Stmt count(db, "SELECT count(*) FROM t INDEXED BY t_by_a WHERE a > ''");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), qint64(200000));
        Stmt check(db, "PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestLargeSort)
#include "tst_largesort.moc"
