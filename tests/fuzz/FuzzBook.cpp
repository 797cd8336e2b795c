#include "FuzzTargets.h"

#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace csm::fuzz {
namespace {

const FixedClock& clock()
{
    static const FixedClock c(QDate(2025, 4, 1));
    return c;
}

// Reads what the window reads first: the settings, the account list and its summaries.
void readBook(Book& book)
{
    (void)book.info();
    (void)book.settings();
    if (auto accounts = book.accounts().list(); accounts && !accounts->isEmpty()) {
        (void)book.contacts().forAccount(accounts->front().id);
        (void)book.touches().forAccount(accounts->front().id);
    }
    (void)book.accounts().summaries(QDate(2025, 4, 1));
    (void)book.check(false);
}

} // namespace

int book(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("fuzz.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    if (auto book = Book::open(path, Book::OpenMode::ReadOnly, clock()))
        readBook(**book);
    // For writing: what opening a book from someone else does (an older schema is upgraded after a backup).
    if (auto book = Book::open(path, Book::OpenMode::ReadWrite, clock()))
        readBook(**book);
    // Nothing of this input may stay for the next one: the book, its -wal, -shm, lock and backups.
    QDir dir(scratch.path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    return 0;
}

} // namespace csm::fuzz
