#include "domain/HealthRows.h"

#include "domain/Settings.h"

#include <algorithm>
#include <array>

namespace csm {
namespace {

constexpr int kSentimentTouches = 5;

// Latest first: by date, then time (untimed before timed on the same day), then when logged, then id.
bool isLater(const HealthTouchRow& a, const HealthTouchRow& b)
{
    if (a.occurredOn != b.occurredOn)
        return a.occurredOn > b.occurredOn;
    if (a.minuteOfDay != b.minuteOfDay)
        return a.minuteOfDay > b.minuteOfDay;
    if (a.loggedAtMs != b.loggedAtMs)
        return a.loggedAtMs > b.loggedAtMs;
    return a.id > b.id;
}

} // namespace

HealthAccountRows healthRowsOf(const Account& account, const QList<ArrEvent>& arrEvents,
                               const QList<UsageMetric>& usage, const QList<Touch>& touches,
                               const QList<NpsResponse>& nps, const QList<Roadmap>& roadmaps)
{
    static const QString kActiveUsers = QStringLiteral("active_users");
    HealthAccountRows rows;
    rows.seats = account.seats;
    rows.touchModelOverride = account.touchModelOverride;
    rows.currentArr = account.arr;
    rows.churnedStage = account.stage == LifecycleStage::Churned;
    for (const ArrEvent& e : arrEvents) {
        if (!e.deleted)
            rows.arr.append({e.effectiveOn, e.arrAfter});
    }
    for (const UsageMetric& u : usage) {
        if (u.metric == kActiveUsers)
            rows.usage.append({u.date, u.value});
    }
    for (const Touch& t : touches) {
        if (t.deleted || !isCustomerTouch(t.kind))
            continue;
        HealthTouchRow r;
        r.occurredOn = t.occurredOn;
        r.minuteOfDay = t.occurredAt ? t.occurredAt->hour() * 60 + t.occurredAt->minute() : -1;
        r.loggedAtMs = t.createdAt.toMSecsSinceEpoch();
        r.id = t.id;
        r.sentiment = t.sentiment;
        rows.touches.append(r);
    }
    for (const NpsResponse& n : nps) {
        if (!n.deleted)
            rows.nps.append({n.respondedOn, n.score});
    }
    for (const Roadmap& r : roadmaps) {
        if (r.deleted || !r.active)
            continue;
        for (const Milestone& m : r.milestones) {
            if (!m.deleted)
                rows.milestones.append({m.dueOn, m.completedOn, m.status});
        }
    }
    return rows;
}

MinorUnits arrOn(const HealthAccountRows& rows, QDate d)
{
    if (rows.arr.isEmpty())
        return rows.currentArr;
    const HealthArrStep* inForce = nullptr;
    for (const HealthArrStep& s : rows.arr) {
        if (s.effectiveOn <= d && (!inForce || s.effectiveOn >= inForce->effectiveOn))
            inForce = &s;
    }
    return inForce ? inForce->arrAfter : 0;
}

bool isCustomerOn(const HealthAccountRows& rows, QDate d)
{
    return rows.arr.isEmpty() ? !rows.churnedStage : arrOn(rows, d) > 0;
}

TouchModel touchModelOn(const HealthAccountRows& rows, const BookSettings& segmentation, QDate d)
{
    if (rows.touchModelOverride)
        return *rows.touchModelOverride;
    // DESIGN §6 on the ARR on d (§3: the ARR after the latest event on or before d; the later one of a day
    // wins): 0, so tech touch, before the first event and after a churn. No events at all: the stored ARR.
    return segmentation.touchModelForArr(arrOn(rows, d));
}

HealthInputs healthInputsAt(const HealthAccountRows& rows, const BookSettings& segmentation, QDate asOf)
{
    HealthInputs in;
    in.seats = rows.seats;
    in.touchModel = touchModelOn(rows, segmentation, asOf);

    const QDate recentFrom = asOf.addDays(-29);
    const QDate priorFrom = asOf.addDays(-59);
    auto from = rows.usage.cbegin();
    auto to = rows.usage.cend();
    if (rows.usageInDateOrder) {
        from = std::lower_bound(from, to, priorFrom,
                                [](const HealthUsageSample& u, QDate d) { return u.date < d; });
        to = std::upper_bound(from, to, asOf, [](QDate d, const HealthUsageSample& u) { return d < u.date; });
    }
    for (auto it = from; it != to; ++it) {
        const HealthUsageSample& u = *it;
        if (u.date > asOf || u.date < priorFrom)
            continue;
        if (u.date >= recentFrom) {
            in.recentUsageSum += u.value;
            ++in.recentUsageDays;
        } else {
            in.priorUsageSum += u.value;
            ++in.priorUsageDays;
        }
    }

    // The latest touches with a sentiment, latest first, in a fixed array: no allocation per date.
    const QDate sentimentFrom = asOf.addDays(-179);
    std::array<const HealthTouchRow*, kSentimentTouches> latest{};
    int kept = 0;
    for (const HealthTouchRow& t : rows.touches) {
        if (t.occurredOn > asOf)
            continue;
        if (!in.lastCustomerTouch.isValid() || t.occurredOn > in.lastCustomerTouch)
            in.lastCustomerTouch = t.occurredOn;
        if (!t.sentiment || t.occurredOn < sentimentFrom)
            continue;
        int at = kept;
        while (at > 0 && isLater(t, *latest[std::size_t(at - 1)]))
            --at;
        if (at >= kSentimentTouches)
            continue;
        for (int i = std::min(kept, kSentimentTouches - 1); i > at; --i)
            latest[std::size_t(i)] = latest[std::size_t(i - 1)];
        latest[std::size_t(at)] = &t;
        kept = std::min(kept + 1, kSentimentTouches);
    }
    for (int i = 0; i < kept; ++i)
        in.sentimentSum += *latest[std::size_t(i)]->sentiment;
    in.sentimentCount = kept;

    const QDate npsFrom = asOf.addDays(-364);
    for (const HealthNpsRow& n : rows.nps) {
        if (n.respondedOn < npsFrom || n.respondedOn > asOf)
            continue;
        ++in.npsResponses;
        if (n.score >= 9)
            ++in.npsPromoters;
        else if (n.score <= 6)
            ++in.npsDetractors;
    }

    for (const HealthMilestoneRow& m : rows.milestones) {
        if (m.dueOn > asOf)
            continue;
        ++in.milestonesDue;
        const bool doneOnTime =
            m.status == MilestoneStatus::Done && m.completedOn && *m.completedOn <= m.dueOn;
        if (doneOnTime || m.status == MilestoneStatus::Skipped)
            ++in.milestonesOnTime;
    }
    return in;
}

AccountHealthInputs accountHealthInputs(const Id& accountId, const HealthAccountRows& rows,
                                        const BookSettings& segmentation, QDate asOf)
{
    AccountHealthInputs in;
    in.accountId = accountId;
    in.customer = isCustomerOn(rows, asOf);
    in.now = healthInputsAt(rows, segmentation, asOf);
    in.before = healthInputsAt(rows, segmentation, asOf.addDays(-kHealthTrendDays));
    return in;
}

} // namespace csm
