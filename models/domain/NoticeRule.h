#pragma once

// When a customer must give notice to stop a contract from renewing (DESIGN §4): a number of days before the
// renewal date, or a calendar rule of the kind Japanese contracts state (満了日の前月の20日まで), optionally
// moved to the business day before. Stored and typed as a short code (docs/decisions.md, "Notice rules"):
//   days:60   months:2   day-of-month:20:1   end-of-month:1   and any of them with ":bd" at the end.

#include "domain/Dates.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace csm {

class NoticeRule
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRule)
public:
    enum class Kind : quint8
    {
        DaysBefore,       // the renewal date - N days
        MonthsBefore,     // the renewal date - N months, clamped to the month's end
        DayOfMonthBefore, // day D of the month M months before the renewal date (clamped to the month's end)
        EndOfMonthBefore, // the last day of the month M months before the renewal date
    };

    // Limits that keep a rule meaningful (and every date inside the calendar's range). Days may be 0 (notice
    // up to the renewal date itself); month rules count at least 1 month, so they land before the term ends.
    static constexpr int kMaxDays = 3660;
    static constexpr int kMaxMonths = 120;

    NoticeRule() = default; // 60 days before the renewal date: the default of DESIGN §3
    static NoticeRule daysBefore(int days, bool businessDayBefore = false);
    static NoticeRule monthsBefore(int months, bool businessDayBefore = false);
    static NoticeRule dayOfMonthBefore(int day, int monthsBefore, bool businessDayBefore = false);
    static NoticeRule endOfMonthBefore(int monthsBefore, bool businessDayBefore = false);

    Kind kind() const { return m_kind; }
    int days() const { return m_kind == Kind::DaysBefore ? m_count : 0; }
    int months() const { return m_kind == Kind::DaysBefore ? 0 : m_count; }
    int dayOfMonth() const { return m_kind == Kind::DayOfMonthBefore ? m_day : 0; }
    bool movesToBusinessDayBefore() const { return m_businessDayBefore; }

    // The last day notice can be given for a renewal on the given date; every rule counts from the renewal
    // date (DESIGN §4; docs/decisions.md on the 満了日 wording). Invalid when the rule
    // is out of range (problem() says why) or the date leaves the calendar.
    QDate deadline(QDate renewal, const dates::HolidayCalendar& calendar) const;

    // Why the rule cannot be used (a number out of range), translated; empty when it can.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    // "days:60", "day-of-month:20:1:bd" ... what the book and the command line store and read.
    QString toCode() const;
    // Reads a code (case and surrounding blanks ignored); an error that quotes it and lists the forms.
    static Result<NoticeRule> fromCode(const QString& code);

    // The rule as a sentence for the contract dialog: "By day 20 of the month before the renewal date. If
    // that day is not a business day, the business day before." /
    // 「契約更新日の前月20日まで。営業日でない場合は…」
    QString toText() const;

    friend bool operator==(const NoticeRule&, const NoticeRule&) = default;

private:
    NoticeRule(Kind kind, int count, int day, bool businessDayBefore)
        : m_kind(kind), m_count(count), m_day(day), m_businessDayBefore(businessDayBefore)
    {}

    Kind m_kind = Kind::DaysBefore;
    qint32 m_count = 60; // days (DaysBefore) or months (the others)
    qint32 m_day = 0;    // DayOfMonthBefore: 1..31
    bool m_businessDayBefore = false;
};

} // namespace csm
