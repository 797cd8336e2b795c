#pragma once

// The references of rows imported into a book whose connection does not enforce foreign keys (a book being
// built, Book::build: its connection turns them off, since SQLite's check opens a cursor on the parent's
// key index for every row: 77.4 s against 62.7 s without, re-importing 100,000 accounts). The import checks
// each row's references here before writing it, against the keys the book had when the import began and those
// the import has written since, so that a row whose referenced row does not exist is refused with its line
// and column exactly as SQLite would have refused it. Internal to the storage layer.

#include "domain/Result.h"
#include "storage/ImportWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

struct sqlite3;

namespace csm::storage {

// An exact set of text keys, compact for the book's ids: a canonical lowercase UUID is kept as its 16 bytes
// in a table of open addressing (one probe of memory for most lookups, where a binary search over two million
// touch ids costs a cache miss at nearly each of its 21 steps: 40 % of importing the touches' participants),
// any other text as itself. Keys added are put in the table when the set is next asked, all at once. The
// UUID found last is remembered: rows in key order (usage values by account) ask for the same one many times
// in a row.
class KeySet
{
public:
    void add(QByteArrayView key);
    bool contains(QByteArrayView key);

private:
    using Uuid = std::pair<quint64, quint64>; // the 16 bytes as two numbers; all zero marks an empty slot
    bool containsUuid(const Uuid& key) const;
    void insertUuid(const Uuid& key); // into a table with room for it
    void insertPending();
    void rehash(std::size_t size);

    std::vector<Uuid> m_slots;   // a power of two in size, at most half full
    qsizetype m_count = 0;       // keys in m_slots
    std::vector<Uuid> m_pending; // added, not in m_slots yet
    bool m_hasZero = false;      // the all-zero UUID (the nil UUID), which an empty slot cannot stand for
    QSet<QByteArray> m_others;
    std::array<char, 36> m_last{}; // the UUID contains() found last, as text
    bool m_hasLast = false;
};

class ForeignKeyLedger
{
public:
    // A ledger when db does not enforce foreign keys (PRAGMA foreign_keys is off), else null: SQLite checks.
    static Result<std::unique_ptr<ForeignKeyLedger>> forConnection(sqlite3* db);

    // The checks for the rows of one table, bound with `columns` (the table's columns loaded, in order).
    class TableChecks
    {
    public:
        // The value of the row's loaded column (text may be a view of the caller's bytes).
        using ValueAt = std::function<SqlValue(int column)>;

        // The first reference of the row whose referenced row does not exist, refused as the import refuses
        // it when SQLite does (missingReference, ImportBulkLoad.h); ok when every reference holds.
        Status check(const ValueAt& value) const;
        // The row was written: its key can be referred to by the rows after it.
        void written(const ValueAt& value) const;

    private:
        friend class ForeignKeyLedger;
        struct Reference
        {
            int column = -1;
            QString name;          // the column's
            QString referredTable; // the table it refers to
            KeySet* keys = nullptr;
            QByteArray lookupSql; // for a value that is not text: the book is asked
        };
        sqlite3* m_db = nullptr;
        std::vector<Reference> m_references;
        int m_keyColumn = -1; // the column the rows' key is in, when other tables refer to it
        KeySet* m_ownKeys = nullptr;
    };

    Result<TableChecks> forTable(const QString& table, const QStringList& columns);

private:
    explicit ForeignKeyLedger(sqlite3* db) : m_db(db) {}
    // The keys of a table that is referred to (from the book's rows the first time).
    Result<KeySet*> keysOf(const QString& table, const QString& column);

    sqlite3* m_db = nullptr;
    QHash<QString, QString> m_referredColumn; // parent table -> the column referred to
    QHash<QString, std::shared_ptr<KeySet>> m_keys;
};

} // namespace csm::storage
