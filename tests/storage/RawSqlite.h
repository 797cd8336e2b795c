#pragma once

// A plain SQLite connection for tests, through the C API and nothing of the app: what another SQLite tool
// (the sqlite3 shell, a script) does to a book, and how tests fake books of other versions.

#include <QString>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

namespace csm::test {

class RawDb
{
public:
    // Opens path read-write (created when missing) or read-only, like `sqlite3 FILE` and `sqlite3 -readonly`.
    explicit RawDb(const QString& path, bool readOnly = false)
    {
        const QByteArray native = path.toLocal8Bit();
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(native.constData(), &m_db, flags, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        else
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { close(); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_db && m_error.isEmpty(); }
    QString lastError() const { return m_error; }
    sqlite3* handle() const { return m_db; }
    void close()
    {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    // Runs SQL text of one or more statements without values.
    bool script(const QString& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }

    // One statement with positional values (null, integers, doubles, text); its rows, each column as a
    // QVariant (NULL as a null QVariant). Empty on failure, with lastError() set.
    QList<QVariantList> rows(const QString& sql, const QVariantList& values = {})
    {
        QList<QVariantList> out;
        sqlite3_stmt* q = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &q, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        for (int i = 0; i < int(values.size()); ++i) {
            const QVariant& v = values.at(i);
            if (v.isNull()) {
                sqlite3_bind_null(q, i + 1);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(q, i + 1, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                sqlite3_bind_double(q, i + 1, v.toDouble());
            } else {
                const QByteArray utf8 = v.toString().toUtf8();
                sqlite3_bind_text(q, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                switch (sqlite3_column_type(q, c)) {
                case SQLITE_NULL:
                    row << QVariant();
                    break;
                case SQLITE_INTEGER:
                    row << QVariant(qint64(sqlite3_column_int64(q, c)));
                    break;
                case SQLITE_FLOAT:
                    row << QVariant(sqlite3_column_double(q, c));
                    break;
                default:
                    row << QVariant(
                        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, c)),
                                          sqlite3_column_bytes(q, c)));
                }
            }
            out << row;
        }
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(q);
        return out;
    }

    // Runs one statement; false (and lastError()) on failure.
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        m_error.clear();
        rows(sql, values);
        return m_error.isEmpty();
    }

    // The first column of every row as text, or "error: ..." when the statement failed.
    QStringList column(const QString& sql)
    {
        m_error.clear();
        QStringList out;
        for (const QVariantList& row : rows(sql))
            out << (row.isEmpty() ? QString() : row.first().toString());
        if (!m_error.isEmpty())
            return {QStringLiteral("error: ") + m_error};
        return out;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

} // namespace csm::test
