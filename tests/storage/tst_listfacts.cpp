// What the accounts list reads from the account row (schema 3): the latest live customer touch and the
// latest live contract, kept by triggers through every kind of write, checked against the same facts
// computed from the touch and contract tables.

#include "ListFactsCheck.h"
#include "TestBooks.h"
#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/Repositories.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

namespace {

const QDate kToday(2025, 6, 30);

} // namespace

class TestListFacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kToday};
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("facts%1.sqlite").arg(++m_n)); }

    std::unique_ptr<Book> create(const QString& path)
    {
        auto book = Book::open(path, Book::OpenMode::CreateIfMissing, m_clock);
        return book ? std::move(book.value()) : nullptr;
    }

    static Id addAccount(Book& book, const QString& name)
    {
        Account a;
        a.name = name;
        auto saved = book.accounts().save(a);
        return saved ? saved->id : Id();
    }

    static Touch touch(const Id& account, QDate on, TouchKind kind = TouchKind::Call)
    {
        Touch t;
        t.accountId = account;
        t.occurredOn = on;
        t.kind = kind;
        t.summary = QStringLiteral("talked");
        return t;
    }

    static Contract contract(const Id& account, QDate start, int term, int notice)
    {
        Contract c;
        c.accountId = account;
        c.startDate = start;
        c.termMonths = term;
        c.noticeDays = notice;
        return c;
    }

    static AccountSummary summaryOf(Book& book, const Id& id)
    {
        auto rows = book.accounts().summaries({id}, kToday);
        return rows && rows->size() == 1 ? rows->first() : AccountSummary{};
    }

