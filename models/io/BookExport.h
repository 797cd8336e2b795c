#pragma once

// The whole book out and back in (issue 13): one documented, versioned JSON file (docs/import-export.md,
// "The book as JSON"), or one CSV file per table. The book's own tables and columns as it has them (so that
// tables added by later schema versions come along), without what is derived (list facts, health snapshots,
// the search index) or bookkeeping (import batches). Importing the JSON into an empty book gives the same
// ids, values, timestamps and tombstones; into a book that has rows it updates them by primary key.

#include "io/CsvWriter.h"
#include "io/Importer.h"
#include "io/TextEncoding.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm {
class Book;
class Clock;
} // namespace csm

namespace csm::io {

// The "format" and "version" of the JSON export.
inline constexpr const char* kBookExportFormat = "csm-workbench-book";
inline constexpr int kBookExportVersion = 1;

struct ExportSummary
{
    QStringList files; // written, in order
    qint64 tables = 0;
    qint64 rows = 0;
    // CP932 only: characters the encoding cannot hold, replaced by '?', with the file they are in.
    QList<std::pair<QString, CsvReplacement>> replaced;

    // {"files": [...], "tables", "rows", "replaced": [{"file", "row", "column", "character"}]} (docs/cli.md)
    QJsonObject toJson() const;
};

// The JSON file: written through QSaveFile; `progress` is given rows written of all rows.
Result<ExportSummary> exportBookJson(const Book& book, const QString& path,
                                     const ImportProgress& progress = {});
// One CSV file per table in `directory` (created when missing), `<table>.csv`, UTF-8 with BOM or CP932;
// text cells that would start a formula neutralised.
Result<ExportSummary> exportBookCsv(const Book& book, const QString& directory, TextEncoding encoding,
                                    const ImportProgress& progress = {});

// Whether a file starts like a book's JSON export (the command line needs no --type for it).
bool isBookExport(const QString& path);
// The currency of a book's JSON export (to create the book it goes into), or an error when it is none.
Result<QString> bookExportCurrency(const QString& path);
// Imports a book's JSON export: rows matched by primary key (added, updated or unchanged), one transaction;
// a table the book has no rows of yet loaded in bulk (ImportWriter::loadTable) unless `mode` says otherwise.
Result<ImportSummary> importBookJson(Book& book, const QString& path, bool dryRun,
                                     const ImportProgress& progress = {},
                                     ImportWriter::LoadMode mode = ImportWriter::LoadMode::Auto);
// Imports a book's JSON export as a new book at bookPath, which must not exist yet (the command line's import
// into a missing book), in the export's currency: importBookJson into a book built by Book::build, so that
// the import writes no write-ahead log, and the book appears at bookPath only once the import is committed,
// checked and on disk. A dry run, rejected rows, an error, a cancel or a kill leave no book there.
Result<ImportSummary> importBookJsonAsNewBook(const QString& bookPath, const QString& path, bool dryRun,
                                              const Clock& clock, const ImportProgress& progress = {});

} // namespace csm::io
