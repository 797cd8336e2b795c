#include "AccountRows.h"

#include "LatestContract.h"
#include "Tables.h"
#include "domain/Parallel.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <utility>

namespace csm::storage {

Error readCancelledError()
{
    return Error{
        Error::Code::Cancelled, QCoreApplication::translate("csm::Book", "The read was cancelled."), {}, {}};
}

quint32 AccountIndex::hashOf(QByteArrayView id)
{
    return quint32(qHash(id, 0));
}

QByteArrayView AccountIndex::idAt(qsizetype inserted) const
{
    const Inserted& i = m_inserted[inserted];
    return QByteArrayView(m_keys.data() + i.key, i.keySize);
}

qsizetype AccountIndex::slotOf(QByteArrayView id, quint32 hash) const
{
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.inserted < 0 || (s.hash == hash && idAt(s.inserted) == id))
            return i;
    }
}

qsizetype AccountIndex::insertedAt(QByteArrayView id) const
{
    if (m_slots.isEmpty())
        return -1;
    return m_slots[slotOf(id, hashOf(id))].inserted;
}

void AccountIndex::grow(qsizetype slotCount)
{
    const QList<Slot> old = std::exchange(m_slots, QList<Slot>(slotCount));
    const qsizetype mask = slotCount - 1;
    for (const Slot& s : old) {
        if (s.inserted < 0)
            continue;
        qsizetype i = qsizetype(s.hash) & mask;
        while (m_slots[i].inserted >= 0) // the ids are distinct: the first free slot
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void AccountIndex::reserve(qsizetype count, qsizetype idBytes)
{
    qsizetype slotCount = 16;
    while (slotCount < count * 2)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        grow(slotCount);
    m_inserted.reserve(count);
    m_keys.reserve(count * idBytes);
}

void AccountIndex::insert(QByteArrayView id, int number)
{
    if ((m_inserted.size() + 1) * 2 > m_slots.size())
        grow(std::max<qsizetype>(16, m_slots.size() * 2));
    const quint32 hash = hashOf(id);
    Slot& s = m_slots[slotOf(id, hash)];
    if (s.inserted >= 0)
        return;
    s = {hash, qint32(m_inserted.size())};
    m_inserted.append({m_keys.size(), int(id.size()), number});
    m_keys.append(id.data(), id.size());
}

int AccountIndex::find(QByteArrayView id) const
{
    const qsizetype at = insertedAt(id);
    return at < 0 ? -1 : m_inserted[at].number;
}

int AccountIndex::find(QByteArrayView id, Cursor& near) const
{
    for (qsizetype at = std::max<qsizetype>(near.at, 0); at <= near.at + 1 && at < m_inserted.size(); ++at) {
        if (idAt(at) == id) {
            near.at = at;
            return m_inserted[at].number;
        }
    }
    const qsizetype at = insertedAt(id);
    if (at < 0)
        return -1;
    near.at = at;
    return m_inserted[at].number;
}

QList<AccountIndex::Entry> AccountIndex::inIdOrder() const
{
    QList<Entry> out;
    out.reserve(m_inserted.size());
    for (qsizetype i = 0; i < m_inserted.size(); ++i)
        out.append({idAt(i), m_inserted[i].number});
    const auto byId = [](const Entry& a, const Entry& b) { return a.id.compare(b.id) < 0; };
    if (!std::is_sorted(out.cbegin(), out.cend(), byId)) // accounts are often read in id order already
        std::sort(out.begin(), out.end(), byId);
    return out;
}

Result<QList<AccountArrEvent>> readArrEventsByAccount(sqlite3* db, const AccountIndex& index, QDate upTo,
                                                      const CancelCheck& cancelled)
{
    Stmt q(db, upTo.isValid()
                   ? "SELECT account_id, effective_on, arr_after, rowid FROM arr_event NOT INDEXED "
                     "WHERE deleted = 0 AND effective_on <= ?1"
                   : "SELECT account_id, effective_on, arr_after, rowid FROM arr_event NOT INDEXED "
                     "WHERE deleted = 0");
    if (upTo.isValid())
        q.bind(1, upTo);
    struct Row
    {
        AccountArrEvent event;
        qint64 rowid = 0;
    };
    QList<Row> rows;
    if (auto st = eachAccountRow(q, index, cancelled,
                                 [&](int account) {
                                     rows.append({{account, q.date(1), q.int64(2)}, q.int64(3)});
                                 });
        !st)
        return st.error();
    const auto key = [](const Row& r) { return std::pair(r.event.account, r.event.effectiveOn); };
    const auto byAccountAndDate = [&key](const Row& a, const Row& b) { return key(a) < key(b); };
    // A book written account by account and in time (generated, imported) is in this order already.
    if (!std::is_sorted(rows.cbegin(), rows.cend(), byAccountAndDate))
        std::sort(rows.begin(), rows.end(), byAccountAndDate);
    Stmt written(db, "SELECT created_at, id FROM arr_event WHERE rowid = ?1");
    if (auto st = orderTies(written, rows, [&key](const Row& a, const Row& b) { return key(a) == key(b); });
        !st)
        return st.error();
    QList<AccountArrEvent> out;
    out.reserve(rows.size());
    for (const Row& r : std::as_const(rows))
        out.append(r.event);
    return out;
}

Result<AccountHalves> accountHalves(sqlite3* db)
{
    // Not count(*), which reads the whole id index (5 MB at 100,000 accounts, 12 ms before either half could
    // start): the rows' rowids are distinct, so the span of the two ends bounds them.
    Stmt bounds(db, "SELECT (SELECT min(rowid) FROM account), (SELECT max(rowid) FROM account)");
    if (!bounds.next()) {
        if (auto st = bounds.status(); !st)
            return st.error();
        return AccountHalves{};
    }
    if (bounds.isNull(0))
        return AccountHalves{};
    const qint64 first = bounds.int64(0);
    const qint64 last = bounds.int64(1);
    // The rowids after the first one, in unsigned arithmetic: rowids may be negative, and the two ends as far
    // apart as 2^64 - 1.
    const quint64 after = quint64(last) - quint64(first);
    return AccountHalves{qsizetype(std::min<quint64>(after, AccountHalves::kMostRoom - 1) + 1),
                         std::midpoint(first, last)};
}

void IdsRead::reserve(qsizetype count)
{
    m_bytes.reserve(count * 36); // a UUID's text, as the book's ids are
    m_ends.reserve(count);
    m_positions.reserve(count);
}

void IdsRead::append(QByteArrayView id, int position)
{
    m_bytes.append(id.data(), id.size());
    m_ends.append(m_bytes.size());
    m_positions.append(position);
}

void IdsRead::numberInto(AccountIndex& index, int offset) const
{
    qsizetype begin = 0;
    for (qsizetype k = 0; k < m_ends.size(); ++k) {
        index.insert(QByteArrayView(m_bytes.data() + begin, m_ends[k] - begin), offset + m_positions[k]);
        begin = m_ends[k];
    }
}

QString SharedTexts::of(QByteArrayView utf8)
{
    for (const auto& [bytes, text] : m_texts) {
        if (bytes == utf8)
            return text;
    }
    QString text = QString::fromUtf8(utf8);
    if (m_texts.size() < kMax)
        m_texts.append({utf8.toByteArray(), text});
    return text;
}

Status readOnBoth(sqlite3* db, sqlite3* second, const std::function<Status(sqlite3*)>& here,
                  const std::function<Status(sqlite3*)>& there, const std::function<void()>& undoThere)
{
    if (!second || !sqlite3_get_autocommit(db) || !sqlite3_get_autocommit(second)) {
        if (auto st = here(db); !st)
            return st;
        return there(db);
    }
    Status hereRead;
    Status thereRead;
    parallel::run({[&] { hereRead = here(db); }, [&] { thereRead = there(second); }});
    if (!hereRead)
        return hereRead;
    if (!thereRead) {
        undoThere();
        return there(db);
    }
    return {};
}

namespace {

// Of a read's `count` accounts, whether each is among `accounts` (what one scan of a table for a few of them
// asks of each row).
QList<bool> markedAmong(qsizetype count, const QList<int>& accounts)
{
    QList<bool> marked(count, false);
    for (const int account : accounts)
        marked[account] = true;
    return marked;
}

} // namespace

Status readContractsStartedBy(sqlite3* db, QDate asOf, const AccountIndex* index, qsizetype count,
                              const QList<int>& accounts, const std::function<QString(int)>& idOf,
                              const std::function<void(int, const Stmt&)>& take, const CancelCheck& cancelled)
{
    if (accounts.isEmpty())
        return {};
    if (!index || seekEach(accounts.size(), count)) {
        Stmt q(db, "SELECT account_id, id, start_date, term_months, auto_renew, notice_days, notice_rule, "
                   "renewal_term_months FROM contract WHERE account_id = ?1 AND deleted = 0 AND "
                   "start_date <= ?2 ORDER BY start_date DESC, created_at DESC, id DESC LIMIT 1");
        for (const int account : accounts) {
            q.reset();
            q.bind(1, idOf(account)).bind(2, asOf);
            if (q.next())
                take(account, q);
            if (auto st = q.status(); !st)
                return st;
        }
        return {};
    }
    const QList<bool> wanted = markedAmong(count, accounts);
    Stmt q(db, "SELECT account_id, id, start_date, term_months, auto_renew, notice_days, notice_rule, "
               "renewal_term_months, created_at FROM contract NOT INDEXED WHERE deleted = 0 AND "
               "start_date <= ?1");
    q.bind(1, asOf);
    LatestContracts latest(count);
    return eachAccountRow(q, *index, cancelled, [&](int account) {
        if (wanted[account] && latest.offer(account, q.date(2), q.utf8(8), q.utf8(1)))
            take(account, q);
    });
}

Status readRecordedSince(sqlite3* db, const AccountIndex* index, qsizetype count, const QList<int>& accounts,
                         const std::function<QString(int)>& idOf, const std::function<QDate(int)>& startOf,
                         const std::function<RecordedRenewals&(int)>& recordedOf,
                         const CancelCheck& cancelled)
{
    if (accounts.isEmpty())
        return {};
    if (!index || seekEach(accounts.size(), count)) {
        Stmt q(db,
               "SELECT renewal_date, outcome FROM renewal WHERE account_id = ?1 AND renewal_date > ?2 AND "
               "deleted = 0 AND outcome <> 'pending'");
        for (const int account : accounts) {
            const QDate start = startOf(account);
            RecordedRenewals& recorded = recordedOf(account);
            q.reset();
            q.bind(1, idOf(account)).bind(2, start);
            while (q.next())
                recorded.add(q.date(0), codeOr(q, 1, RenewalOutcome::Pending), start);
            if (auto st = q.status(); !st)
                return st;
        }
        return {};
    }
    const QList<bool> wanted = markedAmong(count, accounts);
    Stmt q(db, "SELECT account_id, renewal_date, outcome FROM renewal NOT INDEXED WHERE deleted = 0 AND "
               "outcome <> 'pending'");
    return eachAccountRow(q, *index, cancelled, [&](int account) {
        if (wanted[account])
            recordedOf(account).add(q.date(1), codeOr(q, 2, RenewalOutcome::Pending), startOf(account));
    });
}

} // namespace csm::storage
