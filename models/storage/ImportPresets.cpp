#include "storage/ImportPresets.h"

#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "Sqlite.h"

#include <QCoreApplication>

namespace csm {

Result<QList<StoredImportPreset>> readImportPresets(const Book& book)
{
    auto* d = storage::BookAccess::d(book);
    storage::Stmt read(d->db, "SELECT id, name, type, preset FROM import_preset WHERE deleted = 0 "
                              "ORDER BY name COLLATE NOCASE, name");
    QList<StoredImportPreset> out;
    while (read.next())
        out.append({read.text(0), read.text(1), read.text(2), read.text(3).toUtf8()});
    if (auto st = read.status(); !st)
        return st.error();
    return out;
}

Result<Id> saveImportPreset(Book& book, const QString& name, const QString& type, const QByteArray& json)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun().error();
    storage::Stmt find(d->db, "SELECT id FROM import_preset WHERE name = ?1 AND deleted = 0");
    find.bindText(1, name);
    Id id;
    if (find.next())
        id = find.text(0);
    else if (auto st = find.status(); !st)
        return st.error();
    const QString now = d->nowText();
    const QString text = QString::fromUtf8(json);
    if (id.isEmpty()) {
        id = newUuidV7();
        storage::Stmt insert(d->db,
                             "INSERT INTO import_preset (id, created_at, updated_at, name, type, preset) "
                             "VALUES (?1, ?2, ?2, ?3, ?4, ?5)");
        insert.bindText(1, id).bindText(2, now).bindText(3, name).bindText(4, type).bindText(5, text);
        if (auto st = insert.run(); !st)
            return st.error();
    } else {
        storage::Stmt update(
            d->db, "UPDATE import_preset SET type = ?2, preset = ?3, updated_at = ?4 WHERE id = ?1");
        update.bindText(1, id).bindText(2, type).bindText(3, text).bindText(4, now);
        if (auto st = update.run(); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status deleteImportPreset(Book& book, const QString& name)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    storage::Stmt find(d->db, "SELECT id FROM import_preset WHERE name = ?1 AND deleted = 0");
    find.bindText(1, name);
    if (!find.next()) {
        if (auto st = find.status(); !st)
            return st;
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("csm::Book", "There is no saved preset named \"%1\".").arg(name),
            {},
            {}};
    }
    storage::Stmt drop(d->db, "UPDATE import_preset SET deleted = 1, updated_at = ?2 WHERE id = ?1");
    drop.bindText(1, find.text(0)).bindText(2, d->nowText());
    if (auto st = drop.run(); !st)
        return st;
    return tx.commit();
}

} // namespace csm
