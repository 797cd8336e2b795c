// report backtest: the health model's back-test on the book's own renewals (issue 12, docs/decisions.md
// "Back-test"): the scores the current model gives each account 90 and 60 days before its decided renewals,
// recomputed as of those days, against what happened.

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "domain/HealthHistory.h"
#include "storage/HealthStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace csm::app::cli::report {
namespace {

QString shown(std::optional<double> v, int decimals = 3)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

const char* const kBandCodes[] = {"green", "yellow", "red"};

} // namespace

int runBacktest(const Context& ctx)
{
    auto started = startReport(ctx, QStringLiteral("report backtest"));
    if (const int* exitCode = std::get_if<int>(&started))
        return *exitCode;
    const Common& common = std::get<Started>(started).common;
    Book& book = *std::get<Started>(started).open.book;
    const QDate asOf = common.asOf;
    const HealthModel model = HealthModel::fromSettings(book.settings());

    auto basis = HealthStore::backtestBasis(book, asOf);
    if (!basis)
        return ctx.failure(basis.error().toString());
    const HealthBacktest b = backtestHealthModel(basis->cases, basis->accounts, model, asOf);

    if (common.format == Format::Json) {
        QJsonObject doc{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                        {QStringLiteral("model_version"), model.version},
                        {QStringLiteral("decided"), b.decided},
                        {QStringLiteral("churned"), b.churned},
                        {QStringLiteral("retained"), b.retained},
                        {QStringLiteral("enough_history"), b.enoughHistory}};
        QJsonArray horizons;
        if (b.enoughHistory) {
            for (const BacktestHorizon& h : b.horizons) {
                QJsonObject bands;
                for (int i = 0; i < 3; ++i) {
                    const BacktestBand& band = h.bands[std::size_t(i)];
                    bands.insert(QLatin1String(kBandCodes[i]),
                                 QJsonObject{{QStringLiteral("renewals"), band.renewals},
                                             {QStringLiteral("churned"), band.churned},
                                             {QStringLiteral("churn_rate"), jsonNumberOrNull(band.churnRate)},
                                             {QStringLiteral("lift"), jsonNumberOrNull(band.lift)}});
                }
                horizons.append(
                    QJsonObject{{QStringLiteral("days_before"), h.daysBefore},
                                {QStringLiteral("churned"), h.churned},
                                {QStringLiteral("retained"), h.retained},
                                {QStringLiteral("unscored"), h.unscored},
                                {QStringLiteral("median_churned"), jsonNumberOrNull(h.medianChurned)},
                                {QStringLiteral("median_retained"), jsonNumberOrNull(h.medianRetained)},
                                {QStringLiteral("auc"), jsonNumberOrNull(h.auc)},
                                {QStringLiteral("base_rate"), jsonNumberOrNull(h.baseRate)},
                                {QStringLiteral("bands"), bands}});
            }
        }
        doc.insert(QStringLiteral("horizons"), horizons);
        doc.insert(QStringLiteral("churned_not_green_share"),
                   b.enoughHistory ? jsonNumberOrNull(b.churnedNotGreenShare) : QJsonValue(QJsonValue::Null));
        doc.insert(QStringLiteral("green_now_share"),
                   b.enoughHistory ? jsonNumberOrNull(b.greenNowShare) : QJsonValue(QJsonValue::Null));
        printJson(ctx.out, QJsonDocument(doc));
        return ExitOk;
    }

    if (!b.enoughHistory) {
        ctx.out << CliText::tr("Not enough history: %n decided renewal(s); the back-test needs at least %1.",
                               nullptr, b.decided)
                       .arg(kBacktestMinDecided)
                << Qt::endl;
        return ExitOk;
    }
    Table table;
    table.headers = {CliText::tr("Measure"), CliText::tr("90 days before"), CliText::tr("60 days before")};
    table.numeric = {false, true, true};
    const auto row = [&](const QString& name, auto value) {
        table.rows << QStringList{name, value(b.horizons[0]), value(b.horizons[1])};
    };
    row(CliText::tr("Churned renewals scored"),
        [](const BacktestHorizon& h) { return QString::number(h.churned); });
    row(CliText::tr("Retained renewals scored"),
        [](const BacktestHorizon& h) { return QString::number(h.retained); });
    row(CliText::tr("Median score, churned"),
        [](const BacktestHorizon& h) { return shown(h.medianChurned, 1); });
    row(CliText::tr("Median score, retained"),
        [](const BacktestHorizon& h) { return shown(h.medianRetained, 1); });
    row(CliText::tr("AUC"), [](const BacktestHorizon& h) { return shown(h.auc); });
    row(CliText::tr("Base churn rate"), [](const BacktestHorizon& h) { return shown(h.baseRate); });
    for (int i = 0; i < 3; ++i) {
        row(CliText::tr("Churn rate %1").arg(QLatin1String(kBandCodes[i])),
            [i](const BacktestHorizon& h) { return shown(h.bands[std::size_t(i)].churnRate); });
        row(CliText::tr("Lift %1").arg(QLatin1String(kBandCodes[i])),
            [i](const BacktestHorizon& h) { return shown(h.bands[std::size_t(i)].lift, 2); });
    }
    print(ctx.out, table, common.format);
    if (common.format == Format::Table)
        ctx.out << CliText::tr("Churned accounts not green 60-90 days before: %1; green now: %2.")
                       .arg(shown(b.churnedNotGreenShare), shown(b.greenNowShare))
                << Qt::endl;
    return ExitOk;
}

} // namespace csm::app::cli::report
