#include "domain/HealthBacktest.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace csm {
namespace {

bool isChurned(RenewalOutcome o)
{
    return o == RenewalOutcome::Churned;
}

std::optional<double> median(std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Mann-Whitney: the rank sum of the retained scores among all, ties given their mean rank. U counts the pairs
// in which the retained account scored higher (ties half), which is the pairs ranked correctly.
std::optional<double> auc(std::vector<std::pair<double, bool>>& scored, int churned, int retained)
{
    if (churned == 0 || retained == 0)
        return std::nullopt;
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    double retainedRankSum = 0;
    std::size_t i = 0;
    while (i < scored.size()) {
        std::size_t j = i;
        int retainedInTie = 0;
        while (j < scored.size() && scored[j].first == scored[i].first) {
            retainedInTie += scored[j].second ? 0 : 1;
            ++j;
        }
        const double meanRank = (double(i + 1) + double(j)) / 2; // ranks i+1 .. j
        retainedRankSum += meanRank * retainedInTie;
        i = j;
    }
    const double u = retainedRankSum - double(retained) * (retained + 1) / 2;
    return u / (double(churned) * retained);
}

BacktestHorizon horizon(const QList<BacktestRenewal>& renewals, int index, const HealthModel& model)
{
    BacktestHorizon h;
    h.daysBefore = kBacktestDaysBefore[std::size_t(index)];
    std::vector<double> churnedScores, retainedScores;
    std::vector<std::pair<double, bool>> all; // score, churned
    for (const BacktestRenewal& r : renewals) {
        if (r.outcome == RenewalOutcome::Pending)
            continue;
        const std::optional<double> score = index == 0 ? r.score90 : r.score60;
        if (!score) {
            ++h.unscored;
            continue;
        }
        const bool churned = isChurned(r.outcome);
        (churned ? churnedScores : retainedScores).push_back(*score);
        all.emplace_back(*score, churned);
        BacktestBand& band = h.bands[std::size_t(model.band(*score))];
        ++band.renewals;
        band.churned += churned ? 1 : 0;
    }
    h.churned = int(churnedScores.size());
    h.retained = int(retainedScores.size());
    h.medianChurned = median(churnedScores);
    h.medianRetained = median(retainedScores);
    h.auc = auc(all, h.churned, h.retained);
    if (h.churned + h.retained > 0)
        h.baseRate = double(h.churned) / (h.churned + h.retained);
    for (BacktestBand& band : h.bands) {
        if (band.renewals == 0)
            continue;
        band.churnRate = double(band.churned) / band.renewals;
        if (h.baseRate && *h.baseRate > 0)
            band.lift = *band.churnRate / *h.baseRate;
    }
    return h;
}

} // namespace

void HealthBandCounts::add(std::optional<HealthBand> band)
{
    if (!band) {
        ++noScore;
        return;
    }
    switch (*band) {
    case HealthBand::Green:
        ++green;
        break;
    case HealthBand::Yellow:
        ++yellow;
        break;
    case HealthBand::Red:
        ++red;
        break;
    }
}

HealthBacktest runHealthBacktest(const QList<BacktestRenewal>& renewals, const HealthBandCounts& now,
                                 const HealthModel& model)
{
    HealthBacktest b;
    b.now = now;
    for (const BacktestRenewal& r : renewals) {
        if (r.outcome == RenewalOutcome::Pending)
            continue;
        ++b.decided;
        if (isChurned(r.outcome))
            ++b.churned;
        else
            ++b.retained;
    }
    b.enoughHistory = b.decided >= kBacktestMinDecided;
    if (!b.enoughHistory)
        return b;

    for (int i = 0; i < int(b.horizons.size()); ++i)
        b.horizons[std::size_t(i)] = horizon(renewals, i, model);

    const auto notGreen = [&](std::optional<double> s) { return s && model.band(*s) != HealthBand::Green; };
    for (const BacktestRenewal& r : renewals) {
        if (!isChurned(r.outcome) || (!r.score90 && !r.score60))
            continue;
        ++b.churnedScored;
        if (notGreen(r.score90) || notGreen(r.score60))
            ++b.churnedNotGreen;
    }
    if (b.churnedScored > 0)
        b.churnedNotGreenShare = double(b.churnedNotGreen) / b.churnedScored;
    if (now.scored() > 0)
        b.greenNowShare = double(now.green) / now.scored();
    return b;
}

} // namespace csm
