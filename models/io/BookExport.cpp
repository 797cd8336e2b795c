#include "io/BookExport.h"

#include "JsonRow_p.h"
#include "domain/Parallel.h"
#include "storage/Book.h"
#include "storage/BookTables.h"
#include "storage/ImportWriter.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>
#include <vector>

namespace csm::io {

namespace {

class BookExport
{
    Q_DECLARE_TR_FUNCTIONS(csm::io::BookExport)
};

// The layout the export writes and the import streams (docs/import-export.md, "The book as JSON"): the
// header's fields on the first line, then one line per table header and one per row, so that a reader never
// holds more than one row. Any other layout of the same JSON is read whole.
constexpr QByteArrayView kTablesLine = "\"tables\":[";
constexpr QByteArrayView kRowsOpen = ",\"rows\":[";

Error ioError(const QString& path, const QString& what)
{
    // QSaveFile says "Unknown error" for a write refused because the disk is full (EFBIG, ENOSPC).
    const bool unknown = what.isEmpty() || what == QFile().errorString(); // a device's text before any error
    const QString reason = unknown ? BookExport::tr("the disk may be full") : what;
    return Error{Error::Code::Io, BookExport::tr("The export could not be written: %1.").arg(reason), path,
                 BookExport::tr("Check that the folder exists and there is space on the disk.")};
}

QByteArray jsonStrings(const QStringList& list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

Result<qint64> totalRows(const BookSnapshot& snapshot, const QList<DataTable>& tables)
{
    qint64 total = 0;
    for (const DataTable& t : tables) {
        Result<qint64> n = snapshot.rowCount(t);
        if (!n)
            return n.error();
        total += *n;
    }
    return total;
}

QString cellText(const TableRow& row, int c)
{
    switch (row.type(c)) {
    case SqlValue::Type::Null:
        return {};
    case SqlValue::Type::Integer:
        return QString::number(row.integer(c));
    case SqlValue::Type::Real:
        return QString::number(row.real(c), 'g', 17);
    case SqlValue::Type::Text:
        return QString::fromUtf8(row.utf8(c));
    }
    return {};
}

Error cancelledError()
{
    return Error{Error::Code::Cancelled, BookExport::tr("The export was cancelled."), {}, {}};
}

} // namespace

QJsonObject ExportSummary::toJson() const
{
    QJsonArray list;
    for (const auto& [file, r] : replaced)
        list.append(QJsonObject{{QStringLiteral("file"), file},
                                {QStringLiteral("row"), r.row},
                                {QStringLiteral("column"), r.column},
                                {QStringLiteral("character"), r.character}});
    return QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("replaced"), list}};
}

Result<ExportSummary> exportBookJson(const Book& book, const QString& path, const ImportProgress& progress)
{
    BookSnapshot snapshot(book);
    if (auto st = snapshot.begun(); !st)
        return st.error();
    Result<QList<DataTable>> tables = dataTables(book);
    if (!tables)
        return tables.error();
    Result<qint64> total = totalRows(snapshot, *tables);
    if (!total)
        return total.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    QByteArray out;
    out.reserve(1 << 21);
    const auto flush = [&](bool always) {
        if (!always && out.size() < (1 << 20))
            return true;
        const bool ok = file.write(out) == out.size();
        out.clear();
        return ok;
    };
    QJsonObject header{{QStringLiteral("format"), QLatin1String(kBookExportFormat)},
                       {QStringLiteral("version"), kBookExportVersion},
                       {QStringLiteral("schema_version"), Book::currentSchemaVersion()},
                       {QStringLiteral("exported_at"), book.clock().nowUtc().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("currency"), book.settings().currency}};
    QByteArray first = QJsonDocument(header).toJson(QJsonDocument::Compact);
    first.chop(1); // the closing brace: the tables follow
    out += first + ",\n" + kTablesLine.toByteArray();

    ExportSummary summary;
    for (qsizetype t = 0; t < tables->size(); ++t) {
        const DataTable& table = tables->at(t);
        out += t > 0 ? ",\n" : "\n";
        out += "{\"name\":" + jsonStrings({table.name}).mid(1).chopped(1) +
               ",\"columns\":" + jsonStrings(table.columns) +
               ",\"primary_key\":" + jsonStrings(table.primaryKey) + kRowsOpen.toByteArray();
        bool firstRow = true;
        bool writeFailed = false;
        Status read = snapshot.readRows(table, [&](const TableRow& row) {
            out += firstRow ? "\n" : ",\n";
            firstRow = false;
            appendJsonRow(out, row);
            ++summary.rows;
            if ((summary.rows & 0xfff) == 0) {
                if (progress.cancelled && progress.cancelled())
                    return false;
                if (progress.report)
                    progress.report(summary.rows, *total);
            }
            if (!flush(false)) {
                writeFailed = true;
                return false;
            }
            return true;
        });
        if (writeFailed)
            return ioError(path, file.errorString());
        if (!read)
            return read.error().code == Error::Code::Cancelled ? cancelledError() : read.error();
        out += "\n]}";
        ++summary.tables;
    }
    out += "\n]}\n";
    if (!flush(true) || !file.commit())
        return ioError(path, file.errorString());
    if (progress.report)
        progress.report(*total, *total);
    summary.files << path;
    return summary;
}

