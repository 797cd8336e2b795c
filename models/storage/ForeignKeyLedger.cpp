#include "ForeignKeyLedger.h"

#include "ImportBulkLoad.h"
#include "Sqlite.h"
#include "TableRows.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <optional>

namespace csm::storage {

namespace {

// Each byte's value as a lowercase hex digit, or 0xff.
constexpr std::array<quint8, 256> kHexDigits = [] {
    std::array<quint8, 256> digits{};
    digits.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        digits[std::size_t(c)] = quint8(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        digits[std::size_t(c)] = quint8(c - 'a' + 10);
    return digits;
}();

// `count` hex digits from `text` into `value`; false when one is not a lowercase hex digit.
bool addHexDigits(const char* text, int count, quint64& value)
{
    quint8 any = 0;
    for (int i = 0; i < count; ++i) {
        const quint8 d = kHexDigits[quint8(text[i])];
        any |= d;
        value = value << 4 | (d & 0xf);
    }
    return (any & 0xf0) == 0; // a byte that is no digit has the high bits set
}

// The 16 bytes of a canonical UUID in lowercase (8-4-4-4-12 hex digits), the form of the book's ids, as two
// numbers; none for any other text, which is kept as it is (so the two forms never stand for the same key).
std::optional<std::pair<quint64, quint64>> uuidBytes(QByteArrayView key)
{
    if (key.size() != 36)
        return std::nullopt;
    const char* t = key.data();
    if (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
        return std::nullopt;
    quint64 high = 0;
    quint64 low = 0;
    const bool ok = addHexDigits(t, 8, high) && addHexDigits(t + 9, 4, high) &&
                    addHexDigits(t + 14, 4, high) && addHexDigits(t + 19, 4, low) &&
                    addHexDigits(t + 24, 12, low);
    if (!ok)
        return std::nullopt;
    return std::pair{high, low};
}

// The slot a key's probe starts from: the bits of both halves mixed (a version 7 UUID's first half is its
// time, nearly the same for ids made together).
std::size_t slotOf(const std::pair<quint64, quint64>& key, std::size_t mask)
{
    quint64 h = key.first * 0x9E3779B97F4A7C15ULL ^ key.second;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return std::size_t(h) & mask;
}

} // namespace

void KeySet::add(QByteArrayView key)
{
    if (const auto uuid = uuidBytes(key))
        m_pending.push_back(*uuid);
    else
        m_others.insert(key.toByteArray());
}

bool KeySet::contains(QByteArrayView key)
{
    if (m_hasLast && key == QByteArrayView(m_last.data(), m_last.size()))
        return true;
    const auto uuid = uuidBytes(key);
    if (!uuid)
        return m_others.contains(key.toByteArray());
    if (!m_pending.empty())
        insertPending();
    if (!containsUuid(*uuid))
        return false;
    std::copy(key.begin(), key.end(), m_last.begin());
    m_hasLast = true;
    return true;
}

void KeySet::insertPending()
{
    // The table sized once for all of them, then filled in one tight loop (whose cache misses the processor
    // overlaps), rather than a key at a time between the rows' writes.
    const std::size_t wanted = std::size_t(m_count) + m_pending.size();
    if (wanted * 2 > m_slots.size())
        rehash(std::bit_ceil(std::max<std::size_t>(1024, wanted * 2)));
    for (const Uuid& key : m_pending)
        insertUuid(key);
    m_pending.clear();
    m_pending.shrink_to_fit();
}

bool KeySet::containsUuid(const Uuid& key) const
{
    if (key == Uuid{0, 0})
        return m_hasZero;
    if (m_slots.empty())
        return false;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        const Uuid& slot = m_slots[i];
        if (slot == key)
            return true;
        if (slot == Uuid{0, 0})
            return false;
    }
}

void KeySet::insertUuid(const Uuid& key)
{
    if (key == Uuid{0, 0}) {
        m_hasZero = true;
        return;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        Uuid& slot = m_slots[i];
        if (slot == key)
            return;
        if (slot == Uuid{0, 0}) {
            slot = key;
            ++m_count;
            return;
        }
    }
}

void KeySet::rehash(std::size_t size)
{
    std::vector<Uuid> old = std::exchange(m_slots, std::vector<Uuid>(size));
    m_count = 0;
    for (const Uuid& key : old) {
        if (key != Uuid{0, 0})
            insertUuid(key);
    }
}

Result<std::unique_ptr<ForeignKeyLedger>> ForeignKeyLedger::forConnection(sqlite3* db)
{
    Stmt enforced(db, "PRAGMA foreign_keys");
    if (!enforced.next())
        return enforced.status().error();
    if (enforced.int64(0) != 0)
        return std::unique_ptr<ForeignKeyLedger>();
    std::unique_ptr<ForeignKeyLedger> ledger(new ForeignKeyLedger(db));
    // The ledger keeps one set of keys per referred table, of its one key column.
    const auto unsupported = [](const QString& parent) {
        return Error{Error::Code::Generic,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book's table \"%1\" is referred to without a "
                                                           "key of one column."))
                         .arg(parent),
                     {},
                     {}};
    };
    // Every table some reference points at, and the column it points at (its key when the schema names none).
    Stmt q(db, "SELECT f.\"table\", f.\"to\" FROM sqlite_schema AS s, pragma_foreign_key_list(s.name) AS f "
               "WHERE s.type = 'table'");
    while (q.next()) {
        const QString parent = q.text(0);
        QString to = q.text(1);
        if (to.isEmpty()) {
            auto info = readDataTable(db, parent);
            if (!info)
                return info.error();
            if (info->primaryKey.size() != 1)
                return unsupported(parent);
            to = info->primaryKey.first();
        }
        if (const QString seen = ledger->m_referredColumn.value(parent); !seen.isEmpty() && seen != to)
            return unsupported(parent);
        ledger->m_referredColumn.insert(parent, to);
    }
    if (!q.status())
        return q.status().error();
    return ledger;
}

