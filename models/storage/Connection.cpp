#include "Connection.h"

#include "Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

#include <sys/stat.h>

namespace csm::storage {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// stat() only: never a descriptor of the book or its side files.
bool exists(const QString& path)
{
    return QFileInfo::exists(path);
}

bool sideFilesExist(const QString& path)
{
    return exists(path + QLatin1String("-wal")) && exists(path + QLatin1String("-shm"));
}

bool anySideFile(const QString& path)
{
    return exists(path + QLatin1String("-wal")) || exists(path + QLatin1String("-shm"));
}

// The settings every connection gets before its first statement.
void applySafety(sqlite3* db, bool trustedSchema)
{
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
#ifdef SQLITE_DBCONFIG_DEFENSIVE
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
#endif
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, trustedSchema ? 1 : 0, nullptr);
#else
    Q_UNUSED(trustedSchema)
#endif
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
}

// A read-only URI. `immutable=1` tells SQLite that nobody can change the file, so it takes no locks and
// needs no -shm: only for a book in a folder we cannot write and with no WAL beside it, where a WAL-mode
// writer would need the -wal file and a rollback-mode writer could not create its journal.
QByteArray readOnlyUri(const QString& path, bool immutable)
{
    QByteArray u = QUrl::fromLocalFile(path).toEncoded();
    u += immutable ? "?mode=ro&immutable=1" : "?mode=ro";
    return u;
}

bool canWriteBeside(const QString& path)
{
    const QFileInfo fi(path);
    return QFileInfo(fi.absolutePath()).isWritable();
}

// The device and inode the path names now; none when it names nothing.
Connection::FileId fileIdentity(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

// Removes the side file at path if it is still the one with identity `id` (ours), never another's.
void removeIfStill(const QString& path, const Connection::FileId& id)
{
    if (id.inode != 0 && fileIdentity(path) == id)
        QFile::remove(path);
}

} // namespace

bool Connection::stillAtPath() const
{
    const FileId now = fileIdentity(m_path);
    return now.inode != 0 && now == m_file;
}

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_sideFilesExisted(other.m_sideFilesExisted), m_file(other.m_file), m_wal(other.m_wal),
      m_shm(other.m_shm)
{}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_sideFilesExisted = other.m_sideFilesExisted;
        m_file = other.m_file;
        m_wal = other.m_wal;
        m_shm = other.m_shm;
    }
    return *this;
}

void Connection::close()
{
    if (!m_db)
        return;
    const bool moved = m_wal.inode != 0 && !stillAtPath();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (moved) {
        removeIfStill(m_path + QLatin1String("-wal"), m_wal);
        removeIfStill(m_path + QLatin1String("-shm"), m_shm);
    }
    if (!m_sideFilesExisted && anySideFile(m_path))
        releaseSideFiles(m_path);
}

Result<Connection> openConnection(const QString& path, ConnectionRole role)
{
    // Once, before SQLite initialises itself with the first connection: no count of its memory in use (which
    // nothing reads), so that none of its allocations takes the global mutex that keeps the count. A no-op
    // when something opened a database before.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    Connection c;
    c.m_path = path;
    int flags = 0;
    QByteArray name;
    switch (role) {
    case ConnectionRole::Reader:
        c.m_sideFilesExisted = sideFilesExist(path);
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = readOnlyUri(path, !exists(path + QLatin1String("-wal")) && !canWriteBeside(path));
        break;
    case ConnectionRole::Writer:
    case ConnectionRole::Upgrader:
        flags = SQLITE_OPEN_READWRITE;
        name = QFile::encodeName(path);
        break;
    case ConnectionRole::Creator:
    case ConnectionRole::Builder:
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE;
        name = QFile::encodeName(path);
        break;
    }
    // A connection is used by one thread at a time (its owner's, or a helper's part while the owner waits),
    // so it needs no mutex of its own around every call: about 1.4 million column reads of a 100,000-account
    // list would each take and release one.
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(name.constData(), &c.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(c.m_db, rc, path);
        c.close();
        return e;
    }
    c.m_file = fileIdentity(path);
    applySafety(c.m_db, role != ConnectionRole::Reader);
    // A crafted or damaged book (issue 17): every page's cells are checked against the page before they are
    // used, and the file is read, never memory-mapped (SQLite's advice for databases from elsewhere).
    if (auto st = exec(c.m_db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0", path); !st)
        return st.error();
    const char* pragmas = nullptr;
    switch (role) {
    case ConnectionRole::Reader:
    case ConnectionRole::Creator:
        pragmas = "PRAGMA foreign_keys = ON";
        break;
    case ConnectionRole::Writer:
        pragmas = "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL";
        break;
    case ConnectionRole::Upgrader:
        pragmas = "PRAGMA foreign_keys = OFF; PRAGMA synchronous = FULL";
        break;
    case ConnectionRole::Builder:
        // A journal in memory, not OFF: ROLLBACK and a refused statement's rollback still work (an import
        // refuses rows and rolls back), and for a new file it holds only the few pages the file had when the
        // transaction began (pages added after that are not journaled). SQLite does not check references:
        // what fills the book does (the JSON import: ForeignKeyLedger.h), since SQLite's check of each row
        // costs a seek in the referred table's key index from its root.
        pragmas = "PRAGMA foreign_keys = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = MEMORY; "
                  "PRAGMA synchronous = OFF";
        break;
    }
    if (auto st = exec(c.m_db, pragmas, path); !st)
        return st.error();
    if (role == ConnectionRole::Writer) {
        // Switching to WAL read the book, so SQLite has its -wal and -shm open now.
        c.m_wal = fileIdentity(path + QLatin1String("-wal"));
        c.m_shm = fileIdentity(path + QLatin1String("-shm"));
    }
    return c;
}

bool openBuildToReaders(sqlite3* db)
{
    // Normal locking first: in exclusive mode SQLite keeps the WAL's index in its own memory, where no other
    // connection can see it. The exclusive lock itself goes at the switch, which reads the file.
    if (!exec(db, "PRAGMA locking_mode = NORMAL"))
        return false;
    Stmt mode(db, "PRAGMA journal_mode = WAL");
    return mode.next() && mode.text(0) == QLatin1String("wal");
}

void releaseSideFiles(const QString& path)
{
    if (!QFileInfo(path).isWritable() || !canWriteBeside(path))
        return;
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) ==
        SQLITE_OK) {
        applySafety(db, false);
        sqlite3_busy_timeout(db, 0); // a book in use keeps its files: nothing to wait for
        // A read opens the WAL; closing the last connection then checkpoints and deletes -wal and -shm.
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
}

} // namespace csm::storage
