#include "storage/Book.h"

#include "BookFile.h"
#include "BookPrivate.h"
#include "HealthInputsKept.h"
#include "HealthTrendDays.h"
#include "Migrations.h"
#include "Schema.h"
#include "SqlRepositories.h"
#include "Sqlite.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>

namespace csm {

using storage::trBook;

namespace {

// Books at most this big get a whole-file quick_check on every open (a few tens of ms at most); bigger ones
// get a quick_check of the schema, meta and settings tables only (their pages are read on open anyway), and
// rely on SQLite reporting SQLITE_CORRUPT (Error::Corrupt, "The book is damaged") on first use of a damaged
// page, and on check() for a full check. See docs/schema.md, "Opening a book".
constexpr qint64 kQuickCheckOnOpenLimit = 8 * 1024 * 1024;

// Paths of books open for writing in this process: a second Book on the same file is refused.
QMutex g_openMutex;
QSet<QString>& openPaths()
{
    static QSet<QString> paths;
    return paths;
}

Error error(Error::Code code, const QString& message, const QString& where, const QString& hint)
{
    return Error{code, message, where, hint};
}

QString lockPathFor(const QString& path)
{
    return path + QLatin1String(".lock");
}

Error noBookGiven()
{
    return error(Error::Code::NotFound, trBook(QT_TRANSLATE_NOOP("csm::Book", "No book file was given.")), {},
                 trBook(QT_TRANSLATE_NOOP("csm::Book", "Choose a book file.")));
}

Error readOnlyFolder(const QString& path)
{
    return error(
        Error::Code::ReadOnly,
        trBook(QT_TRANSLATE_NOOP(
            "csm::Book", "The book's folder is read-only, so the book cannot be opened for writing.")),
        path,
        trBook(QT_TRANSLATE_NOOP("csm::Book",
                                 "Open it read-only, or copy the book to a folder you can write to.")));
}

Result<std::unique_ptr<QLockFile>> takeLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // Never stale by age: a lock is stale only when its process is gone (QLockFile checks the pid).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return Result<std::unique_ptr<QLockFile>>(std::move(lock));
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return error(
            Error::Code::Locked,
            trBook(QT_TRANSLATE_NOOP(
                       "csm::Book",
                       "The book is already open in another running CSM Workbench (process %1 on %2)."))
                .arg(pid)
                .arg(host.isEmpty() ? trBook(QT_TRANSLATE_NOOP("csm::Book", "this computer")) : host),
            path,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Close the book there first, or open it read-only.")));
    }
    case QLockFile::PermissionError:
        return readOnlyFolder(path);
    default:
        return error(
            Error::Code::Io,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book's lock file could not be created.")),
            lockPathFor(path),
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the folder's permissions and free space.")));
    }
}

// Refuses a book this build must not open in this mode (newer, or older and read-only).
Status checkVersion(const storage::BookVersion& version, const QString& abs, bool writing)
{
    if (version.minReaderVersion > storage::kSchemaVersion) {
        return error(Error::Code::NewerVersion,
                     trBook(QT_TRANSLATE_NOOP(
                                "csm::Book",
                                "The book was written by a newer CSM Workbench: it needs a reader of schema "
                                "version %1, and this version reads up to schema version %2."))
                         .arg(version.minReaderVersion)
                         .arg(storage::kSchemaVersion),
                     abs,
                     trBook(QT_TRANSLATE_NOOP(
                         "csm::Book", "Update CSM Workbench to open this book; it was not changed.")));
    }
    if (version.schemaVersion > storage::kSchemaVersion && writing) {
        return error(
            Error::Code::NewerVersion,
            trBook(QT_TRANSLATE_NOOP(
                       "csm::Book",
                       "The book has schema version %1, newer than version %2 that this CSM Workbench "
                       "writes, so it cannot be changed here."))
                .arg(version.schemaVersion)
                .arg(storage::kSchemaVersion),
            abs, trBook(QT_TRANSLATE_NOOP("csm::Book", "Open it read-only, or update CSM Workbench.")));
    }
    if (version.schemaVersion < storage::kSchemaVersion && !writing) {
        return error(Error::Code::ReadOnly,
                     trBook(QT_TRANSLATE_NOOP(
                                "csm::Book",
                                "The book has the older schema version %1 and must be upgraded to version %2 "
                                "before it can be read."))
                         .arg(version.schemaVersion)
                         .arg(storage::kSchemaVersion),
                     abs,
                     trBook(QT_TRANSLATE_NOOP(
                         "csm::Book", "Open it for writing once to upgrade it (a backup is taken first).")));
    }
    return {};
}

// An error of the first connection to a file: anything but an I/O failure means the file is damaged.
Error openFailure(Error e, const QString& abs)
{
    if (e.code == Error::Code::Io || e.code == Error::Code::NotABook)
        return e;
    return error(
        Error::Code::Corrupt,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is damaged and cannot be opened safely: %1."))
            .arg(e.message),
        abs,
        trBook(QT_TRANSLATE_NOOP("csm::Book",
                                 "Restore the book from a backup; the damaged file was not changed.")));
}

class PathClaim
{
public:
    bool claim(const QString& path)
    {
        QMutexLocker locker(&g_openMutex);
        if (openPaths().contains(path))
            return false;
        openPaths().insert(path);
        m_path = path;
        return true;
    }
    void release()
    {
        if (m_path.isEmpty())
            return;
        QMutexLocker locker(&g_openMutex);
        openPaths().remove(m_path);
        m_path.clear();
    }
    QString take() { return std::exchange(m_path, {}); }
    ~PathClaim() { release(); }

private:
    QString m_path;
};

// A new book's folder: there, and writable.
Status checkNewBookFolder(const QFileInfo& fi)
{
    const QFileInfo folder(fi.absolutePath());
    if (!folder.isDir())
        return error(
            Error::Code::NotFound,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The folder for the new book does not exist.")),
            folder.absoluteFilePath(),
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Create the folder first, or choose another location.")));
    if (!folder.isWritable())
        return error(Error::Code::ReadOnly,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The folder for the new book is read-only.")),
                     folder.absoluteFilePath(),
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Choose a folder you can write to.")));
    return {};
}

// The right to write the book at fi: the claim within this process, then the lock file against others;
// refused for a read-only book or folder.
Result<std::unique_ptr<QLockFile>> claimForWriting(const QFileInfo& fi, PathClaim& claim)
{
    const QString abs = fi.absoluteFilePath();
    if (!claim.claim(abs))
        return error(
            Error::Code::Locked,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is already open in this window or process.")),
            abs, trBook(QT_TRANSLATE_NOOP("csm::Book", "Switch to the window that has it open.")));
    if (fi.exists() && !fi.isWritable())
        return error(Error::Code::ReadOnly,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book file is read-only.")), abs,
                     trBook(QT_TRANSLATE_NOOP(
                         "csm::Book", "Open it read-only, or make the file writable and try again.")));
    if (fi.exists() && !QFileInfo(fi.absolutePath()).isWritable())
        return readOnlyFolder(abs);
    return takeLock(abs);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
Book::Private::Private(const QString& p, bool ro, const Clock& c) : path(p), readOnly(ro), clock(&c) {}

Book::Private::~Private()
{
    accounts.reset();
    contacts.reset();
    touches.reset();
    contracts.reset();
    arrEvents.reset();
    renewals.reset();
    roadmaps.reset();
    usage.reset();
    nps.reset();
    companyHolidays.reset();
    db = nullptr;
    connection.close();
    if (claimsPath) {
        QMutexLocker locker(&g_openMutex);
        openPaths().remove(path);
    }
    if (lock)
        lock->unlock();
}

QString Book::Private::nowText() const
{
    return storage::isoTimestamp(clock->nowUtc());
}

Status Book::Private::loadSettings()
{
    auto s = storage::readSettings(db);
    if (!s)
        return s.error();
    settings = std::move(s.value());
    info.currency = settings.currency;
    return {};
}

Status Book::Private::loadInfo()
{
    storage::Stmt q(
        db, "SELECT schema_version, min_reader_version, created_by_app FROM meta WHERE singleton = 1");
    if (!q.next())
        return q.status()
                   ? Status(error(Error::Code::Corrupt,
                                  trBook(QT_TRANSLATE_NOOP("csm::Book", "The book has no version record.")),
                                  path,
                                  trBook(QT_TRANSLATE_NOOP("csm::Book", "Restore the book from a backup."))))
                   : q.status();
    info.schemaVersion = q.int32(0);
    info.minReaderVersion = q.int32(1);
    info.createdByApp = q.text(2);
    return {};
}

// ---------------------------------------------------------------------------------------------------------
Book::Book(std::unique_ptr<Private> p) : d(std::move(p))
{
    d->accounts = std::make_unique<SqlAccountRepository>(*this);
    d->contacts = std::make_unique<SqlContactRepository>(*this);
    d->touches = std::make_unique<SqlTouchRepository>(*this);
    d->contracts = std::make_unique<SqlContractRepository>(*this);
    d->arrEvents = std::make_unique<SqlArrEventRepository>(*this);
    d->renewals = std::make_unique<SqlRenewalRepository>(*this);
    d->roadmaps = std::make_unique<SqlRoadmapRepository>(*this);
    d->usage = std::make_unique<SqlUsageRepository>(*this);
    d->nps = std::make_unique<SqlNpsRepository>(*this);
    d->companyHolidays = std::make_unique<SqlCompanyHolidayRepository>(*this);
}

Book::~Book() = default;

Result<std::unique_ptr<Book>> Book::open(const QString& path, OpenMode mode, const Clock& clock)
{
    return open(path, mode, clock, NewBookOptions{});
}

Result<std::unique_ptr<Book>> Book::open(const QString& path, OpenMode mode, const Clock& clock,
                                         IntegrityCheck check)
{
    return openBook(path, mode, clock, NewBookOptions{}, check);
}

Result<std::unique_ptr<Book>> Book::open(const QString& path, OpenMode mode, const Clock& clock,
                                         const NewBookOptions& newBook)
{
    return openBook(path, mode, clock, newBook, IntegrityCheck::OnOpen);
}

Status Book::upgrade(const QString& path, const Clock& clock, const std::function<bool()>& cancelled)
{
    Result<std::unique_ptr<Book>> book =
        openBook(path, OpenMode::ReadWrite, clock, NewBookOptions{}, IntegrityCheck::OnOpen, cancelled);
    if (!book)
        return book.error();
    return {};
}

Result<std::unique_ptr<Book>> Book::openBook(const QString& path, OpenMode mode, const Clock& clock,
                                             const NewBookOptions& newBook, IntegrityCheck check,
                                             const std::function<bool()>& cancelled)
{
    qRegisterMetaType<csm::ChangeSet>();
    if (path.isEmpty())
        return noBookGiven();
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    const bool writing = mode != OpenMode::ReadOnly;

    if (fi.exists() && !fi.isFile())
        return error(Error::Code::NotABook,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "This is a folder, not a book file.")), abs,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Choose a book file (.sqlite) inside it.")));
    if (!fi.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return error(
                Error::Code::NotFound,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The book file does not exist.")), abs,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the file name, or create a new book.")));
        if (auto st = checkNewBookFolder(fi); !st)
            return st.error();
    }

    // Another Book of this process, then another process (the lock file), before anything is read or written.
    PathClaim claim;
    std::unique_ptr<QLockFile> lock;
    if (writing) {
        auto claimed = claimForWriting(fi, claim);
        if (!claimed)
            return claimed.error();
        lock = std::move(claimed.value());
    }

    if (!fi.exists()) {
        const BookSettings defaults = BookSettings::defaultsFor(newBook.currency);
        if (auto st = storage::createBook(abs, defaults, storage::isoTimestamp(clock.nowUtc())); !st)
            return st.error();
    }

    // Recognise the file without writing to it, through a read-only connection (never by reading the file
    // behind SQLite's back: see Connection.h).
    auto reader = storage::openConnection(abs, storage::ConnectionRole::Reader);
    if (!reader)
        return openFailure(reader.error(), abs);
    auto probed = storage::probeBook(reader->handle(), abs,
                                     check == IntegrityCheck::Skip ? -1 : kQuickCheckOnOpenLimit);
    if (!probed)
        return probed.error();
    const storage::BookVersion version = probed.value();
    if (auto st = checkVersion(version, abs, writing); !st)
        return st.error();

    if (version.schemaVersion < storage::kSchemaVersion) {
        const QString backup = storage::migrationBackupPath(abs, version.schemaVersion);
        if (auto st = storage::migrateBook(abs, version.schemaVersion, storage::kSchemaVersion,
                                           storage::builtInMigrations(), backup,
                                           storage::isoTimestamp(clock.nowUtc()), cancelled);
            !st)
            return st.error();
    }

    auto p = std::make_unique<Private>(abs, !writing, clock);
    if (writing) {
        // The writer opens before the reader closes: side files the reader had SQLite create stay in use, and
        // are SQLite's to remove when the book closes.
        auto writer = storage::openConnection(abs, storage::ConnectionRole::Writer);
        if (!writer)
            return writer.error();
        p->connection = std::move(writer.value());
        reader->leaveSideFilesToWriter();
        reader->close();
    } else {
        p->connection = std::move(reader.value());
    }
    p->db = p->connection.handle();
    p->lock = std::move(lock);
    p->claimsPath = writing;
    if (writing)
        claim.take(); // released by ~Private
    if (auto st = p->loadInfo(); !st)
        return st.error();
    if (auto st = p->loadSettings(); !st)
        return st.error();
    return std::unique_ptr<Book>(new Book(std::move(p)));
}

Status Book::build(const QString& path, const Clock& clock, const NewBookOptions& newBook,
                   const std::function<Result<bool>(Book&)>& fill)
{
    qRegisterMetaType<csm::ChangeSet>();
    if (path.isEmpty())
        return noBookGiven();
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    const auto exists = [&] {
        return error(
            Error::Code::Io, trBook(QT_TRANSLATE_NOOP("csm::Book", "A file of this name exists already.")),
            abs,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "A new book never replaces a file: choose another name.")));
    };
    if (fi.exists())
        return exists();
    if (auto st = checkNewBookFolder(fi); !st)
        return st;
    PathClaim claim;
    auto lock = claimForWriting(fi, claim);
    if (!lock)
        return lock.error();
    if (QFileInfo::exists(abs)) // made by another process before we held the lock
        return exists();
    // Under the book's lock no other build of it runs: a build file there was left by a killed one.
    storage::removeBuild(abs);
    auto started = storage::startBuild(abs, BookSettings::defaultsFor(newBook.currency),
                                       storage::isoTimestamp(clock.nowUtc()));
    if (!started)
        return started.error();
    Result<bool> keep = false;
    {
        auto p = std::make_unique<Private>(storage::buildPath(abs), false, clock);
        p->building = true;
        p->connection = std::move(started.value());
        p->db = p->connection.handle();
        Status loaded = p->loadInfo();
        if (loaded)
            loaded = p->loadSettings();
        if (!loaded) {
            keep = loaded.error();
        } else {
            Book book(std::move(p));
            keep = fill(book);
        } // the build's only connection closes here
    }
    if (!keep || !*keep) {
        storage::removeBuild(abs);
        if (!keep) {
            Error e = keep.error();
            if (e.where.startsWith(storage::buildPath(abs))) // SQLite's errors name the build's file
                e.where = abs;
            return e;
        }
        return {};
    }
    return storage::finishBuild(abs);
}

