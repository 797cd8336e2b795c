#pragma once

// Live records that break the rules of domain/Validation (a date in 1901, 999,999,999,999 seats...): stored
// by an older build or another tool before the rules were enforced. Repositories refuse such records now;
// this finds those already in a book, for `csm-workbench check`. Reads only.

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace csm {

class Book;

struct RecordProblem
{
    QString table; // "touch"
    QString id;
    Error error; // message: what is wrong; where: the columns ("touch.occurred_on")
};

// Accounts, contacts, touches, contracts, ARR events and NPS responses, checked as repositories check them
// against the book clock's today; at most `limit` problems, by table then as stored.
Result<QList<RecordProblem>> findRecordsBreakingTheRules(Book& book, int limit = 100);

} // namespace csm