Result<ExportSummary> exportBookCsv(const Book& book, const QString& directory, TextEncoding encoding,
                                    const ImportProgress& progress)
{
    if (!QDir().mkpath(directory))
        return ioError(directory, BookExport::tr("the folder cannot be made"));
    BookSnapshot snapshot(book);
    if (auto st = snapshot.begun(); !st)
        return st.error();
    Result<QList<DataTable>> tables = dataTables(book);
    if (!tables)
        return tables.error();
    Result<qint64> total = totalRows(snapshot, *tables);
    if (!total)
        return total.error();

    ExportSummary summary;
    // Every file is written before any is put in place, so that a failure leaves the folder as it was.
    std::vector<std::unique_ptr<CsvWriter>> writers;
    for (const DataTable& table : std::as_const(*tables)) {
        const QString path = QDir(directory).filePath(table.name + QStringLiteral(".csv"));
        CsvWriteOptions options;
        options.encoding = encoding;
        auto writer = std::make_unique<CsvWriter>(path, options);
        if (auto st = writer->open(); !st)
            return st.error();
        if (auto st = writer->writeRow(table.columns); !st)
            return st.error();
        Status written;
        Status read = snapshot.readRows(table, [&](const TableRow& row) {
            QStringList cells;
            cells.reserve(row.size());
            for (int c = 0; c < row.size(); ++c)
                cells << cellText(row, c);
            written = writer->writeRow(cells);
            ++summary.rows;
            if ((summary.rows & 0xfff) == 0) {
                if (progress.cancelled && progress.cancelled())
                    return false;
                if (progress.report)
                    progress.report(summary.rows, *total);
            }
            return written.ok();
        });
        if (!written)
            return written.error();
        if (!read)
            return read.error().code == Error::Code::Cancelled ? cancelledError() : read.error();
        for (const CsvReplacement& r : writer->replacements())
            summary.replaced.append({QFileInfo(path).fileName(), r});
        summary.files << path;
        ++summary.tables;
        writers.push_back(std::move(writer));
    }
    for (auto& w : writers) {
        if (auto st = w->commit(); !st)
            return st.error();
    }
    if (progress.report)
        progress.report(*total, *total);
    return summary;
}

namespace {

Result<SqlValue> sqlValue(const QJsonValue& v)
{
    if (v.isNull())
        return SqlValue::null();
    if (v.isString())
        return SqlValue::fromText(v.toString().toUtf8());
    if (v.isBool())
        return SqlValue::fromInteger(v.toBool() ? 1 : 0);
    if (v.isDouble()) {
        const QVariant variant = v.toVariant();
        if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int)
            return SqlValue::fromInteger(variant.toLongLong());
        return SqlValue::fromReal(v.toDouble());
    }
    return Error{
        Error::Code::InvalidValue, BookExport::tr("A value is neither text, a number nor null."), {}, {}};
}

