#include "domain/Dates.h"

#include "BoostDate_p.h"

#include <QRegularExpression>

namespace csm::dates {

namespace {

using detail::bg::date;

DateRange rangeOf(const std::optional<date>& from, int months)
{
    if (!from)
        return {};
    const QDate start = detail::fromBoost(*from);
    const QDate next = addMonths(start, months);
    if (!next.isValid())
        return {};
    return {start, noticeDeadline(next, 1)}; // the day before the next period starts
}

DateRange monthsFrom(int year, int month, int months)
{
    return rangeOf(detail::clampedDate(year, month, 1), months);
}

} // namespace

// A start month outside 1..12 means January: the calendar year is the neutral choice for a bad setting.
FiscalCalendar::FiscalCalendar(int startMonth)
    : m_startMonth(startMonth >= 1 && startMonth <= 12 ? startMonth : 1)
{}

int FiscalCalendar::fiscalYear(QDate d) const
{
    if (!d.isValid())
        return 0;
    return d.month() >= m_startMonth ? d.year() : d.year() - 1;
}

int FiscalCalendar::quarter(QDate d) const
{
    if (!d.isValid())
        return 0;
    return (d.month() - m_startMonth + 12) % 12 / 3 + 1;
}

DateRange FiscalCalendar::year(int fy) const
{
    return monthsFrom(fy, m_startMonth, 12);
}

DateRange FiscalCalendar::quarterRange(int fy, int q) const
{
    if (q < 1 || q > 4)
        return {};
    const int index = m_startMonth - 1 + (q - 1) * 3; // months after January of fy
    return monthsFrom(fy + index / 12, index % 12 + 1, 3);
}

DateRange FiscalCalendar::parsePeriod(const QString& text) const
{
    static const QRegularExpression fiscalYearRe(QStringLiteral("^FY(\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fiscalQuarterRe(QStringLiteral("^FY(\\d{4})-Q([1-4])$"),
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-Q([1-4])$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression rangeRe(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})$"));

    const QString t = text.trimmed();
    const auto number = [](const QRegularExpressionMatch& m, int i) { return m.capturedView(i).toInt(); };
    QRegularExpressionMatch m;
    if ((m = fiscalYearRe.match(t)).hasMatch())
        return year(number(m, 1));
    if ((m = fiscalQuarterRe.match(t)).hasMatch())
        return quarterRange(number(m, 1), number(m, 2));
    if ((m = yearRe.match(t)).hasMatch())
        return monthsFrom(number(m, 1), 1, 12);
    if ((m = quarterRe.match(t)).hasMatch())
        return monthsFrom(number(m, 1), (number(m, 2) - 1) * 3 + 1, 3);
    if ((m = monthRe.match(t)).hasMatch())
        return monthsFrom(number(m, 1), number(m, 2), 1);
    if ((m = rangeRe.match(t)).hasMatch()) {
        const DateRange r{QDate::fromString(m.captured(1), Qt::ISODate),
                          QDate::fromString(m.captured(2), Qt::ISODate)};
        if (r.isValid() && detail::toBoost(r.from) && detail::toBoost(r.to))
            return r;
    }
    return {};
}

} // namespace csm::dates
