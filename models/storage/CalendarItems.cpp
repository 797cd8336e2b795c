#include "storage/CalendarItems.h"

#include "storage/Book.h"
#include "storage/Transaction.h"

#include "BookPrivate.h"
#include "Sqlite.h"

#include <QUuid>

namespace csm {

Result<QList<OpenMilestone>> readOpenMilestones(const Book& book, QDate dueBy)
{
    storage::Stmt q(storage::BookAccess::d(book)->db,
                    "SELECT m.id, a.id, a.name, m.title, m.due_on FROM milestone m "
                    "JOIN roadmap r ON r.id = m.roadmap_id AND r.deleted = 0 AND r.active = 1 "
                    "JOIN account a ON a.id = r.account_id AND a.deleted = 0 "
                    "WHERE m.deleted = 0 AND m.status NOT IN ('done', 'skipped') AND m.due_on <= ?1 "
                    "ORDER BY m.due_on, m.id");
    if (auto st = q.prepared(); !st)
        return st.error();
    q.bind(1, dueBy);
    QList<OpenMilestone> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.date(4)});
    if (auto st = q.status(); !st)
        return st.error();
    return out;
}

Status stampCalendarItems(Book& book, QList<CalendarStamp>& items)
{
    auto* d = storage::BookAccess::d(book);
    Transaction tx(book);
    if (!tx.begun())
        return tx.begun();
    storage::Stmt get(d->db, "SELECT uid, sequence, fingerprint FROM calendar_item WHERE item_key = ?1");
    storage::Stmt put(d->db, "INSERT INTO calendar_item (item_key, uid, sequence, fingerprint, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (item_key) DO UPDATE SET "
                             "sequence = excluded.sequence, fingerprint = excluded.fingerprint, "
                             "updated_at = excluded.updated_at");
    if (auto st = get.prepared(); !st)
        return st;
    if (auto st = put.prepared(); !st)
        return st;
    const QString now = d->nowText();
    for (CalendarStamp& item : items) {
        get.reset();
        get.bind(1, item.key);
        if (get.next()) {
            item.uid = get.text(0);
            item.sequence = get.int32(1);
            if (get.text(2) == item.fingerprint)
                continue;
            ++item.sequence;
            item.changed = true;
        } else {
            if (auto st = get.status(); !st)
                return st;
            item.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.sequence = 0;
            item.changed = true;
        }
        put.reset();
        put.bind(1, item.key).bind(2, item.uid).bind(3, item.sequence).bind(4, item.fingerprint).bind(5, now);
        if (auto st = put.run(); !st)
            return st;
    }
    return tx.commit();
}

} // namespace csm
