#pragma once

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "ui/charts/CsmPlot.h"

#include <QDate>
#include <QList>

namespace csm {

// A roadmap as a Gantt chart (issue 15, the Roadmap tab): a row per milestone with its planned bar (from the
// kickoff or the previous milestone's due date to its own, coloured by owner side) and its actual bar
// (started to completed, or to today while open) inside it; a line at today, non-business days shaded,
// blocked milestones marked. Hover on a row tells its dates, owner side and status; a click hands on its id.
class RoadmapGanttChart : public CsmPlot
{
    Q_OBJECT
public:
    struct Milestone
    {
        Id id;
        QString title;
        QDate due;
        QDate started;   // invalid when not started
        QDate completed; // invalid unless done
        OwnerSide owner = OwnerSide::Vendor;
        MilestoneStatus status = MilestoneStatus::Planned;
        QString blockedReason;
        bool firstValue = false;
    };

    explicit RoadmapGanttChart(QWidget* parent = nullptr);

    // Milestones in plan order (top to bottom). The calendar says which days are shaded. Replots.
    void setRoadmap(QDate kickoff, const QList<Milestone>& milestones, QDate today,
                    const dates::HolidayCalendar& calendar);

    // Planned and actual spans of row i as drawn ([first day, last day]); invalid when there is no bar.
    std::pair<QDate, QDate> plannedSpan(int row) const;
    std::pair<QDate, QDate> actualSpan(int row) const;
    // The days shaded as non-business days.
    QList<QDate> shadedDays() const;
    // The row under pos; -1 when none.
    int rowAt(const QPointF& pos) const;
    QCPGraph* blockedMarks() const { return m_blocked; }

    QString toolTipAt(const QPointF& pos) const override;

signals:
    void milestoneClicked(const csm::Id& id);

protected:
    void clickAt(const QPointF& pos) override;
    void fitToSize(QSize size) override;

private:
    struct Span
    {
        QCPBars* spacer = nullptr; // invisible: from the axis origin to the start
        QCPBars* bar = nullptr;
    };
    Span makeSpan(const QColor& color, const QString& name);
    static std::pair<QDate, QDate> spanOf(const Span& span, int row);

    QList<Milestone> m_milestones;
    QDate m_kickoff;
    QDate m_today;
    Span m_vendor;
    Span m_customer;
    Span m_actual;
    QCPGraph* m_blocked = nullptr;
    QCPGraph* m_firstValue = nullptr;
    QCPBars* m_nonBusiness = nullptr;
    QCPItemStraightLine* m_todayLine = nullptr;
    QCPItemText* m_todayLabel = nullptr;
};

} // namespace csm
