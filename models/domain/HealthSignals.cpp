#include "domain/HealthSignals.h"

namespace csm {

QStringList HealthSignals::codes() const
{
    QStringList list;
    if (healthDrop)
        list.append(QStringLiteral("health_drop"));
    if (silent)
        list.append(QStringLiteral("silent"));
    if (redRenewal)
        list.append(QStringLiteral("red_renewal"));
    return list;
}

HealthSignals healthSignals(const HealthExplanation& now, const HealthInputs& in,
                            std::optional<double> scoreBefore, QDate renewal, const HealthModel& model,
                            QDate asOf)
{
    HealthSignals s;
    s.scoreBefore = scoreBefore;
    if (now.score && scoreBefore) {
        s.drop = *scoreBefore - *now.score;
        // Both scores have one decimal: the tolerance keeps a drop of exactly the threshold a drop.
        s.healthDrop = s.drop >= model.dropPoints - 1e-9;
    }

    s.q = engagementQ(in, model, asOf);
    s.silent = !s.q || *s.q > 1;

    if (renewal.isValid()) {
        const int days = int(asOf.daysTo(renewal));
        s.daysToRenewal = days;
        s.redRenewal = now.band == HealthBand::Red && days >= 0 && days <= kRedRenewalWindowDays;
    }
    return s;
}

} // namespace csm
