#pragma once

// Names the charts give to segments and bands (private to ui/charts).

#include "domain/Entities.h"
#include "domain/Segmentation.h"
#include "item/DisplayLabels.h"

#include <QCoreApplication>

#include <optional>

namespace csm {

class ChartNames
{
    Q_DECLARE_TR_FUNCTIONS(ChartNames)
public:
    static QString segment(Segment s)
    {
        return s == Segment::All ? tr("Whole book") : Labels::touchModel(TouchModel(int(s)));
    }
    static QString band(std::optional<HealthBand> b) { return b ? Labels::healthBand(*b) : Labels::noData(); }
    static QString ownerSide(OwnerSide side)
    {
        return side == OwnerSide::Vendor ? tr("Vendor") : tr("Customer");
    }
    static QString milestoneStatus(MilestoneStatus status)
    {
        switch (status) {
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
};

inline QString segmentName(Segment s)
{
    return ChartNames::segment(s);
}

} // namespace csm
