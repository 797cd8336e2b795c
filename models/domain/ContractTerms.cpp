#include "domain/ContractTerms.h"

#include <QList>

namespace csm {

namespace {

struct TermsProblem
{
    QString field;
    QString message;
    QString hint;
};

bool termInRange(int months)
{
    return months >= 1 && months <= ContractSchedule::kMaxTermMonths;
}

} // namespace

RenewalPoint ContractSchedule::renewal(const ContractTerms& terms, int k,
                                       const dates::HolidayCalendar& calendar)
{
    if (k < 1 || (!terms.autoRenew && k > 1))
        return {};
    const QDate date = dates::renewalDate(terms.start, terms.termMonths, terms.renewalTerm(), k);
    if (!date.isValid())
        return {};
    return {k, date, terms.autoRenew ? terms.notice.deadline(date, calendar) : QDate()};
}

RenewalPoint ContractSchedule::current(const ContractTerms& terms, QDate asOf,
                                       const dates::HolidayCalendar& calendar)
{
    const int k = dates::renewalIndexAfter(terms.start, terms.termMonths, terms.renewalTerm(), asOf);
    return renewal(terms, k, calendar);
}

namespace {

QList<TermsProblem> problemsOf(const ContractTerms& terms, const dates::HolidayCalendar& calendar)
{
    QList<TermsProblem> problems;
    if (!terms.start.isValid())
        problems.append(
            {Validation::StartDate, ContractSchedule::tr("Enter the start date of the contract."), {}});
    if (!termInRange(terms.termMonths))
        problems.append({Validation::TermMonths,
                         ContractSchedule::tr("The term must be between 1 and %1 months.")
                             .arg(ContractSchedule::kMaxTermMonths),
                         {}});
    if (terms.renewalTermMonths != 0 && !termInRange(terms.renewalTermMonths))
        problems.append(
            {ContractSchedule::RenewalTermMonths,
             ContractSchedule::tr("The renewal term must be between 1 and %1 months.")
                 .arg(ContractSchedule::kMaxTermMonths),
             ContractSchedule::tr("Leave it empty when renewals run as long as the first term.")});
    if (const QString why = terms.notice.problem(); !why.isEmpty())
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
