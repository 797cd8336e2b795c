#include "domain/RenewalList.h"

#include <algorithm>

namespace csm {

RecordedForecastKey recordedForecastKey(const Id& accountId, QDate renewalDate)
{
    return {accountId, renewalDate.toJulianDay()};
}

bool UpcomingRenewal::atRisk() const
{
    const bool unhealthy = contract.healthBand && (*contract.healthBand == HealthBand::Red ||
                                                   *contract.healthBand == HealthBand::Yellow);
    return unhealthy || (recorded && recorded->forecast == RenewalForecast::AtRisk);
}

QList<UpcomingRenewal> RenewalList::upcoming(const QList<RenewalContract>& contracts,
                                             const RecordedForecasts& forecasts, QDate asOf, int withinDays,
                                             const dates::HolidayCalendar& calendar)
{
    QList<UpcomingRenewal> out;
    for (const RenewalContract& c : contracts) {
        if (c.arr <= 0)
            continue;
        const RenewalPoint point = ContractSchedule::current(c.terms, asOf, calendar);
        if (!point.isValid())
            continue;
        const RenewalCountdown countdown = RenewalStages::countdown(point, asOf);
        if (countdown.daysToNotice > withinDays)
            continue;
        UpcomingRenewal r{c, point, countdown, std::nullopt};
        if (auto it = forecasts.constFind(recordedForecastKey(c.accountId, point.renewalDate));
            it != forecasts.cend())
            r.recorded = it.value();
        out.append(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const UpcomingRenewal& a, const UpcomingRenewal& b) {
        if (a.point.actBy() != b.point.actBy())
            return a.point.actBy() < b.point.actBy();
        if (a.point.renewalDate != b.point.renewalDate)
            return a.point.renewalDate < b.point.renewalDate;
        if (a.contract.accountName != b.contract.accountName)
            return a.contract.accountName < b.contract.accountName;
        return a.contract.contractId < b.contract.contractId;
    });
    return out;
}

ArrAtRisk arrAtRisk(const QList<UpcomingRenewal>& renewals, QDate asOf)
{
    ArrAtRisk risk;
    for (const UpcomingRenewal& r : renewals) {
        if (!r.atRisk())
            continue;
        const qint64 days = asOf.daysTo(r.point.renewalDate);
        if (days <= 90) {
            risk.within90 += r.contract.arr;
            ++risk.accounts90;
        }
        if (days <= 180) {
            risk.within180 += r.contract.arr;
            ++risk.accounts180;
        }
    }
    return risk;
}

int forecastPart(const std::optional<RenewalForecast>& forecast)
{
    return forecast ? int(*forecast) : RenewalMonth::kParts - 1;
}

QList<RenewalMonth> renewalMonths(const QList<UpcomingRenewal>& renewals, QDate asOf, int months)
{
    QList<RenewalMonth> out(months);
    const QDate first(asOf.year(), asOf.month(), 1);
    for (int i = 0; i < months; ++i)
        out[i].month = dates::addMonths(first, i);
    for (const UpcomingRenewal& r : renewals) {
        const QDate d = r.point.renewalDate;
        const int index = (d.year() - first.year()) * 12 + d.month() - first.month();
        if (index < 0 || index >= months)
            continue;
        const int part = forecastPart(r.forecast());
        out[index].arr[part] += r.contract.arr;
        out[index].contracts[part].append(r.contract.contractId);
    }
    return out;
}

} // namespace csm
