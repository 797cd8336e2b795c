#include "BookFile.h"

#include "Connection.h"
#include "Schema.h"
#include "Sqlite.h"
#include "domain/Uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace csm::storage {
namespace {

Error fileError(Error::Code code, const QString& message, const QString& path, const QString& hint)
{
    return Error{code, message, path, hint};
}

Error notABook(const QString& path, const QString& message)
{
    return fileError(Error::Code::NotABook, message, path,
                     trBook(QT_TRANSLATE_NOOP(
                         "csm::Book", "Choose a CSM Workbench book (a .sqlite file made by this app).")));
}

Error corrupt(const QString& path, const QString& detail)
{
    return fileError(
        Error::Code::Corrupt,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is damaged and cannot be opened safely: %1."))
            .arg(detail),
        path,
        trBook(QT_TRANSLATE_NOOP("csm::Book",
                                 "Restore the book from a backup; the damaged file was not changed.")));
}

void removeSidecars(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// fsync() of a file of our own (never the book: see Connection.h).
bool syncFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

// fsync() of the folder a file is in, so that a rename into it is on disk.
bool syncFolderOf(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path)
    return true;
#endif
}

Error notPutInPlace(const QString& path)
{
    return Error{Error::Code::Io,
                 trBook(QT_TRANSLATE_NOOP("csm::Book", "The new book could not be put in place.")), path,
                 trBook(QT_TRANSLATE_NOOP(
                     "csm::Book", "Check that the folder is writable and no file of that name exists."))};
}

Error notWrittenToDisk()
{
    return Error{
        Error::Code::Io,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The new book could not be written to disk.")),
        {},
        trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the disk space and the folder's permissions."))};
}

} // namespace

Result<QStringList> integrityProblems(sqlite3* db, bool full)
{
    Stmt q(db, full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)");
    QStringList problems;
    while (q.next()) {
        const QString row = q.text(0);
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (!q.status())
        return q.status().error();
    return problems;
}

Result<BookVersion> probeBook(sqlite3* db, const QString& path, qint64 quickCheckLimit)
{
    // The header, as SQLite reads it. SQLite takes an empty file for an empty database.
    const qint64 size = QFileInfo(path).size();
    if (size == 0)
        return notABook(
            path, trBook(QT_TRANSLATE_NOOP("csm::Book", "The file is empty, not a CSM Workbench book.")));
    {
        // The first read checks the magic string and the page size (SQLITE_NOTADB), and that the file holds
        // every page the header counts (SQLITE_CORRUPT).
        Stmt q(db, "SELECT count(*) FROM sqlite_schema");
        if (!q.next()) {
            if ((sqlite3_extended_errcode(db) & 0xff) == SQLITE_NOTADB)
                return notABook(
                    path, trBook(QT_TRANSLATE_NOOP("csm::Book", "The file is not a CSM Workbench "
                                                                "book (it is not a SQLite database).")));
            Error e = q.status() ? sqliteError(db, SQLITE_CORRUPT, path) : q.status().error();
            e.where = path;
            if (e.code == Error::Code::Corrupt || e.code == Error::Code::Generic)
                return corrupt(path, QString::fromUtf8(sqlite3_errmsg(db)));
            return e;
        }
    }
    {
        Stmt q(db, "SELECT (SELECT application_id FROM pragma_application_id), "
                   "(SELECT page_size FROM pragma_page_size), (SELECT page_count FROM pragma_page_count)");
        if (!q.next())
            return corrupt(path, QString::fromUtf8(sqlite3_errmsg(db)));
        if (q.int64(0) != kApplicationId)
            return notABook(path,
                            trBook(QT_TRANSLATE_NOOP(
                                "csm::Book", "The file is a SQLite database but not a CSM Workbench book.")));
        const qint64 pageSize = q.int64(1);
        if (pageSize < 512 || size % pageSize != 0)
            return corrupt(
                path, trBook(QT_TRANSLATE_NOOP("csm::Book",
                                               "the file size is not a whole number of pages (truncated?)")));
        // Pages beyond the end of the file may sit in the WAL; without one the file must hold them all.
        if (!QFileInfo::exists(path + QLatin1String("-wal")) && q.int64(2) * pageSize > size)
            return corrupt(path, trBook(QT_TRANSLATE_NOOP(
                                     "csm::Book", "the file is shorter than its header says (truncated)")));
    }
    // A whole-file quick_check for small books; for bigger ones only the tables every open reads (bounded
    // time whatever the size); none at all when the caller has already checked this book (a negative limit).
    const bool wholeFile = quickCheckLimit >= 0 && QFileInfo(path).size() <= quickCheckLimit;
    if (quickCheckLimit >= 0) {
        QList<const char*> checks;
        if (wholeFile) {
            checks << "PRAGMA quick_check(100)";
        } else {
            checks << "PRAGMA quick_check(sqlite_schema)";
            for (const char* table : {"meta", "settings"}) {
                Stmt exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
                exists.bind(1, table);
                if (exists.next())
                    checks << (qstrcmp(table, "meta") == 0 ? "PRAGMA quick_check(meta)"
                                                           : "PRAGMA quick_check(settings)");
            }
        }
        for (const char* sql : checks) {
            Stmt q(db, sql);
            QString problem;
            while (q.next()) {
                const QString row = q.text(0);
                if (row != QLatin1String("ok") && problem.isEmpty())
                    problem = row;
            }
            if (!q.status())
                return corrupt(path, q.status().error().message);
            if (!problem.isEmpty())
                return corrupt(path, problem);
        }
    }
    BookVersion v;
    Stmt uv(db, "PRAGMA user_version");
    if (!uv.next())
        return corrupt(path, QString::fromUtf8(sqlite3_errmsg(db)));
    const int userVersion = uv.int32(0);
    Stmt hasMeta(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta.next()) {
        if (userVersion != 0)
            return corrupt(path, trBook(QT_TRANSLATE_NOOP("csm::Book", "the version table is missing")));
        return v; // a pre-release version 0 book: no meta table yet
    }
    Stmt meta(db, "SELECT schema_version, min_reader_version FROM meta WHERE singleton = 1");
    if (!meta.next())
        return corrupt(path, trBook(QT_TRANSLATE_NOOP("csm::Book", "the version record is missing")));
    v.schemaVersion = meta.int32(0);
    v.minReaderVersion = meta.int32(1);
    if (v.schemaVersion != userVersion)
        return corrupt(
            path, trBook(QT_TRANSLATE_NOOP("csm::Book",
                                           "the schema version (%1) disagrees with the file header (%2)"))
                      .arg(v.schemaVersion)
                      .arg(userVersion));
    return v;
}

Status writeMeta(sqlite3* db, const QString& now)
{
    Stmt q(db, "INSERT INTO meta (singleton, schema_version, min_reader_version, created_by_app, created_at) "
               "VALUES (1, ?1, ?2, ?3, ?4) "
               "ON CONFLICT (singleton) DO UPDATE SET schema_version = excluded.schema_version, "
               "min_reader_version = excluded.min_reader_version");
    q.bind(1, kSchemaVersion).bind(2, kMinReaderVersion);
    q.bindText(3, QStringLiteral("CSM Workbench " CSM_VERSION)).bindText(4, now);
    return q.run();
}

namespace {

struct SettingValue
{
    const char* key;
    QString value;
};

QList<SettingValue> settingValues(const BookSettings& s)
{
    auto num = [](auto v) { return QString::number(v); };
    return {
        {"currency", s.currency},
        {"fiscal_year_start_month", num(s.fiscalYearStartMonth)},
        {"holiday_calendar", s.holidayCalendar},
        {"high_touch_min_arr", num(s.highTouchMinArr)},
        {"low_touch_min_arr", num(s.lowTouchMinArr)},
        {"cadence_high_days", num(s.cadenceHighDays)},
        {"cadence_low_days", num(s.cadenceLowDays)},
        {"cadence_tech_days", num(s.cadenceTechDays)},
        {"weight_adoption", num(s.weightAdoption)},
        {"weight_usage_trend", num(s.weightUsageTrend)},
        {"weight_engagement", num(s.weightEngagement)},
        {"weight_sentiment", num(s.weightSentiment)},
        {"weight_nps", num(s.weightNps)},
        {"weight_onboarding", num(s.weightOnboarding)},
        {"green_min", num(s.greenMin)},
        {"yellow_min", num(s.yellowMin)},
        {"health_drop_points", num(s.healthDropPoints)},
        {"health_model_version", num(s.healthModelVersion)},
        {"stuck_after_business_days", num(s.stuckAfterBusinessDays)},
    };
}

void applySetting(BookSettings& s, const QString& key, const QString& value)
{
    auto is = [&key](const char* k) { return key == QLatin1String(k); };
    bool ok = false;
    auto asInt = [&](int& target) {
        const int v = value.toInt(&ok);
        if (ok)
            target = v;
    };
    auto asMoney = [&](MinorUnits& target) {
        const MinorUnits v = value.toLongLong(&ok);
        if (ok)
            target = v;
    };
    auto asDouble = [&](double& target) {
        const double v = value.toDouble(&ok);
        if (ok)
            target = v;
    };
    if (is("currency"))
        s.currency = value;
    else if (is("fiscal_year_start_month"))
        asInt(s.fiscalYearStartMonth);
    else if (is("holiday_calendar"))
        s.holidayCalendar = value;
    else if (is("high_touch_min_arr"))
        asMoney(s.highTouchMinArr);
    else if (is("low_touch_min_arr"))
        asMoney(s.lowTouchMinArr);
    else if (is("cadence_high_days"))
        asInt(s.cadenceHighDays);
    else if (is("cadence_low_days"))
        asInt(s.cadenceLowDays);
    else if (is("cadence_tech_days"))
        asInt(s.cadenceTechDays);
    else if (is("weight_adoption"))
        asDouble(s.weightAdoption);
    else if (is("weight_usage_trend"))
        asDouble(s.weightUsageTrend);
    else if (is("weight_engagement"))
        asDouble(s.weightEngagement);
    else if (is("weight_sentiment"))
        asDouble(s.weightSentiment);
    else if (is("weight_nps"))
        asDouble(s.weightNps);
    else if (is("weight_onboarding"))
        asDouble(s.weightOnboarding);
    else if (is("green_min"))
        asDouble(s.greenMin);
    else if (is("yellow_min"))
        asDouble(s.yellowMin);
    else if (is("health_drop_points"))
        asDouble(s.healthDropPoints);
    else if (is("health_model_version"))
        asInt(s.healthModelVersion);
    else if (is("stuck_after_business_days"))
        asInt(s.stuckAfterBusinessDays);
    // Unknown keys (from a newer build) are kept in the table and ignored here.
}

} // namespace

Status writeSettings(sqlite3* db, const BookSettings& settings, const QString& now)
{
    if (auto st = writeSettingValues(db, settings); !st)
        return st;
    return syncCompanyHolidays(db, settings.companyHolidays, now);
}

Status writeSettingValues(sqlite3* db, const BookSettings& settings)
{
    Stmt put(db, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!put.prepared())
        return put.prepared();
    for (const auto& [key, value] : settingValues(settings)) {
        put.reset();
        put.bind(1, key).bindText(2, value);
        if (auto st = put.run(); !st)
            return st;
    }
    return {};
}

Status syncCompanyHolidays(sqlite3* db, const QList<CompanyHoliday>& holidays, const QString& now)
{
    // The list as given becomes the live rows: a date no longer listed gets a tombstone, a new date a new
    // row, a renamed one its new name. Rows are never deleted or rewritten (docs/schema.md, schema 8).
    QHash<QDate, QString> wanted;
    for (const auto& h : holidays) {
        if (!h.date.isValid())
            return Error{Error::Code::InvalidValue,
                         trBook(QT_TRANSLATE_NOOP("csm::Book", "A company holiday has no valid date.")),
                         h.name,
                         {}};
        if (!wanted.contains(h.date))
            wanted.insert(h.date, h.name);
    }
    QHash<QDate, QPair<Id, QString>> live;
    {
        Stmt q(db, "SELECT id, date, name FROM company_holiday WHERE deleted = 0");
        while (q.next())
            live.insert(q.date(1), {q.text(0), q.text(2)});
        if (!q.status())
            return q.status();
    }
    Stmt gone(db, "UPDATE company_holiday SET deleted = 1, updated_at = ?1 WHERE id = ?2");
    Stmt renamed(db, "UPDATE company_holiday SET name = ?1, updated_at = ?2 WHERE id = ?3");
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const auto keep = wanted.constFind(it.key());
        Status st;
        if (keep == wanted.cend()) {
            gone.reset();
            st = gone.bindText(1, now).bindText(2, it.value().first).run();
        } else if (*keep != it.value().second) {
            renamed.reset();
            st = renamed.bindText(1, *keep).bindText(2, now).bindText(3, it.value().first).run();
        }
        if (!st)
            return st;
    }
    Stmt added(
        db,
        "INSERT INTO company_holiday (id, created_at, updated_at, date, name) VALUES (?1, ?2, ?2, ?3, ?4)");
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (live.contains(it.key()))
            continue;
        added.reset();
        added.bindText(1, newUuidV7()).bindText(2, now).bind(3, it.key()).bindText(4, it.value());
        if (auto st = added.run(); !st)
            return st;
    }
    return {};
}

