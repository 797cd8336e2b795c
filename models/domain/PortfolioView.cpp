#include "domain/PortfolioView.h"

#include "domain/Dates.h"
#include "domain/HealthEngine.h"
#include "domain/HealthModel.h"
#include "domain/Parallel.h"
#include "domain/RetentionKpis.h"

#include <functional>
#include <vector>

namespace csm {
namespace {

constexpr std::size_t kTrendPoints = kPortfolioTrendPoints;
constexpr int kRenewalMonths = 12;

// The trend's day of the month of `day`: the latest Monday on or before its last day.
QDate monthTrendMonday(QDate day)
{
    return dates::mondayOnOrBefore(dates::endOfMonth(day));
}

bool inOwnerScope(const PortfolioSourceAccount& a, const std::optional<QString>& owner)
{
    return !owner || a.owner == *owner;
}

SegmentAssignment segmentOn(const PortfolioSourceAccount& a, const SegmentationRules& rules, MinorUnits arr)
{
    return rules.assign(arr, a.plan, a.industry, a.rows.touchModelOverride);
}

// Scores over a range of accounts, for one part of the parallel split.
struct TrendSums
{
    std::array<std::array<double, 4>, kTrendPoints> sum{};
    std::array<std::array<int, 4>, kTrendPoints> count{};
};

void addTrend(TrendSums& sums, std::span<const PortfolioSourceAccount> accounts, const QList<QDate>& days,
              const BookSettings& settings, const HealthModel& model, const SegmentationRules& rules,
              const std::optional<QString>& owner)
{
    const QDate asOf = days.constLast();
    for (const PortfolioSourceAccount& a : accounts) {
        if (a.deleted || !inOwnerScope(a, owner))
            continue;
        // The rules are assigned again only when the ARR differs from the previous day's (an account's ARR
        // changes on few of the days).
        MinorUnits segmentArr = 0;
        std::size_t segment = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate day = days[i];
            const MinorUnits arr = arrOn(a.rows, day);
            if (arr <= 0)
                continue; // not a customer that day
            const std::optional<double> score =
                a.kept.has(asOf, i) ? a.kept.score(i)
                                    : scoreHealth(healthInputsAt(a.rows, settings, day), model, day).score;
            if (!score)
                continue;
            if (arr != segmentArr) {
                segment = std::size_t(segmentOn(a, rules, arr).touchModel);
                segmentArr = arr;
            }
            const std::size_t seg = segment;
            sums.sum[std::size_t(i)][seg] += *score;
            sums.sum[std::size_t(i)][std::size_t(Segment::All)] += *score;
            ++sums.count[std::size_t(i)][seg];
            ++sums.count[std::size_t(i)][std::size_t(Segment::All)];
        }
    }
}

// Runs fn(part, from, to) over four parts of n items on the helper threads.
constexpr std::size_t kParts = 4;
void inParts(std::size_t n, const std::function<void(std::size_t, std::size_t, std::size_t)>& fn)
{
    std::vector<std::function<void()>> work;
    const std::size_t per = (n + kParts - 1) / kParts;
    for (std::size_t p = 0; p < kParts; ++p) {
        const std::size_t from = std::min(n, p * per);
        const std::size_t to = std::min(n, from + per);
        work.push_back([&fn, p, from, to] { fn(p, from, to); });
    }
    parallel::run(work);
}

// The renewals of the next twelve months of one account, counted in `months` (the view's, or a part's):
// every renewal of the latest contract after the day, by the touch model the account has now (the segment
// that will handle it); a contract that does not renew by itself, up to its end.
void addRenewalMonths(QList<PortfolioRenewalMonth>& months, const PortfolioAccount& p,
                      const ContractTerms& terms, QDate asOf)
{
    const QDate firstMonth = months.constFirst().month;
    const QDate end = firstMonth.addMonths(kRenewalMonths);
    const auto seg = std::size_t(p.touchModel);
    for (int k = ContractSchedule::currentIndex(terms, asOf);; ++k) {
        const QDate date = ContractSchedule::renewalDate(terms, k);
        if (!date.isValid() || date >= end)
            break;
        const int m = (date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month();
        PortfolioRenewalMonth& month = months[m];
        ++month.count[seg];
        month.arr[seg] += p.arr;
        month.ids[seg].append(p.id);
    }
}

// The latest contract's terms (contractTermsOf), none without a contract of some term: worked out once per
// account for its next renewal and its renewals of the next twelve months.
std::optional<ContractTerms> termsOf(const PortfolioSourceAccount& a)
{
    if (!a.contractStart.isValid() || a.termMonths < 1)
        return std::nullopt;
    return contractTermsOf(a);
}

QDate nextRenewalUnder(const std::optional<ContractTerms>& terms, QDate asOf)
{
    return terms ? ContractSchedule::renewalDate(*terms, ContractSchedule::currentIndex(*terms, asOf))
                 : QDate();
}

PortfolioAccount accountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                           const HealthModel& model, const SegmentationRules& rules, QDate asOf,
                           const std::optional<ContractTerms>& terms);

} // namespace

