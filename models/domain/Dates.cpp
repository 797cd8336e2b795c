#include "domain/Dates.h"

#include "BoostDate_p.h"

#include <climits>

namespace csm::dates {

using detail::bg::date;

QDate addMonths(QDate d, int months)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || !detail::yearInRange(y))
        return {};
    // Whole-month arithmetic on (year, month) and then a clamp of the day, instead of bg::months, which snaps
    // month-end dates to month ends (2023-02-28 + 12 months would become 2024-02-29). The accounts list
    // calls this for every account, so the result is built without a bg::date in between.
    const qint64 index = qint64(y) * 12 + (m - 1) + months;
    const qint64 year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = int(index - year * 12) + 1;
    if (!detail::yearInRange(year))
        return {};
    const int last = detail::lastDayOfMonth(int(year), month);
    return QDate(int(year), month, day < last ? day : last);
}

QDate renewalDate(QDate start, int termMonths, int k)
{
    return renewalDate(start, termMonths, termMonths, k);
}

QDate currentRenewalDate(QDate start, int termMonths, QDate asOf)
{
    return currentRenewalDate(start, termMonths, termMonths, asOf);
}

QDate renewalDate(QDate start, int firstTermMonths, int renewalTermMonths, int k)
{
    if (!start.isValid() || firstTermMonths < 1 || renewalTermMonths < 1 || k < 1)
        return {};
    const qint64 months = firstTermMonths + qint64(renewalTermMonths) * (k - 1);
    if (months > (detail::kMaxYear - detail::kMinYear + 1) * 12)
        return {};
    return addMonths(start, int(months));
}

int renewalIndexAfter(QDate start, int firstTermMonths, int renewalTermMonths, QDate asOf)
{
    if (!start.isValid() || !asOf.isValid() || firstTermMonths < 1 || renewalTermMonths < 1)
        return 0;
    // Jump close to the answer from the month difference, then settle: at most a step or two either way.
    int sy = 0, sm = 0, ay = 0, am = 0;
    start.getDate(&sy, &sm, nullptr);
    asOf.getDate(&ay, &am, nullptr);
    const qint64 monthsApart = (qint64(ay) - sy) * 12 + (am - sm);
    qint64 k = monthsApart > firstTermMonths ? 1 + (monthsApart - firstTermMonths) / renewalTermMonths : 1;
    const auto at = [&](qint64 i) {
        return i > INT_MAX ? QDate() : renewalDate(start, firstTermMonths, renewalTermMonths, int(i));
    };
    while (k > 1) { // back while the renewal before k is after asOf, each date worked out once
        const QDate before = at(k - 1);
        if (!before.isValid() || before <= asOf)
            break;
        --k;
    }
    for (QDate r = at(k); r.isValid(); r = at(++k)) {
        if (r > asOf)
            return int(k);
    }
    return 0;
}

QDate currentRenewalDate(QDate start, int firstTermMonths, int renewalTermMonths, QDate asOf)
{
    const int k = renewalIndexAfter(start, firstTermMonths, renewalTermMonths, asOf);
    return k > 0 ? renewalDate(start, firstTermMonths, renewalTermMonths, k) : QDate();
}

QDate noticeDeadline(QDate renewal, int noticeDays)
{
    // Day arithmetic on the Julian day (what bg::date + date_duration does), inside boost's years.
    static const qint64 first = QDate(detail::kMinYear, 1, 1).toJulianDay();
    static const qint64 last = QDate(detail::kMaxYear, 12, 31).toJulianDay();
    // An invalid date's Julian day is the lowest qint64: test the range before subtracting from it.
    const qint64 from = renewal.toJulianDay();
    if (!renewal.isValid() || from < first || from > last)
        return {};
    const qint64 to = from - noticeDays;
    if (to < first || to > last)
        return {};
    return QDate::fromJulianDay(to);
}

QDate dayOfMonthClamped(QDate d, int day)
{
    int y = 0, m = 0;
    d.getDate(&y, &m, nullptr);
    if (!d.isValid() || !detail::yearInRange(y) || day < 1)
        return {};
    const int last = detail::lastDayOfMonth(y, m);
    return QDate(y, m, day < last ? day : last);
}

QDate endOfMonth(QDate d)
{
    return dayOfMonthClamped(d, 31);
}

QDate mondayOnOrBefore(QDate d)
{
    return d.isValid() ? d.addDays(-(d.dayOfWeek() - Qt::Monday)) : QDate();
}

bool isWeekend(QDate d)
{
    if (const auto b = detail::toBoost(d))
        return detail::isWeekend(*b);
    return d.isValid() && d.dayOfWeek() >= Qt::Saturday;
}

bool isBusinessDay(QDate d, const HolidayCalendar& cal)
{
    return d.isValid() && !isWeekend(d) && !cal.isHoliday(d);
}

namespace {

// The next business day strictly after (step 1) or before (step -1) d; invalid at the end of the range.
QDate stepBusinessDay(QDate d, int step, const HolidayCalendar& cal)
{
    auto b = detail::toBoost(d);
    while (b) {
        b = detail::addDays(*b, step);
        if (b && !detail::isWeekend(*b)) {
            const QDate q = detail::fromBoost(*b);
            if (!cal.isHoliday(q))
                return q;
        }
    }
    return {};
}

} // namespace

QDate nextBusinessDayOnOrAfter(QDate d, const HolidayCalendar& cal)
{
    if (!detail::toBoost(d))
        return {};
    return isBusinessDay(d, cal) ? d : stepBusinessDay(d, 1, cal);
}

QDate businessDayOnOrBefore(QDate d, const HolidayCalendar& cal)
{
    if (!detail::toBoost(d))
        return {};
    return isBusinessDay(d, cal) ? d : stepBusinessDay(d, -1, cal);
}

QDate addBusinessDays(QDate kickoff, int n, const HolidayCalendar& cal)
{
    QDate d = nextBusinessDayOnOrAfter(kickoff, cal);
    const int step = n < 0 ? -1 : 1;
    for (qint64 left = n < 0 ? -qint64(n) : n; left > 0 && d.isValid(); --left)
        d = stepBusinessDay(d, step, cal);
    return d;
}

int businessDaysBetween(QDate from, QDate to, const HolidayCalendar& cal)
{
    const auto a = detail::toBoost(from);
    const auto b = detail::toBoost(to);
    if (!a || !b || *b <= *a)
        return 0;
    // Weekdays in (from, to]: five per whole week, then the few days left over one by one.
    const qint64 span = (*b - *a).days();
    qint64 count = span / 7 * 5;
    for (date d = *a + detail::bg::date_duration(static_cast<long>(span / 7 * 7 + 1)); d <= *b;
         d += detail::bg::date_duration(1)) {
        if (!detail::isWeekend(d))
            ++count;
    }
    for (const QDate& h : cal.holidaysBetween(from.addDays(1), to)) {
        if (!isWeekend(h))
            --count;
    }
    return int(count);
}

} // namespace csm::dates
