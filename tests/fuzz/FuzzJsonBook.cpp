#include "FuzzTargets.h"

#include "io/BookExport.h"
#include "storage/Book.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace csm::fuzz {
namespace {

const FixedClock& clock()
{
    static const FixedClock c(QDate(2025, 4, 1));
    return c;
}

// One empty book for every input: each import is a dry run, rolled back, so the book stays empty and the
// next input starts where this one did.
struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Book> book;

    Scratch()
    {
        if (auto opened = Book::open(dir.filePath(QStringLiteral("target.sqlite")),
                                     Book::OpenMode::CreateIfMissing, clock()))
            book = std::move(*opened);
    }
};

} // namespace

int jsonBook(const std::uint8_t* data, std::size_t size)
{
    static Scratch scratch;
    if (!scratch.book)
        return 0;
    const QString path = scratch.dir.filePath(QStringLiteral("input.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    // What `csm-workbench import FILE` asks first (is it a book export, in which currency), then the import
    // the wizard's dry run does: every row read, checked and written, then rolled back.
    (void)io::isBookExport(path);
    (void)io::bookExportCurrency(path);
    (void)io::importBookJson(*scratch.book, path, true);
    return 0;
}

} // namespace csm::fuzz
