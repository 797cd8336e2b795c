#include "HealthTrendDays.h"

#include "Sqlite.h"
#include "domain/PortfolioView.h"

#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace csm::storage {

namespace {

// The layout of `scores` this build writes and reads: for every snapshot of the day in the key's order, the
// id's length in bytes (2 bytes, little-endian), the id (UTF-8), then the score as an IEEE double
// (8 bytes, little-endian; NaN when the snapshot has no score: a stored score is 0..100).
constexpr int kLayout = 1;
constexpr qsizetype kLengthBytes = sizeof(quint16);
constexpr qsizetype kScoreBytes = sizeof(quint64);
constexpr qsizetype kMaxIdBytes = 0xffff;

// Calls f(day) for every day health_snapshot has rows of, in order: a seek each.
template <typename F> Status eachSnapshotDay(sqlite3* db, F f)
{
    Stmt q(db, "SELECT min(as_of) FROM health_snapshot WHERE as_of > ?1");
    QDate day; // none yet: after '', before every date
    for (;;) {
        q.reset();
        if (day.isValid())
            q.bind(1, day);
        else
            q.bindText(1, QString());
        if (!q.next())
            return q.status();
        if (q.isNull(0))
            return {};
        day = q.date(0);
        if (auto st = f(day); !st)
            return st;
    }
}

Result<QSet<QDate>> keptDays(sqlite3* db)
{
    QSet<QDate> kept;
    Stmt q(db, "SELECT as_of FROM health_trend_day");
    while (q.next())
        kept.insert(q.date(0));
    if (!q.status())
        return q.status().error();
    return kept;
}

// The trend Mondays that have snapshots and no row of their own.
Result<QList<QDate>> missingDays(sqlite3* db)
{
    auto kept = keptDays(db);
    if (!kept)
        return kept.error();
    QList<QDate> missing;
    auto st = eachSnapshotDay(db, [&](QDate day) -> Status {
        if (isPortfolioTrendMonday(day) && !kept->contains(day))
            missing.append(day);
        return {};
    });
    if (!st)
        return st.error();
    return missing;
}

template <typename T> void appendLittleEndian(QByteArray& out, T v)
{
    char bytes[sizeof(T)];
    qToLittleEndian(v, bytes);
    out.append(bytes, sizeof(T));
}

// Keeps one day from its snapshots. A day with an id longer than the layout holds is left to the snapshots.
Status keepDay(sqlite3* db, QDate day)
{
    QByteArray bytes;
    qint64 count = 0;
    {
        Stmt q(db, "SELECT account_id, score FROM health_snapshot WHERE as_of = ?1");
        q.bind(1, day);
        while (q.next()) {
            const QByteArrayView id = q.utf8(0);
            if (id.size() > kMaxIdBytes)
                return {};
            if (bytes.isEmpty())
                bytes.reserve(64 * 1024);
            appendLittleEndian(bytes, quint16(id.size()));
            bytes.append(id);
            const double score = q.isNull(1) ? std::numeric_limits<double>::quiet_NaN() : q.real(1);
            appendLittleEndian(bytes, std::bit_cast<quint64>(score));
            ++count;
        }
        if (!q.status())
            return q.status();
    }
    if (count == 0)
        return {};
    Stmt insert(db, "INSERT OR REPLACE INTO health_trend_day (as_of, layout, accounts, scores) "
                    "VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, day).bind(2, kLayout).bind(3, count).bindBlobView(4, bytes);
    return insert.run();
}

} // namespace

const char* healthTrendDaysSql()
{
    return R"sql(
CREATE TABLE health_trend_day (
    as_of    TEXT PRIMARY KEY CHECK (as_of IS date(as_of)),
    layout   INTEGER NOT NULL,
    accounts INTEGER NOT NULL CHECK (accounts >= 1),
    scores   BLOB NOT NULL
) STRICT;
)sql";
}

Status migrate13to14(sqlite3* db, const QString&)
{
    if (auto st = exec(db, healthTrendDaysSql()); !st)
        return st;
    return keepHealthTrendDays(db);
}