Result<BookSettings> readSettings(sqlite3* db)
{
    BookSettings s;
    Stmt q(db, "SELECT key, value FROM settings");
    while (q.next())
        applySetting(s, q.text(0), q.text(1));
    if (!q.status())
        return q.status().error();
    Stmt h(db, "SELECT date, name FROM company_holiday WHERE deleted = 0 ORDER BY date");
    while (h.next())
        s.companyHolidays.append(CompanyHoliday{h.date(0), h.text(1)});
    if (!h.status())
        return h.status().error();
    return s;
}

Status initNewBook(sqlite3* db, const BookSettings& settings, const QString& now)
{
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(kApplicationId) +
                               "; PRAGMA user_version = " + QByteArray::number(kSchemaVersion) + ";";
    if (auto st = exec(db, pragmas.constData()); !st)
        return st;
    if (auto st = exec(db, "BEGIN IMMEDIATE"); !st)
        return st;
    Status st = exec(db, schemaSql());
    if (st)
        st = writeMeta(db, now);
    if (st)
        st = writeSettings(db, settings, now);
    if (st)
        st = exec(db, "COMMIT");
    else
        (void)exec(db, "ROLLBACK");
    return st;
}

Status createBook(const QString& path, const BookSettings& settings, const QString& now)
{
    const QString tmp = path + QLatin1String(".new-") + randomSuffix();
    Connection db;
    auto fail = [&](const Error& e) -> Status {
        db.close();
        QFile::remove(tmp); // a name of our own that nobody else knows
        removeSidecars(tmp);
        Error out = e;
        out.where = path;
        return out;
    };
    auto opened = openConnection(tmp, ConnectionRole::Creator);
    if (!opened)
        return fail(opened.error());
    db = std::move(opened.value());
    if (auto st = initNewBook(db.handle(), settings, now); !st)
        return fail(st.error());
    if (auto wal = exec(db.handle(), "PRAGMA journal_mode = WAL"); !wal)
        return fail(wal.error());
    db.close(); // the only connection: SQLite checkpoints and removes the -wal and -shm of the new file
    // rename() never replaces an existing file: a book created meanwhile by someone else wins.
    if (!QFile::rename(tmp, path))
        return fail(notPutInPlace(path));
    removeSidecars(tmp);
    return {};
}

