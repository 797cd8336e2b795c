// A contract's renewals and end (domain/ContractTerms.h, DESIGN §4, issues 9 and 14): renewal chains with a
// different renewal term, the current renewal, contracts that renew by themselves rolling forward with a
// notice deadline, the others running their term plus one per recorded renewal and then ending; and the
// checks of the terms. Expected dates by hand; weekdays and holidays in the comments are from the calendar
// (resources/holidays/jp-holidays.csv).

#include "TsTranslator.h"

#include "domain/ContractTerms.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const dates::HolidayCalendar& japan()
{
    return dates::HolidayCalendar::japan();
}

ContractTerms terms(const char* start, int term, int renewalTerm = 0, bool autoRenew = true,
                    NoticeRule notice = {}, RecordedRenewals recorded = {})
{
    ContractTerms t;
    t.start = d(start);
    t.termMonths = term;
    t.renewalTermMonths = renewalTerm;
    t.autoRenew = autoRenew;
    t.notice = notice;
    t.recorded = recorded;
    return t;
}

// A contract that does not renew by itself, with 60 days' notice (which it never needs).
ContractTerms fixedTerm(const char* start, int term, RecordedRenewals recorded = {})
{
    return terms(start, term, 0, false, NoticeRule::daysBefore(60), recorded);
}

Renewal renewal(QDate on, RenewalOutcome outcome, bool deleted = false)
{
    Renewal r;
    r.renewalDate = on;
    r.outcome = outcome;
    r.deleted = deleted;
    return r;
}

} // namespace

