#include "storage/ImportWriter.h"

#include "BookPrivate.h"
#include "HealthInputsKept.h"
#include "ImportBulkLoad.h"
#include "ListFacts.h"
#include "Search.h"
#include "SqlRepositories.h"
#include "Sqlite.h"
#include "TableRows.h"
#include "Tables.h"
#include "domain/HealthEngine.h"
#include "domain/Uuid.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <optional>
#include <type_traits>

namespace csm {

using storage::Stmt;
using storage::Table;
using storage::TableAccess;
using storage::trBook;

namespace {

// The UPDATE of a record that changes the row only when a value differs: SET updated_at = ?1 and every
// column, WHERE id AND live AND some column IS NOT its new value. changes() then tells updated from
// unchanged in one statement.
template <typename T> QByteArray diffUpdateSql()
{
    QByteArray set = "updated_at = ?1";
    QByteArray differs;
    int p = 2;
    for (const auto& c : Table<T>::columns) {
        QByteArray expr = c.updateExpr;
        expr.replace("?", "?" + QByteArray::number(p++));
        set += QByteArray(", ") + c.name + " = " + expr;
        differs += (differs.isEmpty() ? "" : " OR ") + QByteArray(c.name) + " IS NOT " + expr;
    }
    return QByteArray("UPDATE ") + Table<T>::name + " SET " + set + " WHERE id = ?" + QByteArray::number(p) +
           " AND deleted = 0 AND (" + differs + ")";
}

Error rowError(const QString& message, const QString& hint = {})
{
    return Error{Error::Code::InvalidValue, message, {}, hint};
}

} // namespace

class ImportWriter::Private
{
public:
    Private(Book& b) : book(b), db(storage::BookAccess::d(b)->db) {}

    Stmt& statement(const QByteArray& sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end())
            it = statements.insert(sql, std::make_shared<Stmt>(db, sql));
        else
            it.value()->reset();
        return *it.value();
    }

    Result<TableAccess*> access(const QString& table)
    {
        if (auto it = tables.find(table); it != tables.end())
            return it.value().get();
        auto opened = TableAccess::open(db, table);
        if (!opened)
            return opened.error();
        TableAccess* raw = opened.value().get();
        tables.insert(table, std::shared_ptr<TableAccess>(std::move(opened.value())));
        return raw;
    }

