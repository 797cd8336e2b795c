#pragma once

// Retention KPIs over a period [from, to], exactly as DESIGN §7 defines them. The start cohort is the
// accounts active on from - 1; S is an account's ARR that day, E its ARR on `to`. Accounts not active on
// from - 1 count only towards new ARR (reactivated ones too, shown apart). Every figure keeps the sums and
// counts it is made of, so that the Reports view can show the numbers behind each formula; ratios are
// undefined (std::nullopt) when their denominator is empty, never 0 % or 100 %.

#include "domain/Dates.h"
#include "domain/Kpi.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/RetentionLedger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm {

// What happened to one account's ARR between from - 1 and `to`.
enum class ArrMovement : quint8
{
    Flat,        // in the cohort, E = S
    Expanded,    // in the cohort, E > S
    Contracted,  // in the cohort, 0 < E < S
    Churned,     // in the cohort, E = 0
    New,         // not active on from - 1, active on `to`, never active before
    Reactivated, // not active on from - 1, active on `to`, active at some time before
};

struct KpiFigures
{
    QString group; // empty: every account in scope
    dates::DateRange period;
    QString currency;
    double grossMargin = 1.0;

    int cohortAccounts = 0; // active on from - 1
    int expandedAccounts = 0;
    int contractedAccounts = 0;
    int churnedAccounts = 0;
    int newAccounts = 0;           // active on `to`, not on from - 1 (reactivated ones included)
    int reactivatedAccounts = 0;   // of which active at some time before `from`
    MinorUnits startArr = 0;       // Σ S over the cohort
    MinorUnits endArr = 0;         // Σ E over the cohort
    MinorUnits retainedArr = 0;    // Σ min(E, S) over the cohort
    MinorUnits expansionArr = 0;   // Σ max(E - S, 0)
    MinorUnits contractionArr = 0; // Σ S - E where 0 < E < S
    MinorUnits churnedArr = 0;     // Σ S where E = 0
    MinorUnits newArr = 0;         // Σ ARR on `to` of the accounts not active on from - 1
    MinorUnits reactivatedArr = 0; // of which reactivated accounts
    int npsResponses = 0;          // dated in [from, to], accounts in scope
    int npsPromoters = 0;          // 9-10
    int npsDetractors = 0;         // 0-6

    int days() const { return period.isValid() ? int(period.from.daysTo(period.to)) + 1 : 0; }
    std::optional<double> grr() const;           // retainedArr / startArr
    std::optional<double> nrr() const;           // endArr / startArr
    std::optional<double> logoChurn() const;     // churnedAccounts / cohortAccounts
    std::optional<double> retention() const;     // 1 - logo churn
    std::optional<double> expansionRate() const; // expandedAccounts / cohortAccounts
    std::optional<double> nps() const;           // points, -100 .. 100
    // 1 - (1 - logo churn)^(365 / days); undefined without a cohort.
    std::optional<double> annualisedLogoChurn() const;
    // (startArr / cohortAccounts) × gross margin ÷ annualised logo churn, in minor units (rounded); undefined
    // without a cohort, when nothing churned, or beyond what MinorUnits holds.
    std::optional<MinorUnits> ltv() const;

    // One KPI's value: ratios as fractions, NPS in points (value()); money KPIs in minor units (amount()).
    std::optional<double> value(Kpi kpi) const;
    std::optional<MinorUnits> amount(Kpi kpi) const;
    Money money(MinorUnits minor) const { return Money(minor, currency); }
    // Against a target of the same KPI, decided exactly on the integer sums.
    TargetStatus against(const KpiTarget& target) const;

private:
    // A ratio or score KPI as the integers it is made of: part / whole (whole 0: undefined).
    struct Fraction
    {
        qint64 part = 0;
        qint64 whole = 0;
    };
    Fraction fraction(Kpi kpi) const;
};

// One account behind the figures (the drill-down).
struct KpiAccountLine
{
    qint32 account = 0; // the ledger's account number
    qint32 group = -1;  // index into KpiOptions::groupNames, -1 without one
    ArrMovement movement = ArrMovement::Flat;
    MinorUnits startArr = 0; // S (0 for new and reactivated accounts)
    MinorUnits endArr = 0;   // E

    MinorUnits change() const { return endArr - startArr; }
    bool inCohort() const { return startArr > 0; }
};

struct KpiOptions
{
    QString currency;         // the book's
    double grossMargin = 1.0; // a book setting, 0 .. 1
    bool drillDown = false;   // also list the accounts behind the figures (KpiReport::accounts)
    // A split of the scope: per ledger account the index of its group in groupNames (touch model, owner ...),
    // or -1 for an account in none. Both empty: no split (group names without accounts: empty groups).
    QList<qint32> groupOf;
    QStringList groupNames;
};

struct KpiReport
{
    KpiFigures total;
    QList<KpiFigures> groups;       // one per KpiOptions::groupNames, in that order
    QList<KpiAccountLine> accounts; // with drillDown: the cohort and the new accounts, by account number

    // The accounts behind a KPI, largest change first: churned ones for churned ARR and logo churn,
    // contracted ones for contraction, expanded ones for expansion and the expansion rate, new and
    // reactivated ones for new ARR, and the whole cohort for GRR, NRR, retention and LTV (none for NPS).
    // group: only that group's accounts (-1: all).
    QList<KpiAccountLine> behind(Kpi kpi, int group = -1) const;
};

class RetentionKpis
{
    Q_DECLARE_TR_FUNCTIONS(RetentionKpis)
public:
    // The KPIs of one period, for the whole scope and each group. Refused: an invalid period, a gross
    // margin outside 0..1, a grouping that does not fit the ledger, sums beyond MinorUnits.
    static Result<KpiReport> compute(const RetentionLedger& ledger, const dates::DateRange& period,
                                     const KpiOptions& options);
    // The KPIs of several periods (the 8-quarter GRR/NRR chart) in one pass over the ledger: one KpiFigures
    // per period, for the whole scope (groups and drill-down are left out).
    static Result<QList<KpiFigures>> computeSeries(const RetentionLedger& ledger,
                                                   const QList<dates::DateRange>& periods,
                                                   const KpiOptions& options);
};

} // namespace csm
