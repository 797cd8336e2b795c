#include "domain/TodayRoadmaps.h"

#include "domain/RoadmapStatus.h"

#include <QHash>

#include <algorithm>

namespace csm {

QList<TodayMilestone> overdueMilestones(const QList<Roadmap>& roadmaps,
                                        const QList<AccountSummary>& summaries, const BookSettings& settings,
                                        QDate asOf)
{
    QHash<Id, const AccountSummary*> accounts;
    accounts.reserve(summaries.size());
    for (const AccountSummary& s : summaries)
        accounts.insert(s.id, &s);
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    const RoadmapStatusOptions options = RoadmapStatusOptions::forSettings(settings);

    QList<TodayMilestone> lines;
    for (const Roadmap& r : roadmaps) {
        const AccountSummary* account = accounts.value(r.accountId);
        if (r.deleted || !r.active || !account || account->stage == LifecycleStage::Churned)
            continue;
        QList<Milestone> live;
        for (const Milestone& m : r.milestones) {
            if (!m.deleted)
                live.append(m);
        }
        const RoadmapProgress p = roadmapProgress(r, asOf, calendar, options);
        if (p.mostOverdue < 0)
            continue;
        const Milestone& m = live.at(p.mostOverdue);
        lines.append({r.accountId, account->name, r.id, m.id, m.title, m.ownerSide, m.dueOn, m.status,
                      m.status == MilestoneStatus::Blocked ? m.blockedReason : QString(), p.daysBehind,
                      p.businessDaysBehind, p.state == RoadmapState::Stuck, p.overdue - 1, account->arr});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const TodayMilestone& a, const TodayMilestone& b) {
        if (a.stuck != b.stuck)
            return a.stuck;
        if (a.businessDaysOverdue != b.businessDaysOverdue)
            return a.businessDaysOverdue > b.businessDaysOverdue;
        return a.arr > b.arr;
    });
    return lines;
}

} // namespace csm
