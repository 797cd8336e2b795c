#pragma once

// The retention KPIs by name (DESIGN §7, issue 14): stable codes (the keys of `report kpis --format json`),
// names and formulas for the Reports view, which way is better, and targets per fiscal period.

#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace csm {

enum class Kpi : quint8
{
    Grr,
    Nrr,
    LogoChurn,
    Retention,
    ExpansionRate,
    ExpansionArr,
    ContractionArr,
    ChurnedArr,
    NewArr,
    Ltv,
    Nps,
};

enum class KpiUnit : quint8
{
    Ratio, // a fraction (0.92 shown as 92 %)
    Money, // minor units of the book's currency
    Score, // NPS points, -100 .. 100
};

class Kpis
{
    Q_DECLARE_TR_FUNCTIONS(Kpis)
public:
    static QList<Kpi> all();
    // "grr", "nrr", "logo_churn", "retention", "expansion_rate", "expansion_arr", "contraction_arr",
    // "churned_arr", "new_arr", "ltv", "nps".
    static QString toCode(Kpi kpi);
    static std::optional<Kpi> fromCode(const QString& code);
    static KpiUnit unit(Kpi kpi);
    // False for logo churn, contraction and churned ARR: a target for them is a ceiling.
    static bool higherIsBetter(Kpi kpi);
    // "GRR" / 「GRR（売上総維持率）」, "Logo churn" / 「顧客解約率」.
    static QString displayName(Kpi kpi);
    // The formula the Reports view shows beside the figure, in the words of DESIGN §7.
    static QString formula(Kpi kpi);
};

// A goal for one KPI over one period, kept in the book.
struct KpiTarget
{
    Kpi kpi = Kpi::Grr;
    QString period; // ReportPeriod::name() of a fiscal period: "FY2025", "FY2025-Q1"
    // Ratios in hundredths of a percent (9000 = 90 %), NPS in hundredths of a point (3500 = NPS 35), money
    // in minor units: integers, so that "met" is decided exactly.
    qint64 value = 0;

    friend bool operator==(const KpiTarget&, const KpiTarget&) = default;
};

enum class TargetStatus : quint8
{
    Met,
    Missed,
    Undefined, // the KPI is undefined for the period (no cohort, no churn, no responses)
};

// Reading a target as typed in the Reports view: a percentage for a ratio (90 or 90.5, "%" optional, 0 to
// 1,000), NPS points (-100 to 100), both with at most two decimals, or an amount in the book's currency (0 or
// more, up to Validation's largest ARR). The value in KpiTarget's units, or a message that says what to type.
Result<qint64> parseKpiTarget(Kpi kpi, const QString& text, const QString& currency,
                              const QLocale& locale = QLocale());

// The target for a KPI and period among a book's targets, if one is set.
std::optional<KpiTarget> findTarget(const QList<KpiTarget>& targets, Kpi kpi, const QString& period);

} // namespace csm
