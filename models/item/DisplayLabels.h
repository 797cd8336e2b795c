#pragma once

// Translated display names of the domain's enums (the stable codes are in Entities.h: toCode()).

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QString>

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
};

} // namespace csm
