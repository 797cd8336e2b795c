#include "ui/charts/RoadmapGanttChart.h"

#include "SegmentNames_p.h"

#include <algorithm>

namespace csm {

namespace {

// Bar thickness as a share of a row, and at most in pixels (a roadmap of three rows has no fat bars).
constexpr double kPlannedShare = 0.6;
constexpr double kActualShare = 0.26;
constexpr double kPlannedMax = 20;
constexpr double kActualMax = 8;

} // namespace

RoadmapGanttChart::RoadmapGanttChart(QWidget* parent) : CsmPlot(parent)
{
    yAxis->setRangeReversed(true);
    setDateAxis(xAxis);

    // Non-business days: day-wide bars over the full height on a hidden axis (0 .. 1), below the grid.
    m_nonBusiness = new QCPBars(xAxis, yAxis2);
    m_nonBusiness->setName(tr("Non-business day"));
    m_nonBusiness->setLayer(shadingLayer());
    m_nonBusiness->setWidth(1);
    m_nonBusiness->setPen(Qt::NoPen);
    m_nonBusiness->setBrush(tint(QColor(0x80, 0x86, 0x8d), 0.2));
    yAxis2->setRange(0, 1);

    m_vendor = makeSpan(tint(ChartPalette::series(0), 0.45), tr("Planned (vendor)"));
    m_customer = makeSpan(tint(ChartPalette::series(2), 0.45), tr("Planned (customer)"));
    m_actual = makeSpan(QColor(0x3c, 0x46, 0x50), tr("Actual"));

    m_firstValue = addGraph();
    m_firstValue->setName(tr("First value"));
    m_firstValue->setLineStyle(QCPGraph::lsNone);
    m_firstValue->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssStar, ChartPalette::series(1).darker(120), 11));
    m_blocked = addGraph();
    m_blocked->setName(ChartNames::milestoneStatus(MilestoneStatus::Blocked));
    m_blocked->setLineStyle(QCPGraph::lsNone);
    const QColor red = ChartPalette::band(HealthBand::Red);
    m_blocked->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(red, 2), Qt::white, 11));

    const QColor todayColor = red.darker(110);
    m_todayLine = new QCPItemStraightLine(this);
    m_todayLine->setPen(QPen(todayColor, 1.5, Qt::DashLine));
    m_todayLabel = new QCPItemText(this);
    m_todayLabel->setText(tr("Today"));
    m_todayLabel->setColor(todayColor);
    m_todayLabel->setFont(font());
    m_todayLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_todayLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_todayLabel->setPadding(QMargins(3, 1, 0, 0));
    m_todayLabel->setBrush(palette().brush(QPalette::Base));
    xAxis->setLabel(tr("Date"));
    // The legend lists the bars first, the shading last.
    m_nonBusiness->removeFromLegend();
    m_nonBusiness->addToLegend();
    setLegendShown(true);
}

RoadmapGanttChart::Span RoadmapGanttChart::makeSpan(const QColor& color, const QString& name)
{
    Span s;
    s.spacer = new QCPBars(yAxis, xAxis);
    s.spacer->setPen(Qt::NoPen);
    s.spacer->setBrush(Qt::NoBrush);
    s.spacer->removeFromLegend();
    s.bar = new QCPBars(yAxis, xAxis);
    s.bar->setName(name);
    s.bar->setBrush(color);
    s.bar->setPen(QPen(color.darker(125), 1));
    for (QCPBars* b : {s.spacer, s.bar}) {
        b->setWidthType(QCPBars::wtAbsolute); // pixels: see fitToSize
        b->setStackingGap(0);
    }
    s.bar->moveAbove(s.spacer);
    return s;
}

void RoadmapGanttChart::fitToSize(QSize size)
{
    const double row = plotAreaFor(size).height() / std::max<qsizetype>(1, m_milestones.size());
    const double planned = std::min(kPlannedMax, row * kPlannedShare);
    const double actual = std::min(kActualMax, row * kActualShare);
    for (const Span* s : {&m_vendor, &m_customer})
        for (QCPBars* b : {s->spacer, s->bar})
            b->setWidth(planned);
    m_actual.spacer->setWidth(actual);
    m_actual.bar->setWidth(actual);
}

