#include "storage/HealthStore.h"

#include "BookPrivate.h"
#include "HealthInputsKept.h"
#include "Sqlite.h"
#include "domain/HealthBacktest.h"
#include "domain/Settings.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cstring>

namespace csm {

using storage::Stmt;
using storage::trBook;

namespace {

sqlite3* dbOf(Book& book)
{
    return storage::BookAccess::d(book)->db;
}

// The statements of one merged read. Each returns the account id first and is ordered by it (BINARY, as
// strcmp orders), so that the rows of all tables are read side by side, one account at a time. A statement
// either reads every account (?1 unused) or one (?1).
struct TableSql
{
    const char* all;
    const char* one;
};

const TableSql kAccounts = {
    "SELECT id, name, seats, touch_model_override, arr, stage FROM account WHERE deleted = 0 ORDER BY id",
    "SELECT id, name, seats, touch_model_override, arr, stage FROM account WHERE deleted = 0 AND id = ?1"};
// Every live ARR event (the touch model on a day before the first one is tech touch): the later of a day is
// the one created later (as the account's ARR is kept).
const TableSql kArr = {
    "SELECT account_id, effective_on, arr_after FROM arr_event WHERE deleted = 0 "
    "ORDER BY account_id, effective_on, created_at, id",
    "SELECT account_id, effective_on, arr_after FROM arr_event WHERE deleted = 0 AND account_id = ?1 "
    "ORDER BY effective_on, created_at, id"};
// ?2 .. ?3: the days of usage that count.
const TableSql kUsage = {
    "SELECT account_id, date, value FROM usage_metric WHERE metric = 'active_users' AND date BETWEEN ?2 AND "
    "?3 "
    "ORDER BY account_id",
    "SELECT account_id, date, value FROM usage_metric WHERE account_id = ?1 AND metric = 'active_users' "
    "AND date BETWEEN ?2 AND ?3"};
// Customer touches up to ?3 (engagement looks back without limit).
const TableSql kTouches = {
    "SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment FROM touch "
    "WHERE deleted = 0 AND kind <> 'internal_note' AND occurred_on <= ?3 ORDER BY account_id",
    "SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment FROM touch "
    "WHERE account_id = ?1 AND deleted = 0 AND kind <> 'internal_note' AND occurred_on <= ?3"};
// NPS answers from ?4 (a year before the first day asked about) up to ?3.
const TableSql kNps = {"SELECT account_id, responded_on, score FROM nps_response "
                       "WHERE deleted = 0 AND responded_on BETWEEN ?4 AND ?3 ORDER BY account_id",
                       "SELECT account_id, responded_on, score FROM nps_response "
                       "WHERE account_id = ?1 AND deleted = 0 AND responded_on BETWEEN ?4 AND ?3"};
// Milestones of live, active roadmaps due by ?3.
const TableSql kMilestones = {
    "SELECT r.account_id, m.due_on, m.completed_on, m.status FROM milestone m JOIN roadmap r ON r.id = "
    "m.roadmap_id WHERE m.deleted = 0 AND r.deleted = 0 AND r.active = 1 AND m.due_on <= ?3 "
    "ORDER BY r.account_id",
    "SELECT r.account_id, m.due_on, m.completed_on, m.status FROM roadmap r JOIN milestone m ON m.roadmap_id "
    "= "
    "r.id WHERE r.account_id = ?1 AND m.deleted = 0 AND r.deleted = 0 AND r.active = 1 AND m.due_on <= ?3"};

QDate dateAt(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    return s ? storage::parseIsoDate(s, sqlite3_column_bytes(q, col)) : QDate();
}

int minuteAt(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    if (!s || sqlite3_column_bytes(q, col) < 5)
        return -1;
    return ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0');
}

// One table's statement, stepped alongside the accounts.
class Cursor
{
public:
    Cursor(sqlite3* db, const TableSql& sql, const Id& only, QDate usageFrom, QDate upTo)
        : m_stmt(db, only.isEmpty() ? sql.all : sql.one)
    {
        if (!only.isEmpty())
            m_stmt.bind(1, only);
        // ?2 usage from, ?3 up to, ?4 NPS from: each bound where the statement has it.
        const QDate npsFrom = usageFrom.year() > 1 ? usageFrom.addDays(-364) : usageFrom;
        const QDate values[] = {usageFrom, upTo, npsFrom};
        for (int i = 2; i <= 4; ++i) {
            if (sqlite3_bind_parameter_name(m_stmt.handle(), i))
                m_stmt.bind(i, values[i - 2]);
        }
        m_has = m_stmt.next();
    }

