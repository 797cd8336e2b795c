#pragma once

// Today's overdue milestones (DESIGN §8, issue 15): one line per active roadmap that is behind, saying why.

#include "domain/AccountSummary.h"
#include "domain/Entities.h"
#include "domain/Settings.h"

#include <QDate>
#include <QList>

namespace csm {

struct TodayMilestone
{
    Id accountId;
    QString accountName;
    Id roadmapId;
    Id milestoneId; // the roadmap's most overdue milestone
    QString title;
    OwnerSide owner = OwnerSide::Vendor; // whose move it is
    QDate dueOn;
    MilestoneStatus status = MilestoneStatus::Planned;
    QString blockedReason;
    int daysOverdue = 0;         // calendar days past the due date
    int businessDaysOverdue = 0; // business days in (due, as-of]: what "stuck" is measured in
    bool stuck = false;          // more than the book's threshold
    int moreOverdue = 0;         // other overdue milestones of the same roadmap
    MinorUnits arr = 0;
};

// The roadmaps given (active ones of live accounts, with their live milestones; others are passed over)
// that are behind on asOf: each roadmap's most overdue open milestone (RoadmapStatus's rule), stuck ones
// first, then the most business days overdue, then ARR. Accounts missing from the summaries or churned are
// left out, as on the rest of Today's list.
QList<TodayMilestone> overdueMilestones(const QList<Roadmap>& roadmaps,
                                        const QList<AccountSummary>& summaries, const BookSettings& settings,
                                        QDate asOf);

} // namespace csm
