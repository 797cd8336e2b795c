#pragma once

// Translated display names of the domain's enums (the stable codes are in Entities.h: toCode()).

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csm {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString touchModel(TouchModel v);
    static QString stage(LifecycleStage v);
    static QString touchKind(TouchKind v);
    static QString direction(Direction v);
    static QString contactRole(ContactRole v);
    static QString arrEventKind(ArrEventKind v);
    static QString healthBand(HealthBand v);
    static QString sentiment(int v); // -2 .. +2
    static QString noData();

    // The trend of a health score against 30 days earlier: 1 up, -1 down, 0 level (it moved less than
    // kTrendPoints); none without both scores. And its arrow: ↑, ↓ or →.
    static constexpr double kTrendPoints = 1.0;
    static std::optional<int> healthTrend(std::optional<double> score, std::optional<double> scoreBefore);
    static QString trendArrow(int trend);
};

} // namespace csm
