#include "storage/KpiTargets.h"

#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "Sqlite.h"

namespace csm {

Result<std::optional<qint64>> setKpiTarget(Book& book, Kpi kpi, const QString& period,
                                           std::optional<qint64> value)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun().error();
    const QString code = Kpis::toCode(kpi);
    storage::Stmt find(d->db,
                       "SELECT id, value FROM kpi_target WHERE kpi = ?1 AND period = ?2 AND deleted = 0");
    find.bindText(1, code).bindText(2, period);
    std::optional<qint64> before;
    Id id;
    if (find.next()) {
        id = find.text(0);
        before = find.int64(1);
    } else if (auto st = find.status(); !st) {
        return st.error();
    }
    const QString now = d->nowText();
    if (!value) {
        if (!id.isEmpty()) {
            storage::Stmt drop(d->db, "UPDATE kpi_target SET deleted = 1, updated_at = ?2 WHERE id = ?1");
            drop.bindText(1, id).bindText(2, now);
            if (auto st = drop.run(); !st)
                return st.error();
        }
    } else if (id.isEmpty()) {
        storage::Stmt insert(d->db, "INSERT INTO kpi_target (id, created_at, updated_at, kpi, period, value) "
                                    "VALUES (?1, ?2, ?2, ?3, ?4, ?5)");
        insert.bindText(1, newUuidV7()).bindText(2, now).bindText(3, code).bindText(4, period);
        insert.bind(5, *value);
        if (auto st = insert.run(); !st)
            return st.error();
    } else {
        storage::Stmt update(d->db, "UPDATE kpi_target SET value = ?2, updated_at = ?3 WHERE id = ?1");
        update.bindText(1, id).bind(2, *value).bindText(3, now);
        if (auto st = update.run(); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

} // namespace csm