    // Records what the import did to a row: `before` empty when it added the row.
    Status log(const QString& table, const QList<SqlValue>& key, qint64 line, const QByteArray& before,
               const QByteArray& afterUpdatedAt)
    {
        Stmt& q = statement("INSERT INTO import_change (batch_id, table_name, row_key, line, before, "
                            "after_updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        const QByteArray encodedKey = storage::encodeKey(key);
        q.bind(1, batchId).bindText(2, table).bindUtf8View(3, encodedKey);
        if (line > 0)
            q.bind(4, line);
        else
            q.bindNull(4);
        if (before.isNull())
            q.bindNull(5);
        else
            q.bindUtf8View(5, before);
        if (afterUpdatedAt.isEmpty())
            q.bindNull(6);
        else
            q.bindUtf8View(6, afterUpdatedAt);
        return q.run();
    }

    // A table the import filled from empty (a bulk load): one entry instead of one per row, row_key "*", with
    // how many rows it added (in `line`) and the latest updated_at among them; undo empties the table again.
    Status logWholeTable(const QString& table, qint64 rows, const QByteArray& latestUpdatedAt)
    {
        Stmt& q = statement("INSERT INTO import_change (batch_id, table_name, row_key, line, before, "
                            "after_updated_at) VALUES (?1, ?2, '*', ?3, NULL, ?4)");
        q.bind(1, batchId).bindText(2, table).bind(3, rows);
        if (latestUpdatedAt.isEmpty())
            q.bindNull(4);
        else
            q.bindUtf8View(4, latestUpdatedAt);
        return q.run();
    }

    // The account row as it was before the import first changed something derived on it (its ARR): logged
    // once, so that undo puts it back.
    Status logAccountOnce(const Id& accountId)
    {
        if (loggedAccounts.contains(accountId))
            return {};
        loggedAccounts.insert(accountId);
        auto account = access(QStringLiteral("account"));
        if (!account)
            return account.error();
        const QList<SqlValue> key{SqlValue::fromText(accountId.toUtf8())};
        auto found = (*account)->read(key);
        if (!found)
            return found.error();
        if (!*found)
            return {};
        return log(QStringLiteral("account"), key, 0, (*found)->row, (*found)->updatedAt);
    }

    // Row by row triggers of the list's facts and the touch search index are dropped while touches and
    // contracts are added (as the bulk writer does) and caught up in finish().
    Status suspendTriggers(bool touches)
    {
        if (touches) {
            if (auto st = touchIndex.suspend(db); !st)
                return st;
        }
        return listFacts.suspend(db);
    }

    Book& book;
    sqlite3* db;
    std::optional<storage::BulkPageCache> cache; // set after the transaction began, restored by ~ImportWriter
    std::unique_ptr<storage::ForeignKeyLedger> ledger; // when the connection does not check references
    std::unique_ptr<Transaction> tx;
    Status begun;
    qint64 batchId = 0;
    QByteArray now;
    QHash<QByteArray, std::shared_ptr<Stmt>> statements;
    QHash<QString, std::shared_ptr<TableAccess>> tables;
    storage::ListFactsSuspension listFacts;
    storage::TouchIndexSuspension touchIndex;
    QSet<Id> arrAccounts;    // accounts whose ARR events changed: their ARR follows the latest at finish()
    QSet<Id> loggedAccounts; // account rows logged as changed or added
    bool seenTable = false;
    bool settingsChanged = false;
    ImportWriter::HealthReach reach;

    // A change the health engine reads (HealthStore: accounts, ARR events, usage, touches, NPS) on the days
    // `from` through `through`; an invalid `from`: every day, an invalid `through`: every day after `from`.
    void reachHealth(QDate from, QDate through = QDate())
    {
        if (!reach.changed) {
            reach = {true, from, through};
            return;
        }
        reach.from = from.isValid() && reach.from.isValid() ? std::min(reach.from, from) : QDate();
        reach.through =
            through.isValid() && reach.through.isValid() ? std::max(reach.through, through) : QDate();
    }
    // A usage value: only the engine's metric counts, and only in its windows.
    void reachHealthByUsage(const QString& metric, QDate date)
    {
        if (metric == QLatin1String(kHealthUsageMetric))
            reachHealth(date, date.addDays(kHealthUsageWindowsDays - 1));
    }
};

namespace {

// The day from which a row of this kind bears on health (an invalid day: every day), or nullopt when the
// health engine does not read its table. An update may have moved the row's day: every day then.
template <typename T> std::optional<QDate> healthDayOf(const T& r, bool added)
{
    if constexpr (std::is_same_v<T, Touch>)
        return added ? r.occurredOn : QDate();
    else if constexpr (std::is_same_v<T, NpsResponse>)
        return added ? r.respondedOn : QDate();
    else if constexpr (std::is_same_v<T, ArrEvent>)
        return added ? r.effectiveOn : QDate();
    else if constexpr (std::is_same_v<T, Account>)
        return QDate(); // seats, touch model override, stage: read for every day
    else
        return std::nullopt; // contacts, contracts: not read by the engine
}

} // namespace

ImportWriter::ImportWriter(Book& book, const ImportBatch& batch)
    : d(std::make_unique<Private>(book)), m_book(book)
{
    d->now = storage::BookAccess::d(book)->nowText().toUtf8();
    d->tx = std::make_unique<Transaction>(book);
    d->begun = d->tx->begun();
    if (!d->begun)
        return;
    // A larger page cache for the import; the temporary table of keys seen in a file on disk, so that memory
    // stays flat whatever the file's size. A book's export has no such table (its rows are matched by
    // primary key): temporary data in memory then, so that the statement journals of its bulk loads' inserts
    // (a few pages each) are not written to a file.
    d->cache.emplace(d->db);
    (void)storage::exec(d->db, batch.type == QLatin1String("book") ? "PRAGMA temp_store = MEMORY"
                                                                   : "PRAGMA temp_store = FILE");
    // Only the last import can be undone: what earlier ones did is forgotten now (and kept if this one is
    // rolled back).
    if (auto st = storage::exec(d->db, "DELETE FROM import_change"); !st) {
        d->begun = st;
        return;
    }
    Stmt q(d->db, "INSERT INTO import_batch (imported_at, file, type, encoding) VALUES (?1, ?2, ?3, ?4)");
    q.bindStaticUtf8(1, d->now).bindText(2, batch.file).bindText(3, batch.type).bindText(4, batch.encoding);
    if (auto st = q.run(); !st) {
        d->begun = st;
        return;
    }
    d->batchId = sqlite3_last_insert_rowid(d->db);
    // A book being built does not have SQLite check references: the loads check them (ForeignKeyLedger.h).
    auto ledger = storage::ForeignKeyLedger::forConnection(d->db);
    if (!ledger) {
        d->begun = ledger.error();
        return;
    }
    d->ledger = std::move(*ledger);
}

void keepImportTemporariesInMemory(Book& book)
{
    (void)storage::exec(storage::BookAccess::d(book)->db, "PRAGMA temp_store = MEMORY");
}

ImportWriter::~ImportWriter()
{
    cancel();
    // The connection's own page cache and temporary storage again, whether the import committed or not
    // (kept until here for the health back-fill after finish()).
    if (d) {
        d->cache.reset();
        (void)storage::exec(d->db, "PRAGMA temp_store = DEFAULT");
    }
}

Status ImportWriter::begun() const
{
    return d->begun;
}

qint64 ImportWriter::batchId() const
{
    return d->batchId;
}

QDate ImportWriter::today() const
{
    return storage::BookAccess::d(m_book)->clock->today();
}

Result<QList<AccountKey>> ImportWriter::liveAccounts() const
{
    Stmt q(d->db, "SELECT id, name, external_id, corporate_number FROM account WHERE deleted = 0");
    QList<AccountKey> out;
    while (q.next())
        out.append(AccountKey{q.text(0), q.text(1), q.text(2), q.text(3)});
    if (!q.status())
        return q.status().error();
    return out;
}

template <typename T> Result<std::optional<T>> ImportWriter::byId(const Id& id) const
{
    Result<T> r = storage::getRow<T>(d->db, id, false);
    if (r)
        return std::optional<T>(*r);
    if (r.error().code == Error::Code::NotFound)
        return std::optional<T>();
    return r.error();
}

template <typename T> Result<std::optional<T>> ImportWriter::byExternalId(const QString& externalId) const
{
    Result<QList<T>> rows = storage::listRows<T>(d->db, "WHERE external_id = ?1 AND deleted = 0",
                                                 [&](Stmt& q) { q.bindText(1, externalId.trimmed()); });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows->first());
}

