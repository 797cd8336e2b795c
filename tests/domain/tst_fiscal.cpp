// Fiscal years, quarters and report periods (DESIGN §4).

#include "domain/Dates.h"

#include <QTest>

using namespace csm;

namespace csm::dates {
// Readable failure messages for QCOMPARE.
char* toString(const DateRange& r)
{
    return QTest::toString(r.from.toString(Qt::ISODate) + QStringLiteral("..") + r.to.toString(Qt::ISODate));
}
} // namespace csm::dates

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

dates::DateRange range(const char* from, const char* to)
{
    return {d(from), d(to)};
}

} // namespace

class TestFiscal : public QObject
{
    Q_OBJECT

private slots:
    void fiscalYearAndQuarterFollowTheStartMonth_data();
    void fiscalYearAndQuarterFollowTheStartMonth();
    void fiscalYearIsNamedAfterTheYearItStartsIn_data();
    void fiscalYearIsNamedAfterTheYearItStartsIn();
    void quartersTileTheFiscalYear_data();
    void quartersTileTheFiscalYear();
    void badQuarterOrStartMonthIsHandled();
    void parsePeriodUnderstandsEveryForm_data();
    void parsePeriodUnderstandsEveryForm();
    void parsePeriodRejectsBadInput_data();
    void parsePeriodRejectsBadInput();
};

void TestFiscal::fiscalYearAndQuarterFollowTheStartMonth_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("fy");
    QTest::addColumn<int>("quarter");

    QTest::newRow("April: last day of FY2024") << 4 << d("2025-03-31") << 2024 << 4;
    QTest::newRow("April: first day of FY2025") << 4 << d("2025-04-01") << 2025 << 1;
    QTest::newRow("April: end of Q1") << 4 << d("2025-06-30") << 2025 << 1;
    QTest::newRow("April: start of Q2") << 4 << d("2025-07-01") << 2025 << 2;
    QTest::newRow("April: calendar year end is Q3") << 4 << d("2025-12-31") << 2025 << 3;
    QTest::newRow("April: new calendar year is Q4") << 4 << d("2026-01-01") << 2025 << 4;
    QTest::newRow("January: New Year's Eve") << 1 << d("2024-12-31") << 2024 << 4;
    QTest::newRow("January: New Year's Day") << 1 << d("2025-01-01") << 2025 << 1;
    QTest::newRow("January: 1 April is Q2") << 1 << d("2025-04-01") << 2025 << 2;
    QTest::newRow("October: 30 Sep") << 10 << d("2025-09-30") << 2024 << 4;
    QTest::newRow("October: 1 Oct") << 10 << d("2025-10-01") << 2025 << 1;
    QTest::newRow("December: 29 Feb is Q1") << 12 << d("2024-02-29") << 2023 << 1;
}

void TestFiscal::fiscalYearAndQuarterFollowTheStartMonth()
{
    QFETCH(int, startMonth);
    QFETCH(QDate, date);
    QFETCH(int, fy);
    QFETCH(int, quarter);
    const dates::FiscalCalendar cal(startMonth);
    QCOMPARE(cal.fiscalYear(date), fy);
    QCOMPARE(cal.quarter(date), quarter);
    QVERIFY(cal.year(fy).contains(date));
    QVERIFY(cal.quarterRange(fy, quarter).contains(date));
}

void TestFiscal::fiscalYearIsNamedAfterTheYearItStartsIn_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("fy");
    QTest::addColumn<dates::DateRange>("expected");

    QTest::newRow("April FY2025") << 4 << 2025 << range("2025-04-01", "2026-03-31");
    QTest::newRow("January FY2025") << 1 << 2025 << range("2025-01-01", "2025-12-31");
    QTest::newRow("March FY2027 ends on 29 Feb") << 3 << 2027 << range("2027-03-01", "2028-02-29");
    QTest::newRow("March FY2099 ends on 28 Feb 2100") << 3 << 2099 << range("2099-03-01", "2100-02-28");
    QTest::newRow("December FY2025") << 12 << 2025 << range("2025-12-01", "2026-11-30");
}

void TestFiscal::fiscalYearIsNamedAfterTheYearItStartsIn()
{
    QFETCH(int, startMonth);
    QFETCH(int, fy);
    QFETCH(dates::DateRange, expected);
    QCOMPARE(dates::FiscalCalendar(startMonth).year(fy), expected);
}

void TestFiscal::quartersTileTheFiscalYear_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<dates::DateRange>("expected");

    QTest::newRow("April Q1") << 4 << 1 << range("2025-04-01", "2025-06-30");
    QTest::newRow("April Q3") << 4 << 3 << range("2025-10-01", "2025-12-31");
    QTest::newRow("April Q4") << 4 << 4 << range("2026-01-01", "2026-03-31");
    QTest::newRow("January Q1") << 1 << 1 << range("2025-01-01", "2025-03-31");
    QTest::newRow("January Q4") << 1 << 4 << range("2025-10-01", "2025-12-31");
    QTest::newRow("December Q1 crosses the year") << 12 << 1 << range("2025-12-01", "2026-02-28");
    QTest::newRow("December Q2") << 12 << 2 << range("2026-03-01", "2026-05-31");
}

