#include "SqlRepositories.h"

#include "AccountRows.h"
#include "domain/Parallel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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
    return querySummaries(nullptr, asOf, nullptr);
}

Result<QList<AccountSummary>> SqlAccountRepository::summaries(QDate asOf, Book& second) const
{
    return querySummaries(nullptr, asOf, &second);
}

Result<QList<AccountSummary>> SqlAccountRepository::summaries(const QList<Id>& ids, QDate asOf) const
{
    return querySummaries(&ids, asOf, nullptr);
}

namespace {

// The columns of one accounts-list row, shared by the whole-list and the by-id statements. ?1 is the day.
// The latest live contract and the latest live customer touch are kept on the account row by triggers
// (schema 3 and 4, docs/schema.md), so the whole list is one pass over `account`. Only an account whose
// latest customer touch lies after the day asked about (a touch dated ahead) needs the index seek for the
// last one on or before the day (touch_customer_by_account, covering).
#define CSM_SUMMARY_COLUMNS                                                                                  \
    "SELECT a.id, a.name, a.name_reading, a.external_id, a.owner, a.stage, a.arr, a.touch_model_override, "  \
    "a.contract_start_date, a.contract_term_months, a.contract_notice_days, "                                \
    "CASE WHEN a.last_customer_touch_on IS NULL OR a.last_customer_touch_on <= ?1 "                          \
    " THEN a.last_customer_touch_on "                                                                        \
    " ELSE (SELECT t.occurred_on FROM touch t WHERE t.account_id = a.id AND t.deleted = 0 "                  \
    "  AND t.kind <> 'internal_note' AND t.occurred_on <= ?1 ORDER BY t.occurred_on DESC LIMIT 1) END, "     \
    "a.contract_auto_renew, a.contract_renewed_through, a.contract_churned_on, "

// The current score is kept on the account row by the health recompute (schema 5, docs/schema.md).
// And the latest contract's notice rule and renewal term (schema 9).
#define CSM_HEALTH_COLUMNS                                                                                   \
    "a.health_score, a.health_band, a.health_score_before, a.contract_notice_rule, "                         \
    "a.contract_renewal_term_months "

// Every live account: one pass over the account table.
#define CSM_ALL_FROM "FROM account a "
#define CSM_ALL_WHERE "WHERE a.deleted = 0"
// The live accounts with rowid in [?2, ?3), in rowid order (two of these read a large list on two threads).
#define CSM_RANGE_WHERE "WHERE a.deleted = 0 AND a.rowid >= ?2 AND a.rowid < ?3"
// Some accounts by id (?2, a JSON array): each a primary-key look-up, never a scan of the account table.
#define CSM_BY_ID_FROM                                                                                       \
    "FROM (SELECT DISTINCT value AS id FROM json_each(?2)) j JOIN account a ON a.id = j.id "

#define CSM_SUMMARY_SQL(from, where) QByteArrayLiteral(CSM_SUMMARY_COLUMNS CSM_HEALTH_COLUMNS from where)

const QByteArray kAllSummaries = CSM_SUMMARY_SQL(CSM_ALL_FROM, CSM_ALL_WHERE);
const QByteArray kRangeSummaries = CSM_SUMMARY_SQL(CSM_ALL_FROM, CSM_RANGE_WHERE);
const QByteArray kSummariesById = CSM_SUMMARY_SQL(CSM_BY_ID_FROM, CSM_ALL_WHERE);

#undef CSM_SUMMARY_SQL
#undef CSM_SUMMARY_COLUMNS
#undef CSM_HEALTH_COLUMNS
#undef CSM_ALL_FROM
#undef CSM_ALL_WHERE
#undef CSM_RANGE_WHERE
#undef CSM_BY_ID_FROM

// A column's text as QString straight from SQLite's UTF-8 (NULL gives a null QString).
QString textAt(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    if (!s)
        return {};
    return QString::fromUtf8(s, sqlite3_column_bytes(q, col));
}

// An id: UUID text is ASCII (fromMostlyAscii).
QString latin1At(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    if (!s)
        return {};
    return storage::fromMostlyAscii(QByteArrayView(s, sqlite3_column_bytes(q, col)));
}

QDate dateAt(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    if (!s)
        return {};
    return storage::parseIsoDate(s, sqlite3_column_bytes(q, col));
}

constexpr qint64 kMaxReserveByRowid = 4 * 1024 * 1024;

// Text codes to enums without a QString per row: the few distinct codes of a column are looked up once
// through fromCode() and remembered by their bytes.
template <typename E> class CodeCache
{
public:
    std::optional<E> operator()(sqlite3_stmt* q, int col)
    {
        const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
        if (!s)
            return std::nullopt;
        const int n = sqlite3_column_bytes(q, col);
        for (const auto& [bytes, value] : m_seen) {
            if (bytes.size() == n && std::memcmp(bytes.constData(), s, std::size_t(n)) == 0)
                return value;
        }
        const std::optional<E> value = fromCode<E>(QString::fromUtf8(s, n));
        if (m_seen.size() < 16)
            m_seen.emplace_back(QByteArray(s, n), value);
        return value;
    }

private:
    std::vector<std::pair<QByteArray, std::optional<E>>> m_seen;
};

// Text of a column that takes few distinct values (the owner): each distinct value is
// decoded once and every row shares that QString, instead of one decoding and one allocation per row.
class SharedText
{
public:
    QString operator()(sqlite3_stmt* q, int col)
    {
        const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
        if (!s)
            return {};
        const std::string_view bytes(s, std::size_t(sqlite3_column_bytes(q, col)));
        const auto it = m_seen.find(bytes);
        if (it != m_seen.end())
            return it->second;
        QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        if (m_seen.size() < kMaxDistinct)
            m_seen.emplace(std::string(bytes), text);
        return text;
    }

private:
    static constexpr std::size_t kMaxDistinct = 4096;
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_seen;
};

// Reads the rows of a prepared and bound summaries statement into rows, deriving each as of day.
Status readSummaries(Stmt& stmt, const BookSettings& settings, QDate day, QList<AccountSummary>& rows)
{
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    CodeCache<LifecycleStage> stages;
    CodeCache<TouchModel> touchModels;
    CodeCache<HealthBand> bands;
    SharedText owners;
    sqlite3_stmt* q = stmt.handle();
    while (stmt.next()) {
        AccountSummary& s = rows.emplace_back();
        s.id = latin1At(q, 0);
        s.name = textAt(q, 1);
        s.nameReading = textAt(q, 2);
        s.externalId = textAt(q, 3);
        s.owner = owners(q, 4);
        s.stage = stages(q, 5).value_or(LifecycleStage::Onboarding);
        s.arr = sqlite3_column_int64(q, 6);
        s.touchModelOverride = touchModels(q, 7);
        s.contractStart = dateAt(q, 8);
        s.termMonths = sqlite3_column_int(q, 9);
        s.noticeDays = sqlite3_column_int(q, 10);
        s.lastCustomerTouch = dateAt(q, 11);
        s.autoRenew = sqlite3_column_type(q, 12) == SQLITE_NULL || sqlite3_column_int(q, 12) != 0;
        if (!s.autoRenew) // the recorded renewals decide only where such a contract ends
            s.renewals = {dateAt(q, 13), dateAt(q, 14)};
        if (sqlite3_column_type(q, 15) != SQLITE_NULL)
            s.healthScore = sqlite3_column_double(q, 15);
        s.healthBand = bands(q, 16);
        if (sqlite3_column_type(q, 17) != SQLITE_NULL)
            s.healthScoreBefore = sqlite3_column_double(q, 17);
        s.noticeRule = textAt(q, 18);
        s.renewalTermMonths = sqlite3_column_int(q, 19);
        deriveSummary(s, settings, calendar, day);
    }
    return stmt.status();
}

// Reads the accounts with rowid in [from, to) on db, in rowid order (the order of kAllSummariesSql's scan).
Status readRange(sqlite3* db, qint64 from, qint64 to, const BookSettings& settings, QDate day,
                 QList<AccountSummary>& rows)
{
    Stmt stmt(db, kRangeSummaries);
    stmt.bind(1, day).bind(2, from).bind(3, to);
    return readSummaries(stmt, settings, day, rows);
}

// Below this many accounts the whole list is read on one connection.
constexpr qint64 kSplitFrom = 20000;

// An account whose latest live contract (the one on its row) was signed ahead of its start renews until then
// by the contract in force before it, with the renewals recorded for that one, as the Renewals view and the
// portfolio have it (docs/decisions.md, "Which contract renews"); an account with no contract started by the
// day keeps the row's, whose first renewal is the one to come. A seek each: such accounts are few, and a list
// without any costs one look at each row.
Status applyContractsInForce(sqlite3* db, QDate day, const BookSettings& settings,
                             QList<AccountSummary>& rows)
{
    QList<int> later;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].contractStart.isValid() && rows[i].contractStart > day)
            later.append(int(i));
    }
    if (later.isEmpty())
        return {};
    QList<int> inForce;   // the accounts given the contract in force
    QList<int> recording; // those of them whose contract does not renew by itself (AccountSummary::renewals)
    const auto idOf = [&](int i) { return rows[i].id; };
    if (auto st = storage::readContractsStartedBy(db, day, nullptr, rows.size(), later, idOf,
                                                  [&](int i, const Stmt& q) {
                                                      AccountSummary& s = rows[i];
                                                      inForce.append(i);
                                                      s.nextContractStart = s.contractStart;
                                                      s.contractStart = q.date(2);
                                                      s.termMonths = q.int32(3);
                                                      s.autoRenew = q.boolean(4);
                                                      s.noticeDays = q.int32(5);
                                                      s.noticeRule = q.text(6);
                                                      s.renewalTermMonths = q.isNull(7) ? 0 : q.int32(7);
                                                      s.renewals = {};
                                                      if (!s.autoRenew)
                                                          recording.append(i);
                                                  },
                                                  {});
        !st)
        return st;
    if (auto st = storage::readRecordedSince(
            db, nullptr, rows.size(), recording, idOf, [&](int i) { return rows[i].contractStart; },
            [&](int i) -> RecordedRenewals& { return rows[i].renewals; }, {});
        !st)
        return st;
    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    for (const int i : std::as_const(inForce))
        deriveSummary(rows[i], settings, calendar, day);
    return {};
}

} // namespace

