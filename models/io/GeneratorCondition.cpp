#include "GeneratorCondition_p.h"

#include <algorithm>
#include <cstdlib>

namespace csm::io {

void AccountCondition::clear()
{
    m_runs.clear();
    m_declines.clear();
    m_dips.clear();
    m_trendStart = m_trendEnd = 0;
    m_trendFrom = m_trendTo = 1;
}

void AccountCondition::addActiveRun(qint64 from, qint64 to)
{
    m_runs.push_back({from, to});
}

void AccountCondition::setUsageTrend(qint64 startDay, qint64 endDay, double from, double to)
{
    m_trendStart = startDay;
    m_trendEnd = std::max(endDay, startDay + 1);
    m_trendFrom = from;
    m_trendTo = to;
}

void AccountCondition::addDecline(qint64 startDay, qint64 bottomDay, qint64 untilDay, double floor)
{
    m_declines.push_back({startDay, std::max(bottomDay, startDay + 1), untilDay, floor});
}

void AccountCondition::addDip(qint64 centreDay, int halfWidth, double depth)
{
    m_dips.push_back({centreDay, std::max(1, halfWidth), depth});
}

bool AccountCondition::isActive(qint64 day) const
{
    return std::any_of(m_runs.begin(), m_runs.end(),
                       [day](const Run& r) { return day >= r.from && day < r.to; });
}

double AccountCondition::wellbeing(qint64 day) const
{
    if (!isActive(day))
        return 0;
    double w = 1;
    for (const Decline& d : m_declines) {
        if (day < d.start || day >= d.until)
            continue;
        const double t = day >= d.bottom ? 1.0 : double(day - d.start) / double(d.bottom - d.start);
        w *= 1 - (1 - d.floor) * t;
    }
    for (const Dip& d : m_dips) {
        const qint64 off = std::llabs(day - d.centre);
        if (off < d.halfWidth)
            w *= 1 - d.depth * (1 - double(off) / d.halfWidth);
    }
    return w;
}

double AccountCondition::usageLevel(qint64 day) const
{
    const double w = wellbeing(day);
    if (w <= 0)
        return 0;
    double trend = m_trendFrom;
    if (day >= m_trendEnd)
        trend = m_trendTo;
    else if (day > m_trendStart)
        trend = m_trendFrom +
                (m_trendTo - m_trendFrom) * double(day - m_trendStart) / double(m_trendEnd - m_trendStart);
    return trend * w;
}

} // namespace csm::io
