// Company holidays as edited rows with ids and tombstones, and what importing a list would do (issue 15
// item 6).

#include "domain/CompanyHolidays.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

CompanyHolidayRecord record(const char* id, const char* date, const char* name, bool deleted = false)
{
    CompanyHolidayRecord r;
    r.id = QString::fromLatin1(id);
    r.date = d(date);
    r.name = QString::fromUtf8(name);
    r.deleted = deleted;
    return r;
}

IdSource counter()
{
    return [n = 0]() mutable { return QStringLiteral("new-%1").arg(++n); };
}

} // namespace

class TestCompanyHolidays : public QObject
{
    Q_OBJECT

private slots:
    void theShippedCalendarCoversWholeYears()
    {
        const HolidayCoverage c = coverageOf(dates::HolidayCalendar::japan());
        QCOMPARE(c.firstYear, 1955);
        QCOMPARE(c.lastYear, 2050);
        QVERIFY(coverageOf(dates::HolidayCalendar()).isEmpty());
    }

    void theCalendarReadsLiveRowsInDateOrder()
    {
        const QList<CompanyHolidayRecord> rows = {record("1", "2025-12-31", "大晦日"),
                                                  record("2", "2025-12-30", "年末", true),
                                                  record("3", "2025-12-29", "仕事納め翌日")};
        const QList<CompanyHoliday> live = CompanyHolidays::live(rows);
        QCOMPARE(live.size(), 2);
        QCOMPARE(live.at(0).date, d("2025-12-29"));
        QCOMPARE(live.at(1).name, QStringLiteral("大晦日"));

        BookSettings s;
        s.companyHolidays = live;
        const auto cal = dates::HolidayCalendar::forSettings(s);
        QVERIFY(cal.isHoliday(d("2025-12-29")));
        QVERIFY(!cal.isHoliday(d("2025-12-30"))); // removed: its tombstone is not a holiday
    }

    void aDateIsAddedOnce()
    {
        QList<CompanyHolidayRecord> rows = {record("1", "2025-12-29", "年末年始休業"),
                                            record("2", "2025-12-30", "年末年始休業", true)};
        const Status dup = CompanyHolidays::checkNew(rows, d("2025-12-29"));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(QStringLiteral("2025-12-29")));
        QVERIFY(CompanyHolidays::checkNew(rows, d("2025-12-30")).ok()); // only a tombstone there
        QVERIFY(!CompanyHolidays::checkNew(rows, QDate()).ok());

        const CompanyHolidayRecord added =
            CompanyHolidays::make({d("2025-12-30"), QStringLiteral(" 年末 "), 0}, counter());
        QCOMPARE(added.id, QStringLiteral("new-1")); // a new id: the tombstone's is never reused
        QCOMPARE(added.name, QStringLiteral("年末"));
        QVERIFY(!added.deleted);
    }

    void removingLeavesATombstone()
    {
        QList<CompanyHolidayRecord> rows = {record("1", "2025-12-29", "x")};
        QVERIFY(CompanyHolidays::remove(rows, QStringLiteral("1")).ok());
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().deleted);
        QCOMPARE(CompanyHolidays::remove(rows, QStringLiteral("1")).error().code, Error::Code::NotFound);
    }

    void anImportSkipsDatesAlreadyOff()
    {
        const QList<CompanyHolidayRecord> rows = {record("1", "2025-12-29", "年末年始休業"),
                                                  record("2", "2025-12-30", "年末年始休業", true)};
        const QList<HolidayEntry> entries = {
            {d("2025-12-29"), QStringLiteral("年末年始休業"), 2}, // already a company holiday
            {d("2025-12-30"), QStringLiteral("年末年始休業"), 3}, // its row was removed: added again
            {d("2026-01-01"), QStringLiteral("元日"), 4},         // a public holiday already
            {d("2026-01-02"), QStringLiteral("年末年始休業"), 5},
            {d("2026-01-02"), QStringLiteral("年末年始休業"), 6}, // twice in the list: once
        };
        const HolidayImport plan =
            CompanyHolidays::planImport(rows, entries, dates::HolidayCalendar::japan());
        QCOMPARE(plan.toAdd.size(), 2);
        QCOMPARE(plan.toAdd.at(0).line, 3);
        QCOMPARE(plan.toAdd.at(1).line, 5);
        QCOMPARE(plan.alreadyCompany.size(), 2);
        QCOMPARE(plan.alreadyCompany.at(0).line, 2);
        QCOMPARE(plan.alreadyCompany.at(1).line, 6);
        QCOMPARE(plan.alreadyPublic.size(), 1);
        QCOMPARE(plan.alreadyPublic.first().date, d("2026-01-01"));

        // A book without the public calendar takes 1 January as a company holiday.
        const HolidayImport plain = CompanyHolidays::planImport(rows, entries, dates::HolidayCalendar());
        QCOMPARE(plain.toAdd.size(), 3);
        QVERIFY(plain.alreadyPublic.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompanyHolidays)
#include "tst_companyholidays.moc"
