#pragma once

// What a book holds after a crash, read the way the app would reopen it (a read-write connection, which
// recovers a WAL left behind): whether SQLite finds it whole, its schema version, and its content as row
// counts and one hash. Plain SQLite C API: the checks must not trust the code they check.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace csm::stress {

struct BookState
{
    bool opened = false;
    QStringList problems;            // integrity_check rows other than "ok", foreign_key_check rows
    int schemaVersion = -1;          // PRAGMA user_version
    QMap<QString, qint64> rowCounts; // per table (FTS shadow tables left out: derived from touch)
    QByteArray contentHash;          // of every row of those tables, in no particular order, ids masked

    bool whole() const { return opened && problems.isEmpty(); }
    bool sameContent(const BookState& other) const
    {
        return schemaVersion == other.schemaVersion && rowCounts == other.rowCounts &&
               contentHash == other.contentHash;
    }
    QString describe() const;
};

BookState readBookState(const QString& path);

} // namespace csm::stress
