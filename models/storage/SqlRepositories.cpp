#include "SqlRepositories.h"

#include "Search.h"

#include <unordered_map>

namespace csm {

using storage::Stmt;
using storage::trBook;

namespace {

auto bindId(const Id& id)
{
    return [id](Stmt& q) { q.bindText(1, id); };
}

} // namespace

// --- contacts --------------------------------------------------------------------------------------------
Result<QList<Contact>> SqlContactRepository::forAccount(const Id& accountId) const
{
    return storage::listRows<Contact>(db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY name, id",
                                      bindId(accountId));
}

// --- touches ---------------------------------------------------------------------------------------------
Result<QList<Touch>> SqlTouchRepository::forAccount(const Id& accountId) const
{
    auto rows = storage::listRows<Touch>(
        db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY occurred_on DESC, occurred_at DESC, id DESC",
        bindId(accountId));
    if (!rows)
        return rows;
    if (auto st = loadParticipants(rows.value()); !st)
        return st.error();
    return rows;
}

Status SqlTouchRepository::loadChildren(Touch& t) const
{
    Stmt q(db(),
           "SELECT contact_id FROM touch_participant WHERE touch_id = ?1 ORDER BY position, contact_id");
    q.bindText(1, t.id);
    t.participantIds.clear();
    while (q.next())
        t.participantIds.append(q.text(0));
    return q.status();
}

Status SqlTouchRepository::loadParticipants(QList<Touch>& touches) const
{
    if (touches.isEmpty())
        return {};
    // std::unordered_map: QHash trips GCC's -Wnull-dereference at -O3.
    std::unordered_map<Id, qsizetype> index;
    for (qsizetype i = 0; i < touches.size(); ++i)
        index.emplace(touches[i].id, i);
    Stmt q(db(), "SELECT p.touch_id, p.contact_id FROM touch_participant p JOIN touch t ON t.id = p.touch_id "
                 "WHERE t.account_id = ?1 ORDER BY p.touch_id, p.position, p.contact_id");
    q.bindText(1, touches.first().accountId);
    while (q.next()) {
        const auto it = index.find(q.text(0));
        if (it != index.end())
            touches[it->second].participantIds.append(q.text(1));
    }
    return q.status();
}

Status SqlTouchRepository::afterSave(const Touch& t, const Id& id, Transaction&)
{
    Stmt del(db(), "DELETE FROM touch_participant WHERE touch_id = ?1");
    del.bindText(1, id);
    if (auto st = del.run(); !st)
        return st;
    Stmt ins(db(),
             "INSERT OR IGNORE INTO touch_participant (touch_id, contact_id, position) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < t.participantIds.size(); ++i) {
        ins.reset();
        ins.bindText(1, id).bindText(2, t.participantIds[i]).bind(3, i);
        if (auto st = ins.run(); !st)
            return st;
    }
    return {};
}

Result<QList<OpenFollowUp>> SqlTouchRepository::openFollowUpsDueBy(QDate day) const
{
    Stmt q(db(), "SELECT t.id, t.account_id, a.name, t.follow_up_on, t.next_step, t.summary "
                 "FROM touch t JOIN account a ON a.id = t.account_id AND a.deleted = 0 "
                 "WHERE t.deleted = 0 AND t.follow_up_done = 0 AND t.follow_up_on IS NOT NULL "
                 "AND t.follow_up_on <= ?1 ORDER BY t.follow_up_on, a.name, t.id");
    q.bind(1, day);
    QList<OpenFollowUp> rows;
    while (q.next())
        rows.append(OpenFollowUp{q.text(0), q.text(1), q.text(2), q.date(3), q.text(4), q.text(5)});
    if (!q.status())
        return q.status().error();
    return rows;
}

Status SqlTouchRepository::updateFollowUp(const Id& touchId, const char* sql,
                                          const std::function<void(Stmt&)>& bind)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun();
    auto row = storage::getRow<Touch>(db(), touchId, false);
    if (!row)
        return row.error();
    Stmt u(db(), sql);
    u.bindText(1, now()).bindText(2, touchId);
    bind(u);
    if (auto st = u.run(); !st)
        return st;
    tx.record(ChangeSet::Entity::Touch, row->accountId);
    return tx.commit();
}

Status SqlTouchRepository::setFollowUpDone(const Id& touchId, bool done)
{
    return updateFollowUp(
        touchId, "UPDATE touch SET updated_at = ?1, follow_up_done = ?3 WHERE id = ?2 AND deleted = 0",
        [done](Stmt& q) { q.bind(3, done); });
}

Status SqlTouchRepository::snoozeFollowUp(const Id& touchId, QDate newDate)
{
    auto touch = storage::getRow<Touch>(db(), touchId, false);
    if (!touch)
        return touch.error();
    FieldErrors errors;
    if (const QString e = Validation::followUpError(newDate, touch->occurredOn, today()); !e.isEmpty())
        errors.insert(Validation::FollowUpOn, e);
    if (auto st = Validation::toStatus(errors, QStringLiteral("touch")); !st)
        return st;
    return updateFollowUp(touchId,
                          "UPDATE touch SET updated_at = ?1, follow_up_on = ?3, follow_up_done = 0 WHERE id "
                          "= ?2 AND deleted = 0",
                          [newDate](Stmt& q) { q.bind(3, newDate); });
}

