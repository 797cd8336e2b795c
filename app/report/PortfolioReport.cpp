// report portfolio: the portfolio by touch model (issue 16, DESIGN §6) of one book, or of several books as
// a team view (--books), the same computation as the Portfolio page.

#include "app/report/ReportCommand.h"
#include "app/report/Reports.h"
#include "storage/PortfolioRows.h"
#include "ui/portfolio/PortfolioChartSet.h"
#include "ui/print/DocumentLanguage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace csm::app::cli::report {
namespace {

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The figures of one owner of a team view: counts and sums from the accounts already scored, retention
// from their ARR; no second pass of the health engine.
PortfolioView ownerView(const PortfolioView& whole, const PortfolioSource& source, const QString& owner)
{
    PortfolioView view;
    view.context = whole.context;
    view.context.owner = owner;
    view.summary = computePortfolio(whole.accounts, view.context);
    const PortfolioRetention r =
        portfolioRetention(source.accounts, source.rules, whole.context.currency, whole.context.asOf, owner);
    view.retentionPeriod = r.period;
    view.grr = r.grr;
    view.nrr = r.nrr;
    return view;
}

QJsonObject segmentJson(Segment s, const SegmentFigures& f, const PortfolioView& view)
{
    return QJsonObject{
        {QStringLiteral("segment"), segmentCode(s)},
        {QStringLiteral("accounts"), f.accounts},
        {QStringLiteral("arr"), qint64(f.arr.minor())},
        {QStringLiteral("arr_share"), orNull(f.arrShare)},
        {QStringLiteral("health_mean"), orNull(f.healthMean)},
        {QStringLiteral("health_median"), orNull(f.healthMedian)},
        {QStringLiteral("green"), f.green},
        {QStringLiteral("yellow"), f.yellow},
        {QStringLiteral("red"), f.red},
        {QStringLiteral("no_data"), f.noData},
        {QStringLiteral("cadence_coverage"), orNull(f.cadenceCoverage)},
        {QStringLiteral("renewals_90d"), f.renewals90},
        {QStringLiteral("renewals_90d_arr"), qint64(f.renewals90Arr.minor())},
        {QStringLiteral("arr_at_risk"), qint64(f.arrAtRisk90.minor())},
        {QStringLiteral("arr_at_risk_180d"), qint64(f.arrAtRisk180.minor())},
        {QStringLiteral("open_onboardings"), f.openOnboardings},
        {QStringLiteral("grr"), orNull(view.grr[std::size_t(s)])},
        {QStringLiteral("nrr"), orNull(view.nrr[std::size_t(s)])},
    };
}

QJsonArray segmentsJson(const PortfolioView& view)
{
    QJsonArray segments;
    for (Segment s : kSegments)
        segments.append(segmentJson(s, view.summary[s], view));
    return segments;
}

QString percent(const std::optional<double>& v)
{
    return v ? QString::number(*v * 100, 'f', 1) : QString();
}

QString decimal(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

Table segmentTable(const PortfolioView& view, Format format, const QString& owner = {})
{
    Table table;
    if (!owner.isNull())
        table.headers << CliText::tr("Owner");
    table.headers << CliText::tr("Segment") << CliText::tr("Accounts") << CliText::tr("ARR")
                  << CliText::tr("Share %") << CliText::tr("Health mean") << CliText::tr("Median")
                  << CliText::tr("Green") << CliText::tr("Yellow") << CliText::tr("Red")
                  << CliText::tr("No data") << CliText::tr("Cadence %") << CliText::tr("Renewals 90d")
                  << CliText::tr("Renewal ARR") << CliText::tr("ARR at risk") << CliText::tr("GRR %")
                  << CliText::tr("NRR %");
    const qsizetype firstNumber = owner.isNull() ? 1 : 2;
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        table.numeric.append(c >= firstNumber);
    const QLocale locale;
    auto money = [&](const Money& m) {
        return format == Format::Csv ? QString::number(m.minor()) : m.format(locale);
    };
    for (Segment s : kSegments) {
        const SegmentFigures& f = view.summary[s];
        QStringList row;
        if (!owner.isNull())
            row << owner;
        row << segmentCode(s) << QString::number(f.accounts) << money(f.arr) << percent(f.arrShare)
            << decimal(f.healthMean) << decimal(f.healthMedian) << QString::number(f.green)
            << QString::number(f.yellow) << QString::number(f.red) << QString::number(f.noData)
            << percent(f.cadenceCoverage) << QString::number(f.renewals90) << money(f.renewals90Arr)
            << money(f.arrAtRisk90) << percent(view.grr[std::size_t(s)]) << percent(view.nrr[std::size_t(s)]);
        table.rows << row;
    }
    return table;
}

// --pdf FILE: the printed portfolio report of the view instead of the figures on stdout.
int printPdf(const Context& ctx, const PortfolioView& view, const BookSettings& settings, const QString& name,
             const QStringList& teamOwners)
{
    auto language = documentLanguage(ctx);
    if (!language)
        return ctx.usageError(QStringLiteral("report portfolio"), language.error().message);
    PortfolioChartSet charts;
    charts.fill(view, HealthBandLimits{settings.yellowMin, settings.greenMin});
    PortfolioReportInput input = portfolioReportInput(view, name);
    input.teamOwners = teamOwners;
    input.charts = charts.painters();
    auto printed = printPortfolioReport(input, language.value(), ctx.value(QStringLiteral("pdf")));
    charts.destroy();
    if (!printed)
        return ctx.failure(printed.error().toString());
    ctx.out << CliText::tr("Portfolio report written: %1 (%n page(s))", nullptr, printed->pages)
                   .arg(printed->path)
            << '\n';
    ctx.out.flush();
    return ExitOk;
}

int runTeam(const Context& ctx, const Common& common, const std::optional<QString>& owner)
{
    FixedClock clock(common.asOf);
    QStringList paths = ctx.valueList(QStringLiteral("books"));
    auto team = readTeamPortfolio(paths, common.asOf, clock);
    if (!team)
        return ctx.failure(team.error().toString());
    for (const SkippedBook& s : std::as_const(team->skipped))
        ctx.err << CliText::tr("Skipped %1: %2").arg(s.path, s.reason) << '\n';
    ctx.err.flush();
    const PortfolioSource& src = team->merged;
    const PortfolioView view = buildPortfolioView(src.accounts, src.settings, src.rules, common.asOf, owner);

    // Overlaps name each book by path; the account by the name of the copy shown (or of the first copy).
    QJsonArray overlap;
    for (const AccountOverlap& o : std::as_const(team->merge.overlaps)) {
        QJsonArray books;
        for (int b : o.books)
            books.append(team->books.value(b));
        overlap.append(QJsonObject{{QStringLiteral("account_id"), o.accountId},
                                   {QStringLiteral("books"), books},
                                   {QStringLiteral("chosen_book"), team->books.value(o.chosenBook)},
                                   {QStringLiteral("deleted"), o.deleted}});
    }

    if (ctx.has(QStringLiteral("pdf")))
        return printPdf(ctx, view, src.settings,
                        CliText::tr("Team of %n book(s)", nullptr, int(team->books.size())), view.owners);
    if (common.format == Format::Json) {
        QJsonArray owners;
        for (const QString& name : view.owners) {
            const PortfolioView mine = ownerView(view, src, name);
            owners.append(QJsonObject{{QStringLiteral("owner"), name},
                                      {QStringLiteral("segments"), segmentsJson(mine)}});
        }
        QJsonArray books;
        for (const QString& b : std::as_const(team->books))
            books.append(b);
        QJsonArray skipped;
        for (const SkippedBook& s : std::as_const(team->skipped))
            skipped.append(
                QJsonObject{{QStringLiteral("book"), s.path}, {QStringLiteral("reason"), s.reason}});
        QJsonObject doc{{QStringLiteral("as_of"), common.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), src.settings.currency},
                        {QStringLiteral("books"), books},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("segments"), segmentsJson(view)},
                        {QStringLiteral("owners"), owners},
                        {QStringLiteral("overlap"), overlap}};
        if (owner)
            doc.insert(QStringLiteral("owner"), *owner);
        printJson(ctx.out, QJsonDocument(doc));
        return ExitOk;
    }
    Table table = segmentTable(view, common.format, CliText::tr("(all)"));
    for (const QString& name : view.owners) {
        const PortfolioView mine = ownerView(view, src, name);
        table.rows.append(segmentTable(mine, common.format, name).rows);
    }
    print(ctx.out, table, common.format);
    if (common.format == Format::Table && !overlap.isEmpty())
        ctx.out << CliText::tr("%n account(s) found in more than one book; each is counted once.", nullptr,
                               int(overlap.size()))
                << '\n';
    return ExitOk;
}

} // namespace

