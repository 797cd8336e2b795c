#pragma once

// Private to the dates module (Dates.cpp, HolidayCalendar.cpp, FiscalCalendar.cpp): the bridge between QDate
// and boost::gregorian. No other file may include this header or Boost.Date_Time.

#include <QDate>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace csm::dates::detail {

namespace bg = boost::gregorian;

// boost::gregorian covers the years 1400 to 9999; outside them the module answers with an invalid QDate.
constexpr int kMinYear = 1400;
constexpr int kMaxYear = 9999;

inline bool yearInRange(qint64 y)
{
    return y >= kMinYear && y <= kMaxYear;
}

inline std::optional<bg::date> toBoost(QDate d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day); // one calendar conversion instead of three
    if (!d.isValid() || !yearInRange(y))
        return std::nullopt;
    return bg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                    static_cast<unsigned short>(day));
}

inline QDate fromBoost(const bg::date& d)
{
    if (d.is_special())
        return {};
    const auto ymd = d.year_month_day();
    return QDate(int(ymd.year), int(ymd.month), int(ymd.day));
}

inline int lastDayOfMonth(int year, int month)
{
    return int(bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                        static_cast<unsigned short>(month)));
}

// The given day of (year, month), or the month's last day when that day does not exist.
inline std::optional<bg::date> clampedDate(qint64 year, int month, int day)
{
    if (!yearInRange(year) || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const int y = int(year);
    const int last = lastDayOfMonth(y, month);
    return bg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day < last ? day : last));
}

// d shifted by whole days; nullopt when the result leaves boost's range.
inline std::optional<bg::date> addDays(const bg::date& d, qint64 days)
{
    const qint64 from = d.day_number();
    const qint64 lo = bg::date(kMinYear, 1, 1).day_number();
    const qint64 hi = bg::date(kMaxYear, 12, 31).day_number();
    if (from + days < lo || from + days > hi)
        return std::nullopt;
    return d + bg::date_duration(static_cast<long>(days));
}

inline bool isWeekend(const bg::date& d)
{
    const auto wd = d.day_of_week().as_number(); // 0 = Sunday .. 6 = Saturday
    return wd == 0 || wd == 6;
}

} // namespace csm::dates::detail
