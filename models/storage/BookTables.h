#pragma once

// A book's tables as data (issue 13): what the whole-book export writes and its import loads, table by
// table and column by column as the book has them, so that tables and columns added by later schema
// versions are exported without a change here. Left out: SQLite's own tables, the touch search index, the
// book's identity (meta), what is derived and recomputed on import (the accounts list's facts, health
// snapshots) and the import bookkeeping (import batches and their changes, usage_metric.import_batch).

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace csm {

class Book;

// A value as SQLite stores it.
struct SqlValue
{
    enum class Type
    {
        Null,
        Integer,
        Real,
        Text,
    };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text; // UTF-8

    static SqlValue null() { return {}; }
    static SqlValue fromInteger(qint64 v) { return {Type::Integer, v, 0, {}}; }
    static SqlValue fromReal(double v) { return {Type::Real, 0, v, {}}; }
    static SqlValue fromText(QByteArray utf8) { return {Type::Text, 0, 0, std::move(utf8)}; }
    friend bool operator==(const SqlValue&, const SqlValue&) = default;
};

// One table of the book's data.
struct DataTable
{
    QString name;
    QStringList columns;    // in the table's order, derived and bookkeeping columns left out
    QStringList primaryKey; // its primary key columns
    bool hasUpdatedAt = false;
    bool hasTombstone = false;
};

// The book's data tables, each after the tables it refers to (so that they can be loaded in this order).
Result<QList<DataTable>> dataTables(const Book& book);

// One row being read: valid until the next one.
class TableRow
{
public:
    virtual ~TableRow() = default;
    virtual int size() const = 0;
    virtual SqlValue::Type type(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArrayView utf8(int column) const = 0; // text (a BLOB's bytes, which no table has)
};

// The row as a JSON array: null, integers, reals (always with a decimal point or exponent, so that they read
// back as reals), strings.
void appendJsonRow(QByteArray& out, const TableRow& row);

// A read of several tables that sees one state of the book (one read transaction) from start to end.
class BookSnapshot
{
public:
    explicit BookSnapshot(const Book& book);
    ~BookSnapshot();
    BookSnapshot(const BookSnapshot&) = delete;
    BookSnapshot& operator=(const BookSnapshot&) = delete;

    Status begun() const;
    Result<qint64> rowCount(const DataTable& table) const;
    // Calls `row` for each row of the table in a stable order (its rowid, or its primary key); `row` returns
    // false to stop (the read then fails with Error::Cancelled).
    Status readRows(const DataTable& table, const std::function<bool(const TableRow&)>& row) const;

private:
    const Book& m_book;
    Status m_begun;
};

} // namespace csm
