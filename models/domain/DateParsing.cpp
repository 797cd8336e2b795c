#include "domain/DateParsing.h"

#include "CellText_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace csm::dates {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csm::dates", text);
}

using detail::invalidCell;

QString notADate(QStringView text)
{
    return tr("\"%1\" is not a date: write it as 2025-04-01, 2025/4/1, 2025年4月1日 or 令和7年4月1日.")
        .arg(text.toString());
}

// The eras of the Japanese calendar since the Gregorian calendar was adopted (明治6年, 1873): each era's
// first year (元年) is the Gregorian year it began in.
struct Era
{
    const char16_t* name;
    char16_t letter;
    int firstYear;
    std::array<int, 3> first; // first day that can be converted
    std::array<int, 3> last;  // last day of the era ({0,0,0}: still running)
};
constexpr std::array<Era, 5> kEras{{
    {u"明治", u'M', 1868, {1873, 1, 1}, {1912, 7, 29}},
    {u"大正", u'T', 1912, {1912, 7, 30}, {1926, 12, 24}},
    {u"昭和", u'S', 1926, {1926, 12, 25}, {1989, 1, 7}},
    {u"平成", u'H', 1989, {1989, 1, 8}, {2019, 4, 30}},
    {u"令和", u'R', 2019, {2019, 5, 1}, {0, 0, 0}},
}};

