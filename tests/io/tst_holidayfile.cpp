// Reading holiday lists to import as company holidays: the Cabinet Office file as published (Shift_JIS,
// YYYY/M/D, a header row), UTF-8 files, malformed lines and duplicates (issue 15 item 6).

#include "domain/Dates.h"
#include "io/HolidayFile.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QByteArray cp932(const QString& text)
{
    QStringEncoder encoder("windows-31j");
    return encoder(text);
}

} // namespace

class TestHolidayFile : public QObject
{
    Q_OBJECT

private slots:
    void theCabinetOfficeFileImportsAsItIs()
    {
        const QString path = QStringLiteral(CSM_SHARED_DATA_DIR "/japan/syukujitsu.csv");
        if (!QFile::exists(path))
            QSKIP("shared data not available");
        const auto file = io::HolidayFileReader::readFile(path);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));
        QCOMPARE(file->encoding, QStringLiteral("windows-31j"));
        // 1,069 CRLF-separated pieces: the header, 1,067 holidays, and the empty piece after the last CRLF.
        QCOMPARE(file->entries.size(), 1067);
        QVERIFY(file->duplicates.isEmpty());
        QCOMPARE(file->entries.first().date, d("1955-01-01"));
        QCOMPARE(file->entries.first().name, QStringLiteral("元日"));
        QCOMPARE(file->entries.first().line, 2);
        QCOMPARE(file->entries.last().date, d("2027-11-23"));
        QCOMPARE(file->entries.last().name, QStringLiteral("勤労感謝の日"));
        QCOMPARE(file->entries.last().line, 1068);
        // Every date is a holiday in the calendar the app ships (built from the same list).
        const auto& japan = dates::HolidayCalendar::japan();
        for (const HolidayEntry& e : file->entries)
            QVERIFY2(japan.isHoliday(e.date), qPrintable(e.date.toString(Qt::ISODate)));
    }

    void utf8WithABomAndIsoDatesIsRead()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "date,name\r\n2025-12-29,年末年始休業\r\n\r\n# a comment\r\n"
                                 "2026-01-02,\"年末年始休業\",extra\r\n";
        const auto file = io::HolidayFileReader::read(bytes, QStringLiteral("company.csv"));
        QVERIFY(file.ok());
        QCOMPARE(file->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(file->entries.size(), 2);
        QCOMPARE(file->entries.at(1).date, d("2026-01-02"));
        QCOMPARE(file->entries.at(1).name, QStringLiteral("年末年始休業"));
        QCOMPARE(file->entries.at(1).line, 5);
    }

    void aDateListedTwiceIsReportedNotDoubled()
    {
        const QByteArray bytes =
            cp932(QStringLiteral("月日,名称\n2025/12/29,年末年始休業\n2025/12/30,年末年始休業\n"
                                 "2025-12-29,仕事納め\n"));
        const auto file = io::HolidayFileReader::read(bytes, QStringLiteral("x.csv"));
        QVERIFY(file.ok());
        QCOMPARE(file->entries.size(), 2);
        QCOMPARE(file->entries.first().name, QStringLiteral("年末年始休業")); // the first line is kept
        QCOMPARE(file->duplicates.size(), 1);
        QCOMPARE(file->duplicates.first().date, d("2025-12-29"));
        QCOMPARE(file->duplicates.first().line, 4);
        QCOMPARE(file->duplicates.first().firstLine, 2);
    }

    void aMalformedLineRefusesTheFileAndSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("no such month")
            << QByteArray("date,name\n2025/1/1,a\n2025/13/1,b\n") << QStringLiteral("h.csv:3");
        QTest::newRow("31 June") << QByteArray("2025/6/31,a\n") << QStringLiteral("h.csv:1");
        QTest::newRow("not a date after the header")
            << QByteArray("date,name\n2025/1/1,a\nholiday,b\n") << QStringLiteral("h.csv:3");
        QTest::newRow("two-digit year") << QByteArray("25/1/1,a\n") << QStringLiteral("h.csv:1");
        QTest::newRow("no comma, not first")
            << QByteArray("2025/1/1,a\n2025/1/2\nx\n") << QStringLiteral("h.csv:3");
        QTest::newRow("extra part") << QByteArray("2025/1/1/2,a\n") << QStringLiteral("h.csv:1");
    }

    void aMalformedLineRefusesTheFileAndSaysWhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        const auto file = io::HolidayFileReader::read(bytes, QStringLiteral("/tmp/h.csv"));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().where, where);
        QVERIFY(!file.error().hint.isEmpty());
    }

    void theRefusalCountsEveryBadLine()
    {
        const auto file = io::HolidayFileReader::read("2025/1/1,a\n2025/2/30,b\n2025/3/1,c\nxx,d\n",
                                                      QStringLiteral("h.csv"));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().where, QStringLiteral("h.csv:2"));
        QVERIFY(file.error().hint.contains(QLatin1String("2")));
    }

    void aDateWithoutANameIsKept()
    {
        const auto file = io::HolidayFileReader::read("2025/12/29\n", QStringLiteral("h.csv"));
        QVERIFY(file.ok());
        QCOMPARE(file->entries.first().date, d("2025-12-29"));
        QVERIFY(file->entries.first().name.isEmpty());
    }

    void anEmptyFileListsNoHolidays()
    {
        QVERIFY(!io::HolidayFileReader::read("date,name\r\n", QStringLiteral("h.csv")).ok());
        QVERIFY(!io::HolidayFileReader::read({}, QStringLiteral("h.csv")).ok());
        QCOMPARE(io::HolidayFileReader::readFile(QStringLiteral("/nonexistent/h.csv")).error().code,
                 Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestHolidayFile)
#include "tst_holidayfile.moc"