void TestFiscal::quartersTileTheFiscalYear()
{
    QFETCH(int, startMonth);
    QFETCH(int, quarter);
    QFETCH(dates::DateRange, expected);
    const dates::FiscalCalendar cal(startMonth);
    QCOMPARE(cal.quarterRange(2025, quarter), expected);

    // The four quarters follow each other without gaps and cover exactly the year.
    const auto year = cal.year(2025);
    QCOMPARE(cal.quarterRange(2025, 1).from, year.from);
    QCOMPARE(cal.quarterRange(2025, 4).to, year.to);
    for (int q = 1; q < 4; ++q)
        QCOMPARE(cal.quarterRange(2025, q).to.addDays(1), cal.quarterRange(2025, q + 1).from);
}

void TestFiscal::badQuarterOrStartMonthIsHandled()
{
    const dates::FiscalCalendar cal;
    QCOMPARE(cal.startMonth(), 4);
    QVERIFY(!cal.quarterRange(2025, 0).isValid());
    QVERIFY(!cal.quarterRange(2025, 5).isValid());
    QCOMPARE(cal.fiscalYear(QDate()), 0);
    QCOMPARE(cal.quarter(QDate()), 0);
    QCOMPARE(dates::FiscalCalendar(0).startMonth(), 1);
    QCOMPARE(dates::FiscalCalendar(13).startMonth(), 1);
    QVERIFY(!cal.year(99999).isValid());
}

void TestFiscal::parsePeriodUnderstandsEveryForm_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QString>("text");
    QTest::addColumn<dates::DateRange>("expected");

    QTest::newRow("fiscal year") << 4 << QStringLiteral("FY2025") << range("2025-04-01", "2026-03-31");
    QTest::newRow("fiscal year, January start")
        << 1 << QStringLiteral("FY2025") << range("2025-01-01", "2025-12-31");
    QTest::newRow("fiscal quarter") << 4 << QStringLiteral("FY2025-Q1") << range("2025-04-01", "2025-06-30");
    QTest::newRow("last fiscal quarter")
        << 4 << QStringLiteral("FY2025-Q4") << range("2026-01-01", "2026-03-31");
    QTest::newRow("lower case") << 4 << QStringLiteral("fy2025-q2") << range("2025-07-01", "2025-09-30");
    QTest::newRow("calendar year") << 4 << QStringLiteral("2025") << range("2025-01-01", "2025-12-31");
    QTest::newRow("calendar quarter ignores the fiscal start")
        << 4 << QStringLiteral("2025-Q2") << range("2025-04-01", "2025-06-30");
    QTest::newRow("month") << 4 << QStringLiteral("2025-06") << range("2025-06-01", "2025-06-30");
    QTest::newRow("leap February") << 4 << QStringLiteral("2024-02") << range("2024-02-01", "2024-02-29");
    QTest::newRow("explicit range") << 4 << QStringLiteral("2025-04-01..2025-06-30")
                                    << range("2025-04-01", "2025-06-30");
    QTest::newRow("one-day range with spaces")
        << 4 << QStringLiteral(" 2025-04-01 .. 2025-04-01 ") << range("2025-04-01", "2025-04-01");
}

void TestFiscal::parsePeriodUnderstandsEveryForm()
{
    QFETCH(int, startMonth);
    QFETCH(QString, text);
    QFETCH(dates::DateRange, expected);
    QCOMPARE(dates::FiscalCalendar(startMonth).parsePeriod(text), expected);
}

void TestFiscal::parsePeriodRejectsBadInput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("FY alone") << QStringLiteral("FY");
    QTest::newRow("two-digit fiscal year") << QStringLiteral("FY25");
    QTest::newRow("quarter 0") << QStringLiteral("FY2025-Q0");
    QTest::newRow("quarter 5") << QStringLiteral("2025-Q5");
    QTest::newRow("month 13") << QStringLiteral("2025-13");
    QTest::newRow("month 0") << QStringLiteral("2025-00");
    QTest::newRow("a single day") << QStringLiteral("2025-06-15");
    QTest::newRow("reversed range") << QStringLiteral("2025-07-01..2025-06-01");
    QTest::newRow("31 June in a range") << QStringLiteral("2025-06-31..2025-07-31");
    QTest::newRow("30 February in a range") << QStringLiteral("2025-02-30..2025-03-01");
    QTest::newRow("half a range") << QStringLiteral("2025-04-01..");
    QTest::newRow("year 0") << QStringLiteral("0000");
    QTest::newRow("words") << QStringLiteral("last quarter");
}

void TestFiscal::parsePeriodRejectsBadInput()
{
    QFETCH(QString, text);
    QVERIFY(!dates::FiscalCalendar().parsePeriod(text).isValid());
}

QTEST_GUILESS_MAIN(TestFiscal)
#include "tst_fiscal.moc"