QDate dayOf(const std::array<int, 3>& ymd)
{
    return ymd[0] == 0 ? QDate() : QDate(ymd[0], ymd[1], ymd[2]);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Y-M-D checked one part at a time, so that the message says which part does not exist.
Result<QDate> fromParts(int y, int m, int d, QStringView text)
{
    if (y < 1 || y > 9999)
        return invalidCell(notADate(text), text);
    if (m < 1 || m > 12)
        return invalidCell(tr("\"%1\" is not a date: there is no month %2.").arg(text.toString()).arg(m),
                           text);
    const int days = QDate(y, m, 1).daysInMonth();
    if (d < 1 || d > days) {
        const QString month =
            QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
        // A month has 28 to 31 days: never one, so no plural form is needed.
        return invalidCell(tr("\"%1\" does not exist: %2 has %3 days.").arg(text.toString(), month).arg(days),
                           text);
    }
    return QDate(y, m, d);
}

Result<QDate> fromEra(const Era& era, int year, int m, int d, QStringView text)
{
    const QString name = QString::fromUtf16(era.name);
    if (year < 1) {
        return invalidCell(tr("%1 0年 does not exist: the first year of an era is 元年 (year 1).").arg(name),
                           text);
    }
    Result<QDate> date = fromParts(era.firstYear + year - 1, m, d, text);
    if (!date)
        return date;
    if (*date < dayOf(era.first)) {
        if (&era == &kEras.front()) {
            return invalidCell(tr("Dates before 1873 (明治6年) used the old Japanese calendar and cannot be "
                                  "converted."),
                               text);
        }
        return invalidCell(
            tr("\"%1\" is before the %2 era began (%3).").arg(text.toString(), name, iso(dayOf(era.first))),
            text);
    }
    if (const QDate last = dayOf(era.last); last.isValid() && *date > last) {
        return invalidCell(
            tr("The %1 era ended on %2: %3 is %4.").arg(name, iso(last), iso(*date), toJapaneseEra(*date)),
            text);
    }
    return date;
}

const Era* eraNamed(QStringView name)
{
    for (const Era& e : kEras) {
        if (name == QStringView(e.name) || (name.size() == 1 && name[0].toUpper() == QChar(e.letter)))
            return &e;
    }
    return nullptr;
}

int num(const QRegularExpressionMatch& m, int group)
{
    return m.capturedView(group).toInt();
}

// A date without a time: every written form the header promises.
Result<QDate> parseDay(const QString& s, QStringView text, const DateReading& how)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression kanji(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    static const QRegularExpression era(QStringLiteral("^(明治|大正|昭和|平成|令和|[MTSHR])\\s*(元|\\d{1,2})"
                                                       "\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|"
                                                       "([-/.])(\\d{1,2})\\5(\\d{1,2}))$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression shortYear(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})(?:\\.\\d+)?$"));

    if (auto m = yearFirst.match(s); m.hasMatch())
        return fromParts(num(m, 1), num(m, 3), num(m, 4), text);
    if (auto m = kanji.match(s); m.hasMatch())
        return fromParts(num(m, 1), num(m, 2), num(m, 3), text);
    if (auto m = era.match(s); m.hasMatch()) {
        const Era* e = eraNamed(m.capturedView(1));
        const bool gannen = m.capturedView(2) == u"元";
        if (gannen && m.capturedView(1).size() == 1)
            return invalidCell(notADate(text), text); // "R元.5.1" is no one's way of writing it
        const int year = gannen ? 1 : num(m, 2);
        const bool withKanji = m.capturedLength(3) > 0;
        return fromEra(*e, year, num(m, withKanji ? 3 : 6), num(m, withKanji ? 4 : 7), text);
    }
    if (auto m = yearLast.match(s); m.hasMatch()) {
        const int a = num(m, 1);
        const int b = num(m, 3);
        DayOrder order = how.order;
        if (order == DayOrder::Unknown) {
            if (a == b || (a > 12 && b > 12))
                order = DayOrder::MonthFirst; // the same either way, or no date either way
            else if (a > 12)
                order = DayOrder::DayFirst;
            else if (b > 12)
                order = DayOrder::MonthFirst;
            else
                return invalidCell(
                    tr("\"%1\" can be read day first or month first: choose the date order for "
                       "this file.")
                        .arg(text.toString()),
                    text);
        }
        return order == DayOrder::DayFirst ? fromParts(num(m, 4), b, a, text)
                                           : fromParts(num(m, 4), a, b, text);
    }
    if (shortYear.match(s).hasMatch()) {
        return invalidCell(
            tr("\"%1\" has a two-digit year: write the year in full (2025).").arg(text.toString()), text);
    }
    if (auto m = compact.match(s); m.hasMatch())
        return fromParts(num(m, 1), num(m, 2), num(m, 3), text);
    if (auto m = serial.match(s); m.hasMatch() && how.excelSerials)
        return dateFromExcelSerial(m.capturedView(1).toLongLong());
    return invalidCell(notADate(text), text);
}

struct Moment
{
    QString day; // the date part, still to be read
    QTime time;  // invalid when the text has none
    bool hasOffset = false;
    QTimeZone offset;
};

// Splits "2024-01-22T14:49:34.000+0000" into its date part, time and offset; nullopt when there is no time
// or the time is not one. error is set when a time is there but impossible (25:00).
std::optional<Moment> splitMoment(const QString& s, QStringView text, std::optional<Error>& error)
{
    static const QRegularExpression re(QStringLiteral(
        "^(.*?\\S)(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?\\s*"
        "(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = num(m, 2);
    const int minute = num(m, 3);
    const int second = m.capturedLength(4) ? num(m, 4) : 0;
    const int ms = m.capturedLength(5) ? (m.captured(5) + QStringLiteral("00")).left(3).toInt() : 0;
    if (m.capturedLength(6)) {
        if (hour < 1 || hour > 12) {
            error = invalidCell(tr("\"%1\" is not a time of day.").arg(text.toString()), text);
            return std::nullopt;
        }
        const bool pm = m.captured(6).toUpper() == QStringLiteral("PM");
        hour = hour % 12 + (pm ? 12 : 0);
    }
    Moment out;
    out.day = m.captured(1);
    out.time = QTime(hour, minute, second, ms);
    if (!out.time.isValid()) {
        error = invalidCell(tr("\"%1\" is not a time of day.").arg(text.toString()), text);
        return std::nullopt;
    }
    if (const QString off = m.captured(7); !off.isEmpty()) {
        out.hasOffset = true;
        if (off == QStringLiteral("Z")) {
            out.offset = QTimeZone::utc();
        } else {
            const QString digits = QString(off.mid(1)).remove(QLatin1Char(':'));
            const int minutes =
                digits.left(2).toInt() * 60 + (digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0);
            out.offset = QTimeZone((off.startsWith(QLatin1Char('-')) ? -60 : 60) * minutes);
        }
    }
    return out;
}

} // namespace

Result<QDate> dateFromExcelSerial(qint64 serial)
{
    if (serial == 60) {
        return invalidCell(
            tr("Excel's day 60 stands for 1900-02-29, which never was (a leap-year bug Excel keeps "
               "from Lotus 1-2-3)."),
            QString::number(serial));
    }
    if (serial < 1 || serial > 2958465) {
        return invalidCell(tr("%1 is not one of Excel's dates (1 to 2958465).").arg(serial),
                           QString::number(serial));
    }
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}

namespace {

// What a cell says: the day as written and, when a time is written too, the moment (in how.zone when the
// text has no offset). An Excel serial with a fraction is a moment: 45748.5 is 2025-04-01 12:00.
struct Written
{
    QDate day;
    std::optional<QDateTime> moment;
    bool hasOffset = false;
};

Result<Written> readWritten(QStringView text, const DateReading& how, const QString& emptyMessage)
{
    const QString s = detail::foldedCell(text);
    if (s.isEmpty())
        return invalidCell(emptyMessage, text);
    std::optional<Error> timeError;
    if (const auto moment = splitMoment(s, text, timeError)) {
        Result<QDate> day = parseDay(moment->day, text, how);
        if (!day)
            return day.error();
        return Written{*day,
                       moment->hasOffset ? QDateTime(*day, moment->time, moment->offset)
                                         : QDateTime(*day, moment->time, how.zone),
                       moment->hasOffset};
    }
    if (timeError)
        return *timeError;
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})\\.(\\d+)$"));
    if (const auto m = serial.match(s); m.hasMatch() && how.excelSerials) {
        Result<QDate> day = dateFromExcelSerial(m.capturedView(1).toLongLong());
        if (!day)
            return day.error();
        const double fraction = (QStringLiteral("0.") + m.captured(2)).toDouble();
        return Written{*day, QDateTime(*day, QTime(0, 0), how.zone).addMSecs(qRound64(fraction * 86400000.0)),
                       false};
    }
    Result<QDate> day = parseDay(s, text, how);
    if (!day)
        return day.error();
    return Written{*day, std::nullopt, false};
}

} // namespace

