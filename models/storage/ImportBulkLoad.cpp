#include "ImportBulkLoad.h"

#include "Sqlite.h"
#include "TableRows.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace csm::storage {

namespace {

// Rows per INSERT: each execution of a statement has a fixed cost (opening the table's and its indexes'
// cursors, the statement journal, building the lists of a CHECK's IN once) that a group of rows shares.
constexpr int kRowsPerInsert = 64;
constexpr int kMaxParameters = 30000; // under SQLite's default limit of 32,766
// From this many rows a table's deferred indexes are built with LargeSortScope (Sqlite.h): shrinking the page
// cache first writes out the pages the load left in it, which pays only for a large sort.
constexpr qint64 kLargeSortRows = 100000;

class BulkTableLoad final : public ImportWriter::TableLoad
{
public:
    explicit BulkTableLoad(BulkLoadSetup setup) : m(std::move(setup))
    {
        m_width = int(m.columns.size()) + (m.usageBatch > 0 ? 1 : 0);
        m_groupRows = std::clamp(kMaxParameters / std::max(m_width, 1), 1, kRowsPerInsert);
        m_updatedAt = int(m.columns.indexOf(QStringLiteral("updated_at")));
        m_cells.reserve(std::size_t(m_groupRows) * std::size_t(m.columns.size()));
        m_arena.reserve(1 << 16);
    }

    const DataTable& table() const override { return m.info; }
    bool bulk() const override { return true; }

    Result<RowOutcome> put(const QList<SqlValue>& row, qint64 position) override
    {
        if (m.references) {
            if (auto st = m.references->check([&](int i) { return row[m.fileColumn[i]]; }); !st)
                return st.error();
        }
        // The values are copied: the row's text may be a view of the reader's line.
        for (const int c : std::as_const(m.fileColumn)) {
            const SqlValue& v = row[c];
            Cell cell{v.type, v.integer, v.real, 0, 0};
            if (v.type == SqlValue::Type::Text) {
                cell.offset = m_arena.size();
                cell.size = v.text.size();
                m_arena.append(v.text);
            }
            m_cells.push_back(cell);
        }
        m_positions.push_back(position);
        if (int(m_positions.size()) == m_groupRows) {
            if (auto st = writeGroup(); !st)
                return st.error();
        }
        return RowOutcome::Added;
    }

    Status finish() override
    {
        if (auto st = writeGroup(); !st)
            return st;
        m_group.reset();
        m_single.reset();
        if (auto st = createDeferredIndexes(); !st)
            return st;
        if (m_added > 0 && m.loaded)
            return m.loaded(m_added, m_latestUpdatedAt);
        return {};
    }

    QList<Rejected> takeRejected() override { return std::exchange(m_rejected, {}); }

private:
    struct Cell
    {
        SqlValue::Type type;
        qint64 integer;
        double real;
        qsizetype offset; // text: in m_arena
        qsizetype size;
    };

    QByteArray insertSql(int rows) const
    {
        QByteArray names;
        for (const QString& c : std::as_const(m.columns))
            names += (names.isEmpty() ? "" : ", ") + quoted(c);
        if (m.usageBatch > 0)
            names += ", import_batch";
        QByteArray one = "(";
        for (int i = 0; i < m_width; ++i)
            one += i > 0 ? ",?" : "?";
        one += ')';
        QByteArray values;
        values.reserve(rows * (one.size() + 1));
        for (int r = 0; r < rows; ++r)
            values += (r > 0 ? "," : "") + one;
        // No ON CONFLICT: a key the file repeats is refused like any other constraint.
        return "INSERT INTO " + quoted(m.info.name) + " (" + names + ") VALUES " + values;
    }

    Stmt& statement(std::unique_ptr<Stmt>& slot, int rows)
    {
        if (!slot)
            slot = std::make_unique<Stmt>(m.db, insertSql(rows));
        else
            slot->reset();
        return *slot;
    }

    void bindRow(Stmt& q, int firstParameter, qsizetype row) const
    {
        const qsizetype n = m.columns.size();
        for (qsizetype i = 0; i < n; ++i) {
            const Cell& c = m_cells[std::size_t(row * n + i)];
            const int p = firstParameter + int(i);
            switch (c.type) {
            case SqlValue::Type::Null:
                q.bindNull(p);
                break;
            case SqlValue::Type::Integer:
                q.bind(p, c.integer);
                break;
            case SqlValue::Type::Real:
                q.bind(p, c.real);
                break;
            case SqlValue::Type::Text:
                q.bindUtf8View(p, QByteArrayView(m_arena.constData() + c.offset, c.size));
                break;
            }
        }
        if (m.usageBatch > 0)
            q.bind(firstParameter + int(n), m.usageBatch);
    }

