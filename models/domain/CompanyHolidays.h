#pragma once

// The book's company holidays as edited rows (issue 15 item 6): each has an id and a tombstone like every
// other table a user edits, so a removal can be merged and synced. The book calendar (BookSettings::
// companyHolidays, dates::HolidayCalendar::forSettings) reads the live ones.

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/IdSource.h"
#include "domain/Result.h"
#include "domain/Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace csm {

struct CompanyHolidayRecord : Record
{
    QDate date;
    QString name;
};

// A holiday read from a file or typed in, before it becomes a row.
struct HolidayEntry
{
    QDate date;
    QString name;
    int line = 0; // in the file it came from; 0 when typed in
};

// The whole years a calendar's public list covers (the settings show "2025 to 2050").
struct HolidayCoverage
{
    int firstYear = 0;
    int lastYear = 0;
    bool isEmpty() const { return firstYear == 0; }
};
HolidayCoverage coverageOf(const dates::HolidayCalendar& calendar);

// What importing a list of holidays would do; nothing is written until the caller saves toAdd.
struct HolidayImport
{
    QList<HolidayEntry> toAdd;          // new dates
    QList<HolidayEntry> alreadyCompany; // dates the book already has as company holidays: skipped
    QList<HolidayEntry> alreadyPublic;  // dates the public calendar already has off: skipped
};

class CompanyHolidays
{
    Q_DECLARE_TR_FUNCTIONS(CompanyHolidays)
public:
    // The live rows as the calendar reads them: tombstones dropped, sorted by date.
    static QList<CompanyHoliday> live(const QList<CompanyHolidayRecord>& records);

    // Whether a holiday can be added on that date: a valid date that is not already a live company holiday.
    static Status checkNew(const QList<CompanyHolidayRecord>& records, QDate date);
    // A new row (fresh id) for an entry; the caller saves it.
    static CompanyHolidayRecord make(const HolidayEntry& entry, const IdSource& newId);
    // Marks the live row with that id deleted (a tombstone); NotFound when there is none.
    static Status remove(QList<CompanyHolidayRecord>& records, const Id& id);

    // Sorts entries against the book: dates already company holidays, and dates the public calendar has off
    // (publicCalendar: HolidayCalendar::japan() for a Japanese book, an empty calendar otherwise), are
    // reported and skipped, never doubled.
    static HolidayImport planImport(const QList<CompanyHolidayRecord>& records,
                                    const QList<HolidayEntry>& entries,
                                    const dates::HolidayCalendar& publicCalendar);
};

} // namespace csm
