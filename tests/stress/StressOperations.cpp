#include "StressOperations.h"

#include "BookFile.h"
#include "Migrations.h"

#include "io/Generator.h"
#include "storage/Backups.h"
#include "storage/Book.h"

#include <QDir>
#include <QFile>

namespace csm::stress {
namespace {

const FixedClock& clock()
{
    static const FixedClock c(QDate(2025, 4, 1));
    return c;
}

Status newBook(const QString& dir)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::CreateIfMissing, clock());
    if (!book)
        return book.error();
    return {};
}

Status generate(const QString& dir, int accounts)
{
    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
    if (!book)
        return book.error();
    GeneratorOptions options;
    options.accounts = accounts;
    options.seed = 17;
    options.asOf = QDate(2025, 4, 1);
    if (auto stats = generateBook(**book, options); !stats)
        return stats.error();
    return {};
}

// A book of some size to copy: what backups read.
Status generatedBook(const QString& dir)
{
    if (auto st = newBook(dir); !st)
        return st;
    return generate(dir, 300);
}

} // namespace

QString bookIn(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("book.sqlite"));
}

QList<Operation> operations()
{
    QList<Operation> ops;
    // Upgrading the oldest frozen fixture to this build's schema: a backup first, then every step.
    ops.append({QStringLiteral("migrate"),
                [](const QString& dir) -> Status {
                    if (!QFile::copy(QStringLiteral(CSM_TEST_DATA_DIR "/book-v1.sqlite"), bookIn(dir)))
                        return Error{Error::Code::Io, QStringLiteral("cannot copy the v1 fixture"), dir, {}};
                    QFile::setPermissions(bookIn(dir), QFile::ReadOwner | QFile::WriteOwner);
                    return {};
                },
                [](const QString& dir) { return Book::upgrade(bookIn(dir), clock(), [] { return false; }); },
                [](const QString& dir) { return storage::migrationBackupPath(bookIn(dir), 1); }});
    // A checked backup of a book opened read-only (File > Backup…, `csm-workbench backup`).
    ops.append({QStringLiteral("backup"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadOnly, clock());
                    if (!book)
                        return book.error();
                    return (*book)->backupTo(QDir(dir).filePath(QStringLiteral("backup.sqlite")));
                },
                [](const QString& dir) { return QDir(dir).filePath(QStringLiteral("backup.sqlite")); }});
    // The daily automatic backup of a book open for writing, with its rotation.
    ops.append({QStringLiteral("daily-backup"), generatedBook,
                [](const QString& dir) -> Status {
                    auto book = Book::open(bookIn(dir), Book::OpenMode::ReadWrite, clock());
                    if (!book)
                        return book.error();
                    auto taken = Backups::takeDaily(**book, QDir(dir).filePath(QStringLiteral("backups")),
                                                    QDate(2025, 4, 1));
                    return taken ? Status() : Status(taken.error());
                },
                [](const QString& dir) {
                    return QDir(dir).filePath(QStringLiteral("backups/") +
                                              Backups::dailyName(bookIn(dir), QDate(2025, 4, 1)));
                }});
    // Bulk writes: a synthetic book of 300 accounts and their histories, one transaction.
    ops.append({QStringLiteral("generate"), newBook, [](const QString& dir) { return generate(dir, 300); },
                nullptr});
    return ops;
}

} // namespace csm::stress
