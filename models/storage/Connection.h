#pragma once

// The one way the app opens SQLite connections (docs/architecture.md, "Connections"). Every connection — a
// book's own, a job thread's, the check before a book is opened, a migration's, a new book's, a backup's
// check — comes from openConnection(), which opens it with sqlite3_open_v2 on the system SQLite and gives it
// the same safety settings:
//   - multi-thread mode (SQLITE_OPEN_NOMUTEX): a connection is used by one thread at a time, never by two at
//     once (docs/architecture.md); extended result codes, a 5 s busy timeout;
//   - SQLITE_DBCONFIG_DEFENSIVE (no writable_schema, no writes to shadow tables), extension loading off;
//   - cell_size_check = ON and mmap_size = 0: a damaged or crafted page is refused, not read (issue 17);
//   - foreign_keys = ON (off only while a migration rebuilds tables; it runs foreign_key_check instead);
//   - trusted_schema = OFF for readers. Writers need it ON: SQLite 3.40 does not mark FTS5 as innocuous, so
//     the touch search triggers (schema 2) would be refused. The app defines no SQL functions or virtual
//     tables of its own and loads no extensions, so a foreign schema has nothing of ours to misuse
//     (docs/decisions.md);
//   - writers: journal_mode = WAL and synchronous = FULL (nothing saved is lost on power loss);
//   - a builder (a new book filled under a temporary name before anyone can see it, Book::build): exclusive
//     locking, the rollback journal in memory, synchronous = OFF. Its file is thrown away unless the build
//     completes, and a completed one is made a writer's book (WAL, synced) before it is put in place, so
//     neither the journal nor the syncs would save anything: the whole import skips the WAL (its pages are
//     written once, to the file itself, and read back from it without a look-up in the log). Once its rows
//     are in, openBuildToReaders() switches it to normal locking and WAL (still without syncs) so that the
//     health back-fill can read on a connection of its own while it writes.
//
// Files beside a book (-wal, -shm) belong to SQLite: no code opens, closes or removes them, or the book
// itself, behind its back while a connection may be open (issue 9: closing any descriptor of the book drops
// the process's POSIX locks, and another program then deletes the WAL with the last writes in it).

#include "domain/Result.h"

#include <QString>

struct sqlite3;

namespace csm::storage {

enum class ConnectionRole
{
    Reader,   // read-only (mode=ro): the check before opening, read-only books, job threads, backup checks
    Writer,   // read-write, on an existing book that has been checked: WAL, synchronous = FULL
    Upgrader, // read-write, foreign keys off: migration steps rebuild tables (docs/schema.md)
    Creator,  // a new file that must not exist: read-write, created
    Builder,  // as Creator, for a book filled before it is put in place (Book::build), foreign keys off
};

// Opens a builder's book (ConnectionRole::Builder) to readers for the rest of its build: normal locking and
// WAL, still without syncs, so that another connection of this process reads what the builder has committed
// while it writes on. Outside a transaction. Returns whether it switched (the builder works on either way).
bool openBuildToReaders(sqlite3* db);

// An open connection; closes on destruction. Moves, never copies.
class Connection
{
public:
    // A file's identity (stat: device and inode); inode 0 for none.
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
        friend bool operator==(const FileId&, const FileId&) = default;
    };

    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }
    explicit operator bool() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    // Closes the connection. A reader that made SQLite create the book's -wal/-shm (a read-only connection
    // cannot remove them itself) has them released (releaseSideFiles()). A writer whose book was deleted or
    // replaced meanwhile removes the -wal and -shm it had open, found by their identity: SQLite does not
    // checkpoint a moved book, and its WAL left under the path would be applied to the file now there.
    void close();
    // The side files this reader had SQLite create are in use by a writer of this process opened since (the
    // check before a book is opened for writing): they are SQLite's to remove when that writer closes.
    void leaveSideFilesToWriter() { m_sideFilesExisted = true; }
    // Whether the path still names the file this connection opened: false once the book was deleted, moved
    // or replaced by another file while open (writes would then go to a file nobody sees again; issue 17).
    bool stillAtPath() const;

private:
    friend Result<Connection> openConnection(const QString& path, ConnectionRole role);
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_sideFilesExisted = true; // readers: whether -wal and -shm were there before the connection
    FileId m_file;                  // the book when opened; writers also keep their -wal and -shm
    FileId m_wal;
    FileId m_shm;
};

Result<Connection> openConnection(const QString& path, ConnectionRole role);

// Removes the -wal and -shm files that a read-only connection of ours had SQLite create beside a book, the
// one safe way: a read-write connection reads and closes again, so that SQLite itself checkpoints and deletes
// them when, and only when, no connection of any process has the book open. Nothing happens when the book or
// its folder cannot be written.
void releaseSideFiles(const QString& path);

} // namespace csm::storage
