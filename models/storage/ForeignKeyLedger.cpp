#include "ForeignKeyLedger.h"

#include "ImportBulkLoad.h"
#include "Sqlite.h"
#include "TableRows.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace csm::storage {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The 16 bytes of a canonical UUID in lowercase (8-4-4-4-12 hex digits), the form of the book's ids, as two
// numbers; none for any other text, which is kept as it is (so the two forms never stand for the same key).
std::optional<std::pair<quint64, quint64>> uuidBytes(QByteArrayView key)
{
    if (key.size() != 36)
        return std::nullopt;
    quint64 half[2] = {0, 0};
    int digits = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (key[i] != '-')
                return std::nullopt;
            continue;
        }
        const int d = hexDigit(key[i]);
        if (d < 0)
            return std::nullopt;
        quint64& h = half[digits++ / 16];
        h = h << 4 | quint64(d);
    }
    return std::pair{half[0], half[1]};
}

} // namespace

void KeySet::add(QByteArrayView key)
{
    if (const auto uuid = uuidBytes(key))
        m_uuids.push_back(*uuid);
    else
        m_others.push_back(key.toByteArray());
    m_sorted = false;
}

bool KeySet::contains(QByteArrayView key)
{
    if (!m_sorted) {
        std::sort(m_uuids.begin(), m_uuids.end());
        m_uuids.erase(std::unique(m_uuids.begin(), m_uuids.end()), m_uuids.end());
        std::sort(m_others.begin(), m_others.end());
        m_others.erase(std::unique(m_others.begin(), m_others.end()), m_others.end());
        m_sorted = true;
    }
    if (const auto uuid = uuidBytes(key))
        return std::binary_search(m_uuids.cbegin(), m_uuids.cend(), *uuid);
    return std::binary_search(m_others.cbegin(), m_others.cend(), key, [](const auto& a, const auto& b) {
        return QByteArrayView(a) < QByteArrayView(b);
    });
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
