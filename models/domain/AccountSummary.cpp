#include "domain/AccountSummary.h"

#include "domain/Settings.h"

namespace csm {

ContractTerms AccountSummary::contractTerms() const
{
    Contract latest; // the columns of the account row that hold its latest contract's terms
    latest.startDate = contractStart;
    latest.termMonths = termMonths;
    latest.autoRenew = autoRenew;
    latest.noticeDays = noticeDays;
    return ContractTerms::of(latest, renewals);
}

void deriveSummary(AccountSummary& s, const BookSettings& settings, QDate asOf)
{
    s.touchModel = s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr);
    RenewalPoint next;
    QDate endedOn;
    if (s.stage != LifecycleStage::Churned) {
        // A stored contract's notice is in days, never moved to a business day: no holidays needed.
        const ContractTerms terms = s.contractTerms();
        next = ContractSchedule::current(terms, asOf, ContractSchedule::noHolidays());
        endedOn = ContractSchedule::endedOn(terms, asOf);
    }
    s.renewalDate = next.renewalDate;
    s.noticeDeadline = next.noticeDeadline;
    s.daysToNotice = next.noticeDeadline.isValid() ? int(asOf.daysTo(next.noticeDeadline)) : 0;
    s.contractEndedOn = endedOn;
    s.contractEndDecided = endedOn.isValid() && s.renewals.churnIsLatest();
}

} // namespace csm
