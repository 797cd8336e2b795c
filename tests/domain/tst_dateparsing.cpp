#include "domain/DateParsing.h"

#include <QTest>

using namespace csm;
using namespace csm::dates;

// Expected dates are worked out by hand: an era's year n is its first Gregorian year + n - 1 (令和 2019,
// 平成 1989, 昭和 1926); Excel serial 43831 is 2020-01-01 and the days of 2020-2024 plus Jan-Mar 2025
// (366 + 365 + 365 + 365 + 366 + 90) make 45748 2025-04-01.
class DateParsingTest : public QObject
{
    Q_OBJECT
private slots:
    void readsTheWaysPeopleWriteDates_data();
    void readsTheWaysPeopleWriteDates();
    void refusesWhatIsNoDate_data();
    void refusesWhatIsNoDate();
    void dayOrderIsTheCallersChoice();
    void timestampsFallOnTheirDayInTheBooksZone();
    void readsMomentsWithTheirTime();
    void excelSerialsSkipTheLeapYearBug();
    void bytesTakeTheSamePathAsText();
    void guessesTheDayOrderFromSamples();
    void writesJapaneseEraDates();
};

void DateParsingTest::readsTheWaysPeopleWriteDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate april1(2025, 4, 1);
    QTest::newRow("iso") << "2025-04-01" << april1;
    QTest::newRow("iso no padding") << "2025-4-1" << april1;
    QTest::newRow("slashes") << "2025/4/1" << april1;
    QTest::newRow("slashes padded") << "2025/04/01" << april1;
    QTest::newRow("dots") << "2025.4.1" << april1;
    QTest::newRow("kanji") << "2025年4月1日" << april1;
    QTest::newRow("kanji spaced") << "2025 年 4 月 1 日" << april1;
    QTest::newRow("full-width kanji") << "２０２５年４月１日" << april1;
    QTest::newRow("full-width slashes") << "２０２５／４／１" << april1;
    QTest::newRow("reiwa") << "令和7年4月1日" << april1;
    QTest::newRow("reiwa full-width") << "令和７年４月１日" << april1;
    QTest::newRow("reiwa letter") << "R7.4.1" << april1;
    QTest::newRow("reiwa letter lower, slashes") << "r7/4/1" << april1;
    QTest::newRow("reiwa padded") << "R07.04.01" << april1;
    QTest::newRow("reiwa square sign") << "㋿7年4月1日" << april1;
    QTest::newRow("reiwa gannen") << "令和元年5月1日" << QDate(2019, 5, 1);
    QTest::newRow("heisei last day") << "平成31年4月30日" << QDate(2019, 4, 30);
    QTest::newRow("heisei letter") << "H31.4.30" << QDate(2019, 4, 30);
    QTest::newRow("heisei gannen") << "平成元年1月8日" << QDate(1989, 1, 8);
    QTest::newRow("showa last day") << "昭和64年1月7日" << QDate(1989, 1, 7);
    QTest::newRow("showa letter") << "S50.10.10" << QDate(1975, 10, 10);
    QTest::newRow("taisho") << "大正15年12月24日" << QDate(1926, 12, 24);
    QTest::newRow("meiji after 1873") << "明治45年7月29日" << QDate(1912, 7, 29);
    QTest::newRow("compact") << "20250401" << april1;
    QTest::newRow("excel serial") << "45748" << april1;
    QTest::newRow("excel serial with time") << "45748.75" << april1;
    QTest::newRow("unambiguous day first") << "13/01/2025" << QDate(2025, 1, 13);
    QTest::newRow("unambiguous month first") << "01/13/2025" << QDate(2025, 1, 13);
    QTest::newRow("same either way") << "04/04/2025" << QDate(2025, 4, 4);
    QTest::newRow("timestamp without offset") << "2023-07-28 03:00:00" << QDate(2023, 7, 28);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("spaces around") << "  2025-04-01 " << april1;
}

void DateParsingTest::readsTheWaysPeopleWriteDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const Result<QDate> d = parseDate(text);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(*d, expected);
}

