#include "domain/RoadmapStatus.h"

#include <QVarLengthArray>

namespace csm {

QString roadmapStateCode(RoadmapState s)
{
    switch (s) {
    case RoadmapState::OnTrack:
        return QStringLiteral("on_track");
    case RoadmapState::Behind:
        return QStringLiteral("behind");
    case RoadmapState::Stuck:
        return QStringLiteral("stuck");
    case RoadmapState::Done:
        return QStringLiteral("done");
    }
    return {};
}

int nextOpenMilestone(std::span<const MilestoneFacts> milestones)
{
    int next = -1;
    for (int i = 0; i < int(milestones.size()); ++i) {
        const MilestoneFacts& m = milestones[i];
        if (isOpenMilestone(m.status) && (next < 0 || m.due < milestones[next].due))
            next = i;
    }
    return next;
}

RoadmapProgress roadmapProgress(QDate kickoff, std::span<const MilestoneFacts> milestones, QDate asOf,
                                const dates::HolidayCalendar& calendar, const RoadmapStatusOptions& options)
{
    RoadmapProgress p;
    p.total = int(milestones.size());
    for (int i = 0; i < p.total; ++i) {
        const MilestoneFacts& m = milestones[i];
        if (m.firstValue && p.firstValueMilestone < 0)
            p.firstValueMilestone = i;
        // As of a day in the past, a milestone done after it was still open then.
        if (m.status == MilestoneStatus::Done && !(m.completed.isValid() && m.completed > asOf)) {
            ++p.done;
            continue;
        }
        if (m.status == MilestoneStatus::Skipped) {
            ++p.skipped;
            continue;
        }
        if (p.nextMilestone < 0 || m.due < milestones[p.nextMilestone].due)
            p.nextMilestone = i;
        if (m.due.isValid() && m.due < asOf) {
            ++p.overdue;
            if (p.mostOverdue < 0 || m.due < milestones[p.mostOverdue].due)
                p.mostOverdue = i;
        }
    }
    if (p.total > 0)
        p.completionPercent = 100 * (p.done + p.skipped) / p.total;

    if (p.mostOverdue >= 0) {
        const QDate due = milestones[p.mostOverdue].due;
        p.daysBehind = int(due.daysTo(asOf));
        p.businessDaysBehind = dates::businessDaysBetween(due, asOf, calendar);
    }
    if (p.total > 0 && p.done + p.skipped == p.total)
        p.state = RoadmapState::Done;
    else if (p.businessDaysBehind > options.stuckAfterBusinessDays)
        p.state = RoadmapState::Stuck;
    else if (p.overdue > 0)
        p.state = RoadmapState::Behind;

    if (p.firstValueMilestone >= 0) {
        const MilestoneFacts& fv = milestones[p.firstValueMilestone];
        if (fv.status == MilestoneStatus::Done && fv.completed.isValid() && fv.completed <= asOf) {
            // Business days count like offsets do, from day 0: reaching it on its planned date with offset N
            // gives N.
            const QDate dayZero = dates::nextBusinessDayOnOrAfter(kickoff, calendar);
            p.firstValue =
                TimeToFirstValue{fv.completed, dates::businessDaysBetween(dayZero, fv.completed, calendar),
                                 int(kickoff.daysTo(fv.completed))};
        }
    }
    return p;
}

RoadmapProgress roadmapProgress(const Roadmap& r, QDate asOf, const dates::HolidayCalendar& calendar,
                                const RoadmapStatusOptions& options)
{
    QVarLengthArray<MilestoneFacts, 32> facts;
    for (const Milestone& m : r.milestones) {
        if (!m.deleted)
            facts.append(MilestoneFacts::of(m));
    }
    return roadmapProgress(r.kickoffOn, std::span<const MilestoneFacts>(facts.data(), facts.size()), asOf,
                           calendar, options);
}

OnboardingCounts onboardingCounts(std::span<const MilestoneFacts> milestones, QDate d)
{
    OnboardingCounts counts;
    for (const MilestoneFacts& m : milestones)
        counts.add(m, d);
    return counts;
}

} // namespace csm
