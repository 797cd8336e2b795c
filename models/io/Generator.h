#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace csm {

class Book;

struct GeneratorOptions
{
    int accounts = 1000; // 10 .. 100,000
    quint64 seed = 1;    // the same seed (and options) gives the same book
    QDate asOf;          // the book's "today"; histories end here (invalid: the clock's today)
    QString currency = QStringLiteral("JPY");
    QString japaneseNamesCsv; // optional: JIGYOSYO.CSV (CP932) for real Japanese company names
    // Called now and then with rows written so far; return false to cancel (the book is then unchanged).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct GeneratorStats
{
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 touches = 0;
    qint64 contracts = 0;
    qint64 arrEvents = 0;
    qint64 renewals = 0;
    qint64 roadmaps = 0;
    qint64 milestones = 0;
    qint64 usageRows = 0;
    qint64 npsResponses = 0;
    qint64 totalRows() const
    {
        return accounts + contacts + touches + contracts + arrEvents + renewals + roadmaps + milestones +
               usageRows + npsResponses;
    }
};

// Fills a book with a realistic synthetic customer base (demo, tests, benchmarks), in one transaction.
Result<GeneratorStats> generateBook(Book& book, const GeneratorOptions& options);

} // namespace csm
