#include "io/CsvReader.h"

#include "CsvScanner_p.h"
#include "CsvSniffer_p.h"
#include "TextTranscoder_p.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace csm::io {
namespace {

// Line and column of a byte of the row being read: lines move down at each line break inside the row's
// quoted fields, columns count characters (an invalid byte counts as one). Goes on from where the row's
// last answer left off when asked about a later byte (ScannedRow::mark).
CsvPosition positionIn(const char* data, const detail::ScannedRow& row, qint64 firstLine, qsizetype offset)
{
    detail::ScannedRow::PositionMark& m = row.mark;
    if (m.offset < 0 || offset < m.offset || firstLine != m.firstLine)
        m = {row.begin, firstLine, 0, firstLine, 1};
    while (m.nextLineStart < row.lineStarts.size() && row.lineStarts[m.nextLineStart] <= offset) {
        m.offset = row.lineStarts[m.nextLineStart++];
        ++m.line;
        m.column = 1;
    }
    const char* c = data + m.offset;
    while (c < data + offset) {
        const int n = detail::utf8SequenceLength(c, data + offset);
        c += n > 0 ? n : 1;
        ++m.column;
    }
    m.offset = qsizetype(c - data);
    return {m.line, m.column};
}

} // namespace

bool CsvIssue::stopsReading() const
{
    switch (problem) {
    case CsvProblem::UnclosedQuote:
    case CsvProblem::RowTooLong:
    case CsvProblem::NotText:
    case CsvProblem::EmptyFile:
    case CsvProblem::HeaderOnly:
    case CsvProblem::ReadError:
        return true;
    default:
        return false;
    }
}

QString CsvIssue::where() const
{
    if (line > 0 && column > 0)
        return CsvReader::tr("line %1, column %2").arg(line).arg(column);
    if (line > 0)
        return CsvReader::tr("line %1").arg(line);
    return {};
}

QString CsvIssue::toString() const
{
    if (line > 0 && column > 0)
        return CsvReader::tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return CsvReader::tr("Line %1: %2").arg(line).arg(message);
    return message;
}

Error CsvIssue::toError(const QString& file) const
{
    const QString w = where();
    return Error{problem == CsvProblem::ReadError ? Error::Code::Io : Error::Code::InvalidValue, message,
                 w.isEmpty() ? file : file + QStringLiteral(", ") + w, hint};
}

QByteArrayView CsvRow::utf8(int field) const
{
    const detail::FieldSpan& f = m_scan->fields[std::size_t(field)];
    return QByteArrayView(f.inScratch ? m_scan->scratch.data() + f.begin : m_data + f.begin, f.length);
}

QString CsvRow::text(int field) const
{
    return QString::fromUtf8(utf8(field));
}

QStringList CsvRow::texts() const
{
    QStringList out;
    out.reserve(size());
    for (int i = 0; i < size(); ++i)
        out << text(i);
    return out;
}

bool CsvRow::isBlank() const
{
    for (const detail::FieldSpan& f : m_scan->fields) {
        if (f.length > 0)
            return false;
    }
    return true;
}

CsvPosition CsvRow::position(int field) const
{
    return positionIn(m_data, *m_scan, m_line, m_scan->fields[std::size_t(field)].start);
}

QByteArrayView CsvRow::raw() const
{
    return QByteArrayView(m_data + m_scan->begin, m_scan->contentEnd - m_scan->begin);
}

struct CsvReader::Private
{
    QIODevice* device = nullptr;
    std::unique_ptr<QFile> file;
    CsvOptions options;
    CsvDialect dialect;
    bool opened = false;

    std::unique_ptr<detail::CsvScanner> scanner;
    std::unique_ptr<detail::TextTranscoder> transcoder; // null for UTF-8, which is parsed as read
    std::vector<char> buffer;                           // bytes [0, size), then a NUL sentinel
    qsizetype pos = 0;                                  // where the next row begins
    qsizetype size = 0;
    bool inputDone = false;
    QByteArray raw;     // a chunk of the file, for the transcoder
    QByteArray pending; // transcoded bytes not yet in the buffer
    qsizetype pendingPos = 0;
    bool rawDone = false;

    qint64 line = 1; // of the row that begins at pos
    qint64 rows = 0;
    qint64 headerLine = 0;
    qsizetype expectedFields = -1;
    QStringList header;
    QList<CsvIssue> headerIssues;
    detail::ScannedRow scan;
    CsvRow row;
    std::optional<CsvIssue> stopped;

    CsvIssue issue(CsvProblem problem, qsizetype offset, const QString& message,
                   const QString& hint = {}) const
    {
        const CsvPosition p = positionIn(buffer.data(), scan, line, offset);
        return CsvIssue{problem, p.line, p.column, message, hint};
    }
    void stop(CsvProblem problem, qint64 atLine, qint64 column, const QString& message,
              const QString& hint = {})
    {
        stopped = CsvIssue{problem, atLine, column, message, hint};
    }

