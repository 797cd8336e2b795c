// report health: every account's score, band, explanation and signals as of a day (DESIGN §5), computed from
// the book's rows by the engine (never read from stored scores, so that any --as-of is exact).

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "domain/Dates.h"
#include "domain/HealthHistory.h"
#include "domain/HealthSignals.h"
#include "storage/HealthStore.h"
#include "storage/Repositories.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace csm::app::cli::report {
namespace {

QString oneDecimal(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

QJsonObject factorsJson(const HealthExplanation& e)
{
    QJsonObject factors;
    for (HealthFactor f : kHealthFactors) {
        const HealthFactorResult& r = e.factor(f);
        if (!r.hasData)
            continue;
        factors.insert(toCode(f), QJsonObject{{QStringLiteral("input"), r.input},
                                              {QStringLiteral("score"), r.score},
                                              {QStringLiteral("weight"), r.weight},
                                              {QStringLiteral("effective_weight"), r.effectiveWeight},
                                              {QStringLiteral("contribution"), r.contribution}});
    }
    return factors;
}

QStringList droppedCodes(const HealthExplanation& e)
{
    QStringList codes;
    for (HealthFactor f : e.dropped())
        codes << toCode(f);
    return codes;
}

} // namespace

int runHealth(const Context& ctx)
{
    const QString cmd = QStringLiteral("report health");
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(cmd, common.error().message);
    const QString only = ctx.value(QStringLiteral("account"));
    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    Book& book = *open->book;
    const QDate asOf = common->asOf;
    const HealthModel model = HealthModel::fromSettings(book.settings());

    auto inputs = HealthStore::readInputs(book, asOf);
    if (!inputs)
        return ctx.failure(inputs.error().toString());
    // Names and current renewal dates (the red-renewal signal) come with the accounts list's rows.
    auto summaries = book.accounts().summaries(asOf);
    if (!summaries)
        return ctx.failure(summaries.error().toString());
    QHash<Id, const AccountSummary*> byId;
    for (const AccountSummary& s : *summaries)
        byId.insert(s.id, &s);
    if (!only.isEmpty() && !byId.contains(only))
        return ctx.failure(Error{
            Error::Code::NotFound, CliText::tr("No live account has the id %1.").arg(only),
            QStringLiteral("--account"), CliText::tr("Run report health without --account to list the ids.")}
                               .toString());

    QJsonArray accounts;
    Table table;
    table.headers = {CliText::tr("Account"),        CliText::tr("Touch model"),    CliText::tr("Score"),
                     CliText::tr("Band"),           CliText::tr("30 days before"), CliText::tr("Signals"),
                     CliText::tr("Dropped factors")};
    table.numeric = {false, false, true, false, true, false, false};
    for (const AccountHealthInputs& in : *inputs) {
        if (!only.isEmpty() && in.accountId != only)
            continue;
        const AccountSummary* s = byId.value(in.accountId);
        if (!s)
            continue;
        const AccountHealthScore score = scoreAccountHealth(in, model, asOf);
        const HealthExplanation& e = score.now;
        QStringList signalCodes;
        if (in.customer) {
            // The renewal ahead of the day from the contract's terms, also for an account churned since (the
            // list's renewal date is the one of today's stage).
            const QDate renewal = s->contractStart.isValid() && s->termMonths > 0
                                      ? dates::currentRenewalDate(s->contractStart, s->termMonths, asOf)
                                      : QDate();
            signalCodes = healthSignals(e, in.now, score.scoreBefore, renewal, model, asOf).codes();
        }
        const QString band = e.band ? toCode(*e.band) : QString();
        if (common->format == Format::Json) {
            accounts.append(QJsonObject{
                {QStringLiteral("account_id"), in.accountId},
                {QStringLiteral("name"), s->name},
                {QStringLiteral("touch_model"), toCode(in.now.touchModel)},
                {QStringLiteral("score"), jsonNumberOrNull(e.score)},
                {QStringLiteral("band"), e.band ? QJsonValue(band) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("score_30_days_before"), jsonNumberOrNull(score.scoreBefore)},
                {QStringLiteral("signals"), QJsonArray::fromStringList(signalCodes)},
                {QStringLiteral("factors"), factorsJson(e)},
                {QStringLiteral("dropped"), QJsonArray::fromStringList(droppedCodes(e))}});
        } else {
            table.rows << QStringList{s->name,
                                      toCode(in.now.touchModel),
                                      oneDecimal(e.score),
                                      band,
                                      oneDecimal(score.scoreBefore),
                                      signalCodes.join(QLatin1Char(' ')),
                                      droppedCodes(e).join(QLatin1Char(' '))};
        }
    }
    if (common->format == Format::Json) {
        printJson(ctx.out, QJsonDocument(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                                     {QStringLiteral("model_version"), model.version},
                                                     {QStringLiteral("accounts"), accounts}}));
        return ExitOk;
    }
    print(ctx.out, table, common->format);
    return ExitOk;
}

} // namespace csm::app::cli::report
