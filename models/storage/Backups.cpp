#include "storage/Backups.h"

#include "BookFile.h"
#include "Connection.h"
#include "Sqlite.h"

#include "storage/Book.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

namespace csm {
namespace {

const QLatin1String kDailySuffix(".auto-backup.sqlite");
const QLatin1String kReplacedSuffix(".replaced.sqlite");
const QLatin1String kReplacedStamp("yyyy-MM-dd'T'HHmmss");

QString baseName(const QString& bookPath)
{
    return QFileInfo(bookPath).completeBaseName();
}

// The date or time in a backup's name, when the name is one of this book's backups of that kind.
QString stampIn(const QString& fileName, const QString& bookPath, QLatin1String suffix)
{
    const QString prefix = baseName(bookPath) + QLatin1Char('-');
    if (!fileName.startsWith(prefix) || !fileName.endsWith(suffix))
        return {};
    return fileName.mid(prefix.size(), fileName.size() - prefix.size() - suffix.size());
}

QDate dailyDay(const QString& fileName, const QString& bookPath)
{
    return QDate::fromString(stampIn(fileName, bookPath, kDailySuffix), Qt::ISODate);
}

Error folderError(const QString& folder)
{
    return Error{Error::Code::Io, Backups::tr("The backup folder cannot be created or written."), folder,
                 Backups::tr("Connect the drive it is on, or choose another backup folder in Preferences.")};
}

// Temporary files that a backup killed midway left in the folder (Book::backupTo's ".partial-" names).
void removeLeftovers(QDir& dir, const QString& bookPath)
{
    const QStringList leftovers =
        dir.entryList({baseName(bookPath) + QStringLiteral("-*.partial-*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers)
        dir.remove(name);
}

// What a backup (or a book) holds, through a read-only connection that checks it first.
Result<BackupSummary> readSummary(const QString& path)
{
    auto db = storage::openConnection(path, storage::ConnectionRole::Reader);
    if (!db)
        return db.error();
    auto version = storage::probeBook(db->handle(), path, qint64(256) << 20);
    if (!version)
        return version.error();
    BackupSummary s;
    s.path = path;
    s.schemaVersion = version->schemaVersion;
    s.bytes = QFileInfo(path).size();
    storage::Stmt accounts(db->handle(), "SELECT count(*) FROM account WHERE deleted = 0");
    if (!accounts.next())
        return accounts.status().error();
    s.accounts = accounts.int64(0);
    // The records a user changes, every one of them stamped (docs/schema.md): the newest stamp.
    storage::Stmt last(db->handle(), "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM account "
                                     "UNION ALL SELECT max(updated_at) FROM contact "
                                     "UNION ALL SELECT max(updated_at) FROM touch "
                                     "UNION ALL SELECT max(updated_at) FROM contract "
                                     "UNION ALL SELECT max(updated_at) FROM arr_event "
                                     "UNION ALL SELECT max(updated_at) FROM renewal "
                                     "UNION ALL SELECT max(updated_at) FROM roadmap "
                                     "UNION ALL SELECT max(updated_at) FROM milestone)");
    if (!last.next())
        return last.status().error();
    if (!last.isNull(0))
        s.lastChange = QDateTime::fromString(last.text(0), Qt::ISODateWithMs);
    return s;
}

} // namespace

QString Backups::dailyName(const QString& bookPath, QDate day)
{
    return baseName(bookPath) + QLatin1Char('-') + day.toString(Qt::ISODate) + kDailySuffix;
}

QString Backups::replacedName(const QString& bookPath, const QDateTime& when)
{
    return baseName(bookPath) + QLatin1Char('-') + when.toString(kReplacedStamp) + kReplacedSuffix;
}

Result<QString> Backups::takeDaily(const Book& book, const QString& folder, QDate today,
                                   const BackupPolicy& policy)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return folderError(folder);
    QDir dir(folder);
    const QString bookPath = book.path();
    const QString target = dir.absoluteFilePath(dailyName(bookPath, today));
    if (!QFileInfo::exists(target)) {
        removeLeftovers(dir, bookPath);
        if (auto st = book.backupTo(target); !st)
            return st.error();
    }
    // Rotation: only this book's daily backups; a replaced book is kept until the user removes it.
    QList<QDate> days;
    const QStringList dailies =
        dir.entryList({baseName(bookPath) + QLatin1String("-*") + kDailySuffix}, QDir::Files);
    for (const QString& name : dailies)
        if (const QDate day = dailyDay(name, bookPath); day.isValid())
            days.append(day);
    const QList<QDate> kept = backupDaysToKeep(days, policy);
    for (const QDate& day : std::as_const(days))
        if (!kept.contains(day))
            dir.remove(dailyName(bookPath, day));
    return target;
}

QList<BackupSummary> Backups::list(const QString& bookPath, const QString& folder)
{
    QList<BackupSummary> out;
    const QDir dir(folder);
    const QString base = baseName(bookPath) + QLatin1String("-*");
    const QFileInfoList files = dir.entryInfoList({base + kDailySuffix, base + kReplacedSuffix}, QDir::Files);
    for (const QFileInfo& fi : files) {
        BackupSummary s;
        s.path = fi.absoluteFilePath();
        s.bytes = fi.size();
        if (const QDate day = dailyDay(fi.fileName(), bookPath); day.isValid()) {
            s.kind = BackupSummary::Kind::Daily;
            // A daily backup is taken when the book is first opened that day: its file time says when.
            s.taken = fi.lastModified().date() == day ? fi.lastModified() : day.startOfDay();
        } else {
            const QString stamp = stampIn(fi.fileName(), bookPath, kReplacedSuffix);
            s.kind = BackupSummary::Kind::Replaced;
            s.taken = QDateTime::fromString(stamp, kReplacedStamp);
            if (!s.taken.isValid())
                continue;
        }
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.taken > b.taken; });
    return out;
}

Result<BackupSummary> Backups::describe(const QString& backupPath)
{
    auto s = readSummary(backupPath);
    if (!s)
        return s;
    for (const BackupSummary& listed : list(backupPath, QFileInfo(backupPath).absolutePath()))
        if (listed.path == s->path)
            s->taken = listed.taken;
    return s;
}

Result<QString> Backups::restore(const QString& bookPath, const QString& backupPath, const QString& folder,
                                 const QDateTime& now)
{
    auto backup = storage::openConnection(backupPath, storage::ConnectionRole::Reader);
    if (!backup)
        return backup.error();
    if (auto version = storage::probeBook(backup->handle(), backupPath, qint64(1) << 40); !version)
        return version.error();
    // Nobody else may write the book while it is replaced: its lock, as Book takes it.
    QLockFile lock(bookPath + QLatin1String(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error{Error::Code::Locked, tr("The book is open in another running CSM Workbench."), bookPath,
                     tr("Close it there, then restore the backup again.")};
    if (!QDir().mkpath(folder))
        return folderError(folder);
    const QString kept = QDir(folder).absoluteFilePath(replacedName(bookPath, now));
    if (QFileInfo::exists(bookPath)) {
        // The book as it is, kept first: a checked copy, or, for a book too damaged to copy through SQLite
        // (the reason to restore), its bytes as they are.
        auto current = storage::openConnection(bookPath, storage::ConnectionRole::Reader);
        Status keptCopy =
            current ? storage::backupInto(current->handle(), kept, false) : Status(current.error());
        if (current)
            current->close();
        if (!keptCopy && !QFile::copy(bookPath, kept))
            return Error{Error::Code::Io,
                         tr("The book could not be kept as a backup, so it was not replaced."), kept,
                         tr("Check the free space and permissions of the backup folder.")};
        // A book in WAL mode goes back to one file: SQLite allows it only when no program has it open, and
        // then moves what the -wal holds into the book and removes -wal and -shm.
        auto writer = storage::openConnection(bookPath, storage::ConnectionRole::Upgrader);
        if (writer) {
            storage::Stmt mode(writer->handle(), "PRAGMA journal_mode = DELETE");
            if (!mode.next() || mode.text(0) != QLatin1String("delete"))
                return Error{Error::Code::Locked,
                             tr("The book is in use by another program, so it was not replaced."), bookPath,
                             tr("Close the other program, then restore the backup again.")};
        }
    }
    // A checked copy of the backup beside the book, renamed over it in one step.
    if (auto st = storage::backupInto(backup->handle(), bookPath, true); !st) {
        Error e = st.error();
        e.where = bookPath;
        return e;
    }
    return kept;
}

} // namespace csm
