#pragma once

// iCalendar (RFC 5545) export of dated items (issue 14): notice deadlines, renewal dates, follow-ups and
// milestones as all-day VEVENTs (Outlook keeps only events), each with the UID stored with its item so that
// importing a newer file updates instead of duplicating, a SEQUENCE raised when the item changes, and alarms.
// Text is escaped, lines are folded at 75 octets without splitting a UTF-8 character, lines end in CRLF, and
// the file is written through QSaveFile.

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace csm {

// A reminder before an all-day event: on the day `daysBefore` days earlier, at a local time of day.
struct CalendarAlarm
{
    int daysBefore = 0;
    QTime at = QTime(9, 0);
    QString description; // what the reminder says; the event's summary when empty
};

struct CalendarEvent
{
    QString uid;      // stable across exports (a UUID stored with the item)
    int sequence = 0; // raised each time the item changes
    QDate date;       // an all-day event on this day
    QString summary;
    QString description;
    QStringList categories;
    QDateTime lastModified; // UTC; left out when invalid
    QList<CalendarAlarm> alarms;
};

struct CalendarFile
{
    QString name;    // X-WR-CALNAME: what clients call a subscribed calendar
    QDateTime stamp; // DTSTAMP of every event: when the file was made (UTC)
    QList<CalendarEvent> events;
};

class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)
public:
    // The file's bytes. Refused: an event without a UID or a valid date, an invalid stamp.
    static Result<QByteArray> toBytes(const CalendarFile& calendar);
    // Writes the file through QSaveFile: the old file stays whole until the new one is complete.
    static Status write(const CalendarFile& calendar, const QString& path);

    // TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \n, other
    // control characters dropped.
    static QString escapeText(const QString& text);
    // One content line folded at 75 octets (continuation lines start with a space), never inside a UTF-8
    // character, each physical line ending in CRLF.
    static QByteArray foldLine(const QByteArray& line);
    // The alarms of a notice deadline: one at 09:00 on the first day of each renewal stage (180, 120, 90, 60
    // and 30 days before: RenewalStages::leadDays) and one at 09:00 on the day itself.
    static QList<CalendarAlarm> noticeDeadlineAlarms();
    // An alarm's TRIGGER relative to the event's start (midnight of its day): -P29DT15H for 30 days before at
    // 09:00, PT9H for 09:00 on the day.
    static QString triggerFor(const CalendarAlarm& alarm);
};

} // namespace csm
