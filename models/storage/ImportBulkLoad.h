#pragma once

// The bulk load of one table of a book's JSON export into a table without rows (ImportWriter::loadTable),
// and naming the column of a row the book refused. Internal to the storage layer.

#include "ForeignKeyLedger.h"
#include "storage/ImportWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace csm::storage {

struct BulkLoadSetup
{
    sqlite3* db = nullptr;
    DataTable info;
    QStringList columns;      // the table's columns loaded, in the order of `fileColumn`
    QList<int> fileColumn;    // per column loaded: the row's column it comes from
    int updatedAtColumn = -1; // in the row
    qint64 usageBatch = 0;    // usage_metric: the batch that marks its rows (0 for other tables)
    // Called before the first row is written (the list facts' and search index's triggers dropped).
    std::function<Status()> beforeWrite;
    // Called by finish() when rows were added: how many, and the latest updated_at among them (empty when the
    // table has none), for the entry that lets undo empty the table again.
    std::function<Status(qint64 rows, const QByteArray& latestUpdatedAt)> loaded;
    // On a connection that does not enforce foreign keys (a book being built), the rows' references are
    // checked here before they are written.
    std::optional<ForeignKeyLedger::TableChecks> references;
};

std::unique_ptr<ImportWriter::TableLoad> makeBulkLoad(BulkLoadSetup setup);

// The column a refused row's value is in, from the book's last error (a NOT NULL, UNIQUE, CHECK or type
// constraint names it) or, for a foreign key, the first reference whose row the book lacks; empty when it
// cannot tell. `columns` and `values` are the row as bound. Call it right after the failed statement.
QString refusedColumn(sqlite3* db, const QString& table, const QStringList& columns,
                      const QList<SqlValue>& values, QString* referredTable = nullptr);

// A refused row's error as the import reports it: `refused` (the failed statement's) with `where` the column
// (refusedColumn), or, for a reference to nothing, missingReference. Call it right after the failed
// statement.
Error refusal(sqlite3* db, const Error& refused, const QString& table, const QStringList& columns,
              const QList<SqlValue>& values);

// The refusal of a row whose `column` refers to a row of `referredTable` that the book does not have.
Error missingReference(const QString& column, const QString& referredTable);

} // namespace csm::storage