// Reads a book's JSON export table by table and row by row, in the streamed layout or (any other layout)
// whole.
class BookJsonReader
{
public:
    struct Handler
    {
        std::function<Status(const QJsonObject& header)> header;
        std::function<Status(const QString& table, const QStringList& columns)> table;
        // A row's values, text possibly views of the line that live until the call returns.
        std::function<Status(const QList<SqlValue>& row, qint64 line)> row;
        // A row with a value that is neither text, a number nor null (its column from 0).
        std::function<Status(qint64 line, int column, const Error& error)> badValue;
    };

    explicit BookJsonReader(const QString& path) : m_path(path) {}

    Status read(const Handler& h, const ImportProgress& progress)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io,
                         BookExport::tr("The file cannot be read: %1.").arg(file.errorString()),
                         m_path,
                         {}};
        const qint64 size = file.size();
        QByteArray line = file.readLine();
        // The header's fields come in the order QJsonObject keeps them ("currency" first), so the first line
        // is recognised by its shape and its "format" key, not by which key leads.
        if (!line.startsWith('{') || !line.trimmed().endsWith(',') || !line.contains("\"format\":"))
            return readWhole(file, h);
        qint64 lineNo = 1;
        line = line.trimmed();
        line.chop(1);
        if (auto st = h.header(object(line + '}')); !st)
            return st;
        // Where the document stands: in a table's rows; whether a "]}" now closes the document (right after
        // the tables' opening, or after a table closed without a comma, the last one); closed.
        bool inTable = false;
        bool canClose = false;
        bool closed = false;
        const qint64 headerSize = file.pos();
        // The lines are read and their rows parsed on a thread of their own (ParsedLines), while this one
        // hands them to `h` (the import's writes): a core each.
        Status failed;
        QList<SqlValue> values; // a row's, reused
        const auto consume = [&](ParsedLines& batch) -> bool {
            for (const ParsedLines::Line& l : batch.lines) {
                ++lineNo;
                if ((lineNo & 0xfff) == 0) {
                    if (progress.cancelled && progress.cancelled()) {
                        failed = Error{
                            Error::Code::Cancelled, BookExport::tr("The import was cancelled."), {}, {}};
                        return false;
                    }
                    if (progress.report)
                        progress.report(headerSize + l.consumed, size);
                }
                failed = readLine(h, batch, l, lineNo, values, inTable, canClose, closed);
                if (!failed)
                    return false;
            }
            return true;
        };
        const Status produced = parallel::pipeline<ParsedLines>(
            std::size_t(kBatchesAhead),
            [&](const std::function<bool(ParsedLines &&)>& hand) { return parseLines(file, hand); }, consume);
        if (!failed)
            return failed;
        if (!produced)
            return produced;
        // A file cut off at the end of a line (a copy or download that stopped) reads as far as it goes: only
        // the document's end says every table and row is there.
        if (!closed)
            return Error{
                Error::Code::InvalidValue,
                BookExport::tr("The file ends before the export does: it stops after line %1, so "
                               "tables or rows are missing. Export the book again, or copy the whole "
                               "file.")
                    .arg(lineNo),
                QStringLiteral("%1:%2").arg(m_path).arg(lineNo),
                {}};
        return {};
    }

