#pragma once

// Which automatic backups of a book to keep (issue 17 item 6): one a day, the newest 7 days, then one a week
// (the newest backup of each ISO week) for the 4 weeks before those. Plain dates in, plain dates out: the
// files are storage's (storage/Backups.h).

#include <QDate>
#include <QList>

namespace csm {

struct BackupPolicy
{
    int daily = 7;  // the newest days kept, one backup each
    int weekly = 4; // then the newest backup of each of this many ISO weeks
};

// The days among `days` (any order, repeats allowed) whose backups stay, newest first.
QList<QDate> backupDaysToKeep(QList<QDate> days, const BackupPolicy& policy = {});

} // namespace csm