    qsizetype readInto(char* to, qsizetype room);
    bool fill();
    detail::ScanStatus scanRow();
    void collectIssues(QList<CsvIssue>& out) const;
    void readHeader();
};

// Up to room bytes of UTF-8 into to: straight from the file, or through the transcoder. 0 at the end,
// -1 when the device fails.
qsizetype CsvReader::Private::readInto(char* to, qsizetype room)
{
    if (!transcoder) {
        const qint64 n = device->read(to, room);
        return n < 0 ? -1 : qsizetype(n);
    }
    while (pendingPos >= pending.size()) {
        if (rawDone)
            return 0;
        raw.resize(options.chunkBytes);
        const qint64 n = device->read(raw.data(), raw.size());
        if (n < 0)
            return -1;
        pendingPos = 0;
        if (n == 0) {
            rawDone = true;
            pending = transcoder->finish();
        } else {
            pending = transcoder->decode(QByteArrayView(raw.constData(), n));
        }
    }
    const qsizetype n = std::min(room, pending.size() - pendingPos);
    std::memcpy(to, pending.constData() + pendingPos, std::size_t(n));
    pendingPos += n;
    return n;
}

// Moves the unfinished row to the front of the buffer and reads more after it; the buffer grows only for
// a row longer than a chunk.
bool CsvReader::Private::fill()
{
    if (pos > 0) {
        std::memmove(buffer.data(), buffer.data() + pos, std::size_t(size - pos));
        size -= pos;
        pos = 0;
    }
    if (size >= options.maxRowBytes) {
        stop(CsvProblem::RowTooLong, line, 0,
             CsvReader::tr(
                 "This row is longer than %1 MB: a quote that opens a field is probably never closed.")
                 .arg(options.maxRowBytes >> 20),
             CsvReader::tr("Look for an unclosed quote at the start of this row."));
        return false;
    }
    const qsizetype chunk = options.chunkBytes;
    if (qsizetype(buffer.size()) - 1 - size < chunk)
        buffer.resize(std::size_t(std::max<qsizetype>(qsizetype(buffer.size()) * 2, size + chunk + 1)));
    const qsizetype n = readInto(buffer.data() + size, qsizetype(buffer.size()) - 1 - size);
    if (n < 0) {
        stop(CsvProblem::ReadError, line, 0,
             CsvReader::tr("The file could not be read: %1").arg(device->errorString()));
        return false;
    }
    size += n;
    buffer[std::size_t(size)] = '\0';
    inputDone = n == 0;
    return true;
}

// Scans the next row that is not a blank line, reading more of the file as needed.
detail::ScanStatus CsvReader::Private::scanRow()
{
    for (;;) {
        const detail::ScanStatus s = scanner->scan(buffer.data(), pos, size, inputDone, scan);
        if (s == detail::ScanStatus::NeedMore) {
            if (!fill())
                return detail::ScanStatus::End;
            continue;
        }
        if (s == detail::ScanStatus::UnclosedQuote) {
            const CsvIssue at = issue(CsvProblem::UnclosedQuote, scan.openQuote, {});
            stop(CsvProblem::UnclosedQuote, at.line, at.column,
                 CsvReader::tr(
                     "The quote that opens this field is never closed: the rest of the file would be "
                     "one value."),
                 CsvReader::tr("Close the quote, or double a quote that is part of the text (\"\")."));
            return s;
        }
        if (s == detail::ScanStatus::Row && scan.isBlankLine()) {
            pos = scan.end;
            ++line;
            continue;
        }
        return s;
    }
}

