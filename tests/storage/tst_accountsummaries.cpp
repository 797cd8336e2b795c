// The accounts list's rows (AccountRepository::summaries): the facts storage reads for each account and what
// deriveSummary() makes of them, through both statements (the whole list, some accounts by id).

#include "BulkFill.h"
#include "RawSqlite.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/RenewalReads.h"
#include "storage/Repositories.h"

#include <QTest>

using namespace csm;

namespace {
const QDate kAsOf(2025, 6, 2);
} // namespace

class AccountSummariesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kAsOf};
    int m_n = 0;

    std::unique_ptr<Book> newBook()
    {
        auto book = Book::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)),
                               Book::OpenMode::CreateIfMissing, m_clock);
        return book ? std::move(book.value()) : nullptr;
    }

private slots:
    void init() { m_clock.setToday(kAsOf); }

    void summariesDeriveRenewalNoticeAndLastCustomerTouch()
    {
        auto book = newBook();
        Account a;
        a.name = QStringLiteral("Acme");
        a.seats = 25;
        const Id acme = book->accounts().save(a)->id;
        a.name = QStringLiteral("Quiet");
        a.touchModelOverride = TouchModel::High;
        const Id quiet = book->accounts().save(a)->id;

        Contract old;
        old.accountId = acme;
        old.startDate = QDate(2023, 4, 1);
        QVERIFY(book->contracts().save(old));
        Contract current = old;
        current.startDate = QDate(2024, 4, 1);
        current.noticeDays = 60;
        QVERIFY(book->contracts().save(current));

        ArrEvent e;
        e.accountId = acme;
        e.effectiveOn = QDate(2024, 4, 1);
        e.arrAfter = 12'000'000;
        QVERIFY(book->arrEvents().save(e));

        auto touch = [&](QDate d, TouchKind k) {
            Touch t;
            t.accountId = acme;
            t.occurredOn = d;
            t.kind = k;
            t.summary = QStringLiteral("talked");
            return book->touches().save(t);
        };
        QVERIFY(touch(QDate(2025, 5, 20), TouchKind::Call));
        QVERIFY(touch(QDate(2025, 5, 28), TouchKind::InternalNote)); // not a customer touch
        auto removed = touch(QDate(2025, 5, 30), TouchKind::Meeting);
        QVERIFY(book->touches().remove(removed->id));         // tombstoned
        QVERIFY(touch(QDate(2025, 6, 20), TouchKind::Email)); // after the day asked about

        auto rows = book->accounts().summaries(kAsOf);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        const AccountSummary& s = rows->at(rows->at(0).id == acme ? 0 : 1);
        QCOMPARE(s.name, QStringLiteral("Acme"));
        QCOMPARE(s.arr, 12'000'000);
        QCOMPARE(s.touchModel, TouchModel::High); // by ARR
        QCOMPARE(s.contractStart, QDate(2024, 4, 1));
        QCOMPARE(s.termMonths, 12);
        QCOMPARE(s.renewalDate, QDate(2026, 4, 1));
        QCOMPARE(s.noticeDeadline, QDate(2026, 1, 31));
        QCOMPARE(s.daysToNotice, 243);
        QCOMPARE(s.lastCustomerTouch, QDate(2025, 5, 20));

        auto only = book->accounts().summaries({quiet}, kAsOf);
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->first().touchModel, TouchModel::High); // override
        QVERIFY(!only->first().lastCustomerTouch.isValid());
        QVERIFY(!only->first().renewalDate.isValid());
    }

    // Each row carries the current score kept on the account row (schema 5), with the score 30 days earlier;
    // an account never scored has none.
    void summariesCarryTheCurrentHealth()
    {
        const QString path = m_dir.filePath(QStringLiteral("health.sqlite"));
        Id acme;
        Id quiet;
        {
            auto book = Book::open(path, Book::OpenMode::CreateIfMissing, m_clock);
            QVERIFY(book);
            Account a;
            a.name = QStringLiteral("Acme");
            auto saved = book.value()->accounts().save(a);
            QVERIFY(saved);
            acme = saved->id;
            a.name = QStringLiteral("Quiet");
            saved = book.value()->accounts().save(a);
            QVERIFY(saved);
            quiet = saved->id;
        }
        {
            test::RawDb db(path);
            QVERIFY(db.isOpen());
            // What the health recompute writes, written here by another SQLite tool.
            QVERIFY(
                db.exec(QStringLiteral("UPDATE account SET health_as_of = '2025-06-15', health_score = 82.5, "
                                       "health_band = 'green', health_score_before = 60 WHERE id = ?"),
                        {acme}));
        }

        auto book = Book::open(path, Book::OpenMode::ReadWrite, m_clock);
        QVERIFY(book);
        for (const auto& rows : {book.value()->accounts().summaries(kAsOf),
                                 book.value()->accounts().summaries({acme, quiet}, kAsOf)}) {
            QVERIFY(rows);
            QCOMPARE(rows->size(), 2);
            for (const AccountSummary& s : *rows) {
                if (s.id == acme) {
                    QCOMPARE(s.healthScore, std::optional<double>(82.5));
                    QCOMPARE(s.healthBand, std::optional<HealthBand>(HealthBand::Green));
                    QCOMPARE(s.healthScoreBefore, std::optional<double>(60.0));
                } else {
                    QVERIFY(!s.healthScore);
                    QVERIFY(!s.healthScoreBefore);
                    QVERIFY(!s.healthBand);
                }
            }
        }
    }

    // Issue 9, item 5: a contract that does not renew automatically rolled forward like one that does.
    void aContractThatDoesNotRenewEndsUnlessARenewalIsRecorded()
    {
        auto book = newBook();
        QVERIFY(book);
        Account lambda;
        lambda.name = QStringLiteral("Lambda");
        const Id acc = book->accounts().save(lambda)->id;
        Contract k;
        k.accountId = acc;
        k.startDate = QDate(2023, 7, 22);
        k.termMonths = 36;
        k.noticeDays = 60;
        k.autoRenew = false;
        QVERIFY(book->contracts().save(k));
        const auto summary = [&](QDate asOf) { return book->accounts().summaries({acc}, asOf)->at(0); };

        AccountSummary s = summary(QDate(2026, 1, 10)); // during its term: it ends on 2026-07-22
        QCOMPARE(s.renewalDate, QDate(2026, 7, 22));
        QVERIFY(!s.noticeDeadline.isValid());
        QVERIFY(!s.contractEndedOn.isValid());
        s = summary(QDate(2027, 1, 28)); // the day: no renewal in 2029, no notice deadline
        QVERIFY(!s.renewalDate.isValid());
        QVERIFY(!s.noticeDeadline.isValid());
        QCOMPARE(s.contractEndedOn, QDate(2026, 7, 22));
        QVERIFY(!s.contractEndDecided);

        // A pending renewal decides nothing; a renewal recorded as renewed runs it one more term.
        Renewal r;
        r.accountId = acc;
        r.renewalDate = QDate(2026, 7, 22);
        auto renewal = book->renewals().save(r);
        QVERIFY(renewal);
        QCOMPARE(summary(QDate(2027, 1, 28)).contractEndedOn, QDate(2026, 7, 22));
        r = renewal.value();
        r.outcome = RenewalOutcome::Renewed;
        QVERIFY(book->renewals().save(r));
        s = summary(QDate(2027, 1, 28));
        QCOMPARE(s.renewalDate, QDate(2029, 7, 22));
        QVERIFY(!s.contractEndedOn.isValid());
        s = summary(QDate(2029, 8, 1));
        QCOMPARE(s.contractEndedOn, QDate(2029, 7, 22));
        QVERIFY(!s.contractEndDecided);

        // A churn recorded at that end leaves nothing to decide.
        Renewal churn;
        churn.accountId = acc;
        churn.renewalDate = QDate(2029, 7, 22);
        churn.outcome = RenewalOutcome::Churned;
        QVERIFY(book->renewals().save(churn));
        s = summary(QDate(2029, 8, 1));
        QCOMPARE(s.contractEndedOn, QDate(2029, 7, 22));
        QVERIFY(s.contractEndDecided);

        // A later contract (renewing automatically) takes over.
        Contract next;
        next.accountId = acc;
        next.startDate = QDate(2029, 7, 22);
        m_clock.setToday(QDate(2029, 8, 1)); // a start more than a year ahead would be refused
        QVERIFY(book->contracts().save(next));
        s = summary(QDate(2029, 8, 1));
        QVERIFY(!s.contractEndedOn.isValid());
        QCOMPARE(s.renewalDate, QDate(2030, 7, 22));
        QCOMPARE(s.noticeDeadline, QDate(2030, 5, 23));
    }

    // From 20,000 accounts summaries() reads two rowid ranges on two connections at once; the rows must be
    // exactly those (and in the order) of one connection, and agree with the by-id statement field by field.
    // Schema 9: the list follows the latest contract's notice rule and renewal term, as the Renewals view
    // does. Start 2024-04-01, 12 months, then 6-month renewals: renewals on 2025-04-01, 2025-10-01, ...; as
    // of 2025-06-02 the current one is 2025-10-01. "End of the month 2 months before, moved to the business
    // day before": 31 August 2025 is a Sunday, so Friday 29 August (no public holiday then). The days kept
    // for older builds (32: the first renewal's deadline, Friday 28 February 2025, to 1 April) would have
    // given 2026-02-28 on a renewal rolled by 12 months.
    void theListFollowsTheNoticeRuleAndTheRenewalTerm()
    {
        auto book = newBook();
        Account a;
        a.name = QStringLiteral("Ruled");
        const Id ruled = book->accounts().save(a)->id;
        ArrEvent e;
        e.accountId = ruled;
        e.effectiveOn = QDate(2024, 4, 1);
        e.arrAfter = 6'000'000;
        QVERIFY(book->arrEvents().save(e));
        Contract c;
        c.accountId = ruled;
        c.startDate = QDate(2024, 4, 1);
        c.termMonths = 12;
        c.renewalTermMonths = 6;
        c.noticeRule = QStringLiteral("end-of-month:2:bd");
        c.noticeDays = 32;
        auto saved = book->contracts().save(c);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

        for (const bool byId : {false, true}) {
            auto rows = byId ? book->accounts().summaries(QList<Id>{ruled}, kAsOf)
                             : book->accounts().summaries(kAsOf);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->at(0).renewalDate, QDate(2025, 10, 1));
            QCOMPARE(rows->at(0).noticeDeadline, QDate(2025, 8, 29));
            QCOMPARE(rows->at(0).daysToNotice, int(kAsOf.daysTo(QDate(2025, 8, 29))));
        }
        // The Renewals view's read agrees.
        auto upcoming = readUpcomingRenewals(*book, kAsOf, 365);
        QVERIFY(upcoming);
        QCOMPARE(upcoming->size(), 1);
        QCOMPARE(upcoming->at(0).point.noticeDeadline, QDate(2025, 8, 29));

        // Edited to "60 days before" with the first term for renewals: the facts follow the edit.
        Contract edited = saved.value();
        edited.noticeRule.clear();
        edited.noticeDays = 60;
        edited.renewalTermMonths = 0;
        QVERIFY(book->contracts().save(edited));
        auto rows = book->accounts().summaries(kAsOf);
        QVERIFY(rows);
        QCOMPARE(rows->at(0).renewalDate, QDate(2026, 4, 1));
        QCOMPARE(rows->at(0).noticeDeadline, QDate(2026, 1, 31));
    }

    void aListReadInTwoRangesEqualsTheByIdRead()
    {
        const int accounts = 21'000;
        auto book = newBook();
        QVERIFY(book);
        {
            BulkWriter w(*book);
            QVERIFY(test::fillBulk(w, accounts, 0, kAsOf));
            QVERIFY(w.commit());
        }
        // Tombstones on both sides of the split point are left out of both reads.
        for (int i : {0, 10'499, 10'500, 10'501, 20'999})
            QVERIFY(book->accounts().remove(test::bulkId(i)));

        auto all = book->accounts().summaries(kAsOf);
        QVERIFY(all);
        QCOMPARE(all->size(), accounts - 5);
        QList<Id> ids;
        for (int i = 0; i < accounts; ++i)
            ids << test::bulkId(i);
        auto byId = book->accounts().summaries(ids, kAsOf);
        QVERIFY(byId);
        QCOMPARE(byId->size(), all->size());

        QHash<Id, AccountSummary> expected;
        for (const AccountSummary& s : *byId)
            expected.insert(s.id, s);
        int previous = -1;
        for (const AccountSummary& s : *all) {
            const int n = s.name.mid(8).toInt(); // "Account N"
            QVERIFY2(n > previous, "rows come in rowid (insertion) order");
            previous = n;
            QVERIFY(expected.contains(s.id));
            const AccountSummary& e = expected[s.id];
            QCOMPARE(s.name, e.name);
            QCOMPARE(s.arr, e.arr);
            QCOMPARE(s.contractStart, e.contractStart);
            QCOMPARE(s.noticeDays, e.noticeDays);
            QCOMPARE(s.lastCustomerTouch, e.lastCustomerTouch);
            QCOMPARE(s.renewalDate, e.renewalDate);
            QCOMPARE(s.noticeDeadline, e.noticeDeadline);
            QCOMPARE(s.touchModel, e.touchModel);
        }
    }
};

QTEST_GUILESS_MAIN(AccountSummariesTest)
#include "tst_accountsummaries.moc"
