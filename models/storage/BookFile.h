#pragma once

// File-level work on books that happens outside an open Book: recognising a book without writing to it,
// creating a new one, taking checked copies (VACUUM INTO + quick_check), removing one. Connections come from
// Connection.h.

#include "Connection.h"

#include "domain/Result.h"
#include "domain/Settings.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

// What a book says about its version, read through a read-only connection.
struct BookVersion
{
    int schemaVersion = 0;
    int minReaderVersion = 0;
};
// Recognises a book through a connection to it (never by reading the file behind SQLite's back): a SQLite
// database (SQLITE_NOTADB otherwise), the application id, a size in whole pages (stat) that holds every page
// the header counts, then the version, sanity-checked. PRAGMA quick_check of the whole file when it is at
// most quickCheckLimit bytes, else of sqlite_schema, meta and settings only; no quick_check when the limit
// is negative (a further connection to a book already checked in this process). NotABook or Corrupt on
// failure, with a message for the user.
Result<BookVersion> probeBook(sqlite3* db, const QString& path, qint64 quickCheckLimit);

// PRAGMA quick_check (or integrity_check) rows other than "ok".
Result<QStringList> integrityProblems(sqlite3* db, bool full);

// A new, empty book of the current schema at path (which must not exist), created under a temporary name
// and renamed into place, so a failure leaves nothing behind.
Status createBook(const QString& path, const BookSettings& settings, const QString& now);
// What a new book starts with, through a connection to its new, empty file: the application id, the schema
// version, the schema, the meta row and the settings (one transaction).
Status initNewBook(sqlite3* db, const BookSettings& settings, const QString& now);

// A new book built before it is put in place (Book::build). The build's file is buildPath(path): beside the
// book, so that the rename into place is atomic, and one name per book, so that the next build of the same
// book (under its lock) finds and removes what a killed one left (removeBuild()).
QString buildPath(const QString& path);
void removeBuild(const QString& path);
// A Builder connection (Connection.h) on a new file at buildPath(path), holding a new, empty book.
Result<Connection> startBuild(const QString& path, const BookSettings& settings, const QString& now);
// Puts a build in place once its connection is closed: a writer's connection switches it to WAL and
// quick_checks it, then it is synced to disk (fsync) and renamed to path, never over an existing file, and
// the folder synced. On failure the build is removed and path left as it was.
Status finishBuild(const QString& path);

// VACUUM INTO a temporary name beside target, quick_check of the copy, then rename to target (over an
// existing target only when overwrite is set: rename(2) replaces it in one step, so a failure at any point
// leaves the old file as it was and nothing else behind).
Status backupInto(sqlite3* db, const QString& target, bool overwrite);

// Removes a closed book: through SQLite first (a switch to journal_mode DELETE, which SQLite grants only when
// no other connection of any process has the book open, and which checkpoints and removes -wal and -shm
// itself), then the file. A book in use elsewhere is left as it is (Error::Locked).
Status removeBook(const QString& path);

// Writes the meta row and the settings of a book (inside the caller's transaction).
Status writeMeta(sqlite3* db, const QString& now);
Status writeSettings(sqlite3* db, const BookSettings& settings, const QString& now);
// The key/value settings only (the migration to version 1 writes the defaults before company holidays
// have ids).
Status writeSettingValues(sqlite3* db, const BookSettings& settings);
Result<BookSettings> readSettings(sqlite3* db);
// Makes the live company holidays the given list (inside the caller's transaction): dates no longer listed
// get a tombstone, new dates a new row, renamed ones their new name.
Status syncCompanyHolidays(sqlite3* db, const QList<CompanyHoliday>& holidays, const QString& now);

} // namespace csm::storage
