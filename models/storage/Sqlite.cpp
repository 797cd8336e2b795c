#include "Sqlite.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <thread>

namespace csm::storage {

QString trBook(const char* text)
{
    return QCoreApplication::translate("csm::Book", text);
}

namespace {

bool diskFull(int systemErrno)
{
    return systemErrno == ENOSPC || systemErrno == EDQUOT;
}

} // namespace

Error sqliteError(sqlite3* db, int rc, const QString& where)
{
    Error e;
    e.where = where;
    QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    // A disk that fills up while SQLite sizes its shared-memory index or opens a journal comes back as a
    // plain "disk I/O error"; the system's error number says what it was (found by csm-stress --faults
    // --tmpfs).
    if ((rc & 0xff) == SQLITE_IOERR && db && diskFull(sqlite3_system_errno(db)))
        detail = trBook(QT_TRANSLATE_NOOP("csm::Book", "the disk is full"));
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        e.code = Error::Code::InvalidValue;
        e.message =
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book refused an impossible value: %1.")).arg(detail);
        e.hint = trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the values entered and try again."));
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.code = Error::Code::Corrupt;
        e.message = trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is damaged: %1.")).arg(detail);
        e.hint = trBook(QT_TRANSLATE_NOOP("csm::Book", "Restore the book from a backup."));
        break;
    case SQLITE_READONLY:
        e.code = Error::Code::ReadOnly;
        e.message = trBook(QT_TRANSLATE_NOOP("csm::Book", "The book cannot be written: %1.")).arg(detail);
        e.hint = trBook(
            QT_TRANSLATE_NOOP("csm::Book", "Open the book for writing, or check the file's permissions."));
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.code = Error::Code::Locked;
        e.message = trBook(QT_TRANSLATE_NOOP("csm::Book", "The book is busy: %1.")).arg(detail);
        e.hint = trBook(
            QT_TRANSLATE_NOOP("csm::Book", "Another program is using the book; try again in a moment."));
        break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        e.code = Error::Code::Io;
        e.message =
            trBook(QT_TRANSLATE_NOOP("csm::Book", "The book could not be read or written: %1.")).arg(detail);
        e.hint = trBook(QT_TRANSLATE_NOOP("csm::Book", "Check the disk space and the file's permissions."));
        break;
    default:
        e.code = Error::Code::Generic;
        e.message = trBook(QT_TRANSLATE_NOOP("csm::Book", "A database operation failed: %1.")).arg(detail);
        break;
    }
    // A file-level failure names the file when the caller did not say where (a statement deep in a
    // recompute knows no path): the user has to know which disk is full or which file is damaged.
    if (e.where.isEmpty() && db &&
        (e.code == Error::Code::Io || e.code == Error::Code::ReadOnly || e.code == Error::Code::Corrupt)) {
        if (const char* file = sqlite3_db_filename(db, "main"); file && *file)
            e.where = QString::fromUtf8(file);
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
    char buf[kIsoDateSize];
    const int n = formatIsoDate(d, buf);
    if (n == 0)
        return bindNull(i);
    sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind(int i, QTime t)
{
    char buf[kIsoTimeSize];
    const int n = formatIsoTime(t, buf);
    if (n == 0)
        return bindNull(i);
    sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind(int i, const QDateTime& t)
{
    char buf[kIsoTimestampSize];
    const int n = formatIsoTimestamp(t, buf);
    if (n == 0)
        return bindNull(i);
    sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bindStaticUtf8(int i, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Stmt& Stmt::bindUtf8View(int i, QByteArrayView utf8)
{
    // Empty text is '' (not NULL): SQLite reads a null pointer as NULL.
    sqlite3_bind_text(m_stmt, i, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Stmt& Stmt::bindBlobView(int i, QByteArrayView bytes)
{
    // An empty blob is a zero-length blob (not NULL): SQLite reads a null pointer as NULL.
    sqlite3_bind_blob(m_stmt, i, bytes.isEmpty() ? "" : bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    return *this;
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

int Stmt::type(int col) const
{
    return sqlite3_column_type(m_stmt, col);
}

QByteArrayView Stmt::utf8(int col) const
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!s)
        return {};
    return QByteArrayView(s, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Stmt::blob(int col) const
{
    const auto* b = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    if (!b)
        return {};
    return QByteArrayView(b, sqlite3_column_bytes(m_stmt, col));
}

int Stmt::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Stmt::text(int col) const
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!s)
        return {};
    return QString::fromUtf8(s, sqlite3_column_bytes(m_stmt, col));
}

QString Stmt::asciiText(int col) const
{
    return fromMostlyAscii(utf8(col));
}

QString fromMostlyAscii(QByteArrayView utf8)
{
    if (utf8.isNull())
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (bytes[i] >= 0x80)
            return QString::fromUtf8(utf8);
    }
    return QString::fromLatin1(utf8);
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
    const QByteArrayView s = utf8(col);
    if (const auto ms = parseBookTimestampMs(s.data(), int(s.size())))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
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
    char buf[kIsoDateSize];
    const int n = formatIsoDate(d, buf);
    if (n == 0)
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    return QString::fromLatin1(buf, n);
}

namespace {

// The number written in s[from .. from + count), -1 unless all of them are digits.
int readDigits(const char* s, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

} // namespace

QDate parseIsoDate(const char* s, int n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return {};
    const int y = readDigits(s, 0, 4);
    const int m = readDigits(s, 5, 2);
    const int d = readDigits(s, 8, 2);
    // The dates QDate(y, m, d) accepts (no year 0), their Julian day by Howard Hinnant's days_from_civil:
    // QDate's constructor goes through its calendar system, a third of the time of a whole-table read's
    // dates.
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return {};
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return {};
    const int yy = m <= 2 ? y - 1 : y; // years from March: the leap day last
    const int era = yy / 400;          // yy >= 0
    const int yoe = yy - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    constexpr qint64 kJulianDayOfMarch1Year0 = 1'721'120;
    return QDate::fromJulianDay(kJulianDayOfMarch1Year0 + qint64(era) * 146'097 + doe);
}

std::optional<qint64> parseBookTimestampMs(const char* s, int n)
{
    // The form the book writes (isoTimestamp) by hand: a QDateTime per row costs more than the rest of a
    // health read's row.
    if (n == kIsoTimestampSize - 1 && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == '.' &&
        s[23] == 'Z') {
        const QDate day = parseIsoDate(s, 10);
        const int h = readDigits(s, 11, 2);
        const int m = readDigits(s, 14, 2);
        const int sec = readDigits(s, 17, 2);
        const int ms = readDigits(s, 20, 3);
        if (day.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60 && ms >= 0) {
            constexpr qint64 kUnixEpochJulianDay = 2440588;
            return ((day.toJulianDay() - kUnixEpochJulianDay) * 86400 + h * 3600 + m * 60 + sec) * 1000 + ms;
        }
    }
    return std::nullopt;
}

qint64 parseIsoTimestampMs(const char* s, int n)
{
    // Anything but the book's own form, or out of range, goes through Qt.
    if (const auto ms = parseBookTimestampMs(s, n))
        return *ms;
    return QDateTime::fromString(QString::fromLatin1(s, n), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

namespace {

// Writes v as exactly `width` decimal digits at p.
void digits(char* p, int v, int width)
{
    for (int k = width - 1; k >= 0; --k) {
        p[k] = char('0' + v % 10);
        v /= 10;
    }
}

void writeDate(char* p, int y, int m, int d)
{
    digits(p, y, 4);
    p[4] = '-';
    digits(p + 5, m, 2);
    p[7] = '-';
    digits(p + 8, d, 2);
}

void writeTime(char* p, int h, int m, int s)
{
    digits(p, h, 2);
    p[2] = ':';
    digits(p + 3, m, 2);
    p[5] = ':';
    digits(p + 6, s, 2);
}

} // namespace

int formatIsoDate(QDate d, char (&buf)[kIsoDateSize])
{
    if (!d.isValid())
        return 0;
    int y = 0;
    int m = 0;
    int day = 0;
    d.getDate(&y, &m, &day); // one calendar conversion instead of three
    if (y < 0 || y > 9999)
        return 0;
    writeDate(buf, y, m, day);
    buf[10] = '\0';
    return 10;
}

int formatIsoTime(QTime t, char (&buf)[kIsoTimeSize])
{
    if (!t.isValid())
        return 0;
    const int ms = t.msecsSinceStartOfDay() / 1000;
    writeTime(buf, ms / 3600, ms / 60 % 60, ms % 60);
    buf[8] = '\0';
    return 8;
}

int formatIsoTimestamp(const QDateTime& t, char (&buf)[kIsoTimestampSize])
{
    if (!t.isValid())
        return 0;
    // Milliseconds since the epoch, split into a day and a time of day, the day turned into a civil date
    // (proleptic Gregorian, Howard Hinnant's days_from_civil inverse); no time zone or string machinery.
    const qint64 msecs = t.toMSecsSinceEpoch();
    qint64 days = msecs / 86'400'000;
    qint64 rest = msecs % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 0 || y > 9999)
        return 0;
    const int ms = int(rest);
    writeDate(buf, int(y), m, d);
    buf[10] = 'T';
    writeTime(buf + 11, ms / 3'600'000, ms / 60'000 % 60, ms / 1000 % 60);
    buf[19] = '.';
    digits(buf + 20, ms % 1000, 3);
    buf[23] = 'Z';
    buf[24] = '\0';
    return 24;
}

QString isoTimestamp(const QDateTime& t)
{
    char buf[kIsoTimestampSize];
    const int n = formatIsoTimestamp(t, buf);
    if (n == 0) // outside four-digit years: Qt's own formatting
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    return QString::fromLatin1(buf, n);
}

int changes(sqlite3* db)
{
    return sqlite3_changes(db);
}

BulkPageCache::BulkPageCache(sqlite3* db) : m_db(db)
{
    constexpr qint64 kKiB = 262144; // 256 MB
    Stmt q(db, "PRAGMA cache_size");
    if (!q.next())
        return;
    const qint64 current = q.int64(0);
    // Negative: KiB; positive: pages.
    qint64 currentKiB = -current;
    if (current >= 0) {
        Stmt size(db, "PRAGMA page_size");
        if (!size.next())
            return;
        currentKiB = current * size.int64(0) / 1024;
    }
    if (currentKiB >= kKiB)
        return;
    m_restore = QByteArray("PRAGMA cache_size = ") + QByteArray::number(current);
    (void)exec(m_db, (QByteArray("PRAGMA cache_size = ") + QByteArray::number(-kKiB)).constData());
}

BulkPageCache::~BulkPageCache()
{
    if (!m_restore.isEmpty())
        (void)exec(m_db, m_restore.constData());
}

LargeSortScope::LargeSortScope(sqlite3* db) : m_db(db)
{
    for (const char* pragma : {"cache_size", "temp_store", "threads"}) {
        Stmt q(db, QByteArray("PRAGMA ") + pragma);
        if (q.next())
            m_restore += QByteArray("PRAGMA ") + pragma + " = " + QByteArray::number(q.int64(0)) + "; ";
    }
    const int helpers = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    (void)exec(db, "PRAGMA cache_size = -4096");
    (void)exec(db, "PRAGMA temp_store = FILE");
    (void)exec(db, (QByteArray("PRAGMA threads = ") + QByteArray::number(helpers)).constData());
}

LargeSortScope::~LargeSortScope()
{
    if (!m_restore.isEmpty())
        (void)exec(m_db, m_restore.constData());
}

} // namespace csm::storage