QString buildPath(const QString& path)
{
    return path + QLatin1String(".building");
}

void removeBuild(const QString& path)
{
    const QString tmp = buildPath(path);
    QFile::remove(tmp);
    removeSidecars(tmp);
}

Result<Connection> startBuild(const QString& path, const BookSettings& settings, const QString& now)
{
    auto fail = [&](Error e) -> Error {
        removeBuild(path);
        e.where = path;
        return e;
    };
    auto opened = openConnection(buildPath(path), ConnectionRole::Builder);
    if (!opened)
        return fail(opened.error());
    if (auto st = initNewBook(opened->handle(), settings, now); !st) {
        opened->close();
        return fail(st.error());
    }
    return opened;
}

Status finishBuild(const QString& path)
{
    const QString tmp = buildPath(path);
    auto fail = [&](Error e) -> Status {
        removeBuild(path);
        e.where = path;
        return e;
    };
    {
        // From here on the book's own mode: a writer's connection switches the file to WAL (its header then
        // says so) with synchronous = FULL, as every book. No quick_check of what SQLite itself just wrote in
        // one transaction (docs/decisions.md): it reads back the pages this process holds in the system's
        // cache, so it cannot see the disk, and it cost a sixth of a 100,000-account import.
        auto writer = openConnection(tmp, ConnectionRole::Writer);
        if (!writer)
            return fail(writer.error());
        writer->close(); // the only connection: SQLite checkpoints and removes the -wal and -shm
    }
    // The build wrote without syncing: all of it on disk before it takes the book's name, so that a power
    // loss after the rename finds a whole book.
    if (!syncFile(tmp))
        return fail(notWrittenToDisk());
    if (!QFile::rename(tmp, path))
        return fail(notPutInPlace(path));
    // The rename itself on disk. Best effort: the book is in place and whole either way, and a failure here
    // must not make the caller think it is not.
    (void)syncFolderOf(path);
    removeSidecars(tmp);
    return {};
}

