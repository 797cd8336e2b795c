#include "ui/health/HealthSentences.h"

#include "item/DisplayLabels.h"

#include <QLocale>

namespace csm {

namespace {

QString num(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0);
}

} // namespace

QString HealthSentences::factorName(HealthFactor f)
{
    switch (f) {
    case HealthFactor::Adoption:
        return tr("Adoption");
    case HealthFactor::UsageTrend:
        return tr("Usage trend");
    case HealthFactor::Engagement:
        return tr("Engagement");
    case HealthFactor::Sentiment:
        return tr("Sentiment");
    case HealthFactor::Nps:
        return tr("NPS");
    case HealthFactor::Onboarding:
        return tr("Onboarding");
    }
    return {};
}

QString HealthSentences::factor(HealthFactor f, const HealthExplanation& e, const HealthInputs& in,
                                const HealthModel& model, QDate asOf)
{
    const HealthFactorResult& r = e.factor(f);
    const QString head = tr("%1 %2 of 100").arg(factorName(f), num(r.score, 0));
    QString why;
    switch (f) {
    case HealthFactor::Adoption:
        why = tr("%1 active users a day on average over the last 30 days, for %n seat(s) (%2 %)", nullptr,
                 in.seats)
                  .arg(num(in.recentUsageSum / std::max(1, in.recentUsageDays)), percent(r.input));
        break;
    case HealthFactor::UsageTrend:
        why = tr("%1 active users a day over the last 30 days against %2 over the 30 days before (%3 %)")
                  .arg(num(in.recentUsageSum / std::max(1, in.recentUsageDays)),
                       num(in.priorUsageSum / std::max(1, in.priorUsageDays)), percent(r.input));
        break;
    case HealthFactor::Engagement: {
        const int days = int(in.lastCustomerTouch.daysTo(asOf));
        why = tr("last customer touch %n day(s) ago; the %1 cadence is %2 days", nullptr, days)
                  .arg(Labels::touchModel(in.touchModel))
                  .arg(model.cadenceDays(in.touchModel));
        break;
    }
    case HealthFactor::Sentiment:
        why = tr("mean sentiment %1 over the latest %n customer touch(es) with one in the last 180 days",
                 nullptr, in.sentimentCount)
                  .arg(num(r.input, 2));
        break;
    case HealthFactor::Nps:
        why = tr("account NPS %1 from %n response(s) in the last 365 days", nullptr, in.npsResponses)
                  .arg(num(r.input, 0)) +
              tr(" (%1 promoters, %2 detractors)").arg(in.npsPromoters).arg(in.npsDetractors);
        break;
    case HealthFactor::Onboarding:
        why = tr("%1 of %n due milestone(s) done on time or skipped", nullptr, in.milestonesDue)
                  .arg(in.milestonesOnTime);
        break;
    }
    return tr("%1: %2.").arg(head, why);
}

QString HealthSentences::contribution(const HealthFactorResult& r)
{
    return tr("Weight %1, %2 % of the score: %3 points.")
        .arg(num(r.weight, 0), percent(r.effectiveWeight), num(r.contribution));
}

QString HealthSentences::dropped(HealthFactor f, const HealthInputs& in)
{
    QString need;
    switch (f) {
    case HealthFactor::Adoption:
        need =
            in.seats <= 0 ? tr("the account has no seats") : tr("no active-user values in the last 30 days");
        break;
    case HealthFactor::UsageTrend:
        need = tr("it needs active-user values in both 30-day windows and a prior mean above zero");
        break;
    case HealthFactor::Engagement:
        need = tr("no customer touch yet");
        break;
    case HealthFactor::Sentiment:
        need = tr("no customer touch with a sentiment in the last 180 days");
        break;
    case HealthFactor::Nps:
        need = tr("no NPS response in the last 365 days");
        break;
    case HealthFactor::Onboarding:
        need = tr("no milestone of an active roadmap is due yet");
        break;
    }
    return tr("%1: no data (%2). Left out; the other factors' weights count for more.")
        .arg(factorName(f), need);
}

} // namespace csm
