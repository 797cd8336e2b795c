#include "io/Importer.h"

#include "storage/HealthRecompute.h"

#include "ImportRows_p.h"
#include "io/CsvWriter.h"

#include "storage/Book.h"
#include "storage/ImportWriter.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>

namespace csm::io {

namespace {

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(csm::io::Importer)
};

ImportProblem fromIssue(const CsvIssue& issue)
{
    return ImportProblem{issue.line, issue.column, {}, issue.message, issue.hint};
}

// The rejected rows, with a reason column, for the user to fix and import again.
class RejectsFile
{
public:
    explicit RejectsFile(const QString& path) : m_path(path) {}
    Status add(const QStringList& header, const QStringList& cells, const QString& reason)
    {
        if (m_path.isEmpty())
            return {};
        if (!m_writer) {
            m_writer = std::make_unique<CsvWriter>(m_path);
            if (auto st = m_writer->open(); !st)
                return st;
            if (!header.isEmpty()) {
                if (auto st = m_writer->writeRow(QStringList(header) << Importer::tr("Reason")); !st)
                    return st;
            }
        }
        return m_writer->writeRow(QStringList(cells) << reason);
    }
    Status commit() { return m_writer ? m_writer->commit() : Status{}; }
    bool written() const { return m_writer != nullptr; }

private:
    QString m_path;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace

QString ImportProblem::toString() const
{
    QString where;
    if (line > 0 && column > 0)
        where = Importer::tr("Line %1, column %2").arg(line).arg(column);
    else if (line > 0)
        where = Importer::tr("Line %1").arg(line);
    if (!field.isEmpty())
        where += where.isEmpty() ? field : QStringLiteral(" (%1)").arg(field);
    QString s = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        s += QLatin1Char(' ') + hint;
    return s;
}

QJsonObject ImportProblem::toJson() const
{
    return QJsonObject{{QStringLiteral("line"), line},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("hint"), hint}};
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray list;
    for (const ImportProblem& p : problems)
        list.append(p.toJson());
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("committed"), committed},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("batch"), batchId > 0 ? QJsonValue(batchId) : QJsonValue()},
                       {QStringLiteral("problems"), list},
                       {QStringLiteral("problem_count"), problemCount},
                       {QStringLiteral("rejects_file"), rejectsFile}};
}

QString ImportSummary::sentence() const
{
    const QString counts = Importer::tr("%1 new, %2 updated, %3 unchanged, %4 rejected.")
                               .arg(added)
                               .arg(updated)
                               .arg(unchanged)
                               .arg(rejected);
    if (committed)
        return Importer::tr("Imported %n row(s) from %1: ", nullptr, int(rows)).arg(file) + counts;
    if (dryRun && rejected == 0)
        return Importer::tr("Dry run of %1, nothing imported: ").arg(file) + counts;
    return Importer::tr("Nothing was imported from %1: ").arg(file) + counts;
}

void ImportSummary::count(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Added:
        ++added;
        break;
    case RowOutcome::Updated:
        ++updated;
        break;
    case RowOutcome::Unchanged:
        ++unchanged;
        break;
    case RowOutcome::Duplicate:
        ++skipped;
        break;
    }
}

Status commitImport(Book& book, Transaction& whole, ImportWriter& writer, ImportSummary& summary)
{
    if (auto st = writer.finish(summary.added, summary.updated, summary.unchanged, summary.rejected); !st)
        return st;
    // Trends exist at once, as after generate: the Mondays whose inputs the import's rows reach (all 52 for
    // accounts or a book's tables; a usage value only those its windows cover) and the current scores
    // (issue 12); nothing for rows health does not read. In the same transaction as the rows, except in a
    // book being built, which is nobody's until it is kept whole (a failed back-fill throws it away): there
    // the rows are committed first, so that the back-fill reads them on a connection of its own while it
    // writes (HealthRecompute).
    const ImportWriter::HealthReach reach = writer.healthReach();
    const auto backfill = [&]() -> Status {
        if (!reach.changed)
            return {};
        return HealthRecompute::backfillFrom(book, reach.from, reach.through, book.clock().today());
    };
    const bool rowsFirst = book.isBeingBuilt();
    if (!rowsFirst) {
        if (auto st = backfill(); !st)
            return st;
    }
    if (auto st = whole.commit(); !st)
        return st;
    if (rowsFirst) {
        if (auto st = backfill(); !st)
            return st;
    }
    summary.committed = true;
    summary.batchId = writer.batchId();
    return {};
}

Result<FilePreview> previewFile(const QString& path, const CsvOptions& options, int rows)
{
    CsvReader reader(path, options);
    if (auto st = reader.open(); !st)
        return st.error();
    FilePreview preview;
    preview.dialect = reader.dialect();
    preview.header = reader.header();
    preview.issues = reader.headerIssues();
    while (preview.rows.size() < rows && reader.next()) {
        preview.rows << reader.row().texts();
        preview.lines << reader.row().line();
        preview.issues << reader.row().issues();
    }
    if (reader.stopped())
        preview.issues << *reader.stopped();
    return preview;
}