    Status status() const { return m_stmt.status(); }

    // Calls take(row) for each row of the account, skipping rows of accounts before it (tombstoned accounts).
    template <typename F> void rowsOf(const QByteArray& accountId, F take)
    {
        sqlite3_stmt* q = m_stmt.handle();
        while (m_has) {
            const auto* id = reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
            const int order = id ? std::strcmp(id, accountId.constData()) : -1;
            if (order > 0)
                return;
            if (order == 0)
                take(q);
            m_has = m_stmt.next();
        }
    }

private:
    Stmt m_stmt;
    bool m_has = false;
};

std::optional<HealthBand> bandAt(sqlite3_stmt* q, int col)
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
    if (!s)
        return std::nullopt;
    return fromCode<HealthBand>(QString::fromLatin1(s));
}

std::optional<double> realAt(sqlite3_stmt* q, int col)
{
    if (sqlite3_column_type(q, col) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(q, col);
}

} // namespace

Status HealthStore::forEachAccountRows(Book& book, QDate usageFrom, QDate upTo, const RowsVisitor& visit,
                                       const Id& only)
{
    sqlite3* db = dbOf(book);
    // Dates stay inside the range SQLite's date() accepts, so that "everything" reads as everything.
    const QDate from = usageFrom.isValid() ? usageFrom : QDate(1, 1, 1);
    const QDate to = upTo.isValid() ? upTo : QDate(9999, 12, 31);
    Cursor arr(db, kArr, only, from, to);
    Cursor usage(db, kUsage, only, from, to);
    Cursor touches(db, kTouches, only, from, to);
    Cursor nps(db, kNps, only, from, to);
    Cursor milestones(db, kMilestones, only, from, to);
    Stmt accounts(db, only.isEmpty() ? kAccounts.all : kAccounts.one);
    if (!only.isEmpty())
        accounts.bind(1, only);

    Account a;
    sqlite3_stmt* q = accounts.handle();
    while (accounts.next()) {
        const QByteArray id(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)),
                            sqlite3_column_bytes(q, 0));
        a.id = QString::fromLatin1(id);
        a.name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)),
                                   sqlite3_column_bytes(q, 1));
        HealthAccountRows& r = a.rows;
        r = {};
        r.seats = sqlite3_column_int(q, 2);
        if (const auto* m = reinterpret_cast<const char*>(sqlite3_column_text(q, 3)))
            r.touchModelOverride = fromCode<TouchModel>(QString::fromLatin1(m));
        r.currentArr = sqlite3_column_int64(q, 4);
        r.churnedStage =
            std::strcmp(reinterpret_cast<const char*>(sqlite3_column_text(q, 5)), "churned") == 0;
        arr.rowsOf(id, [&](sqlite3_stmt* s) { r.arr.append({dateAt(s, 1), sqlite3_column_int64(s, 2)}); });
        usage.rowsOf(id, [&](sqlite3_stmt* s) {
            r.usage.append({dateAt(s, 1), sqlite3_column_double(s, 2)});
        });
        r.usageInDateOrder = std::is_sorted(r.usage.cbegin(), r.usage.cend(),
                                            [](const auto& x, const auto& y) { return x.date < y.date; });
        touches.rowsOf(id, [&](sqlite3_stmt* s) {
            HealthTouchRow t;
            t.occurredOn = dateAt(s, 1);
            t.minuteOfDay = minuteAt(s, 2);
            if (sqlite3_column_type(s, 5) != SQLITE_NULL) {
                // Only touches with a sentiment take part in its order: the rest need no tie-breaks.
                t.sentiment = sqlite3_column_int(s, 5);
                t.loggedAtMs = storage::parseIsoTimestampMs(
                    reinterpret_cast<const char*>(sqlite3_column_text(s, 3)), sqlite3_column_bytes(s, 3));
                t.id = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(s, 4)));
            }
            r.touches.append(t);
        });
        nps.rowsOf(id, [&](sqlite3_stmt* s) { r.nps.append({dateAt(s, 1), sqlite3_column_int(s, 2)}); });
        milestones.rowsOf(id, [&](sqlite3_stmt* s) {
            HealthMilestoneRow m;
            m.dueOn = dateAt(s, 1);
            if (sqlite3_column_type(s, 2) != SQLITE_NULL)
                m.completedOn = dateAt(s, 2);
            m.status = fromCode<MilestoneStatus>(
                           QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(s, 3))))
                           .value_or(MilestoneStatus::Planned);
            r.milestones.append(m);
        });
        // A table whose read failed gives no more rows, and the account must not be visited without them: its
        // scores would be written from rows missing. On a full disk SQLite may even have rolled the whole
        // transaction back, and the visitor's writes would then each commit on their own.
        for (const Cursor* c : {&arr, &usage, &touches, &nps, &milestones}) {
            if (Status st = c->status(); !st)
                return st;
        }
        if (!visit(a))
            return {};
    }
    for (const Status& st : {accounts.status(), arr.status(), usage.status(), touches.status(), nps.status(),
                             milestones.status()}) {
        if (!st)
            return st;
    }
    return {};
}

