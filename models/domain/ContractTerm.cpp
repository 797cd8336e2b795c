#include "domain/ContractTerm.h"

#include "domain/Dates.h"

namespace csm {

RecordedRenewals recordedRenewalsOf(const QList<Renewal>& renewals, QDate contractStart)
{
    RecordedRenewals r;
    for (const Renewal& renewal : renewals) {
        if (renewal.deleted || !renewal.renewalDate.isValid() || renewal.renewalDate <= contractStart)
            continue;
        QDate& latest = renewal.outcome == RenewalOutcome::Churned ? r.churnedOn : r.renewedThrough;
        if (renewal.outcome != RenewalOutcome::Pending && (!latest.isValid() || renewal.renewalDate > latest))
            latest = renewal.renewalDate;
    }
    return r;
}

ContractTerm contractTermOn(QDate start, int termMonths, bool autoRenew, int noticeDays,
                            const RecordedRenewals& recorded, QDate asOf)
{
    ContractTerm t;
    if (!start.isValid() || termMonths < 1 || !asOf.isValid())
        return t;
    if (autoRenew) {
        t.renewalDate = dates::currentRenewalDate(start, termMonths, asOf);
        t.noticeDeadline = dates::noticeDeadline(t.renewalDate, noticeDays);
        return t;
    }
    // One term, and one more for each renewal recorded: the term ends on the first renewal date after the
    // latest recorded one (renewal dates counted from the start, DESIGN §4).
    const QDate end = recorded.renewedThrough.isValid()
                          ? dates::currentRenewalDate(start, termMonths, recorded.renewedThrough)
                          : dates::renewalDate(start, termMonths, 1);
    if (!end.isValid())
        return t;
    if (end > asOf) {
        t.renewalDate = end;
        return t;
    }
    t.endedOn = end;
    t.endDecided = recorded.churnedOn.isValid() &&
                   (!recorded.renewedThrough.isValid() || recorded.churnedOn > recorded.renewedThrough);
    return t;
}

} // namespace csm