Result<KeySet*> ForeignKeyLedger::keysOf(const QString& table, const QString& column)
{
    if (auto it = m_keys.find(table); it != m_keys.end())
        return it.value().get();
    auto keys = std::make_shared<KeySet>();
    Stmt q(m_db, "SELECT " + quoted(column) + " FROM " + quoted(table) + " WHERE " + quoted(column) +
                     " IS NOT NULL");
    while (q.next())
        keys->add(q.utf8(0));
    if (!q.status())
        return q.status().error();
    m_keys.insert(table, keys);
    return keys.get();
}

Result<ForeignKeyLedger::TableChecks> ForeignKeyLedger::forTable(const QString& table,
                                                                 const QStringList& columns)
{
    TableChecks checks;
    checks.m_db = m_db;
    Stmt q(m_db, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq");
    q.bindText(1, table);
    while (q.next()) {
        const QString from = q.text(0);
        const QString parent = q.text(1);
        const qsizetype at = columns.indexOf(from);
        if (at < 0)
            continue; // not loaded: its default (null) refers to nothing
        const QString to = m_referredColumn.value(parent);
        auto keys = keysOf(parent, to);
        if (!keys)
            return keys.error();
        checks.m_references.push_back({int(at), from, parent, *keys,
                                       "SELECT 1 FROM " + quoted(parent) + " WHERE " + quoted(to) + " = ?1"});
    }
    if (!q.status())
        return q.status().error();
    if (auto it = m_referredColumn.constFind(table); it != m_referredColumn.cend()) {
        checks.m_keyColumn = int(columns.indexOf(it.value()));
        if (checks.m_keyColumn >= 0) {
            auto keys = keysOf(table, it.value());
            if (!keys)
                return keys.error();
            checks.m_ownKeys = *keys;
        }
    }
    return checks;
}

Status ForeignKeyLedger::TableChecks::check(const ValueAt& value) const
{
    for (const Reference& r : m_references) {
        const SqlValue v = value(r.column);
        bool found = false;
        if (v.type == SqlValue::Type::Null) {
            found = true;
        } else if (v.type == SqlValue::Type::Text) {
            found = r.keys->contains(QByteArrayView(v.text));
        } else {
            // A number where an id belongs: the book compares it as SQLite would.
            Stmt has(m_db, r.lookupSql);
            bindValue(has, 1, v);
            found = has.next();
            if (!has.status())
                return has.status();
        }
        if (!found)
            return missingReference(r.name, r.referredTable); // as the import reports SQLite's refusal
    }
    return {};
}

void ForeignKeyLedger::TableChecks::written(const ValueAt& value) const
{
    if (!m_ownKeys)
        return;
    const SqlValue v = value(m_keyColumn);
    if (v.type == SqlValue::Type::Text)
        m_ownKeys->add(QByteArrayView(v.text));
    else if (v.type == SqlValue::Type::Integer)
        m_ownKeys->add(QByteArray::number(v.integer));
}

} // namespace csm::storage
