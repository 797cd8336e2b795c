// report kpis: the retention KPIs of DESIGN §7 over a period (issue 14), for the whole book and, with --by,
// per touch model or owner: the figures the Reports view shows.

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "domain/ReportPeriod.h"
#include "storage/RenewalReads.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace csm::app::cli::report {
namespace {

QJsonValue ratio(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const KpiFigures& f)
{
    const auto ltv = f.ltv();
    return QJsonObject{
        {QStringLiteral("from"), f.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.period.to.toString(Qt::ISODate)},
        {QStringLiteral("cohort_accounts"), f.cohortAccounts},
        {QStringLiteral("start_arr"), qint64(f.startArr)},
        {QStringLiteral("end_arr"), qint64(f.endArr)},
        {QStringLiteral("expansion_arr"), qint64(f.expansionArr)},
        {QStringLiteral("contraction_arr"), qint64(f.contractionArr)},
        {QStringLiteral("churned_arr"), qint64(f.churnedArr)},
        {QStringLiteral("new_arr"), qint64(f.newArr)},
        {QStringLiteral("grr"), ratio(f.grr())},
        {QStringLiteral("nrr"), ratio(f.nrr())},
        {QStringLiteral("logo_churn"), ratio(f.logoChurn())},
        {QStringLiteral("retention"), ratio(f.retention())},
        {QStringLiteral("expansion_rate"), ratio(f.expansionRate())},
        {QStringLiteral("ltv"), ltv ? QJsonValue(qint64(*ltv)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("nps"), ratio(f.nps())},
        {QStringLiteral("currency"), f.currency},
        {QStringLiteral("expanded_accounts"), f.expandedAccounts},
        {QStringLiteral("contracted_accounts"), f.contractedAccounts},
        {QStringLiteral("churned_accounts"), f.churnedAccounts},
        {QStringLiteral("new_accounts"), f.newAccounts},
        {QStringLiteral("reactivated_accounts"), f.reactivatedAccounts},
        {QStringLiteral("reactivated_arr"), qint64(f.reactivatedArr)},
        {QStringLiteral("nps_responses"), f.npsResponses},
        {QStringLiteral("gross_margin"), f.grossMargin},
    };
}

// A KPI's value for the table: percentages with one decimal, NPS in points, money in the book's format
// (minor units in CSV); "n/a" when undefined.
QString cell(const KpiFigures& f, Kpi kpi, Format format, const QLocale& locale)
{
    if (Kpis::unit(kpi) == KpiUnit::Money) {
        const auto amount = f.amount(kpi);
        if (!amount)
            return format == Format::Csv ? QString() : CliText::tr("n/a");
        return format == Format::Csv ? QString::number(*amount) : f.money(*amount).format(locale);
    }
    const auto value = f.value(kpi);
    if (!value)
        return format == Format::Csv ? QString() : CliText::tr("n/a");
    if (Kpis::unit(kpi) == KpiUnit::Score)
        return format == Format::Csv ? QString::number(*value, 'f', 1) : locale.toString(*value, 'f', 1);
    return format == Format::Csv ? QString::number(*value, 'g', 10)
                                 : locale.toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

int runKpis(const Context& ctx)
{
    const QString cmd = QStringLiteral("report kpis");
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(cmd, common.error().message);
    if (!ctx.has(QStringLiteral("period")))
        return ctx.usageError(cmd, CliText::tr("--period is required (FY2025, FY2025-Q1, 2025-06, 2025-Q2 or "
                                               "FROM..TO)."));
    KpiSplit split = KpiSplit::None;
    if (ctx.has(QStringLiteral("by"))) {
        const QString by = ctx.value(QStringLiteral("by"));
        if (by == QLatin1String("touch-model"))
            split = KpiSplit::TouchModel;
        else if (by == QLatin1String("owner"))
            split = KpiSplit::Owner;
        else
            return ctx.usageError(cmd, CliText::tr("--by needs touch-model or owner, not '%1'.").arg(by));
    }
    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    const Book& book = *open->book;
    const dates::FiscalCalendar fiscal(book.settings().fiscalYearStartMonth);
    auto period = ReportPeriod::parse(ctx.value(QStringLiteral("period")), fiscal);
    if (!period)
        return ctx.usageError(cmd, period.error().message);
    auto report = readKpis(book, period->range(), split, false, open->second());
    if (!report)
        return ctx.failure(report.error().toString());

    if (common->format == Format::Json) {
        QJsonObject doc = toJson(report->total);
        doc.insert(QStringLiteral("period"), period->name());
        if (split != KpiSplit::None) {
            QJsonArray groups;
            for (const KpiFigures& g : report->groups) {
                QJsonObject o = toJson(g);
                o.insert(QStringLiteral("group"), g.group);
                groups.append(o);
            }
            doc.insert(QStringLiteral("groups"), groups);
        }
        printJson(ctx.out, QJsonDocument(doc));
        return ExitOk;
    }

    const QLocale locale;
    Table table;
    table.headers = {CliText::tr("KPI"), period->name()};
    table.numeric = {false, true};
    for (const KpiFigures& g : report->groups) {
        table.headers << (g.group.isEmpty() ? CliText::tr("(no owner)") : g.group);
        table.numeric << true;
    }
    QList<Kpi> rows = Kpis::all();
    for (Kpi kpi : rows) {
        QStringList row{Kpis::toCode(kpi), cell(report->total, kpi, common->format, locale)};
        for (const KpiFigures& g : report->groups)
            row << cell(g, kpi, common->format, locale);
        table.rows << row;
    }
    QStringList cohort{QStringLiteral("cohort_accounts"), QString::number(report->total.cohortAccounts)};
    QStringList start{QStringLiteral("start_arr"), QString()};
    QStringList end{QStringLiteral("end_arr"), QString()};
    auto money = [&](const KpiFigures& f, MinorUnits m) {
        return common->format == Format::Csv ? QString::number(m) : f.money(m).format(locale);
    };
    start[1] = money(report->total, report->total.startArr);
    end[1] = money(report->total, report->total.endArr);
    for (const KpiFigures& g : report->groups) {
        cohort << QString::number(g.cohortAccounts);
        start << money(g, g.startArr);
        end << money(g, g.endArr);
    }
    table.rows.prepend(end);
    table.rows.prepend(start);
    table.rows.prepend(cohort);
    print(ctx.out, table, common->format);
    return ExitOk;
}

} // namespace csm::app::cli::report
