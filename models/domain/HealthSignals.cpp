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

bool isHealthDrop(std::optional<double> score, std::optional<double> scoreBefore, const HealthModel& model)
{
    // Both scores have one decimal: the tolerance keeps a drop of exactly the threshold a drop.
    return score && scoreBefore && *scoreBefore - *score >= model.dropPoints - 1e-9;
}

bool isRedRenewal(std::optional<HealthBand> band, QDate renewal, QDate asOf)
{
    if (band != HealthBand::Red || !renewal.isValid())
        return false;
    const int days = int(asOf.daysTo(renewal));
    return days >= 0 && days <= kRedRenewalWindowDays;
}

HealthSignals healthSignals(const HealthExplanation& now, const HealthInputs& in,
                            std::optional<double> scoreBefore, QDate renewal, const HealthModel& model,
                            QDate asOf)
{
    HealthSignals s;
    s.scoreBefore = scoreBefore;
    if (now.score && scoreBefore)
        s.drop = *scoreBefore - *now.score;
    s.healthDrop = isHealthDrop(now.score, scoreBefore, model);

    s.q = engagementQ(in, model, asOf);
    s.silent = !s.q || *s.q > 1;

    if (renewal.isValid()) {
        const int days = int(asOf.daysTo(renewal));
        s.daysToRenewal = days;
        s.redRenewal = isRedRenewal(now.band, renewal, asOf);
    }
    return s;
}

} // namespace csm
