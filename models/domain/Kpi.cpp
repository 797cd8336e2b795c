#include "domain/Kpi.h"

#include <array>

namespace csm {

namespace {

struct KpiInfo
{
    Kpi kpi;
    const char* code;
    KpiUnit unit;
    bool higherIsBetter;
};

constexpr std::array<KpiInfo, 11> kKpis = {{
    {Kpi::Grr, "grr", KpiUnit::Ratio, true},
    {Kpi::Nrr, "nrr", KpiUnit::Ratio, true},
    {Kpi::LogoChurn, "logo_churn", KpiUnit::Ratio, false},
    {Kpi::Retention, "retention", KpiUnit::Ratio, true},
    {Kpi::ExpansionRate, "expansion_rate", KpiUnit::Ratio, true},
    {Kpi::ExpansionArr, "expansion_arr", KpiUnit::Money, true},
    {Kpi::ContractionArr, "contraction_arr", KpiUnit::Money, false},
    {Kpi::ChurnedArr, "churned_arr", KpiUnit::Money, false},
    {Kpi::NewArr, "new_arr", KpiUnit::Money, true},
    {Kpi::Ltv, "ltv", KpiUnit::Money, true},
    {Kpi::Nps, "nps", KpiUnit::Score, true},
}};

const KpiInfo& info(Kpi kpi)
{
    for (const KpiInfo& i : kKpis) {
        if (i.kpi == kpi)
            return i;
    }
    return kKpis[0];
}

} // namespace

QList<Kpi> Kpis::all()
{
    QList<Kpi> list;
    for (const KpiInfo& i : kKpis)
        list.append(i.kpi);
    return list;
}

QString Kpis::toCode(Kpi kpi)
{
    return QString::fromLatin1(info(kpi).code);
}

std::optional<Kpi> Kpis::fromCode(const QString& code)
{
    for (const KpiInfo& i : kKpis) {
        if (code == QLatin1String(i.code))
            return i.kpi;
    }
    return std::nullopt;
}

KpiUnit Kpis::unit(Kpi kpi)
{
    return info(kpi).unit;
}

bool Kpis::higherIsBetter(Kpi kpi)
{
    return info(kpi).higherIsBetter;
}

QString Kpis::displayName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Grr:
        return tr("GRR");
    case Kpi::Nrr:
        return tr("NRR");
    case Kpi::LogoChurn:
        return tr("Logo churn");
    case Kpi::Retention:
        return tr("Retention");
    case Kpi::ExpansionRate:
        return tr("Expansion rate");
    case Kpi::ExpansionArr:
        return tr("Expansion ARR");
    case Kpi::ContractionArr:
        return tr("Contraction ARR");
    case Kpi::ChurnedArr:
        return tr("Churned ARR");
    case Kpi::NewArr:
        return tr("New ARR");
    case Kpi::Ltv:
        return tr("LTV");
    case Kpi::Nps:
        return tr("NPS");
    }
    return {};
}

QString Kpis::formula(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Grr:
        return tr(
            "Σ min(end ARR, start ARR) ÷ Σ start ARR, over the accounts active the day before the period");
    case Kpi::Nrr:
        return tr("Σ end ARR ÷ Σ start ARR, over the accounts active the day before the period");
    case Kpi::LogoChurn:
        return tr("Accounts of the start cohort with no ARR at the end ÷ accounts in the start cohort");
    case Kpi::Retention:
        return tr("1 − logo churn");
    case Kpi::ExpansionRate:
        return tr("Accounts of the start cohort whose ARR grew ÷ accounts in the start cohort");
    case Kpi::ExpansionArr:
        return tr("Σ (end ARR − start ARR) over the accounts of the start cohort whose ARR grew");
    case Kpi::ContractionArr:
        return tr(
            "Σ (start ARR − end ARR) over the accounts of the start cohort whose ARR shrank but did not "
            "reach zero");
    case Kpi::ChurnedArr:
        return tr("Σ start ARR over the accounts of the start cohort with no ARR at the end");
    case Kpi::NewArr:
        return tr("Σ ARR at the end over the accounts not active the day before the period (new and "
                  "reactivated)");
    case Kpi::Ltv:
        return tr(
            "(Σ start ARR ÷ accounts in the start cohort) × gross margin ÷ annualised logo churn, where "
            "annualised churn = 1 − (1 − logo churn)^(365 ÷ days in the period)");
    case Kpi::Nps:
        return tr("% promoters (9–10) − % detractors (0–6) over the responses dated in the period");
    }
    return {};
}

std::optional<KpiTarget> findTarget(const QList<KpiTarget>& targets, Kpi kpi, const QString& period)
{
    for (const KpiTarget& t : targets) {
        if (t.kpi == kpi && t.period.compare(period, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace csm
