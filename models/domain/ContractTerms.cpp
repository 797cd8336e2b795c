#include "domain/ContractTerms.h"

#include <algorithm>

namespace csm {

RecordedRenewals RecordedRenewals::of(const QList<Renewal>& renewals, QDate contractStart)
{
    RecordedRenewals r;
    for (const Renewal& renewal : renewals) {
        if (!renewal.deleted)
            r.add(renewal.renewalDate, renewal.outcome, contractStart);
    }
    return r;
}

void RecordedRenewals::add(QDate renewalDate, RenewalOutcome outcome, QDate contractStart)
{
    if (outcome == RenewalOutcome::Pending || !renewalDate.isValid() || renewalDate <= contractStart)
        return;
    QDate& latest = outcome == RenewalOutcome::Churned ? churnedOn : renewedThrough;
    if (!latest.isValid() || renewalDate > latest)
        latest = renewalDate;
}

ContractTerms ContractTerms::of(const Contract& c, const RecordedRenewals& recorded)
{
    ContractTerms t;
    t.start = c.startDate;
    t.termMonths = c.termMonths;
    t.renewalTermMonths = c.renewalTermMonths;
    t.autoRenew = c.autoRenew;
    t.notice = noticeOf(c.noticeDays, c.noticeRule);
    t.recorded = recorded;
    return t;
}

NoticeRule ContractTerms::noticeOf(int noticeDays, const QString& code)
{
    return ruleOf(code).value_or(NoticeRule::daysBefore(noticeDays));
}

std::optional<NoticeRule> ContractTerms::ruleOf(const QString& code)
{
    if (code.trimmed().isEmpty())
        return std::nullopt;
    auto rule = NoticeRule::fromCode(code);
    return rule ? std::optional<NoticeRule>(rule.value()) : std::nullopt;
}

void ContractTerms::setNotice(Contract& c, const NoticeRule& rule, const dates::HolidayCalendar& calendar)
{
    if (rule.kind() == NoticeRule::Kind::DaysBefore && !rule.movesToBusinessDayBefore()) {
        c.noticeDays = rule.days();
        c.noticeRule.clear();
        return;
    }
    c.noticeRule = rule.toCode();
    // What an older build (and the accounts list's facts, which keep days) reads instead: the days between
    // the first renewal and its deadline. The rule itself is what this build reads.
    ContractTerms terms = of(c);
    terms.autoRenew = true;
    const RenewalPoint first = ContractSchedule::renewal(terms, 1, calendar);
    if (first.isValid() && first.noticeDeadline.isValid())
        c.noticeDays = int(
            std::clamp<qint64>(first.noticeDeadline.daysTo(first.renewalDate), 0, Validation::MaxNoticeDays));
}

const dates::HolidayCalendar& ContractSchedule::noHolidays()
{
    static const dates::HolidayCalendar none;
    return none;
}

namespace {

struct TermsProblem
{
    QString field;
    QString message;
    QString hint;
};

bool termInRange(int months)
{
    return months >= Validation::MinTermMonths && months <= Validation::MaxTermMonths;
}

} // namespace

RenewalPoint ContractSchedule::renewal(const ContractTerms& terms, int k,
                                       const dates::HolidayCalendar& calendar)
{
    const QDate date = renewalDate(terms, k);
    if (!date.isValid())
        return {};
    return {k, date, terms.autoRenew ? terms.notice.deadline(date, calendar) : QDate()};
}

QDate ContractSchedule::renewalDate(const ContractTerms& terms, int k)
{
    if (k < 1 || (!terms.autoRenew && k > lastIndex(terms)))
        return {};
    return dates::renewalDate(terms.start, terms.termMonths, terms.renewalTerm(), k);
}

int ContractSchedule::currentIndex(const ContractTerms& terms, QDate asOf)
{
    return dates::renewalIndexAfter(terms.start, terms.termMonths, terms.renewalTerm(), asOf);
}

RenewalPoint ContractSchedule::current(const ContractTerms& terms, QDate asOf,
                                       const dates::HolidayCalendar& calendar)
{
    return renewal(terms, currentIndex(terms, asOf), calendar);
}

int ContractSchedule::lastIndex(const ContractTerms& terms)
{
    if (terms.autoRenew || !terms.start.isValid() || terms.termMonths < 1)
        return 0;
    // Renewal dates count from the start (DESIGN §4). A renewal recorded on a renewal date runs the contract
    // one term past it; one recorded on another day (a renewal agreed early) renews it at the first renewal
    // date on or after that day, and runs it one term past that.
    if (!terms.recorded.renewedThrough.isValid())
        return 1;
    return dates::renewalIndexAfter(terms.start, terms.termMonths, terms.renewalTerm(),
                                    terms.recorded.renewedThrough.addDays(-1)) +
           1;
}

QDate ContractSchedule::endedOn(const ContractTerms& terms, QDate asOf)
{
    const int last = lastIndex(terms);
    if (last < 1 || !asOf.isValid())
        return {};
    const QDate end = dates::renewalDate(terms.start, terms.termMonths, terms.renewalTerm(), last);
    return end.isValid() && end <= asOf ? end : QDate();
}

namespace {

// A notice rule the book may keep: at most a year before the renewal. NoticeRule's own range is wider (3660
// days, 120 months), so that what older builds stored still gets its deadline computed.
QString noticeProblem(const NoticeRule& notice)
{
    if (notice.kind() == NoticeRule::Kind::DaysBefore) {
        if (notice.days() < 0 || notice.days() > Validation::MaxNoticeDays)
            return ContractSchedule::tr("The notice period must be between 0 and %1 days.")
                .arg(Validation::MaxNoticeDays);
    } else if (notice.months() < 1 || notice.months() > Validation::MaxNoticeMonths) {
        return ContractSchedule::tr("The notice period must be between 1 and %1 months.")
            .arg(Validation::MaxNoticeMonths);
    }
    return notice.problem(); // the day of the month
}

QList<TermsProblem> problemsOf(const ContractTerms& terms, const dates::HolidayCalendar& calendar)
{
    QList<TermsProblem> problems;
    if (!terms.start.isValid())
        problems.append(
            {Validation::StartDate, ContractSchedule::tr("Enter the start date of the contract."), {}});
    if (!termInRange(terms.termMonths))
        problems.append({Validation::TermMonths,
                         ContractSchedule::tr("The term must be between %1 and %2 months.")
                             .arg(Validation::MinTermMonths)
                             .arg(Validation::MaxTermMonths),
                         {}});
    if (terms.renewalTermMonths != 0 && !termInRange(terms.renewalTermMonths))
        problems.append(
            {ContractSchedule::RenewalTermMonths,
             ContractSchedule::tr("The renewal term must be between %1 and %2 months.")
                 .arg(Validation::MinTermMonths)
                 .arg(Validation::MaxTermMonths),
             ContractSchedule::tr("Leave it empty when renewals run as long as the first term.")});
    if (const QString why = noticeProblem(terms.notice); !why.isEmpty())
        problems.append({ContractSchedule::NoticeRuleField, why, {}});
    if (!problems.isEmpty() || !terms.autoRenew)
        return problems;

    // Later deadlines only move later: each renewal is at least a month after the one before, and every
    // rule keeps the order of the dates it is given.
    const RenewalPoint first = ContractSchedule::renewal(terms, 1, calendar);
    if (!first.noticeDeadline.isValid() || first.noticeDeadline < terms.start)
        problems.append(
            {ContractSchedule::NoticeRuleField,
             ContractSchedule::tr("With this notice rule the first notice deadline (%1) falls before the "
                                  "contract starts (%2).")
                 .arg(first.noticeDeadline.toString(Qt::ISODate), terms.start.toString(Qt::ISODate)),
             ContractSchedule::tr("Choose a shorter notice period or a longer first term.")});
    return problems;
}

} // namespace

FieldErrors ContractSchedule::validate(const ContractTerms& terms, const dates::HolidayCalendar& calendar)
{
    FieldErrors errors;
    for (const TermsProblem& p : problemsOf(terms, calendar)) {
        if (!errors.contains(p.field))
            errors.insert(p.field, p.message);
    }
    return errors;
}

Status ContractSchedule::check(const ContractTerms& terms, const dates::HolidayCalendar& calendar)
{
    const QList<TermsProblem> problems = problemsOf(terms, calendar);
    if (problems.isEmpty())
        return {};
    const TermsProblem& p = problems.constFirst();
    return Error{Error::Code::InvalidValue, p.message, p.field, p.hint};
}

} // namespace csm