private:
    // Lines of the file, whole, with the values of their rows parsed (on the reading thread): text as places
    // in `block` (or, decoded from escapes, in `decoded`), so that nothing is allocated per value.
    struct ParsedLines
    {
        struct Value
        {
            SqlValue::Type type = SqlValue::Type::Null;
            bool decoded = false; // text: in `decoded`, else in `block`
            qint64 integer = 0;
            double real = 0;
            qsizetype offset = 0;
            qsizetype size = 0;
        };
        struct Line
        {
            qsizetype start = 0; // in block, without its end and its trailing comma
            qsizetype size = 0;
            qint64 consumed = 0; // the file's bytes after the header up to the end of this line
            qsizetype firstValue = 0;
            qsizetype values = -1; // -1: not a row the fast reader took (read with QJsonDocument)
            bool comma = false;    // the line ended with a comma
        };
        QByteArray block;
        QByteArray decoded;
        std::vector<Line> lines;
        std::vector<Value> values;
    };
    static constexpr int kBatchesAhead = 4; // batches read ahead of the writes
    static constexpr qsizetype kBatchBytes = 1 << 20;

    // The reading thread: the file's lines after the header, a batch at a time.
    Status parseLines(QFile& file, const std::function<bool(ParsedLines&&)>& hand)
    {
        detail::LineSource lines(file);
        QByteArrayView view;
        QList<SqlValue> values;
        ParsedLines batch;
        const auto handOver = [&] {
            const bool goOn = hand(std::move(batch));
            batch = ParsedLines();
            batch.block.reserve(kBatchBytes + kBatchBytes / 8);
            return goOn;
        };
        batch.block.reserve(kBatchBytes + kBatchBytes / 8);
        while (lines.next(view)) {
            view = view.trimmed();
            ParsedLines::Line l;
            l.consumed = lines.consumed();
            l.comma = view.endsWith(',');
            if (l.comma)
                view.chop(1);
            l.start = batch.block.size();
            l.size = view.size();
            batch.block.append(view.data(), view.size());
            const QByteArrayView copy(batch.block.constData() + l.start, l.size);
            if (copy.startsWith('[') && detail::parseJsonRow(copy, values)) {
                l.firstValue = qsizetype(batch.values.size());
                l.values = values.size();
                for (const SqlValue& v : std::as_const(values)) {
                    ParsedLines::Value out{v.type, false, v.integer, v.real, 0, 0};
                    if (v.type == SqlValue::Type::Text) {
                        const char* at = v.text.constData();
                        out.size = v.text.size();
                        if (at >= copy.data() && at + out.size <= copy.data() + copy.size()) {
                            out.offset = at - batch.block.constData();
                        } else {
                            out.decoded = true;
                            out.offset = batch.decoded.size();
                            batch.decoded.append(v.text);
                        }
                    }
                    batch.values.push_back(out);
                }
            }
            batch.lines.push_back(l);
            if (batch.block.size() >= kBatchBytes && !handOver())
                return {};
        }
        if (lines.failed())
            return Error{Error::Code::Io,
                         BookExport::tr("The file cannot be read: %1.").arg(file.errorString()),
                         m_path,
                         {}};
        if (!batch.lines.empty())
            (void)handOver();
        return {};
    }

    // One line of the streamed layout after the header, where the document stands (inTable, canClose,
    // closed) kept between lines.
    Status readLine(const Handler& h, const ParsedLines& batch, const ParsedLines::Line& l, qint64 lineNo,
                    QList<SqlValue>& values, bool& inTable, bool& canClose, bool& closed)
    {
        const QByteArrayView view(batch.block.constData() + l.start, l.size);
        if (view.isEmpty())
            return {};
        if (closed)
            return bad(lineNo);
        if (view == kTablesLine) {
            canClose = true;
            return {};
        }
        if (view.startsWith('[')) {
            if (!inTable)
                return bad(lineNo);
            // The export's own rows without a JSON document; anything unusual through QJsonDocument.
            if (l.values < 0)
                return rowFromJson(h, view.toByteArray(), lineNo, values);
            values.clear();
            for (qsizetype i = 0; i < l.values; ++i) {
                const ParsedLines::Value& v = batch.values[std::size_t(l.firstValue + i)];
                QByteArray text;
                if (v.type == SqlValue::Type::Text)
                    text = QByteArray::fromRawData(
                        (v.decoded ? batch.decoded : batch.block).constData() + v.offset, v.size);
                values.append(SqlValue{v.type, v.integer, v.real, std::move(text)});
            }
            return h.row(values, lineNo);
        }
        if (view.startsWith("{\"name\":") && view.endsWith(kRowsOpen.sliced(1))) {
            QByteArray header = view.toByteArray();
            header.chop(kRowsOpen.size() - 1);
            if (header.endsWith(','))
                header.chop(1);
            const QJsonObject t = object(header + '}');
            if (auto st = table(h, t); !st)
                return st;
            inTable = true;
            canClose = false;
            return {};
        }
        if (view == "]}") {
            if (inTable) {
                inTable = false;
                canClose = !l.comma;
            } else if (canClose && !l.comma) {
                closed = true;
            } else {
                return bad(lineNo);
            }
            return {};
        }
        return bad(lineNo);
    }

    Status readWhole(QFile& file, const Handler& h)
    {
        file.seek(0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return Error{Error::Code::InvalidValue,
                         BookExport::tr("The file is not a book's JSON export: %1 (at byte %2).")
                             .arg(error.errorString())
                             .arg(error.offset),
                         m_path,
                         {}};
        QJsonObject header = doc.object();
        const QJsonArray tables = header.take(QStringLiteral("tables")).toArray();
        if (auto st = h.header(header); !st)
            return st;
        for (const QJsonValue& t : tables) {
            if (auto st = table(h, t.toObject()); !st)
                return st;
            qint64 n = 0;
            QList<SqlValue> values;
            for (const QJsonValue& r : t.toObject().value(QStringLiteral("rows")).toArray()) {
                if (auto st = row(h, r.toArray(), ++n, values); !st)
                    return st;
            }
        }
        return {};
    }

    Status rowFromJson(const Handler& h, const QByteArray& line, qint64 lineNo, QList<SqlValue>& values)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isArray())
            return bad(lineNo, error.errorString());
        return row(h, doc.array(), lineNo, values);
    }

    static Status row(const Handler& h, const QJsonArray& array, qint64 lineNo, QList<SqlValue>& values)
    {
        values.clear();
        for (qsizetype c = 0; c < array.size(); ++c) {
            Result<SqlValue> value = sqlValue(array.at(c));
            if (!value)
                return h.badValue(lineNo, int(c), value.error());
            values << *value;
        }
        return h.row(values, lineNo);
    }

    Status table(const Handler& h, const QJsonObject& t)
    {
        QStringList columns;
        for (const QJsonValue& c : t.value(QStringLiteral("columns")).toArray())
            columns << c.toString();
        return h.table(t.value(QStringLiteral("name")).toString(), columns);
    }

    static QJsonObject object(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

    Error bad(qint64 line, const QString& what = {}) const
    {
        return Error{Error::Code::InvalidValue,
                     what.isEmpty() ? BookExport::tr("The line is not part of a book's JSON export.")
                                    : BookExport::tr("The line is not valid JSON: %1.").arg(what),
                     QStringLiteral("%1:%2").arg(m_path).arg(line),
                     {}};
    }

    QString m_path;
};

