// Month arithmetic, renewal chains and notice deadlines (DESIGN §4).

#include "domain/Dates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void addMonthsClampsToMonthEnd_data();
    void addMonthsClampsToMonthEnd();
    void februaryFollowsTheGregorianLeapYearRule_data();
    void februaryFollowsTheGregorianLeapYearRule();
    void addMonthsOfAnInvalidOrOutOfRangeDateIsInvalid();
    void mondayOnOrBeforeIsTheWeeksMonday();
    void renewalDatesAreComputedFromTheStartDate_data();
    void renewalDatesAreComputedFromTheStartDate();
    void renewalDateRejectsBadTermsAndIndexes();
    void currentRenewalDateIsTheFirstRenewalAfterTheDay_data();
    void currentRenewalDateIsTheFirstRenewalAfterTheDay();
    void currentRenewalDateAgreesWithTheRenewalChain();
    void noticeDeadlineCrossesMonthAndYearEnds_data();
    void noticeDeadlineCrossesMonthAndYearEnds();
    void monthAndDayArithmeticAgreesWithQDateOverTheWholeRange();
};

void TestDates::addMonthsClampsToMonthEnd_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("31 Jan + 1 in a leap year") << d("2024-01-31") << 1 << d("2024-02-29");
    QTest::newRow("31 Jan + 1 in a common year") << d("2023-01-31") << 1 << d("2023-02-28");
    QTest::newRow("28 Feb + 12 does not snap to 29 Feb") << d("2023-02-28") << 12 << d("2024-02-28");
    QTest::newRow("29 Feb + 12") << d("2024-02-29") << 12 << d("2025-02-28");
    QTest::newRow("29 Feb + 48") << d("2024-02-29") << 48 << d("2028-02-29");
    QTest::newRow("30 Apr + 1 keeps the 30th") << d("2024-04-30") << 1 << d("2024-05-30");
    QTest::newRow("31 May + 1") << d("2024-05-31") << 1 << d("2024-06-30");
    QTest::newRow("31 Aug + 1") << d("2024-08-31") << 1 << d("2024-09-30");
    QTest::newRow("31 Dec + 2 crosses the year") << d("2024-12-31") << 2 << d("2025-02-28");
    QTest::newRow("15 Nov + 3 crosses the year") << d("2024-11-15") << 3 << d("2025-02-15");
    QTest::newRow("zero months") << d("2024-01-31") << 0 << d("2024-01-31");
    QTest::newRow("31 Mar - 1") << d("2024-03-31") << -1 << d("2024-02-29");
    QTest::newRow("31 Oct - 1") << d("2024-10-31") << -1 << d("2024-09-30");
    QTest::newRow("31 Jan - 13 crosses two years") << d("2024-01-31") << -13 << d("2022-12-31");
    QTest::newRow("120 months") << d("2024-02-29") << 120 << d("2034-02-28");
}

void TestDates::addMonthsClampsToMonthEnd()
{
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(dates::addMonths(start, months), expected);
}

void TestDates::februaryFollowsTheGregorianLeapYearRule_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("lastDayOfFebruary");

    QTest::newRow("2023 common") << 2023 << 28;
    QTest::newRow("2024 divisible by 4") << 2024 << 29;
    QTest::newRow("1900 century") << 1900 << 28;
    QTest::newRow("2000 divisible by 400") << 2000 << 29;
    QTest::newRow("2100 century") << 2100 << 28;
    QTest::newRow("2400 divisible by 400") << 2400 << 29;
}

void TestDates::februaryFollowsTheGregorianLeapYearRule()
{
    QFETCH(int, year);
    QFETCH(int, lastDayOfFebruary);
    QCOMPARE(dates::addMonths(QDate(year, 1, 31), 1), QDate(year, 2, lastDayOfFebruary));
    QCOMPARE(dates::addMonths(QDate(year - 1, 2, 28), 12), QDate(year, 2, 28));
    QCOMPARE(dates::noticeDeadline(QDate(year, 3, 1), 1), QDate(year, 2, lastDayOfFebruary));
}

void TestDates::addMonthsOfAnInvalidOrOutOfRangeDateIsInvalid()
{
    QVERIFY(!dates::addMonths(QDate(), 1).isValid());
    QVERIFY(!dates::addMonths(d("9999-12-31"), 1).isValid());
    QVERIFY(!dates::addMonths(d("1400-01-31"), -1).isValid());
    QVERIFY(!dates::noticeDeadline(QDate(), 60).isValid());
}

