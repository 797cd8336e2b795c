#pragma once

// Writing an import into a book (issue 13): one transaction for the whole import, one batch that records
// what it added and changed so that it can be undone, lookups to match rows to what the book has, and the
// derived data (the accounts list's facts, the touch search index, account ARR) brought up to date before
// the commit. A dry run is the same import rolled back: its summary is exactly what the commit would do.

#include "storage/BookTables.h"

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace csm {

class Book;

// One import as the book keeps it (table import_batch).
struct ImportBatch
{
    qint64 id = 0; // numbered in order
    QDateTime importedAt;
    QString file;     // the file's name as given
    QString type;     // an import type code (io::importTypeCode) or "book" for a book's JSON export
    QString encoding; // as read, e.g. "cp932"
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QDateTime undoneAt; // invalid while it stands
};

// What writing one row did.
enum class RowOutcome
{
    Added,
    Updated,
    Unchanged,
    Duplicate, // a usage value that an earlier row of the same file already set
};

// A live account as rows are matched to it.
struct AccountKey
{
    Id id;
    QString name;
    QString externalId;
    QString corporateNumber;
};

class ImportWriter
{
public:
    // Begins the import's write transaction and its batch. Nothing is visible to others until finish().
    ImportWriter(Book& book, const ImportBatch& batch);
    ~ImportWriter(); // rolls back when not finished
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    Status begun() const;
    Book& book() const { return m_book; }
    qint64 batchId() const;
    QDate today() const; // the book clock's

    // --- What rows match: live rows only.
    Result<QList<AccountKey>> liveAccounts() const;
    // T: Account, Contact, Touch, Contract, ArrEvent, NpsResponse.
    template <typename T> Result<std::optional<T>> byId(const Id& id) const;
    template <typename T> Result<std::optional<T>> byExternalId(const QString& externalId) const;
    // The rows a row without ids stands for (docs/import-export.md, "Matching"), of one account.
    Result<QList<Contact>> contactsLike(const Id& account, const QString& email, const QString& name) const;
    Result<QList<Contract>> contractsStarting(const Id& account, QDate start) const;
    Result<QList<ArrEvent>> arrEventsOn(const Id& account, QDate day) const;
    Result<QList<Touch>> touchesLike(const Id& account, QDate day, TouchKind kind,
                                     const QString& summary) const;
    Result<QList<NpsResponse>> npsLike(const Id& account, QDate day, const QString& respondent) const;
    // A company holiday the book has on that date (its name), if any.
    Result<std::optional<QString>> companyHoliday(QDate date) const;

    // --- Within one file: the line of an earlier row with the same key (nullopt the first time; the key is
    // remembered). Kept in a temporary table on disk, so memory does not grow with the file.
    Result<std::optional<qint64>> earlierLine(const QByteArray& key, qint64 line);

    // --- Writing. A record with an empty id, or an id the book does not have, is added (a new id is made for
    // an empty one); a record with the id of a live row updates that row, unless nothing changed. Timestamps:
    // a record's own createdAt/updatedAt when valid (a book's export), else now.
    template <typename T> Result<RowOutcome> write(const T& record, qint64 line);
    // The contacts taking part in a touch this import added.
    Status addParticipants(const Id& touchId, const QList<Id>& contactIds);
    Result<RowOutcome> writeUsage(const Id& accountId, const QString& metric, QDate date, double value,
                                  qint64 line);
    Result<RowOutcome> writeCompanyHoliday(QDate date, const QString& name, qint64 line);

    // --- Whole tables (a book's JSON export): rows matched by primary key, or, into a table the book has no
    // rows of yet (an empty book), loaded in bulk: nothing to look up or compare, rows inserted in groups by
    // one prepared statement, no undo entry per row (undo empties the table again), the list facts and the
    // touch search index caught up once at finish().
    class TableLoad
    {
    public:
        // A row the book refused: its position (the file's line) and why; the error's `where` names the
        // column when the book's message tells which ("kind"), else it is empty.
        struct Rejected
        {
            qint64 position = 0;
            Error error;
        };
        virtual ~TableLoad() = default;
        virtual const DataTable& table() const = 0;
        virtual bool bulk() const = 0;
        // One row with the columns given to loadTable(); text values may be views that need to live only
        // until put() returns. A bulk load says Added and may write the row later: a refused row then comes
        // back from takeRejected() once its group is written, at the latest after finish().
        virtual Result<RowOutcome> put(const QList<SqlValue>& row, qint64 position) = 0;
        // Writes what put() holds back; called once after the table's last row.
        virtual Status finish() { return {}; }
        virtual QList<Rejected> takeRejected() { return {}; }
    };
    enum class LoadMode
    {
        Auto,     // in bulk into a table without rows, else row by row
        RowByRow, // always matched row by row (to compare the two, and measure them)
    };
    // Refuses a table or column the book does not have (with its name), and a table without its primary key.
    Result<std::unique_ptr<TableLoad>> loadTable(const QString& table, const QStringList& columns,
                                                 LoadMode mode = LoadMode::Auto);
    // Settings from a book's export: replaced when the book has no accounts yet; otherwise a different
    // currency is refused (its amounts would change meaning) and the rest merged.
    Status checkCurrency(const QString& currency) const;

    // How far back the health history must be written again for what this import wrote (issue 12): not at
    // all when nothing it wrote is read by the health engine (contacts, contracts, holidays); from a day on
    // (the earliest usage value, touch, NPS answer or ARR event it added or changed: snapshots of earlier
    // days cannot see them); or on every day (from invalid: an account's own row, an update that may have
    // moved a row's day, a book's tables).
    // The days whose health inputs the import's rows can change: from `from` (invalid: every day) through
    // `through` (invalid: every later day).
    struct HealthReach
    {
        bool changed = false;
        QDate from;
        QDate through;
    };
    HealthReach healthReach() const;

    // Counts, derived data, commit. On failure everything is rolled back.
    Status finish(qint64 added, qint64 updated, qint64 unchanged, qint64 rejected);
    // Rolls back (a dry run, a cancelled import).
    void cancel();

private:
    class Private;
    std::unique_ptr<Private> d;
    Book& m_book;
};

// For an import of a book's JSON export, before its transaction begins: temporary data (the statement
// journals of the bulk loads' inserts) kept in memory. SQLite fixes where a write transaction's statement
// journals go when the transaction begins, so the ImportWriter, which begins inside it, cannot; the writer's
// finish() or cancel() puts the default back.
void keepImportTemporariesInMemory(Book& book);

// The import that Undo would undo: the latest, while it has not been undone.
Result<std::optional<ImportBatch>> lastImport(const Book& book);

struct UndoneImport
{
    ImportBatch batch;
    qint64 removed = 0;  // rows it had added
    qint64 restored = 0; // rows it had changed, back as they were
};
// Undoes the last import in one transaction: the rows it added are deleted, the rows it changed get their
// earlier values back, derived data is brought up to date. Refused (nothing changed) when a row it added or
// changed was edited since, or rows were added to an account it added. `cancelled` is asked between rows.
Result<UndoneImport> undoLastImport(Book& book, const std::function<bool()>& cancelled = {});

} // namespace csm