PortfolioRetention portfolioRetention(std::span<const PortfolioSourceAccount> accounts,
                                      const SegmentationRules& rules, const QString& currency, QDate asOf,
                                      const std::optional<QString>& owner)
{
    PortfolioRetention retention;
    retention.period = {asOf.addYears(-1).addDays(1), asOf};
    const QDate before = retention.period.from.addDays(-1);
    RetentionLedger ledger;
    KpiOptions options;
    options.currency = currency;
    options.groupNames = {toCode(TouchModel::High), toCode(TouchModel::Low), toCode(TouchModel::Tech)};
    for (const PortfolioSourceAccount& a : accounts) {
        if (a.deleted || !inOwnerScope(a, owner))
            continue;
        ledger.addAccount();
        for (const HealthArrStep& step : a.rows.arr)
            (void)ledger.addArrEvent(step.effectiveOn, step.arrAfter);
        // Without any ARR event the stored ARR is all there is: as if the account always had it.
        if (a.rows.arr.isEmpty() && a.rows.currentArr > 0)
            (void)ledger.addArrEvent(QDate(1900, 1, 1), a.rows.currentArr);
        options.groupOf.append(qint32(segmentOn(a, rules, arrOn(a.rows, before)).touchModel));
    }
    auto report = RetentionKpis::compute(ledger, retention.period, options);
    if (!report)
        return retention;
    retention.grr[std::size_t(Segment::All)] = report->total.grr();
    retention.nrr[std::size_t(Segment::All)] = report->total.nrr();
    for (qsizetype g = 0; g < report->groups.size() && g < 3; ++g) {
        retention.grr[std::size_t(g)] = report->groups[g].grr();
        retention.nrr[std::size_t(g)] = report->groups[g].nrr();
    }
    return retention;
}

void KeptPortfolioHealth::keep(qsizetype point, std::optional<double> score)
{
    if (point < 0 || point >= kPortfolioTrendPoints)
        return;
    m_kept |= 1U << point;
    m_scores[std::size_t(point)] = score;
}

QList<QDate> portfolioTrendDays(QDate asOf)
{
    QList<QDate> days;
    const QDate firstOfMonth(asOf.year(), asOf.month(), 1);
    for (int back = int(kTrendPoints) - 1; back >= 1; --back)
        days.append(monthTrendMonday(dates::addMonths(firstOfMonth, -back)));
    days.append(asOf);
    return days;
}

bool isPortfolioTrendMonday(QDate day)
{
    return day.isValid() && day == monthTrendMonday(day);
}

ContractTerms contractTermsOf(const PortfolioSourceAccount& a)
{
    Contract latest;
    latest.startDate = a.contractStart;
    latest.termMonths = a.termMonths;
    latest.renewalTermMonths = a.renewalTermMonths;
    latest.autoRenew = a.autoRenew;
    latest.noticeDays = a.noticeDays;
    return ContractTerms::of(latest, a.recorded);
}

QDate nextRenewalOf(const PortfolioSourceAccount& a, QDate asOf)
{
    return nextRenewalUnder(termsOf(a), asOf);
}

PortfolioAccount portfolioAccountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                                    const SegmentationRules& rules, QDate asOf)
{
    return portfolioAccountOn(a, settings, HealthModel::fromSettings(settings), rules, asOf);
}

PortfolioAccount portfolioAccountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                                    const HealthModel& model, const SegmentationRules& rules, QDate asOf)
{
    return accountOn(a, settings, model, rules, asOf, termsOf(a));
}

