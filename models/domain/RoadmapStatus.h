#pragma once

// Where a roadmap stands on a day (issue 15): on track, behind, stuck or done; completion; time to first
// value; the next milestone; and the onboarding factor's counts that the health engine reads (DESIGN §5),
// so that the Roadmaps view and the health score apply one rule to the same milestones.

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/Settings.h"

#include <QDate>

#include <optional>
#include <span>

namespace csm {

// What status and health need of a milestone: small, so a book's milestones can be read into one array.
struct MilestoneFacts
{
    QDate due;
    QDate completed; // invalid unless done
    MilestoneStatus status = MilestoneStatus::Planned;
    bool firstValue = false;

    static MilestoneFacts of(const Milestone& m)
    {
        return {m.dueOn, m.completedOn.value_or(QDate()), m.status, m.firstValue};
    }
};

// Planned, in progress or blocked.
constexpr bool isOpenMilestone(MilestoneStatus s)
{
    return s != MilestoneStatus::Done && s != MilestoneStatus::Skipped;
}

enum class RoadmapState
{
    OnTrack, // nothing overdue (also a roadmap not started yet, or one without milestones)
    Behind,  // an open milestone is past its due date
    Stuck,   // an open milestone is more than the threshold of business days past its due date
    Done,    // every milestone done or skipped
};

// "on_track", "behind", "stuck", "done" (report JSON)
QString roadmapStateCode(RoadmapState s);

struct RoadmapStatusOptions
{
    int stuckAfterBusinessDays = 10; // a book setting

    static RoadmapStatusOptions forSettings(const BookSettings& s) { return {s.stuckAfterBusinessDays}; }
};

struct TimeToFirstValue
{
    QDate reachedOn;      // completion of the first-value milestone
    int businessDays = 0; // business days from day 0 (the kickoff, or the first business day after it)
    int calendarDays = 0; // calendar days from the kickoff as entered
};

struct RoadmapProgress
{
    RoadmapState state = RoadmapState::OnTrack;
    int total = 0; // milestones given
    int done = 0;
    int skipped = 0;
    int overdue = 0;            // open milestones due before the as-of day
    int completionPercent = 0;  // (done + skipped) / total, rounded down: 100 only when the roadmap is done
    int nextMilestone = -1;     // the open milestone due first (overdue ones included); -1 when none
    int mostOverdue = -1;       // the open milestone furthest past its due date; -1 when none overdue
    int daysBehind = 0;         // calendar days mostOverdue is past due
    int businessDaysBehind = 0; // business days in (due, as-of] of mostOverdue: what stuck is measured in
    int firstValueMilestone = -1;
    std::optional<TimeToFirstValue> firstValue; // set once the first-value milestone is done
};

// Index of the open milestone due first (ties: the lower index); -1 when none is open. Independent of the
// day.
int nextOpenMilestone(std::span<const MilestoneFacts> milestones);

// The roadmap's state on asOf. Milestones in plan order (their index is what the result refers to), deleted
// ones left out by the caller. A milestone due on asOf is not yet overdue; one completed after asOf counts as
// open on asOf (reports as of a past day).
RoadmapProgress roadmapProgress(QDate kickoff, std::span<const MilestoneFacts> milestones, QDate asOf,
                                const dates::HolidayCalendar& calendar,
                                const RoadmapStatusOptions& options = {});
// The same for a roadmap as storage returns it (its deleted milestones skipped; indexes then count live
// milestones only, in the order given).
RoadmapProgress roadmapProgress(const Roadmap& r, QDate asOf, const dates::HolidayCalendar& calendar,
                                const RoadmapStatusOptions& options = {});

// The onboarding factor of the health score (DESIGN §5): of the milestones due on or before d, how many were
// done on or before their due date or skipped.
struct OnboardingCounts
{
    int due = 0;
    int onTime = 0;

    // Adds one milestone of an active roadmap (the caller leaves out inactive roadmaps and deleted rows).
    void add(const MilestoneFacts& m, QDate d)
    {
        if (!m.due.isValid() || m.due > d)
            return;
        ++due;
        if (m.status == MilestoneStatus::Skipped ||
            (m.status == MilestoneStatus::Done && m.completed.isValid() && m.completed <= m.due))
            ++onTime;
    }
    // 100 × onTime ÷ due, unrounded; no score while nothing is due.
    std::optional<double> score() const
    {
        return due > 0 ? std::optional<double>(100.0 * onTime / due) : std::nullopt;
    }
};

OnboardingCounts onboardingCounts(std::span<const MilestoneFacts> milestones, QDate d);

} // namespace csm