Result<std::unique_ptr<Book>> Book::openAnotherConnection(Access access) const
{
    const bool writing = access == Access::Write && !d->readOnly;
    auto p = std::make_unique<Private>(d->path, !writing, *d->clock);
    auto c = storage::openConnection(d->path, writing ? storage::ConnectionRole::Writer
                                                      : storage::ConnectionRole::Reader);
    if (!c)
        return openFailure(c.error(), d->path);
    p->connection = std::move(c.value());
    p->db = p->connection.handle();
    // Runs under this book's lock and claim: it must not release them.
    if (auto st = p->loadInfo(); !st)
        return st.error();
    if (auto st = p->loadSettings(); !st)
        return st.error();
    return std::unique_ptr<Book>(new Book(std::move(p)));
}

void Book::takeChangesFromAnotherConnection(const ChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    if (changes.everything || changes.touches(ChangeSet::Entity::Settings))
        (void)d->loadSettings();
    emit this->changed(changes);
}

Status Book::removeFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    {
        QMutexLocker locker(&g_openMutex);
        if (openPaths().contains(abs))
            return error(
                Error::Code::Locked,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is already open in this window or process.")),
                abs, trBook(QT_TRANSLATE_NOOP("csm::Book", "Close the book first.")));
    }
    return storage::removeBook(abs);
}

