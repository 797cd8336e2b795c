// Undoing the last import (ImportWriter.h): the rows it added are deleted, the rows it changed get their
// earlier values back, and the health the import moved is written again, all in one transaction, refused
// when a row was edited since.

#include "storage/ImportWriter.h"

#include "BookPrivate.h"
#include "HealthInputsKept.h"
#include "HealthTrendDays.h"
#include "ListFacts.h"
#include "Sqlite.h"
#include "TableRows.h"
#include "storage/HealthRecompute.h"
#include "storage/Transaction.h"

#include <QHash>

namespace csm {

using storage::Stmt;
using storage::trBook;

namespace {

ImportBatch readBatch(const Stmt& q)
{
    ImportBatch b;
    b.id = q.int64(0);
    b.importedAt = q.timestamp(1);
    b.file = q.text(2);
    b.type = q.text(3);
    b.encoding = q.text(4);
    b.added = q.int64(5);
    b.updated = q.int64(6);
    b.unchanged = q.int64(7);
    b.rejected = q.int64(8);
    b.undoneAt = q.timestamp(9);
    return b;
}

Error editedSince(const QString& table, const QString& key)
{
    return Error{
        Error::Code::InvalidValue,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "A row the import wrote has been edited since (%1 %2)."))
            .arg(table, key),
        {},
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The import can no longer be undone as a whole; change the "
                                              "rows by hand."))};
}

// Deletes every row of a table an import filled from empty (ImportWriter's bulk load), refused when it has
// not kept exactly the rows the import added: another count, or a row edited since (an edit stamps the
// book's time, later than the latest the import wrote unless the book's clock went back).
Result<qint64> emptyTable(sqlite3* db, const QString& table, qint64 added, const QByteArray& latestUpdatedAt)
{
    auto info = storage::readDataTable(db, table);
    if (!info)
        return info.error();
    Stmt state(db, "SELECT count(*)" + QByteArray(info->hasUpdatedAt ? ", max(updated_at)" : "") + " FROM " +
                       storage::quoted(table));
    if (!state.next())
        return state.status().error();
    if (state.int64(0) != added ||
        (info->hasUpdatedAt && !latestUpdatedAt.isEmpty() && state.utf8(1) != latestUpdatedAt))
        return editedSince(table, QStringLiteral("*"));
    state.reset();
    // The accounts' health history refers to them; it is derived and the undo writes it again afterwards.
    if (table == QLatin1String("account")) {
        if (auto st = storage::forgetHealthTrendDays(db); !st)
            return st.error();
        if (auto st = storage::exec(db, "DELETE FROM health_snapshot"); !st)
            return st.error();
        if (auto st = storage::forgetKeptHealthInputs(db); !st)
            return st.error();
    }
    if (auto st = storage::exec(db, ("DELETE FROM " + storage::quoted(table)).constData()); !st)
        return st.error();
    return storage::changes(db);
}

} // namespace

Result<std::optional<ImportBatch>> lastImport(const Book& book)
{
    Stmt q(storage::BookAccess::d(book)->db,
           "SELECT id, imported_at, file, type, encoding, added, updated, unchanged, rejected, undone_at "
           "FROM import_batch ORDER BY id DESC LIMIT 1");
    if (!q.next())
        return q.status() ? Result<std::optional<ImportBatch>>(std::optional<ImportBatch>())
                          : Result<std::optional<ImportBatch>>(q.status().error());
    ImportBatch b = readBatch(q);
    if (b.undoneAt.isValid())
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(b);
}