Result<QList<Contact>> ImportWriter::contactsLike(const Id& account, const QString& email,
                                                  const QString& name) const
{
    // The same person: the same email address (case aside), or without one the same name.
    if (!email.trimmed().isEmpty())
        return storage::listRows<Contact>(
            d->db, "WHERE account_id = ?1 AND deleted = 0 AND lower(trim(email)) = lower(?2) ORDER BY rowid",
            [&](Stmt& q) { q.bindText(1, account).bindText(2, email.trimmed()); });
    return storage::listRows<Contact>(
        d->db,
        "WHERE account_id = ?1 AND deleted = 0 AND trim(email) = '' AND trim(name) = ?2 ORDER BY rowid",
        [&](Stmt& q) { q.bindText(1, account).bindText(2, name.trimmed()); });
}

Result<QList<Contract>> ImportWriter::contractsStarting(const Id& account, QDate start) const
{
    return storage::listRows<Contract>(
        d->db, "WHERE account_id = ?1 AND start_date = ?2 AND deleted = 0 ORDER BY rowid",
        [&](Stmt& q) { q.bindText(1, account).bind(2, start); });
}

Result<QList<ArrEvent>> ImportWriter::arrEventsOn(const Id& account, QDate day) const
{
    return storage::listRows<ArrEvent>(
        d->db, "WHERE account_id = ?1 AND effective_on = ?2 AND deleted = 0 ORDER BY rowid",
        [&](Stmt& q) { q.bindText(1, account).bind(2, day); });
}

Result<QList<Touch>> ImportWriter::touchesLike(const Id& account, QDate day, TouchKind kind,
                                               const QString& summary) const
{
    return storage::listRows<Touch>(
        d->db,
        "WHERE account_id = ?1 AND occurred_on = ?2 AND kind = ?3 AND summary = ?4 "
        "AND deleted = 0 ORDER BY rowid",
        [&](Stmt& q) {
            q.bindText(1, account).bind(2, day).bindText(3, toCode(kind));
            q.bindText(4, summary);
        });
}

Result<QList<NpsResponse>> ImportWriter::npsLike(const Id& account, QDate day,
                                                 const QString& respondent) const
{
    return storage::listRows<NpsResponse>(
        d->db,
        "WHERE account_id = ?1 AND responded_on = ?2 AND respondent = ?3 AND deleted = 0 ORDER BY rowid",
        [&](Stmt& q) { q.bindText(1, account).bind(2, day).bindText(3, respondent); });
}

Result<std::optional<QString>> ImportWriter::companyHoliday(QDate date) const
{
    Stmt q(d->db, "SELECT name FROM company_holiday WHERE date = ?1 AND deleted = 0");
    q.bind(1, date);
    if (q.next())
        return std::optional<QString>(q.text(0));
    if (!q.status())
        return q.status().error();
    return std::optional<QString>();
}

