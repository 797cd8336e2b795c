#include "domain/Today.h"

#include "domain/HealthSignals.h"

#include <QHash>

#include <algorithm>

namespace csm {

TodayList computeToday(const QList<AccountSummary>& summaries, const QList<FollowUpDue>& followUps,
                       const BookSettings& settings, QDate asOf, const TodayOptions& options)
{
    TodayList list;

    QHash<Id, MinorUnits> arrOf;
    arrOf.reserve(summaries.size());
    for (const AccountSummary& s : summaries)
        arrOf.insert(s.id, s.arr);
    for (const FollowUpDue& f : followUps) {
        if (!f.dueOn.isValid() || f.dueOn > asOf)
            continue;
        list.followUps.append({f, int(f.dueOn.daysTo(asOf)), arrOf.value(f.accountId)});
    }
    std::stable_sort(list.followUps.begin(), list.followUps.end(),
                     [](const TodayFollowUp& a, const TodayFollowUp& b) {
                         if (a.followUp.dueOn != b.followUp.dueOn)
                             return a.followUp.dueOn < b.followUp.dueOn;
                         return a.followUp.accountName < b.followUp.accountName;
                     });

    const HealthModel health = HealthModel::fromSettings(settings);
    for (const AccountSummary& s : summaries) {
        if (s.stage == LifecycleStage::Churned)
            continue;
        if (isHealthDrop(s.healthScore, s.healthScoreBefore, health))
            list.health.append(
                {TodayHealth::Kind::Drop, s.id, s.name, *s.healthScore, s.healthScoreBefore, {}, 0, s.arr});
        if (isRedRenewal(s.healthBand, s.renewalDate, asOf))
            list.health.append({TodayHealth::Kind::RedRenewal, s.id, s.name, s.healthScore.value_or(0),
                                std::nullopt, s.renewalDate, int(asOf.daysTo(s.renewalDate)), s.arr});
        if (s.noticeDeadline.isValid()) {
            const int left = int(asOf.daysTo(s.noticeDeadline));
            if (left >= 0 && left <= options.noticeWindowDays)
                list.notices.append({s.id, s.name, s.noticeDeadline, s.renewalDate, left, s.arr, false});
        } else if (s.endsWithoutRenewal()) {
            const int left = int(asOf.daysTo(s.renewalDate));
            if (left >= 0 && left <= options.noticeWindowDays)
                list.notices.append({s.id, s.name, s.renewalDate, s.renewalDate, left, s.arr, true});
        }
        if (s.contractEndedOn.isValid() && !s.contractEndDecided)
            list.ended.append({s.id, s.name, s.contractEndedOn, int(s.contractEndedOn.daysTo(asOf)), s.arr});
        const TouchModel model =
            s.touchModelOverride ? *s.touchModelOverride : settings.touchModelForArr(s.arr);
        const int cadence = settings.cadenceDays(model);
        if (!s.lastCustomerTouch.isValid() || s.lastCustomerTouch > asOf) {
            // A touch dated after asOf says nothing about silence on asOf; treat it as never touched then.
            if (!s.lastCustomerTouch.isValid())
                list.silent.append({s.id, s.name, model, cadence, QDate(), -1, s.arr});
            continue;
        }
        const int since = int(s.lastCustomerTouch.daysTo(asOf));
        if (since > cadence)
            list.silent.append({s.id, s.name, model, cadence, s.lastCustomerTouch, since, s.arr});
    }

    std::stable_sort(list.notices.begin(), list.notices.end(),
                     [](const TodayNotice& a, const TodayNotice& b) {
                         if (a.noticeDeadline != b.noticeDeadline)
                             return a.noticeDeadline < b.noticeDeadline;
                         return a.arr > b.arr;
                     });
    std::stable_sort(list.ended.begin(), list.ended.end(), [](const TodayEnded& a, const TodayEnded& b) {
        if (a.endedOn != b.endedOn)
            return a.endedOn > b.endedOn;
        return a.arr > b.arr;
    });
    // Never touched first; then by how far past the cadence, relative to it (a high-touch account 28 days
    // silent on a 14-day cadence comes before a tech-touch one 100 days silent on 90); then by ARR.
    std::stable_sort(list.silent.begin(), list.silent.end(), [](const TodaySilent& a, const TodaySilent& b) {
        const bool neverA = a.daysSilent < 0;
        const bool neverB = b.daysSilent < 0;
        if (neverA != neverB)
            return neverA;
        if (!neverA) {
            const double qa = double(a.daysSilent) / std::max(1, a.cadenceDays);
            const double qb = double(b.daysSilent) / std::max(1, b.cadenceDays);
            if (qa != qb)
                return qa > qb;
        }
        return a.arr > b.arr;
    });
    std::stable_sort(list.health.begin(), list.health.end(),
                     [](const TodayHealth& a, const TodayHealth& b) { return a.arr > b.arr; });
    return list;
}

QList<TodayStageEntry> renewalsEnteringStages(const QList<UpcomingRenewal>& renewals, QDate since, QDate asOf)
{
    QList<TodayStageEntry> out;
    for (const UpcomingRenewal& r : renewals) {
        const RenewalStage stage = r.countdown.stage;
        if (stage == RenewalStage::Later)
            continue;
        const QDate entered = RenewalStages::firstDay(stage, r.point.actBy());
        if (!entered.isValid() || entered <= since || entered > asOf)
            continue;
        out.append({r.contract.accountId, r.contract.accountName, stage, entered, r.point.actBy(),
                    r.point.renewalDate, !r.point.noticeDeadline.isValid(), r.countdown.daysToNotice,
                    r.contract.arr});
    }
    std::stable_sort(out.begin(), out.end(), [](const TodayStageEntry& a, const TodayStageEntry& b) {
        if (a.arr != b.arr)
            return a.arr > b.arr;
        if (a.actBy != b.actBy)
            return a.actBy < b.actBy;
        return a.accountName < b.accountName;
    });
    return out;
}

} // namespace csm
