#include "app/report/ReportCommand.h"

#include "app/report/Reports.h"
#include "io/CsvWriter.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace csm::app::cli {

const QList<CommandSpec>& reportCommands()
{
    static const QList<OptionSpec> common = {
        {"as-of", "YYYY-MM-DD",
         QT_TRANSLATE_NOOP("csm::app::Cli", "The day the report is computed as of (default today)")},
        {"format", "table|csv|json",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Output format (default table); the JSON is documented in docs/cli.md")},
    };
    auto with = [](QList<OptionSpec> own) {
        own.append(common);
        return own;
    };
    static const QList<CommandSpec> table = {
        {"actions",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "Today's list: follow-ups due, overdue milestones, notice deadlines within 90 days, "
             "silent accounts, health drops and red accounts renewing within 120 days"),
         with({}), &report::runActions},
        {"roadmaps",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "Active onboarding roadmaps: status, completion, next milestone, days behind, time "
             "to first value, and every milestone's due date"),
         with({}), &report::runRoadmaps},
        {"portfolio",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "The portfolio by touch model: accounts, ARR, health mix, cadence coverage, renewals "
             "and ARR at risk per segment; several books as one team view with --books"),
         with({{"books", "FILE...",
                QT_TRANSLATE_NOOP(
                    "csm::app::Cli",
                    "Read these books (or every book in these folders) read-only as one team view "
                    "instead of --book")},
               {"owner", "NAME", QT_TRANSLATE_NOOP("csm::app::Cli", "Only this owner's accounts")},
               {"pdf", "FILE",
                QT_TRANSLATE_NOOP(
                    "csm::app::Cli",
                    "Write the printable portfolio report (PDF) to FILE instead of the figures")},
               {"language", "en|ja",
                QT_TRANSLATE_NOOP("csm::app::Cli", "The PDF's language (default: the user's language)")}}),
         &report::runPortfolio},
        {"qbr",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "One-page QBR sheets (PDF): health and its trend, usage, the quarter's touches, roadmap "
             "progress, renewal and notice deadline, open follow-ups"),
         with({{"account", "ID...",
                QT_TRANSLATE_NOOP("csm::app::Cli", "The account (several: one page each)")},
               {"out", "FILE", QT_TRANSLATE_NOOP("csm::app::Cli", "The PDF to write")},
               {"language", "en|ja",
                QT_TRANSLATE_NOOP("csm::app::Cli", "The PDF's language (default: the user's language)")}}),
         &report::runQbr},
        {"renewals",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Upcoming renewals ordered by notice deadline, with stage, ARR and forecast"),
         with({{"within", "DAYS",
                QT_TRANSLATE_NOOP(
                    "csm::app::Cli",
                    "Only renewals whose notice deadline is at most DAYS days away (default 365)")}}),
         &report::runRenewals},
        {"kpis",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Retention KPIs (GRR, NRR, logo churn, LTV, NPS ...) over a period"),
         with({{"period", "FY2025|FY2025-Q1|2025-06|2025-Q2|FROM..TO",
                QT_TRANSLATE_NOOP("csm::app::Cli",
                                  "The period (required): fiscal or calendar year, quarter or "
                                  "month, or two dates")},
               {"by", "touch-model|owner",
                QT_TRANSLATE_NOOP("csm::app::Cli", "Also the KPIs of each touch model or owner (groups)")}}),
         &report::runKpis},
        {"health",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "Health scores with their explanation and signals (DESIGN §5), computed as of the day"),
         with({{"account", "ID", QT_TRANSLATE_NOOP("csm::app::Cli", "Only this account")}}),
         &report::runHealth},
        {"backtest",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "The health model's back-test on the book's decided renewals (AUC, "
                           "medians, churn by band)"),
         with({}), &report::runBacktest},
    };
    return table;
}

namespace report {

Result<Common> readCommon(const Context& ctx)
{
    Common c;
    if (ctx.has(QStringLiteral("format"))) {
        const QString f = ctx.value(QStringLiteral("format"));
        if (f == QLatin1String("table"))
            c.format = Format::Table;
        else if (f == QLatin1String("csv"))
            c.format = Format::Csv;
        else if (f == QLatin1String("json"))
            c.format = Format::Json;
        else
            return Error{Error::Code::InvalidValue,
                         CliText::tr("--format needs table, csv or json, not '%1'.").arg(f),
                         {},
                         {}};
    }
    c.asOf = QDate::currentDate();
    if (ctx.has(QStringLiteral("as-of"))) {
        const QString text = ctx.value(QStringLiteral("as-of"));
        c.asOf = QDate::fromString(text, Qt::ISODate);
        if (!c.asOf.isValid() || text.size() != 10)
            return Error{Error::Code::InvalidValue,
                         CliText::tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(text),
                         {},
                         {}};
    }
    return c;
}

Result<OpenBook> openForReading(const Context& ctx, QDate asOf)
{
    if (!QFileInfo::exists(ctx.bookPath))
        return Error{Error::Code::NotFound, CliText::tr("There is no book at this path."), ctx.bookPath,
                     CliText::tr("Give an existing book with --book, or create one with generate.")};
    OpenBook open;
    open.clock = std::make_unique<FixedClock>(asOf);
    auto book = Book::open(ctx.bookPath, Book::OpenMode::ReadOnly, *open.clock);
    if (!book)
        return book.error();
    open.book = std::move(book.value());
    return open;
}

Book* OpenBook::second()
{
    if (!other && book) {
        if (auto opened = book->openAnotherConnection(Book::Access::Read))
            other = std::move(opened.value());
    }
    return other.get();
}

std::variant<Started, int> startReport(const Context& ctx, const QString& command)
{
    auto common = readCommon(ctx);
    if (!common)
        return ctx.usageError(command, common.error().message);
    auto open = openForReading(ctx, common->asOf);
    if (!open)
        return ctx.failure(open.error().toString());
    return Started{*common, std::move(*open)};
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        // East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones a book's text can hold.
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
            (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

namespace {

QString padded(const QString& cell, int width, bool right)
{
    const QString pad(std::max(0, width - displayWidth(cell)), QLatin1Char(' '));
    return right ? pad + cell : cell + pad;
}

} // namespace

void print(QTextStream& out, const Table& table, Format format)
{
    if (format == Format::Csv) {
        out << io::csvLine(table.headers) << "\r\n";
        for (const QStringList& row : table.rows)
            out << io::csvLine(row) << "\r\n";
        out.flush();
        return;
    }
    QList<int> widths;
    for (const QString& h : table.headers)
        widths << displayWidth(h);
    for (const QStringList& row : table.rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    auto line = [&](const QStringList& cells) {
        QStringList parts;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const bool right = c < table.numeric.size() && table.numeric[c];
            parts << padded(c < cells.size() ? cells[c] : QString(), widths[c], right);
        }
        QString text = parts.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line(table.headers);
    QStringList rule;
    for (int w : std::as_const(widths))
        rule << QString(w, QLatin1Char('-'));
    out << rule.join(QStringLiteral("  ")) << '\n';
    for (const QStringList& row : table.rows)
        line(row);
    out.flush();
}

QJsonValue jsonNumberOrNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void printJson(QTextStream& out, const QJsonDocument& doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace report
} // namespace csm::app::cli