Result<UndoneImport> undoLastImport(Book& book, const std::function<bool()>& cancelled)
{
    auto last = lastImport(book);
    if (!last)
        return last.error();
    if (!*last)
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "There is no import to undo.")),
                     {},
                     {}};
    sqlite3* db = storage::BookAccess::d(book)->db;
    Transaction tx(book);
    if (auto st = tx.begun(); !st)
        return st.error();
    UndoneImport done{**last, 0, 0};
    const qint64 batch = (*last)->id;

    // Whether what is undone is read by the health engine (HealthStore): its scores are then written again.
    bool health = false;
    const auto readByHealth = [](const QString& table) {
        static const QStringList tables = {QStringLiteral("account"),      QStringLiteral("arr_event"),
                                           QStringLiteral("usage_metric"), QStringLiteral("touch"),
                                           QStringLiteral("nps_response"), QStringLiteral("roadmap"),
                                           QStringLiteral("milestone"),    QStringLiteral("settings")};
        return tables.contains(table);
    };
    // Usage values it added or changed carry its mark: deleted here, the changed ones restored below.
    {
        Stmt marked(db, "DELETE FROM usage_metric WHERE import_batch = ?1");
        marked.bind(1, batch);
        if (auto st = marked.run(); !st)
            return st.error();
        done.removed += storage::changes(db);
        health = storage::changes(db) > 0;
    }
    QHash<QString, std::shared_ptr<storage::TableAccess>> tables;
    Stmt changes(db, "SELECT table_name, row_key, before, after_updated_at, line FROM import_change "
                     "WHERE batch_id = ?1 ORDER BY rowid DESC");
    changes.bind(1, batch);
    qint64 n = 0;
    while (changes.next()) {
        if (cancelled && (++n & 0x3ff) == 0 && cancelled())
            return Error{
                Error::Code::Cancelled, trBook(QT_TRANSLATE_NOOP("csm::Book", "Cancelled.")), {}, {}};
        const QString table = changes.text(0);
        health = health || readByHealth(table);
        const QByteArray rowKey = changes.utf8(1).toByteArray();
        const bool added = changes.isNull(2);
        const QByteArray before = changes.utf8(2).toByteArray();
        const QByteArray afterUpdatedAt = changes.utf8(3).toByteArray();
        if (rowKey == "*") { // a table it filled from empty (a bulk load), emptied again
            auto emptied = emptyTable(db, table, changes.int64(4), afterUpdatedAt);
            if (!emptied)
                return emptied.error();
            done.removed += *emptied;
            continue;
        }
        auto& access = tables[table];
        if (!access) {
            auto opened = storage::TableAccess::open(db, table);
            if (!opened)
                return opened.error();
            access = std::move(*opened);
        }
        auto key = storage::decodeKey(rowKey);
        if (!key)
            return key.error();
        auto now = access->read(*key);
        if (!now)
            return now.error();
        if (table == QLatin1String("usage_metric")) {
            if (auto st = access->write(before); !st) // deleted above with its mark
                return st.error();
            ++done.restored;
            continue;
        }
        if (*now && access->hasUpdatedAt() && !afterUpdatedAt.isEmpty() &&
            (*now)->updatedAt != afterUpdatedAt)
            return editedSince(table, QString::fromUtf8(rowKey));
        if (added) {
            if (*now) {
                // An account the import added has a health history the import's back-fill wrote: derived, it
                // refers to the account and is written again below (without it the delete broke the
                // foreign key, and every undo of an import that added accounts was refused).
                if (table == QLatin1String("account") && key->size() == 1) {
                    if (auto st = storage::forgetHealthTrendDays(db); !st)
                        return st.error();
                    for (const char* sql : {"DELETE FROM health_snapshot WHERE account_id = ?1",
                                            "DELETE FROM health_input WHERE account_id = ?1"}) {
                        Stmt history(db, sql);
                        storage::bindValue(history, 1, key->constFirst());
                        if (auto st = history.run(); !st)
                            return st.error();
                    }
                }
                if (auto st = access->remove(*key); !st)
                    return editedSince(table, QString::fromUtf8(rowKey));
                ++done.removed;
            }
        } else {
            if (auto st = access->write(before); !st)
                return st.error();
            ++done.restored;
        }
    }
    if (!changes.status())
        return changes.status().error();
    if (auto st = storage::computeListFacts(db); !st)
        return st.error();
    // The scores and the year of Mondays as if the import had never been (they saw its rows), in the same
    // transaction, and the inputs kept for the scores (HealthInputsKept.h) with them.
    if (health) {
        if (auto st = storage::forgetKeptHealthInputs(db); !st)
            return st.error();
        if (auto st = HealthRecompute::backfill(
                book, book.clock().today(),
                [&cancelled](qint64, qint64) { return !cancelled || !cancelled(); });
            !st)
            return st.error();
    }
    Stmt mark(db, "UPDATE import_batch SET undone_at = ?2 WHERE id = ?1");
    mark.bind(1, batch).bindText(2, storage::BookAccess::d(book)->nowText());
    if (auto st = mark.run(); !st)
        return st.error();
    if (auto st = storage::exec(db, "DELETE FROM import_change"); !st)
        return st.error();
    tx.recordEverything();
    if (auto st = tx.commit(); !st)
        return st.error();
    if (auto st = storage::BookAccess::d(book)->loadSettings(); !st)
        return st.error();
    return done;
}

} // namespace csm
