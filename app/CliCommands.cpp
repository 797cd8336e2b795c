#include "app/CliCommands.h"

#include "domain/Clock.h"
#include "io/Generator.h"
#include "storage/Book.h"
#include "storage/RecordCheck.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CSM_ISATTY _isatty
#define CSM_FILENO _fileno
#else
#include <unistd.h>
#define CSM_ISATTY isatty
#define CSM_FILENO fileno
#endif

namespace csm::app::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

bool stderrIsTerminal()
{
    return CSM_ISATTY(CSM_FILENO(stderr)) != 0;
}

void printBookLine(const Context& ctx)
{
    ctx.out << CliText::tr("Book: %1").arg(ctx.bookPath) << Qt::endl;
}

Error missingBook(const QString& path)
{
    return Error{Error::Code::NotFound, CliText::tr("There is no book at this path."), path,
                 CliText::tr("Give an existing book with --book, or create one with generate.")};
}

// Removes a book file this command created and could not fill; SQLite removes its side files.
void removeCreatedBook(const QString& path)
{
    (void)Book::removeFile(path);
}

} // namespace

int Context::usageError(const QString& command, const QString& message) const
{
    err << QStringLiteral("csm-workbench: %1: %2").arg(command, message) << Qt::endl;
    return ExitUsage;
}

int Context::failure(const QString& message) const
{
    err << QStringLiteral("csm-workbench: %1").arg(message) << Qt::endl;
    return ExitFailed;
}

int runGenerate(const Context& ctx)
{
    const QString cmd = QStringLiteral("generate");
    GeneratorOptions options;
    if (ctx.has(QStringLiteral("accounts"))) {
        bool ok = false;
        options.accounts = ctx.value(QStringLiteral("accounts")).toInt(&ok);
        if (!ok || options.accounts < 10 || options.accounts > 100'000)
            return ctx.usageError(cmd,
                                  CliText::tr("--accounts needs a whole number from 10 to 100000, not '%1'.")
                                      .arg(ctx.value(QStringLiteral("accounts"))));
    }
    if (ctx.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = ctx.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.usageError(
                cmd, CliText::tr("--seed needs a whole number from 0 to 18446744073709551615, not '%1'.")
                         .arg(ctx.value(QStringLiteral("seed"))));
    }
    if (ctx.has(QStringLiteral("as-of"))) {
        const QString text = ctx.value(QStringLiteral("as-of"));
        options.asOf = QDate::fromString(text, Qt::ISODate);
        if (!options.asOf.isValid() || text.size() != 10)
            return ctx.usageError(cmd,
                                  CliText::tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(text));
    }
    if (ctx.has(QStringLiteral("currency"))) {
        const QString text = ctx.value(QStringLiteral("currency"));
        static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
        if (!iso.match(text).hasMatch())
            return ctx.usageError(
                cmd, CliText::tr("--currency needs a three-letter ISO 4217 code such as JPY, not '%1'.")
                         .arg(text));
        options.currency = text.toUpper();
    }
    if (ctx.has(QStringLiteral("japanese-names"))) {
        options.japaneseNamesCsv = QFileInfo(ctx.value(QStringLiteral("japanese-names"))).absoluteFilePath();
        if (!QFileInfo(options.japaneseNamesCsv).isFile()) {
            return ctx.failure(Error{Error::Code::NotFound,
                                     CliText::tr("The company name list does not exist."),
                                     options.japaneseNamesCsv,
                                     CliText::tr("Give Japan Post's JIGYOSYO.CSV with --japanese-names.")}
                                   .toString());
        }
    }

    printBookLine(ctx);
    const bool existed = QFileInfo::exists(ctx.bookPath);
    FixedClock fixedClock(options.asOf);
    const Clock& clock = options.asOf.isValid() ? static_cast<const Clock&>(fixedClock) : Clock::system();
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::CreateIfMissing, clock);
    if (!opened)
        return ctx.failure(opened.error().toString());
    std::unique_ptr<Book> book = std::move(opened.value());

    auto count = book->accounts().count();
    if (!count) {
        book.reset();
        return ctx.failure(count.error().toString());
    }
    if (*count > 0) {
        book.reset();
        return ctx.failure(Error{
            Error::Code::InvalidValue,
            CliText::tr("The book already holds %n account(s); generate fills only a new or empty book.",
                        nullptr, int(*count)),
            ctx.bookPath, CliText::tr("Give a new file with --book.")}
                               .toString());
    }

    const bool showProgress = stderrIsTerminal();
    int lastPercent = -1;
    g_interrupted = 0;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    options.progress = [&](qint64 done, qint64 total) {
        if (showProgress) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != lastPercent) {
                lastPercent = percent;
                ctx.err << '\r' << CliText::tr("Generating… %1% (%2 rows)").arg(percent).arg(done)
                        << Qt::flush;
            }
        }
        return g_interrupted == 0;
    };

    QElapsedTimer timer;
    timer.start();
    auto result = generateBook(*book, options);
    const qint64 elapsedMs = timer.elapsed();
    std::signal(SIGINT, previousHandler);
    if (showProgress && lastPercent >= 0)
        ctx.err << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    book.reset();

    if (!result) {
        if (!existed)
            removeCreatedBook(ctx.bookPath);
        return ctx.failure(result.error().toString());
    }
    const GeneratorStats& s = *result;
    ctx.out << CliText::tr("Generated %1 accounts and %2 rows in all in %3 s.")
                   .arg(s.accounts)
                   .arg(s.totalRows())
                   .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    const std::pair<const char*, qint64> rows[] = {
        {"account", s.accounts},          {"contact", s.contacts},     {"touch", s.touches},
        {"contract", s.contracts},        {"arr_event", s.arrEvents},  {"renewal", s.renewals},
        {"roadmap", s.roadmaps},          {"milestone", s.milestones}, {"usage_metric", s.usageRows},
        {"nps_response", s.npsResponses},
    };
    for (const auto& [name, n] : rows)
        ctx.out << QStringLiteral("  %1 %2").arg(QLatin1String(name), -14).arg(n) << Qt::endl;
    return ExitOk;
}