Status checkHeader(const QJsonObject& header)
{
    if (header.value(QStringLiteral("format")).toString() != QLatin1String(kBookExportFormat))
        return Error{
            Error::Code::InvalidValue, BookExport::tr("The file is not a book's JSON export."), {}, {}};
    if (header.value(QStringLiteral("version")).toInt() > kBookExportVersion ||
        header.value(QStringLiteral("schema_version")).toInt() > Book::currentSchemaVersion())
        return Error{Error::Code::NewerVersion,
                     BookExport::tr("The export comes from a newer version of the app (schema %1).")
                         .arg(header.value(QStringLiteral("schema_version")).toInt()),
                     {},
                     BookExport::tr("Update the app to import it.")};
    return {};
}

} // namespace

bool isBookExport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(4096);
    return start.contains(QByteArray("\"format\":\"") + kBookExportFormat + '"') ||
           start.contains(QByteArray("\"format\": \"") + kBookExportFormat + '"');
}

Result<QString> bookExportCurrency(const QString& path)
{
    QString currency;
    BookJsonReader reader(path);
    BookJsonReader::Handler h;
    h.header = [&](const QJsonObject& header) -> Status {
        if (auto st = checkHeader(header); !st)
            return st;
        currency = header.value(QStringLiteral("currency")).toString();
        return Error{Error::Code::Cancelled, {}, {}, {}}; // the header is all that is needed
    };
    Status st = reader.read(h, {});
    if (!st && st.error().code != Error::Code::Cancelled)
        return st.error();
    return currency;
}

