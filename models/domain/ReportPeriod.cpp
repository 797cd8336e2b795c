#include "domain/ReportPeriod.h"

namespace csm {

Result<ReportPeriod> ReportPeriod::parse(const QString& text, const dates::FiscalCalendar& calendar)
{
    using Problem = dates::PeriodText::Problem;
    const dates::PeriodText p = calendar.readPeriod(text);
    const QString quoted = text.trimmed();
    const auto refuse = [&](const QString& message, const QString& hint) {
        return Error{Error::Code::InvalidValue, message, quoted, hint};
    };
    switch (p.problem) {
    case Problem::None:
        break;
    case Problem::UnknownForm:
        return refuse(
            tr("\"%1\" is not a period.").arg(quoted),
            tr("Write a fiscal year (FY2025), a fiscal quarter (FY2025-Q1), a calendar year (2025), a "
               "quarter (2025-Q2), a month (2025-06) or two dates (2025-04-01..2025-06-30)."));
    case Problem::NoSuchDate:
        return refuse(
            tr("The period \"%1\" names a date, month or quarter that does not exist.").arg(quoted),
            tr("Months run from 01 to 12 and quarters from Q1 to Q4; check the days of the dates."));
    case Problem::EndsBeforeStart:
        return refuse(tr("The period \"%1\" ends before it starts.").arg(quoted),
                      tr("Write the earlier date first."));
    case Problem::OutOfRange:
        return refuse(
            tr("The period \"%1\" lies outside the years the calendar covers (1400 to 9999).").arg(quoted),
            {});
    }
    ReportPeriod r;
    r.m_kind = p.kind;
    r.m_year = p.year;
    r.m_number = p.number;
    r.m_range = p.range;
    return r;
}

ReportPeriod ReportPeriod::fiscalYear(int fy, const dates::FiscalCalendar& calendar)
{
    ReportPeriod r;
    r.m_kind = Kind::FiscalYear;
    r.m_range = calendar.year(fy);
    r.m_year = r.m_range.isValid() ? fy : 0;
    return r;
}

ReportPeriod ReportPeriod::fiscalQuarter(int fy, int quarter, const dates::FiscalCalendar& calendar)
{
    ReportPeriod r;
    r.m_kind = Kind::FiscalQuarter;
    r.m_range = calendar.quarterRange(fy, quarter);
    if (r.m_range.isValid()) {
        r.m_year = fy;
        r.m_number = quarter;
    }
    return r;
}

ReportPeriod ReportPeriod::between(QDate from, QDate to)
{
    ReportPeriod r;
    if (dates::DateRange{from, to}.isValid())
        r.m_range = {from, to};
    return r;
}

QList<ReportPeriod> ReportPeriod::fiscalQuartersBefore(QDate day, const dates::FiscalCalendar& calendar,
                                                       int count)
{
    QList<ReportPeriod> quarters;
    if (!day.isValid() || count <= 0)
        return quarters;
    // Quarters counted from year 0: fy * 4 + (q - 1).
    const qint64 current = qint64(calendar.fiscalYear(day)) * 4 + calendar.quarter(day) - 1;
    for (qint64 i = current - count; i < current; ++i) {
        const ReportPeriod q = fiscalQuarter(int(i / 4), int(i % 4) + 1, calendar);
        if (q.isValid())
            quarters.append(q);
    }
    return quarters;
}

QString ReportPeriod::name() const
{
    if (!isValid())
        return {};
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::FiscalYear:
        return QStringLiteral("FY%1").arg(year);
    case Kind::FiscalQuarter:
        return QStringLiteral("FY%1-Q%2").arg(year).arg(m_number);
    case Kind::CalendarYear:
        return year;
    case Kind::CalendarQuarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(m_number);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(m_number, 2, 10, QLatin1Char('0'));
    case Kind::Dates:
        break;
    }
    return QStringLiteral("%1..%2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

QString ReportPeriod::displayName(const QLocale& locale) const
{
    if (!isValid())
        return {};
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::FiscalYear:
        return tr("FY%1", "fiscal year").arg(year);
    case Kind::FiscalQuarter:
        return tr("FY%1 Q%2", "fiscal quarter").arg(year).arg(m_number);
    case Kind::CalendarYear:
        return tr("%1", "calendar year").arg(year);
    case Kind::CalendarQuarter:
        return tr("Q%2 %1", "calendar quarter").arg(year).arg(m_number);
    case Kind::Month:
        return tr("%2 %1", "month: year, then the month's name")
            .arg(year, locale.standaloneMonthName(m_number, QLocale::LongFormat));
    case Kind::Dates:
        break;
    }
    return tr("%1 to %2", "a period between two dates")
        .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

} // namespace csm
