#pragma once

// The reference way to an account's HealthInputs: straight from its rows, by the letter of DESIGN §5. Used to
// update one account after an edit, to back-fill an account's history (read its rows once, then ask for
// any number of dates), and by the tests as the independent check of the aggregates that storage computes in
// bulk for a full recompute.

#include "domain/HealthEngine.h"
#include "domain/HealthHistory.h"

#include <QDate>
#include <QList>

#include <optional>

namespace csm {

struct BookSettings;

// An `active_users` value.
struct HealthUsageSample
{
    QDate date;
    double value = 0;
};

// A customer touch (never an internal note).
struct HealthTouchRow
{
    QDate occurredOn;
    int minuteOfDay = -1;  // -1 when the touch has no time
    qint64 loggedAtMs = 0; // created_at, ms since the epoch (UTC)
    Id id;                 // the last tie-break of the sentiment order
    std::optional<int> sentiment;
};

struct HealthNpsRow
{
    QDate respondedOn;
    int score = 0; // 0 .. 10
};

// A milestone of an active roadmap.
struct HealthMilestoneRow
{
    QDate dueOn;
    std::optional<QDate> completedOn;
    MilestoneStatus status = MilestoneStatus::Planned;
};

struct HealthArrStep
{
    QDate effectiveOn;
    MinorUnits arrAfter = 0;
};

// Everything of one account that its health depends on, whatever the date: live rows only, in any order.
struct HealthAccountRows
{
    int seats = 0;
    std::optional<TouchModel> touchModelOverride;
    MinorUnits currentArr = 0; // the account's ARR now: the touch model's ARR when it has no ARR events
    bool churnedStage = false; // its lifecycle stage is churned: whether it is a customer without ARR events
    QList<HealthArrStep> arr;
    QList<HealthUsageSample> usage;
    // Whether `usage` is in date order, oldest first (whoever fills it says so): a date's windows are then
    // found by binary search instead of a pass over every sample, in the same order, so the sums are the
    // same.
    bool usageInDateOrder = false;
    QList<HealthTouchRow> touches;
    QList<HealthNpsRow> nps;
    QList<HealthMilestoneRow> milestones;
};

// The rows of an account from its entities as the repositories return them: tombstones, other metrics than
// `active_users`, internal notes and the milestones of inactive roadmaps are left out here.
HealthAccountRows healthRowsOf(const Account& account, const QList<ArrEvent>& arrEvents,
                               const QList<UsageMetric>& usage, const QList<Touch>& touches,
                               const QList<NpsResponse>& nps, const QList<Roadmap>& roadmaps);

// The account's ARR on d (DESIGN §3): the ARR after its latest event on or before d (of two on one day, the
// later in the list), 0 before its first event; without any ARR event, its stored ARR.
MinorUnits arrOn(const HealthAccountRows& rows, QDate d);

// Whether the account is a customer on d, for its signals (a churned account has none): its ARR on d is above
// 0; an account without ARR events is one unless its stage is churned (nothing says when it began).
bool isCustomerOn(const HealthAccountRows& rows, QDate d);

// The account's touch model on d: its override, else the segmentation rule on its ARR on d (tech touch while
// it is not a customer: before its first ARR event, or churned).
TouchModel touchModelOn(const HealthAccountRows& rows, const BookSettings& segmentation, QDate d);

// The inputs on asOf. No allocation: call it for many dates over the same rows.
HealthInputs healthInputsAt(const HealthAccountRows& rows, const BookSettings& segmentation, QDate asOf);

// What scoring the account on asOf reads: its inputs on asOf and kHealthTrendDays before, and whether it is a
// customer on asOf.
AccountHealthInputs accountHealthInputs(const Id& accountId, const HealthAccountRows& rows,
                                        const BookSettings& segmentation, QDate asOf);

} // namespace csm
