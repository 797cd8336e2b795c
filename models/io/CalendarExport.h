#pragma once

// The calendar export of a book (issue 14): notice deadlines and renewal dates of the renewals ahead, open
// follow-ups and open milestones, as an iCalendar file (ICalendar.h). Each item keeps the UID the book gave
// it and a sequence raised when it changes (storage/CalendarItems.h), so the export writes to the book as
// well: it needs the book open for writing.

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace csm {

class Book;

struct CalendarExportSummary
{
    int noticeDeadlines = 0;
    int renewalDates = 0;
    int followUps = 0;
    int milestones = 0;
    int changed = 0; // items new or changed since the last export (their sequence was raised or they are new)

    int events() const { return noticeDeadlines + renewalDates + followUps + milestones; }
};

class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    // Days ahead the export looks: notice deadlines, renewal dates, follow-ups and milestones up to a year
    // from asOf (open follow-ups and milestones already overdue too).
    static constexpr int kHorizonDays = 365;
    // Writes the file through QSaveFile after storing the items' UIDs and sequences in the book.
    static Result<CalendarExportSummary> write(Book& book, const QString& path, QDate asOf,
                                               const QDateTime& stamp);
};

} // namespace csm