Result<QList<Touch>> SqlTouchRepository::search(const QString& text, int limit,
                                                const CancelCheck& cancelled) const
{
    auto rows = storage::searchTouches(db(), text, limit, cancelled);
    if (!rows)
        return rows;
    for (auto& t : rows.value()) {
        if (auto st = loadChildren(t); !st)
            return st.error();
    }
    return rows;
}

Result<QList<Contact>> SqlContactRepository::search(const QString& text, int limit,
                                                    const CancelCheck& cancelled) const
{
    const storage::CancelScope scope(db(), cancelled);
    const QByteArray pattern = storage::likeContains(text).toUtf8();
    auto rows = storage::listRows<Contact>(
        db(),
        "WHERE deleted = 0 AND (name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\') "
        "AND account_id IN (SELECT id FROM account WHERE deleted = 0) ORDER BY name, id LIMIT ?2",
        [&](Stmt& q) { q.bindStaticUtf8(1, pattern).bind(2, limit > 0 ? limit : -1); });
    if (!rows)
        return scope.failure(rows.error());
    return rows;
}

// --- contracts, renewals, NPS ----------------------------------------------------------------------------
Result<QList<Contract>> SqlContractRepository::forAccount(const Id& accountId) const
{
    return storage::listRows<Contract>(
        db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY start_date, created_at, id", bindId(accountId));
}

Result<ContractSaved> SqlContractRepository::saveWithArr(const Contract& contract,
                                                         const std::optional<ArrEvent>& change)
{
    Transaction tx(m_book);
    if (!tx.begun())
        return tx.begun().error();
    Stmt history(db(), "SELECT EXISTS (SELECT 1 FROM arr_event WHERE account_id = ?1 AND deleted = 0)");
    history.bindText(1, contract.accountId);
    if (!history.next())
        return history.status().error();
    const bool hasHistory = history.boolean(0);
    history.reset();
    auto saved = save(contract);
    if (!saved)
        return saved.error();
    ContractSaved out{saved.value(), std::nullopt};
    std::optional<ArrEvent> event;
    if (!hasHistory && out.contract.arr > 0) {
        event = ArrEvent{};
        event->effectiveOn = out.contract.startDate;
        event->kind = ArrEventKind::New;
        event->arrAfter = out.contract.arr;
    } else if (hasHistory && change) {
        event = *change;
    }
    if (event) {
        event->accountId = out.contract.accountId;
        auto written = m_book.arrEvents().save(*event);
        if (!written)
            return written.error();
        out.arrEvent = written.value();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<QList<Renewal>> SqlRenewalRepository::forAccount(const Id& accountId) const
{
    return storage::listRows<Renewal>(db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY renewal_date, id",
                                      bindId(accountId));
}

Result<QList<NpsResponse>> SqlNpsRepository::forAccount(const Id& accountId) const
{
    return storage::listRows<NpsResponse>(
        db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY responded_on, id", bindId(accountId));
}

// --- ARR events ------------------------------------------------------------------------------------------
Result<QList<ArrEvent>> SqlArrEventRepository::forAccount(const Id& accountId) const
{
    return storage::listRows<ArrEvent>(
        db(), "WHERE account_id = ?1 AND deleted = 0 ORDER BY effective_on, created_at, id",
        bindId(accountId));
}

Status SqlArrEventRepository::afterWrite(const Id& account, const Id& previousAccount, Transaction& tx)
{
    // account.arr = ARR after the latest live event (ties on the date: the later written one).
    Stmt u(db(), "UPDATE account SET updated_at = ?1, arr = coalesce((SELECT e.arr_after FROM arr_event e "
                 "WHERE e.account_id = account.id AND e.deleted = 0 "
                 "ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1), 0) WHERE id = ?2");
    for (const Id& id : {account, previousAccount}) {
        if (id.isEmpty())
            continue;
        u.reset();
        u.bindText(1, now()).bindText(2, id);
        if (auto st = u.run(); !st)
            return st;
        tx.record(ChangeSet::Entity::Account, id);
    }
    return {};
}

// --- usage -----------------------------------------------------------------------------------------------
Result<QList<UsageMetric>> SqlUsageRepository::forAccount(const Id& accountId, const QString& metric,
                                                          QDate from, QDate to) const
{
    Stmt q(storage::BookAccess::d(m_book)->db,
           "SELECT date, value FROM usage_metric WHERE account_id = ?1 AND metric = ?2 "
           "AND date >= coalesce(?3, '0000-01-01') AND date <= coalesce(?4, '9999-12-31') "
           "ORDER BY date");
    q.bindText(1, accountId).bindText(2, metric).bind(3, from).bind(4, to);
    QList<UsageMetric> rows;
    while (q.next())
        rows.append(UsageMetric{{}, accountId, q.date(0), metric, q.real(1)});
    if (!q.status())
        return q.status().error();
    return rows;
}

} // namespace csm
