#pragma once

// Today's list (DESIGN §8): what needs the CSM today, computed from plain inputs as of a day.
// Health-based lines (health drops, red accounts renewing soon) come from the scores kept on the account
// rows.

#include "domain/AccountSummary.h"
#include "domain/RenewalList.h"
#include "domain/Settings.h"
#include "domain/TodayRoadmaps.h"

#include <QDate>
#include <QList>
#include <QString>

namespace csm {

// An open follow-up as storage reports it (a touch with a follow-up date and no done mark).
struct FollowUpDue
{
    Id touchId;
    Id accountId;
    QString accountName;
    QDate dueOn;
    QString nextStep;
    QString summary;
};

struct TodayFollowUp
{
    FollowUpDue followUp;
    int daysOverdue = 0; // 0 when due today
    MinorUnits arr = 0;  // the account's, like the other lines
};

struct TodayNotice
{
    Id accountId;
    QString accountName;
    QDate noticeDeadline; // for a contract that does not renew automatically: the day it ends
    QDate renewalDate;
    int daysLeft = 0;
    MinorUnits arr = 0;
    bool endsWithoutRenewal = false; // the contract does not renew automatically: it ends unless renewed
};

// A contract that did not renew automatically and ended, with no renewal recorded since (a later contract
// or a renewal outcome): the account is still a customer on paper, and somebody has to decide.
struct TodayEnded
{
    Id accountId;
    QString accountName;
    QDate endedOn;
    int daysSince = 0; // 0 when it ended today
    MinorUnits arr = 0;
};

struct TodaySilent
{
    Id accountId;
    QString accountName;
    TouchModel touchModel = TouchModel::Tech;
    int cadenceDays = 0;
    QDate lastCustomerTouch; // invalid when never touched
    int daysSilent = -1;     // days since the last customer touch; -1 when never touched
    MinorUnits arr = 0;
};

// A health signal (DESIGN §5, §8): the score fell by the drop threshold or more against 30 days earlier, or
// the account is red with its renewal within 120 days. An account with both has two lines.
struct TodayHealth
{
    enum class Kind
    {
        Drop,
        RedRenewal
    };
    Kind kind = Kind::Drop;
    Id accountId;
    QString accountName;
    double score = 0;
    std::optional<double> scoreBefore; // drops: the score 30 days earlier
    QDate renewalDate;                 // red renewals
    int daysToRenewal = 0;
    MinorUnits arr = 0;
};

// A renewal that entered its stage (T-180 ... T-30, past deadline) since the last business day before
// today (issue 14: "Today shows renewals entering each stage").
struct TodayStageEntry
{
    Id accountId;
    QString accountName;
    RenewalStage stage = RenewalStage::Later;
    QDate enteredOn;
    QDate actBy; // the notice deadline; the renewal date of a contract that does not renew by itself
    QDate renewalDate;
    bool endsWithoutRenewal = false;
    int daysLeft = 0; // to actBy, negative once past
    MinorUnits arr = 0;
};

struct TodayList
{
    QList<TodayFollowUp> followUps;   // most overdue first
    QList<TodayNotice> notices;       // by deadline, soonest first
    QList<TodayEnded> ended;          // the latest end first
    QList<TodaySilent> silent;        // never touched first, then longest past the cadence
    QList<TodayHealth> health;        // by ARR, largest first (what is at stake)
    QList<TodayMilestone> milestones; // overdue milestones, one per roadmap behind (overdueMilestones())
    QList<TodayStageEntry> stages;    // renewals that entered a stage, by ARR, largest first
    bool isEmpty() const
    {
        return followUps.isEmpty() && notices.isEmpty() && ended.isEmpty() && silent.isEmpty() &&
               health.isEmpty() && milestones.isEmpty() && stages.isEmpty();
    }
};

struct TodayOptions
{
    int noticeWindowDays = 90;
};

// Pure: the same inputs give the same list. Summaries need their derived fields (deriveSummary) as of asOf;
// churned accounts are never silent and their deadlines are not listed. A contract that does not renew
// automatically is listed among the notices by the day it ends (within the same window), and once it has
// ended, among the ended ones until a renewal or a churn is recorded.
TodayList computeToday(const QList<AccountSummary>& summaries, const QList<FollowUpDue>& followUps,
                       const BookSettings& settings, QDate asOf, const TodayOptions& options = {});

// The renewals of the Renewals view's list (RenewalList::upcoming as of asOf) that entered their current
// stage after `since` and on or before asOf (RenewalStages::firstDay), largest ARR first. Today passes the
// business day before asOf as `since`, so that a stage entered over a weekend or a holiday is not missed.
QList<TodayStageEntry> renewalsEnteringStages(const QList<UpcomingRenewal>& renewals, QDate since,
                                              QDate asOf);

} // namespace csm
