#pragma once

// The dates side of a contract (DESIGN §4): when it renews, whether it renews by itself and when notice is
// due. Storage fills a ContractTerms per live contract; the Renewals view, Today and the calendar export
// ask it for the renewal that comes next.

#include "domain/Dates.h"
#include "domain/NoticeRule.h"
#include "domain/Result.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>

namespace csm {

struct ContractTerms
{
    QDate start;
    int termMonths = 12;       // the first term
    int renewalTermMonths = 0; // every later term; 0: the same as the first
    bool autoRenew = true;     // false: the contract ends after its first term unless a renewal is agreed
    NoticeRule notice;

    int renewalTerm() const { return renewalTermMonths > 0 ? renewalTermMonths : termMonths; }
};

// One renewal of a contract: the k-th end of a term.
struct RenewalPoint
{
    int index = 0;        // k >= 1; 0 when there is none
    QDate renewalDate;    // the next term starts on it; the current one ends the day before
    QDate noticeDeadline; // the last day the customer can cancel; invalid when the contract does not renew
                          // by itself (there is nothing to cancel: it ends)

    bool isValid() const { return index > 0 && renewalDate.isValid(); }
    // The day the CSM has to act by: the notice deadline, or the renewal date of a contract that does not
    // renew by itself (a new term has to be agreed by then). Renewal stages count down to it.
    QDate actBy() const { return noticeDeadline.isValid() ? noticeDeadline : renewalDate; }
};

class ContractSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ContractSchedule)
public:
    // Field names of the errors of validate(), beside Validation's (StartDate, TermMonths).
    static inline const QString RenewalTermMonths = QStringLiteral("renewalTermMonths");
    static inline const QString NoticeRuleField = QStringLiteral("noticeRule");
    static constexpr int kMaxTermMonths = 1200;

    // Renewal k (k >= 1): start + first term + (k - 1) * renewal term, from the start date every time. A
    // contract that does not renew by itself has only k = 1, the day after its term ends.
    static RenewalPoint renewal(const ContractTerms& terms, int k, const dates::HolidayCalendar& calendar);
    // The first renewal strictly after asOf (DESIGN §4: the current renewal date); none when the contract
    // has ended (no auto-renew and asOf on or after its end) or its terms are invalid.
    static RenewalPoint current(const ContractTerms& terms, QDate asOf,
                                const dates::HolidayCalendar& calendar);

    // The contract dialog's checks, by field: a start date, terms of 1..1200 months, a notice rule in range
    // and, for a contract that renews by itself, a first notice deadline on or after the start.
    static FieldErrors validate(const ContractTerms& terms, const dates::HolidayCalendar& calendar);
    // The same as one error for storage and the command line (the first field that fails).
    static Status check(const ContractTerms& terms, const dates::HolidayCalendar& calendar);
};

} // namespace csm
