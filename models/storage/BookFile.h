#pragma once

// File-level work on books that happens outside an open Book: recognising a book without writing to it,
// creating a new one, and taking checked copies (VACUUM INTO + quick_check).

#include "domain/Result.h"
#include "domain/Settings.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

// Checks the 100-byte SQLite header without SQLite: the magic string, the application id, the page size
// and that the file is not shorter than the header says. NotABook or Corrupt on failure.
Status checkHeader(const QString& path);

// A read-only connection that creates nothing beside the book: `immutable=1` when no WAL file exists
// (nobody is writing), plain `mode=ro` otherwise. Files it did create are removed on discard().
class ReadOnlyConnection
{
public:
    ReadOnlyConnection() = default;
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    Status open(const QString& path);
    sqlite3* handle() const { return m_db; }
    void close();
    void discard(); // close and remove any -wal/-shm this connection created

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_walExisted = false;
    bool m_shmExisted = false;
};

// What a book says about its version, read through a read-only connection.
struct BookVersion
{
    int schemaVersion = 0;
    int minReaderVersion = 0;
};
// Reads and sanity-checks the version. PRAGMA quick_check of the whole file when it is at most
// quickCheckLimit bytes, else of sqlite_schema, meta and settings only; no quick_check when the limit is
// negative (a further connection to a book already checked in this process).
Result<BookVersion> probeBook(sqlite3* db, const QString& path, qint64 quickCheckLimit);

// PRAGMA quick_check (or integrity_check) rows other than "ok".
Result<QStringList> integrityProblems(sqlite3* db, bool full);

// A new, empty book of the current schema at path (which must not exist), created under a temporary name
// and renamed into place, so a failure leaves nothing behind.
Status createBook(const QString& path, const BookSettings& settings, const QString& now);

// VACUUM INTO a temporary name beside target, quick_check of the copy, then rename to target. Nothing is
// left behind on failure. An existing target is an error unless overwrite is set.
Status backupInto(sqlite3* db, const QString& target, bool overwrite);

// Writes the meta row and the settings of a book (inside the caller's transaction).
Status writeMeta(sqlite3* db, const QString& now);
Status writeSettings(sqlite3* db, const BookSettings& settings, const QString& now);
Result<BookSettings> readSettings(sqlite3* db);

} // namespace csm::storage