    QList<SqlValue> values(qsizetype row) const
    {
        QList<SqlValue> out;
        const qsizetype n = m.columns.size();
        for (qsizetype i = 0; i < n; ++i) {
            const Cell& c = m_cells[std::size_t(row * n + i)];
            out << SqlValue{c.type, c.integer, c.real,
                            c.type == SqlValue::Type::Text ? m_arena.mid(c.offset, c.size) : QByteArray()};
        }
        return out;
    }

    void written(qsizetype row)
    {
        ++m_added;
        if (m.references) {
            m.references->written([&](int i) {
                const Cell& c = m_cells[std::size_t(row * m.columns.size() + i)];
                return SqlValue{c.type, c.integer, c.real,
                                c.type == SqlValue::Type::Text
                                    ? QByteArray::fromRawData(m_arena.constData() + c.offset, c.size)
                                    : QByteArray()};
            });
        }
        if (m_updatedAt < 0)
            return;
        const Cell& c = m_cells[std::size_t(row * m.columns.size() + m_updatedAt)];
        if (c.type != SqlValue::Type::Text)
            return;
        const QByteArrayView at(m_arena.constData() + c.offset, c.size);
        if (at > QByteArrayView(m_latestUpdatedAt))
            m_latestUpdatedAt = at.toByteArray();
    }

    Status writeGroup()
    {
        const int rows = int(m_positions.size());
        if (rows == 0)
            return {};
        if (!m_started) {
            m_started = true;
            if (m.beforeWrite) {
                if (auto st = m.beforeWrite(); !st)
                    return st;
            }
            if (auto st = dropSecondaryIndexes(); !st)
                return st;
        }
        // The table's last group is shorter: its statement is made for it.
        std::unique_ptr<Stmt> tail;
        Stmt& q = rows == m_groupRows ? statement(m_group, rows) : statement(tail, rows);
        if (auto st = q.prepared(); !st)
            return st;
        for (int r = 0; r < rows; ++r)
            bindRow(q, r * m_width + 1, r);
        if (q.run()) {
            for (int r = 0; r < rows; ++r)
                written(r);
        } else {
            // The group's statement changed nothing: row by row, to tell the refused rows from the others.
            for (int r = 0; r < rows; ++r) {
                Stmt& one = statement(m_single, 1);
                if (auto st = one.prepared(); !st)
                    return st;
                bindRow(one, 1, r);
                if (Status st = one.run(); st) {
                    written(r);
                } else {
                    m_rejected.append({m_positions[std::size_t(r)],
                                       refusal(m.db, st.error(), m.info.name, m.columns, values(r))});
                }
            }
        }
        m_cells.clear();
        m_positions.clear();
        m_arena.clear();
        return {};
    }

    // The table's secondary indexes that check nothing (not UNIQUE) are dropped before its first row and
    // created again in finish(): SQLite then sorts each index's keys once and writes its pages in order,
    // where filling it row by row writes pages all over the index (and the book, once it outgrows the page
    // cache). All inside the import's transaction: a refused file or a cancel rolls the drop back with the
    // rows.
    Status dropSecondaryIndexes()
    {
        std::vector<QByteArray> names;
        {
            Stmt q(m.db, "SELECT i.name, s.sql FROM pragma_index_list(?1) AS i JOIN sqlite_schema AS s "
                         "ON s.type = 'index' AND s.name = i.name "
                         "WHERE i.\"unique\" = 0 AND i.origin = 'c' AND s.sql IS NOT NULL ORDER BY i.name");
            q.bindText(1, m.info.name);
            while (q.next()) {
                names.push_back(q.utf8(0).toByteArray());
                m_deferredIndexes.push_back(q.utf8(1).toByteArray());
            }
            if (!q.status())
                return q.status();
        }
        for (const QByteArray& name : names) {
            if (auto st = exec(m.db, ("DROP INDEX " + quoted(QString::fromUtf8(name))).constData()); !st)
                return st;
        }
        return {};
    }

