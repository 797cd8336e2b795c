#include "TableRows.h"

#include "ListFacts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace csm::storage {
namespace {

// Tables that are not the user's data: the book's identity, the derived health snapshots and inputs
// (recomputed), the import bookkeeping.
bool isExcludedTable(const QString& name)
{
    static const QSet<QString> excluded = {
        QStringLiteral("meta"),          QStringLiteral("health_snapshot"),
        QStringLiteral("health_factor"), QStringLiteral("health_trend_day"),
        QStringLiteral("health_input"),  QStringLiteral("import_batch"),
        QStringLiteral("import_change"),
    };
    return excluded.contains(name) || name.startsWith(QLatin1String("sqlite_"));
}

} // namespace

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

namespace {

void appendJsonValue(QByteArray& out, const SqlValue& v)
{
    switch (v.type) {
    case SqlValue::Type::Null:
        out += "null";
        break;
    case SqlValue::Type::Integer:
        out += QByteArray::number(v.integer);
        break;
    case SqlValue::Type::Real:
        out += '[' + QByteArray::number(v.real, 'g', 17) + ']';
        break;
    case SqlValue::Type::Text:
        appendJsonString(out, v.text);
        break;
    }
}

Result<SqlValue> fromJson(const QJsonValue& j)
{
    if (j.isNull())
        return SqlValue::null();
    if (j.isString())
        return SqlValue::fromText(j.toString().toUtf8());
    if (j.isArray() && j.toArray().size() == 1 && j.toArray().at(0).isDouble())
        return SqlValue::fromReal(j.toArray().at(0).toDouble());
    if (j.isDouble())
        return SqlValue::fromInteger(j.toInteger());
    return Error{
        Error::Code::Corrupt,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "The record of an import holds a value it cannot read.")),
        {},
        {}};
}

Error badRecord()
{
    return Error{Error::Code::Corrupt,
                 trBook(QT_TRANSLATE_NOOP("csm::Book", "The record of the last import cannot be read.")),
                 QStringLiteral("import_change"),
                 {}};
}

QByteArray whereKey(const QStringList& primaryKey, int firstParameter)
{
    QByteArray sql;
    for (qsizetype i = 0; i < primaryKey.size(); ++i) {
        if (i > 0)
            sql += " AND ";
        sql += quoted(primaryKey[i]) + " = ?" + QByteArray::number(firstParameter + int(i));
    }
    return sql;
}

} // namespace

QByteArray quoted(const QString& identifier)
{
    QByteArray out = "\"";
    out += identifier.toUtf8().replace('"', "\"\"");
    out += '"';
    return out;
}

bool isDerivedColumn(const QString& table, const QString& column)
{
    if (table == QLatin1String("account"))
        return listFactColumns().contains(column);
    return table == QLatin1String("usage_metric") && column == QLatin1String("import_batch");
}