Status keepHealthTrendDays(sqlite3* db)
{
    auto missing = missingDays(db);
    if (!missing)
        return missing.error();
    for (const QDate& day : std::as_const(*missing)) {
        if (auto st = keepDay(db, day); !st)
            return st;
    }
    return {};
}

Result<bool> healthTrendDaysMissing(sqlite3* db)
{
    auto missing = missingDays(db);
    if (!missing)
        return missing.error();
    return !missing->isEmpty();
}

Result<QList<QDate>> healthTrendDaysAstray(sqlite3* db)
{
    {
        // A book whose schema lacks the table (damaged, or another version) has its schema checks fail.
        Stmt table(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'health_trend_day'");
        if (!table.next())
            return table.status() ? QList<QDate>() : Result<QList<QDate>>(table.status().error());
    }
    auto keptSet = keptDays(db);
    if (!keptSet)
        return keptSet.error();
    QList<QDate> days = keptSet->values();
    std::sort(days.begin(), days.end());
    QList<QDate> astray;
    Stmt snapshots(db, "SELECT account_id, score FROM health_snapshot WHERE as_of = ?1 ORDER BY account_id");
    for (const QDate& day : std::as_const(days)) {
        auto kept = KeptTrendDay::read(db, day);
        if (!kept)
            return kept.error();
        bool same = kept->has_value();
        if (same) {
            KeptTrendDay::Reader reader(**kept);
            snapshots.reset();
            snapshots.bind(1, day);
            QByteArrayView id;
            std::optional<double> score;
            while (same && snapshots.next())
                same = reader.next(id, score) && id == snapshots.utf8(0) && score == snapshots.optReal(1);
            if (!snapshots.status())
                return snapshots.status().error();
            same = same && !reader.next(id, score) && reader.complete();
        }
        if (!same)
            astray.append(day);
    }
    return astray;
}

Status forgetHealthTrendDays(sqlite3* db)
{
    return exec(db, "DELETE FROM health_trend_day");
}

Status forgetHealthTrendDay(sqlite3* db, QDate day)
{
    Stmt q(db, "DELETE FROM health_trend_day WHERE as_of = ?1");
    q.bind(1, day);
    return q.run();
}

Result<std::optional<KeptTrendDay>> KeptTrendDay::read(sqlite3* db, QDate day)
{
    Stmt q(db, "SELECT layout, accounts, scores FROM health_trend_day WHERE as_of = ?1");
    if (!q.prepared())
        return std::optional<KeptTrendDay>(); // no such table: a book of another schema
    q.bind(1, day);
    if (!q.next()) {
        if (!q.status())
            return q.status().error();
        return std::optional<KeptTrendDay>();
    }
    if (q.int64(0) != kLayout || q.type(2) != SQLITE_BLOB)
        return std::optional<KeptTrendDay>();
    KeptTrendDay kept;
    kept.m_count = qsizetype(q.int64(1));
    kept.m_bytes = q.blob(2).toByteArray();
    return std::optional<KeptTrendDay>(std::move(kept));
}

bool KeptTrendDay::Reader::next(QByteArrayView& id, std::optional<double>& score)
{
    const QByteArray& bytes = m_day.m_bytes;
    if (m_read == m_day.m_count || bytes.size() - m_at < kLengthBytes)
        return false;
    const auto length = qsizetype(qFromLittleEndian<quint16>(bytes.constData() + m_at));
    if (bytes.size() - m_at - kLengthBytes < length + kScoreBytes)
        return false;
    id = QByteArrayView(bytes.constData() + m_at + kLengthBytes, length);
    const auto value =
        std::bit_cast<double>(qFromLittleEndian<quint64>(bytes.constData() + m_at + kLengthBytes + length));
    score = std::isnan(value) ? std::nullopt : std::optional<double>(value);
    m_at += kLengthBytes + length + kScoreBytes;
    ++m_read;
    return true;
}

} // namespace csm::storage
