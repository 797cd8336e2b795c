#pragma once

// The SQLite implementations of Repositories.h. Internal to the storage layer.

#include "BookPrivate.h"
#include "RecordRules.h"
#include "Tables.h"
#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace csm {

namespace storage {

// Generic row access over Table<T>.
template <typename T> Result<T> getRow(sqlite3* db, const Id& id, bool includeDeleted)
{
    QByteArray sql = selectSql<T>() + " WHERE id = ?1";
    if (!includeDeleted)
        sql += " AND deleted = 0";
    Stmt q(db, sql);
    q.bindText(1, id);
    if (!q.next()) {
        if (!q.status())
            return q.status().error();
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The record does not exist or was deleted.")), id,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "Reload the list; someone may have deleted it."))};
    }
    T r;
    readRecord(q, r);
    Table<T>::read(q, kFirstFieldColumn, r);
    return r;
}

// Rows matching a fixed WHERE/ORDER clause (literals only), with its parameters bound by `bindArgs`.
template <typename T, typename Binder>
Result<QList<T>> listRows(sqlite3* db, const QByteArray& whereAndOrder, Binder bindArgs)
{
    Stmt q(db, selectSql<T>() + " " + whereAndOrder);
    bindArgs(q);
    QList<T> rows;
    while (q.next()) {
        T r;
        readRecord(q, r);
        Table<T>::read(q, kFirstFieldColumn, r);
        rows.append(std::move(r));
    }
    if (!q.status())
        return q.status().error();
    return rows;
}

// Inserts (new or empty id) or updates a live row; returns its id. A tombstoned id is NotFound.
template <typename T> Result<Id> upsertRow(sqlite3* db, const T& r, const QString& now)
{
    if (!r.id.isEmpty()) {
        Stmt u(db, updateSql<T>());
        u.bindText(1, now);
        Table<T>::bind(u, 2, r);
        u.bindText(2 + int(Table<T>::columns.size()), r.id);
        if (auto st = u.run(); !st)
            return st.error();
        if (changes(db) > 0)
            return r.id;
        Stmt exists(db, QByteArray("SELECT deleted FROM ") + Table<T>::name + " WHERE id = ?1");
        exists.bindText(1, r.id);
        if (exists.next())
            return Error{Error::Code::NotFound,
                         trBook(QT_TRANSLATE_NOOP("csm::Book",
                                                  "The record was deleted; restore it before changing it.")),
                         r.id,
                         {}};
    }
    const Id id = r.id.isEmpty() ? newUuidV7() : r.id;
    Stmt ins(db, insertSql<T>());
    ins.bindText(1, id).bindText(2, now).bindText(3, now).bind(4, false);
    Table<T>::bind(ins, kFirstInsertField, r);
    if (auto st = ins.run(); !st)
        return st.error();
    return id;
}

template <typename T> Status setDeleted(sqlite3* db, const Id& id, bool deleted, const QString& now)
{
    Stmt u(db, QByteArray("UPDATE ") + Table<T>::name + " SET deleted = ?1, updated_at = ?2 WHERE id = ?3");
    u.bind(1, deleted).bindText(2, now).bindText(3, id);
    if (auto st = u.run(); !st)
        return st;
    if (changes(db) == 0)
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The record does not exist.")),
                     id,
                     {}};
    return {};
}

} // namespace storage

// Shared get/save/remove/restore over Table<T>, inside a Transaction, announcing what changed.
template <typename T, typename Iface> class SqlRepository : public Iface
{
public:
    explicit SqlRepository(Book& book) : m_book(book) {}

    Result<T> get(const Id& id) const override
    {
        auto r = storage::getRow<T>(db(), id, false);
        if (!r)
            return r;
        if (auto st = loadChildren(r.value()); !st)
            return st.error();
        return r;
    }

    Result<T> save(const T& record) override
    {
        Transaction tx(m_book);
        if (!tx.begun())
            return tx.begun().error();
        // The ranges of domain/Validation, the same the editors enforce: a record outside them is refused
        // with its fields named, never clamped (and a caller's transaction cannot commit around it).
        if (auto st = Validation::toStatus(storage::rulesFor(record, today(), currency()),
                                           QString::fromLatin1(storage::Table<T>::name));
            !st)
            return st.error();
        Id previousAccount;
        if (!record.id.isEmpty()) {
            if (auto old = storage::getRow<T>(db(), record.id, true))
                previousAccount = storage::Table<T>::accountOf(old.value());
        }
        auto id = storage::upsertRow<T>(db(), record, now());
        if (!id)
            return id.error();
        if (auto st = afterSave(record, id.value(), tx); !st)
            return st.error();
        auto stored = get(id.value());
        if (!stored)
            return stored.error();
        const Id account = storage::Table<T>::accountOf(stored.value());
        tx.record(storage::Table<T>::entity, account);
        // A record moved to another account changes the one it left too (its health: HealthRefresh.h).
        if (!previousAccount.isEmpty() && previousAccount != account)
            tx.record(storage::Table<T>::entity, previousAccount);
        if (auto st = afterWrite(account, previousAccount, tx); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        return stored;
    }

    Status remove(const Id& id) override { return setTombstone(id, true); }
    Status restore(const Id& id) override { return setTombstone(id, false); }

protected:
    sqlite3* db() const { return storage::BookAccess::d(m_book)->db; }
    QString now() const { return storage::BookAccess::d(m_book)->nowText(); }

    QDate today() const { return m_book.clock().today(); }
    QString currency() const { return storage::BookAccess::d(m_book)->settings.currency; }

    virtual Status loadChildren(T&) const { return {}; }
    virtual Status afterSave(const T&, const Id&, Transaction&) { return {}; }
    // After any write to a record of `account` (previously of `previousAccount`, when it moved).
    virtual Status afterWrite(const Id& /*account*/, const Id& /*previousAccount*/, Transaction&)
    {
        return {};
    }

    Status setTombstone(const Id& id, bool deleted)
    {
        Transaction tx(m_book);
        if (!tx.begun())
            return tx.begun();
        auto row = storage::getRow<T>(db(), id, true);
        if (!row)
            return row.error();
        if (row->deleted == deleted)
            return tx.commit();
        if (auto st = storage::setDeleted<T>(db(), id, deleted, now()); !st)
            return st;
        const Id account = storage::Table<T>::accountOf(row.value());
        tx.record(storage::Table<T>::entity, account);
        if (auto st = afterWrite(account, {}, tx); !st)
            return st;
        return tx.commit();
    }

    Book& m_book;
};

class SqlAccountRepository final : public SqlRepository<Account, AccountRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Account>> list() const override;
    Result<QList<AccountSummary>> summaries(QDate asOf) const override;
    Result<QList<AccountSummary>> summaries(QDate asOf, Book& second) const override;
    Result<QList<AccountSummary>> summaries(const QList<Id>& ids, QDate asOf) const override;
    Result<std::optional<Id>> findByExternalId(const QString& externalId) const override;
    Result<qint64> count() const override;

private:
    Result<QList<AccountSummary>> querySummaries(const QList<Id>* ids, QDate asOf, Book* second) const;
};

