#include "domain/AccountSummary.h"

#include "domain/Settings.h"

namespace csm {

void deriveSummary(AccountSummary& s, const BookSettings& settings, QDate asOf)
{
    s.touchModel = s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr);
    ContractTerm term;
    if (s.stage != LifecycleStage::Churned)
        term = contractTermOn(s.contractStart, s.termMonths, s.autoRenew, s.noticeDays, s.renewals, asOf);
    s.renewalDate = term.renewalDate;
    s.noticeDeadline = term.noticeDeadline;
    s.daysToNotice = term.noticeDeadline.isValid() ? int(asOf.daysTo(term.noticeDeadline)) : 0;
    s.contractEndedOn = term.endedOn;
    s.contractEndDecided = term.endDecided;
}

} // namespace csm
