// The whole-book reads' index of account ids (models/storage/AccountRows.h): every id inserted is found with
// its number through the table's growth and reserved room, an id given twice keeps its first number, ids that
// differ in one byte or in length are told apart, and an absent id (or a look-up in an empty index) is -1.

#include "AccountRows.h"

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
