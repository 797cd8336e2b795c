// csm-bench's CSV figures (issue 13): how fast CsvReader reads a usage file of a million rows, alone and with
// the checks a usage import makes on each row, and how fast io::importFile imports it into a book of the
// accounts it names (a dry run: read, checked, matched and inserted, then rolled back; and committed, with
// the batch, the list facts and the health back-fill), against the sqlite3 shell's .import of the same file
// into a table of the same shape as the book's usage table (the reference of issue 13's import target: at
// most 1.5 times its time).

#include "Scenarios.h"

#include "domain/CellValues.h"
#include "domain/Clock.h"
#include "domain/DateParsing.h"
#include "io/CsvReader.h"
#include "io/Importer.h"
#include "storage/Book.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

namespace csm::bench {
namespace {

constexpr qint64 kUsageRows = 1'000'000;

// A usage file for a 200 MB import (issue 13's bad input: a file that size gets its message with the line,
// memory flat): the rows of usageFile, 6,300,000 of them, then one dated 30 February on the last line.
constexpr qint64 kBigUsageRows = 6'300'000;

// account,date,metric,value: 10,000 accounts, four metrics each on each of 25 days (157 days for the big
// file), every (account, metric, date) once, as an import expects (an earlier file named the metric by the
// account, so that each day repeated every key four times); about 33 MB for 1,000,000 rows.
QString usageFile(const Config& config, qint64 rows = kUsageRows)
{
    const bool big = rows != kUsageRows;
    const QString path = config.scratch + (big ? QStringLiteral("/usage-%1-bad-last-line.csv").arg(rows)
                                               : QStringLiteral("/usage-%1-v2.csv").arg(rows));
    if (QFileInfo(path).size() > 0)
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    static const char* const metrics[] = {"active_users", "logins", "api_calls", "seats_used"};
    const QDate first(2024, 1, 1);
    QByteArray out = "account,date,metric,value\n";
    for (qint64 i = 0; i < rows; ++i) {
        const QDate day = first.addDays(i / 40000);
        char line[96];
        const int n =
            std::snprintf(line, sizeof line, "A-%06lld,%04d-%02d-%02d,%s,%lld\n", i % 10000, day.year(),
                          day.month(), day.day(), metrics[(i / 10000) % 4], (i * 7919) % 1000);
        out.append(line, n);
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    if (big)
        out += "A-000001,2025-02-30,logins,1\n"; // line rows + 2
    f.write(out);
    return path;
}

constexpr int kUsageAccounts = 10'000;

// A book with the 10,000 accounts the usage file names (external ids A-000000 …), made once by an import.
QString accountsBook(const Config& config)
{
    const QString path = config.scratch + QStringLiteral("/usage-accounts.sqlite");
    if (QFileInfo(path).size() > 0)
        return path;
    const QString csv = config.scratch + QStringLiteral("/usage-accounts.csv");
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray out = "external_id,name\n";
    for (int i = 0; i < kUsageAccounts; ++i)
        out += QByteArray("A-") + QByteArray::number(i).rightJustified(6, '0') + ",Account " +
               QByteArray::number(i) + '\n';
    f.write(out);
    f.close();
    const FixedClock clock(config.asOf);
    auto book = Book::open(path, Book::OpenMode::CreateIfMissing, clock);
    if (!book)
        return {};
    io::ImportOptions o;
    o.path = csv;
    auto r = io::importFile(**book, o);
    return r && r->added == kUsageAccounts ? path : QString();
}

// Peak resident memory is reset (Linux: 5 > /proc/self/clear_refs) so that a measurement's own peak shows.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

struct ReadRun
{
    qint64 rows = 0;
    qint64 problems = 0;
};

ReadRun readUsage(const QString& path, bool validate)
{
    ReadRun run;
    io::CsvReader reader(path);
    if (!reader.open())
        return run;
    dates::DateReading how;
    how.zone = QTimeZone::utc();
    while (reader.next()) {
        const io::CsvRow& row = reader.row();
        ++run.rows;
        run.problems += row.issues().size();
        if (validate) {
            // What a usage import checks before matching: an account key, a date, a metric, a number.
            run.problems += row.isEmpty(0) || row.isEmpty(2) ? 1 : 0;
            run.problems += dates::parseDate(row.utf8(1), how).ok() ? 0 : 1;
            run.problems += cell::parseNumber(row.utf8(3)).ok() ? 0 : 1;
        }
    }
    return run;
}

// The import of the million rows, each run into a fresh copy of the accounts book.
void benchUsageImport(Harness& h, const Config& config, const QString& path, double megabytes,
                      std::optional<double> importRate)
{
    const QString accounts = accountsBook(config);
    if (accounts.isEmpty()) {
        qWarning("cannot make the accounts book in %s", qPrintable(config.scratch));
        return;
    }
    const FixedClock clock(config.asOf);
    for (const bool dryRun : {true, false}) {
        QList<double> times;
        double peakGrowth = 0;
        io::ImportSummary last;
        for (int i = 0; i < config.slowRuns; ++i) {
            const QString copy = config.scratch + QStringLiteral("/usage-import-run.sqlite");
            (void)Book::removeFile(copy);
            if (!QFile::copy(accounts, copy))
                return;
            auto book = Book::open(copy, Book::OpenMode::ReadWrite, clock);
            if (!book)
                return;
            io::ImportOptions o;
            o.path = path;
            o.type = io::ImportType::Usage;
            o.dryRun = dryRun;
            const double before = residentMB();
            const bool peakReset = resetPeak();
            const qint64 start = monotonicNs();
            auto r = io::importFile(**book, o);
            times << double(monotonicNs() - start) / 1e6;
            if (peakReset)
                peakGrowth = std::max(peakGrowth, peakMB() - before);
            if (!r) {
                qWarning("usage import: %s", qPrintable(r.error().toString()));
                return;
            }
            last = *r;
            book->reset();
            (void)Book::removeFile(copy);
        }
        const Sample s = summarize(times);
        Figure f;
        f.key = dryRun ? QStringLiteral("csv.import_usage_dry_run") : QStringLiteral("csv.import_usage");
        f.what = dryRun
                     ? QStringLiteral("import of %1 usage rows, dry run (read, checked, matched, inserted, "
                                      "rolled back), %2 accounts")
                           .arg(kUsageRows)
                           .arg(kUsageAccounts)
                     : QStringLiteral("import of %1 usage rows, committed (with the batch, list facts and "
                                      "the health back-fill), %2 accounts")
                           .arg(kUsageRows)
                           .arg(kUsageAccounts);
        f.accounts = kUsageAccounts;
        f.value = double(kUsageRows) / (s.median / 1000.0);
        f.unit = QStringLiteral("rows/s");
        f.runs = s.runs;
        f.minValue = double(kUsageRows) / (s.max / 1000.0);
        f.maxValue = double(kUsageRows) / (s.min / 1000.0);
        if (importRate) {
            f.floor = *importRate;
            f.floorWhat = QStringLiteral("sqlite3 .import of the same file into a table of the same shape");
            f.goal = Goal::FloorRatioAtMost;
            f.target = 1.5;
            f.targetSource = QStringLiteral("issue 13");
        }
        f.note = QStringLiteral("%1 ms median; peak memory +%2 MB over a %3 MB file; %4 added, %5 rejected")
                     .arg(s.median, 0, 'f', 0)
                     .arg(peakGrowth, 0, 'f', 1)
                     .arg(megabytes, 0, 'f', 0)
                     .arg(last.added)
                     .arg(last.rejected);
        h.add(f);
    }
}

// The 200 MB file's dry run: refused for its last line (2025-02-30), nothing written, memory flat. Once:
// the figure is the time and the peak, the outcome is checked.
void benchBigUsageFile(Harness& h, const Config& config)
{
    const QString path = usageFile(config, kBigUsageRows);
    const QString accounts = accountsBook(config);
    if (path.isEmpty() || accounts.isEmpty())
        return;
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const FixedClock clock(config.asOf);
    auto book = Book::open(accounts, Book::OpenMode::ReadWrite, clock); // a dry run rolls back
    if (!book)
        return;
    io::ImportOptions o;
    o.path = path;
    o.type = io::ImportType::Usage;
    o.dryRun = true;
    const double before = residentMB();
    const bool peakReset = resetPeak();
    const qint64 start = monotonicNs();
    auto r = io::importFile(**book, o);
    const double ms = double(monotonicNs() - start) / 1e6;
    Figure f;
    f.key = QStringLiteral("csv.import_200mb_bad_last_line");
    f.what = QStringLiteral("dry run of a %1 MB usage file (%2 rows) whose last line has an impossible date")
                 .arg(megabytes, 0, 'f', 0)
                 .arg(kBigUsageRows);
    f.accounts = kUsageAccounts;
    f.value = ms / 1000.0;
    f.unit = QStringLiteral("s");
    f.runs = 1;
    f.minValue = f.maxValue = *f.value;
    const qint64 lastLine = kBigUsageRows + 2;
    const bool saysWhere = r && r->rejected == 1 && !r->problems.isEmpty() &&
                           r->problems.first().line == lastLine && !r->committed;
    f.note = QStringLiteral("peak memory +%1 MB; %2")
                 .arg(peakReset ? peakMB() - before : 0.0, 0, 'f', 1)
                 .arg(saysWhere ? QStringLiteral("rejected line %1 (%2), nothing written")
                                      .arg(lastLine)
                                      .arg(r->problems.first().toString())
                                : QStringLiteral("WRONG OUTCOME: %1")
                                      .arg(r ? QStringLiteral("%1 rejected").arg(r->rejected)
                                             : r.error().toString()));
    h.add(f);
}

} // namespace

void benchCsv(Harness& h, const Config& config)
{
    const QString path = usageFile(config);
    if (path.isEmpty()) {
        qWarning("cannot write the usage file in %s", qPrintable(config.scratch));
        return;
    }
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    // The reference: the sqlite3 shell's .import into a fresh file, into a table of the same shape as the
    // book's usage table (its columns, types, CHECKs and primary key, STRICT, WITHOUT ROWID; the account
    // named by the file's key, as no account table is there to refer to), with the shell's own settings.
    // The same into a table without a key is measured beside it, for comparison only (docs/decisions.md,
    // "The usage import's reference").
    std::optional<double> importRate;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    struct Reference
    {
        const char* key;
        const char* table;
        const char* what;
        bool reference;
    };
    static const Reference references[] = {
        {"csv.sqlite_import",
         "CREATE TABLE usage_metric (account TEXT NOT NULL, date TEXT NOT NULL CHECK (date IS date(date)), "
         "metric TEXT NOT NULL CHECK (length(metric) > 0), value REAL NOT NULL, "
         "PRIMARY KEY (account, metric, date)) STRICT, WITHOUT ROWID;",
         "into a table of the usage table's shape (primary key, CHECKs, STRICT, WITHOUT ROWID)", true},
        {"csv.sqlite_import_plain",
         "CREATE TABLE usage_metric (account TEXT, date TEXT, metric TEXT, value REAL);",
         "into a table without a key", false},
    };
    for (const Reference& ref : references) {
        if (shell.isEmpty())
            break;
        QList<double> times;
        for (int i = 0; i < config.slowRuns; ++i) {
            const QString db = config.scratch + QStringLiteral("/usage-import.sqlite");
            QFile::remove(db);
            QProcess p;
            p.start(shell, {db});
            p.write(QByteArray(ref.table) + '\n' +
                    QStringLiteral(".import --csv --skip 1 %1 usage_metric\n").arg(path).toUtf8());
            p.closeWriteChannel();
            const qint64 start = monotonicNs();
            if (p.waitForFinished(600000) && p.exitCode() == 0 && p.readAllStandardError().isEmpty())
                times << double(monotonicNs() - start) / 1e6;
            QFile::remove(db);
        }
        if (times.isEmpty())
            continue;
        const Sample s = summarize(times);
        Figure f;
        f.key = QLatin1String(ref.key);
        f.what = QStringLiteral("sqlite3 shell .import of %1 usage rows (%2 MB) %3")
                     .arg(kUsageRows)
                     .arg(megabytes, 0, 'f', 0)
                     .arg(QLatin1String(ref.what));
        f.value = double(kUsageRows) / (s.median / 1000.0);
        f.unit = QStringLiteral("rows/s");
        f.runs = s.runs;
        f.minValue = double(kUsageRows) / (s.max / 1000.0);
        f.maxValue = double(kUsageRows) / (s.min / 1000.0);
        f.note =
            ref.reference
                ? QStringLiteral("the reference of issue 13's import target (at most 1.5 times its time)")
                : QStringLiteral("for comparison: what the key and the CHECKs cost the shell");
        h.add(f);
        if (ref.reference)
            importRate = f.value;
    }

    benchUsageImport(h, config, path, megabytes, importRate);
    benchBigUsageFile(h, config);

    for (const bool validate : {false, true}) {
        QList<double> times;
        double peakGrowth = 0;
        ReadRun last;
        for (int i = 0; i < config.runs; ++i) {
            const double before = residentMB();
            const bool peakReset = resetPeak();
            const qint64 start = monotonicNs();
            last = readUsage(path, validate);
            times << double(monotonicNs() - start) / 1e6;
            if (peakReset)
                peakGrowth = std::max(peakGrowth, peakMB() - before);
        }
        const Sample s = summarize(times);
        Figure f;
        f.key = validate ? QStringLiteral("csv.read_validate") : QStringLiteral("csv.read");
        f.what = validate
                     ? QStringLiteral("CsvReader + date and number checks, %1 usage rows").arg(kUsageRows)
                     : QStringLiteral("CsvReader, %1 usage rows (%2 MB)")
                           .arg(kUsageRows)
                           .arg(megabytes, 0, 'f', 0);
        f.value = double(last.rows) / (s.median / 1000.0);
        f.unit = QStringLiteral("rows/s");
        f.runs = s.runs;
        f.minValue = double(last.rows) / (s.max / 1000.0);
        f.maxValue = double(last.rows) / (s.min / 1000.0);
        if (importRate) {
            f.floor = *importRate;
            f.floorWhat = QStringLiteral("sqlite3 .import of the same file into a table of the same shape");
        }
        f.note = QStringLiteral("%1 ms median; peak memory +%2 MB over a %3 MB file; %4 rows, %5 problems")
                     .arg(s.median, 0, 'f', 0)
                     .arg(peakGrowth, 0, 'f', 1)
                     .arg(megabytes, 0, 'f', 0)
                     .arg(last.rows)
                     .arg(last.problems);
        h.add(f);
    }
}

} // namespace csm::bench
