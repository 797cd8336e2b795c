#pragma once

// The onboarding panel's numbers (issue 15): how far the accounts on a template have come, milestone by
// milestone, and the median time to first value per touch model. Each number keeps the accounts behind it.

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/RoadmapStatus.h"
#include "domain/Segmentation.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace csm {

struct FunnelStep
{
    Id templateMilestoneId;
    QString title; // the template's current title
    bool firstValue = false;
    QList<Id> accounts; // accounts whose roadmap has this step (a step added to the template later is missing
                        // from roadmaps applied before)
    QList<Id> reached;  // ... done
    QList<Id> skipped;  // ... skipped
    QList<Id> current;  // ... whose next open milestone is this step: where they are now
};

struct OnboardingFunnel
{
    Id templateId;
    QList<Id> accounts;      // accounts with a roadmap from the template
    QList<FunnelStep> steps; // the template's live milestones in plan order
};

// Counts one roadmap per account: the latest one from the template (by kickoff, then creation). Roadmaps of
// other templates and deleted rows are ignored; milestones are matched to steps through the template
// milestone id each roadmap copied, never by title or position.
OnboardingFunnel onboardingFunnel(const RoadmapTemplate& t, const QList<Roadmap>& roadmaps);

struct FirstValueSample
{
    Id accountId;
    TouchModel touchModel = TouchModel::Tech;
    TimeToFirstValue time;
};

struct FirstValueMedian
{
    int roadmaps = 0;                   // samples
    QList<Id> accounts;                 // their accounts, each once
    std::optional<double> businessDays; // median; x.5 for an even count
    std::optional<double> calendarDays;
};

// One sample per roadmap whose first-value milestone was done on or before asOf (an account re-onboarded
// after an upgrade gives two). touchModels: each account's touch model (segmentation); an account missing
// from it counts as tech touch.
QList<FirstValueSample> firstValueSamples(const QList<Roadmap>& roadmaps,
                                          const QHash<Id, TouchModel>& touchModels, QDate asOf,
                                          const dates::HolidayCalendar& calendar);

// Indexed by Segment: high, low, tech and all.
std::array<FirstValueMedian, 4> medianTimeToFirstValue(const QList<FirstValueSample>& samples);

} // namespace csm
