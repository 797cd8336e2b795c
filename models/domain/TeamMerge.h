#pragma once

// The team view (issue 16 item 3): several books read together, each account shown once. Books that share
// accounts (a hand-over, a shared key account) carry copies with the same id; the copy written last wins,
// deletes included, as a sync would resolve them (DESIGN §10).

#include "domain/Entities.h"

#include <QDateTime>
#include <QList>

namespace csm {

// What the merge reads of an account row.
struct AccountStamp
{
    Id id;
    QDateTime updatedAt; // UTC; an invalid time counts as older than any other
    bool deleted = false;
};

// An account's copy that the team view shows: row `row` of book `book` (indexes into the merge's input).
struct MergedAccount
{
    int book = -1;
    int row = -1;
};

// An account id found in more than one book.
struct AccountOverlap
{
    Id accountId;
    QList<int> books; // every book that has a copy, in book order
    int chosenBook = -1;
    bool deleted = false; // the winning copy is a tombstone: the account is not shown
};

struct TeamMerge
{
    QList<MergedAccount> accounts;  // live winners, in book order, then row order within a book
    QList<AccountOverlap> overlaps; // in the order each id's second copy is met
    int tombstoned = 0;             // accounts not shown because their winning copy is deleted
};

// Rules, per account id over the books' copies (tombstones included):
//  1. the copy with the latest updatedAt wins, a tombstone like any other write;
//  2. at the same updatedAt a tombstone wins over a live copy (a delete is never undone by a tie);
//  3. between live copies with the same updatedAt, the earlier book in the list wins (callers order the
//     books by path, so the result never depends on how the folder was listed).
// A winning tombstone hides the account even where another book still has an older live copy.
TeamMerge mergeTeamBooks(const QList<QList<AccountStamp>>& books);

} // namespace csm
