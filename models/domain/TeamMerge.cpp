#include "domain/TeamMerge.h"

#include <QHash>

namespace csm {

namespace {

bool beats(const AccountStamp& challenger, const AccountStamp& holder)
{
    const bool cValid = challenger.updatedAt.isValid();
    const bool hValid = holder.updatedAt.isValid();
    if (cValid != hValid)
        return cValid;
    if (cValid && challenger.updatedAt != holder.updatedAt)
        return challenger.updatedAt > holder.updatedAt;
    return challenger.deleted && !holder.deleted; // a tie: a delete wins, else the earlier book keeps it
}

struct Slot
{
    MergedAccount winner;
    int overlap = -1; // index into TeamMerge::overlaps once a second book has the id
};

} // namespace

TeamMerge mergeTeamBooks(const QList<QList<AccountStamp>>& books)
{
    qsizetype total = 0;
    for (const auto& book : books)
        total += book.size();
    QHash<Id, Slot> byId;
    byId.reserve(total);
    TeamMerge merge;
    for (int b = 0; b < books.size(); ++b) {
        const QList<AccountStamp>& rows = books.at(b);
        for (int r = 0; r < rows.size(); ++r) {
            const AccountStamp& stamp = rows.at(r);
            auto it = byId.find(stamp.id);
            if (it == byId.end()) {
                byId.insert(stamp.id, Slot{{b, r}, -1});
                continue;
            }
            Slot& slot = *it;
            if (slot.overlap < 0) {
                slot.overlap = int(merge.overlaps.size());
                merge.overlaps.append({stamp.id, {slot.winner.book}, -1, false});
            }
            QList<int>& seenIn = merge.overlaps[slot.overlap].books;
            if (seenIn.last() != b)
                seenIn.append(b);
            if (beats(stamp, books.at(slot.winner.book).at(slot.winner.row)))
                slot.winner = {b, r};
        }
    }
    // Walk the books again so that the result keeps book and row order.
    for (int b = 0; b < books.size(); ++b) {
        const QList<AccountStamp>& rows = books.at(b);
        for (int r = 0; r < rows.size(); ++r) {
            const Slot& slot = byId.value(rows.at(r).id);
            if (slot.winner.book != b || slot.winner.row != r)
                continue;
            const bool deleted = rows.at(r).deleted;
            if (slot.overlap >= 0) {
                merge.overlaps[slot.overlap].chosenBook = b;
                merge.overlaps[slot.overlap].deleted = deleted;
            }
            if (deleted)
                ++merge.tombstoned;
            else
                merge.accounts.append({b, r});
        }
    }
    return merge;
}

} // namespace csm
