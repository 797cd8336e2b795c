#include "domain/RenewalList.h"

#include "domain/Parallel.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace csm {

std::optional<RecordedForecast> RenewalContract::forecastFor(QDate renewalDate) const
{
    for (const auto& [date, recorded] : forecasts) {
        if (date == renewalDate)
            return recorded;
    }
    return std::nullopt;
}

bool UpcomingRenewal::atRisk() const
{
    const bool unhealthy = contract.healthBand && (*contract.healthBand == HealthBand::Red ||
                                                   *contract.healthBand == HealthBand::Yellow);
    return unhealthy || (recorded && recorded->forecast == RenewalForecast::AtRisk);
}

namespace {

// A contract's renewal that is due within the window, as a small record to sort: the contracts themselves
// (nearly 300 bytes each) are moved into the answer once, in order, after the sort.
struct Due
{
    // The day to act by in the high half, the renewal date in the low one (Julian days): one comparison
    // for both.
    quint64 when = 0;
    // The account name's first 8 UTF-16 code units (0 after its end), in the order the whole names compare
    // in: most ties of one day are decided without reading the names, each in another place in memory.
    std::array<quint64, 2> name{};
    QStringView accountName;
    QStringView contractId;
    qsizetype contract = 0;
    RenewalPoint point;
    RenewalCountdown countdown;
};

quint64 whenOf(const RenewalPoint& point)
{
    return quint64(quint32(point.actBy().toJulianDay())) << 32 | quint32(point.renewalDate.toJulianDay());
}

std::array<quint64, 2> namePrefixOf(QStringView name)
{
    std::array<quint64, 2> prefix{};
    for (qsizetype i = 0; i < 8 && i < name.size(); ++i)
        prefix[std::size_t(i / 4)] |= quint64(name[i].unicode()) << (48 - 16 * (i % 4));
    return prefix;
}

// The list's order: the day to act by, then renewal date, account name and contract id.
bool comesBefore(const Due& a, const Due& b)
{
    if (a.when != b.when)
        return a.when < b.when;
    if (a.name != b.name)
        return a.name < b.name;
    if (const int names = a.accountName.compare(b.accountName); names != 0)
        return names < 0;
    return a.contractId < b.contractId;
}

// The renewals of contracts [from, to) due within the window, sorted.
QList<Due> dueAmong(const QList<RenewalContract>& contracts, qsizetype from, qsizetype to, QDate asOf,
                    int withinDays, const dates::HolidayCalendar& calendar)
{
    QList<Due> due;
    due.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const RenewalContract& c = contracts.at(i);
        if (c.arr <= 0)
            continue;
        const RenewalPoint point = ContractSchedule::current(c.terms, asOf, calendar);
        if (!point.isValid())
            continue;
        const RenewalCountdown countdown = RenewalStages::countdown(point, asOf);
        if (countdown.daysToNotice > withinDays)
            continue;
        due.append(
            {whenOf(point), namePrefixOf(c.accountName), c.accountName, c.contractId, i, point, countdown});
    }
    std::sort(due.begin(), due.end(), comesBefore);
    return due;
}

// How many contracts ahead of the one moved into the answer its successors' memory is asked for.
constexpr qsizetype kAhead = 6;

// Contracts a part of the schedule's work gets on a helper thread: below it one thread does all.
constexpr qsizetype kContractsPerPart = 20'000;

} // namespace

QList<UpcomingRenewal> RenewalList::upcoming(QList<RenewalContract> contracts, QDate asOf, int withinDays,
                                             const dates::HolidayCalendar& calendar)
{
    // The renewal dates and deadlines of 100,000 contracts, their sort and moving each contract into its
    // place are the list's time: each done in parts on the helper threads (domain/Parallel.h), the sorted
    // parts merged.
    const int parts = parallel::partsFor(contracts.size(), kContractsPerPart);
    std::vector<QList<Due>> found(static_cast<std::size_t>(parts));
    parallel::runInParts(contracts.size(), parts, [&](int part, qsizetype from, qsizetype to) {
        found[std::size_t(part)] = dueAmong(contracts, from, to, asOf, withinDays, calendar);
    });
    QList<Due> due = std::move(found.front());
    for (std::size_t p = 1; p < found.size(); ++p) {
        QList<Due> merged;
        merged.reserve(due.size() + found[p].size());
        std::merge(due.cbegin(), due.cend(), found[p].cbegin(), found[p].cend(), std::back_inserter(merged),
                   comesBefore);
        due = std::move(merged);
    }
    // Each contract is moved into its place in the answer once, from all over the contracts' list: each one's
    // cache lines are asked for a few contracts ahead (the moves took twice as long without it).
    RenewalContract* from = contracts.data();
    QList<UpcomingRenewal> out = parallel::buildInParts<UpcomingRenewal>(due.size(), parts, [&](qsizetype k) {
        if (k + kAhead < due.size()) {
            const auto* ahead = reinterpret_cast<const char*>(from + due.at(k + kAhead).contract);
            for (std::size_t line = 0; line < sizeof(RenewalContract); line += 64)
                __builtin_prefetch(ahead + line);
        }
        const Due& d = due.at(k);
        RenewalContract& c = from[d.contract];
        std::optional<RecordedForecast> recorded = c.forecastFor(d.point.renewalDate);
        return UpcomingRenewal{std::move(c), d.point, d.countdown, std::move(recorded)};
    });
    // What is left of the contracts is freed on the helper thread that frees memory, as the view's model
    // frees the list it replaces.
    parallel::releaseLater(std::move(contracts));
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
