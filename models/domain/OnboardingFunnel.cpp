#include "domain/OnboardingFunnel.h"

#include "domain/RoadmapTemplates.h"

#include "Median_p.h"

#include <QSet>
#include <QVarLengthArray>

#include <vector>

namespace csm {

namespace {

// Later kickoff first; then the one made later; then the id, so that the choice never depends on order.
bool isLater(const Roadmap& a, const Roadmap& b)
{
    if (a.kickoffOn != b.kickoffOn)
        return a.kickoffOn > b.kickoffOn;
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

OnboardingFunnel onboardingFunnel(const RoadmapTemplate& t, const QList<Roadmap>& roadmaps)
{
    OnboardingFunnel funnel;
    funnel.templateId = t.id;

    // The latest roadmap of each account, in the order the accounts first appear.
    QHash<Id, qsizetype> latest;
    QList<Id> order;
    for (qsizetype i = 0; i < roadmaps.size(); ++i) {
        const Roadmap& r = roadmaps.at(i);
        if (r.deleted || r.templateId != t.id)
            continue;
        auto it = latest.find(r.accountId);
        if (it == latest.end()) {
            latest.insert(r.accountId, i);
            order.append(r.accountId);
        } else if (isLater(r, roadmaps.at(*it))) {
            *it = i;
        }
    }
    funnel.accounts = order;

    const QList<TemplateMilestone> steps = liveMilestones(t);
    QHash<Id, int> stepOf;
    for (int s = 0; s < steps.size(); ++s) {
        stepOf.insert(steps.at(s).id, s);
        funnel.steps.append({steps.at(s).id, steps.at(s).title, steps.at(s).firstValue, {}, {}, {}, {}});
    }

    for (const Id& accountId : std::as_const(order)) {
        const Roadmap& r = roadmaps.at(latest.value(accountId));
        QVarLengthArray<MilestoneFacts, 32> facts;
        QVarLengthArray<int, 32> factStep;
        for (const Milestone& m : r.milestones) {
            if (m.deleted)
                continue;
            facts.append(MilestoneFacts::of(m));
            factStep.append(stepOf.value(m.templateMilestoneId, -1));
        }
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const int s = factStep.at(i);
            if (s < 0)
                continue; // added by hand, or its step was removed from the template
            FunnelStep& step = funnel.steps[s];
            step.accounts.append(accountId);
            if (facts.at(i).status == MilestoneStatus::Done)
                step.reached.append(accountId);
            else if (facts.at(i).status == MilestoneStatus::Skipped)
                step.skipped.append(accountId);
        }
        const int next = nextOpenMilestone(std::span<const MilestoneFacts>(facts.data(), facts.size()));
        if (next >= 0 && factStep.at(next) >= 0)
            funnel.steps[factStep.at(next)].current.append(accountId);
    }
    return funnel;
}

QList<FirstValueSample> firstValueSamples(const QList<Roadmap>& roadmaps,
                                          const QHash<Id, TouchModel>& touchModels, QDate asOf,
                                          const dates::HolidayCalendar& calendar)
{
    QList<FirstValueSample> samples;
    for (const Roadmap& r : roadmaps) {
        if (r.deleted)
            continue;
        const RoadmapProgress p = roadmapProgress(r, asOf, calendar);
        if (p.firstValue)
            samples.append({r.accountId, touchModels.value(r.accountId, TouchModel::Tech), *p.firstValue});
    }
    return samples;
}

std::array<FirstValueMedian, 4> medianTimeToFirstValue(const QList<FirstValueSample>& samples)
{
    std::array<FirstValueMedian, 4> result;
    std::array<std::vector<int>, 4> business;
    std::array<std::vector<int>, 4> calendar;
    std::array<QSet<Id>, 4> seen;
    for (const FirstValueSample& s : samples) {
        for (const Segment seg : {segmentOf(s.touchModel), Segment::All}) {
            const auto i = std::size_t(seg);
            ++result[i].roadmaps;
            business[i].push_back(s.time.businessDays);
            calendar[i].push_back(s.time.calendarDays);
            if (!seen[i].contains(s.accountId)) {
                seen[i].insert(s.accountId);
                result[i].accounts.append(s.accountId);
            }
        }
    }
    for (std::size_t i = 0; i < result.size(); ++i) {
        result[i].businessDays = detail::medianInPlace(std::span<int>(business[i]));
        result[i].calendarDays = detail::medianInPlace(std::span<int>(calendar[i]));
    }
    return result;
}

} // namespace csm
