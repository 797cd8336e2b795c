#pragma once

// Reads a CSV file as it arrives from spreadsheets and CRM exports (issue 13): encoding, delimiter and header
// row recognised (or given), RFC 4180 quoting with line breaks inside quotes, CRLF, LF and CR line ends, any
// number of rows. Streams: memory stays flat whatever the file's size (a megabyte of buffer plus the longest
// row). Rows come out one at a time as views into that buffer; every problem carries its line and column.
// Problems with one row (ragged, a stray quote, invalid bytes) are reported on the row and reading goes on;
// problems that make the rest unreadable (an unclosed quote) stop it.

#include "io/TextEncoding.h"

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace csm::io {

namespace detail {
struct ScannedRow;
}

enum class CsvProblem
{
    // Problems of one row: the row is reported and rejected, reading goes on.
    InvalidBytes,    // bytes that are not valid in the file's encoding
    NulByte,         // a NUL character
    QuoteInField,    // a quote inside a field that does not start with one: ab"c
    TextAfterQuote,  // text between a closing quote and the delimiter: "ab"c
    RaggedRow,       // more or fewer fields than the header (or the first row)
                     // Problems of the header row: the header is still used.
    BlankHeader,     // a column without a name
    DuplicateHeader, // two columns with one name
                     // Problems that stop reading.
    UnclosedQuote,   // a quoted field runs to the end of the file
    RowTooLong,      // a row longer than CsvOptions::maxRowBytes (usually an unclosed quote)
    NotText,         // a workbook, a PDF, binary data
    EmptyFile,       // nothing but a byte-order mark, spaces and line breaks
    HeaderOnly,      // a header row and no data rows
    ReadError,       // the device failed
};

struct CsvIssue
{
    CsvProblem problem = CsvProblem::ReadError;
    qint64 line = 0;   // 1-based physical line of the file; 0 for the whole file
    qint64 column = 0; // 1-based character in that line; 0 for the whole row or line
    QString message;   // translated: what is wrong (where() says where)
    QString hint;      // translated: what the user can do; may be empty

    bool stopsReading() const;
    QString where() const;                    // "line 3, column 7", "line 3", "" (translated)
    QString toString() const;                 // "Line 3, column 7: message"
    Error toError(const QString& file) const; // where = "file, line 3, column 7"
};

// Where a field starts, for a message on a cell.
struct CsvPosition
{
    qint64 line = 0;
    qint64 column = 0;
};

enum class HeaderRow
{
    Detect, // a first row of labels over rows of data is a header
    Present,
    Absent,
};

struct CsvOptions
{
    std::optional<TextEncoding> encoding; // recognised from the bytes when not given
    std::optional<char> delimiter;        // ',', ';', '\t' or '|'; recognised when not given
    HeaderRow header = HeaderRow::Detect;
    qint64 maxRowBytes = qint64(64) << 20;
    qsizetype chunkBytes = qsizetype(1) << 20; // bytes read at a time (tests use tiny ones)
};

// What the reader found out (or was told) about the file.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    char delimiter = ',';
    bool hasHeader = true;
    bool encodingCertain = false; // a byte-order mark or characters only this encoding reads
};

// One row, valid until the next CsvReader::next(). Fields are UTF-8.
class CsvRow
{
public:
    int size() const { return m_size; }
    QByteArrayView utf8(int field) const;
    QString text(int field) const;
    QStringList texts() const;
    bool isEmpty(int field) const { return utf8(field).isEmpty(); }
    // True when every field is empty (",,,"): spreadsheets write such rows below the data.
    bool isBlank() const;

    qint64 line() const { return m_line; }         // first line of the row
    qint64 lastLine() const { return m_lastLine; } // differs when quoted fields hold line breaks
    qint64 number() const { return m_number; }     // 1 for the first data row (the header is not counted)
    CsvPosition position(int field) const;
    // The row as written (without its line break), to hand back rejected rows in a file of their own.
    QByteArrayView raw() const;

    const QList<CsvIssue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }

private:
    friend class CsvReader;
    const char* m_data = nullptr;
    const detail::ScannedRow* m_scan = nullptr;
    int m_size = 0;
    qint64 m_line = 0;
    qint64 m_lastLine = 0;
    qint64 m_number = 0;
    QList<CsvIssue> m_issues;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Reads from a device opened for reading (not owned), or from a file.
    explicit CsvReader(QIODevice* device, CsvOptions options = {});
    explicit CsvReader(const QString& path, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the first chunk: recognises the encoding, delimiter and header row, and reads the header.
    // Refuses a file that cannot be opened, is not text or is empty.
    Status open();
    const CsvDialect& dialect() const;
    // The header row's fields (empty without a header) and its problems (blank or repeated names).
    const QStringList& header() const;
    const QList<CsvIssue>& headerIssues() const;

    // Reads the next data row (blank lines are skipped); false at the end or when reading stopped.
    bool next();
    const CsvRow& row() const;
    // Why reading stopped before the end of the file, or that the file had a header and no rows.
    const std::optional<CsvIssue>& stopped() const;

    qint64 rowsRead() const;
    qint64 bytesRead() const; // of the file, for progress
    qint64 size() const;      // of the file, or -1 when unknown

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace csm::io
