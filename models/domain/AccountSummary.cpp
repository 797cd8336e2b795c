#include "domain/AccountSummary.h"

#include "domain/Dates.h"
#include "domain/Settings.h"

namespace csm {

void deriveSummary(AccountSummary& s, const BookSettings& settings, QDate asOf)
{
    s.touchModel = s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr);
    if (s.contractStart.isValid() && s.termMonths > 0 && s.stage != LifecycleStage::Churned) {
        s.renewalDate = dates::currentRenewalDate(s.contractStart, s.termMonths, asOf);
        s.noticeDeadline = dates::noticeDeadline(s.renewalDate, s.noticeDays);
        s.daysToNotice = int(asOf.daysTo(s.noticeDeadline));
    } else {
        s.renewalDate = {};
        s.noticeDeadline = {};
        s.daysToNotice = 0;
    }
}

} // namespace csm
