#include "domain/RoadmapSchedule.h"

#include "domain/RoadmapTemplates.h"

namespace csm {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool isOpen(MilestoneStatus s)
{
    return s != MilestoneStatus::Done && s != MilestoneStatus::Skipped;
}

} // namespace

QString ScheduleNote::message() const
{
    switch (kind) {
    case Kind::KickoffNotBusinessDay:
        if (holidayName.isEmpty()) {
            return RoadmapSchedule::tr("The kickoff %1 falls on a weekend: day 0 of the plan is %2.")
                .arg(iso(kickoff), iso(dayZero));
        }
        return RoadmapSchedule::tr("The kickoff %1 is a holiday (%2): day 0 of the plan is %3.")
            .arg(iso(kickoff), holidayName, iso(dayZero));
    case Kind::OutsideCalendar:
        return RoadmapSchedule::tr(
                   "The holiday calendar covers %1 to %2 only; %n due date(s) outside it count "
                   "weekends and company holidays only.",
                   nullptr, int(milestones.size()))
            .arg(QString::number(calendarFirst.year()), QString::number(calendarLast.year()));
    }
    return {};
}

QList<ScheduleNote> RoadmapSchedule::notesFor(const Roadmap& r, const QList<int>& scheduled,
                                              const dates::HolidayCalendar& calendar)
{
    QList<ScheduleNote> notes;
    const QDate dayZero = dates::nextBusinessDayOnOrAfter(r.kickoffOn, calendar);
    if (dayZero != r.kickoffOn) {
        ScheduleNote n;
        n.kind = ScheduleNote::Kind::KickoffNotBusinessDay;
        n.kickoff = r.kickoffOn;
        n.dayZero = dayZero;
        n.holidayName = calendar.holidayName(r.kickoffOn);
        notes.append(n);
    }
    // Past the public list's last year the calendar knows no public holidays, so addBusinessDays already
    // counts weekends (and company holidays) only there: the plan stands, with a warning.
    const QDate first = calendar.firstDate();
    const QDate last = calendar.lastDate();
    if (first.isValid() && last.isValid()) {
        ScheduleNote n;
        n.kind = ScheduleNote::Kind::OutsideCalendar;
        n.kickoff = r.kickoffOn;
        n.calendarFirst = first;
        n.calendarLast = last;
        for (int i : scheduled) {
            const QDate due = r.milestones.at(i).dueOn;
            if (dayZero < first || due > last)
                n.milestones.append(i);
        }
        if (!n.milestones.isEmpty())
            notes.append(n);
    }
    return notes;
}

Result<PlannedRoadmap> RoadmapSchedule::apply(const RoadmapTemplate& t, const Id& accountId, QDate kickoff,
                                              const dates::HolidayCalendar& calendar, const IdSource& newId)
{
    if (auto st = RoadmapTemplates::checkApplicable(t); !st)
        return st.error();
    if (!kickoff.isValid() || !dates::nextBusinessDayOnOrAfter(kickoff, calendar).isValid()) {
        return Error{Error::Code::InvalidValue, tr("The kickoff date is not a valid date."),
                     QStringLiteral("kickoff"), tr("Enter the kickoff as YYYY-MM-DD.")};
    }
    PlannedRoadmap planned;
    Roadmap& r = planned.roadmap;
    r.id = newId();
    r.accountId = accountId;
    r.templateId = t.id;
    r.name = t.name;
    r.kickoffOn = kickoff;
    r.active = true;
    const QList<TemplateMilestone> steps = liveMilestones(t);
    QList<int> scheduled;
    for (int i = 0; i < steps.size(); ++i) {
        const TemplateMilestone& step = steps.at(i);
        Milestone m;
        m.id = newId();
        m.roadmapId = r.id;
        m.position = i;
        m.title = step.title;
        m.ownerSide = step.ownerSide;
        m.successCriterion = step.successCriterion;
        m.templateMilestoneId = step.id;
        m.offsetBusinessDays = step.offsetBusinessDays;
        m.firstValue = step.firstValue;
        m.dueOn = dates::addBusinessDays(kickoff, step.offsetBusinessDays, calendar);
        if (!m.dueOn.isValid()) {
            return Error{Error::Code::InvalidValue,
                         tr("A due date falls outside the dates the app can count."), step.title,
                         tr("Choose an earlier kickoff or a smaller offset.")};
        }
        r.milestones.append(m);
        scheduled.append(i);
    }
    planned.notes = notesFor(r, scheduled, calendar);
    return planned;
}

Result<Replan> RoadmapSchedule::replan(Roadmap& r, QDate kickoff, const dates::HolidayCalendar& calendar,
                                       const ReplanOptions& options)
{
    if (!kickoff.isValid() || !dates::nextBusinessDayOnOrAfter(kickoff, calendar).isValid()) {
        return Error{Error::Code::InvalidValue, tr("The kickoff date is not a valid date."),
                     QStringLiteral("kickoff"), tr("Enter the kickoff as YYYY-MM-DD.")};
    }
    for (const Milestone& m : r.milestones) {
        if (!m.deleted && m.status == MilestoneStatus::Done && m.completedOn && *m.completedOn < kickoff) {
            return Error{
                Error::Code::InvalidValue,
                tr("\"%1\" was completed on %2, before the new kickoff.").arg(m.title, iso(*m.completedOn)),
                QStringLiteral("kickoff"),
                tr("Choose a kickoff on or before %1, or reopen the milestone first.")
                    .arg(iso(*m.completedOn))};
        }
    }
    // Compute every date first, so that a date out of range leaves the roadmap as it was.
    Replan result;
    QList<QDate> dues(r.milestones.size());
    for (int i = 0; i < r.milestones.size(); ++i) {
        const Milestone& m = r.milestones.at(i);
        if (m.deleted)
            continue;
        if (!isOpen(m.status)) {
            result.keptClosed.append(i);
        } else if (m.movedByHand && !options.includeMovedByHand) {
            result.keptByHand.append(i);
        } else {
            dues[i] = dates::addBusinessDays(kickoff, m.offsetBusinessDays, calendar);
            if (!dues[i].isValid()) {
                return Error{Error::Code::InvalidValue,
                             tr("A due date falls outside the dates the app can count."), m.title,
                             tr("Choose an earlier kickoff.")};
            }
            result.moved.append(i);
        }
    }
    r.kickoffOn = kickoff;
    for (int i : std::as_const(result.moved)) {
        r.milestones[i].dueOn = dues.at(i);
        r.milestones[i].movedByHand = false;
    }
    result.notes = notesFor(r, result.moved, calendar);
    return result;
}