Result<std::optional<qint64>> ImportWriter::earlierLine(const QByteArray& key, qint64 line)
{
    if (!d->seenTable) {
        if (auto st =
                storage::exec(d->db, "CREATE TEMP TABLE import_seen (key BLOB PRIMARY KEY, line INTEGER "
                                     "NOT NULL) WITHOUT ROWID");
            !st)
            return st.error();
        d->seenTable = true;
    }
    Stmt& put =
        d->statement("INSERT INTO temp.import_seen (key, line) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    put.bindUtf8View(1, key).bind(2, line);
    if (auto st = put.run(); !st)
        return st.error();
    if (storage::changes(d->db) > 0)
        return std::optional<qint64>();
    Stmt& get = d->statement("SELECT line FROM temp.import_seen WHERE key = ?1");
    get.bindUtf8View(1, key);
    if (!get.next())
        return get.status().ok() ? Result<std::optional<qint64>>(std::optional<qint64>())
                                 : Result<std::optional<qint64>>(get.status().error());
    return std::optional<qint64>(get.int64(0));
}

template <typename T> Result<RowOutcome> ImportWriter::write(const T& r, qint64 line)
{
    if (!d->begun)
        return d->begun.error();
    if constexpr (std::is_same_v<T, Touch> || std::is_same_v<T, Contract>) {
        if (auto st = d->suspendTriggers(std::is_same_v<T, Touch>); !st)
            return st.error();
    }
    const QString table = QString::fromLatin1(Table<T>::name);
    if (!r.id.isEmpty()) {
        auto access = d->access(table);
        if (!access)
            return access.error();
        const QList<SqlValue> key{SqlValue::fromText(r.id.toUtf8())};
        auto found = (*access)->read(key);
        if (!found)
            return found.error();
        if (*found) {
            Stmt& u = d->statement(diffUpdateSql<T>());
            u.bindStaticUtf8(1, d->now);
            Table<T>::bind(u, 2, r);
            u.bindText(2 + int(Table<T>::columns.size()), r.id);
            if (auto st = u.run(); !st)
                return st.error();
            if (storage::changes(d->db) == 0) {
                Stmt deleted(d->db, QByteArray("SELECT deleted FROM ") + Table<T>::name + " WHERE id = ?1");
                deleted.bindText(1, r.id);
                if (deleted.next() && deleted.boolean(0))
                    return rowError(
                        trBook(QT_TRANSLATE_NOOP("csm::Book", "The record %1 was deleted in this "
                                                              "book."))
                            .arg(r.id),
                        trBook(QT_TRANSLATE_NOOP("csm::Book", "Restore it first, or leave out its id "
                                                              "to add it again.")));
                return RowOutcome::Unchanged;
            }
            if (auto st = d->log(table, key, line, (*found)->row, d->now); !st)
                return st.error();
            if constexpr (std::is_same_v<T, Account>)
                d->loggedAccounts.insert(r.id);
            if constexpr (std::is_same_v<T, ArrEvent>)
                d->arrAccounts.insert(r.accountId);
            if (const std::optional<QDate> day = healthDayOf(r, false))
                d->reachHealth(*day);
            return RowOutcome::Updated;
        }
    }
    const Id id = r.id.isEmpty() ? newUuidV7() : r.id;
    Stmt& q = d->statement(storage::insertSql<T>());
    q.bindText(1, id);
    if (r.createdAt.isValid())
        q.bind(2, r.createdAt);
    else
        q.bindStaticUtf8(2, d->now);
    QByteArray updatedAt = d->now;
    if (r.updatedAt.isValid())
        updatedAt = storage::isoTimestamp(r.updatedAt).toUtf8();
    q.bindUtf8View(3, updatedAt);
    q.bind(4, r.deleted);
    Table<T>::bind(q, storage::kFirstInsertField, r);
    if (auto st = q.run(); !st)
        return st.error();
    if (auto st = d->log(table, {SqlValue::fromText(id.toUtf8())}, line, {}, updatedAt); !st)
        return st.error();
    if constexpr (std::is_same_v<T, Account>)
        d->loggedAccounts.insert(id);
    if constexpr (std::is_same_v<T, ArrEvent>)
        d->arrAccounts.insert(r.accountId);
    if (const std::optional<QDate> day = healthDayOf(r, true))
        d->reachHealth(*day);
    return RowOutcome::Added;
}

ImportWriter::HealthReach ImportWriter::healthReach() const
{
    return d->reach;
}

Status ImportWriter::addParticipants(const Id& touchId, const QList<Id>& contactIds)
{
    for (qsizetype i = 0; i < contactIds.size(); ++i) {
        Stmt& q = d->statement("INSERT OR IGNORE INTO touch_participant (touch_id, contact_id, position) "
                               "VALUES (?1, ?2, ?3)");
        q.bindText(1, touchId).bindText(2, contactIds[i]).bind(3, int(i));
        if (auto st = q.run(); !st)
            return st;
    }
    return {};
}

Result<RowOutcome> ImportWriter::writeUsage(const Id& accountId, const QString& metric, QDate date,
                                            double value, qint64 line)
{
    if (!d->begun)
        return d->begun.error();
    // A new value: one statement, marked with this import (undo deletes what it still marks).
    Stmt& insert = d->statement("INSERT INTO usage_metric (account_id, metric, date, value, import_batch) "
                                "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING");
    const QByteArray account = accountId.toUtf8();
    const QByteArray metricUtf8 = metric.toUtf8();
    insert.bindUtf8View(1, account)
        .bindUtf8View(2, metricUtf8)
        .bind(3, date)
        .bind(4, value)
        .bind(5, d->batchId);
    if (auto st = insert.run(); !st)
        return st.error();
    if (storage::changes(d->db) > 0) {
        d->reachHealthByUsage(metric, date);
        return RowOutcome::Added;
    }

    Stmt& existing = d->statement(
        "SELECT value, import_batch FROM usage_metric WHERE account_id = ?1 AND metric = ?2 AND date = ?3");
    existing.bindUtf8View(1, account).bindUtf8View(2, metricUtf8).bind(3, date);
    if (!existing.next())
        return existing.status().ok() ? Result<RowOutcome>(rowError(QStringLiteral("usage row vanished")))
                                      : Result<RowOutcome>(existing.status().error());
    const double before = existing.real(0);
    const bool markedByThis = !existing.isNull(1) && existing.int64(1) == d->batchId;
    existing.reset();
    if (markedByThis)
        return RowOutcome::Duplicate; // an earlier row of this file added or changed it
    const QList<SqlValue> key{SqlValue::fromText(account), SqlValue::fromText(metricUtf8),
                              SqlValue::fromText(storage::isoDate(date).toUtf8())};
    // An earlier row that found the same value left no mark: the keys of unchanged rows are remembered.
    auto earlier = earlierLine(storage::encodeKey(key), line);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return RowOutcome::Duplicate;
    if (before == value)
        return RowOutcome::Unchanged;
    auto access = d->access(QStringLiteral("usage_metric"));
    if (!access)
        return access.error();
    auto found = (*access)->read(key);
    if (!found)
        return found.error();
    Stmt& update = d->statement("UPDATE usage_metric SET value = ?4, import_batch = ?5 "
                                "WHERE account_id = ?1 AND metric = ?2 AND date = ?3");
    update.bindUtf8View(1, account)
        .bindUtf8View(2, metricUtf8)
        .bind(3, date)
        .bind(4, value)
        .bind(5, d->batchId);
    if (auto st = update.run(); !st)
        return st.error();
    if (*found) {
        if (auto st = d->log(QStringLiteral("usage_metric"), key, line, (*found)->row, {}); !st)
            return st.error();
    }
    d->reachHealthByUsage(metric, date);
    return RowOutcome::Updated;
}

Result<RowOutcome> ImportWriter::writeCompanyHoliday(QDate date, const QString& name, qint64 line)
{
    if (!d->begun)
        return d->begun.error();
    // A date has one live row (schema 8): the import renames it, or adds a row with an id of its own.
    Stmt& live = d->statement("SELECT id FROM company_holiday WHERE date = ?1 AND deleted = 0");
    live.bind(1, date);
    const bool exists = live.next();
    if (!live.status())
        return live.status().error();
    const QByteArray id = exists ? live.text(0).toUtf8() : newUuidV7().toUtf8();
    live.reset(); // a statement left running would lock the import's temporary tables
    const QList<SqlValue> key{SqlValue::fromText(id)};
    auto access = d->access(QStringLiteral("company_holiday"));
    if (!access)
        return access.error();
    auto found = (*access)->read(key);
    if (!found)
        return found.error();
    Stmt& q = d->statement(*found ? "UPDATE company_holiday SET name = ?4, updated_at = ?3 "
                                    "WHERE id = ?1 AND name IS NOT ?4"
                                  : "INSERT INTO company_holiday (id, created_at, updated_at, date, name) "
                                    "VALUES (?1, ?3, ?3, ?5, ?4)");
    q.bindUtf8View(1, id).bindStaticUtf8(3, d->now).bindText(4, name);
    if (!*found)
        q.bind(5, date);
    if (auto st = q.run(); !st)
        return st.error();
    if (storage::changes(d->db) == 0)
        return RowOutcome::Unchanged;
    d->settingsChanged = true;
    if (auto st = d->log(QStringLiteral("company_holiday"), key, line, *found ? (*found)->row : QByteArray(),
                         d->now);
        !st)
        return st.error();
    return *found ? RowOutcome::Updated : RowOutcome::Added;
}

namespace {

// Rows of one table of a book's export, matched by primary key.
class TableLoadImpl final : public ImportWriter::TableLoad
{
public:
    DataTable info;
    sqlite3* db = nullptr;
    qint64 batchId = 0;
    TableAccess* access = nullptr;
    QList<int> fileColumn;    // per table column loaded: the row's column it comes from
    QList<int> keyColumn;     // per primary key column: the row's column it comes from
    int updatedAtColumn = -1; // in the row
    bool usage = false;       // usage_metric: marked with the batch instead of logged
    std::unique_ptr<Stmt> insert;
    std::unique_ptr<Stmt> update;
    std::optional<storage::ForeignKeyLedger::TableChecks> references; // see BulkLoadSetup
    std::function<Status(const QList<SqlValue>&, qint64, const QByteArray&, const QByteArray&)> log;
    std::function<Status()> beforeWrite;

    QStringList columns; // loaded, in the order of fileColumn

    const DataTable& table() const override { return info; }
    bool bulk() const override { return false; }

    // The row's error, naming the column the book refused when it tells (call right after the failure).
    Error refused(const Error& e, const QList<SqlValue>& row) const
    {
        QList<SqlValue> bound;
        for (const int c : fileColumn)
            bound << row[c];
        return storage::refusal(db, e, info.name, columns, bound);
    }

    Result<RowOutcome> put(const QList<SqlValue>& row, qint64 position) override
    {
        if (beforeWrite) {
            if (auto st = beforeWrite(); !st)
                return st.error();
        }
        const int n = int(fileColumn.size());
        const auto value = [&](int i) { return row[fileColumn[i]]; };
        if (references) {
            if (auto st = references->check(value); !st)
                return st.error();
        }
        insert->reset();
        for (int i = 0; i < n; ++i)
            storage::bindValue(*insert, i + 1, row[fileColumn[i]]);
        if (usage)
            insert->bind(n + 1, batchId);
        if (auto st = insert->run(); !st)
            return refused(st.error(), row);
        QList<SqlValue> key;
        for (const int c : std::as_const(keyColumn))
            key << row[c];
        const QByteArray updatedAt = updatedAtColumn >= 0 && row[updatedAtColumn].type == SqlValue::Type::Text
                                         ? row[updatedAtColumn].text
                                         : QByteArray();
        if (storage::changes(db) > 0) {
            if (references)
                references->written(value);
            if (usage)
                return RowOutcome::Added;
            if (auto st = log(key, position, {}, updatedAt); !st)
                return st.error();
            return RowOutcome::Added;
        }
        auto found = access->read(key);
        if (!found)
            return found.error();
        if (!*found)
            return rowError(
                trBook(QT_TRANSLATE_NOOP("csm::Book",
                                         "It has a value that another row of the book already has in "
                                         "a column whose values must differ (%1)."))
                    .arg(info.name));
        if (usage) {
            auto decoded = storage::decodeRow((*found)->row);
            if (decoded) {
                const qsizetype at = decoded->first.indexOf(QStringLiteral("import_batch"));
                if (at >= 0 && decoded->second[at] == SqlValue::fromInteger(batchId))
                    return RowOutcome::Duplicate;
            }
        }
        update->reset();
        for (int i = 0; i < n; ++i)
            storage::bindValue(*update, i + 1, row[fileColumn[i]]);
        for (qsizetype k = 0; k < key.size(); ++k)
            storage::bindValue(*update, n + int(k) + 1, key[k]);
        if (usage)
            update->bind(n + int(key.size()) + 1, batchId);
        if (auto st = update->run(); !st)
            return refused(st.error(), row);
        if (storage::changes(db) == 0)
            return RowOutcome::Unchanged;
        if (auto st = log(key, position, (*found)->row, updatedAt); !st)
            return st.error();
        return RowOutcome::Updated;
    }
};

} // namespace

Result<std::unique_ptr<ImportWriter::TableLoad>>
ImportWriter::loadTable(const QString& table, const QStringList& columns, LoadMode mode)
{
    if (!d->begun)
        return d->begun.error();
    Result<DataTable> info = storage::readDataTable(d->db, table);
    if (!info)
        return Error{
            Error::Code::InvalidValue,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The file has a table \"%1\" that this book does not "
                                                  "have."))
                .arg(table),
            {},
            trBook(QT_TRANSLATE_NOOP("csm::Book", "It may come from a newer version of the app."))};
    auto impl = std::make_unique<TableLoadImpl>();
    impl->info = *info;
    impl->db = d->db;
    impl->batchId = d->batchId;
    impl->usage = table == QLatin1String("usage_metric");
    QStringList loaded;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (storage::isDerivedColumn(table, columns[c]))
            continue; // derived columns are recomputed, whatever the file says
        if (!info->columns.contains(columns[c]))
            return Error{
                Error::Code::InvalidValue,
                trBook(QT_TRANSLATE_NOOP("csm::Book",
                                         "The file's table \"%1\" has a column \"%2\" that this book "
                                         "does not have."))
                    .arg(table, columns[c]),
                {},
                trBook(QT_TRANSLATE_NOOP("csm::Book", "It may come from a newer version of the app."))};
        if (loaded.contains(columns[c]))
            return Error{
                Error::Code::InvalidValue,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The file's table \"%1\" has the column \"%2\" "
                                                      "twice."))
                    .arg(table, columns[c]),
                {},
                {}};
        loaded << columns[c];
        impl->fileColumn << int(c);
        if (columns[c] == QLatin1String("updated_at"))
            impl->updatedAtColumn = int(c);
    }
    for (const QString& k : std::as_const(info->primaryKey)) {
        const qsizetype at = columns.indexOf(k);
        if (at < 0)
            return Error{
                Error::Code::InvalidValue,
                trBook(QT_TRANSLATE_NOOP("csm::Book", "The file's table \"%1\" lacks the column \"%2\", "
                                                      "which identifies its rows."))
                    .arg(table, k),
                {},
                {}};
        impl->keyColumn << int(at);
    }
    impl->columns = loaded;
    if (d->ledger) {
        auto references = d->ledger->forTable(table, loaded);
        if (!references)
            return references.error();
        impl->references = std::move(*references);
    }
    Private* self = d.get();
    // The list facts' insert triggers (touches, contracts, renewals, ARR events) and the touch search index's
    // are dropped while rows are added and caught up once in finish().
    std::function<Status()> beforeWrite;
    if (storage::ListFactsSuspension::followsInsertsInto(table)) {
        const bool touches = table == QLatin1String("touch");
        beforeWrite = [self, touches] { return self->suspendTriggers(touches); };
    }
    const auto notice = [self, table] {
        if (table == QLatin1String("settings") || table == QLatin1String("company_holiday"))
            self->settingsChanged = true;
        self->reachHealth(QDate()); // a book's tables: any of them, on any day
    };

    bool empty = false;
    if (mode == LoadMode::Auto) {
        Stmt any(d->db, "SELECT 1 FROM " + storage::quoted(table) + " LIMIT 1");
        const bool hasRows = any.next();
        if (!hasRows && !any.status())
            return any.status().error();
        empty = !hasRows;
    }
    if (empty) {
        storage::BulkLoadSetup setup;
        setup.db = d->db;
        setup.info = impl->info;
        setup.columns = loaded;
        setup.fileColumn = impl->fileColumn;
        setup.updatedAtColumn = impl->updatedAtColumn;
        setup.usageBatch = impl->usage ? d->batchId : 0;
        setup.beforeWrite = beforeWrite;
        setup.references = impl->references;
        // Usage rows carry the batch's mark (undo deletes by it), every other table gets one undo entry.
        setup.loaded = [self, table, notice, usage = impl->usage](qint64 rows, const QByteArray& latest) {
            notice();
            return usage ? Status() : self->logWholeTable(table, rows, latest);
        };
        return storage::makeBulkLoad(std::move(setup));
    }

    auto access = d->access(table);
    if (!access)
        return access.error();
    impl->access = *access;

    const int n = int(loaded.size());
    QByteArray names;
    QByteArray params;
    QByteArray set;
    QByteArray differs;
    for (int i = 0; i < n; ++i) {
        const QByteArray name = storage::quoted(loaded[i]);
        const QByteArray p = "?" + QByteArray::number(i + 1);
        names += (i > 0 ? ", " : "") + name;
        params += (i > 0 ? ", " : "") + p;
        set += (i > 0 ? ", " : "") + name + " = " + p;
        differs += (i > 0 ? " OR " : "") + name + " IS NOT " + p;
    }
    QByteArray where;
    for (qsizetype k = 0; k < info->primaryKey.size(); ++k)
        where += (k > 0 ? " AND " : "") + storage::quoted(info->primaryKey[k]) + " = ?" +
                 QByteArray::number(n + int(k) + 1);
    const QByteArray marker = "?" + QByteArray::number(n + int(info->primaryKey.size()) + 1);
    if (impl->usage) {
        impl->insert = std::make_unique<Stmt>(
            d->db, "INSERT INTO usage_metric (" + names + ", import_batch) VALUES (" + params + ", ?" +
                       QByteArray::number(n + 1) + ") ON CONFLICT DO NOTHING");
        impl->update =
            std::make_unique<Stmt>(d->db, "UPDATE usage_metric SET " + set + ", import_batch = " + marker +
                                              " WHERE " + where + " AND (" + differs + ")");
    } else {
        impl->insert = std::make_unique<Stmt>(d->db, "INSERT INTO " + storage::quoted(table) + " (" + names +
                                                         ") VALUES (" + params + ") ON CONFLICT DO NOTHING");
        impl->update = std::make_unique<Stmt>(d->db, "UPDATE " + storage::quoted(table) + " SET " + set +
                                                         " WHERE " + where + " AND (" + differs + ")");
    }
    for (Stmt* q : {impl->insert.get(), impl->update.get()}) {
        if (auto st = q->prepared(); !st)
            return st.error();
    }
    impl->log = [self, table, notice](const QList<SqlValue>& key, qint64 position, const QByteArray& before,
                                      const QByteArray& updatedAt) {
        if (table == QLatin1String("account") && !key.isEmpty())
            self->loggedAccounts.insert(QString::fromUtf8(key.first().text));
        notice();
        return self->log(table, key, position, before, updatedAt);
    };
    impl->beforeWrite = beforeWrite;
    return std::unique_ptr<TableLoad>(std::move(impl));
}

