#include "domain/Dates.h"

#include "BoostDate_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringView>
#include <QtDebug>

#include <algorithm>

// The resource lives in csm_holiday_data, which a static csm_domain archives without any symbol referring to
// it; naming its initialiser keeps the linker from dropping it. Q_INIT_RESOURCE must be used outside a
// namespace.
static void initHolidayResource()
{
    Q_INIT_RESOURCE(holidays);
}

namespace csm::dates {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csm::dates::HolidayCalendar", text);
}

HolidayCalendar loadJapan()
{
    initHolidayResource();
    const QString path = QStringLiteral(":/holidays/jp-holidays.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Japanese holiday calendar missing from the resources (%s)", qPrintable(path));
        return {};
    }
    auto cal = HolidayCalendar::fromCsv(QString::fromUtf8(file.readAll()));
    if (!cal) {
        qWarning("Japanese holiday calendar unreadable: %s", qPrintable(cal.error().toString()));
        return {};
    }
    return std::move(cal).value();
}

} // namespace

const HolidayCalendar& HolidayCalendar::japan()
{
    static const HolidayCalendar cal = loadJapan(); // thread-safe, loaded on first use
    return cal;
}

HolidayCalendar HolidayCalendar::forSettings(const BookSettings& settings)
{
    HolidayCalendar cal;
    if (settings.holidayCalendar.compare(QLatin1String("jp"), Qt::CaseInsensitive) == 0)
        cal = japan();
    // Company holidays do not widen the range the public list covers.
    const QDate first = cal.m_first;
    const QDate last = cal.m_last;
    for (const CompanyHoliday& h : settings.companyHolidays)
        cal.addHoliday(h.date, h.name);
    cal.m_first = first;
    cal.m_last = last;
    return cal;
}

Result<HolidayCalendar> HolidayCalendar::fromCsv(const QString& text)
{
    HolidayCalendar cal;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (cal.m_names.isEmpty() && line.compare(QLatin1String("date,name"), Qt::CaseInsensitive) == 0)
            continue;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        const QDate date = QDate::fromString(line.left(comma).trimmed(), u"yyyy-MM-dd");
        if (comma < 0 || !date.isValid() || !detail::toBoost(date)) {
            return Error{Error::Code::InvalidValue,
                         tr("A line of the holiday list is not \"YYYY-MM-DD,name\"."),
                         QStringLiteral("line %1").arg(lineNo),
                         {}};
        }
        cal.addHoliday(date, line.mid(comma + 1).trimmed().toString());
    }
    if (!cal.m_names.isEmpty()) {
        cal.m_first = QDate(cal.m_first.year(), 1, 1);
        cal.m_last = QDate(cal.m_last.year(), 12, 31);
    }
    return cal;
}

void HolidayCalendar::addHoliday(QDate date, const QString& name)
{
    if (!date.isValid())
        return;
    m_names.insert(date, name);
    if (!m_first.isValid() || date < m_first)
        m_first = date;
    if (!m_last.isValid() || date > m_last)
        m_last = date;
}

bool HolidayCalendar::isHoliday(QDate date) const
{
    return m_names.contains(date);
}

QString HolidayCalendar::holidayName(QDate date) const
{
    return m_names.value(date);
}

QList<QDate> HolidayCalendar::holidaysBetween(QDate from, QDate to) const
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    // Short ranges look each day up; long ones walk the list once.
    if (from.daysTo(to) < m_names.size()) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (m_names.contains(d))
                result.append(d);
        }
        return result;
    }
    for (auto it = m_names.keyBegin(); it != m_names.keyEnd(); ++it) {
        if (*it >= from && *it <= to)
            result.append(*it);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QDate HolidayCalendar::firstDate() const
{
    return m_first;
}

QDate HolidayCalendar::lastDate() const
{
    return m_last;
}

} // namespace csm::dates
