// The whole-book reads' index of account ids (models/storage/AccountRows.h): every id inserted is found with
// its number through the table's growth and reserved room, an id given twice keeps its first number, ids that
// differ in one byte or in length are told apart, and an absent id (or a look-up in an empty index) is -1;
// a scan's look-up from a cursor finds the same numbers whatever order the rows come in, and ids in id order.

#include "AccountRows.h"

#include <QRandomGenerator>
#include <QTest>

using csm::storage::AccountIndex;

class AccountIndexTest : public QObject
{
    Q_OBJECT

    static QByteArray idOf(int i)
    {
        // UUID-shaped like the book's ids, differing only in their last digits.
        return QByteArray("01890fd4-1d4e-7e94-9fd0-") + QByteArray::number(i, 16).rightJustified(12, '0');
    }

private slots:
    void everyIdIsFoundWithItsNumber()
    {
        AccountIndex index;
        QCOMPARE(index.find("anything"), -1);
        const int n = 50'000; // many growths from the first 16 slots
        for (int i = 0; i < n; ++i)
            index.insert(idOf(i), i * 3);
        QCOMPARE(index.size(), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(index.find(idOf(i)), i * 3);
        QCOMPARE(index.find(idOf(n)), -1);
        QCOMPARE(index.find(idOf(0).chopped(1)), -1); // a prefix of an id
        QCOMPARE(index.find(idOf(0) + 'x'), -1);      // an id with more after it
        QCOMPARE(index.find(QByteArray()), -1);
    }

    // Reserved room, too small or reserved again after ids are in, never loses an id.
    void reservedRoomKeepsEveryId()
    {
        AccountIndex index;
        index.reserve(1'000, 36);
        for (int i = 0; i < 3'000; ++i) { // past the room reserved: grows as without it
            index.insert(idOf(i), i);
            if (i == 500)
                index.reserve(10'000, 36); // with ids in it
        }
        index.reserve(10, 36); // smaller than what it has: nothing moves
        QCOMPARE(index.size(), 3'000);
        for (int i = 0; i < 3'000; ++i)
            QCOMPARE(index.find(idOf(i)), i);
        QCOMPARE(index.find(idOf(3'000)), -1);
    }

    // Rows in the accounts' order (the cursor's next id), repeated, backwards, at random, absent or after an
    // absent one: the cursor's look-up gives what the hash gives, and leaves the cursor on the id found.
    void aCursorFindsWhatTheHashFinds()
    {
        AccountIndex index;
        const int n = 1'000;
        for (int i = 0; i < n; ++i)
            index.insert(idOf(i), 5 * i);
        QList<QByteArray> rows;
        for (int i = 0; i < n; ++i)
            rows << idOf(i) << idOf(i); // written account by account
        for (int i = n - 1; i >= 0; --i)
            rows << idOf(i);
        for (int i = 0; i < n; ++i)
            rows << idOf(int(QRandomGenerator::global()->bounded(n + 50))); // some absent
        rows << idOf(3) << idOf(n + 7) << idOf(4) << QByteArray() << idOf(0);
        AccountIndex::Cursor near;
        for (const QByteArray& id : std::as_const(rows)) {
            const int number = index.find(id, near);
            QCOMPARE(number, index.find(id));
            if (number >= 0)
                QCOMPARE(number, 5 * id.right(12).toInt(nullptr, 16));
        }
        AccountIndex::Cursor fresh;
        QCOMPARE(AccountIndex().find(idOf(0), fresh), -1); // an empty index
    }

    // The ids in byte order however they were inserted (the portfolio merges a day's snapshots on them).
    void idsComeInByteOrder()
    {
        AccountIndex index;
        const QList<QByteArray> ids = {"b", "a", "ab", "", "ba", "a"};
        for (int i = 0; i < ids.size(); ++i)
            index.insert(ids[i], i);
        QList<QByteArray> got;
        QList<int> numbers;
        for (const AccountIndex::Entry& e : index.inIdOrder()) {
            got << e.id.toByteArray();
            numbers << e.number;
        }
        QCOMPARE(got, (QList<QByteArray>{"", "a", "ab", "b", "ba"}));
        QCOMPARE(numbers, (QList<int>{3, 1, 2, 0, 4}));
    }

    void aRepeatedIdKeepsItsFirstNumber()
    {
        AccountIndex index;
        index.insert("a", 1);
        index.insert("b", 2);
        index.insert("a", 7);
        index.insert("", 9); // an empty id is an id like any other
        QCOMPARE(index.size(), 3);
        QCOMPARE(index.find("a"), 1);
        QCOMPARE(index.find("b"), 2);
        QCOMPARE(index.find(""), 9);
        QCOMPARE(index.find("ab"), -1);
    }
};

QTEST_GUILESS_MAIN(AccountIndexTest)
#include "tst_accountindex.moc"