Status backupInto(sqlite3* db, const QString& target, bool overwrite)
{
    const QFileInfo fi(target);
    if (fi.exists() && !overwrite)
        return Error{Error::Code::Io,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The backup file already exists.")), target,
                     trBook(QT_TRANSLATE_NOOP("csm::Book",
                                              "Choose another name, or remove the existing file first."))};
    if (!fi.absoluteDir().exists())
        return Error{
            Error::Code::NotFound,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The folder for the backup does not exist.")),
            fi.absolutePath(),
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Create the folder first or choose another location."))};
    // A name of our own beside the target (same file system, so the rename below is atomic).
    const QString tmp = fi.absoluteFilePath() + QLatin1String(".partial-") + randomSuffix();
    auto fail = [&](Error e) -> Status {
        QFile::remove(tmp);
        removeSidecars(tmp);
        e.where = target;
        return e;
    };
    {
        Stmt vacuum(db, "VACUUM INTO ?1");
        vacuum.bindText(1, QString::fromUtf8(QFile::encodeName(tmp)));
        if (auto st = vacuum.run(); !st)
            return fail(st.error());
    }
    {
        auto copy = openConnection(tmp, ConnectionRole::Reader);
        if (!copy)
            return fail(copy.error());
        auto problems = integrityProblems(copy->handle(), false);
        copy->close();
        if (!problems)
            return fail(problems.error());
        if (!problems->isEmpty())
            return fail(Error{
                Error::Code::Corrupt,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The backup copy failed its check: %1."))
                    .arg(problems->first()),
                {},
                trBook(QT_TRANSLATE_NOOP("csm::Book", "Run a full check of the book, then try again."))});
    }
    // On disk before it takes the old file's place: a crash then leaves the old backup or the whole new one.
    if (!syncFile(tmp))
        return fail(Error{
            Error::Code::Io,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The backup copy could not be written to disk.")),
            {},
            trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the disk space and the folder's permissions."))});
    std::error_code ec;
    if (fi.exists() && overwrite) {
        std::filesystem::rename(QFile::encodeName(tmp).toStdString(),
                                QFile::encodeName(fi.absoluteFilePath()).toStdString(), ec);
    } else if (!QFile::rename(tmp, fi.absoluteFilePath())) {
        ec = std::make_error_code(std::errc::file_exists);
    }
    if (ec)
        return fail(Error{Error::Code::Io,
                          trBook(QT_TRANSLATE_NOOP("csm::Book", "The backup could not be put in place.")),
                          {},
                          trBook(QT_TRANSLATE_NOOP("csm::Book", "Check that the folder is writable."))});
    return {};
}

Status removeBook(const QString& path)
{
    {
        auto db = openConnection(path, ConnectionRole::Upgrader);
        if (!db)
            return db.error();
        sqlite3_busy_timeout(db->handle(), 0);
        // Leaving WAL mode needs the book to itself; SQLite then removes -wal and -shm.
        Stmt mode(db->handle(), "PRAGMA journal_mode = DELETE");
        if (!mode.next() || mode.text(0) != QLatin1String("delete"))
            return Error{
                Error::Code::Locked,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is in use by another program, so it "
                                                      "was left in place.")),
                path,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "Close the other program, then remove the file."))};
    }
    if (!QFile::remove(path))
        return Error{Error::Code::Io,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book could not be removed.")), path,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the folder's permissions."))};
    return {};
}

} // namespace csm::storage
