#pragma once

// How a generated account is doing over time, from which its usage, how often its CSM gets hold of it, its
// sentiment and its NPS are drawn. Real books show churn coming: usage falls, touches thin out, the mood
// sours in the months before the decision. So most churned renewals here are preceded by a decline, some
// churners look healthy to the end, and some accounts that stay go through a bad patch: a back-test of a
// generated book then has something to find, with noise.

#include <QtGlobal>

#include <limits>
#include <vector>

namespace csm::io {

class AccountCondition
{
public:
    // Days are Julian day numbers.
    void clear();

    // The account is a customer over [from, to) (to: the churn date; max() while it runs).
    void addActiveRun(qint64 from, qint64 to = std::numeric_limits<qint64>::max());
    // Usage level apart from trouble (growing into the product, steady): from `from` up to startDay, then a
    // straight line to `to` on endDay and after.
    void setUsageTrend(qint64 startDay, qint64 endDay, double from, double to);
    // Trouble: wellbeing falls in a straight line from 1 on startDay to `floor` on bottomDay and stays there
    // until untilDay (exclusive), after which it is over (the account left, or recovered).
    void addDecline(qint64 startDay, qint64 bottomDay, qint64 untilDay, double floor);
    // A passing bad patch: wellbeing dips by depth at centreDay, back to normal halfWidth days either side.
    void addDip(qint64 centreDay, int halfWidth, double depth);

    // 1 when all is well, towards 0 in trouble; 0 when not a customer on the day.
    double wellbeing(qint64 day) const;
    // Active users as a share of the account's usual level: the usage trend times wellbeing.
    double usageLevel(qint64 day) const;

private:
    struct Run
    {
        qint64 from;
        qint64 to;
    };
    struct Decline
    {
        qint64 start;
        qint64 bottom;
        qint64 until;
        double floor;
    };
    struct Dip
    {
        qint64 centre;
        int halfWidth;
        double depth;
    };
    bool isActive(qint64 day) const;

    std::vector<Run> m_runs;
    std::vector<Decline> m_declines;
    std::vector<Dip> m_dips;
    qint64 m_trendStart = 0;
    qint64 m_trendEnd = 0;
    double m_trendFrom = 1;
    double m_trendTo = 1;
};

} // namespace csm::io
