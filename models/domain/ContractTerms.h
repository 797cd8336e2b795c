#pragma once

// The dates side of a contract (DESIGN §4): when it renews, whether it renews by itself, when notice is due,
// and when a contract that does not renew by itself ends. Storage fills a ContractTerms per live contract;
// the accounts list (deriveSummary), Today, the account page, the Renewals view and the calendar export ask
// it for the renewal that comes next, or for the day the contract ended.
//
// A contract that renews by itself rolls forward every term, with a notice deadline before each renewal. One
// that does not runs its first term plus one more for every renewal recorded for it (a renewal outcome of
// renewed, expanded or contracted); then it has ended, and no renewal is invented from it (issue 9, item 5).

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/NoticeRule.h"
#include "domain/Result.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace csm {

// What the book records about the renewals of a contract since its start.
struct RecordedRenewals
{
    QDate
        renewedThrough; // the latest renewal date recorded as renewed, expanded or contracted (invalid: none)
    QDate churnedOn;    // the latest renewal date recorded as churned (invalid: none)

    // From an account's renewals: the live ones with a decided outcome dated after the contract's start.
    static RecordedRenewals of(const QList<Renewal>& renewals, QDate contractStart);
    // Counts one live renewal row of the account (of() for rows read one at a time).
    void add(QDate renewalDate, RenewalOutcome outcome, QDate contractStart);
    // A churn was recorded after the latest renewal: the end of the contract is decided.
    bool churnIsLatest() const
    {
        return churnedOn.isValid() && (!renewedThrough.isValid() || churnedOn > renewedThrough);
    }
};

struct ContractTerms
{
    QDate start;
    int termMonths = 12;       // the first term
    int renewalTermMonths = 0; // every later term; 0: the same as the first
    bool autoRenew = true;     // false: the contract ends after its terms unless renewals are recorded
    NoticeRule notice;
    RecordedRenewals recorded; // what extends a contract that does not renew by itself

    int renewalTerm() const { return renewalTermMonths > 0 ? renewalTermMonths : termMonths; }

    // A stored contract: its notice rule, or its notice period in days (`days:N`) when it has none.
    static ContractTerms of(const Contract& c, const RecordedRenewals& recorded = {});
    // A contract's notice as stored: the rule's code, or noticeDays days before without one (or with a code
    // this build cannot read).
    static NoticeRule noticeOf(int noticeDays, const QString& code);
    // The rule a code stands for; none for a blank code or one that is not a rule (noticeOf then takes the
    // days).
    static std::optional<NoticeRule> ruleOf(const QString& code);
    // Gives a contract a notice rule: a plain number of days stays in noticeDays (no rule code); any other
    // rule is kept as its code, with noticeDays set to the days it gives before the first renewal (on the
    // calendar given) for what reads days only.
    static void setNotice(Contract& c, const NoticeRule& rule, const dates::HolidayCalendar& calendar);
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

    // The calendar for a stored contract: its notice (days:N) never moves to a business day, so no holidays
    // are needed to compute or check its dates.
    static const dates::HolidayCalendar& noHolidays();

    // Renewal k (k >= 1): start + first term + (k - 1) * renewal term, from the start date every time. A
    // contract that does not renew by itself has them only up to its end (lastIndex()).
    static RenewalPoint renewal(const ContractTerms& terms, int k, const dates::HolidayCalendar& calendar);
    // Renewal k's date alone: renewal() without its notice deadline (invalid where renewal() has none).
    static QDate renewalDate(const ContractTerms& terms, int k);
    // The first renewal strictly after asOf (DESIGN §4: the current renewal date); for a contract that does
    // not renew by itself, its end while that is ahead. None once such a contract has ended (asOf on or after
    // its end) or when its terms are invalid.
    static RenewalPoint current(const ContractTerms& terms, QDate asOf,
                                const dates::HolidayCalendar& calendar);
    // The k of current() (0 with invalid terms; renewalDate() of it is invalid once such a contract ended).
    static int currentIndex(const ContractTerms& terms, QDate asOf);
    // The k of the end of a contract that does not renew by itself: 1, or one past the renewal date on or
    // after the latest renewal recorded. 0 for a contract that renews by itself (it has no end) or invalid
    // terms.
    static int lastIndex(const ContractTerms& terms);
    // The day a contract that does not renew by itself ended, when that is on or before asOf; invalid while
    // it runs, and always for one that renews by itself.
    static QDate endedOn(const ContractTerms& terms, QDate asOf);

    // The contract dialog's checks, by field: a start date, terms of Validation's 1..120 months, a notice
    // rule in range and not more than a year (Validation::MaxNoticeDays, or 12 months), and, for a contract
    // that renews by itself, a first notice deadline on or after the start.
    static FieldErrors validate(const ContractTerms& terms, const dates::HolidayCalendar& calendar);
    // The same as one error for storage and the command line (the first field that fails).
    static Status check(const ContractTerms& terms, const dates::HolidayCalendar& calendar);
};

} // namespace csm