Result<DocumentLanguage> documentLanguage(const Context& ctx)
{
    QLocale locale;
    if (ctx.has(QStringLiteral("language"))) {
        const QString code = ctx.value(QStringLiteral("language"));
        if (code == QLatin1String("ja"))
            locale = QLocale(QLocale::Japanese, QLocale::Japan);
        else if (code == QLatin1String("en"))
            locale = DocumentLanguage::documentLocale(QLocale::English);
        else
            return Error{Error::Code::InvalidValue,
                         CliText::tr("--language needs en or ja, not '%1'.").arg(code),
                         {},
                         {}};
    }
    return DocumentLanguage::load(locale);
}

int runPortfolio(const Context& ctx)
{
    const QString cmd = QStringLiteral("report portfolio");
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(cmd, common.error().message);
    std::optional<QString> owner;
    if (ctx.has(QStringLiteral("owner")))
        owner = ctx.value(QStringLiteral("owner"));
    if (ctx.has(QStringLiteral("books")))
        return runTeam(ctx, *common, owner);

    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    auto view = loadPortfolio(*open->book, common->asOf, owner);
    if (!view)
        return ctx.failure(view.error().toString());
    if (ctx.has(QStringLiteral("pdf")))
        return printPdf(ctx, *view, open->book->settings(), open->book->displayName(), {});

    if (common->format == Format::Json) {
        QJsonObject doc{{QStringLiteral("as_of"), common->asOf.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), view->context.currency},
                        {QStringLiteral("retention_from"), view->retentionPeriod.from.toString(Qt::ISODate)},
                        {QStringLiteral("retention_to"), view->retentionPeriod.to.toString(Qt::ISODate)},
                        {QStringLiteral("segments"), segmentsJson(*view)}};
        if (owner)
            doc.insert(QStringLiteral("owner"), *owner);
        printJson(ctx.out, QJsonDocument(doc));
        return ExitOk;
    }
    print(ctx.out, segmentTable(*view, common->format), common->format);
    return ExitOk;
}

} // namespace csm::app::cli::report
