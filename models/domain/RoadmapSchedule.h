#pragma once

// Onboarding roadmaps on the book's business-day calendar (issue 15, DESIGN §4): applying a template with a
// kickoff date, re-planning when the kickoff moves, moving a milestone by hand, and the milestone's state
// changes. Undo is the caller's: each function changes the roadmap it is given and nothing else.

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/IdSource.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace csm {

// Something the screen should tell the user about a schedule it just made: the plan is made anyway.
struct ScheduleNote
{
    enum class Kind
    {
        KickoffNotBusinessDay, // day 0 is the next business day
        OutsideCalendar,       // due dates past the years the public holiday list covers
    };
    Kind kind = Kind::KickoffNotBusinessDay;
    QDate kickoff;
    QDate dayZero;       // KickoffNotBusinessDay: the first business day on or after the kickoff
    QString holidayName; // KickoffNotBusinessDay: the holiday's name; empty for a Saturday or Sunday
    QDate calendarFirst; // OutsideCalendar: the range the public list covers
    QDate calendarLast;
    QList<int> milestones; // OutsideCalendar: indexes into the roadmap's milestones

    QString message() const; // translated
};

// A roadmap made from a template, not yet saved.
struct PlannedRoadmap
{
    Roadmap roadmap;
    QList<ScheduleNote> notes;
};

// What re-planning did, by milestone index.
struct Replan
{
    QList<int> moved;      // open milestones given the date their offset gives from the new kickoff
    QList<int> keptClosed; // done or skipped: history stays as it was
    QList<int> keptByHand; // open, with a date the user chose
    QList<ScheduleNote> notes;
};

struct ReplanOptions
{
    // Also re-plan open milestones whose date was moved by hand (they lose the mark).
    bool includeMovedByHand = false;
};

enum class MilestoneAction
{
    Start,    // planned -> in progress, with the day it started
    Complete, // planned, in progress or blocked -> done, with the day it was done
    Block,    // planned or in progress -> blocked, with a reason
    Unblock,  // blocked -> in progress when it had started, planned otherwise
    Skip,     // planned, in progress or blocked -> skipped
    Reopen,   // done or skipped -> in progress when it had started, planned otherwise
};

struct MilestoneChange
{
    MilestoneAction action = MilestoneAction::Start;
    QDate on;       // Start, Complete
    QString reason; // Block
};

class RoadmapSchedule
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapSchedule)
public:
    // The template's live milestones in plan order, each due kickoff + its offset in business days
    // (dates::addBusinessDays): titles, owner sides, success criteria, offsets, the first-value mark and the
    // template milestone ids are copied, so a later edit of the template changes nothing here. Refused for
    // a template that cannot be applied (RoadmapTemplates::checkApplicable) or an invalid kickoff.
    static Result<PlannedRoadmap> apply(const RoadmapTemplate& t, const Id& accountId, QDate kickoff,
                                        const dates::HolidayCalendar& calendar, const IdSource& newId);

    // Moves the kickoff and the open milestones with it (from their own offsets); done and skipped
    // milestones keep their dates, and so do open ones moved by hand unless the options say otherwise.
    // Refused, with the roadmap unchanged, when a milestone was completed before the new kickoff.
    static Result<Replan> replan(Roadmap& r, QDate kickoff, const dates::HolidayCalendar& calendar,
                                 const ReplanOptions& options = {});

    // A due date chosen by the user: marks the milestone moved by hand. Only for open milestones, on or
    // after the kickoff.
    static Status move(Roadmap& r, int milestone, QDate due);
    // Back to the date its offset gives, without the moved-by-hand mark.
    static Status resetToPlan(Roadmap& r, int milestone, const dates::HolidayCalendar& calendar);

    static bool isAllowed(MilestoneStatus from, MilestoneAction action);
    // Applies a state change. A completion lies between the kickoff and today and not before the start; a
    // start is not after today (preparation may start before the kickoff meeting); a block needs a reason.
    // The milestone is unchanged when refused.
    static Status change(Milestone& m, const MilestoneChange& c, QDate kickoff, QDate today);

private:
    static QList<ScheduleNote> notesFor(const Roadmap& r, const QList<int>& scheduled,
                                        const dates::HolidayCalendar& calendar);
};

} // namespace csm