Result<HealthAccountRows> HealthStore::readRows(Book& book, const Id& accountId)
{
    std::optional<HealthAccountRows> found;
    const Status st = forEachAccountRows(
        book, {}, {},
        [&](const Account& a) {
            found = a.rows;
            return false;
        },
        accountId);
    if (!st)
        return st.error();
    if (!found)
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The account does not exist.")),
                     accountId,
                     {}};
    return *found;
}

namespace {

Error cancelledError()
{
    return Error{Error::Code::Cancelled, trBook(QT_TRANSLATE_NOOP("csm::Book", "Cancelled.")), {}, {}};
}

} // namespace

Result<QList<AccountHealthInputs>> HealthStore::readInputs(Book& book, QDate asOf,
                                                           const CancelCheck& cancelled)
{
    // The inputs the book keeps for the day (HealthInputsKept.h), when it keeps them for every live account.
    auto kept = storage::readKeptHealthInputs(dbOf(book), asOf, cancelled);
    if (!kept)
        return kept.error();
    if (cancelled && cancelled())
        return cancelledError();
    if (*kept)
        return std::move(**kept);
    const BookSettings settings = book.settings();
    const QDate before = asOf.addDays(-kHealthTrendDays);
    QList<AccountHealthInputs> inputs;
    bool stopped = false;
    const Status st = forEachAccountRows(book, before.addDays(-59), asOf, [&](const Account& a) {
        if (cancelled && inputs.size() % 1024 == 0 && cancelled()) {
            stopped = true;
            return false;
        }
        inputs.append(accountHealthInputs(a.id, a.rows, settings, asOf));
        return true;
    });
    if (!st)
        return st.error();
    if (stopped)
        return cancelledError();
    return inputs;
}

namespace {

// The columns a snapshot is read by: its model and score, then its inputs (storage::readHealthInputs).
constexpr const char* kSnapshotColumns =
    "model_version, score, band, touch_model, seats, usage_recent_sum, usage_recent_days, usage_prior_sum, "
    "usage_prior_days, days_since_touch, sentiment_sum, sentiment_count, nps_promoters, nps_detractors, "
    "nps_responses, milestones_due, milestones_on_time";

} // namespace

Result<QList<StoredHealthSnapshot>> HealthStore::history(Book& book, const Id& accountId,
                                                         const QList<QDate>& days)
{
    Stmt q(dbOf(book), QByteArray("SELECT ") + kSnapshotColumns +
                           " FROM health_snapshot WHERE as_of = ?1 AND account_id = ?2");
    QList<StoredHealthSnapshot> out;
    for (const QDate& day : days) {
        q.reset();
        q.bind(1, day).bind(2, accountId);
        if (!q.next()) {
            if (!q.status())
                return q.status().error();
            continue;
        }
        sqlite3_stmt* s = q.handle();
        StoredHealthSnapshot& snap = out.emplace_back();
        snap.asOf = day;
        snap.modelVersion = sqlite3_column_int(s, 0);
        snap.score = realAt(s, 1);
        snap.band = bandAt(s, 2);
        if (sqlite3_column_type(s, 3) == SQLITE_NULL)
            continue; // carried over from schema 3: no inputs
        snap.inputs = storage::readHealthInputs(s, 3, day);
    }
    return out;
}

