#include "Search.h"

#include "Schema.h"
#include "SqlRepositories.h"

#include <sqlite3.h>

#include <limits>

namespace csm::storage {
namespace {

// Between two calls of the progress handler: small enough to stop a scan within a millisecond or so.
constexpr int kInstructionsPerCheck = 2000;

int onProgress(void* check)
{
    const auto& cancelled = *static_cast<const CancelCheck*>(check);
    return cancelled && cancelled() ? 1 : 0;
}

Error cancelledError()
{
    return Error{
        Error::Code::Cancelled, trBook(QT_TRANSLATE_NOOP("csm::Book", "The search was cancelled.")), {}, {}};
}

// Few index matches: read them by rowid and sort (NOT INDEXED keeps the planner on the rowid look-ups; it
// could otherwise walk touch_live_by_date for the ORDER BY and test every live touch). Many matches: walk
// live touches newest first and keep those among the matches, up to the limit.
Result<QList<Touch>> indexMatches(sqlite3* db, const QByteArray& match, int limit, bool many)
{
    const char* sortMatches =
        "NOT INDEXED WHERE rowid IN (SELECT rowid FROM touch_search WHERE touch_search MATCH ?1) "
        "AND deleted = 0 AND EXISTS (SELECT 1 FROM account a WHERE a.id = touch.account_id AND a.deleted = "
        "0) "
        "ORDER BY occurred_on DESC, id DESC LIMIT ?2";
    const char* walkByDate =
        "INDEXED BY touch_live_by_date WHERE deleted = 0 "
        "AND rowid IN (SELECT rowid FROM touch_search WHERE touch_search MATCH ?1) "
        "AND EXISTS (SELECT 1 FROM account a WHERE a.id = touch.account_id AND a.deleted = 0) "
        "ORDER BY occurred_on DESC, id DESC LIMIT ?2";
    return listRows<Touch>(db, many ? walkByDate : sortMatches,
                           [&](Stmt& q) { q.bindStaticUtf8(1, match).bind(2, limit > 0 ? limit : -1); });
}

Result<QList<Touch>> indexedSearch(sqlite3* db, const QString& text, int limit)
{
    const QByteArray match = ftsString(text);
    Stmt count(db, "SELECT count(*) FROM (SELECT 1 FROM touch_search WHERE touch_search MATCH ?1 LIMIT ?2)");
    count.bindStaticUtf8(1, match).bind(2, kSortedMatchesMax + 1);
    if (!count.next())
        return count.status().error();
    return indexMatches(db, match, limit, count.int64(0) > kSortedMatchesMax);
}

// Shorter than a trigram: LIKE over the newest kRecentTouches live touches by date (whole days), then, if
// they do not fill the limit, one scan of the table for the older ones.
Result<QList<Touch>> scannedSearch(sqlite3* db, const QString& text, int limit, const CancelScope& scope)
{
    const QByteArray pattern = likeContains(text).toUtf8();
    Stmt boundary(db, "SELECT occurred_on FROM touch INDEXED BY touch_live_by_date WHERE deleted = 0 "
                      "ORDER BY occurred_on DESC LIMIT 1 OFFSET ?1");
    boundary.bind(1, kRecentTouches);
    if (!boundary.next()) {
        if (!boundary.status())
            return boundary.status().error();
        // A small book: one scan.
        return listRows<Touch>(
            db,
            "WHERE deleted = 0 AND (summary LIKE ?1 ESCAPE '\\' OR next_step LIKE ?1 ESCAPE '\\') "
            "AND EXISTS (SELECT 1 FROM account a WHERE a.id = touch.account_id AND a.deleted = 0) "
            "ORDER BY occurred_on DESC, id DESC LIMIT ?2",
            [&](Stmt& q) { q.bindStaticUtf8(1, pattern).bind(2, limit > 0 ? limit : -1); });
    }
    const QDate since = boundary.date(0);
    auto recent = listRows<Touch>(
        db,
        "INDEXED BY touch_live_by_date WHERE deleted = 0 AND occurred_on >= ?3 "
        "AND (summary LIKE ?1 ESCAPE '\\' OR next_step LIKE ?1 ESCAPE '\\') "
        "AND EXISTS (SELECT 1 FROM account a WHERE a.id = touch.account_id AND a.deleted = 0) "
        "ORDER BY occurred_on DESC, id DESC LIMIT ?2",
        [&](Stmt& q) { q.bindStaticUtf8(1, pattern).bind(2, limit > 0 ? limit : -1).bind(3, since); });
    if (!recent || (limit > 0 && recent->size() >= limit))
        return recent;
    if (scope.cancelled())
        return cancelledError();
    // A sequential scan: for text that is rare or absent, reading the table in order is several times faster
    // than visiting the rest of it by date.
    auto older = listRows<Touch>(
        db,
        "NOT INDEXED WHERE deleted = 0 AND occurred_on < ?3 "
        "AND (summary LIKE ?1 ESCAPE '\\' OR next_step LIKE ?1 ESCAPE '\\') "
        "AND EXISTS (SELECT 1 FROM account a WHERE a.id = touch.account_id AND a.deleted = 0) "
        "ORDER BY occurred_on DESC, id DESC LIMIT ?2",
        [&](Stmt& q) {
            q.bindStaticUtf8(1, pattern).bind(2, limit > 0 ? limit - int(recent->size()) : -1).bind(3, since);
        });
    if (!older)
        return older;
    recent->append(std::move(older.value()));
    return recent;
}

} // namespace

int codePointCount(const QString& text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

QByteArray ftsString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

QString likeContains(const QString& text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

Result<QList<Touch>> searchTouches(sqlite3* db, const QString& text, int limit, const CancelCheck& cancelled)
{
    CancelScope scope(db, cancelled);
    if (scope.cancelled())
        return cancelledError();
    // The trigram tokenizer indexes every three characters; shorter text matches nothing in the index.
    auto rows =
        codePointCount(text) >= 3 ? indexedSearch(db, text, limit) : scannedSearch(db, text, limit, scope);
    if (!rows)
        return scope.failure(rows.error());
    return rows;
}

CancelScope::CancelScope(sqlite3* db, const CancelCheck& cancelled) : m_db(db), m_cancelled(cancelled)
{
    if (m_cancelled)
        sqlite3_progress_handler(m_db, kInstructionsPerCheck, onProgress, &m_cancelled);
}

CancelScope::~CancelScope()
{
    if (m_cancelled)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

Error CancelScope::failure(const Error& e) const
{
    return cancelled() ? cancelledError() : e;
}

Status TouchIndexSuspension::suspend(sqlite3* db)
{
    if (m_suspended)
        return {};
    m_suspended = true;
    Stmt trigger(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'touch_search_insert'");
    if (!trigger.next())
        return trigger.status(); // no index to keep
    m_insertTriggerSql = trigger.text(0).toUtf8();
    Stmt last(db, "SELECT max(rowid) FROM touch");
    if (!last.next())
        return last.status();
    m_rowidBefore = last.isNull(0) ? 0 : last.int64(0);
    return exec(db, "DROP TRIGGER touch_search_insert");
}

Status TouchIndexSuspension::resume(sqlite3* db)
{
    if (m_insertTriggerSql.isEmpty())
        return {};
    // FTS5 keeps the terms of the rows it indexes in memory up to its hash size (1 MB unless set), then
    // writes them out as one more segment, and 'optimize' merges the segments into one. With 64 MB a bulk of
    // touches makes a few large segments instead of hundreds (2.0 million touches of a 100,000-account book:
    // 3.8 + 0.8 s instead of 5.9 + 0.8 s, indexing and merging, in the sqlite3 shell). The setting is kept in
    // touch_search_config, which only FTS5 may write: it is set back to FTS5's default below, and the row
    // stays, saying what FTS5 assumes without it.
    if (auto st = exec(db, "INSERT INTO touch_search (touch_search, rank) VALUES ('hashsize', 67108864)");
        !st)
        return st;
    // New rows get rowids above the largest one, unless that is the largest possible rowid (then SQLite
    // picks unused ones at random and only a full rebuild finds them).
    if (m_rowidBefore == std::numeric_limits<qint64>::max()) {
        if (auto st = exec(db, "INSERT INTO touch_search (touch_search) VALUES ('rebuild')"); !st)
            return st;
    } else {
        Stmt index(db, "INSERT INTO touch_search (rowid, summary, next_step) "
                       "SELECT rowid, summary, next_step FROM touch WHERE rowid > ?1");
        index.bind(1, m_rowidBefore);
        if (auto st = index.run(); !st)
            return st;
    }
    if (auto st = exec(db, touchSearchOptimizeSql()); !st)
        return st;
    if (auto st = exec(db, "INSERT INTO touch_search (touch_search, rank) VALUES ('hashsize', 1048576)"); !st)
        return st;
    if (auto st = exec(db, m_insertTriggerSql.constData()); !st)
        return st;
    m_insertTriggerSql.clear();
    m_suspended = false;
    return {};
}

} // namespace csm::storage
