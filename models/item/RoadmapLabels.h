#pragma once

// Translated display names of the roadmap words (issue 15): milestone states, owner sides, roadmap states.

#include "domain/Entities.h"
#include "domain/RoadmapStatus.h"

#include <QCoreApplication>
#include <QString>

namespace csm {

class RoadmapLabels
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapLabels)
public:
    static QString milestoneStatus(MilestoneStatus v);
    static QString ownerSide(OwnerSide v);
    static QString roadmapState(RoadmapState v);
};

} // namespace csm