Result<QList<AccountSummary>> SqlAccountRepository::querySummaries(const QList<Id>* ids, QDate asOf,
                                                                   Book* second) const
{
    const QDate day = asOf.isValid() ? asOf : m_book.clock().today();
    const BookSettings settings = m_book.settings();
    QList<AccountSummary> rows;

    if (ids) {
        Stmt stmt(db(), kSummariesById);
        stmt.bind(1, day);
        QJsonArray array;
        for (const Id& id : *ids)
            array.append(id);
        stmt.bindText(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        rows.reserve(ids->size());
        if (const Status status = readSummaries(stmt, settings, day, rows); !status)
            return status.error();
        if (const Status status = applyContractsInForce(db(), day, settings, rows); !status)
            return status.error();
        return rows;
    }

    // The largest rowid bounds the number of accounts (rowids only grow) and is one seek, where count()
    // scans the table; an outlier rowid falls back to the count.
    qint64 lastRowid = 0;
    {
        Stmt last(db(), "SELECT max(rowid) FROM account");
        if (last.next())
            lastRowid = last.int64(0);
        if (!last.status())
            return last.status().error();
    }
    qsizetype expected = 0;
    if (lastRowid <= kMaxReserveByRowid)
        expected = qsizetype(lastRowid);
    else if (auto n = count())
        expected = qsizetype(n.value());
    rows.reserve(expected);

    // A large list is read in two rowid ranges at once, the upper half on the second connection. Only when
    // neither connection has a transaction open, so that both see the latest committed data.
    sqlite3* db2 = second ? storage::BookAccess::d(*second)->db : nullptr;
    if (lastRowid >= kSplitFrom && db2 && sqlite3_get_autocommit(db()) && sqlite3_get_autocommit(db2)) {
        const qint64 mid = lastRowid / 2 + 1;
        QList<AccountSummary> upper;
        upper.reserve(expected - expected / 2);
        Status lower;
        Status upperRead;
        parallel::run({
            [&] { lower = readRange(db(), 0, mid, settings, day, rows); },
            [&] { upperRead = readRange(db2, mid, lastRowid + 1, settings, day, upper); },
        });
        if (!lower)
            return lower.error();
        if (!upperRead) { // the second connection failed (busy, unreadable): read the half here
            upper.clear();
            if (const Status status = readRange(db(), mid, lastRowid + 1, settings, day, upper); !status)
                return status.error();
        }
        rows.append(std::move(upper));
    } else {
        Stmt stmt(db(), kAllSummaries);
        stmt.bind(1, day);
        if (const Status status = readSummaries(stmt, settings, day, rows); !status)
            return status.error();
    }
    if (const Status status = applyContractsInForce(db(), day, settings, rows); !status)
        return status.error();
    return rows;
}

} // namespace csm
