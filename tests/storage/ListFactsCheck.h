#pragma once

// The accounts list's facts on the account row (schemas 3, 4, 9, 10, 11 and 12, ListFacts.h) checked against
// the same facts computed from scratch from the touch, contract, renewal and ARR event tables, by a query of
// its own.

#include "RawSqlite.h"

namespace csm::test {

// The accounts whose kept facts differ from the facts computed from scratch, as "name: what" lines.
inline QStringList listFactsDisagreements(const QString& path)
{
    RawDb db(path, /*readOnly=*/true);
    if (!db.isOpen())
        return {QStringLiteral("cannot open")};
    const QList<QVariantList> rows = db.rows(QStringLiteral(
        "SELECT a.name, a.last_customer_touch_on, a.contract_start_date, a.contract_term_months, "
        "a.contract_notice_days, a.contract_auto_renew, a.contract_renewed_through, a.contract_churned_on, "
        "a.contract_notice_rule, a.contract_renewal_term_months, a.contract_id, a.latest_arr_event_on, "
        "a.latest_arr_after, "
        "(SELECT max(t.occurred_on) FROM touch t WHERE t.account_id = a.id AND t.deleted = 0 "
        " AND t.kind <> 'internal_note'), "
        "c.start_date, c.term_months, c.notice_days, c.auto_renew, "
        "(SELECT max(r.renewal_date) FROM renewal r WHERE r.account_id = a.id AND r.deleted = 0 "
        " AND r.outcome IN ('renewed', 'expanded', 'contracted') AND r.renewal_date > c.start_date), "
        "(SELECT max(r.renewal_date) FROM renewal r WHERE r.account_id = a.id AND r.deleted = 0 "
        " AND r.outcome = 'churned' AND r.renewal_date > c.start_date), "
        "c.notice_rule, c.renewal_term_months, c.id, e.effective_on, e.arr_after "
        "FROM account a LEFT JOIN contract c ON c.rowid = (SELECT c2.rowid FROM contract c2 "
        " WHERE c2.account_id = a.id AND c2.deleted = 0 ORDER BY c2.start_date DESC, c2.created_at DESC, "
        "c2.id DESC LIMIT 1) "
        "LEFT JOIN arr_event e ON e.rowid = (SELECT e2.rowid FROM arr_event e2 WHERE e2.account_id = a.id "
        " AND e2.deleted = 0 ORDER BY e2.effective_on DESC, e2.created_at DESC, e2.id DESC LIMIT 1)"));
    QStringList out;
    if (!db.lastError().isEmpty())
        out << db.lastError();
    for (const QVariantList& row : rows) {
        constexpr int kFacts = 12;
        for (int i = 1; i <= kFacts; ++i) {
            if (row.at(i) != row.at(i + kFacts))
                out << QStringLiteral("%1: column %2 is %3, should be %4")
                           .arg(row.at(0).toString())
                           .arg(i)
                           .arg(row.at(i).toString(), row.at(i + kFacts).toString());
        }
    }
    return out;
}

} // namespace csm::test
