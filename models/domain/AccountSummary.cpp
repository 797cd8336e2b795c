#include "domain/AccountSummary.h"

#include "domain/Settings.h"

namespace csm {

ContractTerms AccountSummary::contractTerms() const
{
    Contract latest; // the contract in force
    latest.startDate = contractStart;
    latest.termMonths = termMonths;
    latest.autoRenew = autoRenew;
    latest.noticeDays = noticeDays;
    latest.noticeRule = noticeRule;
    latest.renewalTermMonths = renewalTermMonths;
    return ContractTerms::of(latest, renewals);
}

void deriveSummary(AccountSummary& s, const BookSettings& settings, const dates::HolidayCalendar& calendar,
                   QDate asOf)
{
    s.touchModel = s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr);
    RenewalPoint next;
    QDate endedOn;
    if (s.stage != LifecycleStage::Churned) {
        const ContractTerms terms = s.contractTerms();
        next = ContractSchedule::current(terms, asOf, calendar);
        endedOn = ContractSchedule::endedOn(terms, asOf);
    }
    s.renewalDate = next.renewalDate;
    s.noticeDeadline = next.noticeDeadline;
    s.daysToNotice = next.noticeDeadline.isValid() ? int(asOf.daysTo(next.noticeDeadline)) : 0;
    s.contractEndedOn = endedOn;
    s.contractEndDecided = endedOn.isValid() && s.renewals.churnIsLatest();
}

void deriveSummary(AccountSummary& s, const BookSettings& settings, QDate asOf)
{
    deriveSummary(s, settings, dates::HolidayCalendar::forSettings(settings), asOf);
}

} // namespace csm
