#include "SqlRepositories.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace csm {

using storage::Stmt;

Result<QList<Account>> SqlAccountRepository::list() const
{
    return storage::listRows<Account>(db(), "WHERE deleted = 0 ORDER BY name_reading, name, id",
                                      [](Stmt&) {});
}

Result<std::optional<Id>> SqlAccountRepository::findByExternalId(const QString& externalId) const
{
    const QString key = externalId.trimmed();
    if (key.isEmpty())
        return std::optional<Id>{};
    Stmt q(db(), "SELECT id FROM account WHERE external_id = ?1 AND deleted = 0");
    q.bindText(1, key);
    if (q.next())
        return std::optional<Id>{q.text(0)};
    if (!q.status())
        return q.status().error();
    return std::optional<Id>{};
}

Result<qint64> SqlAccountRepository::count() const
{
    Stmt q(db(), "SELECT count(*) FROM account WHERE deleted = 0");
    if (!q.next())
        return q.status().error();
    return q.int64(0);
}

Result<QList<AccountSummary>> SqlAccountRepository::summaries(QDate asOf) const
{
    return querySummaries(nullptr, asOf);
}

Result<QList<AccountSummary>> SqlAccountRepository::summaries(const QList<Id>& ids, QDate asOf) const
{
    return querySummaries(&ids, asOf);
}

Result<QList<AccountSummary>> SqlAccountRepository::querySummaries(const QList<Id>* ids, QDate asOf) const
{
    // One pass over the live accounts. Per account, index look-ups only: the latest live contract by start
    // date (contract_live_by_account, joined by rowid), the last live customer touch on or before the day
    // (touch_customer_by_account, covering), and the latest health snapshot on or before the day.
    static const QByteArray sql =
        "SELECT a.id, a.name, a.name_reading, a.external_id, a.owner, a.industry, a.plan, a.region, a.seats, "
        "a.stage, a.arr, a.touch_model_override, c.start_date, c.term_months, c.notice_days, "
        "(SELECT t.occurred_on FROM touch t WHERE t.account_id = a.id AND t.deleted = 0 "
        " AND t.kind <> 'internal_note' AND t.occurred_on <= ?1 ORDER BY t.occurred_on DESC LIMIT 1), "
        "h.score, h.band "
        "FROM account a "
        "LEFT JOIN contract c ON c.rowid = (SELECT c2.rowid FROM contract c2 WHERE c2.account_id = a.id "
        " AND c2.deleted = 0 ORDER BY c2.start_date DESC LIMIT 1) "
        "LEFT JOIN health_snapshot h ON h.id = (SELECT h2.id FROM health_snapshot h2 WHERE h2.account_id = "
        "a.id "
        " AND h2.as_of <= ?1 ORDER BY h2.as_of DESC LIMIT 1) "
        "WHERE a.deleted = 0 AND (?2 IS NULL OR a.id IN (SELECT value FROM json_each(?2)))";

    qsizetype expected = 0;
    if (ids) {
        expected = ids->size();
    } else if (auto n = count()) {
        expected = qsizetype(n.value());
    }

    Stmt q(db(), sql);
    q.bind(1, asOf.isValid() ? asOf : m_book.clock().today());
    if (ids) {
        QJsonArray array;
        for (const Id& id : *ids)
            array.append(id);
        q.bindText(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    } else {
        q.bindNull(2);
    }

    const BookSettings settings = m_book.settings();
    const QDate day = asOf.isValid() ? asOf : m_book.clock().today();
    QList<AccountSummary> rows;
    rows.reserve(expected);
    while (q.next()) {
        AccountSummary& s = rows.emplace_back();
        s.id = q.text(0);
        s.name = q.text(1);
        s.nameReading = q.text(2);
        s.externalId = q.text(3);
        s.owner = q.text(4);
        s.industry = q.text(5);
        s.plan = q.text(6);
        s.region = q.text(7);
        s.seats = q.int32(8);
        s.stage = storage::codeOr(q, 9, LifecycleStage::Onboarding);
        s.arr = q.int64(10);
        s.touchModelOverride = storage::optCode<TouchModel>(q, 11);
        s.contractStart = q.date(12);
        s.termMonths = q.int32(13);
        s.noticeDays = q.int32(14);
        s.lastCustomerTouch = q.date(15);
        s.healthScore = q.optReal(16);
        s.healthBand = storage::optCode<HealthBand>(q, 17);
        deriveSummary(s, settings, day);
    }
    if (!q.status())
        return q.status().error();
    return rows;
}

} // namespace csm
