#pragma once

// What the calendar export reads and keeps in a book (issue 14, schema 4): the open milestones it lists, and
// per exported item (a notice deadline, a renewal date, a follow-up, a milestone) a random UID kept for good
// and a sequence number raised whenever the item's event changes, so that importing a newer file updates the
// events instead of duplicating them.

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace csm {

class Book;

struct OpenMilestone
{
    Id milestoneId;
    Id accountId;
    QString accountName;
    QString title;
    QDate dueOn;
};
// Milestones not done or skipped of active roadmaps of live accounts, due on or before `dueBy`, by due date.
Result<QList<OpenMilestone>> readOpenMilestones(const Book& book, QDate dueBy);

struct CalendarStamp
{
    QString key;          // what the item is: "notice:<contract id>:<k>", "follow-up:<touch id>" ...
    QString fingerprint;  // its event as exported now (date and texts)
    QString uid;          // filled by stampCalendarItems
    int sequence = 0;     // filled by stampCalendarItems
    bool changed = false; // new, or changed since the last export
};
// Gives each item its stored UID (a new random one for an item never exported) and sequence (raised by one
// when the fingerprint differs from the last export), and stores them, in one transaction.
Status stampCalendarItems(Book& book, QList<CalendarStamp>& items);

} // namespace csm