QString Book::path() const
{
    return d->path;
}

QString Book::displayName() const
{
    return QFileInfo(d->path).completeBaseName();
}

bool Book::isReadOnly() const
{
    return d->readOnly;
}

bool Book::isBeingBuilt() const
{
    return d->building;
}

Book::Info Book::info() const
{
    return d->info;
}

const Clock& Book::clock() const
{
    return *d->clock;
}

Result<int> Book::storedSchemaVersion(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(abs).isFile())
        return error(Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book file does not exist.")), abs,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the file name, or create a new book.")));
    auto reader = storage::openConnection(abs, storage::ConnectionRole::Reader);
    if (!reader)
        return openFailure(reader.error(), abs);
    auto probed = storage::probeBook(reader->handle(), abs, -1);
    if (!probed)
        return probed.error();
    return probed->schemaVersion;
}

int Book::currentSchemaVersion()
{
    return storage::kSchemaVersion;
}

int Book::currentMinReaderVersion()
{
    return storage::kMinReaderVersion;
}

BookSettings Book::settings() const
{
    return d->settings;
}

Status Book::reloadSettings()
{
    return d->loadSettings();
}

Status Book::saveSettings(const BookSettings& settings)
{
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    // New touch-model thresholds change an input of every score (the touch model): the inputs kept for the
    // current scores (HealthInputsKept.h) are forgotten. Compared with the thresholds the book holds now, not
    // with this connection's copy (another connection may have saved others since).
    auto stored = storage::readSettings(d->db);
    if (!stored)
        return stored.error();
    if (settings.highTouchMinArr != stored->highTouchMinArr ||
        settings.lowTouchMinArr != stored->lowTouchMinArr) {
        if (auto st = storage::forgetKeptHealthInputs(d->db); !st)
            return st;
    }
    if (auto st = storage::writeSettings(d->db, settings, d->nowText()); !st)
        return st;
    tx.record(ChangeSet::Entity::Settings, {});
    return tx.commit(); // reloads the settings before it announces the change
}

