// Where a contract stands on a day (domain/ContractTerm.h): auto-renewing contracts roll forward with a
// notice deadline; the others run their term, plus one per recorded renewal, and then end. Expected dates by
// hand.

#include "domain/ContractTerm.h"

#include <QTest>

using namespace csm;

namespace {
Renewal renewal(QDate on, RenewalOutcome outcome, bool deleted = false)
{
    Renewal r;
    r.renewalDate = on;
    r.outcome = outcome;
    r.deleted = deleted;
    return r;
}
} // namespace

class TestContractTerm : public QObject
{
    Q_OBJECT
private slots:
    void anAutoRenewingContractRollsForwardWithANoticeDeadline()
    {
        const ContractTerm t = contractTermOn(QDate(2025, 9, 1), 12, true, 60, {}, QDate(2026, 6, 30));
        QCOMPARE(t.renewalDate, QDate(2026, 9, 1));
        QCOMPARE(t.noticeDeadline, QDate(2026, 7, 3)); // 60 days before
        QVERIFY(!t.endedOn.isValid());
        // Three years on it still renews, from the start date (DESIGN §4).
        QCOMPARE(contractTermOn(QDate(2025, 9, 1), 12, true, 60, {}, QDate(2029, 6, 30)).renewalDate,
                 QDate(2029, 9, 1));
    }

    void aContractThatDoesNotRenewEndsWithItsTerm_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("renewal"); // the end, while ahead
        QTest::addColumn<QDate>("ended");
        // The account: a 36-month term from 2023-07-22 ended on 2026-07-22; no renewal in 2029.
        QTest::newRow("the issue's contract, later")
            << QDate(2023, 7, 22) << 36 << QDate(2027, 1, 28) << QDate() << QDate(2026, 7, 22);
        QTest::newRow("during its term")
            << QDate(2023, 7, 22) << 36 << QDate(2026, 7, 21) << QDate(2026, 7, 22) << QDate();
        QTest::newRow("on its last day")
            << QDate(2023, 7, 22) << 36 << QDate(2026, 7, 22) << QDate() << QDate(2026, 7, 22);
        // Months are added with the clamp of DESIGN §4.
        QTest::newRow("31 January + 1 month")
            << QDate(2024, 1, 31) << 1 << QDate(2024, 3, 10) << QDate() << QDate(2024, 2, 29);
        QTest::newRow("before it starts")
            << QDate(2026, 9, 1) << 12 << QDate(2026, 6, 30) << QDate(2027, 9, 1) << QDate();
    }

    void aContractThatDoesNotRenewEndsWithItsTerm()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, asOf);
        QFETCH(QDate, renewal);
        QFETCH(QDate, ended);
        const ContractTerm t = contractTermOn(start, months, false, 60, {}, asOf);
        QCOMPARE(t.renewalDate, renewal);
        QVERIFY(!t.noticeDeadline.isValid()); // nothing to cancel: it ends by itself
        QCOMPARE(t.endedOn, ended);
        QVERIFY(!t.endDecided);
    }

    void eachRecordedRenewalRunsItOneMoreTerm()
    {
        const QDate start(2023, 7, 22);
        RecordedRenewals recorded{QDate(2024, 7, 22), {}};
        QCOMPARE(contractTermOn(start, 12, false, 60, recorded, QDate(2025, 1, 1)).renewalDate,
                 QDate(2025, 7, 22));
        QCOMPARE(contractTermOn(start, 12, false, 60, recorded, QDate(2025, 8, 1)).endedOn,
                 QDate(2025, 7, 22));
        recorded.renewedThrough = QDate(2025, 7, 22);
        QCOMPARE(contractTermOn(start, 12, false, 60, recorded, QDate(2025, 8, 1)).renewalDate,
                 QDate(2026, 7, 22));
        // A churn recorded after the last renewal decides the end; one before it does not.
        recorded.churnedOn = QDate(2026, 7, 22);
        const ContractTerm churned = contractTermOn(start, 12, false, 60, recorded, QDate(2026, 8, 1));
        QCOMPARE(churned.endedOn, QDate(2026, 7, 22));
        QVERIFY(churned.endDecided);
        recorded.churnedOn = QDate(2024, 7, 22);
        QVERIFY(!contractTermOn(start, 12, false, 60, recorded, QDate(2026, 8, 1)).endDecided);
    }

    void recordedRenewalsCountDecidedLiveOnesAfterTheStart()
    {
        const QDate start(2023, 7, 22);
        const QList<Renewal> renewals = {
            renewal(QDate(2023, 7, 22), RenewalOutcome::Renewed), // the previous contract's
            renewal(QDate(2024, 7, 22), RenewalOutcome::Expanded),
            renewal(QDate(2025, 7, 22), RenewalOutcome::Contracted, true), // tombstoned
            renewal(QDate(2026, 7, 22), RenewalOutcome::Pending),          // not decided
            renewal(QDate(2027, 7, 22), RenewalOutcome::Churned),
        };
        const RecordedRenewals r = recordedRenewalsOf(renewals, start);
        QCOMPARE(r.renewedThrough, QDate(2024, 7, 22));
        QCOMPARE(r.churnedOn, QDate(2027, 7, 22));
        QVERIFY(!recordedRenewalsOf({}, start).renewedThrough.isValid());
    }

    void invalidInputsGiveNoDates()
    {
        const ContractTerm t = contractTermOn(QDate(), 12, false, 60, {}, QDate(2026, 6, 30));
        QVERIFY(!t.renewalDate.isValid() && !t.endedOn.isValid() && !t.noticeDeadline.isValid());
        QVERIFY(
            !contractTermOn(QDate(2025, 1, 1), 0, true, 60, {}, QDate(2026, 6, 30)).renewalDate.isValid());
    }
};

QTEST_GUILESS_MAIN(TestContractTerm)
#include "tst_contractterm.moc"
