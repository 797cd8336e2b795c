#include "storage/RenewalWrites.h"

#include "storage/Book.h"
#include "storage/Repositories.h"
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

namespace {

Error outcomeRefused(const QString& field, const QString& message)
{
    return Error{Error::Code::InvalidValue, message, field, {}};
}

} // namespace

Result<RenewalOutcomeState> readOutcomeState(const Book& book, const Id& accountId, QDate renewalDate)
{
    auto* d = storage::BookAccess::d(book);
    storage::Stmt q(d->db,
                    "SELECT id, deleted, forecast, outcome, decided_on, note, arr_event_id FROM renewal "
                    "WHERE account_id = ?1 AND renewal_date = ?2 ORDER BY deleted, updated_at DESC, id DESC "
                    "LIMIT 1");
    q.bind(1, accountId).bind(2, renewalDate);
    RenewalOutcomeState state;
    if (!q.next()) {
        if (auto st = q.status(); !st)
            return st.error();
        return state;
    }
    state.renewalId = q.text(0);
    state.live = !q.boolean(1);
    state.forecast = fromCode<RenewalForecast>(q.text(2)).value_or(RenewalForecast::Likely);
    state.outcome = fromCode<RenewalOutcome>(q.text(3)).value_or(RenewalOutcome::Pending);
    if (!q.isNull(4))
        state.decidedOn = q.date(4);
    state.note = q.text(5);
    if (!q.isNull(6)) {
        if (auto event = const_cast<Book&>(book).arrEvents().get(q.text(6)))
            state.event = event.value(); // a tombstoned event is no event
    }
    return state;
}

Result<MinorUnits> readArrBeforeOutcome(const Book& book, const Id& accountId, QDate day,
                                        const Id& excludedEvent)
{
    storage::Stmt arr(storage::BookAccess::d(book)->db,
                      "SELECT coalesce((SELECT e.arr_after FROM arr_event e WHERE e.account_id = ?1 AND "
                      "e.deleted = 0 AND e.effective_on < ?2 AND e.id IS NOT ?3 ORDER BY e.effective_on "
                      "DESC, e.created_at DESC, e.id DESC LIMIT 1), CASE WHEN EXISTS (SELECT 1 FROM "
                      "arr_event x WHERE x.account_id = ?1 AND x.deleted = 0 AND x.id IS NOT ?3) THEN 0 "
                      "ELSE (SELECT a.arr FROM account a WHERE a.id = ?1) END)");
    arr.bind(1, accountId).bind(2, day).bind(3, excludedEvent.isEmpty() ? QString() : excludedEvent);
    if (!arr.next())
        return arr.status().error();
    return arr.int64(0);
}

Result<OutcomeChange> recordRenewalOutcome(Book& book, const OutcomeInput& input, QDate decidedOn)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun().error();
    auto before = readOutcomeState(book, input.accountId, input.renewalDate);
    if (!before)
        return before.error();

    storage::Stmt contract(d->db, "SELECT start_date FROM contract WHERE id = ?1 AND account_id = ?2 AND "
                                  "deleted = 0");
    contract.bind(1, input.contractId).bind(2, input.accountId);
    if (!contract.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("csm::Book",
                                                 "The contract of this renewal is no longer in the "
                                                 "book."),
                     input.contractId,
                     {}};
    const QDate start = contract.date(0);
    auto arr = readArrBeforeOutcome(book, input.accountId, input.effectiveOn,
                                    before->event ? before->event->id : Id());
    if (!arr)
        return arr.error();
    const MinorUnits arrBefore = arr.value();
    const FieldErrors errors = RenewalOutcomes::validate(input, start, arrBefore);
    if (!errors.isEmpty())
        return outcomeRefused(errors.firstKey(), errors.first());

    OutcomeChange change;
    change.before = before.value();
    RenewalOutcomeState after = before.value();
    const QString now = d->nowText();
    if (after.renewalId.isEmpty() || !after.live) {
        // A new row: the renewal had none (or only a tombstone, which stays one).
        after.renewalId = newUuidV7();
        after.forecast = RenewalForecast::Likely;
        after.event.reset();
        storage::Stmt insert(d->db,
                             "INSERT INTO renewal (id, created_at, updated_at, account_id, contract_id, "
                             "renewal_date) VALUES (?1, ?2, ?2, ?3, ?4, ?5)");
        insert.bind(1, after.renewalId).bind(2, now).bind(3, input.accountId).bind(4, input.contractId);
        insert.bind(5, input.renewalDate);
        if (auto st = insert.run(); !st)
            return st.error();
    }
    after.live = true;
    after.outcome = input.outcome;
    after.decidedOn = decidedOn;
    after.note = input.note;

    if (const auto kind = RenewalOutcomes::eventKind(input.outcome)) {
        ArrEvent e = after.event.value_or(ArrEvent{});
        e.accountId = input.accountId;
        e.effectiveOn = input.effectiveOn;
        e.kind = *kind;
        e.arrAfter = input.newArr;
        auto saved = book.arrEvents().save(e);
        if (!saved)
            return saved.error();
        after.event = saved.value();
    } else if (after.event) {
        if (auto st = book.arrEvents().remove(after.event->id); !st)
            return st.error();
        after.event.reset();
    }
    storage::Stmt update(d->db,
                         "UPDATE renewal SET outcome = ?2, decided_on = ?3, note = ?4, arr_event_id = ?5, "
                         "contract_id = coalesce(contract_id, ?6), updated_at = ?7 WHERE id = ?1");
    update.bind(1, after.renewalId).bind(2, toCode(after.outcome)).bind(3, decidedOn).bindText(4, after.note);
    update.bind(5, after.event ? after.event->id : QString()).bind(6, input.contractId).bind(7, now);
    if (auto st = update.run(); !st)
        return st.error();
    tx.record(ChangeSet::Entity::Renewal, input.accountId);
    if (auto st = tx.commit(); !st)
        return st.error();
    change.after = after;
    return change;
}

Status restoreOutcomeState(Book& book, const Id& accountId, QDate, const RenewalOutcomeState& target,
                           const RenewalOutcomeState& other)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    if (other.event && (!target.event || target.event->id != other.event->id)) {
        if (auto st = book.arrEvents().remove(other.event->id); !st)
            return st;
    }
    if (target.event) {
        if (!book.arrEvents().get(target.event->id))
            if (auto st = book.arrEvents().restore(target.event->id); !st)
                return st;
        if (auto saved = book.arrEvents().save(*target.event); !saved)
            return saved.error();
    }
    const QString now = d->nowText();
    if (!other.renewalId.isEmpty() && other.renewalId != target.renewalId) {
        storage::Stmt drop(d->db, "UPDATE renewal SET deleted = 1, updated_at = ?2 WHERE id = ?1");
        drop.bind(1, other.renewalId).bind(2, now);
        if (auto st = drop.run(); !st)
            return st;
    }
    if (!target.renewalId.isEmpty()) {
        storage::Stmt put(d->db,
                          "UPDATE renewal SET deleted = ?2, forecast = ?3, outcome = ?4, decided_on = ?5, "
                          "note = ?6, arr_event_id = ?7, updated_at = ?8 WHERE id = ?1");
        put.bind(1, target.renewalId).bind(2, !target.live).bind(3, toCode(target.forecast));
        put.bind(4, toCode(target.outcome)).bind(5, target.decidedOn).bindText(6, target.note);
        put.bind(7, target.event ? target.event->id : QString()).bind(8, now);
        if (auto st = put.run(); !st)
            return st;
    }
    tx.record(ChangeSet::Entity::Renewal, accountId);
    return tx.commit();
}

} // namespace csm