int runCheck(const Context& ctx)
{
    printBookLine(ctx);
    if (!QFileInfo::exists(ctx.bookPath))
        return ctx.failure(missingBook(ctx.bookPath).toString());
    // Read-only: checking never changes the file, and works while the app has the book open.
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::ReadOnly);
    if (!opened)
        return ctx.failure(opened.error().toString());
    const bool full = !ctx.has(QStringLiteral("quick"));
    auto report = opened.value()->check(full);
    if (!report)
        return ctx.failure(report.error().toString());

    const Book::CheckReport& r = *report;
    ctx.out << CliText::tr("Schema version: %1 (this app writes version %2)")
                   .arg(r.schemaVersion)
                   .arg(Book::currentSchemaVersion())
            << Qt::endl;
    ctx.out << CliText::tr("Integrity: %1").arg(r.ok ? CliText::tr("ok") : CliText::tr("problems found"))
            << Qt::endl;
    ctx.out << CliText::tr("Rows:") << Qt::endl;
    QStringList tables = r.rowCounts.keys();
    std::sort(tables.begin(), tables.end());
    for (const QString& table : tables)
        ctx.out << QStringLiteral("  %1 %2").arg(table, -22).arg(r.rowCounts.value(table)) << Qt::endl;

    // Records stored before the rules of domain/Validation were enforced (or by another tool): the same rules
    // the app and storage apply to every write.
    auto outside = findRecordsBreakingTheRules(*opened.value());
    if (!outside)
        return ctx.failure(outside.error().toString());
    if (!outside->isEmpty()) {
        ctx.out << CliText::tr("Records outside the ranges:") << Qt::endl;
        for (const RecordProblem& p : std::as_const(*outside))
            ctx.out << QStringLiteral("  %1 %2: %3 (%4)").arg(p.table, p.id, p.error.message, p.error.where)
                    << Qt::endl;
    }
    if (r.ok && outside->isEmpty())
        return ExitOk;
    if (r.ok)
        return ctx.failure(
            CliText::tr("The book has %n record(s) outside the ranges.", nullptr, int(outside->size())) +
            QStringLiteral(" (%1) ").arg(ctx.bookPath) +
            CliText::tr("Correct them in the app; the ranges are in docs/decisions.md."));
    ctx.out << CliText::tr("Problems:") << Qt::endl;
    for (const QString& problem : r.problems)
        ctx.out << QStringLiteral("  ") << problem << Qt::endl;
    return ctx.failure(CliText::tr("The book has %n problem(s).", nullptr, int(r.problems.size())) +
                       QStringLiteral(" (%1)").arg(ctx.bookPath));
}

int runBackup(const Context& ctx)
{
    const QString cmd = QStringLiteral("backup");
    if (!ctx.has(QStringLiteral("out")) || ctx.value(QStringLiteral("out")).isEmpty())
        return ctx.usageError(cmd, CliText::tr("--out FILE is required."));
    const QString target = QFileInfo(ctx.value(QStringLiteral("out"))).absoluteFilePath();
    if (target == ctx.bookPath)
        return ctx.usageError(cmd, CliText::tr("--out must name another file than the book."));
    printBookLine(ctx);
    if (!QFileInfo::exists(ctx.bookPath))
        return ctx.failure(missingBook(ctx.bookPath).toString());
    if (QFileInfo::exists(target)) {
        return ctx.failure(
            Error{Error::Code::InvalidValue, CliText::tr("The backup file already exists."), target,
                  CliText::tr("Choose another name with --out; a backup never overwrites a file.")}
                .toString());
    }
    auto opened = Book::open(ctx.bookPath, Book::OpenMode::ReadOnly);
    if (!opened)
        return ctx.failure(opened.error().toString());
    if (auto s = opened.value()->backupTo(target); !s)
        return ctx.failure(s.error().toString());
    ctx.out << CliText::tr("Backup written and checked: %1").arg(target) << Qt::endl;
    return ExitOk;
}

} // namespace csm::app::cli
