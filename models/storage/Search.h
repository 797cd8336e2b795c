#pragma once

// The quick search's reads (Ctrl+K): touches through the trigram index of schema 2 (docs/schema.md), or a
// LIKE scan for text shorter than three characters. Internal to the storage layer.

#include "domain/Entities.h"
#include "domain/Result.h"
#include "storage/Repositories.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace csm::storage {

// Up to this many index matches, a touch search reads the matching touches and sorts them by date; above it,
// it walks live touches newest first (touch_live_by_date) and stops at its limit. Either way about this many
// rows are read at worst.
inline constexpr int kSortedMatchesMax = 5000;
// Text shorter than three characters has no trigram: the search tries the newest this-many live touches
// first (by date, so that it can stop at its limit) and scans the rest of the table only when they do not
// fill the limit.
inline constexpr int kRecentTouches = 5000;

// The number of characters as the trigram tokenizer counts them (Unicode code points).
int codePointCount(const QString& text);

// The user's text as one FTS5 string: in double quotes, with double quotes doubled, so that operators
// (AND, OR, NOT, NEAR, *, ^, parentheses, column filters) are plain text. It is bound, never spliced into
// SQL.
QByteArray ftsString(const QString& text);

// TouchRepository::search without the participants.
Result<QList<Touch>> searchTouches(sqlite3* db, const QString& text, int limit, const CancelCheck& cancelled);

// The pattern for `LIKE ?1 ESCAPE '\'` that matches text anywhere.
QString likeContains(const QString& text);

// Installs `cancelled` as the connection's progress handler for the scope's lifetime: SQLite asks it every
// few thousand instructions and interrupts the running statement when it answers true.
class CancelScope
{
public:
    CancelScope(sqlite3* db, const CancelCheck& cancelled);
    ~CancelScope();
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;

    bool cancelled() const { return m_cancelled && m_cancelled(); }
    // `e`, or Error::Code::Cancelled when the read failed because it was cancelled.
    Error failure(const Error& e) const;

private:
    sqlite3* m_db;
    CancelCheck m_cancelled;
};

// The touch search index (schema 2) is kept by triggers. Row by row they cost more than the inserts
// themselves (FTS5 writes its pending terms out at each statement), so bulk writers (the generator, imports)
// drop the insert trigger for their transaction and index their touches in one statement at the end.
// Dropping is part of the transaction: a rollback brings the trigger back. Update and delete triggers stay.
class TouchIndexSuspension
{
public:
    // Drops the insert trigger (when the book has it) and remembers where the new touches begin.
    Status suspend(sqlite3* db);
    // Indexes the touches added since suspend(), merges the index and recreates the trigger.
    Status resume(sqlite3* db);

private:
    bool m_suspended = false;
    QByteArray m_insertTriggerSql; // while the trigger is dropped
    qint64 m_rowidBefore = 0;
};

} // namespace csm::storage
