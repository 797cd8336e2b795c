// The import, undo-import and export commands (issue 13, docs/cli.md).

#include "ExportCommand.h"
#include "app/CliCommands.h"

#include "io/BookExport.h"
#include "io/ColumnMapping.h"
#include "io/Importer.h"
#include "io/PresetStore.h"
#include "storage/Book.h"
#include "storage/ImportWriter.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <csignal>

namespace csm::app::cli {
namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void onStop(int)
{
    g_stop = 1;
}

// SIGINT stops a long import or export (the book stays as it was) for as long as this lives.
class StopOnInterrupt
{
public:
    StopOnInterrupt() : m_previous(std::signal(SIGINT, onStop)) { g_stop = 0; }
    ~StopOnInterrupt() { std::signal(SIGINT, m_previous); }
    io::ImportProgress progress() const
    {
        return {{}, [] { return g_stop != 0; }};
    }

private:
    void (*m_previous)(int);
};

void printSummary(const Context& ctx, const io::ImportSummary& s, bool json)
{
    if (json) {
        ctx.out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << s.sentence() << Qt::endl;
    for (const io::ImportProblem& p : s.problems)
        ctx.out << QStringLiteral("  ") << p.toString() << Qt::endl;
    if (s.problemCount > s.problems.size())
        ctx.out << QStringLiteral("  ")
                << CliText::tr("… and %n more problem(s).", nullptr, int(s.problemCount - s.problems.size()))
                << Qt::endl;
    if (!s.rejectsFile.isEmpty())
        ctx.out << CliText::tr("Rejected rows written to %1.").arg(s.rejectsFile) << Qt::endl;
}

std::optional<char> delimiterFromName(const QString& name)
{
    static const QList<std::pair<QString, char>> names = {
        {QStringLiteral("comma"), ','}, {QStringLiteral(","), ','},    {QStringLiteral("semicolon"), ';'},
        {QStringLiteral(";"), ';'},     {QStringLiteral("tab"), '\t'}, {QStringLiteral("\\t"), '\t'},
        {QStringLiteral("bar"), '|'},   {QStringLiteral("|"), '|'},
    };
    for (const auto& [n, c] : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

} // namespace

int runImport(const Context& ctx)
{
    const QString cmd = QStringLiteral("import");
    if (ctx.argument.isEmpty())
        return ctx.usageError(cmd, CliText::tr("give the file to import."));
    const QString path = QFileInfo(ctx.argument).absoluteFilePath();
    const QString format =
        ctx.has(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.usageError(cmd, CliText::tr("--format needs text or json, not '%1'.").arg(format));
    const bool json = format == QLatin1String("json");
    if (!QFileInfo(path).isFile())
        return ctx.failure(
            Error{Error::Code::NotFound, CliText::tr("The file does not exist."), path, {}}.toString());
    const bool bookExport = io::isBookExport(path);

    io::ImportOptions options;
    options.path = path;
    options.dryRun = ctx.has(QStringLiteral("dry-run"));
    options.skipRejected = ctx.has(QStringLiteral("skip-rejected"));
    if (ctx.has(QStringLiteral("rejects")))
        options.rejectsPath = QFileInfo(ctx.value(QStringLiteral("rejects"))).absoluteFilePath();
    if (ctx.has(QStringLiteral("type"))) {
        const auto type = io::importTypeFromCode(ctx.value(QStringLiteral("type")));
        if (!type)
            return ctx.usageError(
                cmd, CliText::tr("--type needs accounts, contacts, contracts, arr, touches, usage, "
                                 "usage-wide, nps or holidays, not '%1'.")
                         .arg(ctx.value(QStringLiteral("type"))));
        options.type = *type;
    } else if (!ctx.has(QStringLiteral("mapping")) && !bookExport) {
        return ctx.usageError(cmd, CliText::tr("--type is needed for a CSV file."));
    }
    // The reading options given on the command line; they win over a preset's.
    io::ImportOptions given;
    if (ctx.has(QStringLiteral("encoding"))) {
        const auto encoding = io::encodingFromName(ctx.value(QStringLiteral("encoding")));
        if (!encoding)
            return ctx.usageError(
                cmd, CliText::tr("--encoding needs utf-8, utf-16le, utf-16be or cp932, not '%1'.")
                         .arg(ctx.value(QStringLiteral("encoding"))));
        given.csv.encoding = *encoding;
    }
    if (ctx.has(QStringLiteral("delimiter"))) {
        const auto delimiter = delimiterFromName(ctx.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return ctx.usageError(cmd,
                                  CliText::tr("--delimiter needs comma, semicolon, tab or bar, not '%1'.")
                                      .arg(ctx.value(QStringLiteral("delimiter"))));
        given.csv.delimiter = *delimiter;
    }
    if (ctx.has(QStringLiteral("day-order"))) {
        const QString order = ctx.value(QStringLiteral("day-order"));
        if (order == QLatin1String("month-first"))
            given.dayOrder = dates::DayOrder::MonthFirst;
        else if (order == QLatin1String("day-first"))
            given.dayOrder = dates::DayOrder::DayFirst;
        else
            return ctx.usageError(
                cmd, CliText::tr("--day-order needs month-first or day-first, not '%1'.").arg(order));
    }
    if (ctx.has(QStringLiteral("locale")))
        given.locale = QLocale(ctx.value(QStringLiteral("locale")));

    if (!json)
        ctx.out << CliText::tr("Book: %1").arg(ctx.bookPath) << Qt::endl;
    const bool existed = QFileInfo::exists(ctx.bookPath);
    if (bookExport && !existed) {
        // A book's export into a new book of its currency, which appears only once the import is complete.
        StopOnInterrupt stop;
        Result<io::ImportSummary> result =
            io::importBookJsonAsNewBook(ctx.bookPath, path, options.dryRun, Clock::system(), stop.progress());
        if (!result)
            return ctx.failure(result.error().toString());
        printSummary(ctx, *result, json);
        return result->rejected > 0 && !result->committed ? ExitFailed : ExitOk;
    }
    // Any other file into a missing book: a new, empty book is created for it, as generate does.
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::CreateIfMissing);
    if (!opened)
        return ctx.failure(opened.error().toString());
    std::unique_ptr<Book> book = std::move(*opened);
    const auto fail = [&](const Error& e) {
        book.reset();
        if (!existed)
            (void)Book::removeFile(ctx.bookPath);
        return ctx.failure(e.toString());
    };
    // --mapping: a preset file, one saved in the book, or one that ships with the app (io/PresetStore.h).
    std::optional<io::ImportPreset> preset;
    if (ctx.has(QStringLiteral("mapping"))) {
        auto found = io::findPreset(book.get(), ctx.value(QStringLiteral("mapping")));
        if (!found)
            return fail(found.error());
        preset = *found;
        if (!ctx.has(QStringLiteral("type")))
            options.type = preset->type;
        options.csv = preset->csvOptions();
        options.dayOrder = preset->dayOrder;
        options.locale = preset->locale();
    }
    if (given.csv.encoding)
        options.csv.encoding = given.csv.encoding;
    if (given.csv.delimiter)
        options.csv.delimiter = given.csv.delimiter;
    if (ctx.has(QStringLiteral("day-order")))
        options.dayOrder = given.dayOrder;
    if (ctx.has(QStringLiteral("locale")))
        options.locale = given.locale;
    if (preset) {
        io::CsvReader reader(path, options.csv);
        if (auto st = reader.open(); !st)
            return fail(st.error());
        options.mapping = preset->apply(reader.header());
    }

    StopOnInterrupt stop;
    Result<io::ImportSummary> result = bookExport
                                           ? io::importBookJson(*book, path, options.dryRun, stop.progress())
                                           : io::importFile(*book, options, stop.progress());
    book.reset();
    if (!result) {
        if (!existed)
            (void)Book::removeFile(ctx.bookPath);
        return ctx.failure(result.error().toString());
    }
    if (!existed && !result->committed)
        (void)Book::removeFile(ctx.bookPath);
    printSummary(ctx, *result, json);
    return result->rejected > 0 && !result->committed ? ExitFailed : ExitOk;
}

int runUndoImport(const Context& ctx)
{
    ctx.out << CliText::tr("Book: %1").arg(ctx.bookPath) << Qt::endl;
    if (!QFileInfo::exists(ctx.bookPath))
        return ctx.failure(
            Error{Error::Code::NotFound, CliText::tr("There is no book at this path."), ctx.bookPath, {}}
                .toString());
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::ReadWrite);
    if (!opened)
        return ctx.failure(opened.error().toString());
    auto undone = undoLastImport(**opened);
    if (!undone)
        return ctx.failure(undone.error().toString());
    ctx.out << CliText::tr("Undid the import of %1: %2 row(s) removed, %3 restored.")
                   .arg(undone->batch.file)
                   .arg(undone->removed)
                   .arg(undone->restored)
            << Qt::endl;
    return ExitOk;
}

int runExport(const Context& ctx)
{
    const QString cmd = QStringLiteral("export");
    const QString format =
        ctx.has(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format == QLatin1String("ics"))
        return runExportIcs(ctx);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return ctx.usageError(cmd, CliText::tr("unknown format '%1': give json, csv or ics.").arg(format));
    if (ctx.value(QStringLiteral("out")).isEmpty())
        return ctx.usageError(cmd, CliText::tr("--out PATH is required."));
    io::TextEncoding encoding = io::TextEncoding::Utf8;
    if (ctx.has(QStringLiteral("encoding"))) {
        const auto e = io::encodingFromName(ctx.value(QStringLiteral("encoding")));
        if (!e || (*e != io::TextEncoding::Utf8 && *e != io::TextEncoding::Cp932))
            return ctx.usageError(cmd, CliText::tr("--encoding needs utf-8 or cp932, not '%1'.")
                                           .arg(ctx.value(QStringLiteral("encoding"))));
        encoding = *e;
    }
    const QString out = QFileInfo(ctx.value(QStringLiteral("out"))).absoluteFilePath();
    if (!QFileInfo::exists(ctx.bookPath))
        return ctx.failure(
            Error{Error::Code::NotFound, CliText::tr("There is no book at this path."), ctx.bookPath, {}}
                .toString());
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::ReadOnly);
    if (!opened)
        return ctx.failure(opened.error().toString());
    StopOnInterrupt stop;
    auto result = format == QLatin1String("json")
                      ? io::exportBookJson(**opened, out, stop.progress())
                      : io::exportBookCsv(**opened, out, encoding, stop.progress());
    if (!result)
        return ctx.failure(result.error().toString());
    ctx.out
        << CliText::tr("Exported %1 rows of %2 tables to %3.").arg(result->rows).arg(result->tables).arg(out)
        << Qt::endl;
    for (const auto& [file, r] : result->replaced)
        ctx.out << QStringLiteral("  ")
                << CliText::tr("%1, row %2, column %3: %4 is not in CP932 and was written as ?.")
                       .arg(file)
                       .arg(r.row)
                       .arg(r.column)
                       .arg(r.character)
                << Qt::endl;
    return ExitOk;
}

} // namespace csm::app::cli
