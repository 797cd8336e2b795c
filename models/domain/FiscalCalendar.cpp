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
    const PeriodText p = readPeriod(text);
    return p.ok() ? p.range : DateRange{};
}

PeriodText FiscalCalendar::readPeriod(const QString& text) const
{
    static const QRegularExpression fiscalYearRe(QStringLiteral("^FY(\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fiscalQuarterRe(QStringLiteral("^FY(\\d{4})-Q(\\d)$"),
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-Q(\\d)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression rangeRe(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})$"));

    using Kind = PeriodText::Kind;
    using Problem = PeriodText::Problem;
    const QString t = text.trimmed();
    const auto number = [](const QRegularExpressionMatch& m, int i) { return m.capturedView(i).toInt(); };
    // A named period: its numbers, then its dates (a year outside the calendar's range gives none).
    const auto named = [](Kind kind, int year, int n, bool exists, const DateRange& range) {
        PeriodText p{kind, Problem::None, year, n, {}};
        if (!exists)
            p.problem = Problem::NoSuchDate;
        else if (!range.isValid())
            p.problem = Problem::OutOfRange;
        else
            p.range = range;
        return p;
    };
    const auto isQuarter = [](int q) { return q >= 1 && q <= 4; };
    QRegularExpressionMatch m;
    if ((m = fiscalYearRe.match(t)).hasMatch())
        return named(Kind::FiscalYear, number(m, 1), 0, true, year(number(m, 1)));
    if ((m = fiscalQuarterRe.match(t)).hasMatch()) {
        const int y = number(m, 1), q = number(m, 2);
        return named(Kind::FiscalQuarter, y, q, isQuarter(q), quarterRange(y, q));
    }
    if ((m = yearRe.match(t)).hasMatch())
        return named(Kind::CalendarYear, number(m, 1), 0, true, monthsFrom(number(m, 1), 1, 12));
    if ((m = quarterRe.match(t)).hasMatch()) {
        const int y = number(m, 1), q = number(m, 2);
        return named(Kind::CalendarQuarter, y, q, isQuarter(q),
                     isQuarter(q) ? monthsFrom(y, (q - 1) * 3 + 1, 3) : DateRange{});
    }
    if ((m = monthRe.match(t)).hasMatch()) {
        const int y = number(m, 1), mo = number(m, 2);
        const bool exists = mo >= 1 && mo <= 12;
        return named(Kind::Month, y, mo, exists, exists ? monthsFrom(y, mo, 1) : DateRange{});
    }
    if ((m = rangeRe.match(t)).hasMatch()) {
        PeriodText p{Kind::Dates, Problem::None, 0, 0, {}};
        const DateRange r{QDate::fromString(m.captured(1), Qt::ISODate),
                          QDate::fromString(m.captured(2), Qt::ISODate)};
        if (!r.from.isValid() || !r.to.isValid())
            p.problem = Problem::NoSuchDate;
        else if (r.to < r.from)
            p.problem = Problem::EndsBeforeStart;
        else if (!detail::toBoost(r.from) || !detail::toBoost(r.to))
            p.problem = Problem::OutOfRange;
        else
            p.range = r;
        return p;
    }
    return {};
}

} // namespace csm::dates