Result<QDate> parseDate(QStringView text, const DateReading& how)
{
    const Result<Written> w = readWritten(text, how, tr("Enter a date."));
    if (!w)
        return w.error();
    // A moment with an offset falls on its day in the book's zone; otherwise the day is the one written.
    return w->hasOffset ? w->moment->toTimeZone(how.zone).date() : w->day;
}

std::optional<QDate> isoDate(QByteArrayView utf8)
{
    // "2025-04-01": what machine-written files hold.
    const auto digit = [&](qsizetype i) { return utf8[i] >= '0' && utf8[i] <= '9'; };
    if (utf8.size() != 10 || utf8[4] != '-' || utf8[7] != '-' || !digit(0) || !digit(1) || !digit(2) ||
        !digit(3) || !digit(5) || !digit(6) || !digit(8) || !digit(9))
        return std::nullopt;
    const auto at = [&](qsizetype i) { return utf8[i] - '0'; };
    const QDate d(at(0) * 1000 + at(1) * 100 + at(2) * 10 + at(3), at(5) * 10 + at(6), at(8) * 10 + at(9));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

Result<QDate> parseDate(QByteArrayView utf8, const DateReading& how)
{
    if (const std::optional<QDate> d = isoDate(utf8))
        return *d;
    return parseDate(QStringView(QString::fromUtf8(utf8)), how);
}

Result<QDateTime> parseDateTime(QStringView text, const DateReading& how)
{
    const Result<Written> w = readWritten(text, how, tr("Enter a date and time."));
    if (!w)
        return w.error();
    if (!w->moment)
        return QDateTime(w->day, QTime(0, 0), how.zone);
    return w->hasOffset ? w->moment->toTimeZone(how.zone) : *w->moment;
}

DayOrder guessDayOrder(const QStringList& samples)
{
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{4}"));
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString& sample : samples) {
        const auto m = yearLast.match(detail::foldedCell(sample));
        if (!m.hasMatch())
            continue;
        dayFirst = dayFirst || num(m, 1) > 12;
        monthFirst = monthFirst || num(m, 2) > 12;
    }
    if (dayFirst == monthFirst)
        return DayOrder::Unknown;
    return dayFirst ? DayOrder::DayFirst : DayOrder::MonthFirst;
}

QString toJapaneseEra(QDate date)
{
    for (auto e = kEras.rbegin(); e != kEras.rend(); ++e) {
        if (date < dayOf(e->first))
            continue;
        const int year = date.year() - e->firstYear + 1;
        return QStringLiteral("%1%2年%3月%4日")
            .arg(QString::fromUtf16(e->name), year == 1 ? QStringLiteral("元") : QString::number(year))
            .arg(date.month())
            .arg(date.day());
    }
    return {};
}

} // namespace csm::dates