namespace {

PortfolioAccount accountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                           const HealthModel& model, const SegmentationRules& rules, QDate asOf,
                           const std::optional<ContractTerms>& terms)
{
    PortfolioAccount p;
    p.id = a.id;
    p.owner = a.owner;
    p.arr = arrOn(a.rows, asOf);
    p.active = !a.deleted && p.arr > 0;
    p.touchModel = segmentOn(a, rules, p.arr).touchModel;
    if (constexpr qsizetype day = kPortfolioTrendPoints - 1; a.kept.has(asOf, day)) {
        p.healthScore = a.kept.score(day);
        if (p.healthScore)
            p.healthBand = model.band(*p.healthScore);
        p.lastCustomerTouch = a.lastCustomerTouch;
    } else {
        const HealthInputs inputs = healthInputsAt(a.rows, settings, asOf);
        const HealthExplanation h = scoreHealth(inputs, model, asOf);
        p.healthScore = h.score;
        if (h.band)
            p.healthBand = *h.band;
        p.lastCustomerTouch = inputs.lastCustomerTouch;
    }
    p.nextRenewal = nextRenewalUnder(terms, asOf);
    for (const PortfolioRenewalRow& r : a.renewals) {
        if (r.renewalDate == p.nextRenewal)
            p.forecast = r.forecast;
    }
    p.openRoadmaps = a.openRoadmaps;
    return p;
}

} // namespace

PortfolioView buildPortfolioView(std::span<const PortfolioSourceAccount> accounts,
                                 const BookSettings& settings, const SegmentationRules& rules, QDate asOf,
                                 const std::optional<QString>& owner)
{
    PortfolioView view;
    view.context = PortfolioContext::of(settings, asOf);
    view.context.owner = owner;
    view.accounts.resize(accounts.size());
    view.names.reserve(qsizetype(accounts.size()));
    for (const PortfolioSourceAccount& a : accounts)
        view.names.append(a.name);

    // The renewals of the next twelve months, by month of the renewal.
    const QDate firstMonth(asOf.year(), asOf.month(), 1);
    QList<PortfolioRenewalMonth> noRenewals;
    for (int m = 0; m < kRenewalMonths; ++m)
        noRenewals.append(PortfolioRenewalMonth{firstMonth.addMonths(m), {}, {}, {}});

    // The as-of day's figures and the renewals ahead, account by account on the helper threads; each part
    // counts its renewals apart, added in the accounts' order after.
    const HealthModel model = HealthModel::fromSettings(settings);
    std::array<QList<PortfolioRenewalMonth>, kParts> partMonths;
    partMonths.fill(noRenewals);
    inParts(accounts.size(), [&](std::size_t part, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            PortfolioAccount& p = view.accounts[qsizetype(i)];
            const std::optional<ContractTerms> terms = termsOf(accounts[i]);
            p = accountOn(accounts[i], settings, model, rules, asOf, terms);
            if (p.active && inOwnerScope(accounts[i], owner) && p.nextRenewal.isValid())
                addRenewalMonths(partMonths[part], p, *terms, asOf);
        }
    });
    view.renewalMonths = std::move(noRenewals);
    for (const QList<PortfolioRenewalMonth>& part : partMonths) {
        for (qsizetype m = 0; m < kRenewalMonths; ++m) {
            PortfolioRenewalMonth& month = view.renewalMonths[m];
            for (std::size_t seg = 0; seg < month.count.size(); ++seg) {
                month.count[seg] += part[m].count[seg];
                month.arr[seg] += part[m].arr[seg];
                month.ids[seg].append(part[m].ids[seg]);
            }
        }
    }

    // The summary, the trend and the retention figures at once.
    const QList<QDate> days = portfolioTrendDays(asOf);
    std::array<TrendSums, kParts> parts{};
    PortfolioRetention retention;
    parallel::run(
        {[&] {
             inParts(accounts.size(), [&](std::size_t p, std::size_t from, std::size_t to) {
                 addTrend(parts[p], accounts.subspan(from, to - from), days, settings, model, rules, owner);
             });
         },
         [&] {
             view.summary = computePortfolio(view.accounts, view.context);
             view.owners = portfolioOwners(view.accounts);
         },
         [&] { retention = portfolioRetention(accounts, rules, view.context.currency, asOf, owner); }});
    TrendSums sums;
    for (const TrendSums& part : parts) {
        for (std::size_t i = 0; i < kTrendPoints; ++i) {
            for (std::size_t s = 0; s < 4; ++s) {
                sums.sum[i][s] += part.sum[i][s];
                sums.count[i][s] += part.count[i][s];
            }
        }
    }
    for (qsizetype i = 0; i < days.size(); ++i) {
        PortfolioHealthPoint point;
        point.day = days[i];
        for (std::size_t s = 0; s < 4; ++s) {
            point.scored[s] = sums.count[std::size_t(i)][s];
            if (point.scored[s] > 0)
                point.mean[s] = sums.sum[std::size_t(i)][s] / point.scored[s];
        }
        view.trend.append(point);
    }
    view.retentionPeriod = retention.period;
    view.grr = retention.grr;
    view.nrr = retention.nrr;
    return view;
}

} // namespace csm