class SqlContactRepository final : public SqlRepository<Contact, ContactRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Contact>> forAccount(const Id& accountId) const override;
    using ContactRepository::search;
    Result<QList<Contact>> search(const QString& text, int limit,
                                  const CancelCheck& cancelled) const override;
};

class SqlTouchRepository final : public SqlRepository<Touch, TouchRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Touch>> forAccount(const Id& accountId) const override;
    Result<QList<OpenFollowUp>> openFollowUpsDueBy(QDate day) const override;
    Status setFollowUpDone(const Id& touchId, bool done) override;
    Status snoozeFollowUp(const Id& touchId, QDate newDate) override;
    using TouchRepository::search;
    Result<QList<Touch>> search(const QString& text, int limit, const CancelCheck& cancelled) const override;

protected:
    Status loadChildren(Touch& t) const override;
    Status afterSave(const Touch& t, const Id& id, Transaction& tx) override;

private:
    Status loadParticipants(QList<Touch>& touches) const;
    Status updateFollowUp(const Id& touchId, const char* sql,
                          const std::function<void(storage::Stmt&)>& bind);
};

class SqlContractRepository final : public SqlRepository<Contract, ContractRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Contract>> forAccount(const Id& accountId) const override;
    Result<ContractSaved> saveWithArr(const Contract& contract,
                                      const std::optional<ArrEvent>& change) override;
};

class SqlArrEventRepository final : public SqlRepository<ArrEvent, ArrEventRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<ArrEvent>> forAccount(const Id& accountId) const override;

protected:
    Status afterWrite(const Id& account, const Id& previousAccount, Transaction& tx) override;
};

class SqlRenewalRepository final : public SqlRepository<Renewal, RenewalRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Renewal>> forAccount(const Id& accountId) const override;
};

// SqlRoadmapRepository.cpp
class SqlRoadmapRepository final : public SqlRepository<Roadmap, RoadmapRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<Roadmap>> forAccount(const Id& accountId) const override;
    Result<QList<Roadmap>> list(bool activeOnly) const override;
    Result<QList<Roadmap>> withOpenMilestonesDueBefore(QDate day) const override;
    Result<QList<RoadmapTemplate>> templates() const override;
    Result<RoadmapTemplate> getTemplate(const Id& id) const override;
    Result<RoadmapTemplate> saveTemplate(const RoadmapTemplate& t) override;
    Status removeTemplate(const Id& id) override;
    Status restoreTemplate(const Id& id) override;
    Result<QList<RoadmapTemplate>> addDefaultTemplates(TemplateLanguage language) override;

protected:
    Status loadChildren(Roadmap& r) const override;
    Status afterSave(const Roadmap& r, const Id& id, Transaction& tx) override;

private:
    Result<RoadmapTemplate> writeTemplate(const RoadmapTemplate& t);
    Status loadTemplateMilestones(QList<RoadmapTemplate>& templates) const;
    Status setTemplateTombstone(const Id& id, bool deleted);
};

// SqlRoadmapRepository.cpp
class SqlCompanyHolidayRepository final : public CompanyHolidayRepository
{
public:
    explicit SqlCompanyHolidayRepository(Book& book) : m_book(book) {}
    Result<QList<CompanyHolidayRecord>> list() const override;
    Result<QList<CompanyHolidayRecord>> add(const QList<HolidayEntry>& entries) override;
    Status remove(const QList<Id>& ids) override;
    Status restore(const QList<Id>& ids) override;

private:
    Status setTombstones(const QList<Id>& ids, bool deleted);
    sqlite3* db() const { return storage::BookAccess::d(m_book)->db; }
    Book& m_book;
};

class SqlUsageRepository final : public UsageRepository
{
public:
    explicit SqlUsageRepository(Book& book) : m_book(book) {}
    Result<QList<UsageMetric>> forAccount(const Id& accountId, const QString& metric, QDate from,
                                          QDate to) const override;

private:
    Book& m_book;
};

class SqlNpsRepository final : public SqlRepository<NpsResponse, NpsRepository>
{
public:
    using SqlRepository::SqlRepository;
    Result<QList<NpsResponse>> forAccount(const Id& accountId) const override;
};

} // namespace csm
