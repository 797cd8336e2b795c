#pragma once

// Writes CSV files that Excel opens correctly and that the book's own import reads back exactly (issue 13):
// RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark by default, CP932 on request with every
// character CP932 cannot hold replaced in its cell (never shifting a column) and listed. Text cells that a
// spreadsheet would run as a formula are neutralised. Written through QSaveFile: a failed or cancelled export
// leaves the previous file as it was and no partial one.

#include "io/TextEncoding.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace csm::io {

struct CsvWriteOptions
{
    TextEncoding encoding = TextEncoding::Utf8; // UTF-8 or CP932
    bool byteOrderMark = true;                  // UTF-8 only: Excel needs it to read UTF-8
    char delimiter = ',';
    bool neutraliseFormulas = true;
};

// A character that CP932 cannot hold: where it was (row 1 is the first row written, the header; columns from
// 1) and the character, which the file has as "?".
struct CsvReplacement
{
    qint64 row = 0;
    int column = 0;
    QString character;
    friend bool operator==(const CsvReplacement&, const CsvReplacement&) = default;
};

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString& path, CsvWriteOptions options = {});
    ~CsvWriter(); // without commit(), nothing is written
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    Status open();
    Status writeRow(const QStringList& cells);
    // Writes what is buffered and puts the file in place; on failure the previous file is untouched.
    Status commit();
    void cancel();

    qint64 rowsWritten() const;
    const QList<CsvReplacement>& replacements() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Formula injection: a text cell that starts with =, +, -, @, a tab, CR or LF is written with a leading
// apostrophe ('=SUM(A1)), which spreadsheets show as text. Plain numbers (-12.5, +81, 1e5) are left alone. A
// cell that starts with an apostrophe followed by what would be guarded gets one more, so that
// unguardFormula() gives every original back exactly: the book's import reads text cells through it.
bool needsFormulaGuard(QStringView cell);
QString guardFormula(QStringView cell);
QString unguardFormula(QStringView cell);

// One row as CSV text without its line break: quoted where RFC 4180 needs it, formulas neutralised.
QString csvLine(const QStringList& cells, char delimiter = ',', bool neutraliseFormulas = true);

} // namespace csm::io