    Status createDeferredIndexes()
    {
        std::optional<LargeSortScope> sort;
        if (m_added >= kLargeSortRows && !m_deferredIndexes.empty())
            sort.emplace(m.db);
        for (const QByteArray& sql : std::exchange(m_deferredIndexes, {})) {
            if (auto st = exec(m.db, sql.constData()); !st)
                return st;
        }
        return {};
    }

    BulkLoadSetup m;
    int m_width = 0;     // parameters per row
    int m_groupRows = 1; // rows per INSERT
    int m_updatedAt = -1;
    bool m_started = false;
    std::vector<Cell> m_cells; // the group's rows, column by column
    std::vector<qint64> m_positions;
    QByteArray m_arena; // the group's text
    std::unique_ptr<Stmt> m_group;
    std::unique_ptr<Stmt> m_single;
    qint64 m_added = 0;
    QByteArray m_latestUpdatedAt;
    QList<Rejected> m_rejected;
    std::vector<QByteArray> m_deferredIndexes; // CREATE INDEX statements for finish()
};

// The column of `table` a CHECK's expression names first.
QString firstColumnIn(const QString& expression, const QStringList& columns)
{
    QString best;
    qsizetype bestAt = -1;
    for (const QString& c : columns) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(c)));
        const QRegularExpressionMatch match = word.match(expression);
        if (match.hasMatch() && (bestAt < 0 || match.capturedStart() < bestAt)) {
            best = c;
            bestAt = match.capturedStart();
        }
    }
    return best;
}

} // namespace

std::unique_ptr<ImportWriter::TableLoad> makeBulkLoad(BulkLoadSetup setup)
{
    return std::make_unique<BulkTableLoad>(std::move(setup));
}

Error missingReference(const QString& column, const QString& referredTable)
{
    return Error{
        Error::Code::InvalidValue,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "It refers to a row of table %1 that the book does not "
                                              "have."))
            .arg(referredTable),
        column,
        trBook(QT_TRANSLATE_NOOP("csm::Book", "Import the rows it refers to first, or correct the "
                                              "reference."))};
}

Error refusal(sqlite3* db, const Error& refused, const QString& table, const QStringList& columns,
              const QList<SqlValue>& values)
{
    QString referred;
    Error e = refused;
    e.where = refusedColumn(db, table, columns, values, &referred);
    if (!referred.isEmpty())
        return missingReference(e.where, referred);
    return e;
}

QString refusedColumn(sqlite3* db, const QString& table, const QStringList& columns,
                      const QList<SqlValue>& values, QString* referredTable)
{
    const int code = sqlite3_extended_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY) {
        // SQLite does not say which reference failed: the first whose row is missing.
        Stmt fks(db, "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq");
        fks.bindText(1, table);
        while (fks.next()) {
            const QString from = fks.text(0);
            const qsizetype at = columns.indexOf(from);
            if (at < 0 || values[at].type == SqlValue::Type::Null)
                continue;
            QString to = fks.text(2);
            if (to.isEmpty()) {
                auto parent = readDataTable(db, fks.text(1));
                if (!parent || parent->primaryKey.size() != 1)
                    continue;
                to = parent->primaryKey.first();
            }
            Stmt has(db, "SELECT 1 FROM " + quoted(fks.text(1)) + " WHERE " + quoted(to) + " = ?1");
            bindValue(has, 1, values[at]);
            if (!has.next() && has.status()) {
                if (referredTable)
                    *referredTable = fks.text(1);
                return from;
            }
        }
        return {};
    }
    if (code == SQLITE_CONSTRAINT_CHECK) {
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        return colon < 0 ? QString() : firstColumnIn(message.mid(colon + 2), columns);
    }
    // "NOT NULL constraint failed: touch.kind", "UNIQUE constraint failed: touch.id", "cannot store TEXT
    // value in INTEGER column touch.sentiment".
    const QString prefix = table + QLatin1Char('.');
    const qsizetype at = message.indexOf(prefix);
    if (at < 0)
        return {};
    qsizetype end = at + prefix.size();
    while (end < message.size() && (message[end].isLetterOrNumber() || message[end] == QLatin1Char('_')))
        ++end;
    const QString column = message.mid(at + prefix.size(), end - at - prefix.size());
    return columns.contains(column) ? column : QString();
}

} // namespace csm::storage
