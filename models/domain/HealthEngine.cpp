#include "domain/HealthEngine.h"

#include <algorithm>
#include <cmath>

namespace csm {
namespace {

double clampScore(double v)
{
    return std::clamp(v, 0.0, 100.0);
}

// Each factor of DESIGN §5: its input and score, or nothing when its "needs" are not met.
struct Factor
{
    bool hasData = false;
    double input = 0;
    double score = 0;
};

Factor adoption(const HealthInputs& in)
{
    if (in.seats <= 0 || in.recentUsageDays <= 0)
        return {};
    const double ratio = in.recentUsageSum / in.recentUsageDays / in.seats;
    return {true, ratio, clampScore(std::min(1.0, ratio) * 100)};
}

Factor usageTrend(const HealthInputs& in)
{
    if (in.recentUsageDays <= 0 || in.priorUsageDays <= 0 || in.priorUsageSum == 0)
        return {};
    const double r = (in.recentUsageSum / in.recentUsageDays) / (in.priorUsageSum / in.priorUsageDays);
    return {true, r, clampScore(50 + 100 * (r - 1))};
}

Factor engagement(const HealthInputs& in, const HealthModel& model, QDate asOf)
{
    const std::optional<double> q = engagementQ(in, model, asOf);
    if (!q)
        return {};
    return {true, *q, *q <= 1 ? 100.0 : clampScore(100 * (3 - *q) / 2)};
}

Factor sentiment(const HealthInputs& in)
{
    if (in.sentimentCount <= 0)
        return {};
    const double mean = double(in.sentimentSum) / in.sentimentCount;
    return {true, mean, clampScore((mean + 2) * 25)};
}

Factor nps(const HealthInputs& in)
{
    if (in.npsResponses <= 0)
        return {};
    const double score = 100.0 * (in.npsPromoters - in.npsDetractors) / in.npsResponses;
    return {true, score, clampScore((score + 100) / 2)};
}

Factor onboarding(const HealthInputs& in)
{
    if (in.milestonesDue <= 0)
        return {};
    const double share = double(in.milestonesOnTime) / in.milestonesDue;
    return {true, share, clampScore(100 * share)};
}

} // namespace

QList<HealthFactor> HealthExplanation::dropped() const
{
    QList<HealthFactor> list;
    for (HealthFactor f : kHealthFactors) {
        if (!hasData(f))
            list.append(f);
    }
    return list;
}

double roundHealthScore(double score)
{
    return std::floor(score * 10 + 0.5 + 1e-9) / 10;
}

std::optional<double> engagementQ(const HealthInputs& in, const HealthModel& model, QDate asOf)
{
    if (!in.lastCustomerTouch.isValid() || in.lastCustomerTouch > asOf)
        return std::nullopt;
    return double(in.lastCustomerTouch.daysTo(asOf)) / model.cadenceDays(in.touchModel);
}

HealthExplanation scoreHealth(const HealthInputs& in, const HealthModel& model, QDate asOf)
{
    const std::array<Factor, kHealthFactorCount> factors = {
        adoption(in), usageTrend(in), engagement(in, model, asOf), sentiment(in), nps(in), onboarding(in)};

    HealthExplanation e;
    e.modelVersion = model.version;
    double totalWeight = 0;
    double weighted = 0;
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (!factors[i].hasData)
            continue;
        const double w = model.weights[i];
        totalWeight += w;
        weighted += w * factors[i].score;
        HealthFactorResult& r = e.factors[i];
        r.hasData = true;
        r.input = factors[i].input;
        r.score = factors[i].score;
        r.weight = w;
    }
    // Factors with data but all of weight 0 give no weighted mean: no score, as with no data at all.
    if (totalWeight <= 0)
        return e;
    for (HealthFactorResult& r : e.factors) {
        if (!r.hasData)
            continue;
        r.effectiveWeight = r.weight / totalWeight;
        r.contribution = r.effectiveWeight * r.score;
    }
    const double score = roundHealthScore(clampScore(weighted / totalWeight));
    e.score = score;
    e.band = model.band(score);
    return e;
}

} // namespace csm