Result<CurrentHealth> HealthStore::current(Book& book, const Id& accountId)
{
    Stmt q(dbOf(book),
           "SELECT health_as_of, health_model_version, health_score, health_band, health_score_before "
           "FROM account WHERE id = ?1 AND deleted = 0");
    q.bind(1, accountId);
    if (!q.next()) {
        if (!q.status())
            return q.status().error();
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The account does not exist.")),
                     accountId,
                     {}};
    }
    sqlite3_stmt* s = q.handle();
    CurrentHealth h;
    h.asOf = dateAt(s, 0);
    h.modelVersion = sqlite3_column_int(s, 1);
    h.score = realAt(s, 2);
    h.band = bandAt(s, 3);
    h.scoreBefore = realAt(s, 4);
    return h;
}

Result<bool> HealthStore::hasSnapshotsOn(Book& book, QDate day)
{
    Stmt q(dbOf(book), "SELECT EXISTS (SELECT 1 FROM health_snapshot WHERE as_of = ?1)");
    q.bind(1, day);
    if (!q.next())
        return q.status().error();
    return q.int64(0) != 0;
}

Result<HealthModel> HealthStore::model(Book& book, int version)
{
    const HealthModel current = HealthModel::fromSettings(book.settings());
    if (version == current.version)
        return current;
    Stmt q(dbOf(book),
           "SELECT weight_adoption, weight_usage_trend, weight_engagement, weight_sentiment, "
           "weight_nps, weight_onboarding, cadence_high_days, cadence_low_days, cadence_tech_days, "
           "green_min, yellow_min, drop_points FROM health_model WHERE version = ?1");
    q.bind(1, version);
    if (!q.next()) {
        if (!q.status())
            return q.status().error();
        return Error{
            Error::Code::NotFound,
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book keeps no health model of that version.")),
            QString::number(version),
            {}};
    }
    HealthModel m;
    m.version = version;
    for (int i = 0; i < kHealthFactorCount; ++i)
        m.weights[std::size_t(i)] = q.real(i);
    for (int i = 0; i < 3; ++i)
        m.cadences[std::size_t(i)] = q.int32(6 + i);
    m.greenMin = q.real(9);
    m.yellowMin = q.real(10);
    m.dropPoints = q.real(11);
    return m;
}

Result<BacktestBasis> HealthStore::backtestBasis(Book& book, QDate asOf)
{
    // The decided renewals by account (a few per account at most).
    QHash<Id, QList<BacktestCase>> byAccount;
    // The earliest day whose inputs are asked for: usage before its 60-day window counts nowhere.
    QDate earliest = asOf.addDays(-kHealthTrendDays);
    {
        Stmt q(dbOf(book), "SELECT account_id, renewal_date, outcome FROM renewal WHERE deleted = 0 "
                           "AND outcome <> 'pending' AND coalesce(decided_on, renewal_date) <= ?1");
        q.bind(1, asOf);
        while (q.next()) {
            BacktestCase c;
            c.accountId = q.text(0);
            c.renewalDate = q.date(1);
            c.outcome = fromCode<RenewalOutcome>(q.text(2)).value_or(RenewalOutcome::Pending);
            if (c.renewalDate.isValid())
                earliest = std::min(earliest, c.renewalDate.addDays(-kBacktestDaysBefore[0]));
            byAccount[c.accountId].append(c);
        }
        if (!q.status())
            return q.status().error();
    }
    const BookSettings settings = book.settings();
    BacktestBasis basis;
    // One pass for both: the cases' days and the book now.
    const Status st = forEachAccountRows(book, earliest.addDays(-59), asOf, [&](const Account& a) {
        basis.accounts.append(accountHealthInputs(a.id, a.rows, settings, asOf));
        const auto it = byAccount.constFind(a.id);
        if (it == byAccount.constEnd())
            return true;
        for (BacktestCase c : *it) {
            const QDate d90 = c.renewalDate.addDays(-kBacktestDaysBefore[0]);
            const QDate d60 = c.renewalDate.addDays(-kBacktestDaysBefore[1]);
            if (d90 <= asOf)
                c.at90 = healthInputsAt(a.rows, settings, d90);
            if (d60 <= asOf)
                c.at60 = healthInputsAt(a.rows, settings, d60);
            basis.cases.append(c);
        }
        return true;
    });
    if (!st)
        return st.error();
    return basis;
}

} // namespace csm
