#include "domain/HealthModel.h"

#include "domain/Settings.h"

#include <cmath>

namespace csm {
namespace {

constexpr std::array<QLatin1StringView, kHealthFactorCount> kFactorCodes = {
    QLatin1StringView("adoption"),  QLatin1StringView("usage_trend"), QLatin1StringView("engagement"),
    QLatin1StringView("sentiment"), QLatin1StringView("nps"),         QLatin1StringView("onboarding")};

bool isFiniteIn(double v, double lo, double hi)
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

} // namespace

QString toCode(HealthFactor f)
{
    const auto i = std::size_t(f);
    return i < kFactorCodes.size() ? QString(kFactorCodes[i]) : QString();
}

template <> std::optional<HealthFactor> fromCode<HealthFactor>(const QString& code)
{
    for (std::size_t i = 0; i < kFactorCodes.size(); ++i) {
        if (code == kFactorCodes[i])
            return HealthFactor(i);
    }
    return std::nullopt;
}

HealthModel HealthModel::fromSettings(const BookSettings& s)
{
    HealthModel m;
    m.weights = {s.weightAdoption,  s.weightUsageTrend, s.weightEngagement,
                 s.weightSentiment, s.weightNps,        s.weightOnboarding};
    m.cadences = {s.cadenceHighDays, s.cadenceLowDays, s.cadenceTechDays};
    m.greenMin = s.greenMin;
    m.yellowMin = s.yellowMin;
    m.dropPoints = s.healthDropPoints;
    m.version = s.healthModelVersion;
    return m;
}

void HealthModel::applyTo(BookSettings& s) const
{
    s.weightAdoption = weight(HealthFactor::Adoption);
    s.weightUsageTrend = weight(HealthFactor::UsageTrend);
    s.weightEngagement = weight(HealthFactor::Engagement);
    s.weightSentiment = weight(HealthFactor::Sentiment);
    s.weightNps = weight(HealthFactor::Nps);
    s.weightOnboarding = weight(HealthFactor::Onboarding);
    s.cadenceHighDays = cadenceDays(TouchModel::High);
    s.cadenceLowDays = cadenceDays(TouchModel::Low);
    s.cadenceTechDays = cadenceDays(TouchModel::Tech);
    s.greenMin = greenMin;
    s.yellowMin = yellowMin;
    s.healthDropPoints = dropPoints;
    s.healthModelVersion = version;
}

bool HealthModel::sameRulesAs(const HealthModel& other) const
{
    HealthModel a = *this;
    a.version = other.version;
    return a == other;
}

FieldErrors HealthModel::validate() const
{
    FieldErrors e;
    if (version < 1)
        e.insert(QStringLiteral("version"), tr("The model version must be 1 or more."));

    // Weights are relative; a cap keeps sums and shares well inside double precision.
    constexpr double kMaxWeight = 1000;
    bool anyWeight = false;
    bool badWeight = false;
    for (HealthFactor f : kHealthFactors) {
        const double w = weight(f);
        if (!isFiniteIn(w, 0, kMaxWeight)) {
            e.insert(QStringLiteral("weight_") + toCode(f), tr("A weight must be between 0 and 1000."));
            badWeight = true;
        } else if (w > 0) {
            anyWeight = true;
        }
    }
    if (!anyWeight && !badWeight)
        e.insert(QStringLiteral("weights"), tr("Give at least one factor a weight above 0."));

    for (TouchModel m : {TouchModel::High, TouchModel::Low, TouchModel::Tech}) {
        const int days = cadenceDays(m);
        if (days < 1 || days > 3650)
            e.insert(QStringLiteral("cadence_") + toCode(m),
                     tr("A cadence must be between 1 and 3650 days."));
    }

    if (!isFiniteIn(yellowMin, 0, 100))
        e.insert(QStringLiteral("yellow_min"), tr("The yellow threshold must be between 0 and 100."));
    if (!isFiniteIn(greenMin, 0, 100))
        e.insert(QStringLiteral("green_min"), tr("The green threshold must be between 0 and 100."));
    else if (isFiniteIn(yellowMin, 0, 100) && greenMin <= yellowMin)
        e.insert(QStringLiteral("green_min"),
                 tr("The green threshold (%1) must be above the yellow threshold (%2).")
                     .arg(greenMin)
                     .arg(yellowMin));
    if (!isFiniteIn(dropPoints, 0.1, 100))
        e.insert(QStringLiteral("drop_points"), tr("The drop threshold must be between 0.1 and 100 points."));
    return e;
}

} // namespace csm
