#pragma once

// The rows of a book that the portfolio is built from (issue 16), read in one pass per table, and the
// portfolio view of one book or of several (the team view). This is the one place that decides where health
// comes from (docs/decisions.md, "The portfolio's health from the book's snapshots"): the health the book
// keeps (issue 12) wherever it covers the view's days (portfolioTrendDays), that is the current score on the
// account row when it is as of the as-of day under the book's model, and the Monday snapshots of the trend's
// days (from their kept row, schema 14: HealthTrendDays.h); the accounts' rows (usage, touches, NPS,
// milestones) are read only when some day is not covered, and the engine scores that day from them
// (domain/PortfolioView.h).

#include "domain/PortfolioView.h"
#include "domain/Result.h"
#include "domain/Segmentation.h"
#include "domain/TeamMerge.h"
#include "storage/Repositories.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm {

class Book;
class Clock;

// The rows of one book, as of asOf (rows dated later are left out, but the renewals ahead).
struct PortfolioSource
{
    QString path;
    BookSettings settings;
    SegmentationRules rules;
    QList<PortfolioSourceAccount> accounts; // live accounts, and tombstones when asked for
};

struct PortfolioRead
{
    // Tombstoned accounts too, without their rows, and every account's updatedAt (the team merge needs both).
    bool withTombstones = false;
    bool scoreFromRows = false; // ignore the kept health: every day from the rows (tests, the benchmark)
};

// Reads every account with its kept health on the view's days and the rows the days without it need. With
// `second`, another connection to the same book (a read job's second connection), the accounts' halves are
// read on both at once, then the contracts and ARR events through it on a helper thread while the book's own
// reads the renewals and roadmaps, then the trend's kept days on whichever is free.
Result<PortfolioSource> readPortfolioSource(Book& book, QDate asOf, const PortfolioRead& how = {},
                                            const CancelCheck& cancelled = {}, Book* second = nullptr);

// The portfolio of the open book.
Result<PortfolioView> loadPortfolio(Book& book, QDate asOf,
                                    const std::optional<QString>& owner = std::nullopt,
                                    const CancelCheck& cancelled = {}, Book* second = nullptr);

// A book the team view could not read, and why.
struct SkippedBook
{
    QString path;
    QString reason; // translated
};

// The team view (issue 16 item 3): several books read-only as one portfolio. Accounts present in several
// books are shown once (TeamMerge's rules). The first book that can be read sets the currency and the rules;
// a book in another currency is skipped.
struct TeamPortfolio
{
    QStringList books; // the books read, in merge order (by path)
    QList<SkippedBook> skipped;
    TeamMerge merge;          // indexes into books and their accounts
    PortfolioSource merged;   // one copy of each account; path empty
    QList<int> bookOfAccount; // by index of merged.accounts
};

// The paths are sorted (the merge must not depend on how a folder was listed); a folder stands for every
// *.sqlite book in it.
Result<TeamPortfolio> readTeamPortfolio(const QStringList& paths, QDate asOf, const Clock& clock,
                                        const CancelCheck& cancelled = {});
// The books a list of files and folders stands for, sorted, each once.
QStringList teamBookPaths(const QStringList& filesAndFolders);

} // namespace csm
