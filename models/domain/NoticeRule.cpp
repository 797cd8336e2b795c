#include "domain/NoticeRule.h"

#include <QStringList>

namespace csm {

namespace {

// A count in a code: 1-4 ASCII digits (nothing that toInt() would also take, like "+5" or " 5").
std::optional<int> codeNumber(const QString& text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toInt();
}

} // namespace

NoticeRule NoticeRule::daysBefore(int days, bool businessDayBefore)
{
    return NoticeRule(Kind::DaysBefore, days, 0, businessDayBefore);
}

NoticeRule NoticeRule::monthsBefore(int months, bool businessDayBefore)
{
    return NoticeRule(Kind::MonthsBefore, months, 0, businessDayBefore);
}

NoticeRule NoticeRule::dayOfMonthBefore(int day, int monthsBefore, bool businessDayBefore)
{
    return NoticeRule(Kind::DayOfMonthBefore, monthsBefore, day, businessDayBefore);
}

NoticeRule NoticeRule::endOfMonthBefore(int monthsBefore, bool businessDayBefore)
{
    return NoticeRule(Kind::EndOfMonthBefore, monthsBefore, 0, businessDayBefore);
}

QDate NoticeRule::deadline(QDate renewal, const dates::HolidayCalendar& calendar) const
{
    if (!renewal.isValid() || !isValid())
        return {};
    // Month rules count from the renewal date, as DESIGN §4 states them ("day D of the month M months before
    // the renewal"); see docs/decisions.md for the 満了日 reading this departs from.
    QDate d;
    switch (m_kind) {
    case Kind::DaysBefore:
        d = dates::noticeDeadline(renewal, m_count);
        break;
    case Kind::MonthsBefore:
        d = dates::addMonths(renewal, -m_count);
        break;
    case Kind::DayOfMonthBefore:
        d = dates::dayOfMonthClamped(dates::addMonths(renewal, -m_count), m_day);
        break;
    case Kind::EndOfMonthBefore:
        d = dates::endOfMonth(dates::addMonths(renewal, -m_count));
        break;
    }
    return d.isValid() && m_businessDayBefore ? dates::businessDayOnOrBefore(d, calendar) : d;
}

QString NoticeRule::problem() const
{
    if (m_kind == Kind::DaysBefore) {
        if (m_count < 0 || m_count > kMaxDays)
            return tr("The notice period must be between 0 and %1 days.").arg(kMaxDays);
        return {};
    }
    if (m_count < 1 || m_count > kMaxMonths)
        return tr("The notice period must be between 1 and %1 months.").arg(kMaxMonths);
    if (m_kind == Kind::DayOfMonthBefore && (m_day < 1 || m_day > 31))
        return tr("The day of the month must be between 1 and 31.");
    return {};
}

QString NoticeRule::toCode() const
{
    QString code;
    switch (m_kind) {
    case Kind::DaysBefore:
        code = QStringLiteral("days:%1").arg(m_count);
        break;
    case Kind::MonthsBefore:
        code = QStringLiteral("months:%1").arg(m_count);
        break;
    case Kind::DayOfMonthBefore:
        code = QStringLiteral("day-of-month:%1:%2").arg(m_day).arg(m_count);
        break;
    case Kind::EndOfMonthBefore:
        code = QStringLiteral("end-of-month:%1").arg(m_count);
        break;
    }
    return m_businessDayBefore ? code + QStringLiteral(":bd") : code;
}

Result<NoticeRule> NoticeRule::fromCode(const QString& code)
{
    const auto refuse = [&](const QString& message) {
        return Error{Error::Code::InvalidValue, message, code.trimmed(),
                     tr("Write days:N, months:N, day-of-month:D:M or end-of-month:M, and add :bd to move the "
                        "deadline to the business day before (for example day-of-month:20:1:bd).")};
    };
    QStringList parts = code.trimmed().toLower().split(QLatin1Char(':'));
    const bool businessDayBefore = parts.size() > 1 && parts.constLast() == QLatin1String("bd");
    if (businessDayBefore)
        parts.removeLast();
    const QString kind = parts.takeFirst();
    QList<int> numbers;
    for (const QString& p : parts) {
        const auto n = codeNumber(p);
        if (!n)
            return refuse(tr("\"%1\" is not a notice rule.").arg(code.trimmed()));
        numbers.append(*n);
    }

    std::optional<NoticeRule> rule;
    if (kind == QLatin1String("days") && numbers.size() == 1)
        rule = daysBefore(numbers[0], businessDayBefore);
    else if (kind == QLatin1String("months") && numbers.size() == 1)
        rule = monthsBefore(numbers[0], businessDayBefore);
    else if (kind == QLatin1String("day-of-month") && numbers.size() == 2)
        rule = dayOfMonthBefore(numbers[0], numbers[1], businessDayBefore);
    else if (kind == QLatin1String("end-of-month") && numbers.size() == 1)
        rule = endOfMonthBefore(numbers[0], businessDayBefore);
    if (!rule)
        return refuse(tr("\"%1\" is not a notice rule.").arg(code.trimmed()));
    if (const QString why = rule->problem(); !why.isEmpty())
        return refuse(why);
    return *rule;
}

QString NoticeRule::toText() const
{
    QString text;
    switch (m_kind) {
    case Kind::DaysBefore:
        text = m_count == 0 ? tr("By the renewal date.")
                            : tr("At least %n day(s) before the renewal date.", nullptr, m_count);
        break;
    case Kind::MonthsBefore:
        text = tr("At least %n month(s) before the renewal date.", nullptr, m_count);
        break;
    case Kind::DayOfMonthBefore:
        text = m_count == 1
                   ? tr("By day %1 of the month before the renewal date.").arg(m_day)
                   : tr("By day %1 of the month %n month(s) before the renewal date.", nullptr, m_count)
                         .arg(m_day);
        if (m_day > 28)
            text = tr("%1 %2", "two sentences").arg(text, tr("In a shorter month, its last day."));
        break;
    case Kind::EndOfMonthBefore:
        text = m_count == 1 ? tr("By the last day of the month before the renewal date.")
                            : tr("By the last day of the month %n month(s) before the renewal date.", nullptr,
                                 m_count);
        break;
    }
    if (m_businessDayBefore)
        text = tr("%1 %2", "two sentences")
                   .arg(text, tr("If that day is not a business day, the business day before."));
    return text;
}

} // namespace csm
