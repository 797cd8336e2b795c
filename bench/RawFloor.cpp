#include "RawFloor.h"

#include "Connection.h"
#include "Harness.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sqlite3.h>

#include <cstring>

namespace csm::bench {

namespace {

// One table's rows as a tagged byte stream: for each cell a type byte (SQLITE_INTEGER, SQLITE_FLOAT,
// SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL), then 8 bytes for numbers or a 4-byte length and the bytes.
struct TableRows
{
    QByteArray name;
    int columns = 0;
    qint64 rows = 0;
    QByteArray cells;
};

template <typename T> void put(QByteArray& out, T v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T> T take(const char*& p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    p += sizeof v;
    return v;
}

QString lastError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool run(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : "sqlite3_exec failed") + QStringLiteral(": ") +
             QString::fromUtf8(sql);
    sqlite3_free(message);
    return false;
}

} // namespace

struct RawRows::Data
{
    QList<QByteArray> schema;   // CREATE statements in creation order, triggers left out
    QList<QByteArray> triggers; // created after the rows, as the BulkWriter does
    QList<QByteArray> indexes;  // full-text tables: filled in one pass after the rows
    QList<TableRows> tables;
};

RawRows::RawRows() : d(std::make_unique<Data>()) {}
RawRows::~RawRows() = default;

qint64 RawRows::rowCount() const
{
    qint64 n = 0;
    for (const TableRows& t : d->tables)
        n += t.rows;
    return n;
}

std::unique_ptr<RawRows> RawRows::read(const QString& bookPath, QString* error)
{
    // Through the app's connection factory, as every connection (its settings cost nothing per row).
    auto connection = storage::openConnection(bookPath, storage::ConnectionRole::Reader);
    if (!connection) {
        *error = connection.error().message;
        return nullptr;
    }
    sqlite3* db = connection->handle();
    std::unique_ptr<RawRows> raw(new RawRows);
    sqlite3_stmt* st = nullptr;
    // Creation order, so that parents come before children for the foreign keys. Virtual tables (the touch
    // search index) are created by their CREATE VIRTUAL TABLE, which makes their shadow tables; their rows
    // are not copied: the schema's triggers fill the index as the touches go in, as they do for the book.
    sqlite3_prepare_v2(db,
                       "SELECT m.type, m.name, m.sql, coalesce(l.type, '') FROM sqlite_master m "
                       "LEFT JOIN pragma_table_list l ON l.schema = 'main' AND l.name = m.name "
                       "WHERE m.sql IS NOT NULL AND m.name NOT LIKE 'sqlite_%' ORDER BY m.rowid",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto column = [st](int c) { return reinterpret_cast<const char*>(sqlite3_column_text(st, c)); };
        const bool shadow = qstrcmp(column(3), "shadow") == 0;
        const bool plainTable = qstrcmp(column(0), "table") == 0 && qstrcmp(column(3), "table") == 0;
        if (qstrcmp(column(3), "virtual") == 0)
            raw->d->indexes << QByteArray(column(1));
        if (qstrcmp(column(0), "trigger") == 0)
            raw->d->triggers << QByteArray(column(2));
        else if (!shadow)
            raw->d->schema << QByteArray(column(2));
        if (plainTable) {
            TableRows t;
            t.name = QByteArray(column(1));
            raw->d->tables << t;
        }
    }
    sqlite3_finalize(st);

    for (TableRows& t : raw->d->tables) {
        // Table names come from sqlite_master of the book itself; quoted as identifiers.
        const QByteArray sql = "SELECT * FROM \"" + t.name + "\"";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            *error = lastError(db);
            return nullptr;
        }
        t.columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++t.rows;
            for (int c = 0; c < t.columns; ++c) {
                const int type = sqlite3_column_type(st, c);
                t.cells.append(char(type));
                switch (type) {
                case SQLITE_INTEGER:
                    put<sqlite3_int64>(t.cells, sqlite3_column_int64(st, c));
                    break;
                case SQLITE_FLOAT:
                    put<double>(t.cells, sqlite3_column_double(st, c));
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const void* bytes = type == SQLITE_TEXT
                                            ? static_cast<const void*>(sqlite3_column_text(st, c))
                                            : sqlite3_column_blob(st, c);
                    const int n = sqlite3_column_bytes(st, c);
                    put<qint32>(t.cells, n);
                    t.cells.append(static_cast<const char*>(bytes), n);
                    break;
                }
                default:
                    break;
                }
            }
        }
        sqlite3_finalize(st);
    }
    return raw;
}

double RawRows::insertInto(const QString& target, QString* error) const
{
    removeBook(target);
    auto connection = storage::openConnection(target, storage::ConnectionRole::Creator);
    if (!connection) {
        *error = connection.error().message;
        return -1;
    }
    sqlite3* db = connection->handle();
    // The PRAGMAs of a writing Book (foreign keys are on from the factory) plus the BulkWriter's page cache.
    bool ok =
        run(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -262144;", error);
    for (const QByteArray& create : d->schema) {
        if (!ok)
            break;
        ok = run(db, create.constData(), error);
    }
    if (!ok)
        return -1;

    const qint64 start = monotonicNs();
    ok = run(db, "BEGIN", error);
    for (const TableRows& t : d->tables) {
        if (!ok || t.rows == 0)
            continue;
        QByteArray sql = "INSERT INTO \"" + t.name + "\" VALUES (";
        for (int c = 0; c < t.columns; ++c)
            sql += c ? ",?" : "?";
        sql += ")";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            *error = lastError(db);
            ok = false;
            break;
        }
        const char* p = t.cells.constData();
        for (qint64 r = 0; r < t.rows && ok; ++r) {
            for (int c = 1; c <= t.columns; ++c) {
                const int type = *p++;
                switch (type) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(st, c, take<sqlite3_int64>(p));
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(st, c, take<double>(p));
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const qint32 n = take<qint32>(p);
                    if (type == SQLITE_TEXT)
                        sqlite3_bind_text(st, c, p, n, SQLITE_STATIC);
                    else
                        sqlite3_bind_blob(st, c, p, n, SQLITE_STATIC);
                    p += n;
                    break;
                }
                default:
                    sqlite3_bind_null(st, c);
                    break;
                }
            }
            if (sqlite3_step(st) != SQLITE_DONE) {
                *error =
                    lastError(db) + QStringLiteral(" (table ") + QString::fromUtf8(t.name) + QLatin1Char(')');
                ok = false;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }
    // What the BulkWriter does for the touch search index: one pass over the rows, then its triggers.
    for (const QByteArray& index : d->indexes) {
        const QByteArray rebuild = "INSERT INTO \"" + index + "\" (\"" + index + "\") VALUES ('rebuild')";
        if (ok)
            ok = run(db, rebuild.constData(), error);
    }
    for (const QByteArray& trigger : d->triggers) {
        if (ok)
            ok = run(db, trigger.constData(), error);
    }
    if (ok)
        ok = run(db, "COMMIT", error);
    const double ms = double(monotonicNs() - start) / 1e6;
    return ok ? ms : -1;
}

} // namespace csm::bench
