// Business days on the Japanese calendar plus company holidays (DESIGN §4).

#include "domain/Dates.h"
#include "domain/Settings.h"

#include <QTest>

#include <algorithm>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// The customary year-end closing most Japanese companies add to the national calendar.
BookSettings settingsWithYearEndClosing()
{
    BookSettings s;
    for (const char* day : {"2024-12-30", "2024-12-31", "2025-01-02", "2025-01-03"})
        s.companyHolidays.append({d(day), QStringLiteral("年末年始休業")});
    return s;
}

} // namespace

class TestBusinessDays : public QObject
{
    Q_OBJECT

private slots:
    void japaneseCalendarKnowsNationalAndSubstituteHolidays_data();
    void japaneseCalendarKnowsNationalAndSubstituteHolidays();
    void japaneseCalendarCoversWholeYears();
    void businessDaysSkipWeekendsAndHolidays_data();
    void businessDaysSkipWeekendsAndHolidays();
    void kickoffPlusBusinessDaysStartsFromTheFirstBusinessDay_data();
    void kickoffPlusBusinessDaysStartsFromTheFirstBusinessDay();
    void companyHolidaysAreAddedToTheBookCalendar();
    void bookWithoutPublicCalendarSkipsOnlyWeekendsAndCompanyHolidays();
    void businessDaysBetweenCountsTheHalfOpenRange_data();
    void businessDaysBetweenCountsTheHalfOpenRange();
    void businessDaysBetweenUndoesAddBusinessDays();
    void holidaysBetweenListsDatesInOrder();
};

void TestBusinessDays::japaneseCalendarKnowsNationalAndSubstituteHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");

    QTest::newRow("New Year's Day") << d("2025-01-01") << QStringLiteral("元日");
    QTest::newRow("substitute for Foundation Day 2024") << d("2024-02-12") << QStringLiteral("休日");
    QTest::newRow("Golden Week substitute 2024") << d("2024-05-06") << QStringLiteral("休日");
    QTest::newRow("Greenery Day 2024") << d("2024-05-04") << QStringLiteral("みどりの日");
    QTest::newRow("substitute for Labour Thanksgiving 2025") << d("2025-11-24") << QStringLiteral("休日");
    QTest::newRow("Golden Week substitute 2025") << d("2025-05-06") << QStringLiteral("休日");
    QTest::newRow("citizens' holiday 2026") << d("2026-09-22") << QStringLiteral("休日");
    QTest::newRow("enthronement 2019") << d("2019-05-01") << QStringLiteral("休日（祝日扱い）");
    QTest::newRow("Olympics move 2021") << d("2021-07-23") << QStringLiteral("スポーツの日");
    QTest::newRow("royal wedding 1959") << d("1959-04-10") << QStringLiteral("結婚の儀");
    QTest::newRow("holiday-jp projection 2030") << d("2030-05-06") << QStringLiteral("休日");
    QTest::newRow("New Year's Eve is not national") << d("2024-12-31") << QString();
    QTest::newRow("2 January is not national") << d("2025-01-02") << QString();
    QTest::newRow("Sunday is not a holiday") << d("2024-06-09") << QString();
}

void TestBusinessDays::japaneseCalendarKnowsNationalAndSubstituteHolidays()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    const auto& cal = dates::HolidayCalendar::japan();
    QCOMPARE(cal.holidayName(date), name);
    QCOMPARE(cal.isHoliday(date), !name.isEmpty());
}

void TestBusinessDays::japaneseCalendarCoversWholeYears()
{
    const auto& cal = dates::HolidayCalendar::japan();
    QCOMPARE(cal.firstDate(), d("1955-01-01"));
    QCOMPARE(cal.lastDate(), d("2050-12-31"));
    QVERIFY(cal.size() > 1400);
    QCOMPARE(&dates::HolidayCalendar::japan(), &cal); // loaded once
}

