#pragma once

// Automatic backups of the open book and restoring one (issue 17 item 6, docs/RELIABILITY.md).
//
// A backup folder holds, for each book (by its file name):
//   <book>-YYYY-MM-DD.auto-backup.sqlite     one a day, rotated: 7 daily, 4 weekly (domain/BackupRotation.h)
//   <book>-YYYY-MM-DDTHHMMSS.replaced.sqlite the book as it was before a backup replaced it; never rotated
// Each is written under a temporary name, checked (quick_check) and renamed into place (Book::backupTo), so
// a file with one of these names is always a complete, checked book; a temporary file a killed backup left
// behind is removed by the next one.

#include "domain/BackupRotation.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csm {

class Book;

// What a backup holds, for the preview before it replaces the book.
struct BackupSummary
{
    QString path;
    enum class Kind
    {
        Daily,
        Replaced,
        Other, // a file the user chose
    } kind = Kind::Daily;
    QDateTime taken;       // from its name (local time), else the file's time
    int schemaVersion = 0; // an older one is upgraded when the restored book is opened
    qint64 accounts = 0;   // live accounts
    QDateTime lastChange;  // the newest change of any record in it (UTC); invalid when it has none
    qint64 bytes = 0;
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    // Today's backup of the open book in folder (created when missing), unless one is there already; then
    // the older daily ones beyond the policy are removed. The path of today's backup.
    static Result<QString> takeDaily(const Book& book, const QString& folder, QDate today,
                                     const BackupPolicy& policy = {});

    // The backups of the book at bookPath in folder, newest first (files only: nothing is opened).
    static QList<BackupSummary> list(const QString& bookPath, const QString& folder);
    // Opens a backup read-only, checks it and reads what it holds.
    static Result<BackupSummary> describe(const QString& backupPath);

    // Replaces the book at bookPath, which nobody may have open (this process has closed it), with the
    // backup: the backup is checked, the book as it was is kept in folder as a "replaced" backup, a checked
    // copy of the backup takes the book's place in one rename. On failure the book is unchanged. The path
    // of the kept book.
    static Result<QString> restore(const QString& bookPath, const QString& backupPath, const QString& folder,
                                   const QDateTime& now);

    static QString dailyName(const QString& bookPath, QDate day);
    static QString replacedName(const QString& bookPath, const QDateTime& when);
};

} // namespace csm
