#include "domain/HealthHistory.h"

#include "domain/Dates.h"

namespace csm {

QList<QDate> healthHistoryMondays(QDate today, int weeks)
{
    QList<QDate> mondays;
    if (!today.isValid() || weeks <= 0)
        return mondays;
    const QDate latest = dates::mondayOnOrBefore(today);
    mondays.reserve(weeks);
    for (int i = weeks - 1; i >= 0; --i)
        mondays.append(latest.addDays(-7 * i));
    return mondays;
}

AccountHealthScore scoreAccountHealth(const AccountHealthInputs& in, const HealthModel& model, QDate asOf)
{
    AccountHealthScore s;
    s.now = scoreHealth(in.now, model, asOf);
    s.scoreBefore = scoreHealth(in.before, model, asOf.addDays(-kHealthTrendDays)).score;
    return s;
}

QList<HealthBandChange> healthBandChanges(const QList<AccountHealthInputs>& accounts, const HealthModel& from,
                                          const HealthModel& to, QDate asOf)
{
    QList<HealthBandChange> changes;
    for (const AccountHealthInputs& a : accounts) {
        if (!a.customer)
            continue;
        const HealthExplanation before = scoreHealth(a.now, from, asOf);
        const HealthExplanation after = scoreHealth(a.now, to, asOf);
        if (before.band != after.band)
            changes.append({a.accountId, before.score, before.band, after.score, after.band});
    }
    return changes;
}

QList<BacktestRenewal> scoreBacktestCases(const QList<BacktestCase>& cases, const HealthModel& model)
{
    QList<BacktestRenewal> renewals;
    renewals.reserve(cases.size());
    for (const BacktestCase& c : cases) {
        BacktestRenewal r;
        r.outcome = c.outcome;
        if (c.at90)
            r.score90 = scoreHealth(*c.at90, model, c.renewalDate.addDays(-kBacktestDaysBefore[0])).score;
        if (c.at60)
            r.score60 = scoreHealth(*c.at60, model, c.renewalDate.addDays(-kBacktestDaysBefore[1])).score;
        renewals.append(r);
    }
    return renewals;
}

HealthBacktest backtestHealthModel(const QList<BacktestCase>& cases,
                                   const QList<AccountHealthInputs>& accounts, const HealthModel& model,
                                   QDate asOf)
{
    HealthBandCounts now;
    for (const AccountHealthInputs& a : accounts) {
        if (a.customer)
            now.add(scoreHealth(a.now, model, asOf).band);
    }
    return runHealthBacktest(scoreBacktestCases(cases, model), now, model);
}

} // namespace csm
