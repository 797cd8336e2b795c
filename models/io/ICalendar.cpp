#include "io/ICalendar.h"

#include "domain/RenewalStage.h"

#include <QSaveFile>

namespace csm {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

QByteArray dateValue(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray utcValue(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Collects content lines, folded and ended with CRLF.
class Lines
{
public:
    void add(const char* name, const QByteArray& value)
    {
        m_bytes += ICalendarWriter::foldLine(QByteArray(name) + ':' + value);
    }
    void addText(const char* name, const QString& text)
    {
        add(name, ICalendarWriter::escapeText(text).toUtf8());
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

QString ICalendarWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                break; // CRLF is one line break: the \n that follows writes it
            out += QLatin1String("\\n");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += c;
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
            break;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    do {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        qsizetype cut = std::min(line.size(), pos + room);
        while (cut < line.size() && cut > pos && isContinuationByte(line.at(cut)))
            --cut; // back to the first byte of the character that would be split
        if (!first)
            out += ' ';
        out += line.mid(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    } while (pos < line.size());
    return out;
}

QList<CalendarAlarm> ICalendarWriter::noticeDeadlineAlarms()
{
    QList<CalendarAlarm> alarms;
    for (int days : RenewalStages::leadDays())
        alarms.append({days, QTime(9, 0), {}});
    alarms.append({0, QTime(9, 0), {}});
    return alarms;
}

QString ICalendarWriter::triggerFor(const CalendarAlarm& alarm)
{
    const qint64 at = alarm.at.isValid() ? alarm.at.msecsSinceStartOfDay() / 1000 : 0;
    const qint64 seconds = -qint64(alarm.daysBefore) * 86400 + at;
    qint64 rest = seconds < 0 ? -seconds : seconds;
    const qint64 days = rest / 86400;
    rest %= 86400;
    const qint64 h = rest / 3600, m = rest % 3600 / 60, s = rest % 60;
    QString value = QLatin1String(seconds < 0 ? "-P" : "P");
    if (days > 0)
        value += QString::number(days) + QLatin1Char('D');
    // dur-time: hours, minutes and seconds without gaps (RFC 5545 §3.3.6): 15H30M, 15H0M5S.
    if (rest > 0 || days == 0) {
        value += QLatin1Char('T');
        if (h > 0)
            value += QString::number(h) + QLatin1Char('H');
        if (m > 0 || (h > 0 && s > 0))
            value += QString::number(m) + QLatin1Char('M');
        if (s > 0 || rest == 0)
            value += QString::number(s) + QLatin1Char('S');
    }
    return value;
}

Result<QByteArray> ICalendarWriter::toBytes(const CalendarFile& calendar)
{
    if (!calendar.stamp.isValid())
        return Error{Error::Code::InvalidValue, tr("The calendar has no time it was made."), {}, {}};
    Lines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", QByteArrayLiteral("-//CSM Workbench//CSM Workbench " CSM_VERSION "//EN"));
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    if (!calendar.name.isEmpty())
        lines.addText("X-WR-CALNAME", calendar.name);
    const QByteArray stamp = utcValue(calendar.stamp);
    for (const CalendarEvent& e : calendar.events) {
        if (e.uid.trimmed().isEmpty() || !e.date.isValid() || !e.date.addDays(1).isValid())
            return Error{Error::Code::InvalidValue,
                         tr("A calendar entry has no identifier or no valid date."),
                         e.summary,
                         {}};
        lines.add("BEGIN", "VEVENT");
        lines.addText("UID", e.uid);
        lines.add("DTSTAMP", stamp);
        lines.add("SEQUENCE", QByteArray::number(e.sequence));
        lines.add("DTSTART;VALUE=DATE", dateValue(e.date));
        lines.add("DTEND;VALUE=DATE", dateValue(e.date.addDays(1)));
        lines.addText("SUMMARY", e.summary);
        if (!e.description.isEmpty())
            lines.addText("DESCRIPTION", e.description);
        if (!e.categories.isEmpty()) {
            QStringList escaped;
            for (const QString& c : e.categories)
                escaped.append(escapeText(c));
            lines.add("CATEGORIES", escaped.join(QLatin1Char(',')).toUtf8());
        }
        if (e.lastModified.isValid())
            lines.add("LAST-MODIFIED", utcValue(e.lastModified));
        lines.add("TRANSP", "TRANSPARENT"); // a deadline is a reminder, not a busy day
        for (const CalendarAlarm& a : e.alarms) {
            lines.add("BEGIN", "VALARM");
            lines.add("ACTION", "DISPLAY");
            lines.addText("DESCRIPTION", a.description.isEmpty() ? e.summary : a.description);
            lines.add("TRIGGER", triggerFor(a).toLatin1());
            lines.add("END", "VALARM");
        }
        lines.add("END", "VEVENT");
    }
    lines.add("END", "VCALENDAR");
    return lines.bytes();
}

Status ICalendarWriter::write(const CalendarFile& calendar, const QString& path)
{
    const auto bytes = toBytes(calendar);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{Error::Code::Io,
                     tr("The calendar file could not be written: %1.").arg(file.errorString()), path,
                     tr("Check that the folder exists and that you may write to it.")};
    return {};
}

} // namespace csm
