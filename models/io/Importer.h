#pragma once

// The import engine under the wizard and the `import` command (issue 13): reads a CSV file row by row
// (io/CsvReader.h), reads each row's cells into a record of the import type through its column mapping,
// matches it to what the book has (external id, 法人番号, normalised name; docs/import-export.md,
// "Matching"), and writes it through one storage::ImportWriter transaction. All or nothing: a file with a
// rejected row commits nothing, and a dry run is the same import rolled back, so its summary is exactly what
// the commit would do. Streams: memory does not grow with the file (problems beyond a limit are only
// counted; rejected rows go to a file).

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportFields.h"
#include "storage/ImportWriter.h"

#include "domain/DateParsing.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace csm {
class Book;
class Transaction;
} // namespace csm

namespace csm::io {

// How the caller follows a long import: progress in bytes of the file, and whether to stop.
struct ImportProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    std::function<bool()> cancelled;
};

// What the user chose for a row's value that matches several records of the book (the wizard asks; the
// command line has no choices and rejects such rows).
struct MatchChoice
{
    enum class Kind
    {
        Target, // the record `target`
        New,    // a new record (an account or record row only)
        Skip,   // the row is left out
    };
    Kind kind = Kind::Skip;
    Id target;
    friend bool operator==(const MatchChoice&, const MatchChoice&) = default;
};
// A choice is made for a row's line and the field whose value matched several records.
using MatchChoiceKey = std::pair<qint64, QString>;

// A row's value that matches several records of the book: the row is rejected (with a problem on the field)
// unless ImportOptions::choices says what to do with it.
struct AmbiguousMatch
{
    qint64 line = 0;
    QString field; // the import field whose value matched, or empty for the row as a whole
    QString value;
    bool canCreate = false; // a new record may be made instead (the row is an account or a record itself)
    struct Candidate
    {
        Id id;
        QString label; // what the user tells it apart by: "Twin (Z-1)", "Hanako <h@x.example>"
    };
    QList<Candidate> candidates;
};

struct ImportOptions
{
    QString path;
    ImportType type = ImportType::Accounts;
    std::optional<ColumnMapping> mapping; // nullopt: suggested from the headers
    CsvOptions csv;                       // encoding, delimiter, header row (recognised when not given)
    dates::DayOrder dayOrder = dates::DayOrder::Unknown;
    QLocale locale = QLocale::c(); // how numbers are written (1.200,50 in de_DE)
    bool dryRun = false;
    // Commit the rows that read well even when others were rejected (the summary still lists them). Off by
    // default: a file with a rejected row commits nothing.
    bool skipRejected = false;
    QString rejectsPath;    // when set, rejected rows are written there (CSV with a reason column)
    int keptProblems = 500; // problems (and ambiguous matches) listed in the summary; the rest are counted
    QMap<MatchChoiceKey, MatchChoice> choices; // for ambiguous matches, by line and field
};

// What is wrong with one row, on its cell when there is one.
struct ImportProblem
{
    qint64 line = 0;   // of the file, from 1; 0 for the whole file
    qint64 column = 0; // character in that line, from 1; 0 for the whole row
    QString field;     // the import field ("start_date"), or empty
    QString message;   // translated
    QString hint;      // translated, may be empty

    QString toString() const; // "Line 4, column 12 (start_date): message"
    QJsonObject toJson() const;
};

// What an import did, or (dry run, rejected rows, cancelled) would have done.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    QString file;
    QString type;     // the import type's code, or "book"
    QString encoding; // as read
    bool dryRun = false;
    // Commit the rows that read well even when others were rejected (the summary still lists them). Off by
    // default: a file with a rejected row commits nothing.
    bool skipRejected = false;
    bool committed = false;
    qint64 rows = 0; // data rows read (blank rows not counted)
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0; // rows of empty cells, and usage values a row above already set
    qint64 rejected = 0;
    qint64 batchId = 0;            // the import batch, when committed
    QList<ImportProblem> problems; // the first ImportOptions::keptProblems of them
    qint64 problemCount = 0;
    QList<AmbiguousMatch> ambiguous; // rows rejected because a value matched several records (the first ones)
    // A book's JSON import: the rows of each table by what happened to them, in the file's order.
    struct TableCounts
    {
        QString table;
        qint64 added = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
    };
    QList<TableCounts> tables;
    QString rejectsFile; // where the rejected rows were written, if anywhere

    // The keys of docs/cli.md: file, type, encoding, dry_run, committed, rows, added, updated, unchanged,
    // skipped, rejected, batch, problems [{line, column, field, message, hint}], problem_count, rejects_file.
    QJsonObject toJson() const;
    // Counts one written row by what happened to it (a duplicate of a row above counts as skipped).
    void count(RowOutcome outcome);
    // One sentence for a status bar: "Imported 120 rows: 100 new, 20 updated." (translated)
    QString sentence() const;
};

// Imports a CSV file. An Error when the file cannot be read at all (not text, empty, an unclosed quote:
// with the line and column), the mapping cannot be used (a required field not mapped), or the book fails;
// otherwise the summary. Nothing is committed when rows were rejected, on a dry run, or when cancelled.
Result<ImportSummary> importFile(Book& book, const ImportOptions& options,
                                 const ImportProgress& progress = {});

// The end of a committed import, one place for the wizard, the command line and the JSON book import: the
// writer's rows finished, what an import brings up to date beyond the list facts, the search index and
// account ARR (which storage::ImportWriter keeps: here the health back-fill of the past year,
// HealthRecompute::backfill), then the one commit of `whole`, the transaction the import began before its
// writer; marks the summary committed with its batch. On failure nothing is committed.
Status commitImport(Book& book, Transaction& whole, ImportWriter& writer, ImportSummary& summary);

// What the file's first rows look like, for the wizard's preview and the mapping step.
struct FilePreview
{
    CsvDialect dialect;
    QStringList header;
    QList<QStringList> rows; // the first rows' cells as read
    QList<qint64> lines;     // each row's first line
    QList<CsvIssue> issues;  // of the header and those rows
};
Result<FilePreview> previewFile(const QString& path, const CsvOptions& options, int rows = 20);

} // namespace csm::io
