#include "storage/RenewalWrites.h"

#include "storage/Book.h"
#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "Sqlite.h"

#include "domain/Uuid.h"

namespace csm {

Result<ForecastChange> setRenewalForecast(Book& book, const Id& accountId, const Id& contractId,
                                          QDate renewalDate, RenewalForecast forecast)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun().error();
    ForecastChange change;
    storage::Stmt find(d->db, "SELECT id, forecast FROM renewal WHERE account_id = ?1 AND renewal_date = ?2 "
                              "AND deleted = 0 ORDER BY updated_at DESC, id DESC LIMIT 1");
    find.bind(1, accountId).bind(2, renewalDate);
    const QString now = d->nowText();
    if (find.next()) {
        change.renewalId = find.text(0);
        change.before = fromCode<RenewalForecast>(find.text(1));
        storage::Stmt update(d->db, "UPDATE renewal SET forecast = ?2, updated_at = ?3, "
                                    "contract_id = coalesce(contract_id, ?4) WHERE id = ?1");
        update.bind(1, change.renewalId).bind(2, toCode(forecast)).bind(3, now).bind(4, contractId);
        if (auto st = update.run(); !st)
            return st.error();
    } else {
        if (auto st = find.status(); !st)
            return st.error();
        change.renewalId = newUuidV7();
        change.created = true;
        storage::Stmt insert(d->db,
                             "INSERT INTO renewal (id, created_at, updated_at, account_id, contract_id, "
                             "renewal_date, forecast) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, change.renewalId).bind(2, now).bind(3, accountId).bind(4, contractId);
        insert.bind(5, renewalDate).bind(6, toCode(forecast));
        if (auto st = insert.run(); !st)
            return st.error();
    }
    tx.record(ChangeSet::Entity::Renewal, accountId);
    if (auto st = tx.commit(); !st)
        return st.error();
    return change;
}

Status setRenewalRowForecast(Book& book, const Id& renewalId, std::optional<RenewalForecast> forecast)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    storage::Stmt account(d->db, "SELECT account_id FROM renewal WHERE id = ?1");
    account.bind(1, renewalId);
    if (!account.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("csm::Book", "The renewal is no longer in the book."),
                     renewalId,
                     {}};
    const Id accountId = account.text(0);
    storage::Stmt update(d->db, forecast ? "UPDATE renewal SET forecast = ?2, deleted = 0, updated_at = ?3 "
                                           "WHERE id = ?1"
                                         : "UPDATE renewal SET deleted = 1, updated_at = ?3 WHERE id = ?1");
    update.bind(1, renewalId).bind(3, d->nowText());
    if (forecast)
        update.bind(2, toCode(*forecast));
    if (auto st = update.run(); !st)
        return st;
    tx.record(ChangeSet::Entity::Renewal, accountId);
    return tx.commit();
}

} // namespace csm
