#include "item/RoadmapLabels.h"

namespace csm {

QString RoadmapLabels::milestoneStatus(MilestoneStatus v)
{
    switch (v) {
    case MilestoneStatus::Planned:
        return tr("Planned");
    case MilestoneStatus::InProgress:
        return tr("In progress");
    case MilestoneStatus::Done:
        return tr("Done");
    case MilestoneStatus::Blocked:
        return tr("Blocked");
    case MilestoneStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString RoadmapLabels::ownerSide(OwnerSide v)
{
    return v == OwnerSide::Customer ? tr("Customer") : tr("Vendor");
}

QString RoadmapLabels::roadmapState(RoadmapState v)
{
    switch (v) {
    case RoadmapState::OnTrack:
        return tr("On track");
    case RoadmapState::Behind:
        return tr("Behind");
    case RoadmapState::Stuck:
        return tr("Stuck");
    case RoadmapState::Done:
        return tr("Done");
    }
    return {};
}

} // namespace csm
