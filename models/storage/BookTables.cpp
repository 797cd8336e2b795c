#include "storage/BookTables.h"

#include "BookPrivate.h"
#include "TableRows.h"

#include <sqlite3.h>

namespace csm {

using storage::quoted;
using storage::Stmt;

namespace {

class StmtRow final : public TableRow
{
public:
    explicit StmtRow(const Stmt& q) : m_q(q) {}
    int size() const override { return m_q.columnCount(); }
    SqlValue::Type type(int column) const override
    {
        switch (m_q.type(column)) {
        case SQLITE_INTEGER:
            return SqlValue::Type::Integer;
        case SQLITE_FLOAT:
            return SqlValue::Type::Real;
        case SQLITE_NULL:
            return SqlValue::Type::Null;
        default:
            return SqlValue::Type::Text;
        }
    }
    qint64 integer(int column) const override { return m_q.int64(column); }
    double real(int column) const override { return m_q.real(column); }
    QByteArrayView utf8(int column) const override { return m_q.utf8(column); }

private:
    const Stmt& m_q;
};

QByteArray columnList(const QStringList& columns)
{
    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i)
        out += (i > 0 ? ", " : "") + quoted(columns[i]);
    return out;
}

} // namespace

void appendJsonRow(QByteArray& out, const TableRow& row)
{
    out += '[';
    for (int c = 0; c < row.size(); ++c) {
        if (c > 0)
            out += ',';
        switch (row.type(c)) {
        case SqlValue::Type::Null:
            out += "null";
            break;
        case SqlValue::Type::Integer:
            out += QByteArray::number(row.integer(c));
            break;
        case SqlValue::Type::Real: {
            QByteArray n = QByteArray::number(row.real(c), 'g', 17);
            if (!n.contains('.') && !n.contains('e') && !n.contains("inf") && !n.contains("nan"))
                n += ".0";
            out += n;
            break;
        }
        case SqlValue::Type::Text:
            storage::appendJsonString(out, row.utf8(c));
            break;
        }
    }
    out += ']';
}

Result<QList<DataTable>> dataTables(const Book& book)
{
    return storage::readDataTables(storage::BookAccess::d(book)->db);
}

BookSnapshot::BookSnapshot(const Book& book) : m_book(book)
{
    // A savepoint is a read transaction of its own outside a transaction and joins one inside it; the first
    // read fixes what every later read sees.
    m_begun = storage::exec(storage::BookAccess::d(book)->db, "SAVEPOINT book_snapshot");
}

BookSnapshot::~BookSnapshot()
{
    if (m_begun)
        (void)storage::exec(storage::BookAccess::d(m_book)->db, "RELEASE book_snapshot");
}

Status BookSnapshot::begun() const
{
    return m_begun;
}

Result<qint64> BookSnapshot::rowCount(const DataTable& table) const
{
    Stmt q(storage::BookAccess::d(m_book)->db, "SELECT count(*) FROM " + quoted(table.name));
    if (!q.next())
        return q.status().ok() ? Result<qint64>(qint64(0)) : Result<qint64>(q.status().error());
    return q.int64(0);
}

Status BookSnapshot::readRows(const DataTable& table, const std::function<bool(const TableRow&)>& row) const
{
    if (!m_begun)
        return m_begun;
    // By primary key: the same order in a book and in its copy, whatever rowids the copy's rows got.
    Stmt q(storage::BookAccess::d(m_book)->db, "SELECT " + columnList(table.columns) + " FROM " +
                                                   quoted(table.name) + " ORDER BY " +
                                                   columnList(table.primaryKey));
    const StmtRow view(q);
    while (q.next()) {
        if (!row(view))
            return Error{Error::Code::Cancelled,
                         storage::trBook(QT_TRANSLATE_NOOP("csm::Book", "Cancelled.")),
                         {},
                         {}};
    }
    return q.status();
}

} // namespace csm