private slots:
    void lastCustomerTouchFollowsEveryKindOfChange()
    {
        const QString path = newPath();
        auto opened = create(path);
        QVERIFY(opened);
        Book& book = *opened;
        const Id acme = addAccount(book, QStringLiteral("Acme"));
        const Id globex = addAccount(book, QStringLiteral("Globex"));

        QVERIFY(!summaryOf(book, acme).lastCustomerTouch.isValid());
        auto first = book.touches().save(touch(acme, QDate(2025, 5, 1)));
        QVERIFY(first);
        auto second = book.touches().save(touch(acme, QDate(2025, 6, 1)));
        QVERIFY(second);
        QVERIFY(book.touches().save(
            touch(acme, QDate(2025, 6, 10), TouchKind::InternalNote))); // not a customer touch
        QCOMPARE(summaryOf(book, acme).lastCustomerTouch, QDate(2025, 6, 1));

        Touch earlier = *second; // moved back before the first
        earlier.occurredOn = QDate(2025, 4, 1);
        QVERIFY(book.touches().save(earlier));
        QCOMPARE(summaryOf(book, acme).lastCustomerTouch, QDate(2025, 5, 1));

        Touch note = *first; // becomes an internal note
        note.kind = TouchKind::InternalNote;
        QVERIFY(book.touches().save(note));
        QCOMPARE(summaryOf(book, acme).lastCustomerTouch, QDate(2025, 4, 1));

        Touch moved = earlier; // to another account
        moved.accountId = globex;
        QVERIFY(book.touches().save(moved));
        QVERIFY(!summaryOf(book, acme).lastCustomerTouch.isValid());
        QCOMPARE(summaryOf(book, globex).lastCustomerTouch, QDate(2025, 4, 1));

        QVERIFY(book.touches().remove(moved.id)); // tombstone
        QVERIFY(!summaryOf(book, globex).lastCustomerTouch.isValid());

        // A touch dated after the day asked about does not count as of that day; the list still finds the
        // last one on or before it.
        QVERIFY(book.touches().save(touch(globex, QDate(2025, 6, 20))));
        QVERIFY(book.touches().save(touch(globex, QDate(2025, 8, 1))));
        QCOMPARE(summaryOf(book, globex).lastCustomerTouch, QDate(2025, 6, 20));
        auto all = book.accounts().summaries(kToday);
        QVERIFY(all);
        for (const AccountSummary& s : *all)
            QCOMPARE(s.lastCustomerTouch, s.id == globex ? QDate(2025, 6, 20) : QDate());
        opened.reset();
        QCOMPARE(test::listFactsDisagreements(path), QStringList());
    }

    void latestContractFollowsEveryKindOfChange()
    {
        const QString path = newPath();
        auto opened = create(path);
        QVERIFY(opened);
        Book& book = *opened;
        const Id acme = addAccount(book, QStringLiteral("Acme"));

        auto old = book.contracts().save(contract(acme, QDate(2023, 4, 1), 12, 30));
        QVERIFY(old);
        auto current = book.contracts().save(contract(acme, QDate(2024, 4, 1), 24, 60));
        QVERIFY(current);
        AccountSummary s = summaryOf(book, acme);
        QCOMPARE(s.contractStart, QDate(2024, 4, 1));
        QCOMPARE(s.termMonths, 24);
        QCOMPARE(s.noticeDays, 60);
        QVERIFY(s.autoRenew);
        QCOMPARE(s.renewalDate, QDate(2026, 4, 1));

        Contract edited = *current;
        edited.noticeDays = 90;
        QVERIFY(book.contracts().save(edited));
        QCOMPARE(summaryOf(book, acme).noticeDays, 90);
        // Issue 9, item 5: whether it renews automatically is kept too (schema 4).
        edited.autoRenew = false;
        QVERIFY(book.contracts().save(edited));
        s = summaryOf(book, acme);
        QVERIFY(!s.autoRenew);
        QCOMPARE(s.renewalDate, QDate(2026, 4, 1)); // the end of its term, still ahead on 2025-06-30
        QVERIFY(!s.noticeDeadline.isValid());       // nothing to cancel
        edited.autoRenew = true;
        QVERIFY(book.contracts().save(edited));

        QVERIFY(book.contracts().remove(current->id));
        s = summaryOf(book, acme);
        QCOMPARE(s.contractStart, QDate(2023, 4, 1));
        QCOMPARE(s.termMonths, 12);

        // Two contracts starting the same day: the one written last counts (as before schema 3).
        QVERIFY(book.contracts().save(contract(acme, QDate(2023, 4, 1), 36, 10)));
        QCOMPARE(summaryOf(book, acme).termMonths, 36);

        QVERIFY(book.contracts().remove(old->id));
        opened.reset();
        QCOMPARE(test::listFactsDisagreements(path), QStringList());
    }

    // Schema 4: the renewals recorded after the latest contract's start (issue 9, item 5).
    void recordedRenewalsFollowEveryKindOfChange()
    {
        const QString path = newPath();
        auto opened = create(path);
        QVERIFY(opened);
        Book& book = *opened;
        const Id acme = addAccount(book, QStringLiteral("Acme"));
        const Id globex = addAccount(book, QStringLiteral("Globex"));
        Contract fixed = contract(acme, QDate(2024, 1, 1), 12, 30);
        fixed.autoRenew = false;
        auto acmeContract = book.contracts().save(fixed);
        QVERIFY(acmeContract);
        fixed.accountId = globex;
        QVERIFY(book.contracts().save(fixed));
        const auto recorded = [&](const Id& id) { return summaryOf(book, id).renewals; };

        Renewal r;
        r.accountId = acme;
        r.renewalDate = QDate(2025, 1, 1);
        auto saved = book.renewals().save(r); // pending: decides nothing
        QVERIFY(saved);
        QVERIFY(!recorded(acme).renewedThrough.isValid());
        r = *saved;
        r.outcome = RenewalOutcome::Renewed;
        QVERIFY(book.renewals().save(r));
        QCOMPARE(recorded(acme).renewedThrough, QDate(2025, 1, 1));
        QCOMPARE(summaryOf(book, acme).renewalDate, QDate(2026, 1, 1)); // one more term

        r.accountId = globex; // moved to another account: both follow
        QVERIFY(book.renewals().save(r));
        QVERIFY(!recorded(acme).renewedThrough.isValid());
        QCOMPARE(recorded(globex).renewedThrough, QDate(2025, 1, 1));
        r.outcome = RenewalOutcome::Churned;
        QVERIFY(book.renewals().save(r));
        QVERIFY(!recorded(globex).renewedThrough.isValid());
        QCOMPARE(recorded(globex).churnedOn, QDate(2025, 1, 1));
        QVERIFY(book.renewals().remove(r.id));
        QVERIFY(!recorded(globex).churnedOn.isValid());
        QVERIFY(book.renewals().restore(r.id));
        QCOMPARE(recorded(globex).churnedOn, QDate(2025, 1, 1));

        // Renewals count from the latest contract's start: a contract starting after it leaves it out.
        r.accountId = acme;
        r.outcome = RenewalOutcome::Expanded;
        QVERIFY(book.renewals().save(r));
        QCOMPARE(recorded(acme).renewedThrough, QDate(2025, 1, 1));
        Contract later = *acmeContract;
        later.startDate = QDate(2025, 3, 1);
        QVERIFY(book.contracts().save(later));
        QVERIFY(!recorded(acme).renewedThrough.isValid());
        QVERIFY(book.contracts().remove(later.id)); // no contract left: nothing
        QVERIFY(!recorded(acme).renewedThrough.isValid());
        opened.reset();
        QCOMPARE(test::listFactsDisagreements(path), QStringList());
    }

    // Random saves, moves, kind changes and tombstones of touches, contracts and renewals over a few
    // accounts; the kept facts always equal the facts computed from scratch.
    void randomWritesKeepTheFactsRight()
    {
        const QString path = newPath();
        {
            auto opened = create(path);
            QVERIFY(opened);
            Book& book = *opened;
            QList<Id> accounts;
            for (int i = 0; i < 6; ++i) {
                accounts << addAccount(book, QStringLiteral("Account %1").arg(i));
            }
            QRandomGenerator rng(20261122);
            QList<Touch> touches;
            QList<Contract> contracts;
            QList<Renewal> renewals;
            constexpr RenewalOutcome outcomes[] = {RenewalOutcome::Pending, RenewalOutcome::Renewed,
                                                   RenewalOutcome::Expanded, RenewalOutcome::Contracted,
                                                   RenewalOutcome::Churned};
            const auto someDay = [&rng] { return QDate(2024, 1, 1).addDays(rng.bounded(600)); };
            for (int step = 0; step < 400; ++step) {
                const Id& account = accounts.at(rng.bounded(int(accounts.size())));
                switch (rng.bounded(8)) {
                case 6: {
                    Renewal r;
                    r.accountId = account;
                    r.renewalDate = someDay();
                    r.outcome = outcomes[rng.bounded(5)];
                    auto saved = book.renewals().save(r);
                    QVERIFY(saved);
                    renewals << *saved;
                    break;
                }
                case 7:
                    if (!renewals.isEmpty()) {
                        const int k = rng.bounded(int(renewals.size()));
                        if (rng.bounded(3) == 0) {
                            QVERIFY(book.renewals().remove(renewals.takeAt(k).id));
                        } else {
                            Renewal& r = renewals[k];
                            r.outcome = outcomes[rng.bounded(5)];
                            r.renewalDate = rng.bounded(2) == 0 ? someDay() : r.renewalDate;
                            r.accountId = rng.bounded(2) == 0 ? account : r.accountId;
                            QVERIFY(book.renewals().save(r));
                        }
                    }
                    break;
                case 0:
                case 1: {
                    auto t = book.touches().save(
                        touch(account, someDay(),
                              rng.bounded(4) == 0 ? TouchKind::InternalNote : TouchKind::Email));
                    QVERIFY(t);
                    touches << *t;
                    break;
                }
                case 2:
                    if (!touches.isEmpty()) {
                        Touch& t = touches[rng.bounded(int(touches.size()))];
                        t.occurredOn = someDay();
                        t.accountId = rng.bounded(3) == 0 ? account : t.accountId;
                        t.kind = rng.bounded(3) == 0 ? TouchKind::InternalNote : TouchKind::Meeting;
                        QVERIFY(book.touches().save(t));
                    }
                    break;
                case 3:
                    if (!touches.isEmpty())
                        QVERIFY(book.touches().remove(touches.takeAt(rng.bounded(int(touches.size()))).id));
                    break;
                case 4: {
                    Contract fresh = contract(account, someDay(), 1 + rng.bounded(36), rng.bounded(28));
                    fresh.autoRenew = rng.bounded(3) != 0;
                    auto c = book.contracts().save(fresh);
                    QVERIFY(c);
                    contracts << *c;
                    break;
                }
                default:
                    if (!contracts.isEmpty()) {
                        if (rng.bounded(2) == 0) {
                            QVERIFY(book.contracts().remove(
                                contracts.takeAt(rng.bounded(int(contracts.size()))).id));
                        } else {
                            Contract& c = contracts[rng.bounded(int(contracts.size()))];
                            c.startDate = someDay();
                            c.autoRenew = rng.bounded(2) == 0;
                            QVERIFY(book.contracts().save(c));
                        }
                    }
                    break;
                }
                // After every write: a later write to the same account would hide a fact left stale.
                const QStringList wrong = test::listFactsDisagreements(path);
                QVERIFY2(wrong.isEmpty(),
                         qPrintable(
                             QStringLiteral("step %1: %2").arg(step).arg(wrong.join(QStringLiteral("; ")))));
            }
        }
    }

    // The bulk writer (generator, import) sets the facts once at commit instead of row by row.
    void bulkWritesKeepTheFactsRight()
    {
        const QString path = newPath();
        {
            auto opened = create(path);
            QVERIFY(opened);
            Book& book = *opened;
            const Id old = addAccount(book, QStringLiteral("Existing"));
            QVERIFY(book.touches().save(touch(old, QDate(2025, 1, 1))));

            BulkWriter writer(book);
            QVERIFY(writer.begun());
            QList<Id> ids;
            for (int i = 0; i < 50; ++i) {
                Account a;
                a.id = uuidV7(1'750'000'000'000 + i, quint64(i), quint64(i) * 31);
                a.name = QStringLiteral("Bulk %1").arg(i);
                QVERIFY(writer.add(a));
                ids << a.id;
            }
            ids << old;
            for (int i = 0; i < 500; ++i) {
                Touch t = touch(ids.at(i % ids.size()), QDate(2024, 1, 1).addDays((i * 37) % 500),
                                i % 5 == 0 ? TouchKind::InternalNote : TouchKind::Call);
                t.id = uuidV7(1'750'000'100'000 + i, quint64(i), 7);
                QVERIFY(writer.add(t));
            }
            for (int i = 0; i < 80; ++i) {
                Contract c = contract(ids.at(i % ids.size()), QDate(2022, 1, 1).addDays(i * 11), 12, 30);
                c.id = uuidV7(1'750'000'200'000 + i, quint64(i), 9);
                c.autoRenew = i % 3 != 0;
                QVERIFY(writer.add(c));
            }
            for (int i = 0; i < 200; ++i) {
                Renewal r;
                r.id = uuidV7(1'750'000'300'000 + i, quint64(i), 11);
                r.accountId = ids.at((i * 7) % ids.size());
                r.renewalDate = QDate(2022, 6, 1).addDays(i * 9);
                r.outcome = static_cast<RenewalOutcome>(i % 5);
                QVERIFY(writer.add(r));
            }
            QVERIFY(writer.commit());
            QVERIFY(summaryOf(book, old).lastCustomerTouch >= QDate(2025, 1, 1)); // its own touch counts too
        }
        QCOMPARE(test::listFactsDisagreements(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestListFacts)
#include "tst_listfacts.moc"
