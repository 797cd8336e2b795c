#pragma once

// The roadmap as a one-page plan for the customer (issue 15 item 5): the account, the roadmap and its
// kickoff, the milestones with the owner on each side, due dates, status and success criteria, completion and
// time to first value, in the language asked for.

#include "domain/Entities.h"
#include "domain/RoadmapStatus.h"
#include "ui/print/PdfDocument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace csm {

struct RoadmapPlanMilestone
{
    QString title;
    OwnerSide ownerSide = OwnerSide::Vendor;
    QString ownerName; // the person who owns it on that side; the side's lead when empty
    QString successCriterion;
    int offsetBusinessDays = 0;
    QDate due;
    std::optional<QDate> completedOn;
    MilestoneStatus status = MilestoneStatus::Planned;
    bool firstValue = false;
    QString blockedReason;

    static RoadmapPlanMilestone of(const Milestone& m);
};

struct RoadmapPlanInput
{
    QDate asOf;
    QString accountName;
    QString vendorName;   // our company as the customer knows it: the header and the owner column
    QString vendorLead;   // our lead (the CSM)
    QString customerLead; // the customer's lead
    QString roadmapName;
    QDate kickoff;
    QList<RoadmapPlanMilestone> milestones; // plan order, deleted ones left out
    RoadmapProgress progress;               // roadmapProgress() on asOf over the same milestones
    ChartPainter timeline;                  // the Gantt chart when there is one; none: left out

    // The roadmap's name, kickoff and live milestones; the caller adds the names and the progress.
    static RoadmapPlanInput of(const Roadmap& roadmap, const RoadmapProgress& progress, QDate asOf);
};

// Adds the plan as a part of its own that fits on one page.
void addRoadmapPlan(PdfDocument& document, const RoadmapPlanInput& input);

// The plan as a PDF file in `language`.
Result<PrintedDocument> printRoadmapPlan(const RoadmapPlanInput& input, const DocumentLanguage& language,
                                         const QString& path, PaperSize paper = defaultPaperSize());

} // namespace csm