void TestDates::renewalDatesAreComputedFromTheStartDate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("termMonths");
    QTest::addColumn<int>("k");
    QTest::addColumn<QDate>("expected");

    // A monthly contract starting on the 31st returns to the 31st after every short month: no drift.
    QTest::newRow("31st monthly k=1") << d("2023-01-31") << 1 << 1 << d("2023-02-28");
    QTest::newRow("31st monthly k=2") << d("2023-01-31") << 1 << 2 << d("2023-03-31");
    QTest::newRow("31st monthly k=3") << d("2023-01-31") << 1 << 3 << d("2023-04-30");
    QTest::newRow("31st monthly k=4") << d("2023-01-31") << 1 << 4 << d("2023-05-31");
    QTest::newRow("31st monthly k=13") << d("2023-01-31") << 1 << 13 << d("2024-02-29");
    QTest::newRow("31st monthly k=14") << d("2023-01-31") << 1 << 14 << d("2024-03-31");
    QTest::newRow("31st half-yearly k=1") << d("2023-08-31") << 6 << 1 << d("2024-02-29");
    QTest::newRow("31st half-yearly k=2") << d("2023-08-31") << 6 << 2 << d("2024-08-31");
    QTest::newRow("30th quarterly k=1") << d("2024-11-30") << 3 << 1 << d("2025-02-28");
    QTest::newRow("30th quarterly k=2") << d("2024-11-30") << 3 << 2 << d("2025-05-30");
    QTest::newRow("29 Feb yearly k=1") << d("2024-02-29") << 12 << 1 << d("2025-02-28");
    QTest::newRow("29 Feb yearly k=4") << d("2024-02-29") << 12 << 4 << d("2028-02-29");
    QTest::newRow("29 Feb yearly k=76 skips 2100") << d("2024-02-29") << 12 << 76 << d("2100-02-28");
    QTest::newRow("three-year term") << d("2020-03-31") << 36 << 2 << d("2026-03-31");
}

void TestDates::renewalDatesAreComputedFromTheStartDate()
{
    QFETCH(QDate, start);
    QFETCH(int, termMonths);
    QFETCH(int, k);
    QFETCH(QDate, expected);
    QCOMPARE(dates::renewalDate(start, termMonths, k), expected);
}

void TestDates::renewalDateRejectsBadTermsAndIndexes()
{
    QVERIFY(!dates::renewalDate(d("2024-01-31"), 0, 1).isValid());
    QVERIFY(!dates::renewalDate(d("2024-01-31"), 12, 0).isValid());
    QVERIFY(!dates::renewalDate(QDate(), 12, 1).isValid());
    QVERIFY(!dates::renewalDate(d("2024-01-31"), 12, 1'000'000).isValid());
    QVERIFY(!dates::currentRenewalDate(d("2024-01-31"), 0, d("2024-06-01")).isValid());
    QVERIFY(!dates::currentRenewalDate(d("2024-01-31"), 12, QDate()).isValid());
}

void TestDates::currentRenewalDateIsTheFirstRenewalAfterTheDay_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("termMonths");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("before the start") << d("2023-01-31") << 12 << d("2022-05-01") << d("2024-01-31");
    QTest::newRow("on the start") << d("2023-01-31") << 12 << d("2023-01-31") << d("2024-01-31");
    QTest::newRow("mid term") << d("2023-01-31") << 12 << d("2023-06-01") << d("2024-01-31");
    QTest::newRow("day before renewal") << d("2023-01-31") << 12 << d("2024-01-30") << d("2024-01-31");
    QTest::newRow("on renewal day the next one")
        << d("2023-01-31") << 12 << d("2024-01-31") << d("2025-01-31");
    QTest::newRow("monthly on a clamped renewal")
        << d("2024-01-31") << 1 << d("2024-02-29") << d("2024-03-31");
    QTest::newRow("monthly before a clamped renewal")
        << d("2024-01-31") << 1 << d("2024-02-28") << d("2024-02-29");
    QTest::newRow("leap start years later") << d("2000-02-29") << 12 << d("2025-03-01") << d("2026-02-28");
    QTest::newRow("three-year term") << d("2020-03-31") << 36 << d("2026-03-31") << d("2029-03-31");
}

