// The iCalendar writer (RFC 5545; issue 14): escaping, folding at 75 octets without splitting UTF-8, CRLF,
// all-day events with an exclusive end, alarms, QSaveFile, and a real client's parser (Python's icalendar).

#include "io/ICalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace csm;

namespace {

const QString kJapaneseSummary = QStringLiteral("解約通知期限：株式会社サンプル・ホールディングス（契約更新日"
                                                " 2026年4月1日、自動更新、満了日の前月20日まで）");

CalendarEvent acmeDeadline()
{
    CalendarEvent e;
    e.uid = QStringLiteral("0190a8c2-7d1e-7f3a-9b2c-1234567890ab");
    e.sequence = 2;
    e.date = QDate(2026, 2, 20);
    e.summary = QStringLiteral("Notice deadline: Acme, Inc.; renewal 2026-04-01");
    e.description = QStringLiteral("Line 1\nLine 2");
    e.alarms = {{30, QTime(9, 0), QStringLiteral("T-30")}, {0, QTime(9, 0), {}}};
    return e;
}

CalendarFile calendar(const QList<CalendarEvent>& events)
{
    return {QStringLiteral("CSM Workbench: renewals"),
            QDateTime(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc()), events};
}

// Every physical line of a file: at most 75 octets, valid UTF-8, ended by CRLF.
void checkLines(const QByteArray& bytes)
{
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    for (const QByteArray& raw : lines) {
        QVERIFY2(raw.endsWith('\r'), raw.constData());
        const QByteArray line = raw.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData()); // no character cut in two
        QVERIFY(!line.contains('\r'));
    }
}

