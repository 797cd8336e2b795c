#pragma once

// Where a contract stands on a day: when it renews or ends, and by when the customer must give notice
// (DESIGN §4). A contract that renews automatically rolls forward every term, with a notice deadline before
// each renewal. One that does not runs one term, plus one more for every renewal recorded for it (a renewal
// outcome of renewed, expanded or contracted); after that it has ended, and nothing is invented from it.

#include "domain/Entities.h"

#include <QDate>
#include <QList>

namespace csm {

// What the book records about the renewals of a contract that does not renew automatically.
struct RecordedRenewals
{
    QDate
        renewedThrough; // the latest renewal date recorded as renewed, expanded or contracted (invalid: none)
    QDate churnedOn;    // the latest renewal date recorded as churned (invalid: none)
};

// The renewals of an account recorded after a contract's start (live ones, with a decided outcome).
RecordedRenewals recordedRenewalsOf(const QList<Renewal>& renewals, QDate contractStart);

struct ContractTerm
{
    // Auto-renewing: the current renewal date. Not auto-renewing: the end of its term while that is ahead.
    QDate renewalDate;
    QDate noticeDeadline; // auto-renewing contracts only: there is nothing to cancel otherwise
    // Not auto-renewing and over: the day its last term ended (renewalDate is then invalid).
    QDate endedOn;
    // endedOn is valid and a churn was recorded for that end: nothing is left to decide.
    bool endDecided = false;
};

// Where a contract (start, term, auto-renew, notice) stands on asOf; invalid dates when start or term are.
ContractTerm contractTermOn(QDate start, int termMonths, bool autoRenew, int noticeDays,
                            const RecordedRenewals& recorded, QDate asOf);

} // namespace csm
