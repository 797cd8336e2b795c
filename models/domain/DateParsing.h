#pragma once

// Reading dates and times as people and other systems write them (issue 13): ISO 2025-04-01, 2025/4/1,
// 2025年4月1日, Japanese era dates (令和7年4月1日, R7.4.1, 令和元年5月1日), 04/01/2025 in the order the
// caller chooses, 20250401, Salesforce timestamps (2024-01-22T14:49:34.000+0000) and Excel serial numbers.
// Each reader returns the value or a translated message for the cell; nothing is guessed silently.

#include "domain/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace csm::dates {

// How a date written day and month before the year (04/01/2025) is read. A file's locale or the user
// decides; Unknown accepts only the dates that one reading allows (13/01/2025) and refuses the rest.
enum class DayOrder
{
    Unknown,
    MonthFirst, // 04/01/2025 is April 1 (United States)
    DayFirst,   // 04/01/2025 is 4 January (Europe, most of the world)
};

struct DateReading
{
    DayOrder order = DayOrder::Unknown;
    // Whole numbers are Excel serial dates (1900 date system: 45748 is 2025-04-01).
    bool excelSerials = true;
    // A timestamp with an offset (Salesforce's +0000) falls on its day in this zone.
    QTimeZone zone = QTimeZone::systemTimeZone();
};

Result<QDate> parseDate(QStringView text, const DateReading& how = {});
// The same from UTF-8 bytes, with a fast path for ISO dates (usage files of a million rows).
Result<QDate> parseDate(QByteArrayView utf8, const DateReading& how = {});
// That fast path alone: the day of exactly "YYYY-MM-DD" when it exists, else nullopt (then parseDate says
// what is wrong or reads the other forms).
std::optional<QDate> isoDate(QByteArrayView utf8);

// A moment: "2024-01-22T14:49:34.000+0000", "2025-04-01 09:30", "2025/4/1 9:30:15Z"; without an offset the
// time is read in how.zone; a date alone is the start of that day.
Result<QDateTime> parseDateTime(QStringView text, const DateReading& how = {});

// Excel's 1900 date system: 1 is 1900-01-01, and 60 stands for 1900-02-29, a day that never was (Lotus
// 1-2-3's leap-year bug, kept by Excel), so from 61 on serial n is 1899-12-30 + n.
Result<QDate> dateFromExcelSerial(qint64 serial);

// What sample cells of one column say about their order: DayFirst when a first number exceeds 12,
// MonthFirst when a second one does, Unknown when none tells (or both do).
DayOrder guessDayOrder(const QStringList& samples);

// A date in the Japanese era calendar, "令和元年5月1日"; empty before 1873 (the Gregorian calendar in Japan).
QString toJapaneseEra(QDate date);

} // namespace csm::dates