Result<ImportSummary> importBookJson(Book& book, const QString& path, bool dryRun,
                                     const ImportProgress& progress, ImportWriter::LoadMode mode)
{
    ImportSummary summary;
    summary.file = QFileInfo(path).fileName();
    summary.type = QStringLiteral("book");
    summary.encoding = QStringLiteral("utf-8");
    summary.dryRun = dryRun;
    ImportBatch batch;
    batch.file = summary.file;
    batch.type = summary.type;
    batch.encoding = summary.encoding;
    // The rows and the health back-fill after them (commitImport) are one transaction: a crash or a full disk
    // leaves all of the import or none of it, never rows without the history that goes with them.
    keepImportTemporariesInMemory(book);
    Transaction whole(book);
    if (auto st = whole.begun(); !st)
        return st.error();
    ImportWriter writer(book, batch);
    if (auto st = writer.begun(); !st)
        return st.error();

    std::unique_ptr<ImportWriter::TableLoad> load;
    QStringList fileColumns; // the table's columns in the file
    const auto reject = [&](qint64 line, const Error& error) {
        ++summary.rejected;
        ++summary.problemCount;
        if (summary.problems.size() < 500) {
            const QString& table = load->table().name;
            summary.problems << ImportProblem{line, 0,
                                              error.where.isEmpty() ? table : table + u'.' + error.where,
                                              error.message, error.hint};
        }
    };
    // Rows a bulk load refused once written: counted as added when put, rejected now.
    const auto takeRejected = [&] {
        for (const ImportWriter::TableLoad::Rejected& r : load->takeRejected()) {
            --summary.added;
            --summary.tables.last().added;
            reject(r.position, r.error);
        }
    };
    const auto finishTable = [&]() -> Status {
        if (!load)
            return {};
        Status st = load->finish();
        takeRejected();
        return st;
    };
    BookJsonReader reader(path);
    BookJsonReader::Handler h;
    h.header = [&](const QJsonObject& header) -> Status {
        if (auto st = checkHeader(header); !st)
            return st;
        return writer.checkCurrency(header.value(QStringLiteral("currency")).toString());
    };
    h.table = [&](const QString& table, const QStringList& columns) -> Status {
        if (auto st = finishTable(); !st)
            return st;
        auto opened = writer.loadTable(table, columns, mode);
        if (!opened)
            return opened.error();
        load = std::move(*opened);
        fileColumns = columns;
        return {};
    };
    h.badValue = [&](qint64 line, int column, const Error& error) -> Status {
        ++summary.rows;
        Error e = error;
        e.where = fileColumns.value(column);
        reject(line, e);
        return {};
    };
    h.row = [&](const QList<SqlValue>& row, qint64 line) -> Status {
        ++summary.rows;
        if (row.size() != fileColumns.size()) {
            reject(line, Error{Error::Code::InvalidValue,
                               BookExport::tr("The row has %1 values where the table has %2 columns.")
                                   .arg(row.size())
                                   .arg(fileColumns.size()),
                               {},
                               {}});
            return {};
        }
        Result<RowOutcome> outcome = load->put(row, line);
        if (!outcome) {
            reject(line, outcome.error());
            return {};
        }
        summary.count(*outcome);
        if (summary.tables.isEmpty() || summary.tables.last().table != load->table().name)
            summary.tables.append({load->table().name, 0, 0, 0});
        ImportSummary::TableCounts& counts = summary.tables.last();
        (*outcome == RowOutcome::Added     ? counts.added
         : *outcome == RowOutcome::Updated ? counts.updated
                                           : counts.unchanged)++;
        takeRejected();
        return {};
    };
    Status read = reader.read(h, progress);
    if (read)
        read = finishTable();
    if (!read) {
        Error e = read.error();
        if (e.where.isEmpty())
            e.where = summary.file;
        return e;
    }
    load.reset();
    if (dryRun || summary.rejected > 0) {
        writer.cancel();
        return summary;
    }
    if (auto st = commitImport(book, whole, writer, summary); !st)
        return st.error();
    return summary;
}

Result<ImportSummary> importBookJsonAsNewBook(const QString& bookPath, const QString& path, bool dryRun,
                                              const Clock& clock, const ImportProgress& progress)
{
    auto currency = bookExportCurrency(path);
    if (!currency)
        return currency.error();
    Book::NewBookOptions newBook;
    if (!currency->isEmpty())
        newBook.currency = *currency;
    std::optional<ImportSummary> summary;
    Status built = Book::build(bookPath, clock, newBook, [&](Book& book) -> Result<bool> {
        Result<ImportSummary> imported = importBookJson(book, path, dryRun, progress);
        if (!imported)
            return imported.error();
        summary = std::move(imported.value());
        return summary->committed;
    });
    if (!built)
        return built.error();
    return std::move(*summary);
}

} // namespace csm::io
