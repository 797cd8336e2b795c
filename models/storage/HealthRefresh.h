#pragma once

// The update of an account's current health when its rows change (issue 12: under 10 ms, so that the list,
// the account page and Today never show a stale score). Called by Transaction::commit before COMMIT, inside
// the transaction of the change. Internal to the storage layer.

#include "storage/ChangeSet.h"

namespace csm {
class Book;
}

namespace csm::storage {

// Recomputes the current score of each account in `changes` whose rows that a score depends on changed
// (touches, NPS, usage, roadmaps, the account, its ARR), and adds ChangeSet::Entity::Health for it. Bulk
// changes (`everything`) are left to the caller's own recompute (HealthRecompute::backfill).
Status refreshHealthOf(Book& book, ChangeSet& changes);

} // namespace csm::storage