Result<DataTable> readDataTable(sqlite3* db, const QString& name)
{
    const Error notFound{Error::Code::NotFound,
                         trBook(QT_TRANSLATE_NOOP("csm::Book", "The book has no table %1.")).arg(name),
                         {},
                         {}};
    if (isExcludedTable(name))
        return notFound;
    // Virtual tables and their shadow tables (the touch search index) are not data.
    Stmt t(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    t.bindText(1, name);
    if (!t.next())
        return t.status() ? Result<DataTable>(notFound) : Result<DataTable>(t.status().error());
    if (t.text(0).startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        return notFound;
    Stmt shadow(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%' "
                    "AND substr(?1, 1, length(name) + 1) = name || '_'");
    shadow.bindText(1, name);
    if (shadow.next())
        return notFound;

    DataTable table;
    table.name = name;
    QList<std::pair<int, QString>> key;
    Stmt cols(db, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
    cols.bindText(1, name);
    while (cols.next()) {
        const QString column = cols.text(0);
        if (cols.int64(1) > 0)
            key.append({cols.int32(1), column});
        table.hasUpdatedAt = table.hasUpdatedAt || column == QLatin1String("updated_at");
        table.hasTombstone = table.hasTombstone || column == QLatin1String("deleted");
        if (!isDerivedColumn(name, column))
            table.columns << column;
    }
    if (!cols.status())
        return cols.status().error();
    std::sort(key.begin(), key.end());
    for (const auto& [position, column] : key)
        table.primaryKey << column;
    if (table.primaryKey.isEmpty()) // a rowid table without a declared key: every column identifies a row
        table.primaryKey = table.columns;
    return table;
}

Result<QList<DataTable>> readDataTables(sqlite3* db)
{
    QStringList names;
    {
        Stmt q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (q.next())
            names << q.text(0);
        if (!q.status())
            return q.status().error();
    }
    QHash<QString, DataTable> tables;
    QHash<QString, QStringList> refersTo;
    for (const QString& name : std::as_const(names)) {
        Result<DataTable> t = readDataTable(db, name);
        if (!t) {
            if (t.error().code == Error::Code::NotFound)
                continue;
            return t.error();
        }
        Stmt fk(db, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)");
        fk.bindText(1, name);
        while (fk.next())
            refersTo[name] << fk.text(0);
        if (!fk.status())
            return fk.status().error();
        tables.insert(name, *t);
    }
    // Each table after those it refers to (a table referring to itself or to one outside the export is not
    // held back); ties by name, so that the order is the same in every book.
    QList<DataTable> ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString& name : std::as_const(names)) {
            if (!tables.contains(name) || placed.contains(name))
                continue;
            bool ready = true;
            for (const QString& parent : refersTo.value(name)) {
                if (parent != name && tables.contains(parent) && !placed.contains(parent))
                    ready = false;
            }
            if (ready) {
                ordered << tables.value(name);
                placed.insert(name);
                progress = true;
            }
        }
        if (!progress) { // a cycle: the rest in name order (foreign keys are checked at commit)
            for (const QString& name : std::as_const(names)) {
                if (tables.contains(name) && !placed.contains(name)) {
                    ordered << tables.value(name);
                    placed.insert(name);
                }
            }
        }
    }
    return ordered;
}

QByteArray encodeKey(const QList<SqlValue>& key)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonValue(out, key[i]);
    }
    return out + ']';
}

Result<QList<SqlValue>> decodeKey(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return badRecord();
    QList<SqlValue> out;
    for (const QJsonValue& v : doc.array()) {
        Result<SqlValue> value = fromJson(v);
        if (!value)
            return value.error();
        out << *value;
    }
    return out;
}

QByteArray encodeRow(const QStringList& columns, const QList<SqlValue>& values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, columns[i].toUtf8());
        out += ':';
        appendJsonValue(out, values[i]);
    }
    return out + '}';
}

Result<std::pair<QStringList, QList<SqlValue>>> decodeRow(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return badRecord();
    std::pair<QStringList, QList<SqlValue>> out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        Result<SqlValue> value = fromJson(it.value());
        if (!value)
            return value.error();
        out.first << it.key();
        out.second << *value;
    }
    return out;
}

void bindValue(Stmt& q, int index, const SqlValue& v)
{
    switch (v.type) {
    case SqlValue::Type::Null:
        q.bindNull(index);
        break;
    case SqlValue::Type::Integer:
        q.bind(index, v.integer);
        break;
    case SqlValue::Type::Real:
        q.bind(index, v.real);
        break;
    case SqlValue::Type::Text:
        q.bindUtf8View(index, v.text);
        break;
    }
}

SqlValue columnValue(const Stmt& q, int col)
{
    switch (q.type(col)) {
    case SQLITE_INTEGER:
        return SqlValue::fromInteger(q.int64(col));
    case SQLITE_FLOAT:
        return SqlValue::fromReal(q.real(col));
    case SQLITE_NULL:
        return SqlValue::null();
    default:
        return SqlValue::fromText(q.utf8(col).toByteArray());
    }
}