void TestBusinessDays::businessDaysSkipWeekendsAndHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("business");

    QTest::newRow("Thursday before Golden Week") << d("2024-05-02") << true;
    QTest::newRow("Constitution Day") << d("2024-05-03") << false;
    QTest::newRow("Saturday") << d("2024-05-04") << false;
    QTest::newRow("Sunday") << d("2024-05-05") << false;
    QTest::newRow("substitute Monday") << d("2024-05-06") << false;
    QTest::newRow("Tuesday after Golden Week") << d("2024-05-07") << true;
    QTest::newRow("New Year's Eve, a Tuesday") << d("2024-12-31") << true;
    QTest::newRow("New Year's Day") << d("2025-01-01") << false;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestBusinessDays::businessDaysSkipWeekendsAndHolidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, business);
    QCOMPARE(dates::isBusinessDay(date, dates::HolidayCalendar::japan()), business);
    QCOMPARE(dates::isWeekend(date), date.isValid() && date.dayOfWeek() >= 6);
}

void TestBusinessDays::kickoffPlusBusinessDaysStartsFromTheFirstBusinessDay_data()
{
    QTest::addColumn<QDate>("kickoff");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("japan");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("business-day kickoff is day 0") << d("2024-06-10") << 0 << true << d("2024-06-10");
    QTest::newRow("business-day kickoff + 1") << d("2024-06-10") << 1 << true << d("2024-06-11");
    QTest::newRow("Friday + 1 is Monday") << d("2024-06-14") << 1 << true << d("2024-06-17");
    // Day 0 of a Saturday kickoff is Monday, so offset 1 is the Tuesday.
    QTest::newRow("Saturday kickoff + 1 is Tuesday") << d("2024-06-08") << 1 << true << d("2024-06-11");
    // With the Monday a holiday (2024-02-12 振替休日) day 0 moves to the Tuesday and offset 1 to Wednesday.
    QTest::newRow("Saturday kickoff, Monday holiday, + 0") << d("2024-02-10") << 0 << true << d("2024-02-13");
    QTest::newRow("Saturday kickoff, Monday holiday, + 1") << d("2024-02-10") << 1 << true << d("2024-02-14");
    QTest::newRow("Saturday kickoff without holidays + 1")
        << d("2024-02-10") << 1 << false << d("2024-02-13");
    QTest::newRow("into Golden Week 2024") << d("2024-05-02") << 1 << true << d("2024-05-07");
    QTest::newRow("kickoff in Golden Week") << d("2024-05-03") << 0 << true << d("2024-05-07");
    QTest::newRow("through Golden Week 2025") << d("2025-04-25") << 10 << true << d("2025-05-14");
    QTest::newRow("over the 2025-11-24 substitute") << d("2025-11-21") << 1 << true << d("2025-11-25");
    QTest::newRow("year end: 30 Dec is a national working day")
        << d("2024-12-27") << 1 << true << d("2024-12-30");
    QTest::newRow("year end: over New Year's Day") << d("2024-12-31") << 1 << true << d("2025-01-02");
    QTest::newRow("backwards over Golden Week") << d("2024-05-07") << -1 << true << d("2024-05-02");
    QTest::newRow("twenty days") << d("2024-04-01") << 20 << true << d("2024-04-30");
}

void TestBusinessDays::kickoffPlusBusinessDaysStartsFromTheFirstBusinessDay()
{
    QFETCH(QDate, kickoff);
    QFETCH(int, offset);
    QFETCH(bool, japan);
    QFETCH(QDate, expected);
    const dates::HolidayCalendar none;
    QCOMPARE(dates::addBusinessDays(kickoff, offset, japan ? dates::HolidayCalendar::japan() : none),
             expected);
}