class TestContractTerms : public QObject
{
    Q_OBJECT

private:
    test::TsTranslator m_english; // the English plural forms

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(CSM_TRANSLATIONS_DIR "/csm-workbench_en.ts")));
        QCoreApplication::installTranslator(&m_english);
    }

    void renewalsWithADifferentRenewalTermCountFromTheStart_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<QDate>("renewal");

        // Start 2023-08-31, first term 6 months, then 3-month renewals: renewal k = start + 6 + 3(k - 1).
        QTest::newRow("k=1: +6 -> 2024-02-29") << 1 << d("2024-02-29");
        // +9 months: 2024-05-31, not 2024-05-29 (what stepping from 2/29 would give).
        QTest::newRow("k=2: +9 -> 2024-05-31") << 2 << d("2024-05-31");
        QTest::newRow("k=3: +12 -> 2024-08-31") << 3 << d("2024-08-31");
        QTest::newRow("k=4: +15 -> 2024-11-30") << 4 << d("2024-11-30");
        QTest::newRow("k=5: +18 -> 2025-02-28") << 5 << d("2025-02-28");
    }

    void renewalsWithADifferentRenewalTermCountFromTheStart()
    {
        QFETCH(int, k);
        QFETCH(QDate, renewal);
        const ContractTerms t = terms("2023-08-31", 6, 3);
        QCOMPARE(dates::renewalDate(t.start, 6, 3, k), renewal);
        const RenewalPoint p = ContractSchedule::renewal(t, k, japan());
        QCOMPARE(p.index, k);
        QCOMPARE(p.renewalDate, renewal);
        QCOMPARE(p.noticeDeadline, dates::noticeDeadline(renewal, 60));
        QCOMPARE(p.actBy(), p.noticeDeadline);
    }

    void sameRenewalTermAgreesWithTheSingleTermChain()
    {
        for (const char* start : {"2024-01-31", "2023-02-28", "2024-02-29", "2025-08-31"}) {
            for (int term : {1, 3, 12, 36}) {
                for (int k = 1; k <= 30; ++k) {
                    const QDate single = dates::renewalDate(d(start), term, k);
                    QCOMPARE(ContractSchedule::renewal(terms(start, term), k, japan()).renewalDate, single);
                    QCOMPARE(ContractSchedule::renewal(terms(start, term, term), k, japan()).renewalDate,
                             single);
                }
            }
        }
    }

    void currentRenewalIsTheFirstAfterTheDay_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("k");
        QTest::addColumn<QDate>("renewal");

        // Start 2023-08-31, 6 months then 3: renewals 2024-02-29, 05-31, 08-31, 11-30 ...
        QTest::newRow("before the start") << d("2023-01-01") << 1 << d("2024-02-29");
        QTest::newRow("on the start") << d("2023-08-31") << 1 << d("2024-02-29");
        QTest::newRow("the day before the first") << d("2024-02-28") << 1 << d("2024-02-29");
        QTest::newRow("on the first: the next") << d("2024-02-29") << 2 << d("2024-05-31");
        QTest::newRow("the day before the second") << d("2024-05-30") << 2 << d("2024-05-31");
        QTest::newRow("on the second") << d("2024-05-31") << 3 << d("2024-08-31");
        QTest::newRow("years later: k = 25, 3 × 25 + 3 = 78 months")
            << d("2030-01-15") << 25 << d("2030-02-28");
    }

    void currentRenewalIsTheFirstAfterTheDay()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, k);
        QFETCH(QDate, renewal);
        const RenewalPoint p = ContractSchedule::current(terms("2023-08-31", 6, 3), asOf, japan());
        QCOMPARE(p.index, k);
        QCOMPARE(p.renewalDate, renewal);
        QCOMPARE(dates::renewalIndexAfter(d("2023-08-31"), 6, 3, asOf), k);
        QCOMPARE(dates::currentRenewalDate(d("2023-08-31"), 6, 3, asOf), renewal);
    }

    void contractWithoutAutoRenewEndsAfterItsTerm()
    {
        // Start 2025-04-01, 12 months, no auto-renew: it ends with the term; 2026-04-01 is the day a new term
        // would have to start, and there is no notice to give.
        const ContractTerms t = terms("2025-04-01", 12, 0, false);
        const RenewalPoint first = ContractSchedule::renewal(t, 1, japan());
        QCOMPARE(first.renewalDate, d("2026-04-01"));
        QVERIFY(!first.noticeDeadline.isValid());
        QCOMPARE(first.actBy(), d("2026-04-01"));
        QVERIFY(!ContractSchedule::renewal(t, 2, japan()).isValid());
        QCOMPARE(ContractSchedule::current(t, d("2026-03-31"), japan()).renewalDate, d("2026-04-01"));
        QVERIFY(!ContractSchedule::current(t, d("2026-04-01"), japan()).isValid());
        QVERIFY(!ContractSchedule::current(t, d("2027-06-01"), japan()).isValid());
    }

    void validationAcceptsWorkableTerms()
    {
        const ContractTerms t = terms("2025-04-01", 12, 0, true, NoticeRule::dayOfMonthBefore(20, 1, true));
        QVERIFY(ContractSchedule::validate(t, japan()).isEmpty());
        QVERIFY(ContractSchedule::check(t, japan()).ok());
    }

    void ruleThatLandsBeforeTheStartIsRefused()
    {
        // Start 2025-04-01, 1 month: renewal 2025-05-01, 60 days before is 2025-03-02, before the start.
        const ContractTerms monthly = terms("2025-04-01", 1);
        const Status st = ContractSchedule::check(monthly, japan());
        QVERIFY(!st.ok());
        QCOMPARE(st.error().where, ContractSchedule::NoticeRuleField);
        QVERIFY2(st.error().message.contains(QStringLiteral("(2025-03-02) falls before the contract starts "
                                                            "(2025-04-01)")),
                 qPrintable(st.error().message));
        QVERIFY(!st.error().hint.isEmpty());
        QVERIFY(ContractSchedule::validate(monthly, japan()).contains(ContractSchedule::NoticeRuleField));

        // The 20th of the month before the renewal: a start on 4/25 renews on 5/25 with a deadline of 4/20
        // (refused); a start on 4/10 renews on 5/10, deadline 4/20 (accepted).
        QVERIFY(!ContractSchedule::check(terms("2025-04-25", 1, 0, true, NoticeRule::dayOfMonthBefore(20, 1)),
                                         japan()));
        QVERIFY(ContractSchedule::check(terms("2025-04-10", 1, 0, true, NoticeRule::dayOfMonthBefore(20, 1)),
                                        japan()));

        // Start Saturday 2025-05-31, 1 month: the renewal is 6/30 and the end of May is the start itself
        // (accepted), but moved to the business day before it is Friday 5/30, before the start (refused).
        QVERIFY(ContractSchedule::check(terms("2025-05-31", 1, 0, true, NoticeRule::endOfMonthBefore(1)),
                                        japan()));
        QVERIFY(!ContractSchedule::check(
            terms("2025-05-31", 1, 0, true, NoticeRule::endOfMonthBefore(1, true)), japan()));

        // Without auto-renew there is nothing to cancel: the rule's dates are not checked.
        QVERIFY(ContractSchedule::check(terms("2025-04-01", 1, 0, false), japan()));
    }

    void validationNamesEachBadField()
    {
        ContractTerms t = terms("2025-04-01", 0, 1201, true, NoticeRule::daysBefore(-3));
        t.start = QDate();
        const FieldErrors errors = ContractSchedule::validate(t, japan());
        QVERIFY(errors.contains(Validation::StartDate));
        QVERIFY(errors.contains(Validation::TermMonths));
        QVERIFY(errors.contains(ContractSchedule::RenewalTermMonths));
        QVERIFY(errors.contains(ContractSchedule::NoticeRuleField));
        QCOMPARE(ContractSchedule::check(t, japan()).error().where, Validation::StartDate);
        QVERIFY(!ContractSchedule::current(t, d("2025-05-01"), japan()).isValid());
    }

    void anAutoRenewingContractRollsForwardWithANoticeDeadline()
    {
        const ContractTerms t = terms("2025-09-01", 12, 0, true, NoticeRule::daysBefore(60));
        const RenewalPoint p = ContractSchedule::current(t, d("2026-06-30"), japan());
        QCOMPARE(p.renewalDate, d("2026-09-01"));
        QCOMPARE(p.noticeDeadline, d("2026-07-03")); // 60 days before
        QCOMPARE(ContractSchedule::lastIndex(t), 0); // it has no end
        QVERIFY(!ContractSchedule::endedOn(t, d("2026-06-30")).isValid());
        // Three years on it still renews, from the start date (DESIGN §4).
        QCOMPARE(ContractSchedule::current(t, d("2029-06-30"), japan()).renewalDate, d("2029-09-01"));
        QVERIFY(!ContractSchedule::endedOn(t, d("2029-06-30")).isValid());
    }

    // Issue 9, item 5: a contract that does not renew automatically rolled forward like one that does.
    void aContractThatDoesNotRenewEndsWithItsTerm_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("renewal"); // the end, while ahead
        QTest::addColumn<QDate>("ended");
        // The account: a 36-month term from 2023-07-22 ended on 2026-07-22; no renewal in 2029.
        QTest::newRow("the issue's contract, later")
            << d("2023-07-22") << 36 << d("2027-01-28") << QDate() << d("2026-07-22");
        QTest::newRow("during its term")
            << d("2023-07-22") << 36 << d("2026-07-21") << d("2026-07-22") << QDate();
        QTest::newRow("on its last day")
            << d("2023-07-22") << 36 << d("2026-07-22") << QDate() << d("2026-07-22");
        // Months are added with the clamp of DESIGN §4.
        QTest::newRow("31 January + 1 month")
            << d("2024-01-31") << 1 << d("2024-03-10") << QDate() << d("2024-02-29");
        QTest::newRow("before it starts")
            << d("2026-09-01") << 12 << d("2026-06-30") << d("2027-09-01") << QDate();
    }

    void aContractThatDoesNotRenewEndsWithItsTerm()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, asOf);
        QFETCH(QDate, renewal);
        QFETCH(QDate, ended);
        ContractTerms t = fixedTerm("2000-01-01", months);
        t.start = start;
        const RenewalPoint p = ContractSchedule::current(t, asOf, japan());
        QCOMPARE(p.renewalDate, renewal);
        QVERIFY(!p.noticeDeadline.isValid()); // nothing to cancel: it ends by itself
        QCOMPARE(ContractSchedule::endedOn(t, asOf), ended);
        QCOMPARE(ContractSchedule::lastIndex(t), 1);
    }

    void eachRecordedRenewalRunsItOneMoreTerm()
    {
        // Start 2023-07-22, 12 months: renewal dates 2024-07-22, 2025-07-22, 2026-07-22 ...
        RecordedRenewals recorded{d("2024-07-22"), {}};
        ContractTerms t = fixedTerm("2023-07-22", 12, recorded);
        QCOMPARE(ContractSchedule::lastIndex(t), 2);
        QCOMPARE(ContractSchedule::renewal(t, 2, japan()).renewalDate, d("2025-07-22"));
        QVERIFY(!ContractSchedule::renewal(t, 3, japan()).isValid());
        QCOMPARE(ContractSchedule::current(t, d("2025-01-01"), japan()).renewalDate, d("2025-07-22"));
        QVERIFY(!ContractSchedule::current(t, d("2025-08-01"), japan()).isValid());
        QCOMPARE(ContractSchedule::endedOn(t, d("2025-08-01")), d("2025-07-22"));
        // A renewal recorded on another day than a renewal date (agreed early, on 2025-06-30) renews it at
        // the next renewal date (2025-07-22) and runs it one term past that.
        t.recorded.renewedThrough = d("2025-06-30");
        QCOMPARE(ContractSchedule::current(t, d("2025-08-01"), japan()).renewalDate, d("2026-07-22"));
        QVERIFY(!ContractSchedule::endedOn(t, d("2025-08-01")).isValid());
        // A churn recorded after the last renewal decides the end; one before it does not.
        t.recorded.churnedOn = d("2026-07-22");
        QCOMPARE(ContractSchedule::endedOn(t, d("2026-08-01")), d("2026-07-22"));
        QVERIFY(t.recorded.churnIsLatest());
        t.recorded.churnedOn = d("2024-07-22");
        QVERIFY(!t.recorded.churnIsLatest());
    }

    void recordedRenewalsCountDecidedLiveOnesAfterTheStart()
    {
        const QDate start = d("2023-07-22");
        const QList<Renewal> renewals = {
            renewal(d("2023-07-22"), RenewalOutcome::Renewed), // the previous contract's
            renewal(d("2024-07-22"), RenewalOutcome::Expanded),
            renewal(d("2025-07-22"), RenewalOutcome::Contracted, true), // tombstoned
            renewal(d("2026-07-22"), RenewalOutcome::Pending),          // not decided
            renewal(d("2027-07-22"), RenewalOutcome::Churned),
        };
        const RecordedRenewals r = RecordedRenewals::of(renewals, start);
        QCOMPARE(r.renewedThrough, d("2024-07-22"));
        QCOMPARE(r.churnedOn, d("2027-07-22"));
        QVERIFY(!RecordedRenewals::of({}, start).renewedThrough.isValid());
    }

    void aStoredContractsTermsHaveItsNoticeInDays()
    {
        Contract c;
        c.startDate = d("2025-09-01");
        c.termMonths = 24;
        c.autoRenew = false;
        c.noticeDays = 45;
        const RecordedRenewals recorded{d("2027-09-01"), {}};
        const ContractTerms t = ContractTerms::of(c, recorded);
        QCOMPARE(t.start, c.startDate);
        QCOMPARE(t.termMonths, 24);
        QCOMPARE(t.renewalTerm(), 24);
        QVERIFY(!t.autoRenew);
        QCOMPARE(t.notice, NoticeRule::daysBefore(45));
        QCOMPARE(t.recorded.renewedThrough, d("2027-09-01"));
    }

    void invalidInputsGiveNoDates()
    {
        ContractTerms t = fixedTerm("2025-01-01", 12);
        t.start = QDate();
        QVERIFY(!ContractSchedule::current(t, d("2026-06-30"), japan()).isValid());
        QVERIFY(!ContractSchedule::endedOn(t, d("2026-06-30")).isValid());
        QCOMPARE(ContractSchedule::lastIndex(t), 0);
        QVERIFY(!ContractSchedule::current(terms("2025-01-01", 0), d("2026-06-30"), japan()).isValid());
        QVERIFY(!ContractSchedule::endedOn(fixedTerm("2025-01-01", 0), d("2026-06-30")).isValid());
    }

    // One range for the term (Validation's, 1 to 120 months) and notice of at most a year in the book, while
    // NoticeRule computes deadlines for the wider range older builds could store.
    void termsAndNoticeAreCheckedAgainstTheBooksRanges()
    {
        QVERIFY(ContractSchedule::check(terms("2025-04-01", 120), japan()));
        QCOMPARE(ContractSchedule::check(terms("2025-04-01", 121), japan()).error().where,
                 Validation::TermMonths);
        QVERIFY2(ContractSchedule::check(terms("2025-04-01", 121), japan())
                     .error()
                     .message.contains(QStringLiteral("between 1 and 120 months")),
                 qPrintable(ContractSchedule::check(terms("2025-04-01", 121), japan()).error().message));
        QCOMPARE(ContractSchedule::check(terms("2025-04-01", 12, 121), japan()).error().where,
                 ContractSchedule::RenewalTermMonths);
        QVERIFY(
            ContractSchedule::check(terms("2025-04-01", 24, 0, true, NoticeRule::daysBefore(365)), japan()));
        const Status days =
            ContractSchedule::check(terms("2025-04-01", 24, 0, true, NoticeRule::daysBefore(366)), japan());
        QCOMPARE(days.error().where, ContractSchedule::NoticeRuleField);
        QVERIFY2(days.error().message.contains(QStringLiteral("between 0 and 365 days")),
                 qPrintable(days.error().message));
        QVERIFY(
            ContractSchedule::check(terms("2025-04-01", 24, 0, true, NoticeRule::monthsBefore(12)), japan()));
        QVERIFY(!ContractSchedule::check(terms("2025-04-01", 24, 0, true, NoticeRule::endOfMonthBefore(13)),
                                         japan()));
        // 400 days (an older build allowed up to 3650) is refused for saving, yet still has a deadline.
        const ContractTerms old = terms("2020-04-01", 60, 0, true, NoticeRule::daysBefore(400));
        QVERIFY(!ContractSchedule::check(old, japan()));
        QCOMPARE(ContractSchedule::current(old, d("2024-06-30"), japan()).noticeDeadline,
                 dates::noticeDeadline(d("2025-04-01"), 400));
    }
};

QTEST_GUILESS_MAIN(TestContractTerms)
#include "tst_contractterms.moc"
