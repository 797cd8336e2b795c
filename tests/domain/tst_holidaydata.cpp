// The bundled Japanese holiday resource says what the shared source files say (see resources/holidays).

#include "SharedData.h"
#include "domain/Dates.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

#include <algorithm>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QString sourceFile(const char* name)
{
    return test::sharedDataFile(QStringLiteral("japan/") + QLatin1String(name));
}

// syukujitsu.csv is Shift_JIS in name and CP932 in practice; take whichever decoder this Qt knows.
QStringDecoder cp932Decoder()
{
    for (const char* name : {"Shift_JIS", "windows-31j", "CP932"}) {
        QStringDecoder decoder(name);
        if (decoder.isValid())
            return decoder;
    }
    return {};
}

} // namespace

class TestHolidayData : public QObject
{
    Q_OBJECT

private slots:
    void resourceHasKnownHolidays_data();
    void resourceHasKnownHolidays();
    void resourceEqualsTheCabinetOfficeList();
    void resourceUsesHolidayJpOnlyAfterTheCabinetOfficeList();
    void csvParserReportsTheBadLine();
};

void TestHolidayData::resourceHasKnownHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");

    QTest::newRow("first listed") << d("1955-01-01") << QStringLiteral("元日");
    QTest::newRow("royal wedding 1959") << d("1959-04-10") << QStringLiteral("結婚の儀");
    QTest::newRow("first citizens' holiday 1988") << d("1988-05-04") << QStringLiteral("休日");
    QTest::newRow("state funeral 1989") << d("1989-02-24") << QStringLiteral("大喪の礼");
    QTest::newRow("enthronement ceremony 1990") << d("1990-11-12") << QStringLiteral("即位礼正殿の儀");
    QTest::newRow("royal wedding 1993") << d("1993-06-09") << QStringLiteral("結婚の儀");
    QTest::newRow("enthronement 2019") << d("2019-10-22") << QStringLiteral("休日（祝日扱い）");
    QTest::newRow("Olympics Sports Day 2020") << d("2020-07-24") << QStringLiteral("スポーツの日");
    QTest::newRow("Olympics substitute 2021") << d("2021-08-09") << QStringLiteral("休日");
    QTest::newRow("last Cabinet Office year") << d("2027-11-23") << QStringLiteral("勤労感謝の日");
    QTest::newRow("first projected year") << d("2028-01-01") << QStringLiteral("元日");
    QTest::newRow("last projected") << d("2050-11-23") << QStringLiteral("勤労感謝の日");
}

void TestHolidayData::resourceHasKnownHolidays()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(dates::HolidayCalendar::japan().holidayName(date), name);
}

void TestHolidayData::resourceEqualsTheCabinetOfficeList()
{
    CSM_REQUIRE_SHARED_FILE(sourceFile("syukujitsu.csv")); // the sample above runs without it
    QFile file(sourceFile("syukujitsu.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringDecoder decoder = cp932Decoder();
    if (!decoder.isValid())
        QSKIP("This Qt has no Shift_JIS decoder (built without ICU).");
    const QString text = decoder(file.readAll());
    QVERIFY(!decoder.hasError());

    const auto& cal = dates::HolidayCalendar::japan();
    QSet<QDate> listed;
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1000);
    for (const QString& line : lines.mid(1)) { // the first line is the header
        const QStringList fields = line.split(QLatin1Char(','));
        QCOMPARE(fields.size(), 2);
        const QDate date = QDate::fromString(fields[0], QStringLiteral("yyyy/M/d"));
        QVERIFY2(date.isValid(), qPrintable(line));
        listed.insert(date);
        QCOMPARE(cal.holidayName(date), fields[1]);
    }
    // Nothing in the covered years beyond the official list.
    const auto first = *std::min_element(listed.cbegin(), listed.cend());
    const auto last = *std::max_element(listed.cbegin(), listed.cend());
    QCOMPARE(first, d("1955-01-01"));
    QCOMPARE(last.year(), 2027);
    const auto bundled = cal.holidaysBetween(QDate(first.year(), 1, 1), QDate(last.year(), 12, 31));
    QCOMPARE(bundled.size(), listed.size());
    for (const QDate& date : bundled)
        QVERIFY2(listed.contains(date), qPrintable(date.toString(Qt::ISODate)));
}

void TestHolidayData::resourceUsesHolidayJpOnlyAfterTheCabinetOfficeList()
{
    CSM_REQUIRE_SHARED_FILE(sourceFile("holiday_jp_holidays.yml"));
    QFile file(sourceFile("holiday_jp_holidays.yml"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const auto& cal = dates::HolidayCalendar::japan();
    QSet<QDate> projected;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QDate date = QDate::fromString(line.left(10), Qt::ISODate);
        if (!date.isValid() || date.year() <= 2027)
            continue;
        projected.insert(date);
        QVERIFY2(cal.isHoliday(date), qPrintable(line));
    }
    QCOMPARE(cal.holidaysBetween(d("2028-01-01"), d("2050-12-31")).size(), projected.size());
}

void TestHolidayData::csvParserReportsTheBadLine()
{
    const auto ok = dates::HolidayCalendar::fromCsv(
        QStringLiteral("# comment\ndate,name\n2024-01-01,元日\n\n2025-01-01,元日\n"));
    QVERIFY(ok);
    QCOMPARE(ok->size(), 2);
    QCOMPARE(ok->firstDate(), d("2024-01-01"));
    QCOMPARE(ok->lastDate(), d("2025-12-31"));

    const auto bad =
        dates::HolidayCalendar::fromCsv(QStringLiteral("date,name\n2024-01-01,元日\n2024/02/11,x\n"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().where, QStringLiteral("line 3"));
}

QTEST_GUILESS_MAIN(TestHolidayData)
#include "tst_holidaydata.moc"