Result<ImportSummary> importFile(Book& book, const ImportOptions& options, const ImportProgress& progress)
{
    const auto cancelled = [&] { return progress.cancelled && progress.cancelled(); };
    CsvReader reader(options.path, options.csv);
    if (auto st = reader.open(); !st)
        return st.error();

    ImportSummary summary;
    summary.file = QFileInfo(options.path).fileName();
    summary.type = importTypeCode(options.type);
    summary.encoding = encodingName(reader.dialect().encoding);
    summary.dryRun = options.dryRun;

    const QStringList header = reader.header();
    const ColumnMapping mapping = options.mapping ? *options.mapping : suggestMapping(options.type, header);
    if (const QStringList problems = mapping.problems(header); !problems.isEmpty())
        return Error{Error::Code::InvalidValue, problems.join(QLatin1Char(' ')), summary.file,
                     Importer::tr("Choose the columns with --mapping (a preset or a preset file).")};

    detail::Reading reading;
    reading.mapping = &mapping;
    reading.dates.order = options.dayOrder;
    reading.locale = options.locale;
    reading.currency = book.settings().currency;
    reading.choices = &options.choices;

    ImportBatch batch;
    batch.file = summary.file;
    batch.type = summary.type;
    batch.encoding = summary.encoding;
    // The rows and the health back-fill after them (commitImport) are one transaction: a crash or a full disk
    // leaves all of the import or none of it, never rows without the history that goes with them.
    Transaction whole(book);
    if (auto st = whole.begun(); !st)
        return st.error();
    ImportWriter writer(book, batch);
    if (auto st = writer.begun(); !st)
        return st.error();
    detail::AccountIndex accounts;
    if (auto st = accounts.load(writer); !st)
        return st.error();
    std::unique_ptr<detail::RowImporter> importer = detail::makeRowImporter(options.type, accounts);
    RejectsFile rejects(options.rejectsPath);

    const auto note = [&](const ImportProblem& p) {
        ++summary.problemCount;
        if (summary.problems.size() < options.keptProblems)
            summary.problems << p;
    };
    for (const CsvIssue& issue : reader.headerIssues())
        note(fromIssue(issue));

    const qint64 total = reader.size();
    while (reader.next()) {
        const CsvRow& row = reader.row();
        if ((summary.rows & 0x3ff) == 0) {
            if (cancelled())
                return Error{Error::Code::Cancelled,
                             Importer::tr("The import was cancelled; the book is unchanged."),
                             summary.file,
                             {}};
            if (progress.report)
                progress.report(reader.bytesRead(), total);
        }
        if (row.isBlank()) {
            ++summary.skipped;
            continue;
        }
        ++summary.rows;
        QList<ImportProblem> problems;
        if (row.hasIssues()) {
            for (const CsvIssue& issue : row.issues())
                problems << fromIssue(issue);
        } else {
            detail::RowCells cells(row, reading);
            Result<RowOutcome> outcome = importer->importRow(cells, writer);
            if (!outcome) {
                Error e = outcome.error();
                e.where = QStringLiteral("%1, %2").arg(summary.file, Importer::tr("line %1").arg(row.line()));
                return e;
            }
            if (cells.skipped()) { // the user chose to leave it out
                ++summary.skipped;
                continue;
            }
            if (cells.ambiguity() && summary.ambiguous.size() < options.keptProblems)
                summary.ambiguous << *cells.ambiguity();
            problems = cells.problems();
            if (problems.isEmpty()) {
                summary.count(*outcome);
                continue;
            }
        }
        ++summary.rejected;
        QStringList reasons;
        for (const ImportProblem& p : std::as_const(problems)) {
            note(p);
            reasons << p.toString();
        }
        if (auto st = rejects.add(header, row.texts(), reasons.join(QStringLiteral(" / "))); !st)
            return st.error();
    }
    if (reader.stopped()) {
        const CsvIssue& stop = *reader.stopped();
        return stop.toError(summary.file);
    }
    if (progress.report)
        progress.report(total, total);
    if (rejects.written()) {
        if (auto st = rejects.commit(); !st)
            return st.error();
        summary.rejectsFile = options.rejectsPath;
    }
    if (cancelled())
        return Error{Error::Code::Cancelled,
                     Importer::tr("The import was cancelled; the book is unchanged."),
                     summary.file,
                     {}};
    if (options.dryRun || (summary.rejected > 0 && !options.skipRejected)) {
        writer.cancel();
        return summary;
    }
    if (auto st = commitImport(book, whole, writer, summary); !st)
        return st.error();
    return summary;
}

} // namespace csm::io
