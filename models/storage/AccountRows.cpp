#include "AccountRows.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <algorithm>
#include <utility>

namespace csm::storage {

Error readCancelledError()
{
    return Error{
        Error::Code::Cancelled, QCoreApplication::translate("csm::Book", "The read was cancelled."), {}, {}};
}

qsizetype AccountIndex::slotOf(QByteArrayView id, size_t hash) const
{
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.key < 0 || (s.hash == hash && QByteArrayView(m_keys).sliced(s.key, s.keySize) == id))
            return i;
    }
}

void AccountIndex::grow(qsizetype slotCount)
{
    const QList<Slot> old = std::exchange(m_slots, QList<Slot>(slotCount));
    for (const Slot& s : old) {
        if (s.key >= 0)
            m_slots[slotOf(QByteArrayView(m_keys).sliced(s.key, s.keySize), s.hash)] = s;
    }
}

void AccountIndex::reserve(qsizetype count, qsizetype idBytes)
{
    qsizetype slotCount = 16;
    while (slotCount < count * 2)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        grow(slotCount);
    m_keys.reserve(count * idBytes);
}

void AccountIndex::insert(QByteArrayView id, int number)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow(std::max<qsizetype>(16, m_slots.size() * 2));
    const size_t hash = qHash(id, 0);
    Slot& s = m_slots[slotOf(id, hash)];
    if (s.key >= 0)
        return;
    s = {hash, m_keys.size(), int(id.size()), number};
    m_keys.append(id);
    ++m_size;
}

int AccountIndex::find(QByteArrayView id) const
{
    if (m_slots.isEmpty())
        return -1;
    return m_slots[slotOf(id, qHash(id, 0))].number;
}

QList<AccountIndex::Entry> AccountIndex::inIdOrder() const
{
    QList<Entry> out;
    out.reserve(m_size);
    for (const Slot& s : m_slots) {
        if (s.key >= 0)
            out.append({QByteArrayView(m_keys).sliced(s.key, s.keySize), s.number});
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.id.compare(b.id) < 0; });
    return out;
}

Result<QList<AccountArrEvent>> readArrEventsByAccount(sqlite3* db, const AccountIndex& index, QDate upTo,
                                                      const CancelCheck& cancelled)
{
    Stmt q(db, upTo.isValid() ? "SELECT account_id, effective_on, arr_after, created_at, id FROM arr_event "
                                "NOT INDEXED WHERE deleted = 0 AND effective_on <= ?1"
                              : "SELECT account_id, effective_on, arr_after, created_at, id FROM arr_event "
                                "NOT INDEXED WHERE deleted = 0");
    if (upTo.isValid())
        q.bind(1, upTo);
    // The tie-breakers of one date (created_at, id) are kept side by side in one buffer: they decide only
    // between events of one account on one date, which are rare, but must be there when they do.
    struct Row
    {
        AccountArrEvent event;
        qint32 day = 0;
        qsizetype created = 0; // offset of created_at in `text`, followed by its id
        qsizetype createdSize = 0;
        qsizetype idSize = 0;
    };
    QList<Row> rows;
    QByteArray text;
    if (auto st = eachAccountRow(q, index, cancelled,
                                 [&](int account) {
                                     Row r;
                                     r.event = {account, q.date(1), q.int64(2)};
                                     r.day = qint32(r.event.effectiveOn.toJulianDay());
                                     const QByteArrayView created = q.utf8(3);
                                     const QByteArrayView id = q.utf8(4);
                                     r.created = text.size();
                                     r.createdSize = created.size();
                                     r.idSize = id.size();
                                     text.append(created).append(id);
                                     rows.append(r);
                                 });
        !st)
        return st.error();
    const auto view = [&text](qsizetype at, qsizetype size) { return QByteArrayView(text).sliced(at, size); };
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.event.account != b.event.account)
            return a.event.account < b.event.account;
        if (a.day != b.day)
            return a.day < b.day;
        // BINARY collation, as SQLite's ORDER BY compares text: bytes, then length.
        const int created = view(a.created, a.createdSize).compare(view(b.created, b.createdSize));
        if (created != 0)
            return created < 0;
        return view(a.created + a.createdSize, a.idSize).compare(view(b.created + b.createdSize, b.idSize)) <
               0;
    });
    QList<AccountArrEvent> out;
    out.reserve(rows.size());
    for (const Row& r : std::as_const(rows))
        out.append(r.event);
    return out;
}

} // namespace csm::storage
