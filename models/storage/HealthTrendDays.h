#pragma once

// The portfolio's trend Mondays kept in one row each (schema 14, issue 16).
//
// The portfolio's health trend reads every account's score on eleven Mondays (portfolioTrendDays): at 100,000
// accounts 1.1 million rows of health_snapshot, 20 columns each under a key of the day and a 36-byte id, half
// of what the view reads. health_trend_day keeps each such Monday (isPortfolioTrendMonday) that has
// snapshots as one row: every account_id of the day's snapshots in the key's order with its score, the same
// facts in a twentieth of the bytes and one row instead of 100,000. It is derived from health_snapshot and
// only ever a shortcut: a day without its row is read from the snapshots, as before schema 14.
//
// How it stays true to the snapshots (docs/schema.md, "Schema 14"): whatever writes or deletes snapshots
// forgets the days it touches first. The one statement that writes them (HealthWrites in HealthRecompute.cpp:
// the health passes, the refresh after an edit on a Monday) forgets each day the first time it writes to it;
// the code that deletes them calls forgetHealthTrendDays / forgetHealthTrendDay. Not triggers: on the
// back-fill's INSERT OR REPLACE an AFTER INSERT trigger cost about 1.2 µs a row (6 s at 100,000 accounts),
// and any trigger stops SQLite truncating the table (an import's undo: 0.36 s -> 5.2 s per million rows).
// keepHealthTrendDays keeps again every trend Monday with snapshots and no row: at the end of every health
// pass (the back-fill, a recompute, a new model), in the catch-up when a book opens, and in the step 13
// -> 14.

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>

#include <optional>

struct sqlite3;

namespace csm::storage {

// CREATE TABLE health_trend_day: for a new book and for the step 13 -> 14.
const char* healthTrendDaysSql();
// The step 13 -> 14: the table, then the trend Mondays the book's snapshots have.
Status migrate13to14(sqlite3* db, const QString& now);

// Keeps every trend Monday that has snapshots and no row of its own (a seek per day of snapshots when none is
// missing; about 40 ms a day at 100,000 accounts). In the caller's transaction.
Status keepHealthTrendDays(sqlite3* db);
// Whether some trend Monday that has snapshots has no row of its own.
Result<bool> healthTrendDaysMissing(sqlite3* db);
// The kept days whose row does not hold exactly the day's snapshots (every id and score, in the key's
// order), for the book's check: a row this build cannot read counts as astray, a day without one does not.
Result<QList<QDate>> healthTrendDaysAstray(sqlite3* db);
// Forgets every kept day: with a DELETE from health_snapshot that may remove rows of any day.
Status forgetHealthTrendDays(sqlite3* db);
// Forgets one kept day: with any write to health_snapshot of rows of that day only.
Status forgetHealthTrendDay(sqlite3* db, QDate day);

// The scores of one kept day, read back in the order of health_snapshot's key (account_id, as bytes).
class KeptTrendDay
{
public:
    // The day's row; nullopt when the day has none, the book has no such table (a book of another schema
    // read by a team view), or the row is of a layout this build does not read.
    static Result<std::optional<KeptTrendDay>> read(sqlite3* db, QDate day);

    // Walks the day's accounts: each next() gives one id (valid as long as this object) and its score (none:
    // the snapshot has no score). False at the end, or where the bytes do not hold a whole entry: then
    // complete() is false and the day must be read from the snapshots instead.
    class Reader
    {
    public:
        explicit Reader(const KeptTrendDay& day) : m_day(day) {}
        bool next(QByteArrayView& id, std::optional<double>& score);
        bool complete() const { return m_read == m_day.m_count && m_at == m_day.m_bytes.size(); }

    private:
        const KeptTrendDay& m_day;
        qsizetype m_at = 0;
        qsizetype m_read = 0;
    };

private:
    QByteArray m_bytes;
    qsizetype m_count = 0;
};

} // namespace csm::storage