Status ImportWriter::checkCurrency(const QString& currency) const
{
    const QString own = storage::BookAccess::d(m_book)->settings.currency;
    if (currency.isEmpty() || currency == own)
        return {};
    Stmt q(d->db, "SELECT 1 FROM account LIMIT 1");
    if (!q.next())
        return q.status();
    return Error{Error::Code::InvalidValue,
                 trBook(QT_TRANSLATE_NOOP("csm::Book", "The file's amounts are in %1 and this book's in %2."))
                     .arg(currency, own),
                 {},
                 trBook(QT_TRANSLATE_NOOP("csm::Book", "Import it into a new, empty book."))};
}

Status ImportWriter::finish(qint64 added, qint64 updated, qint64 unchanged, qint64 rejected)
{
    if (!d->begun)
        return d->begun;
    if (!d->tx)
        return Error{Error::Code::Generic,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The import is already finished.")),
                     {},
                     {}};
    const auto fail = [this](const Status& st) {
        cancel();
        return st;
    };
    // Rows health reads: the inputs kept for the current scores (HealthInputsKept.h) no longer follow them;
    // the back-fill after the import (commitImport) keeps them again when it writes the current scores.
    if (d->reach.changed) {
        if (auto st = storage::forgetKeptHealthInputs(d->db); !st)
            return fail(st);
    }
    // Account ARR follows the latest live ARR event: the accounts whose events this import wrote, each logged
    // first so that undo gives their ARR back.
    if (!d->arrAccounts.isEmpty()) {
        Stmt arr(d->db, "UPDATE account SET arr = (SELECT e.arr_after FROM arr_event e "
                        "WHERE e.account_id = account.id AND e.deleted = 0 "
                        "ORDER BY e.effective_on DESC, e.created_at DESC, e.id DESC LIMIT 1) "
                        "WHERE id = ?1 AND EXISTS (SELECT 1 FROM arr_event e WHERE e.account_id = account.id "
                        "AND e.deleted = 0)");
        for (const Id& id : std::as_const(d->arrAccounts)) {
            if (auto st = d->logAccountOnce(id); !st)
                return fail(st);
            arr.reset();
            arr.bindText(1, id);
            if (auto st = arr.run(); !st)
                return fail(st);
        }
    }
    if (auto st = d->touchIndex.resume(d->db); !st)
        return fail(st);
    if (auto st = d->listFacts.resume(d->db); !st)
        return fail(st);
    {
        Stmt q(d->db, "UPDATE import_batch SET added = ?2, updated = ?3, unchanged = ?4, rejected = ?5 "
                      "WHERE id = ?1");
        q.bind(1, d->batchId).bind(2, added).bind(3, updated).bind(4, unchanged).bind(5, rejected);
        if (auto st = q.run(); !st)
            return fail(st);
    }
    if (d->seenTable) {
        if (auto st = storage::exec(d->db, "DROP TABLE temp.import_seen"); !st)
            return fail(st);
        d->seenTable = false;
    }
    d->statements.clear();
    d->tables.clear();
    d->tx->recordEverything();
    Status committed = d->tx->commit();
    d->tx.reset();
    // The import's page cache stays until the writer goes: the health back-fill after finish() (commitImport)
    // reads the tables the import just wrote.
    if (!committed)
        return committed;
    if (d->settingsChanged)
        return storage::BookAccess::d(m_book)->loadSettings();
    return {};
}