Status RoadmapSchedule::move(Roadmap& r, int milestone, QDate due)
{
    if (milestone < 0 || milestone >= r.milestones.size())
        return Error{Error::Code::NotFound, tr("There is no such milestone."), {}, {}};
    Milestone& m = r.milestones[milestone];
    if (!isOpen(m.status)) {
        return Error{Error::Code::InvalidValue, tr("A done or skipped milestone keeps its due date."),
                     m.title, tr("Reopen the milestone to move it.")};
    }
    if (!due.isValid() || due < r.kickoffOn) {
        return Error{Error::Code::InvalidValue,
                     tr("A milestone cannot be due before the kickoff (%1).").arg(iso(r.kickoffOn)),
                     m.title,
                     {}};
    }
    m.dueOn = due;
    m.movedByHand = true;
    return {};
}

Status RoadmapSchedule::resetToPlan(Roadmap& r, int milestone, const dates::HolidayCalendar& calendar)
{
    if (milestone < 0 || milestone >= r.milestones.size())
        return Error{Error::Code::NotFound, tr("There is no such milestone."), {}, {}};
    Milestone& m = r.milestones[milestone];
    const QDate due = dates::addBusinessDays(r.kickoffOn, m.offsetBusinessDays, calendar);
    if (!due.isValid()) {
        return Error{Error::Code::InvalidValue,
                     tr("A due date falls outside the dates the app can count."),
                     m.title,
                     {}};
    }
    m.dueOn = due;
    m.movedByHand = false;
    return {};
}

bool RoadmapSchedule::isAllowed(MilestoneStatus from, MilestoneAction action)
{
    using S = MilestoneStatus;
    switch (action) {
    case MilestoneAction::Start:
        return from == S::Planned;
    case MilestoneAction::Complete:
    case MilestoneAction::Skip:
        return isOpen(from);
    case MilestoneAction::Block:
        return from == S::Planned || from == S::InProgress;
    case MilestoneAction::Unblock:
        return from == S::Blocked;
    case MilestoneAction::Reopen:
        return !isOpen(from);
    }
    return false;
}

Status RoadmapSchedule::change(Milestone& m, const MilestoneChange& c, QDate kickoff, QDate today)
{
    const auto refuse = [&m](const QString& message, const QString& hint = {}) {
        return Status(Error{Error::Code::InvalidValue, message, m.title, hint});
    };
    if (!isAllowed(m.status, c.action)) {
        switch (c.action) {
        case MilestoneAction::Start:
            return refuse(tr("Only a planned milestone can be started."));
        case MilestoneAction::Complete:
        case MilestoneAction::Skip:
            return refuse(tr("The milestone is already done or skipped."));
        case MilestoneAction::Block:
            return refuse(tr("Only a planned or started milestone can be blocked."));
        case MilestoneAction::Unblock:
            return refuse(tr("The milestone is not blocked."));
        case MilestoneAction::Reopen:
            return refuse(tr("Only a done or skipped milestone can be reopened."));
        }
    }
    const MilestoneStatus resumed = m.startedOn ? MilestoneStatus::InProgress : MilestoneStatus::Planned;
    switch (c.action) {
    case MilestoneAction::Start:
        if (!c.on.isValid() || c.on > today)
            return refuse(tr("A milestone cannot start after today (%1).").arg(iso(today)));
        m.status = MilestoneStatus::InProgress;
        m.startedOn = c.on;
        return {};
    case MilestoneAction::Complete:
        if (!c.on.isValid() || c.on > today)
            return refuse(tr("A milestone cannot be completed after today (%1).").arg(iso(today)));
        if (c.on < kickoff) {
            return refuse(tr("A milestone cannot be completed before the kickoff (%1).").arg(iso(kickoff)),
                          tr("Correct the completion date, or move the kickoff first."));
        }
        if (m.startedOn && c.on < *m.startedOn)
            return refuse(
                tr("A milestone cannot be completed before it started (%1).").arg(iso(*m.startedOn)));
        m.status = MilestoneStatus::Done;
        m.completedOn = c.on;
        m.blockedReason.clear();
        return {};
    case MilestoneAction::Block:
        if (c.reason.trimmed().isEmpty())
            return refuse(tr("Say what blocks the milestone."), tr("The reason is shown on the plan."));
        m.status = MilestoneStatus::Blocked;
        m.blockedReason = c.reason.trimmed();
        return {};
    case MilestoneAction::Unblock:
        m.status = resumed;
        m.blockedReason.clear();
        return {};
    case MilestoneAction::Skip:
        m.status = MilestoneStatus::Skipped;
        m.blockedReason.clear();
        return {};
    case MilestoneAction::Reopen:
        m.status = resumed;
        m.completedOn.reset();
        return {};
    }
    return {};
}

} // namespace csm