AccountRepository& Book::accounts()
{
    return *d->accounts;
}
ContactRepository& Book::contacts()
{
    return *d->contacts;
}
TouchRepository& Book::touches()
{
    return *d->touches;
}
ContractRepository& Book::contracts()
{
    return *d->contracts;
}
ArrEventRepository& Book::arrEvents()
{
    return *d->arrEvents;
}
RenewalRepository& Book::renewals()
{
    return *d->renewals;
}
RoadmapRepository& Book::roadmaps()
{
    return *d->roadmaps;
}
UsageRepository& Book::usage()
{
    return *d->usage;
}
NpsRepository& Book::nps()
{
    return *d->nps;
}
CompanyHolidayRepository& Book::companyHolidays()
{
    return *d->companyHolidays;
}

Result<Book::CheckReport> Book::check(bool full) const
{
    CheckReport report;
    auto problems = storage::integrityProblems(d->db, full);
    if (!problems)
        return problems.error();
    report.problems = problems.value();
    {
        storage::Stmt fk(d->db, "PRAGMA foreign_key_check");
        while (fk.next())
            report.problems << trBook(QT_TRANSLATE_NOOP("csm::Book",
                                                        "A row of table %1 refers to a missing row of %2."))
                                   .arg(fk.text(0), fk.text(2));
        if (!fk.status())
            return fk.status().error();
    }
    {
        // The portfolio trend's kept Mondays (schema 14) are derived from the snapshots and must say the
        // same.
        auto astray = storage::healthTrendDaysAstray(d->db);
        if (!astray)
            return astray.error();
        for (const QDate& day : std::as_const(*astray))
            report.problems << trBook(QT_TRANSLATE_NOOP(
                                          "csm::Book",
                                          "The portfolio trend kept for %1 disagrees with that day's health "
                                          "scores (a copy kept for speed: the book's own data is not "
                                          "affected)."))
                                   .arg(day.toString(Qt::ISODate));
    }
    {
        storage::Stmt meta(d->db, "SELECT m.schema_version, (SELECT user_version FROM pragma_user_version) "
                                  "FROM meta m WHERE m.singleton = 1");
        if (meta.next()) {
            report.schemaVersion = meta.int32(0);
            if (meta.int32(0) != meta.int32(1))
                report.problems << trBook(QT_TRANSLATE_NOOP(
                                              "csm::Book",
                                              "The schema version (%1) disagrees with the file header (%2)."))
                                       .arg(meta.int32(0))
                                       .arg(meta.int32(1));
            if (report.schemaVersion != storage::kSchemaVersion)
                report.problems << trBook(
                                       QT_TRANSLATE_NOOP("csm::Book",
                                                         "The schema version is %1; this build expects %2."))
                                       .arg(report.schemaVersion)
                                       .arg(storage::kSchemaVersion);
        } else {
            report.problems << trBook(QT_TRANSLATE_NOOP("csm::Book", "The book has no version record."));
        }
    }
    for (int i = 0; i < storage::kCountedTableCount; ++i) {
        const auto& t = storage::kCountedTables[i];
        // Table names come from the fixed list in Schema.cpp, never from input.
        QByteArray sql = QByteArray("SELECT count(*) FROM ") + t.name;
        if (t.hasTombstone)
            sql += " WHERE deleted = 0";
        storage::Stmt q(d->db, sql);
        if (!q.next())
            return q.status() ? Error{Error::Code::Generic, {}, d->path, {}} : q.status().error();
        report.rowCounts.insert(QLatin1String(t.name), q.int64(0));
    }
    report.ok = report.problems.isEmpty();
    return report;
}

Status Book::backupTo(const QString& targetPath) const
{
    return backupTo(targetPath, BackupOverwrite::No);
}

Status Book::backupTo(const QString& targetPath, BackupOverwrite overwrite) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == d->path)
        return error(Error::Code::InvalidValue,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "A book cannot be backed up onto itself.")),
                     target,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Choose another file name for the backup.")));
    return storage::backupInto(d->db, target, overwrite == BackupOverwrite::Yes);
}

} // namespace csm
