#pragma once

// A thin RAII layer over SQLite's C API, used by every statement of the storage layer. Values are always
// bound (never spliced into SQL text); SQL text comes from string literals and whitelisted identifiers only.

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace csm::storage {

// The translation context of every storage message.
// Translates storage messages in the "csm::Book" context; mark each literal with
// QT_TRANSLATE_NOOP("csm::Book", ...) so that lupdate finds it.
QString trBook(const char* text);

// Maps a SQLite result code (and the connection's message) to a user-readable Error.
Error sqliteError(sqlite3* db, int rc, const QString& where);

// Runs one or more statements without results.
Status exec(sqlite3* db, const char* sql, const QString& where = {});

// A prepared statement, finalised on destruction. Binding indexes start at 1, column indexes at 0.
class Stmt
{
public:
    Stmt(sqlite3* db, const QByteArray& sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Status prepared() const;

    Stmt& bindNull(int i);
    Stmt& bind(int i, const QString& text);     // a null QString binds NULL
    Stmt& bindText(int i, const QString& text); // never NULL ('' for null QString)
    Stmt& bind(int i, const char* latin1);      // a literal code
    Stmt& bind(int i, qint64 v);
    Stmt& bind(int i, int v) { return bind(i, qint64(v)); }
    Stmt& bind(int i, bool v) { return bind(i, qint64(v ? 1 : 0)); }
    Stmt& bind(int i, double v);
    Stmt& bind(int i, QDate d);            // ISO date, NULL when invalid
    Stmt& bind(int i, QTime t);            // HH:MM:SS, NULL when invalid
    Stmt& bind(int i, const QDateTime& t); // UTC ISO-8601 with ms, NULL when invalid
    // UTF-8 text that stays valid and unchanged until the statement is finalised or rebound (no copy).
    Stmt& bindStaticUtf8(int i, const QByteArray& utf8);
    // UTF-8 text that stays valid until the statement has been stepped (no copy), e.g. a reader's buffer.
    Stmt& bindUtf8View(int i, QByteArrayView utf8);
    // Bytes that stay valid until the statement has been stepped (no copy); never NULL.
    Stmt& bindBlobView(int i, QByteArrayView bytes);

    template <typename T> Stmt& bind(int i, const std::optional<T>& v)
    {
        return v ? bind(i, *v) : bindNull(i);
    }

    // Steps once: true while a row is available. After false, status() tells done from failure.
    bool next();
    // Steps a statement without rows to completion.
    Status run();
    Status status() const { return m_status; }
    void reset();

    bool isNull(int col) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int type(int col) const;
    // The column's UTF-8 text, valid until the next step or reset (no copy).
    QByteArrayView utf8(int col) const;
    // The column's bytes as a blob, valid until the next step or reset (no copy).
    QByteArrayView blob(int col) const;
    int columnCount() const;
    QString text(int col) const;
    // Text that is ASCII nearly always (the book's ids): fromMostlyAscii of the column.
    QString asciiText(int col) const;
    qint64 int64(int col) const;
    int int32(int col) const { return int(int64(col)); }
    bool boolean(int col) const { return int64(col) != 0; }
    double real(int col) const;
    QDate date(int col) const;
    QDateTime timestamp(int col) const;
    std::optional<double> optReal(int col) const;
    std::optional<int> optInt(int col) const;
    std::optional<QDate> optDate(int col) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_sql;
    Status m_status;
};

// Formats shared by the book file and its readers.
// Text that is ASCII nearly always (the book's ids, codes): widened as Latin-1 when every byte is ASCII,
// which makes the string in one allocation of its size without decoding, else decoded as UTF-8. A null view
// gives a null string.
QString fromMostlyAscii(QByteArrayView utf8);
QString isoDate(QDate d);
QDate parseIsoDate(const char* s, int n);
QString isoTimestamp(const QDateTime& t);
// A stored timestamp as ms since the epoch, as QDateTime::fromString(ISODateWithMs).toMSecsSinceEpoch() reads
// it (without the allocations for the book's own form).
qint64 parseIsoTimestampMs(const char* s, int n);
// The same for the book's own form only (YYYY-MM-DDTHH:MM:SS.mmmZ, in range); nullopt for anything else.
std::optional<qint64> parseBookTimestampMs(const char* s, int n);
// Fixed-width formatters into a caller's buffer (no allocation); they return the length written, 0 when the
// value is invalid or out of the four-digit year range. kIsoTimestampSize includes the terminating NUL.
constexpr int kIsoDateSize = 11;      // YYYY-MM-DD
constexpr int kIsoTimeSize = 9;       // HH:MM:SS
constexpr int kIsoTimestampSize = 25; // YYYY-MM-DDTHH:MM:SS.mmmZ
int formatIsoDate(QDate d, char (&buf)[kIsoDateSize]);
int formatIsoTime(QTime t, char (&buf)[kIsoTimeSize]);
int formatIsoTimestamp(const QDateTime& t, char (&buf)[kIsoTimestampSize]);

// SQLite's most recent row-change count on the connection.
int changes(sqlite3* db);

// A 256 MB page cache while a bulk write runs (the generator's, an import's, a health pass that writes
// snapshots): its inserts touch many pages of the tables and indexes, and with SQLite's default 2 MB they are
// written out and read back again and again. Only ever larger than the connection's; its own size back when
// this ends, however the write ends (declare it before the write's transaction, so that it ends after it).
class BulkPageCache
{
public:
    explicit BulkPageCache(sqlite3* db);
    ~BulkPageCache();
    BulkPageCache(const BulkPageCache&) = delete;
    BulkPageCache& operator=(const BulkPageCache&) = delete;

private:
    sqlite3* m_db;
    QByteArray m_restore; // the pragma that sets the connection's own size again; empty when unchanged
};

// For building the index of a large table (CREATE INDEX after a bulk load): SQLite's sorter then sorts runs
// the size of a small page cache (4 MB), on helper threads, and merges them from temporary files, where with
// the bulk's 256 MB cache or temporary data in memory it sorts all of the keys as one list in memory, whose
// merge sort misses the processor's caches at nearly every step: the four indexes of 2.0 million touches in
// 5.5-7.4 s instead of 11.5-13.0 s (sqlite3 shell). The connection's cache size, temporary storage and helper
// threads are set back when this ends. Inside a transaction the temporary storage can change only while no
// temporary table exists: otherwise it stays (the sort is slower, not wrong).
class LargeSortScope
{
public:
    explicit LargeSortScope(sqlite3* db);
    ~LargeSortScope();
    LargeSortScope(const LargeSortScope&) = delete;
    LargeSortScope& operator=(const LargeSortScope&) = delete;

private:
    sqlite3* m_db;
    QByteArray m_restore; // the pragmas that set the connection's own values again
};

} // namespace csm::storage
