#include "domain/Kpi.h"

#include "DecimalText_p.h"
#include "domain/Validation.h"

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

Result<qint64> parseKpiTarget(Kpi kpi, const QString& text, const QString& currency, const QLocale& locale)
{
    const KpiUnit unit = Kpis::unit(kpi);
    if (unit == KpiUnit::Money) {
        auto money = Money::parse(text, currency, locale);
        if (!money)
            return money.error();
        if (money->minor() < 0 || money->minor() > Validation::MaxArr)
            return Error{Error::Code::InvalidValue,
                         Kpis::tr("A target amount goes from 0 to %1.")
                             .arg(Money(Validation::MaxArr, currency).format(locale)),
                         text.trimmed(),
                         {}};
        return money->minor();
    }
    const bool ratio = unit == KpiUnit::Ratio;
    const QString range = ratio ? Kpis::tr("Type a percentage from 0 to 1,000 with at most two decimals, "
                                           "for example 92.5.")
                                : Kpis::tr("Type an NPS from -100 to 100 with at most two decimals.");
    const auto refuse = [&] {
        return Error{Error::Code::InvalidValue,
                     Kpis::tr("\"%1\" is not a target for %2.").arg(text.trimmed(), Kpis::displayName(kpi)),
                     text.trimmed(), range};
    };
    QString t = text.trimmed();
    if (ratio && (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05)))) // % or full-width ％
        t = t.chopped(1).trimmed();
    const bool negative = detail::takeMinus(t, locale);
    const auto digits = detail::scanDecimal(t, locale);
    if (t.isEmpty() || !digits || digits->fraction.size() > 2 || digits->whole.size() > 6 ||
        (digits->whole.isEmpty() && digits->fraction.isEmpty()))
        return refuse();
    const qint64 hundredths = digits->whole.toLongLong() * 100 +
                              (digits->fraction + QByteArray(2 - digits->fraction.size(), '0')).toLongLong();
    const qint64 value = negative ? -hundredths : hundredths;
    const qint64 low = ratio ? 0 : -10'000;
    const qint64 high = ratio ? 100'000 : 10'000;
    if (value < low || value > high)
        return refuse();
    return value;
}

} // namespace csm
