// csm-bench: how fast CSM Workbench is, against the limits of its parts (issue 5). Run it through
// scripts/bench, which builds the Release preset first; see docs/PERFORMANCE.md.
//
//   csm-bench [--quick] [--out FILE.json] [--markdown FILE.md] [--scratch DIR] [--workbench PATH]
//             [--sizes N,N] [--reuse] [--only AREA,AREA] [--runs N]
//
// Child modes used by the benchmark itself: --child-open BOOK, --child-probe BOOK, --child-load BOOK,
// --child-search BOOK --text TEXT.

#include "Harness.h"
#include "Scenarios.h"
#include "domain/Allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace csm::bench;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    csm::keepFreedMemoryForReuse(); // as the app does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("csm-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of CSM Workbench (docs/PERFORMANCE.md)"));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("1,000 and 10,000 accounts only."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the JSON results here."),
                                 QStringLiteral("FILE"), QStringLiteral("bench-results.json"));
    const QCommandLineOption markdown(
        QStringLiteral("markdown"), QStringLiteral("Write the Markdown table here."), QStringLiteral("FILE"));
    const QCommandLineOption scratch(
        QStringLiteral("scratch"),
        QStringLiteral("Folder for the generated books (default: a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption workbench(
        QStringLiteral("workbench"), QStringLiteral("The csm-workbench executable."), QStringLiteral("PATH"));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Comma-separated book sizes (overrides --quick)."),
                                   QStringLiteral("N,N"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("Reuse books already in --scratch (no generation figure for them)."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("The books' today."),
                                  QStringLiteral("DATE"), QStringLiteral("2025-06-30"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral(
            "Measure only these areas: open, memory, startup, accounts, touch, today, search, health, "
            "roadmaps, renewals, charts, csv, print, portfolio, team, bookjson (generation and the upgrade "
            "of an older reused book always run)."),
        QStringLiteral("AREA,AREA"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QStringLiteral("Repetitions of every item (default 5; 3 for the slow items at 100,000 accounts)."),
        QStringLiteral("N"));
    const QCommandLineOption childOpenOption(QStringLiteral("child-open"), QString(), QStringLiteral("BOOK"));
    const QCommandLineOption childProbeOption(QStringLiteral("child-probe"), QString(),
                                              QStringLiteral("BOOK"));
    const QCommandLineOption childLoadOption(QStringLiteral("child-load"), QString(), QStringLiteral("BOOK"));
    const QCommandLineOption childSearchOption(QStringLiteral("child-search"), QString(),
                                               QStringLiteral("BOOK"));
    const QCommandLineOption textOption(QStringLiteral("text"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({quick, out, markdown, scratch, workbench, sizes, reuse, asOf, only, runs});
    for (QCommandLineOption child :
         {childOpenOption, childProbeOption, childLoadOption, childSearchOption, textOption}) {
        child.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(child);
    }
    parser.process(app);

    const QDate day = QDate::fromString(parser.value(asOf), Qt::ISODate);
    if (parser.isSet(childOpenOption))
        return childOpen(parser.value(childOpenOption), day);
    if (parser.isSet(childProbeOption))
        return childProbe(parser.value(childProbeOption));
    if (parser.isSet(childLoadOption))
        return childLoad(parser.value(childLoadOption), day);
    if (parser.isSet(childSearchOption))
        return childSearch(parser.value(childSearchOption), parser.value(textOption));

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/csm-bench-XXXXXX"));
    Config config;
    config.scratch = parser.isSet(scratch) ? parser.value(scratch) : temporary.path();
    QDir().mkpath(config.scratch);
    config.self = QCoreApplication::applicationFilePath();
    config.workbench = parser.isSet(workbench)
                           ? parser.value(workbench)
                           : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/csm-workbench");
    config.workbench = QDir::cleanPath(config.workbench);
    config.asOf = day;
    config.quick = parser.isSet(quick);
    config.dropCaches = dropOsCaches();
    if (parser.isSet(runs) && parser.value(runs).toInt() > 0)
        config.runs = config.slowRuns = parser.value(runs).toInt();

    QList<int> books = config.quick ? QList<int>{1000, 10000} : QList<int>{1000, 10000, 100000};
    if (parser.isSet(sizes)) {
        books.clear();
        for (const QString& n : parser.value(sizes).split(QLatin1Char(','))) {
            if (n.toInt() > 0) // --sizes 0 measures no book (with --only csv: the CSV figures alone)
                books << n.toInt();
        }
    }

    const QStringList areas = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char* area) {
        return !parser.isSet(only) || areas.contains(QLatin1String(area));
    };

    const QString loadBefore = loadAverage();
    const qint64 start = monotonicNs();
    Harness h;
    QJsonObject run;
    const QJsonObject machine = describeMachine();
    const QString reproduce =
        config.quick ? QStringLiteral("scripts/bench --quick") : QStringLiteral("scripts/bench");
    // Written after each book, so that an interrupted run keeps what it measured.
    const auto write = [&] {
        run[QStringLiteral("load_average_after")] = loadAverage();
        run[QStringLiteral("seconds")] = double(monotonicNs() - start) / 1e9;
        run[QStringLiteral("peak_mb")] = peakMB();
        bool ok = writeFile(parser.value(out), QJsonDocument(h.toJson(machine, run)).toJson());
        if (parser.isSet(markdown))
            ok = writeFile(parser.value(markdown), h.markdownTable(reproduce).toUtf8()) && ok;
        return ok;
    };
    run[QStringLiteral("mode")] = config.quick ? QStringLiteral("quick") : QStringLiteral("full");
    QJsonArray sizeList;
    for (const int n : books)
        sizeList.append(n);
    run[QStringLiteral("book_sizes")] = sizeList;
    run[QStringLiteral("as_of")] = day.toString(Qt::ISODate);
    run[QStringLiteral("runs")] = config.runs;
    run[QStringLiteral("runs_slow_items_at_100000")] = config.slowRuns;
    run[QStringLiteral("os_cache_dropped_for_cold")] = config.dropCaches;
    run[QStringLiteral("load_average_before")] = loadBefore;
    run[QStringLiteral("reused_books")] = parser.isSet(reuse);
    if (parser.isSet(only))
        run[QStringLiteral("only")] = areas.join(QLatin1Char(','));

    for (const int n : books) {
        qInfo("== %d accounts", n);
        if (!(parser.isSet(reuse) && QFileInfo::exists(bookPath(config, n))) && !benchGenerate(h, config, n))
            return 1;
        benchUpgrade(h, config, n);
        if (wanted("open"))
            benchOpen(h, config, n);
        if (wanted("memory"))
            benchAccountsMemory(h, config, n);
        if (n >= 10000 && wanted("startup"))
            benchStartup(h, config, n);
        if (wanted("accounts"))
            benchAccounts(h, config, n);
        if (wanted("touch"))
            benchLogTouch(h, config, n);
        if (wanted("today"))
            benchToday(h, config, n);
        if (wanted("search"))
            benchQuickSearch(h, config, n);
        if (wanted("health"))
            benchHealth(h, config, n);
        if (wanted("roadmaps"))
            benchRoadmaps(h, config, n);
        if (wanted("renewals"))
            benchRenewals(h, config, n);
        if (wanted("portfolio"))
            benchPortfolio(h, config, n);
        if (wanted("bookjson"))
            benchBookJson(h, config, n);
        write();
    }
    if (wanted("charts")) {
        qInfo("== charts");
        benchCharts(h, config);
        benchChartReplots(h, config);
    }
    if (wanted("csv")) {
        qInfo("== csv");
        benchCsv(h, config);
    }
    if (wanted("print")) {
        qInfo("== print");
        benchPrint(h, config);
    }
    if (wanted("team")) {
        qInfo("== team view");
        benchTeamView(h, config);
    }
    // Later capabilities add their figures here: benchKpis(...), each a function that calls h.add().

    QTextStream(stdout) << "\n" << h.markdownTable(reproduce);
    const bool ok = write();
    qInfo("results: %s (%.0f s)", qPrintable(parser.value(out)), double(monotonicNs() - start) / 1e9);
    return ok ? 0 : 1;
}
