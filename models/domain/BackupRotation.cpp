#include "BackupRotation.h"

#include <algorithm>

namespace csm {
namespace {

// ISO week as one number: a week that spans New Year's Day belongs to the year QDate::weekNumber says.
int isoWeek(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

QList<QDate> backupDaysToKeep(QList<QDate> days, const BackupPolicy& policy)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QDate> kept;
    int weeks = 0;
    int lastWeek = 0;
    for (const QDate& day : std::as_const(days)) {
        if (!day.isValid())
            continue;
        if (kept.size() < policy.daily) {
            kept.append(day);
            lastWeek = isoWeek(day);
            continue;
        }
        // Past the daily ones: the newest day of each further week (days run newest first).
        if (weeks >= policy.weekly)
            break;
        if (const int week = isoWeek(day); week != lastWeek) {
            kept.append(day);
            lastWeek = week;
            ++weeks;
        }
    }
    return kept;
}

} // namespace csm