void TestDates::currentRenewalDateIsTheFirstRenewalAfterTheDay()
{
    QFETCH(QDate, start);
    QFETCH(int, termMonths);
    QFETCH(QDate, asOf);
    QFETCH(QDate, expected);
    QCOMPARE(dates::currentRenewalDate(start, termMonths, asOf), expected);
}

void TestDates::currentRenewalDateAgreesWithTheRenewalChain()
{
    // Walk the chain for awkward starts and compare with the shortcut every few days.
    const QList<QDate> starts{d("2023-01-31"), d("2024-02-29"), d("2023-08-30"), d("2022-12-31")};
    for (const QDate& start : starts) {
        for (int term : {1, 3, 6, 12, 24}) {
            int k = 1;
            for (QDate asOf = start.addDays(-40); asOf < d("2030-01-01"); asOf = asOf.addDays(3)) {
                while (dates::renewalDate(start, term, k) <= asOf)
                    ++k;
                QCOMPARE(dates::currentRenewalDate(start, term, asOf), dates::renewalDate(start, term, k));
            }
        }
    }
}

void TestDates::noticeDeadlineCrossesMonthAndYearEnds_data()
{
    QTest::addColumn<QDate>("renewal");
    QTest::addColumn<int>("noticeDays");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("60 days back into the previous year") << d("2025-01-31") << 60 << d("2024-12-02");
    QTest::newRow("1 day back to New Year's Eve") << d("2025-01-01") << 1 << d("2024-12-31");
    QTest::newRow("1 day back to 29 Feb") << d("2024-03-01") << 1 << d("2024-02-29");
    QTest::newRow("1 day back to 28 Feb") << d("2023-03-01") << 1 << d("2023-02-28");
    QTest::newRow("60 days across a leap February") << d("2024-04-30") << 60 << d("2024-03-01");
    QTest::newRow("90 days") << d("2025-04-01") << 90 << d("2025-01-01");
    QTest::newRow("no notice") << d("2025-04-01") << 0 << d("2025-04-01");
    QTest::newRow("365 days in a leap year") << d("2025-01-01") << 365 << d("2024-01-02");
}

void TestDates::noticeDeadlineCrossesMonthAndYearEnds()
{
    QFETCH(QDate, renewal);
    QFETCH(int, noticeDays);
    QFETCH(QDate, expected);
    QCOMPARE(dates::noticeDeadline(renewal, noticeDays), expected);
}

// The month and day arithmetic works on (year, month, day) and Julian days without building Boost dates (the
// accounts list runs it for every account); over Boost's whole range it gives what QDate's own clamped
// month arithmetic and day arithmetic give.
void TestDates::monthAndDayArithmeticAgreesWithQDateOverTheWholeRange()
{
    QRandomGenerator rng(42);
    const qint64 first = QDate(1400, 1, 1).toJulianDay();
    const qint64 last = QDate(9999, 12, 31).toJulianDay();
    for (int i = 0; i < 200'000; ++i) {
        const QDate from = QDate::fromJulianDay(first + qint64(rng.bounded(quint64(last - first + 1))));
        const int months = rng.bounded(-1200, 1201);
        const QDate expected = from.addMonths(months);
        const bool inRange = expected.year() >= 1400 && expected.year() <= 9999;
        QCOMPARE(dates::addMonths(from, months), inRange ? expected : QDate());
        const int days = rng.bounded(0, 400);
        const QDate before = from.addDays(-days);
        QCOMPARE(dates::noticeDeadline(from, days), before.year() >= 1400 ? before : QDate());
    }
}

void TestDates::mondayOnOrBeforeIsTheWeeksMonday()
{
    // 2026-06-29 is a Monday: itself; the Tuesday and the Sunday after it go back to it; a Monday across a
    // month and a year boundary (Sunday 2023-01-01 -> Monday 2022-12-26).
    QCOMPARE(dates::mondayOnOrBefore(d("2026-06-29")), d("2026-06-29"));
    QCOMPARE(dates::mondayOnOrBefore(d("2026-06-30")), d("2026-06-29"));
    QCOMPARE(dates::mondayOnOrBefore(d("2026-07-05")), d("2026-06-29"));
    QCOMPARE(dates::mondayOnOrBefore(d("2023-01-01")), d("2022-12-26"));
    QVERIFY(!dates::mondayOnOrBefore(QDate()).isValid());
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
