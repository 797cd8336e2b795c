#include "HealthInputsKept.h"

#include "Sqlite.h"
#include "domain/Entities.h"

#include <sqlite3.h>

#include <array>

namespace csm::storage {

namespace {

// The stored code of a touch model, made once (a bulk pass binds one per row without copying it).
const QByteArray& touchModelCode(TouchModel m)
{
    static const std::array<QByteArray, 3> codes = [] {
        std::array<QByteArray, 3> c;
        for (int i = 0; i < 3; ++i)
            c[std::size_t(i)] = toCode(TouchModel(i)).toLatin1();
        return c;
    }();
    return codes[std::size_t(m)];
}

TouchModel touchModelAt(sqlite3_stmt* s, int col)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
    for (int i = 0; i < 3; ++i) {
        if (text && touchModelCode(TouchModel(i)) == text)
            return TouchModel(i);
    }
    return TouchModel::Tech;
}

constexpr char kKeptColumns[] =
    "account_id, as_of, customer, touch_model, seats, usage_recent_sum, usage_recent_days, usage_prior_sum, "
    "usage_prior_days, days_since_touch, sentiment_sum, sentiment_count, nps_promoters, nps_detractors, "
    "nps_responses, milestones_due, milestones_on_time, before_touch_model, before_seats, "
    "before_usage_recent_sum, before_usage_recent_days, before_usage_prior_sum, before_usage_prior_days, "
    "before_days_since_touch, before_sentiment_sum, before_sentiment_count, before_nps_promoters, "
    "before_nps_detractors, before_nps_responses, before_milestones_due, before_milestones_on_time";

QByteArray keepSql()
{
    QByteArray sql = QByteArray("INSERT OR REPLACE INTO health_input (") + kKeptColumns + ") VALUES (?1";
    for (int i = 2; i <= 3 + 2 * kHealthInputColumns; ++i)
        sql += ", ?" + QByteArray::number(i);
    return sql + ')';
}

} // namespace

void bindHealthInputs(Stmt& q, int at, const HealthInputs& in, QDate day)
{
    q.bindStaticUtf8(at + 1, touchModelCode(in.touchModel)).bind(at + 2, in.seats);
    q.bind(at + 3, in.recentUsageSum).bind(at + 4, in.recentUsageDays);
    q.bind(at + 5, in.priorUsageSum).bind(at + 6, in.priorUsageDays);
    if (in.lastCustomerTouch.isValid())
        q.bind(at + 7, int(in.lastCustomerTouch.daysTo(day)));
    else
        q.bindNull(at + 7);
    q.bind(at + 8, in.sentimentSum).bind(at + 9, in.sentimentCount);
    q.bind(at + 10, in.npsPromoters).bind(at + 11, in.npsDetractors).bind(at + 12, in.npsResponses);
    q.bind(at + 13, in.milestonesDue).bind(at + 14, in.milestonesOnTime);
}

HealthInputs readHealthInputs(sqlite3_stmt* s, int at, QDate day)
{
    HealthInputs in;
    in.touchModel = touchModelAt(s, at);
    in.seats = sqlite3_column_int(s, at + 1);
    in.recentUsageSum = sqlite3_column_double(s, at + 2);
    in.recentUsageDays = sqlite3_column_int(s, at + 3);
    in.priorUsageSum = sqlite3_column_double(s, at + 4);
    in.priorUsageDays = sqlite3_column_int(s, at + 5);
    if (sqlite3_column_type(s, at + 6) != SQLITE_NULL)
        in.lastCustomerTouch = day.addDays(-sqlite3_column_int(s, at + 6));
    in.sentimentSum = sqlite3_column_int(s, at + 7);
    in.sentimentCount = sqlite3_column_int(s, at + 8);
    in.npsPromoters = sqlite3_column_int(s, at + 9);
    in.npsDetractors = sqlite3_column_int(s, at + 10);
    in.npsResponses = sqlite3_column_int(s, at + 11);
    in.milestonesDue = sqlite3_column_int(s, at + 12);
    in.milestonesOnTime = sqlite3_column_int(s, at + 13);
    return in;
}

KeptHealthInputs::KeptHealthInputs(sqlite3* db)
    : m_db(db), m_keep(std::make_unique<Stmt>(db, keepSql())),
      m_forget(std::make_unique<Stmt>(db, "DELETE FROM health_input WHERE account_id = ?1"))
{}

KeptHealthInputs::~KeptHealthInputs() = default;

Status KeptHealthInputs::keep(QByteArrayView accountId, QDate asOf, const AccountHealthInputs& in)
{
    Stmt& q = *m_keep;
    q.reset();
    q.bindUtf8View(1, accountId).bind(2, asOf).bind(3, in.customer);
    bindHealthInputs(q, 3, in.now, asOf);
    bindHealthInputs(q, 3 + kHealthInputColumns, in.before, asOf.addDays(-kHealthTrendDays));
    return q.run();
}

Status KeptHealthInputs::forget(QByteArrayView accountId)
{
    m_forget->reset();
    m_forget->bindUtf8View(1, accountId);
    return m_forget->run();
}

Status forgetKeptHealthInputs(sqlite3* db)
{
    return exec(db, "DELETE FROM health_input");
}

namespace {

Result<qint64> liveAccounts(sqlite3* db)
{
    Stmt count(db, "SELECT count(*) FROM account WHERE deleted = 0");
    if (!count.next())
        return count.status().error();
    return count.int64(0);
}

} // namespace

Result<bool> keptHealthInputsComplete(sqlite3* db, QDate asOf)
{
    auto live = liveAccounts(db);
    if (!live)
        return live.error();
    Stmt kept(db, "SELECT count(*) FROM health_input k CROSS JOIN account a ON a.id = k.account_id "
                  "WHERE k.as_of = ?1 AND a.deleted = 0");
    kept.bind(1, asOf);
    if (!kept.next())
        return kept.status().error();
    return kept.int64(0) == *live;
}

Result<std::optional<QList<AccountHealthInputs>>> readKeptHealthInputs(sqlite3* db, QDate asOf,
                                                                       const std::function<bool()>& cancelled)
{
    auto counted = liveAccounts(db);
    if (!counted)
        return counted.error();
    const qint64 live = *counted;
    // Read in the table's key order; the account row only says whether it is live (CROSS JOIN: that order).
    Stmt q(db, QByteArray("SELECT k.") + QByteArray(kKeptColumns).replace(", ", ", k.") +
                   " FROM health_input k CROSS JOIN account a ON a.id = k.account_id "
                   "WHERE k.as_of = ?1 AND a.deleted = 0");
    q.bind(1, asOf);
    QList<AccountHealthInputs> kept;
    kept.reserve(live);
    const QDate before = asOf.addDays(-kHealthTrendDays);
    while (q.next()) {
        if (cancelled && kept.size() % 4096 == 0 && cancelled())
            return std::optional<QList<AccountHealthInputs>>{};
        sqlite3_stmt* s = q.handle();
        AccountHealthInputs& in = kept.emplace_back();
        in.accountId = q.asciiText(0);
        in.customer = sqlite3_column_int(s, 2) != 0;
        in.now = readHealthInputs(s, 3, asOf);
        in.before = readHealthInputs(s, 3 + kHealthInputColumns, before);
    }
    if (!q.status())
        return q.status().error();
    if (kept.size() != live)
        return std::optional<QList<AccountHealthInputs>>{};
    return std::optional<QList<AccountHealthInputs>>{std::move(kept)};
}

} // namespace csm::storage
