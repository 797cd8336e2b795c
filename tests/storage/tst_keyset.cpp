// The set of keys a book being built checks references against (ForeignKeyLedger.h): exactly the keys added,
// a UUID only in its canonical lowercase form, any other text as it is, however many keys and in whatever
// order they were added and asked for, against std::set as the independent answer.

#include "ForeignKeyLedger.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <set>

using namespace csm::storage;

namespace {

QByteArray uuid(QRandomGenerator& random)
{
    quint64 parts[2] = {random.generate64(), random.generate64()};
    QByteArray bytes(reinterpret_cast<const char*>(parts), sizeof parts);
    return QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
}

} // namespace

class TestKeySet : public QObject
{
    Q_OBJECT

private slots:
    // Keys added between lookups (as rows of a table are written while the next table's rows ask), growing
    // the table many times over, and looked up in random order, again in a row and not at all.
    void holdsExactlyTheKeysAdded()
    {
        QRandomGenerator random(20261202);
        KeySet set;
        std::set<QByteArray> expected;
        QList<QByteArray> absent;
        for (int round = 0; round < 12; ++round) {
            const int adds = 1 << round;
            for (int i = 0; i < adds; ++i) {
                const QByteArray key = uuid(random);
                set.add(key);
                expected.insert(key);
                if (i % 3 == 0)
                    set.add(key); // a key written twice is one key
            }
            for (int i = 0; i < 64; ++i)
                absent << uuid(random);
            for (const QByteArray& key : expected)
                QVERIFY2(set.contains(key), key.constData());
            for (const QByteArray& key : std::as_const(absent))
                QVERIFY2(!set.contains(key), key.constData());
        }
        // The key found last, then another that differs in its last character only.
        const QByteArray key = *expected.begin();
        QVERIFY(set.contains(key));
        QVERIFY(set.contains(key));
        QByteArray near = key;
        near.back() = near.back() == '0' ? '1' : '0';
        QCOMPARE(set.contains(near), expected.count(near) == 1);
    }

    // What SQLite compares is the text: a UUID in capitals, with braces or without its dashes is another key;
    // the nil UUID (all zeros, the table's empty slot) is a key like any other; other text is kept as it is.
    void comparesTheTextAsSqliteDoes()
    {
        KeySet set;
        const QByteArray id = "017a5f6b-edfe-72f6-9534-c46bbaa596fa";
        const QByteArray nil = "00000000-0000-0000-0000-000000000000";
        QVERIFY(!set.contains(id));
        QVERIFY(!set.contains(nil));
        set.add(id);
        set.add("acme");
        set.add("42");
        QVERIFY(set.contains(id));
        QVERIFY(!set.contains(id.toUpper()));
        QVERIFY(!set.contains("{" + id + "}"));
        QVERIFY(!set.contains(QByteArray(id).replace('-', "")));
        QVERIFY(!set.contains(nil));
        QVERIFY(set.contains("acme"));
        QVERIFY(!set.contains("ACME"));
        QVERIFY(set.contains("42"));
        QVERIFY(!set.contains("042"));
        QVERIFY(!set.contains(""));
        set.add(nil);
        QVERIFY(set.contains(nil));
        set.add(id.toUpper());
        QVERIFY(set.contains(id.toUpper()));
        // Not a hex digit where one belongs, in each of the five groups.
        for (const int at : {0, 9, 14, 19, 35}) {
            QByteArray bad = id;
            bad[at] = 'g';
            QVERIFY2(!set.contains(bad), bad.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestKeySet)
#include "tst_keyset.moc"
