#include "domain/RetentionKpis.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace csm {

namespace {

__extension__ typedef __int128
    Wide; // exact products of two 64-bit numbers (-Wpedantic knows it as an extension)

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// One period's sums for one scope (the whole ledger or a group). Sums refuse to wrap: an overflow is noted
// and the computation refused.
struct Tally
{
    KpiFigures f;
    bool overflow = false;

    void add(MinorUnits& sum, MinorUnits v) { overflow |= __builtin_add_overflow(sum, v, &sum); }

    ArrMovement count(MinorUnits s, MinorUnits e, bool activeBefore)
    {
        if (s > 0) {
            ++f.cohortAccounts;
            add(f.startArr, s);
            add(f.endArr, e);
            add(f.retainedArr, std::min(s, e));
            if (e == 0) {
                ++f.churnedAccounts;
                add(f.churnedArr, s);
                return ArrMovement::Churned;
            }
            if (e < s) {
                ++f.contractedAccounts;
                add(f.contractionArr, s - e);
                return ArrMovement::Contracted;
            }
            if (e > s) {
                ++f.expandedAccounts;
                add(f.expansionArr, e - s);
                return ArrMovement::Expanded;
            }
            return ArrMovement::Flat;
        }
        if (e == 0)
            return ArrMovement::Flat; // neither in the cohort nor new: counts for nothing
        ++f.newAccounts;
        add(f.newArr, e);
        if (!activeBefore)
            return ArrMovement::New;
        ++f.reactivatedAccounts;
        add(f.reactivatedArr, e);
        return ArrMovement::Reactivated;
    }

    void countNps(int score)
    {
        ++f.npsResponses;
        if (score >= 9)
            ++f.npsPromoters;
        else if (score <= 6)
            ++f.npsDetractors;
    }
};

Error refused(const QString& message, const QString& hint = {})
{
    return Error{Error::Code::InvalidValue, message, {}, hint};
}

struct Computation
{
    QList<Tally> tallies; // period i, scope j (0: all, 1 + g: group g) at i * scopes + j
    int scopes = 1;
    QList<KpiAccountLine> lines;
};

// The one pass behind compute() and computeSeries(): for every account, its ARR on each distinct boundary day
// (from - 1 and `to` of every period) in one walk over its events, then each period's movement.
Result<Computation> tallyPeriods(const RetentionLedger& ledger, const QList<dates::DateRange>& periods,
                                 const KpiOptions& options, bool withGroups, bool drillDown)
{
    for (const dates::DateRange& p : periods) {
        if (!p.isValid())
            return refused(RetentionKpis::tr("The KPIs need a period whose end is not before its start."));
    }
    if (!(options.grossMargin >= 0 && options.grossMargin <= 1))
        return refused(RetentionKpis::tr("The gross margin must be between 0 % and 100 %."));
    const int accounts = ledger.accountCount();
    const bool grouped = withGroups && (!options.groupOf.isEmpty() || !options.groupNames.isEmpty());
    const int groups = grouped ? int(options.groupNames.size()) : 0;
    if (grouped) {
        if (options.groupOf.size() != accounts)
            return refused(
                RetentionKpis::tr("The split of the KPIs does not name a group for every account."));
        for (qint32 g : options.groupOf) {
            if (g < -1 || g >= groups)
                return refused(RetentionKpis::tr("The split of the KPIs names a group it does not have."));
        }
    }

    // Boundary days, ascending and distinct; each period points at its two.
    QVarLengthArray<qint32, 32> days;
    for (const dates::DateRange& p : periods) {
        days.append(qint32(p.from.toJulianDay() - 1));
        days.append(qint32(p.to.toJulianDay()));
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const auto indexOf = [&](qint64 day) {
        return int(std::lower_bound(days.begin(), days.end(), qint32(day)) - days.begin());
    };
    QVarLengthArray<int, 16> startAt, endAt;
    for (const dates::DateRange& p : periods) {
        startAt.append(indexOf(p.from.toJulianDay() - 1));
        endAt.append(indexOf(p.to.toJulianDay()));
    }

    Computation c;
    c.scopes = 1 + groups;
    c.tallies.resize(periods.size() * c.scopes);
    if (drillDown)
        c.lines.reserve(accounts);
    QVarLengthArray<MinorUnits, 32> arr(days.size());
    QVarLengthArray<bool, 32> activeBy(days.size()); // active on some day up to the boundary

    for (int a = 0; a < accounts; ++a) {
        const RetentionLedger::ArrChange* e = ledger.eventsBegin(a);
        const RetentionLedger::ArrChange* const end = ledger.eventsEnd(a);
        if (e == end)
            continue; // no ARR ever: in no cohort, never new
        MinorUnits current = 0;
        bool active = false;
        for (qsizetype b = 0; b < days.size(); ++b) {
            for (; e != end && e->day <= days[b]; ++e) {
                current = e->arrAfter;
                // The last event of a day is the account's ARR on that day.
                if (current > 0 && (e + 1 == end || (e + 1)->day != e->day))
                    active = true;
            }
            arr[b] = current;
            activeBy[b] = active;
        }
        const qint32 group = grouped ? options.groupOf[a] : -1;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const MinorUnits s = arr[startAt[i]];
            const MinorUnits endArr = arr[endAt[i]];
            const bool before = activeBy[startAt[i]];
            Tally* scope = c.tallies.data() + i * c.scopes;
            const ArrMovement movement = scope[0].count(s, endArr, before);
            if (group >= 0)
                scope[1 + group].count(s, endArr, before);
            if (drillDown && (s > 0 || endArr > 0))
                c.lines.append({qint32(a), group, movement, s, endArr});
        }
    }

    for (const RetentionLedger::NpsAnswer& r : ledger.npsResponses()) {
        const qint32 group = grouped ? options.groupOf[r.account] : -1;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const dates::DateRange& p = periods[i];
            if (r.day < p.from.toJulianDay() || r.day > p.to.toJulianDay())
                continue;
            Tally* scope = c.tallies.data() + i * c.scopes;
            scope[0].countNps(r.score);
            if (group >= 0)
                scope[1 + group].countNps(r.score);
        }
    }