void TestBusinessDays::companyHolidaysAreAddedToTheBookCalendar()
{
    const auto cal = dates::HolidayCalendar::forSettings(settingsWithYearEndClosing());
    QVERIFY(cal.isHoliday(d("2025-01-01")));
    QCOMPARE(cal.holidayName(d("2024-12-30")), QStringLiteral("年末年始休業"));
    QCOMPARE(dates::addBusinessDays(d("2024-12-27"), 1, cal), d("2025-01-06"));
    QCOMPARE(dates::nextBusinessDayOnOrAfter(d("2024-12-28"), cal), d("2025-01-06"));
    QCOMPARE(dates::businessDaysBetween(d("2024-12-27"), d("2025-01-06"), cal), 1);
    // The shipped calendar itself is untouched, and company holidays do not widen its range.
    QVERIFY(!dates::HolidayCalendar::japan().isHoliday(d("2024-12-30")));
    QCOMPARE(cal.firstDate(), dates::HolidayCalendar::japan().firstDate());
    QCOMPARE(cal.lastDate(), dates::HolidayCalendar::japan().lastDate());
}

void TestBusinessDays::bookWithoutPublicCalendarSkipsOnlyWeekendsAndCompanyHolidays()
{
    BookSettings s = settingsWithYearEndClosing();
    s.holidayCalendar = QStringLiteral("none");
    const auto cal = dates::HolidayCalendar::forSettings(s);
    QCOMPARE(cal.size(), 4);
    QVERIFY(!cal.isHoliday(d("2025-01-01")));
    QVERIFY(cal.isHoliday(d("2025-01-02")));
    QCOMPARE(dates::addBusinessDays(d("2024-12-27"), 1, cal), d("2025-01-01"));
    QVERIFY(!cal.firstDate().isValid());
}

void TestBusinessDays::businessDaysBetweenCountsTheHalfOpenRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("Golden Week 2024") << d("2024-04-30") << d("2024-05-07") << 3;
    QTest::newRow("same day") << d("2024-05-07") << d("2024-05-07") << 0;
    QTest::newRow("backwards") << d("2024-05-07") << d("2024-05-02") << 0;
    QTest::newRow("one working day") << d("2024-06-10") << d("2024-06-11") << 1;
    QTest::newRow("weekend only") << d("2024-06-07") << d("2024-06-09") << 0;
    QTest::newRow("calendar year 2024") << d("2023-12-31") << d("2024-12-31") << 248;
    QTest::newRow("fiscal year 2025") << d("2025-03-31") << d("2026-03-31") << 246;
    QTest::newRow("invalid") << QDate() << d("2024-12-31") << 0;
}

void TestBusinessDays::businessDaysBetweenCountsTheHalfOpenRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(dates::businessDaysBetween(from, to, dates::HolidayCalendar::japan()), expected);
}

void TestBusinessDays::businessDaysBetweenUndoesAddBusinessDays()
{
    const auto& cal = dates::HolidayCalendar::japan();
    for (QDate kickoff = d("2024-04-20"); kickoff < d("2024-05-20"); kickoff = kickoff.addDays(1)) {
        const QDate day0 = dates::nextBusinessDayOnOrAfter(kickoff, cal);
        QVERIFY(dates::isBusinessDay(day0, cal));
        for (int n : {0, 1, 2, 5, 9, 30, 250}) {
            const QDate due = dates::addBusinessDays(kickoff, n, cal);
            QVERIFY(dates::isBusinessDay(due, cal));
            QCOMPARE(dates::businessDaysBetween(day0, due, cal), n);
        }
    }
}

void TestBusinessDays::holidaysBetweenListsDatesInOrder()
{
    const auto& cal = dates::HolidayCalendar::japan();
    const QList<QDate> gw{d("2024-04-29"), d("2024-05-03"), d("2024-05-04"), d("2024-05-05"),
                          d("2024-05-06")};
    QCOMPARE(cal.holidaysBetween(d("2024-04-29"), d("2024-05-06")), gw);
    QCOMPARE(cal.holidaysBetween(d("1955-01-01"), d("2050-12-31")).size(), cal.size());
    const auto all = cal.holidaysBetween(d("1900-01-01"), d("2100-12-31"));
    QVERIFY(std::is_sorted(all.begin(), all.end()));
    QVERIFY(cal.holidaysBetween(d("2024-05-06"), d("2024-04-29")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessDays)
#include "tst_businessdays.moc"
