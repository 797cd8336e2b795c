#pragma once

#include "domain/ContractTerms.h"
#include "domain/Entities.h"

#include <QDate>
#include <QString>

#include <optional>

namespace csm {

// One row of the accounts list: the account's own facts plus what the list derives from its contract and
// touches. Filled by storage (raw facts) and completed by deriveSummary() (dates and touch model).
struct AccountSummary
{
    Id id;
    QString name;
    QString nameReading;
    QString externalId;
    QString owner;
    LifecycleStage stage = LifecycleStage::Onboarding;
    MinorUnits arr = 0;
    std::optional<TouchModel> touchModelOverride;

    // The contract in force: the latest live contract that has started by the day, or the latest live one
    // when none has (SqlAccountRepository: docs/decisions.md, "Which contract renews"); none without any.
    QDate contractStart;
    int termMonths = 0;
    int noticeDays = 0;
    QString noticeRule;        // a NoticeRule code; empty: noticeDays days before
    int renewalTermMonths = 0; // 0: as long as the first term
    bool autoRenew = true;
    RecordedRenewals renewals; // read only for a contract that does not renew automatically
    QDate nextContractStart;   // the start of a later contract signed ahead of it, if any

    QDate lastCustomerTouch; // invalid when none

    std::optional<double> healthScore; // the current score kept on the account row (HealthRecompute.h)
    std::optional<HealthBand> healthBand;
    std::optional<double> healthScoreBefore; // the score 30 days earlier: the list's trend arrow

    // Derived (deriveSummary):
    TouchModel touchModel = TouchModel::Tech;
    // As of the day given (ContractSchedule::current): the current renewal date, or the end of a contract
    // that does not renew automatically while that is ahead; the notice deadline of an auto-renewing one.
    QDate renewalDate;
    QDate noticeDeadline;
    int daysToNotice = 0;  // negative when past; meaningful only when noticeDeadline is valid
    QDate contractEndedOn; // a contract that did not renew automatically ended then (renewalDate is invalid)
    bool contractEndDecided = false; // ... and a churn was recorded for that end

    bool endsWithoutRenewal() const { return renewalDate.isValid() && !autoRenew; }
    // The terms of the contract in force (its notice rule and renewal term) with the renewals recorded for
    // it.
    ContractTerms contractTerms() const;
};

struct BookSettings;
// Fills the derived fields of s as of the given day; a notice rule that moves to the business day before
// uses the book's calendar (HolidayCalendar::forSettings(settings), made once for a whole list).
void deriveSummary(AccountSummary& s, const BookSettings& settings, const dates::HolidayCalendar& calendar,
                   QDate asOf);
// The same on the book's calendar made for this one account.
void deriveSummary(AccountSummary& s, const BookSettings& settings, QDate asOf);

} // namespace csm