void DateParsingTest::refusesWhatIsNoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << ""
                           << "Enter a date";
    QTest::newRow("words") << "tomorrow"
                           << "is not a date";
    QTest::newRow("february 30") << "2025-02-30"
                                 << "2025-02 has 28 days";
    QTest::newRow("february 30 in a leap year") << "2024-02-30"
                                                << "2024-02 has 29 days";
    QTest::newRow("april 31 in kanji") << "2025年4月31日"
                                       << "2025-04 has 30 days";
    QTest::newRow("month 13") << "2025-13-01"
                              << "there is no month 13";
    QTest::newRow("day 0") << "2025/4/0"
                           << "has 30 days";
    QTest::newRow("reiwa year 0") << "令和0年4月1日"
                                  << "元年";
    QTest::newRow("reiwa letter year 0") << "R0.4.1"
                                         << "元年";
    QTest::newRow("reiwa before it began") << "令和元年4月30日"
                                           << "before the 令和 era began (2019-05-01)";
    QTest::newRow("heisei after it ended") << "平成31年5月1日"
                                           << "ended on 2019-04-30: 2019-05-01 is 令和元年5月1日";
    QTest::newRow("heisei 32") << "平成32年1月1日"
                               << "2020-01-01 is 令和2年1月1日";
    QTest::newRow("showa after it ended") << "S64.1.8"
                                          << "ended on 1989-01-07";
    QTest::newRow("heisei february 29 of a common year") << "平成31年2月29日"
                                                         << "2019-02 has 28 days";
    QTest::newRow("meiji before 1873") << "明治5年12月2日"
                                       << "before 1873";
    QTest::newRow("gannen with a letter") << "R元.5.1"
                                          << "is not a date";
    QTest::newRow("ambiguous order") << "04/01/2025"
                                     << "day first or month first";
    QTest::newRow("two-digit year") << "4/1/25"
                                    << "two-digit year";
    QTest::newRow("impossible time") << "2025-04-01T25:00"
                                     << "not a time of day";
    QTest::newRow("excel leap-year bug") << "60"
                                         << "1900-02-29";
    QTest::newRow("negative") << "-5"
                              << "is not a date";
    QTest::newRow("mixed separators") << "2025-04/01"
                                      << "is not a date";
}

void DateParsingTest::refusesWhatIsNoDate()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<QDate> d = parseDate(text);
    QVERIFY2(!d.ok(),
             qPrintable(QStringLiteral("read as %1").arg(d.ok() ? d->toString(Qt::ISODate) : QString())));
    QVERIFY2(d.error().message.contains(messagePart), qPrintable(d.error().message));
    QCOMPARE(d.error().code, Error::Code::InvalidValue);
}

void DateParsingTest::dayOrderIsTheCallersChoice()
{
    DateReading us;
    us.order = DayOrder::MonthFirst;
    DateReading europe;
    europe.order = DayOrder::DayFirst;
    QCOMPARE(*parseDate(u"04/01/2025", us), QDate(2025, 4, 1));
    QCOMPARE(*parseDate(u"04/01/2025", europe), QDate(2025, 1, 4));
    QCOMPARE(*parseDate(u"4-1-2025", us), QDate(2025, 4, 1));
    QCOMPARE(*parseDate(u"01.04.2025", europe), QDate(2025, 4, 1));
    // The chosen order is kept even where the other would give a date.
    QVERIFY(!parseDate(u"13/01/2025", us).ok());
    QVERIFY(!parseDate(u"01/13/2025", europe).ok());
    // Year-first dates are never reordered.
    QCOMPARE(*parseDate(u"2025/04/01", europe), QDate(2025, 4, 1));
}

void DateParsingTest::timestampsFallOnTheirDayInTheBooksZone()
{
    DateReading utc;
    utc.zone = QTimeZone::utc();
    DateReading tokyo;
    tokyo.zone = QTimeZone(9 * 3600);
    DateReading newYork;
    newYork.zone = QTimeZone(-5 * 3600);
    // Salesforce writes UTC with "+0000": 14:49 UTC is 23:49 in Tokyo, the same day.
    QCOMPARE(*parseDate(u"2024-01-22T14:49:34.000+0000", utc), QDate(2024, 1, 22));
    QCOMPARE(*parseDate(u"2024-01-22T14:49:34.000+0000", tokyo), QDate(2024, 1, 22));
    // 20:00 UTC is 05:00 the next day in Tokyo and 15:00 the same day in New York.
    QCOMPARE(*parseDate(u"2024-01-22T20:00:00.000+0000", tokyo), QDate(2024, 1, 23));
    QCOMPARE(*parseDate(u"2024-01-22T20:00:00.000+0000", newYork), QDate(2024, 1, 22));
    QCOMPARE(*parseDate(u"2024-01-22T02:00:00Z", newYork), QDate(2024, 1, 21));
    QCOMPARE(*parseDate(u"2024-01-22T08:00:00+09:00", utc), QDate(2024, 1, 21));
    // Without an offset the day is the one written.
    QCOMPARE(*parseDate(u"2024-01-22 23:30", utc), QDate(2024, 1, 22));
}