void ImportWriter::cancel()
{
    if (!d || !d->tx)
        return;
    d->statements.clear();
    d->tables.clear();
    d->tx.reset(); // rolls back, the temporary table and the dropped triggers included
    d->seenTable = false;
}

template Result<std::optional<Account>> ImportWriter::byId<Account>(const Id&) const;
template Result<std::optional<Contact>> ImportWriter::byId<Contact>(const Id&) const;
template Result<std::optional<Touch>> ImportWriter::byId<Touch>(const Id&) const;
template Result<std::optional<Contract>> ImportWriter::byId<Contract>(const Id&) const;
template Result<std::optional<ArrEvent>> ImportWriter::byId<ArrEvent>(const Id&) const;
template Result<std::optional<NpsResponse>> ImportWriter::byId<NpsResponse>(const Id&) const;
template Result<std::optional<Account>> ImportWriter::byExternalId<Account>(const QString&) const;
template Result<std::optional<Contact>> ImportWriter::byExternalId<Contact>(const QString&) const;
template Result<std::optional<Touch>> ImportWriter::byExternalId<Touch>(const QString&) const;
template Result<std::optional<Contract>> ImportWriter::byExternalId<Contract>(const QString&) const;
template Result<std::optional<ArrEvent>> ImportWriter::byExternalId<ArrEvent>(const QString&) const;
template Result<std::optional<NpsResponse>> ImportWriter::byExternalId<NpsResponse>(const QString&) const;
template Result<RowOutcome> ImportWriter::write<Account>(const Account&, qint64);
template Result<RowOutcome> ImportWriter::write<Contact>(const Contact&, qint64);
template Result<RowOutcome> ImportWriter::write<Touch>(const Touch&, qint64);
template Result<RowOutcome> ImportWriter::write<Contract>(const Contract&, qint64);
template Result<RowOutcome> ImportWriter::write<ArrEvent>(const ArrEvent&, qint64);
template Result<RowOutcome> ImportWriter::write<NpsResponse>(const NpsResponse&, qint64);

} // namespace csm
