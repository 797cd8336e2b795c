#pragma once

// Generic access to a book's tables by name, for the whole-book export and import and for undoing an import
// (BookTables.h, ImportWriter.h). Table and column names come from the book's own schema (sqlite_schema and
// pragma_table_info), never from a file: a name a file gives is looked up there first. Values are bound.
// Internal to the storage layer.

#include "storage/BookTables.h"

#include "Sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace csm::storage {

// An identifier in double quotes, inner quotes doubled (for names read from the book's schema).
QByteArray quoted(const QString& identifier);

// The data tables, each after those it refers to.
Result<QList<DataTable>> readDataTables(sqlite3* db);
// One of them by name; NotFound for a table the book does not have or does not export.
Result<DataTable> readDataTable(sqlite3* db, const QString& name);

// Columns left out of exports because they are derived (recomputed on import) or bookkeeping.
bool isDerivedColumn(const QString& table, const QString& column);

// Text as a JSON string (escapes per RFC 8259; the UTF-8 bytes otherwise as they are).
void appendJsonString(QByteArray& out, QByteArrayView utf8);

// A row's primary key as stored in import_change.row_key: a JSON array of its values.
QByteArray encodeKey(const QList<SqlValue>& key);
Result<QList<SqlValue>> decodeKey(const QByteArray& json);

// A row's columns as a JSON object, what import_change.before keeps: text as strings, integers as numbers,
// reals as a one-element array [number] (so that 12.0 stays a real), NULL as null.
QByteArray encodeRow(const QStringList& columns, const QList<SqlValue>& values);
Result<std::pair<QStringList, QList<SqlValue>>> decodeRow(const QByteArray& json);

// Binds a value (text copied).
void bindValue(Stmt& q, int index, const SqlValue& v);
// Reads column `col` of the current row.
SqlValue columnValue(const Stmt& q, int col);

// One table's rows by primary key, every column of the table (derived ones included), with its statements
// prepared once: what an import logs before it changes a row, and what undoing it puts back.
class TableAccess
{
public:
    static Result<std::unique_ptr<TableAccess>> open(sqlite3* db, const QString& table);

    const QString& table() const { return m_table; }
    const QStringList& columns() const { return m_columns; }
    const QStringList& primaryKey() const { return m_primaryKey; }
    bool hasUpdatedAt() const { return m_updatedAt >= 0; }

    // The row with that key as a JSON object (encodeRow), or nullopt when there is none; and its updated_at.
    struct Found
    {
        QByteArray row;
        QByteArray updatedAt;
    };
    Result<std::optional<Found>> read(const QList<SqlValue>& key);
    // Puts a row back as read() encoded it: updated when a row with its key exists, inserted otherwise.
    Status write(const QByteArray& encodedRow);
    Status remove(const QList<SqlValue>& key);

private:
    TableAccess(sqlite3* db, QString table) : m_db(db), m_table(std::move(table)) {}
    sqlite3* m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_primaryKey;
    int m_updatedAt = -1;
    std::unique_ptr<Stmt> m_select;
    std::unique_ptr<Stmt> m_update;
    std::unique_ptr<Stmt> m_insert;
    std::unique_ptr<Stmt> m_delete;
};

} // namespace csm::storage
