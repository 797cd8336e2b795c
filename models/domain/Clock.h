#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace csm {

// Where "today" comes from. The app uses the system clock; tests and `--as-of` use a fixed one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual QDate today() const = 0; // the user's local calendar date

    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return QDate::currentDate(); }
};

// A clock that stands still on a given day (at noon UTC), for tests and reports "as of" a date.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day) : m_day(day) {}
    void setToday(QDate day) { m_day = day; }
    QDateTime nowUtc() const override { return QDateTime(m_day, QTime(12, 0), QTimeZone::utc()); }
    QDate today() const override { return m_day; }

private:
    QDate m_day;
};

inline const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace csm