Result<std::unique_ptr<TableAccess>> TableAccess::open(sqlite3* db, const QString& table)
{
    std::unique_ptr<TableAccess> t(new TableAccess(db, table));
    QList<std::pair<int, QString>> key;
    Stmt cols(db, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
    cols.bindText(1, table);
    while (cols.next()) {
        if (cols.int64(1) > 0)
            key.append({cols.int32(1), cols.text(0)});
        if (cols.text(0) == QLatin1String("updated_at"))
            t->m_updatedAt = int(t->m_columns.size());
        t->m_columns << cols.text(0);
    }
    if (!cols.status())
        return cols.status().error();
    if (t->m_columns.isEmpty())
        return Error{Error::Code::NotFound,
                     trBook(QT_TRANSLATE_NOOP("csm::Book", "The book has no table %1.")).arg(table),
                     {},
                     {}};
    std::sort(key.begin(), key.end());
    for (const auto& [position, column] : key)
        t->m_primaryKey << column;
    if (t->m_primaryKey.isEmpty())
        t->m_primaryKey = t->m_columns;

    const int n = int(t->m_columns.size());
    QByteArray names;
    QByteArray params;
    QByteArray set;
    for (int i = 0; i < n; ++i) {
        const QByteArray p = "?" + QByteArray::number(i + 1);
        names += (i > 0 ? ", " : "") + quoted(t->m_columns[i]);
        params += (i > 0 ? ", " : "") + p;
        set += (i > 0 ? ", " : "") + quoted(t->m_columns[i]) + " = " + p;
    }
    // The key's values are bound after the columns' (the update) or alone (select, delete).
    t->m_select = std::make_unique<Stmt>(db, "SELECT " + names + " FROM " + quoted(table) + " WHERE " +
                                                 whereKey(t->m_primaryKey, 1));
    t->m_update = std::make_unique<Stmt>(db, "UPDATE " + quoted(table) + " SET " + set + " WHERE " +
                                                 whereKey(t->m_primaryKey, n + 1));
    t->m_insert = std::make_unique<Stmt>(db, "INSERT INTO " + quoted(table) + " (" + names + ") VALUES (" +
                                                 params + ")");
    t->m_delete =
        std::make_unique<Stmt>(db, "DELETE FROM " + quoted(table) + " WHERE " + whereKey(t->m_primaryKey, 1));
    for (Stmt* q : {t->m_select.get(), t->m_update.get(), t->m_insert.get(), t->m_delete.get()}) {
        if (auto st = q->prepared(); !st)
            return st.error();
    }
    return t;
}

Result<std::optional<TableAccess::Found>> TableAccess::read(const QList<SqlValue>& key)
{
    m_select->reset();
    for (qsizetype i = 0; i < key.size(); ++i)
        bindValue(*m_select, int(i) + 1, key[i]);
    if (!m_select->next()) {
        if (!m_select->status())
            return m_select->status().error();
        return std::optional<Found>();
    }
    QList<SqlValue> values;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        values << columnValue(*m_select, int(i));
    Found found{encodeRow(m_columns, values),
                m_updatedAt >= 0 ? m_select->utf8(m_updatedAt).toByteArray() : QByteArray()};
    m_select->reset();
    return std::optional(found);
}

Status TableAccess::write(const QByteArray& encodedRow)
{
    Result<std::pair<QStringList, QList<SqlValue>>> decoded = decodeRow(encodedRow);
    if (!decoded)
        return decoded.error();
    // Every column of the table, in the table's order: a column the record lacks (added since) is NULL.
    QList<SqlValue> values(m_columns.size());
    for (qsizetype i = 0; i < decoded->first.size(); ++i) {
        const qsizetype at = m_columns.indexOf(decoded->first[i]);
        if (at < 0)
            return badRecord();
        values[at] = decoded->second[i];
    }
    QList<SqlValue> key;
    for (const QString& k : std::as_const(m_primaryKey))
        key << values[m_columns.indexOf(k)];
    const int n = int(m_columns.size());
    m_update->reset();
    for (int i = 0; i < n; ++i)
        bindValue(*m_update, i + 1, values[i]);
    for (qsizetype i = 0; i < key.size(); ++i)
        bindValue(*m_update, n + int(i) + 1, key[i]);
    if (auto st = m_update->run(); !st)
        return st;
    if (changes(m_db) > 0)
        return {};
    m_insert->reset();
    for (int i = 0; i < n; ++i)
        bindValue(*m_insert, i + 1, values[i]);
    return m_insert->run();
}

Status TableAccess::remove(const QList<SqlValue>& key)
{
    m_delete->reset();
    for (qsizetype i = 0; i < key.size(); ++i)
        bindValue(*m_delete, int(i) + 1, key[i]);
    return m_delete->run();
}

} // namespace csm::storage
