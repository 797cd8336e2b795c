#include "domain/Validation.h"

#include <QTest>

using namespace csm;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void validAccountHasNoErrors()
    {
        Account a;
        a.name = QStringLiteral("Acme");
        a.seats = 10;
        QVERIFY(Validation::account(a).isEmpty());
    }
    void accountNeedsANameAndNonNegativeSeats()
    {
        Account a;
        a.name = QStringLiteral("   ");
        a.seats = -1;
        const FieldErrors e = Validation::account(a);
        QVERIFY(e.contains(Validation::Name));
        QVERIFY(e.contains(Validation::Seats));
        QCOMPARE(e.size(), 2);
    }
    void duplicateExternalIdIsRefusedUnlessItIsTheAccountItself()
    {
        Account a;
        a.id = QStringLiteral("a1");
        a.name = QStringLiteral("Acme");
        a.externalId = QStringLiteral("CRM-1");
        QVERIFY(Validation::account(a, Id(QStringLiteral("a2"))).contains(Validation::ExternalId));
        QVERIFY(Validation::account(a, Id(QStringLiteral("a1"))).isEmpty());
        QVERIFY(Validation::account(a, std::nullopt).isEmpty());
    }
    void contactEmailMustBeWellFormedWhenGiven()
    {
        Contact c;
        c.accountId = QStringLiteral("a1");
        c.name = QStringLiteral("Sato");
        QVERIFY(Validation::contact(c).isEmpty());
        c.email = QStringLiteral("sato@example");
        QVERIFY(Validation::contact(c).contains(Validation::Email));
        c.email = QStringLiteral("sato @example.com");
        QVERIFY(Validation::contact(c).contains(Validation::Email));
        c.email = QStringLiteral("sato@example.co.jp");
        QVERIFY(Validation::contact(c).isEmpty());
    }
    void contractRefusesNegativeArrAndZeroTerm()
    {
        Contract c;
        c.startDate = QDate(2025, 4, 1);
        c.termMonths = 0;
        c.arr = -1;
        const FieldErrors e = Validation::contract(c);
        QVERIFY(e.contains(Validation::TermMonths));
        QVERIFY(e.contains(Validation::Arr));
    }
    void noticeLongerThanTheTermIsRefused_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("notice");
        QTest::addColumn<bool>("valid");
        // February 2024 has 29 days: a one-month term from 2024-02-01 is 29 days long.
        QTest::newRow("equal to the term") << QDate(2024, 2, 1) << 1 << 29 << true;
        QTest::newRow("one day longer") << QDate(2024, 2, 1) << 1 << 30 << false;
        QTest::newRow("a year, 60 days") << QDate(2025, 4, 1) << 12 << 60 << true;
        QTest::newRow("a year, 366 days") << QDate(2025, 4, 1) << 12 << 366 << false;
        QTest::newRow("leap year, 366 days") << QDate(2024, 1, 1) << 12 << 366 << true;
    }
    void noticeLongerThanTheTermIsRefused()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(int, notice);
        QFETCH(bool, valid);
        Contract c;
        c.startDate = start;
        c.termMonths = months;
        c.noticeDays = notice;
        QCOMPARE(!Validation::contract(c).contains(Validation::NoticeDays), valid);
    }
    void endBeforeStartIsRefused()
    {
        Contract c;
        c.startDate = QDate(2025, 4, 1);
        QVERIFY(Validation::contract(c, QDate(2025, 3, 31)).contains(Validation::EndDate));
        QVERIFY(Validation::contract(c, QDate(2025, 4, 1)).isEmpty());
        QVERIFY(!Validation::periodError(QDate(2025, 4, 2), QDate(2025, 4, 1)).isEmpty());
    }
    void touchCanBeBackdatedButNotInTheFuture()
    {
        Touch t;
        t.accountId = QStringLiteral("a1");
        t.summary = QStringLiteral("Call");
        t.occurredOn = QDate(2026, 1, 10);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).isEmpty());
        t.occurredOn = QDate(2026, 7, 1);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).contains(Validation::OccurredOn));
    }
    void touchFollowUpCannotComeBeforeTheTouch()
    {
        Touch t;
        t.accountId = QStringLiteral("a1");
        t.summary = QStringLiteral("Call");
        t.occurredOn = QDate(2026, 6, 30);
        t.followUpOn = QDate(2026, 6, 29);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).contains(Validation::FollowUpOn));
        t.followUpOn = QDate(2026, 7, 7);
        QVERIFY(Validation::touch(t, QDate(2026, 6, 30)).isEmpty());
    }
    void touchNeedsAnAccountAndASummary()
    {
        Touch t;
        t.occurredOn = QDate(2026, 6, 30);
        const FieldErrors e = Validation::touch(t, QDate(2026, 6, 30));
        QVERIFY(e.contains(Validation::AccountId));
        QVERIFY(e.contains(Validation::Summary));
    }
    void touchModelOverrideNeedsAReasonButClearingItDoesNot()
    {
        QVERIFY(Validation::touchModelOverride(TouchModel::High, QStringLiteral("  "))
                    .contains(Validation::OverrideReason));
        QVERIFY(
            Validation::touchModelOverride(TouchModel::Tech, QStringLiteral("Self-serve plan")).isEmpty());
        QVERIFY(Validation::touchModelOverride(std::nullopt, QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
