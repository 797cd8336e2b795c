// Transactions: rollback on scope exit, nested transactions join the outer one, one change announcement.

#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace csm;

class TransactionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2025, 6, 2)};
    std::unique_ptr<Book> m_book;
    int m_n = 0;

    Account account(const QString& name)
    {
        Account a;
        a.name = name;
        return a;
    }

private slots:
    void init()
    {
        auto book = Book::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)),
                               Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(book);
        m_book = std::move(book.value());
    }

    void aTransactionLeftUncommittedRollsBack()
    {
        QSignalSpy spy(m_book.get(), &Book::changed);
        {
            Transaction tx(*m_book);
            QVERIFY(tx.begun());
            QVERIFY(m_book->accounts().save(account(QStringLiteral("Gone"))));
        }
        QCOMPARE(m_book->accounts().count().value(), 0);
        QCOMPARE(spy.count(), 0);
    }

    void nestedWritesCommitOnceWithTheMergedChangeSet()
    {
        QSignalSpy spy(m_book.get(), &Book::changed);
        Id a;
        {
            Transaction tx(*m_book);
            a = m_book->accounts().save(account(QStringLiteral("A")))->id;
            Contact c;
            c.accountId = a;
            c.name = QStringLiteral("Suzuki");
            QVERIFY(m_book->contacts().save(c));
            QCOMPARE(spy.count(), 0); // nothing announced before the outer commit
            QVERIFY(tx.commit());
        }
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.first().first().value<ChangeSet>();
        QVERIFY(changes.touches(ChangeSet::Entity::Account));
        QVERIFY(changes.touches(ChangeSet::Entity::Contact));
        QVERIFY(!changes.touches(ChangeSet::Entity::Touch));
        QCOMPARE(changes.accountIds, QSet<Id>{a});
        QCOMPARE(m_book->accounts().count().value(), 1);
    }

    void aSingleRepositoryWriteAnnouncesItself()
    {
        QSignalSpy spy(m_book.get(), &Book::changed);
        auto a = m_book->accounts().save(account(QStringLiteral("Solo")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChangeSet>().accountIds, QSet<Id>{a->id});
    }

    void anInnerTransactionGivingUpDoomsTheOuterOne()
    {
        QSignalSpy spy(m_book.get(), &Book::changed);
        {
            Transaction outer(*m_book);
            QVERIFY(m_book->accounts().save(account(QStringLiteral("Kept?"))));
            {
                Transaction inner(*m_book);
                inner.record(ChangeSet::Entity::Touch, {});
            } // not committed
            QVERIFY(!outer.commit());
        }
        QCOMPARE(m_book->accounts().count().value(), 0);
        QCOMPARE(spy.count(), 0);
    }

    void aFailedWriteInsideATransactionDoesNotCommitIt()
    {
        Transaction tx(*m_book);
        QVERIFY(m_book->accounts().save(account(QStringLiteral("Fine"))));
        Account bad = account(QStringLiteral("Bad"));
        bad.seats = -5;
        QVERIFY(!m_book->accounts().save(bad));
        QVERIFY(!tx.commit());
        QCOMPARE(m_book->accounts().count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TransactionTest)
#include "tst_transaction.moc"
