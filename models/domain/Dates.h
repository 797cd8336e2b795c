#pragma once

// Date rules of DESIGN §4. The implementation (Dates.cpp, HolidayCalendar.cpp, FiscalCalendar.cpp) is the
// only code that includes Boost.Date_Time; everything else sees plain QDate.

#include "domain/Result.h"
#include "domain/Settings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace csm::dates {

// d + months, keeping the day of month or clamping to the month's last day (2024-01-31 + 1 = 2024-02-29).
// Never snaps to month end the way boost::gregorian::months does.
QDate addMonths(QDate d, int months);

// The k-th renewal of a contract (k >= 1): start + k * term, computed from the start date every time.
QDate renewalDate(QDate start, int termMonths, int k);
// The first renewal date strictly after asOf (invalid when the inputs are invalid or term < 1).
QDate currentRenewalDate(QDate start, int termMonths, QDate asOf);
// A contract whose renewals run for a different term than its first one: renewal k (k >= 1) is
// start + firstTermMonths + (k - 1) * renewalTermMonths, again computed from the start date every time.
QDate renewalDate(QDate start, int firstTermMonths, int renewalTermMonths, int k);
QDate currentRenewalDate(QDate start, int firstTermMonths, int renewalTermMonths, QDate asOf);
// The k of the first renewal strictly after asOf; 0 when the inputs are invalid or it leaves the calendar.
int renewalIndexAfter(QDate start, int firstTermMonths, int renewalTermMonths, QDate asOf);
// Renewal date minus the notice period.
QDate noticeDeadline(QDate renewal, int noticeDays);

// The given day of d's month, or the month's last day when the month is shorter (day 31 of June: 30 June).
QDate dayOfMonthClamped(QDate d, int day);
// The last day of d's month.
QDate endOfMonth(QDate d);
// The Monday of d's week: d itself on a Monday, else the latest Monday before it.
QDate mondayOnOrBefore(QDate d);

// Public holidays plus the book's company holidays.
class HolidayCalendar
{
public:
    HolidayCalendar() = default; // no holidays: weekends only

    // The Japanese national holidays shipped with the app (Cabinet Office list; see resources/holidays).
    static const HolidayCalendar& japan();
    // The calendar a book's settings ask for, with its company holidays added.
    static HolidayCalendar forSettings(const BookSettings& settings);
    // Parses a holiday list in the format of resources/holidays/jp-holidays.csv: "#" comment lines, an
    // optional "date,name" header, then "YYYY-MM-DD,name" lines. The range covers the listed years in full.
    static Result<HolidayCalendar> fromCsv(const QString& text);

    void addHoliday(QDate date, const QString& name);
    bool isHoliday(QDate date) const;
    QString holidayName(QDate date) const;                    // empty when not a holiday
    QList<QDate> holidaysBetween(QDate from, QDate to) const; // [from, to], sorted
    QDate firstDate() const; // range the public list covers (invalid when empty)
    QDate lastDate() const;
    int size() const { return int(m_names.size()); }

private:
    QHash<QDate, QString> m_names;
    QDate m_first;
    QDate m_last;
};

bool isWeekend(QDate d);
bool isBusinessDay(QDate d, const HolidayCalendar& cal);
// The first business day on or after d.
QDate nextBusinessDayOnOrAfter(QDate d, const HolidayCalendar& cal);
// d when it is a business day, else the last business day before it.
QDate businessDayOnOrBefore(QDate d, const HolidayCalendar& cal);
// Kickoff + N business days: the first business day on or after kickoff is day 0, then N business days
// forward (a negative N counts backwards from day 0).
QDate addBusinessDays(QDate kickoff, int n, const HolidayCalendar& cal);
// Business days in (from, to]: 0 when to <= from.
int businessDaysBetween(QDate from, QDate to, const HolidayCalendar& cal);

// A closed date range [from, to].
struct DateRange
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(QDate d) const { return d >= from && d <= to; }
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

// A report period as written (DESIGN §7): its kind, the numbers in its name and its dates, or why it could
// not be read. FiscalCalendar::readPeriod makes one; ReportPeriod (domain/ReportPeriod.h) names it.
struct PeriodText
{
    enum class Kind
    {
        FiscalYear,      // FY2025
        FiscalQuarter,   // FY2025-Q1
        CalendarYear,    // 2025
        CalendarQuarter, // 2025-Q2
        Month,           // 2025-06
        Dates,           // 2025-04-01..2025-06-30
    };
    enum class Problem
    {
        None,
        UnknownForm, // none of the forms above
        NoSuchDate,  // a form above with a date, month or quarter that does not exist (2025-02-30, 2025-13)
        EndsBeforeStart, // FROM..TO with TO before FROM
        OutOfRange,      // a year the calendar cannot hold
    };
    Kind kind = Kind::Dates;
    Problem problem = Problem::UnknownForm;
    int year = 0;   // FY or calendar year (not used by Dates)
    int number = 0; // quarter 1..4 or month 1..12 (not used by years and Dates)
    DateRange range;
    bool ok() const { return problem == Problem::None; }
};

// Fiscal years and quarters with a configurable first month. A fiscal year is named after the calendar year
// it starts in: with April, FY2025 = 2025-04-01 .. 2026-03-31 and FY2025-Q1 = 2025-04-01 .. 2025-06-30.
class FiscalCalendar
{
public:
    explicit FiscalCalendar(int startMonth = 4);

    int startMonth() const { return m_startMonth; }
    int fiscalYear(QDate d) const;
    int quarter(QDate d) const; // 1..4
    DateRange year(int fy) const;
    DateRange quarterRange(int fy, int q) const;

    // "FY2025", "FY2025-Q1", "2025" (calendar year), "2025-Q2" (calendar quarter), "2025-06" (month),
    // or "2025-04-01..2025-06-30". Invalid range when the text is none of these.
    DateRange parsePeriod(const QString& text) const;
    // The same forms, with what was read and why a text was refused.
    PeriodText readPeriod(const QString& text) const;

private:
    int m_startMonth;
};

} // namespace csm::dates
