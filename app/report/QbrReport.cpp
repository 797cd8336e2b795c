// report qbr: the one-page QBR sheet of one account, or of several in one file (issue 16 item 4).

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "ui/portfolio/QbrPrint.h"

namespace csm::app::cli::report {

int runQbr(const Context& ctx)
{
    const QString cmd = QStringLiteral("report qbr");
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(cmd, common.error().message);
    QStringList ids = ctx.valueList(QStringLiteral("account"));
    if (ids.isEmpty() && !ctx.value(QStringLiteral("account")).isEmpty())
        ids << ctx.value(QStringLiteral("account"));
    if (ids.isEmpty())
        return ctx.usageError(cmd, CliText::tr("--account needs an account id."));
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(cmd, CliText::tr("--out needs a file name."));
    auto language = documentLanguage(ctx);
    if (!language)
        return ctx.usageError(cmd, language.error().message);
    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    auto printed = printQbrForAccounts(*open->book, ids, common->asOf, language.value(), out);
    if (!printed)
        return ctx.failure(printed.error().toString());
    ctx.out << CliText::tr("QBR sheets written: %1 (%n page(s))", nullptr, printed->pages).arg(printed->path)
            << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace csm::app::cli::report
