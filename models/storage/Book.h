#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/Settings.h"
#include "storage/ChangeSet.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace csm {

class AccountRepository;
class ContactRepository;
class TouchRepository;
class ContractRepository;
class ArrEventRepository;
class RenewalRepository;
class RoadmapRepository;
class UsageRepository;
class NpsRepository;
class CompanyHolidayRepository;
namespace storage {
struct BookAccess;
}

// An open book file: one SQLite database (DESIGN §3) guarded by a lock against other running instances.
// The only way into a book; repositories hang off it. Storage never shows a dialog: every failure comes back
// as a Result with a user-readable Error.
class Book : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        ReadWrite,       // the file must exist and be a book
        ReadOnly,        // no writes; no lock needed (a team lead's view)
        CreateIfMissing, // as ReadWrite, but a missing file is created as a new, empty book
    };

    struct Info
    {
        int schemaVersion = 0;
        int minReaderVersion = 0;
        QString createdByApp;
        QString currency;
    };

    // What a book created by CreateIfMissing starts with.
    struct NewBookOptions
    {
        QString currency = QStringLiteral("JPY"); // settings start from BookSettings::defaultsFor(currency)
    };

    // Open (or create) a book. On any failure the file on disk is left byte for byte unchanged.
    // Writing modes take `<book>.lock` (QLockFile) and refuse read-only files and folders (Error::ReadOnly)
    // rather than silently opening read-only. An older schema is upgraded after a checked backup.
    // Every connection comes from the storage layer's one connection factory (docs/architecture.md); the
    // book file is only ever read through SQLite.
    static Result<std::unique_ptr<Book>> open(const QString& path, OpenMode mode,
                                              const Clock& clock = Clock::system());
    static Result<std::unique_ptr<Book>> open(const QString& path, OpenMode mode, const Clock& clock,
                                              const NewBookOptions& newBook);

    // The integrity check on open (docs/schema.md, "Opening a book"): header and structure probes always;
    // PRAGMA quick_check of the whole file only for small books. Skip drops the quick_check: only for a
    // further read-only connection to a book this process already has open (and so has already checked),
    // such as a loading worker's.
    enum class IntegrityCheck
    {
        OnOpen,
        Skip,
    };
    static Result<std::unique_ptr<Book>> open(const QString& path, OpenMode mode, const Clock& clock,
                                              IntegrityCheck check);
    ~Book() override;

    QString path() const;
    QString displayName() const; // file name without folder and suffix
    bool isReadOnly() const;
    // Whether this is the new book of a Book::build(): nothing in it is anyone's until the build keeps it, so
    // what fills it may commit as it goes (an import commits its rows before the health back-fill reads
    // them).
    bool isBeingBuilt() const;
    Info info() const;
    const Clock& clock() const;

    // The schema version this build writes, and the oldest version of the app able to read it.
    static int currentSchemaVersion();
    // The schema version of the book at path, read without writing and without the integrity check (a few
    // milliseconds whatever the size): the window asks before opening, so that an upgrade, which takes a
    // backup and can take a minute on a very large book, runs on a worker with a progress dialog.
    static Result<int> storedSchemaVersion(const QString& path);
    // Upgrades the book at path to this build's schema (a checked backup first), then closes it again: what
    // opening it for writing does, on its own, for a worker thread. `cancelled` is asked while SQLite works;
    // a cancelled upgrade leaves the book unchanged and no backup (Error::Cancelled).
    static Status upgrade(const QString& path, const Clock& clock, const std::function<bool()>& cancelled);

    // A new book filled before it is put in place (issue 13: a book's JSON export imported as a new book).
    // Under path's lock, a new, empty book is created beside it under a temporary name (storage's
    // buildPath()) and `fill` gets it open for writing, through a connection that keeps the book to itself,
    // its rollback journal in memory and no fsync (no write-ahead log: the file is thrown away unless the
    // build completes), and foreign keys off: `fill` checks its rows' references itself (the JSON import
    // does: storage's ForeignKeyLedger). `fill` answers whether to keep it. A kept book is switched to WAL
    // as every book, synced to disk and renamed to path; a book not kept, an error or a kill leaves
    // nothing at path, and a file a killed build left is removed by the next build of the same path. path
    // must not exist, and is never replaced if it appears meanwhile. `fill`'s Book is gone when this returns.
    static Status build(const QString& path, const Clock& clock, const NewBookOptions& newBook,
                        const std::function<Result<bool>(Book&)>& fill);
    static int currentMinReaderVersion();

    BookSettings settings() const;
    Status saveSettings(const BookSettings& settings);
    // Reads the settings from the book again: another connection saved them (each connection keeps its own
    // copy, read when it opens and after its own saves).
    Status reloadSettings();

    AccountRepository& accounts();
    ContactRepository& contacts();
    TouchRepository& touches();
    ContractRepository& contracts();
    ArrEventRepository& arrEvents();
    RenewalRepository& renewals();
    RoadmapRepository& roadmaps();
    UsageRepository& usage();
    NpsRepository& nps();
    CompanyHolidayRepository& companyHolidays();

    // Integrity: PRAGMA integrity_check (full = true) or quick_check, foreign_key_check, schema version.
    struct CheckReport
    {
        bool ok = true;
        QStringList problems;
        int schemaVersion = 0;
        QHash<QString, qint64> rowCounts; // table -> live rows
    };
    Result<CheckReport> check(bool full = true) const;

    // A consistent copy of the book (VACUUM INTO) that is then checked (quick_check) before it is reported
    // good. An existing target is refused; nothing is left behind when the backup fails.
    Status backupTo(const QString& targetPath) const;
    enum class BackupOverwrite
    {
        No,
        Yes
    };
    Status backupTo(const QString& targetPath, BackupOverwrite overwrite) const;

    // A further connection to this open book, for a job thread (docs/architecture.md): Read gives a
    // read-only one; Write a read-write one when this book is open for writing (read-only otherwise), which
    // works under this book's lock and must be closed before this book is. No second integrity check. Open
    // it on the thread that will use it; it has its own transactions and emits its own changed().
    enum class Access
    {
        Read,
        Write,
    };
    Result<std::unique_ptr<Book>> openAnotherConnection(Access access) const;
    // Changes committed through another connection of this book (a job thread's): reloads what this Book
    // keeps of the book (its settings) and emits changed() with them. Call it on this Book's thread.
    void takeChangesFromAnotherConnection(const ChangeSet& changes);

    // Removes a book file that is not open in this process (a new book that could not be filled): through
    // SQLite, which removes the -wal and -shm beside it only when no other program has it open; a book in
    // use elsewhere is left in place (Error::Locked).
    static Status removeFile(const QString& path);

signals:
    // Emitted after every committed write, with what it changed.
    void changed(const csm::ChangeSet& changes);

private:
    // Storage internals (repositories, Transaction, BulkWriter) reach the connection through
    // storage::BookAccess (BookPrivate.h); nothing outside the storage layer can.
    class Private;
    Private* d_func() const { return d.get(); }
    friend struct storage::BookAccess;
    friend class Transaction;

    explicit Book(std::unique_ptr<Private> p);
    static Result<std::unique_ptr<Book>> openBook(const QString& path, OpenMode mode, const Clock& clock,
                                                  const NewBookOptions& newBook, IntegrityCheck check,
                                                  const std::function<bool()>& cancelled = {});
    std::unique_ptr<Private> d;
};

} // namespace csm
