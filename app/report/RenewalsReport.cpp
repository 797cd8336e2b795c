// report renewals: each contract's current renewal as of a day, ordered by notice deadline (issue 14), the
// list the Renewals view shows.

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "storage/RenewalReads.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csm::app::cli::report {
namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString forecastCode(const UpcomingRenewal& r)
{
    const auto f = r.forecast();
    return f ? toCode(*f) : QString();
}

} // namespace

int runRenewals(const Context& ctx)
{
    const QString cmd = QStringLiteral("report renewals");
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(cmd, common.error().message);
    int within = kDefaultRenewalWindowDays;
    if (ctx.has(QStringLiteral("within"))) {
        bool ok = false;
        const QString text = ctx.value(QStringLiteral("within"));
        within = text.toInt(&ok);
        if (!ok || within < 0 || within > 3660)
            return ctx.usageError(
                cmd, CliText::tr("--within needs a number of days from 0 to 3660, not '%1'.").arg(text));
    }
    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    const Book& book = *open->book;
    auto renewals = readUpcomingRenewals(book, common->asOf, within, open->second());
    if (!renewals)
        return ctx.failure(renewals.error().toString());

    if (common->format == Format::Json) {
        QJsonArray rows;
        for (const UpcomingRenewal& r : renewals.value()) {
            const QString forecast = forecastCode(r);
            rows.append(QJsonObject{
                {QStringLiteral("account_id"), r.contract.accountId},
                {QStringLiteral("contract_id"), r.contract.contractId},
                {QStringLiteral("renewal_date"), dateOrNull(r.point.renewalDate)},
                {QStringLiteral("notice_deadline"), dateOrNull(r.point.noticeDeadline)},
                {QStringLiteral("days_to_notice"), r.countdown.daysToNotice},
                {QStringLiteral("stage"), RenewalStages::toCode(r.countdown.stage)},
                {QStringLiteral("arr"), qint64(r.contract.arr)},
                {QStringLiteral("forecast"), forecast.isEmpty() ? QJsonValue(QJsonValue::Null) : forecast},
                {QStringLiteral("name"), r.contract.accountName},
                {QStringLiteral("owner"), r.contract.owner},
                {QStringLiteral("touch_model"), toCode(r.contract.touchModel)},
                {QStringLiteral("auto_renew"), r.contract.terms.autoRenew},
                {QStringLiteral("days_to_renewal"), r.countdown.daysToRenewal},
                {QStringLiteral("health_band"), r.contract.healthBand
                                                    ? QJsonValue(toCode(*r.contract.healthBand))
                                                    : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("last_touch"), dateOrNull(r.contract.lastCustomerTouch)},
            });
        }
        printJson(ctx.out, QJsonDocument(rows));
        return ExitOk;
    }

    const QString currency = book.settings().currency;
    const QLocale locale;
    Table table;
    table.headers = {CliText::tr("Account"), CliText::tr("Notice deadline"), CliText::tr("Days"),
                     CliText::tr("Stage"),   CliText::tr("Renewal"),         CliText::tr("ARR"),
                     CliText::tr("Forecast")};
    table.numeric = {false, false, true, false, false, true, false};
    for (const UpcomingRenewal& r : renewals.value())
        table.rows << QStringList{r.contract.accountName,
                                  r.point.noticeDeadline.toString(Qt::ISODate),
                                  QString::number(r.countdown.daysToNotice),
                                  RenewalStages::toCode(r.countdown.stage),
                                  r.point.renewalDate.toString(Qt::ISODate),
                                  common->format == Format::Csv
                                      ? QString::number(r.contract.arr)
                                      : Money(r.contract.arr, currency).format(locale),
                                  forecastCode(r)};
    print(ctx.out, table, common->format);
    return ExitOk;
}

} // namespace csm::app::cli::report
