#include "Sqlite.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <sqlite3.h>

namespace csm::storage {

QString trBook(const char* text)
{
    return QCoreApplication::translate("csm::Book", text);
}

Error sqliteError(sqlite3* db, int rc, const QString& where)
{
    Error e;
    e.where = where;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        e.code = Error::Code::InvalidValue;
        e.message = trBook("The book refused an impossible value: %1.").arg(detail);
        e.hint = trBook("Check the values entered and try again.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.code = Error::Code::Corrupt;
        e.message = trBook("The book is damaged: %1.").arg(detail);
        e.hint = trBook("Restore the book from a backup.");
        break;
    case SQLITE_READONLY:
        e.code = Error::Code::ReadOnly;
        e.message = trBook("The book cannot be written: %1.").arg(detail);
        e.hint = trBook("Open the book for writing, or check the file's permissions.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.code = Error::Code::Locked;
        e.message = trBook("The book is busy: %1.").arg(detail);
        e.hint = trBook("Another program is using the book; try again in a moment.");
        break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        e.code = Error::Code::Io;
        e.message = trBook("The book could not be read or written: %1.").arg(detail);
        e.hint = trBook("Check the disk space and the file's permissions.");
        break;
    default:
        e.code = Error::Code::Generic;
        e.message = trBook("A database operation failed: %1.").arg(detail);
        break;
    }
    return e;
}

Status exec(sqlite3* db, const char* sql, const QString& where)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, where);
    return {};
}

Stmt::Stmt(sqlite3* db, const QByteArray& sql) : m_db(db), m_sql(sql)
{
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_status = sqliteError(db, rc, {});
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

Status Stmt::prepared() const
{
    return m_stmt ? Status{} : m_status;
}

Stmt& Stmt::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

Stmt& Stmt::bind(int i, const QString& text)
{
    if (text.isNull())
        return bindNull(i);
    return bindText(i, text);
}

Stmt& Stmt::bindText(int i, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind(int i, const char* latin1)
{
    sqlite3_bind_text(m_stmt, i, latin1, -1, SQLITE_STATIC);
    return *this;
}

Stmt& Stmt::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, QDate d)
{
    if (!d.isValid())
        return bindNull(i);
    char buf[11];
    const int y = d.year();
    if (y < 0 || y > 9999)
        return bindNull(i);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, d.month(), d.day());
    sqlite3_bind_text(m_stmt, i, buf, 10, SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind(int i, const QDateTime& t)
{
    if (!t.isValid())
        return bindNull(i);
    return bindText(i, isoTimestamp(t));
}

bool Stmt::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = sqliteError(m_db, rc, {});
    return false;
}

Status Stmt::run()
{
    if (!m_stmt)
        return m_status;
    while (next()) {
    }
    return m_status;
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_status = {};
}

bool Stmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QString Stmt::text(int col) const
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!s)
        return {};
    return QString::fromUtf8(s, sqlite3_column_bytes(m_stmt, col));
}

qint64 Stmt::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Stmt::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QDate Stmt::date(int col) const
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!s)
        return {};
    return parseIsoDate(s, sqlite3_column_bytes(m_stmt, col));
}

QDateTime Stmt::timestamp(int col) const
{
    if (isNull(col))
        return {};
    return QDateTime::fromString(text(col), Qt::ISODateWithMs).toUTC();
}

std::optional<double> Stmt::optReal(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return real(col);
}

std::optional<int> Stmt::optInt(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int32(col);
}

std::optional<QDate> Stmt::optDate(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return date(col);
}

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate parseIsoDate(const char* s, int n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return {};
    auto digits = [s](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QString isoTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

int changes(sqlite3* db)
{
    return sqlite3_changes(db);
}

} // namespace csm::storage
