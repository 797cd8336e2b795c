#include "storage/RecordCheck.h"

#include "BookPrivate.h"
#include "RecordRules.h"
#include "Tables.h"
#include "storage/Book.h"

namespace csm {
namespace {

// Reads every live row of T one at a time (a big book holds millions of touches) and checks it.
template <typename T> Status checkTable(Book& book, int limit, QList<RecordProblem>& problems)
{
    const QDate today = book.clock().today();
    const QString currency = book.settings().currency;
    const QString table = QString::fromLatin1(storage::Table<T>::name);
    storage::Stmt q(storage::BookAccess::d(book)->db,
                    storage::selectSql<T>() + " WHERE deleted = 0 ORDER BY rowid");
    while (problems.size() < limit && q.next()) {
        T record;
        storage::readRecord(q, record);
        storage::Table<T>::read(q, storage::kFirstFieldColumn, record);
        if (Status st = Validation::toStatus(storage::rulesFor(record, today, currency), table); !st)
            problems.append({table, record.id, st.error()});
    }
    return q.status();
}

} // namespace

Result<QList<RecordProblem>> findRecordsBreakingTheRules(Book& book, int limit)
{
    QList<RecordProblem> problems;
    for (const auto& check : {checkTable<Account>, checkTable<Contact>, checkTable<Touch>,
                              checkTable<Contract>, checkTable<ArrEvent>, checkTable<NpsResponse>}) {
        if (Status st = check(book, limit, problems); !st)
            return st.error();
    }
    return problems;
}

} // namespace csm
