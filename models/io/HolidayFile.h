#pragma once

// Reading a list of holidays to import as company holidays (issue 15 item 6): the Cabinet Office file as it
// is published (Shift_JIS, "YYYY/M/D,名称", a header row) or any CSV of a date and a name in UTF-8 or CP932.

#include "domain/CompanyHolidays.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csm::io {

// A date the file lists more than once: the first line is kept.
struct HolidayFileDuplicate
{
    QDate date;
    int line = 0;
    int firstLine = 0;
};

struct HolidayFile
{
    QList<HolidayEntry> entries; // in file order, each date once
    QList<HolidayFileDuplicate> duplicates;
    QString encoding; // "UTF-8" or "windows-31j"
};

class HolidayFileReader
{
    Q_DECLARE_TR_FUNCTIONS(HolidayFileReader)
public:
    // Dates as YYYY/M/D or YYYY-MM-DD (years 1900-2999), then a comma and the name; an optional header
    // row first; blank lines and lines starting with "#" skipped; further columns ignored. UTF-8 (with or
    // without a BOM) when the bytes are valid UTF-8, CP932 (Shift_JIS as Windows writes it) otherwise.
    // A malformed line refuses the whole file, naming the first such line and how many there are.
    static Result<HolidayFile> read(const QByteArray& bytes, const QString& fileName);
    static Result<HolidayFile> readFile(const QString& path);
};

} // namespace csm::io
