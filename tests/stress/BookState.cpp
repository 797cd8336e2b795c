#include "BookState.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <algorithm>

namespace csm::stress {
namespace {

QStringList column0(sqlite3* db, const QByteArray& sql, QStringList* problems)
{
    QStringList out;
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK) {
        problems->append(QString::fromUtf8(sqlite3_errmsg(db)));
        return out;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(q); ++c)
            row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, c)));
        out << row.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        problems->append(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(q);
    return out;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The text with every UUID in it (an id, alone or inside a JSON value) replaced by a mark: new rows get
// random ids, so two runs of one operation agree on everything but those.
QByteArray maskIds(QByteArrayView text)
{
    static constexpr int kLength = 36;
    QByteArray out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool uuid = i + kLength <= text.size();
        for (int k = 0; uuid && k < kLength; ++k) {
            const char c = text[i + k];
            uuid = (k == 8 || k == 13 || k == 18 || k == 23) ? c == '-' : isHex(c);
        }
        if (uuid) {
            out += "<id>";
            i += kLength;
        } else {
            out += text[i++];
        }
    }
    return out;
}

// Every row as its values' types and bytes (ids masked), hashed; the row hashes sorted and hashed again, so
// that the order pages happen to be in does not matter. Also counts the rows.
QByteArray tableHash(sqlite3* db, const QString& table, qint64* rows, QStringList* problems)
{
    // The name comes from sqlite_schema of a book we made; quoted as an identifier all the same.
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QByteArray sql = "SELECT * FROM \"" + quoted.toUtf8() + '"';
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK) {
        problems->append(QString::fromUtf8(sqlite3_errmsg(db)));
        return {};
    }
    QList<QByteArray> rowHashes;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (int c = 0; c < sqlite3_column_count(q); ++c) {
            const int type = sqlite3_column_type(q, c);
            h.addData(QByteArray::number(type) + ':');
            const void* blob = sqlite3_column_blob(q, c);
            const int size = sqlite3_column_bytes(q, c);
            const QByteArrayView bytes(static_cast<const char*>(blob), blob ? size : 0);
            if (type == SQLITE_TEXT && size >= 36)
                h.addData(maskIds(bytes));
            else if (blob)
                h.addData(bytes);
            h.addData(QByteArrayView("\x1f", 1));
        }
        rowHashes << h.result();
    }
    if (rc != SQLITE_DONE)
        problems->append(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(q);
    std::sort(rowHashes.begin(), rowHashes.end());
    *rows = rowHashes.size();
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& r : std::as_const(rowHashes))
        all.addData(r);
    return all.result();
}

} // namespace

QString BookState::describe() const
{
    if (!opened)
        return QStringLiteral("does not open: %1").arg(problems.join(QStringLiteral("; ")));
    QStringList counts;
    for (auto it = rowCounts.begin(); it != rowCounts.end(); ++it)
        if (it.value())
            counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return QStringLiteral("schema %1, %2, hash %3%4")
        .arg(schemaVersion)
        .arg(counts.join(QLatin1Char(' ')), QString::fromLatin1(contentHash.toHex().left(12)),
             problems.isEmpty() ? QString()
                                : QStringLiteral(", PROBLEMS: ") + problems.join(QStringLiteral("; ")));
}

BookState readBookState(const QString& path)
{
    BookState s;
    sqlite3* db = nullptr;
    const QByteArray name = path.toLocal8Bit();
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        s.problems << QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return s;
    }
    sqlite3_busy_timeout(db, 5000);
    s.opened = true;
    const QStringList integrity = column0(db, "PRAGMA integrity_check", &s.problems);
    if (integrity != QStringList{QStringLiteral("ok")})
        s.problems << integrity;
    for (const QString& row : column0(db, "PRAGMA foreign_key_check", &s.problems))
        s.problems << QStringLiteral("foreign key: ") + row;
    const QStringList version = column0(db, "PRAGMA user_version", &s.problems);
    s.schemaVersion = version.isEmpty() ? -1 : version.front().toInt();
    const QStringList tables =
        column0(db,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND name NOT LIKE 'touch_search%' ORDER BY name",
                &s.problems);
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        qint64 rows = 0;
        all.addData(table.toUtf8() + '=' + tableHash(db, table, &rows, &s.problems));
        s.rowCounts.insert(table, rows);
    }
    s.contentHash = all.result();
    sqlite3_close_v2(db);
    return s;
}

} // namespace csm::stress