void DateParsingTest::readsMomentsWithTheirTime()
{
    DateReading tokyo;
    tokyo.zone = QTimeZone(9 * 3600);
    tokyo.order = DayOrder::MonthFirst;
    const auto utcOf = [&](const char16_t* text) {
        const Result<QDateTime> t = parseDateTime(QStringView(text), tokyo);
        return t.ok() ? t->toUTC() : QDateTime();
    };
    QCOMPARE(utcOf(u"2024-01-22T14:49:34.000+0000"),
             QDateTime(QDate(2024, 1, 22), QTime(14, 49, 34), QTimeZone::utc()));
    QCOMPARE(utcOf(u"2024-01-22T14:49:34.250+0000"),
             QDateTime(QDate(2024, 1, 22), QTime(14, 49, 34, 250), QTimeZone::utc()));
    // No offset: Tokyo time, nine hours ahead of UTC.
    QCOMPARE(utcOf(u"2025-04-01 09:30"), QDateTime(QDate(2025, 4, 1), QTime(0, 30), QTimeZone::utc()));
    QCOMPARE(utcOf(u"2025/4/1 9:30:15"), QDateTime(QDate(2025, 4, 1), QTime(0, 30, 15), QTimeZone::utc()));
    QCOMPARE(utcOf(u"4/1/2025 9:30 PM"), QDateTime(QDate(2025, 4, 1), QTime(12, 30), QTimeZone::utc()));
    QCOMPARE(utcOf(u"4/1/2025 12:05 AM"), QDateTime(QDate(2025, 3, 31), QTime(15, 5), QTimeZone::utc()));
    // A date alone is the start of its day; an Excel serial's fraction is the time (0.5 = noon).
    QCOMPARE(utcOf(u"2025-04-01"), QDateTime(QDate(2025, 3, 31), QTime(15, 0), QTimeZone::utc()));
    QCOMPARE(utcOf(u"45748.5"), QDateTime(QDate(2025, 4, 1), QTime(3, 0), QTimeZone::utc()));
    QVERIFY(!parseDateTime(u"2025-04-01 24:00", tokyo).ok());
    QVERIFY(!parseDateTime(u"2025-04-01 13:00 PM", tokyo).ok());
    QVERIFY(!parseDateTime(u"2025-02-30 10:00", tokyo).ok());
}

void DateParsingTest::excelSerialsSkipTheLeapYearBug()
{
    QCOMPARE(*dateFromExcelSerial(1), QDate(1900, 1, 1));
    QCOMPARE(*dateFromExcelSerial(59), QDate(1900, 2, 28));
    QVERIFY(!dateFromExcelSerial(60).ok());
    QCOMPARE(*dateFromExcelSerial(61), QDate(1900, 3, 1));
    QCOMPARE(*dateFromExcelSerial(43831), QDate(2020, 1, 1));
    QCOMPARE(*dateFromExcelSerial(45748), QDate(2025, 4, 1));
    QCOMPARE(*dateFromExcelSerial(2958465), QDate(9999, 12, 31));
    QVERIFY(!dateFromExcelSerial(0).ok());
    QVERIFY(!dateFromExcelSerial(2958466).ok());
    DateReading noSerials;
    noSerials.excelSerials = false;
    QVERIFY(!parseDate(u"45748", noSerials).ok());
    QCOMPARE(*parseDate(u"20250401", noSerials), QDate(2025, 4, 1));
}

void DateParsingTest::bytesTakeTheSamePathAsText()
{
    QCOMPARE(*parseDate(QByteArrayView("2025-04-01")), QDate(2025, 4, 1));
    QCOMPARE(*parseDate(QByteArrayView("2025/4/1")), QDate(2025, 4, 1));
    QCOMPARE(*parseDate(QByteArrayView("令和7年4月1日")), QDate(2025, 4, 1));
    const Result<QDate> bad = parseDate(QByteArrayView("2025-02-30"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("2025-02 has 28 days")),
             qPrintable(bad.error().message));
    QVERIFY(!parseDate(QByteArrayView("2025-00-10")).ok());
}

void DateParsingTest::guessesTheDayOrderFromSamples()
{
    QCOMPARE(guessDayOrder({QStringLiteral("01/02/2025"), QStringLiteral("13/02/2025")}), DayOrder::DayFirst);
    QCOMPARE(guessDayOrder({QStringLiteral("02/13/2025"), QStringLiteral("2/1/2025")}), DayOrder::MonthFirst);
    QCOMPARE(guessDayOrder({QStringLiteral("01/02/2025")}), DayOrder::Unknown);
    QCOMPARE(guessDayOrder({QStringLiteral("13/01/2025"), QStringLiteral("01/13/2025")}), DayOrder::Unknown);
    QCOMPARE(guessDayOrder({QStringLiteral("2025-04-01")}), DayOrder::Unknown);
}

void DateParsingTest::writesJapaneseEraDates()
{
    QCOMPARE(toJapaneseEra(QDate(2019, 5, 1)), QStringLiteral("令和元年5月1日"));
    QCOMPARE(toJapaneseEra(QDate(2019, 4, 30)), QStringLiteral("平成31年4月30日"));
    QCOMPARE(toJapaneseEra(QDate(2025, 4, 1)), QStringLiteral("令和7年4月1日"));
    QCOMPARE(toJapaneseEra(QDate(1989, 1, 7)), QStringLiteral("昭和64年1月7日"));
    QCOMPARE(toJapaneseEra(QDate(1873, 1, 1)), QStringLiteral("明治6年1月1日"));
    QCOMPARE(toJapaneseEra(QDate(1872, 12, 31)), QString());
}

QTEST_GUILESS_MAIN(DateParsingTest)
#include "tst_dateparsing.moc"
