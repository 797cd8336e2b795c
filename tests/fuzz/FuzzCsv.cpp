#include "FuzzTargets.h"

#include "io/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

namespace csm::fuzz {
namespace {

// Reads every row and touches every field, so that a view past the buffer or a wrong position shows.
void readAll(const QByteArray& bytes, const io::CsvOptions& options)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    io::CsvReader reader(&device, options);
    if (!reader.open())
        return;
    (void)reader.header();
    for (const auto& issue : reader.headerIssues())
        (void)issue.toString();
    while (reader.next()) {
        const io::CsvRow& row = reader.row();
        for (int f = 0; f < row.size(); ++f) {
            (void)row.text(f);
            (void)row.position(f);
        }
        (void)row.raw();
        for (const auto& issue : row.issues())
            (void)issue.toError(QStringLiteral("fuzz.csv"));
    }
    if (const auto& stop = reader.stopped())
        (void)stop->toString();
}

} // namespace

int csvReader(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // As a user's file is read: everything recognised, in chunks of a megabyte.
    readAll(bytes, {});
    // In tiny chunks, so that rows, quotes and multi-byte characters straddle the chunk boundaries (small
    // inputs only: a row is scanned again from its start at each chunk, by design, so a 64 KB row in 7-byte
    // chunks costs 9,000 scans; the reader's own chunks are a megabyte).
    io::CsvOptions small;
    small.chunkBytes = 7;
    small.maxRowBytes = 4096;
    if (bytes.size() <= 4096)
        readAll(bytes, small);
    // With the dialect given, as when the user overrides what was recognised.
    if (!bytes.isEmpty()) {
        io::CsvOptions given;
        const auto pick = std::uint8_t(bytes.front());
        given.encoding = io::TextEncoding(pick % 4);
        given.delimiter = ",;\t|"[(pick >> 2) % 4];
        given.header = io::HeaderRow((pick >> 4) % 3);
        given.chunkBytes = 64;
        readAll(bytes, given);
    }
    return 0;
}

} // namespace csm::fuzz
