#pragma once

// The inner loop of the CSV reader: splits one row (RFC 4180: quoted fields, doubled quotes, line breaks
// inside quotes, CRLF/LF/CR) out of a UTF-8 buffer without copying it. Fields are views into the buffer;
// only a quoted field with "" inside is unescaped, into the row's scratch string. Problems are noted with
// their byte offset; the reader turns offsets into lines and columns, and only when there is a problem.
// The buffer must hold a NUL byte at data[size] (a sentinel that ends every scan loop without a bounds test).

#include <QtGlobal>

#include <array>
#include <string>
#include <vector>

namespace csm::io::detail {

enum class ScanProblem : quint8
{
    QuoteInField,   // a " inside a field that does not start with one
    TextAfterQuote, // characters between a closing quote and the next delimiter
    Nul,            // a NUL byte (or, in a transcoded file, a byte invalid in its encoding)
};

struct ScanIssue
{
    ScanProblem problem;
    qsizetype offset;
};

struct FieldSpan
{
    qsizetype start = 0; // first byte of the field as written (its opening quote, if any)
    qsizetype begin = 0; // its value: in the buffer, or in ScannedRow::scratch when inScratch
    qsizetype length = 0;
    bool quoted = false;
    bool inScratch = false;
};

struct ScannedRow
{
    qsizetype begin = 0;      // first byte of the row
    qsizetype contentEnd = 0; // before its line break
    qsizetype end = 0;        // after its line break: where the next row begins
    std::vector<FieldSpan> fields;
    std::vector<qsizetype> lineStarts; // offsets after the line breaks inside quoted fields
    std::vector<ScanIssue> issues;
    std::string scratch;
    qsizetype openQuote = -1; // the quote that is never closed (ScanStatus::UnclosedQuote)
    // Where the last line and column were worked out (CsvReader's positionIn), so that positions asked in
    // increasing order (every field of a row, every issue of a row) cost one pass over the row, not one
    // each: a 64 KB row of 10,000 fields took minutes (found by fuzzing, issue 17).
    struct PositionMark
    {
        qsizetype offset = -1;
        qint64 firstLine = 0;
        std::size_t nextLineStart = 0; // the first of lineStarts not passed yet
        qint64 line = 0;
        qint64 column = 0;
    };
    mutable PositionMark mark;

    // An empty line: no fields written at all (skipped, unlike a row of empty fields ",,").
    bool isBlankLine() const { return fields.size() == 1 && !fields[0].quoted && fields[0].length == 0; }
    void clear()
    {
        fields.clear();
        lineStarts.clear();
        issues.clear();
        scratch.clear();
        openQuote = -1;
        mark = {};
    }
};

enum class ScanStatus
{
    Row,           // a whole row is in ScannedRow
    NeedMore,      // the row goes on past size: scan it again with more bytes
    UnclosedQuote, // the input ends inside a quoted field (row.openQuote)
    End,           // nothing left
};

class CsvScanner
{
public:
    explicit CsvScanner(char delimiter);
    char delimiter() const { return m_delimiter; }

    // Scans the row that starts at pos in data[0, size). atEnd: no bytes will follow size.
    ScanStatus scan(const char* data, qsizetype pos, qsizetype size, bool atEnd, ScannedRow& row) const;

private:
    void note(ScannedRow& row, ScanProblem problem, qsizetype offset) const;

    char m_delimiter;
    std::array<bool, 256> m_stopUnquoted{}; // delimiter, CR, LF, quote, NUL
    std::array<bool, 256> m_stopQuoted{};   // quote, CR, LF, NUL
};

} // namespace csm::io::detail