QByteArray unfold(const QByteArray& bytes)
{
    QByteArray out = bytes;
    return out.replace("\r\n ", "");
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void textIsEscaped()
    {
        // \ -> \\, ; -> \;, , -> \,, each line break (LF, CRLF, CR) -> \n; other controls dropped, tabs kept.
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a\\b;c,d\ne")),
                 QStringLiteral("a\\\\b\\;c\\,d\\ne"));
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("x\r\ny\rz")), QStringLiteral("x\\ny\\nz"));
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("t\tab\x01\x7f:")), QStringLiteral("t\tab:"));
        // Only ASCII commas are separators: the ideographic comma 、 stays as it is.
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("満了日の前月20日まで、解約")),
                 QStringLiteral("満了日の前月20日まで、解約"));
    }

    void asciiLinesFoldAt75Octets()
    {
        // "SUMMARY:" (8) + 72 x = 80 octets: 75 on the first line, then a space and the last 5.
        const QByteArray line = "SUMMARY:" + QByteArray(72, 'x');
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QCOMPARE(folded, "SUMMARY:" + QByteArray(67, 'x') + "\r\n " + QByteArray(5, 'x') + "\r\n");
        QCOMPARE(ICalendarWriter::foldLine(QByteArray(75, 'y')),
                 QByteArray(75, 'y') + "\r\n"); // fits exactly
        // 75 + 74 + 1: the second line is a space and 74 octets, 75 in all.
        const QByteArray two = ICalendarWriter::foldLine(QByteArray(150, 'z'));
        QCOMPARE(two, QByteArray(75, 'z') + "\r\n " + QByteArray(74, 'z') + "\r\n " + "z\r\n");
    }

    void japaneseIsNeverCutInsideACharacter()
    {
        // "SUMMARY:" (8 octets) + 30 × 解 (3 octets each) = 98 octets. 8 + 3 × 22 = 74 fits and the 23rd
        // character would take octets 75-77, so the first line ends after 74 octets; the second is a space
        // and the 8 characters left (24 octets): 25 octets.
        const QString kai = QStringLiteral("解");
        const QByteArray line = "SUMMARY:" + kai.repeated(30).toUtf8();
        QCOMPARE(line.size(), 98);
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QCOMPARE(folded,
                 "SUMMARY:" + kai.repeated(22).toUtf8() + "\r\n " + kai.repeated(8).toUtf8() + "\r\n");

        // 60 characters (188 octets): 74 (8 + 22 chars), then a space + 24 chars (73), then a space + 14
        // (43).
        const QByteArray longer = ICalendarWriter::foldLine("SUMMARY:" + kai.repeated(60).toUtf8());
        const QList<QByteArray> parts = longer.split('\n');
        QCOMPARE(parts.size(), 4); // three lines and the empty rest after the last LF
        QCOMPARE(parts[0].size() - 1, 74);
        QCOMPARE(parts[1].size() - 1, 73);
        QCOMPARE(parts[2].size() - 1, 43);
        checkLines(longer);
        QCOMPARE(unfold(longer), "SUMMARY:" + kai.repeated(60).toUtf8() + "\r\n");

        // A 4-octet character (an emoji) at the edge moves to the next line whole too.
        const QByteArray emoji = "X:" + QByteArray(71, 'a') + QStringLiteral("😀").toUtf8() + "b";
        checkLines(ICalendarWriter::foldLine(emoji));
        QVERIFY(ICalendarWriter::foldLine(emoji).startsWith("X:" + QByteArray(71, 'a') +
                                                            "\r\n \xF0\x9F\x98\x80"));
    }

    void triggersCountFromTheStartOfTheDay()
    {
        // 30 days before at 09:00 = -(30 × 24 h) + 9 h = -(29 days 15 hours).
        QCOMPARE(ICalendarWriter::triggerFor({30, QTime(9, 0), {}}), QStringLiteral("-P29DT15H"));
        QCOMPARE(ICalendarWriter::triggerFor({180, QTime(9, 0), {}}), QStringLiteral("-P179DT15H"));
        QCOMPARE(ICalendarWriter::triggerFor({0, QTime(9, 0), {}}), QStringLiteral("PT9H"));
        QCOMPARE(ICalendarWriter::triggerFor({1, QTime(0, 0), {}}), QStringLiteral("-P1D"));
        QCOMPARE(ICalendarWriter::triggerFor({0, QTime(0, 0), {}}), QStringLiteral("PT0S"));
        // 2 days before at 08:30: -(48 h - 8.5 h) = -(39.5 h) = -(1 day 15 h 30 min).
        QCOMPARE(ICalendarWriter::triggerFor({2, QTime(8, 30), {}}), QStringLiteral("-P1DT15H30M"));
        // 15:00:05 on the day: hours, then minutes (0), then seconds, without a gap.
        QCOMPARE(ICalendarWriter::triggerFor({0, QTime(15, 0, 5), {}}), QStringLiteral("PT15H0M5S"));
    }

    void noticeDeadlinesRingAtEachStage()
    {
        QStringList triggers;
        for (const CalendarAlarm& a : ICalendarWriter::noticeDeadlineAlarms())
            triggers.append(ICalendarWriter::triggerFor(a));
        // n days before at 09:00 is n - 1 days and 15 hours before midnight of the day.
        QCOMPARE(triggers, (QStringList{QStringLiteral("-P179DT15H"), QStringLiteral("-P119DT15H"),
                                        QStringLiteral("-P89DT15H"), QStringLiteral("-P59DT15H"),
                                        QStringLiteral("-P29DT15H"), QStringLiteral("PT9H")}));
    }

    void oneEventAsWrittenByHand()
    {
        const auto bytes = ICalendarWriter::toBytes(calendar({acmeDeadline()}));
        QVERIFY(bytes.ok());
        const QByteArray expected =
            QByteArrayLiteral("BEGIN:VCALENDAR\r\n"
                              "VERSION:2.0\r\n"
                              "PRODID:-//CSM Workbench//CSM Workbench " CSM_VERSION "//EN\r\n"
                              "CALSCALE:GREGORIAN\r\n"
                              "METHOD:PUBLISH\r\n"
                              "X-WR-CALNAME:CSM Workbench: renewals\r\n"
                              "BEGIN:VEVENT\r\n"
                              "UID:0190a8c2-7d1e-7f3a-9b2c-1234567890ab\r\n"
                              "DTSTAMP:20260630T120000Z\r\n"
                              "SEQUENCE:2\r\n"
                              "DTSTART;VALUE=DATE:20260220\r\n"
                              "DTEND;VALUE=DATE:20260221\r\n"
                              "SUMMARY:Notice deadline: Acme\\, Inc.\\; renewal 2026-04-01\r\n"
                              "DESCRIPTION:Line 1\\nLine 2\r\n"
                              "TRANSP:TRANSPARENT\r\n"
                              "BEGIN:VALARM\r\n"
                              "ACTION:DISPLAY\r\n"
                              "DESCRIPTION:T-30\r\n"
                              "TRIGGER:-P29DT15H\r\n"
                              "END:VALARM\r\n"
                              "BEGIN:VALARM\r\n"
                              "ACTION:DISPLAY\r\n"
                              "DESCRIPTION:Notice deadline: Acme\\, Inc.\\; renewal 2026-04-01\r\n"
                              "TRIGGER:PT9H\r\n"
                              "END:VALARM\r\n"
                              "END:VEVENT\r\n"
                              "END:VCALENDAR\r\n");
        QCOMPARE(*bytes, expected);
    }

    void badEventsAreRefused()
    {
        CalendarEvent noUid = acmeDeadline();
        noUid.uid = QStringLiteral("  ");
        QVERIFY(!ICalendarWriter::toBytes(calendar({noUid})).ok());
        CalendarEvent noDate = acmeDeadline();
        noDate.date = QDate();
        const auto r = ICalendarWriter::toBytes(calendar({acmeDeadline(), noDate}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, acmeDeadline().summary);
        CalendarFile unstamped = calendar({});
        unstamped.stamp = QDateTime();
        QVERIFY(!ICalendarWriter::toBytes(unstamped).ok());
    }

    void writesThroughASaveFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("renewals.ics"));
        QVERIFY(ICalendarWriter::write(calendar({acmeDeadline()}), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), *ICalendarWriter::toBytes(calendar({acmeDeadline()})));
        f.close();

        // A refused calendar leaves the old file as it was.
        CalendarEvent bad = acmeDeadline();
        bad.uid.clear();
        QVERIFY(!ICalendarWriter::write(calendar({bad}), path).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("UID:0190a8c2"));
        f.close();

        const Status missing =
            ICalendarWriter::write(calendar({}), dir.filePath(QStringLiteral("no/such/dir/x.ics")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::Io);
        QVERIFY(missing.error().where.endsWith(QLatin1String("x.ics")));
    }

    void pythonIcalendarReadsTheFile()
    {
        // A Japanese event long enough to fold, with commas, semicolons and line breaks, and an alarm per
        // stage.
        CalendarEvent jp;
        jp.uid = QStringLiteral("0190a8c2-7d1e-7f3a-9b2c-00000000000f");
        jp.sequence = 0;
        jp.date = QDate(2026, 2, 20);
        jp.summary = kJapaneseSummary;
        jp.description = QStringLiteral("担当: 佐藤; ARR ¥12,000,000\n次のアクション: QBRの日程調整\\確認");
        jp.alarms = ICalendarWriter::noticeDeadlineAlarms();
        const CalendarFile file = calendar({acmeDeadline(), jp});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deadlines.ics"));
        QVERIFY(ICalendarWriter::write(file, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        checkLines(bytes);
        QVERIFY(bytes.contains("\r\n ")); // the Japanese summary did fold

        // Debian's python3-icalendar lives under /usr/bin/python3; a python3 earlier on PATH may lack it.
        QStringList pythons = {QStringLiteral("/usr/bin/python3")};
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!onPath.isEmpty())
            pythons.append(onPath);
        QByteArray out;
        bool parsed = false;
        for (const QString& python : pythons) {
            if (!QFile::exists(python))
                continue;
            QProcess p;
            p.start(python, {QStringLiteral(CSM_PARSE_ICS), path});
            QVERIFY(p.waitForFinished(60000));
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 3)
                continue; // icalendar not installed for this interpreter
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            out = p.readAllStandardOutput();
            parsed = true;
            break;
        }
        if (!parsed) {
            const QByteArray why =
                "Python 3 with the icalendar module is not installed (Debian: apt-get install "
                "python3-icalendar; scripts/deps.sh test installs it)";
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(why.constData());
            QSKIP(why.constData());
        }

        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(doc.value(QLatin1String("name")).toString(), QStringLiteral("CSM Workbench: renewals"));
        QVERIFY(doc.value(QLatin1String("errors")).toArray().isEmpty());
        const QJsonArray events = doc.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 2);

        const QJsonObject acme = events[0].toObject();
        QCOMPARE(acme.value(QLatin1String("uid")).toString(), acmeDeadline().uid);
        QCOMPARE(acme.value(QLatin1String("sequence")).toInt(), 2);
        QCOMPARE(acme.value(QLatin1String("start")).toString(), QStringLiteral("2026-02-20"));
        QCOMPARE(acme.value(QLatin1String("end")).toString(), QStringLiteral("2026-02-21")); // exclusive
        QCOMPARE(acme.value(QLatin1String("summary")).toString(), acmeDeadline().summary);
        QCOMPARE(acme.value(QLatin1String("description")).toString(), QStringLiteral("Line 1\nLine 2"));
        // 30 days before at 09:00 = -2,592,000 + 32,400 = -2,559,600 s; 09:00 on the day = 32,400 s.
        QCOMPARE(acme.value(QLatin1String("alarms")).toArray(), (QJsonArray{-2559600, 32400}));

        const QJsonObject j = events[1].toObject();
        QCOMPARE(j.value(QLatin1String("summary")).toString(), kJapaneseSummary);
        QCOMPARE(j.value(QLatin1String("description")).toString(), jp.description);
        // 180, 120, 90, 60 and 30 days before at 09:00 (-d × 86,400 + 32,400 s), and 09:00 on the day.
        QCOMPARE(j.value(QLatin1String("alarms")).toArray(),
                 (QJsonArray{-15519600, -10335600, -7743600, -5151600, -2559600, 32400}));
        QCOMPARE(j.value(QLatin1String("alarm_actions")).toArray().first().toString(),
                 QStringLiteral("DISPLAY"));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
