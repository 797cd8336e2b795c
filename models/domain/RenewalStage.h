#pragma once

// How close a renewal is (issue 14): the countdown to the day the CSM has to act by (the notice deadline,
// RenewalPoint::actBy) and the stage it puts the renewal in. Stages begin 180, 120, 90, 60 and 30 days before
// that day; the day after it the renewal is past its deadline until the renewal date, when the next renewal
// becomes the current one.

#include "domain/ContractTerms.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace csm {

enum class RenewalStage : quint8
{
    Later,        // more than 180 days to go
    T180,         // 180 .. 121 days to go
    T120,         // 120 .. 91
    T90,          // 90 .. 61
    T60,          // 60 .. 31
    T30,          // 30 .. 0 (the deadline itself is the last day of T-30)
    PastDeadline, // the deadline has passed; the renewal date has not
};

struct RenewalCountdown
{
    int daysToNotice = 0;  // to actBy(): 0 on the day itself, negative once past
    int daysToRenewal = 0; // to the renewal date
    RenewalStage stage = RenewalStage::Later;
};

class RenewalStages
{
    Q_DECLARE_TR_FUNCTIONS(RenewalStages)
public:
    // The stage a renewal is in with this many days left to act.
    static RenewalStage forDaysLeft(int daysToNotice);
    static RenewalCountdown countdown(const RenewalPoint& renewal, QDate asOf);
    // The stage a renewal enters on this day, if it enters one (Today's "renewals entering a stage").
    static std::optional<RenewalStage> enteredOn(const RenewalPoint& renewal, QDate day);
    // The first day of a stage (invalid for Later): actBy - 180 days for T-180 ..., actBy + 1 for past
    // deadline.
    static QDate firstDay(RenewalStage stage, QDate actBy);
    // Days before the deadline at which the T- stages begin, earliest first: 180, 120, 90, 60, 30. The
    // calendar export sets an alarm at each.
    static QList<int> leadDays();
    // Stable codes for files and the command line: later, t-180 ... t-30, past-deadline.
    static QString toCode(RenewalStage stage);
    static std::optional<RenewalStage> fromCode(const QString& code);
    // "T-90", "Past deadline" / 「期限超過」.
    static QString displayName(RenewalStage stage);
};

} // namespace csm