    for (qsizetype i = 0; i < periods.size(); ++i) {
        for (int j = 0; j < c.scopes; ++j) {
            Tally& t = c.tallies[i * c.scopes + j];
            if (t.overflow)
                return refused(RetentionKpis::tr("The ARR sums of the period are too large to add up."),
                               RetentionKpis::tr("Check the ARR events for amounts entered in error."));
            t.f.period = periods[i];
            t.f.currency = options.currency;
            t.f.grossMargin = options.grossMargin;
            if (j > 0)
                t.f.group = options.groupNames[j - 1];
        }
    }
    return c;
}

} // namespace

KpiFigures::Fraction KpiFigures::fraction(Kpi kpi) const
{
    // Ratios are undefined without a cohort (its Σ S is then 0 too); NPS without responses.
    const MinorUnits start = cohortAccounts > 0 ? startArr : 0;
    switch (kpi) {
    case Kpi::Grr:
        return {retainedArr, start};
    case Kpi::Nrr:
        return {endArr, start};
    case Kpi::LogoChurn:
        return {churnedAccounts, cohortAccounts};
    case Kpi::Retention:
        return {qint64(cohortAccounts) - churnedAccounts, cohortAccounts};
    case Kpi::ExpansionRate:
        return {expandedAccounts, cohortAccounts};
    case Kpi::Nps: // points: 100 × (promoters - detractors) / responses
        return {(qint64(npsPromoters) - npsDetractors) * 100, npsResponses};
    case Kpi::ExpansionArr:
    case Kpi::ContractionArr:
    case Kpi::ChurnedArr:
    case Kpi::NewArr:
    case Kpi::Ltv:
        break;
    }
    return {};
}

std::optional<double> KpiFigures::value(Kpi kpi) const
{
    const Fraction f = fraction(kpi);
    return ratio(f.part, f.whole);
}

std::optional<double> KpiFigures::grr() const
{
    return value(Kpi::Grr);
}

std::optional<double> KpiFigures::nrr() const
{
    return value(Kpi::Nrr);
}

std::optional<double> KpiFigures::logoChurn() const
{
    return value(Kpi::LogoChurn);
}

std::optional<double> KpiFigures::retention() const
{
    return value(Kpi::Retention);
}

std::optional<double> KpiFigures::expansionRate() const
{
    return value(Kpi::ExpansionRate);
}

std::optional<double> KpiFigures::nps() const
{
    return value(Kpi::Nps);
}

std::optional<double> KpiFigures::annualisedLogoChurn() const
{
    const auto churn = logoChurn();
    if (!churn || days() <= 0)
        return std::nullopt;
    return 1 - std::pow(1 - *churn, 365.0 / days());
}

