#pragma once

// The floor under the generator: the same rows inserted through SQLite's C API alone, in one transaction,
// into a fresh file with the same schema and PRAGMAs as a book. The rows are read from a generated book into
// one compact buffer first (untimed), so that only sqlite3_bind/step/commit is timed.

#include <QString>

#include <memory>

namespace csm::bench {

class RawRows
{
public:
    ~RawRows();
    // Reads every table of the book (schema and rows). Empty string on success, else the error.
    static std::unique_ptr<RawRows> read(const QString& bookPath, QString* error);
    qint64 rowCount() const;

    // Creates `target` with the book's schema (untimed), then inserts every row in one transaction and
    // returns the milliseconds spent from BEGIN to COMMIT; negative on failure (error set).
    double insertInto(const QString& target, QString* error) const;

private:
    RawRows();
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace csm::bench