void RoadmapGanttChart::setRoadmap(QDate kickoff, const QList<Milestone>& milestones, QDate today,
                                   const dates::HolidayCalendar& calendar)
{
    m_milestones = milestones;
    m_kickoff = kickoff;
    m_today = today;
    const auto clear = [](const Span& s) {
        s.spacer->data()->clear();
        s.bar->data()->clear();
    };
    for (const Span* s : {&m_vendor, &m_customer, &m_actual})
        clear(*s);
    QCPGraphDataContainer blocked;
    QCPGraphDataContainer firstValue;
    QStringList titles;
    QDate first = kickoff.isValid() ? kickoff : today;
    QDate last = today;
    QDate previousDue = kickoff;
    // A bar covers whole days: from the start of its first day to the end of its last.
    const auto addBar = [](const Span& s, int row, QDate from, QDate to) {
        s.spacer->addData(row, dayKey(from));
        s.bar->addData(row, dayKey(to) + 1 - dayKey(from));
    };
    for (int row = 0; row < int(milestones.size()); ++row) {
        const Milestone& m = milestones.at(row);
        titles << m.title;
        if (m.due.isValid()) {
            QDate from = previousDue.isValid() && previousDue < m.due ? previousDue.addDays(1) : m.due;
            if (row == 0 && kickoff.isValid() && kickoff <= m.due)
                from = kickoff;
            addBar(m.owner == OwnerSide::Vendor ? m_vendor : m_customer, row, from, m.due);
            first = std::min(first, from);
            last = std::max(last, m.due);
            previousDue = m.due;
        }
        const QDate actualFrom = m.started.isValid() ? m.started : m.completed;
        if (actualFrom.isValid()) {
            const QDate actualTo = m.completed.isValid() ? m.completed : std::max(today, actualFrom);
            addBar(m_actual, row, actualFrom, actualTo);
            first = std::min(first, actualFrom);
            last = std::max(last, actualTo);
        }
        // Blocked is a state of today, so its mark sits on the today line; first value at the due date.
        if (m.status == MilestoneStatus::Blocked)
            blocked.add(QCPGraphData(dayKey(today) + 0.5, row));
        if (m.firstValue && m.due.isValid())
            firstValue.add(QCPGraphData(dayKey(m.due) + 1, row));
    }
    m_blocked->data()->set(blocked);
    m_firstValue->data()->set(firstValue);

    const QDate from = first.addDays(-3);
    const QDate to = last.addDays(5);
    QCPBarsDataContainer shaded;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!dates::isBusinessDay(d, calendar))
            shaded.add(QCPBarsData(dayKey(d) + 0.5, 1));
    }
    m_nonBusiness->data()->set(shaded);

    m_todayLine->point1->setCoords(dayKey(today) + 0.5, 0);
    m_todayLine->point2->setCoords(dayKey(today) + 0.5, 1);
    m_todayLabel->position->setCoords(dayKey(today) + 0.5, 0);
    m_todayLine->setVisible(today >= from && today <= to);
    m_todayLabel->setVisible(m_todayLine->visible());

    xAxis->setRange(dayKey(from), dayKey(to) + 1);
    setCategoryAxis(yAxis, titles);
    yAxis->setLabel(QString());
    showMessage(milestones.isEmpty() ? tr("This roadmap has no milestones") : QString());
    replot();
}

std::pair<QDate, QDate> RoadmapGanttChart::spanOf(const Span& span, int row)
{
    const auto base = span.spacer->data()->findBegin(row - 0.01, false);
    const auto bar = span.bar->data()->findBegin(row - 0.01, false);
    if (bar == span.bar->data()->constEnd() || qRound(bar->key) != row ||
        base == span.spacer->data()->constEnd())
        return {};
    const double start = base->value;
    return {keyDay(start), keyDay(start + bar->value - 1)};
}

std::pair<QDate, QDate> RoadmapGanttChart::plannedSpan(int row) const
{
    const auto vendor = spanOf(m_vendor, row);
    return vendor.first.isValid() ? vendor : spanOf(m_customer, row);
}

std::pair<QDate, QDate> RoadmapGanttChart::actualSpan(int row) const
{
    return spanOf(m_actual, row);
}

QList<QDate> RoadmapGanttChart::shadedDays() const
{
    QList<QDate> days;
    for (const QCPBarsData& d : *m_nonBusiness->data())
        days << keyDay(d.key);
    return days;
}

int RoadmapGanttChart::rowAt(const QPointF& pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double coord = yAxis->pixelToCoord(pos.y());
    const int row = qRound(coord);
    if (row < 0 || row >= m_milestones.size() || std::abs(coord - row) > 0.45)
        return -1;
    return row;
}

QString RoadmapGanttChart::toolTipAt(const QPointF& pos) const
{
    const int row = rowAt(pos);
    if (row < 0)
        return CsmPlot::toolTipAt(pos);
    const Milestone& m = m_milestones.at(row);
    QStringList lines = {m.title};
    const auto [plannedFrom, plannedTo] = plannedSpan(row);
    if (plannedTo.isValid())
        lines << tr("Planned: %1 – %2").arg(dateText(plannedFrom), dateText(plannedTo));
    if (m.started.isValid() || m.completed.isValid())
        lines << tr("Actual: %1 – %2")
                     .arg(m.started.isValid() ? dateText(m.started) : tr("not recorded"),
                          m.completed.isValid() ? dateText(m.completed) : tr("open"));
    lines << tr("Owner: %1").arg(ChartNames::ownerSide(m.owner));
    QString status = ChartNames::milestoneStatus(m.status);
    if (m.status == MilestoneStatus::Blocked && !m.blockedReason.isEmpty())
        status = tr("%1 (%2)").arg(status, m.blockedReason);
    lines << tr("Status: %1").arg(status);
    if (m.firstValue)
        lines << tr("First value milestone");
    return lines.join(QLatin1Char('\n'));
}

void RoadmapGanttChart::clickAt(const QPointF& pos)
{
    if (const int row = rowAt(pos); row >= 0)
        emit milestoneClicked(m_milestones.at(row).id);
}

} // namespace csm
