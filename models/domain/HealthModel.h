#pragma once

// The health model of DESIGN §5 as a value: factor weights, cadences per touch model, band thresholds, the
// drop threshold and the version that every score written with it carries. The engine (HealthEngine.h) scores
// with it; a book keeps one in its settings.

#include "domain/Entities.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace csm {

struct BookSettings;

// The six factors, in the order of DESIGN §5. Their codes (toCode) name them in the book file and JSON.
enum class HealthFactor
{
    Adoption,
    UsageTrend,
    Engagement,
    Sentiment,
    Nps,
    Onboarding
};
inline constexpr int kHealthFactorCount = 6;
inline constexpr std::array<HealthFactor, kHealthFactorCount> kHealthFactors = {
    HealthFactor::Adoption,  HealthFactor::UsageTrend, HealthFactor::Engagement,
    HealthFactor::Sentiment, HealthFactor::Nps,        HealthFactor::Onboarding};

QString toCode(HealthFactor f); // adoption, usage_trend, engagement, sentiment, nps, onboarding
template <> std::optional<HealthFactor> fromCode<HealthFactor>(const QString& code);

struct HealthModel
{
    Q_DECLARE_TR_FUNCTIONS(HealthModel)

public:
    // Bumped whenever a book saves a changed model, so that every snapshot says which model made it.
    int version = 1;
    // Indexed by HealthFactor. Relative: the engine divides by the sum over the factors that have data.
    std::array<double, kHealthFactorCount> weights = {25, 15, 20, 15, 15, 10};
    // The longest gap between customer touches each touch model allows, in days (engagement's q = days /
    // cadence); indexed by TouchModel: high, low, tech.
    std::array<int, 3> cadences = {14, 30, 90};
    double greenMin = 70;   // green at or above
    double yellowMin = 40;  // yellow at or above, below greenMin; red below
    double dropPoints = 15; // the health-drop signal: fell this much or more against 30 days earlier

    double weight(HealthFactor f) const { return weights[std::size_t(f)]; }
    void setWeight(HealthFactor f, double w) { weights[std::size_t(f)] = w; }
    int cadenceDays(TouchModel m) const { return cadences[std::size_t(m)]; }
    void setCadenceDays(TouchModel m, int days) { cadences[std::size_t(m)] = days; }
    // The band of a score as kept (one decimal; see roundHealthScore).
    HealthBand band(double score) const
    {
        return score >= greenMin    ? HealthBand::Green
               : score >= yellowMin ? HealthBand::Yellow
                                    : HealthBand::Red;
    }

    // The model a book's settings describe, version included.
    static HealthModel fromSettings(const BookSettings& settings);
    void applyTo(BookSettings& settings) const;

    // Field name -> translated message; empty when the engine can score with this model. Keys:
    // "weight_<factor code>", "weights" (all zero), "cadence_high", "cadence_low", "cadence_tech",
    // "green_min", "yellow_min", "drop_points", "version".
    FieldErrors validate() const;

    // The same model apart from the version: whether saving it would change any score.
    bool sameRulesAs(const HealthModel& other) const;
    friend bool operator==(const HealthModel&, const HealthModel&) = default;
};

} // namespace csm