void CsvReader::Private::collectIssues(QList<CsvIssue>& out) const
{
    for (const detail::ScanIssue& i : scan.issues) {
        switch (i.problem) {
        case detail::ScanProblem::QuoteInField:
            out << issue(
                CsvProblem::QuoteInField, i.offset,
                CsvReader::tr("A quote inside a field that does not start with one."),
                CsvReader::tr("Put the whole field in quotes and write the quote twice: \"12\"\" pipe\"."));
            break;
        case detail::ScanProblem::TextAfterQuote:
            out << issue(
                CsvProblem::TextAfterQuote, i.offset,
                CsvReader::tr("Text after the closing quote of a field."),
                CsvReader::tr("Put the whole field in quotes and write a quote inside it twice (\"\")."));
            break;
        case detail::ScanProblem::Nul:
            // In a transcoded file, NUL also marks a byte that the encoding does not allow.
            if (transcoder && !transcoder->sawNul()) {
                out << issue(CsvProblem::InvalidBytes, i.offset,
                             detail::invalidBytesMessage(dialect.encoding, {}), detail::chooseEncodingHint());
            } else {
                out << issue(CsvProblem::NulByte, i.offset,
                             transcoder ? CsvReader::tr("A NUL character, or bytes that are not valid %1.")
                                              .arg(encodingLabel(dialect.encoding))
                                        : CsvReader::tr("A NUL character, which text files do not have."),
                             CsvReader::tr("Check that this is the file you meant: it may be damaged."));
            }
            break;
        }
    }
    if (!transcoder) {
        const qsizetype bad =
            detail::firstInvalidUtf8(buffer.data() + scan.begin, scan.contentEnd - scan.begin);
        if (bad >= 0) {
            const qsizetype at = scan.begin + bad;
            out << issue(CsvProblem::InvalidBytes, at,
                         detail::invalidBytesMessage(
                             dialect.encoding, QByteArrayView(buffer.data() + at, scan.contentEnd - at)),
                         detail::chooseEncodingHint());
        }
    }
    if (out.size() > 1) { // (begin() would allocate an empty list: this runs for every row)
        std::sort(out.begin(), out.end(), [](const CsvIssue& a, const CsvIssue& b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
    }
}

void CsvReader::Private::readHeader()
{
    if (scanRow() != detail::ScanStatus::Row)
        return;
    headerLine = line;
    collectIssues(headerIssues);
    QHash<QString, int> seen;
    for (int i = 0; i < int(scan.fields.size()); ++i) {
        const detail::FieldSpan& f = scan.fields[std::size_t(i)];
        const QString name = QString::fromUtf8(
            f.inScratch ? scan.scratch.data() + f.begin : buffer.data() + f.begin, f.length);
        header << name;
        const QString key = name.trimmed().toCaseFolded();
        if (key.isEmpty()) {
            headerIssues << issue(
                CsvProblem::BlankHeader, f.start, CsvReader::tr("Column %1 has no name.").arg(i + 1),
                CsvReader::tr("Its values can still be imported; give it a name in the file to "
                              "map it the same way next time."));
        } else if (seen.contains(key)) {
            headerIssues << issue(CsvProblem::DuplicateHeader, f.start,
                                  CsvReader::tr("Column %1 has the same name as column %2 (\"%3\").")
                                      .arg(i + 1)
                                      .arg(seen.value(key) + 1)
                                      .arg(name.trimmed()),
                                  CsvReader::tr("Rename one of them in the file, or map them by hand."));
        } else {
            seen.insert(key, i);
        }
    }
    expectedFields = qsizetype(scan.fields.size());
    line += qint64(scan.lineStarts.size()) + 1;
    pos = scan.end;
}

CsvReader::CsvReader(QIODevice* device, CsvOptions options) : d(std::make_unique<Private>())
{
    d->device = device;
    d->options = options;
}

CsvReader::CsvReader(const QString& path, CsvOptions options) : d(std::make_unique<Private>())
{
    d->file = std::make_unique<QFile>(path);
    d->device = d->file.get();
    d->options = options;
}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    Private& p = *d;
    const QString name = p.file ? p.file->fileName() : QString();
    if (p.file && !p.file->open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("The file cannot be opened."), name, p.file->errorString()};
    p.options.chunkBytes = std::max<qsizetype>(p.options.chunkBytes, 16);

    // The first chunk decides the encoding.
    QByteArray first(p.options.chunkBytes, Qt::Uninitialized);
    const qint64 n = p.device->read(first.data(), first.size());
    if (n < 0)
        return Error{
            Error::Code::Io, tr("The file could not be read: %1").arg(p.device->errorString()), name, {}};
    first.truncate(n);
    const bool whole = n < p.options.chunkBytes || p.device->atEnd();
    const EncodingGuess guess = detectEncoding(first, whole);
    const auto refuse = [&](CsvProblem problem, const QString& message, const QString& hint) -> Status {
        p.stop(problem, 0, 0, message, hint);
        return p.stopped->toError(name);
    };
    if (guess.notText)
        return refuse(CsvProblem::NotText, guess.notText->message, guess.notText->hint);
    p.dialect.encoding = p.options.encoding.value_or(guess.encoding);
    p.dialect.encodingCertain = !p.options.encoding && guess.certain;
    const QByteArrayView bom = p.dialect.encoding == TextEncoding::Utf8      ? QByteArrayView("\xEF\xBB\xBF")
                               : p.dialect.encoding == TextEncoding::Utf16LE ? QByteArrayView("\xFF\xFE")
                               : p.dialect.encoding == TextEncoding::Utf16BE ? QByteArrayView("\xFE\xFF")
                                                                             : QByteArrayView();
    p.dialect.byteOrderMark = !bom.isEmpty() && first.startsWith(bom);
    const QByteArrayView body = QByteArrayView(first).sliced(p.dialect.byteOrderMark ? bom.size() : 0);

    p.buffer.assign(std::size_t(2 * p.options.chunkBytes + 1), '\0');
    if (p.dialect.encoding == TextEncoding::Utf8) {
        std::memcpy(p.buffer.data(), body.data(), std::size_t(body.size()));
        p.size = body.size();
        p.inputDone = whole && body.isEmpty();
    } else {
        p.transcoder = std::make_unique<detail::TextTranscoder>(p.dialect.encoding);
        if (!p.transcoder->isValid()) {
            return Error{Error::Code::Generic,
                         tr("This build cannot read %1 files.").arg(encodingLabel(p.dialect.encoding)), name,
                         tr("Save the file as UTF-8 and import it again.")};
        }
        p.pending = p.transcoder->decode(body);
    }
    // Sniff on at least a chunk of text (or the whole file).
    while (!p.inputDone && p.size < p.options.chunkBytes) {
        if (!p.fill())
            return p.stopped->toError(name);
    }
    bool onlySpace = true;
    for (qsizetype i = 0; i < p.size && onlySpace; ++i)
        onlySpace = std::strchr(" \t\r\n\f\v", p.buffer[std::size_t(i)]) != nullptr;
    if (onlySpace && p.inputDone) {
        return refuse(CsvProblem::EmptyFile, tr("The file is empty."),
                      tr("Choose a file with a header row and rows of data."));
    }

    p.dialect.delimiter =
        p.options.delimiter.value_or(detail::sniffDelimiter(p.buffer.data(), p.size, p.inputDone));
    p.scanner = std::make_unique<detail::CsvScanner>(p.dialect.delimiter);
    switch (p.options.header) {
    case HeaderRow::Present:
        p.dialect.hasHeader = true;
        break;
    case HeaderRow::Absent:
        p.dialect.hasHeader = false;
        break;
    case HeaderRow::Detect:
        p.dialect.hasHeader = detail::sniffHeader(
            detail::sampleRows(p.buffer.data(), p.size, p.inputDone, p.dialect.delimiter, 20));
        break;
    }
    p.opened = true;
    if (p.dialect.hasHeader) {
        p.readHeader();
        if (p.stopped)
            return p.stopped->toError(name);
    }
    return {};
}

const CsvDialect& CsvReader::dialect() const
{
    return d->dialect;
}

const QStringList& CsvReader::header() const
{
    return d->header;
}

const QList<CsvIssue>& CsvReader::headerIssues() const
{
    return d->headerIssues;
}

bool CsvReader::next()
{
    Private& p = *d;
    if (!p.opened || p.stopped)
        return false;
    const detail::ScanStatus s = p.scanRow();
    if (s != detail::ScanStatus::Row) {
        if (s == detail::ScanStatus::End && !p.stopped && p.rows == 0) {
            if (p.dialect.hasHeader)
                p.stop(CsvProblem::HeaderOnly, p.headerLine, 0,
                       tr("The file has a header row but no rows of data."),
                       tr("Choose the file with the data, or check that it was saved completely."));
            else
                p.stop(CsvProblem::EmptyFile, 0, 0, tr("The file is empty."),
                       tr("Choose a file with a header row and rows of data."));
        }
        return false;
    }
    CsvRow& r = p.row;
    r.m_data = p.buffer.data();
    r.m_scan = &p.scan;
    r.m_line = p.line;
    r.m_lastLine = p.line + qint64(p.scan.lineStarts.size());
    r.m_number = ++p.rows;
    r.m_size = int(p.scan.fields.size());
    r.m_issues.clear();
    p.collectIssues(r.m_issues);
    const qsizetype fields = qsizetype(p.scan.fields.size());
    if (p.expectedFields < 0) {
        p.expectedFields = fields;
    } else if (fields != p.expectedFields) {
        r.m_issues << CsvIssue{
            CsvProblem::RaggedRow, p.line, 0,
            (p.dialect.hasHeader
                 ? tr("This row has %n field(s); the header has %1.", nullptr, int(fields))
                 : tr("This row has %n field(s); the first row has %1.", nullptr, int(fields)))
                .arg(p.expectedFields),
            tr("Check for a missing or extra delimiter, or a value with a delimiter that is not in "
               "quotes.")};
    }
    p.line = r.m_lastLine + 1;
    p.pos = p.scan.end;
    return true;
}

const CsvRow& CsvReader::row() const
{
    return d->row;
}

const std::optional<CsvIssue>& CsvReader::stopped() const
{
    return d->stopped;
}

qint64 CsvReader::rowsRead() const
{
    return d->rows;
}

qint64 CsvReader::bytesRead() const
{
    return d->device->pos();
}

qint64 CsvReader::size() const
{
    return d->device->isSequential() ? -1 : d->device->size();
}

} // namespace csm::io