std::optional<MinorUnits> KpiFigures::ltv() const
{
    const auto annual = annualisedLogoChurn();
    if (!annual || churnedAccounts == 0 || *annual <= 0)
        return std::nullopt;
    const long double value = (static_cast<long double>(startArr) / cohortAccounts) * grossMargin /
                              static_cast<long double>(*annual);
    // Anything from 2^63 up does not fit (the nearest long double below it does).
    if (!std::isfinite(value) || std::fabs(value) >= 9223372036854775808.0L)
        return std::nullopt;
    return MinorUnits(std::llround(value));
}

std::optional<MinorUnits> KpiFigures::amount(Kpi kpi) const
{
    switch (kpi) {
    case Kpi::ExpansionArr:
        return expansionArr;
    case Kpi::ContractionArr:
        return contractionArr;
    case Kpi::ChurnedArr:
        return churnedArr;
    case Kpi::NewArr:
        return newArr;
    case Kpi::Ltv:
        return ltv();
    case Kpi::Grr:
    case Kpi::Nrr:
    case Kpi::LogoChurn:
    case Kpi::Retention:
    case Kpi::ExpansionRate:
    case Kpi::Nps:
        break;
    }
    return std::nullopt;
}

TargetStatus KpiFigures::against(const KpiTarget& target) const
{
    // actual = part / whole and goal = target.value / scale compare as part × scale against
    // target.value × whole, in 128 bits: no rounding decides "met". Ratios and NPS points have targets in
    // hundredths (of a percent: scale 10,000; of a point: scale 100); money in minor units.
    Wide part = 0, whole = 0, scale = 1;
    if (Kpis::unit(target.kpi) == KpiUnit::Money) {
        if (const auto a = amount(target.kpi)) {
            part = *a;
            whole = 1;
        }
    } else {
        const Fraction f = fraction(target.kpi);
        part = f.part;
        whole = f.whole;
        scale = Kpis::unit(target.kpi) == KpiUnit::Ratio ? 10000 : 100;
    }
    if (whole <= 0)
        return TargetStatus::Undefined;
    const Wide actual = part * scale;
    const Wide goal = Wide(target.value) * whole;
    const bool met = Kpis::higherIsBetter(target.kpi) ? actual >= goal : actual <= goal;
    return met ? TargetStatus::Met : TargetStatus::Missed;
}

QList<KpiAccountLine> KpiReport::behind(Kpi kpi, int group) const
{
    const auto wanted = [kpi](ArrMovement m) {
        switch (kpi) {
        case Kpi::ChurnedArr:
        case Kpi::LogoChurn:
            return m == ArrMovement::Churned;
        case Kpi::ContractionArr:
            return m == ArrMovement::Contracted;
        case Kpi::ExpansionArr:
        case Kpi::ExpansionRate:
            return m == ArrMovement::Expanded;
        case Kpi::NewArr:
            return m == ArrMovement::New || m == ArrMovement::Reactivated;
        case Kpi::Grr:
        case Kpi::Nrr:
        case Kpi::Retention:
        case Kpi::Ltv:
            return m != ArrMovement::New && m != ArrMovement::Reactivated;
        case Kpi::Nps:
            break;
        }
        return false;
    };
    QList<KpiAccountLine> lines;
    for (const KpiAccountLine& l : accounts) {
        if ((group < 0 || l.group == group) && wanted(l.movement))
            lines.append(l);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const KpiAccountLine& a, const KpiAccountLine& b) {
        const MinorUnits ca = a.change() < 0 ? -a.change() : a.change();
        const MinorUnits cb = b.change() < 0 ? -b.change() : b.change();
        return ca > cb;
    });
    return lines;
}

Result<KpiReport> RetentionKpis::compute(const RetentionLedger& ledger, const dates::DateRange& period,
                                         const KpiOptions& options)
{
    auto c = tallyPeriods(ledger, {period}, options, true, options.drillDown);
    if (!c)
        return c.error();
    KpiReport report;
    report.total = c->tallies[0].f;
    for (int j = 1; j < c->scopes; ++j)
        report.groups.append(c->tallies[j].f);
    report.accounts = std::move(c->lines);
    return report;
}

Result<QList<KpiFigures>> RetentionKpis::computeSeries(const RetentionLedger& ledger,
                                                       const QList<dates::DateRange>& periods,
                                                       const KpiOptions& options)
{
    auto c = tallyPeriods(ledger, periods, options, false, false);
    if (!c)
        return c.error();
    QList<KpiFigures> figures;
    figures.reserve(periods.size());
    for (const Tally& t : c->tallies)
        figures.append(t.f);
    return figures;
}

} // namespace csm
