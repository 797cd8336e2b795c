#include "JsonRow_p.h"

#include <QIODevice>

#include <charconv>

namespace csm::io::detail {

namespace {

constexpr qsizetype kBlock = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool validUtf8(const unsigned char* p, const unsigned char* end)
{
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += more + 1;
    }
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool hex4(const char* p, const char* end, char32_t& out)
{
    if (end - p < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return false;
        out = (out << 4) | char32_t(d);
    }
    return true;
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The text between quotes from `p` (after the opening quote) with its escapes resolved; `p` ends after the
// closing quote.
bool unescape(const char*& p, const char* end, QByteArray& out)
{
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            ++p;
            return validUtf8(reinterpret_cast<const unsigned char*>(out.constData()),
                             reinterpret_cast<const unsigned char*>(out.constData() + out.size()));
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c != '\\') {
            out += c;
            ++p;
            continue;
        }
        if (++p >= end)
            return false;
        switch (*p++) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t cp = 0;
            if (!hex4(p, end, cp))
                return false;
            p += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; // a low surrogate alone
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, end, low) || low < 0xDC00 ||
                    low > 0xDFFF)
                    return false;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool parseString(const char*& p, const char* end, SqlValue& v)
{
    const char* start = ++p; // after the opening quote
    bool high = false;
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        high = high || c >= 0x80;
        ++p;
    }
    if (p >= end || static_cast<unsigned char>(*p) < 0x20)
        return false;
    if (*p == '"') {
        if (high && !validUtf8(reinterpret_cast<const unsigned char*>(start),
                               reinterpret_cast<const unsigned char*>(p)))
            return false;
        v = SqlValue::fromText(QByteArray::fromRawData(start, p - start));
        ++p;
        return true;
    }
    QByteArray text(start, p - start);
    if (!unescape(p, end, text))
        return false;
    v = SqlValue::fromText(std::move(text));
    return true;
}

// A JSON number: integers as qint64 when they fit, the rest as doubles (as QJsonValue reads them).
bool parseNumber(const char*& p, const char* end, SqlValue& v)
{
    const char* start = p;
    if (p < end && *p == '-')
        ++p;
    if (p >= end || !isDigit(*p))
        return false;
    if (*p == '0')
        ++p;
    else
        while (p < end && isDigit(*p))
            ++p;
    bool integral = true;
    if (p < end && *p == '.') {
        integral = false;
        ++p;
        if (p >= end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    if (integral) {
        qint64 n = 0;
        const auto [ptr, ec] = std::from_chars(start, p, n);
        if (ec != std::errc() || ptr != p)
            return false; // beyond qint64: left to QJsonDocument
        v = SqlValue::fromInteger(n);
        return true;
    }
    double d = 0;
    const auto [ptr, ec] = std::from_chars(start, p, d);
    if (ec != std::errc() || ptr != p)
        return false;
    v = SqlValue::fromReal(d);
    return true;
}

bool literal(const char*& p, const char* end, QByteArrayView word)
{
    if (end - p < word.size() || QByteArrayView(p, word.size()) != word)
        return false;
    p += word.size();
    return true;
}

} // namespace

bool parseJsonRow(QByteArrayView line, QList<SqlValue>& values)
{
    values.clear();
    const char* p = line.data();
    const char* end = p + line.size();
    const auto skip = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    skip();
    if (p >= end || *p != '[')
        return false;
    ++p;
    skip();
    if (p < end && *p == ']')
        return ++p, skip(), p == end;
    for (;;) {
        SqlValue v;
        if (p >= end)
            return false;
        const char c = *p;
        bool ok = false;
        if (c == '"')
            ok = parseString(p, end, v);
        else if (c == 'n')
            ok = literal(p, end, "null");
        else if (c == 't')
            ok = literal(p, end, "true") && (v = SqlValue::fromInteger(1), true);
        else if (c == 'f')
            ok = literal(p, end, "false") && (v = SqlValue::fromInteger(0), true);
        else
            ok = parseNumber(p, end, v);
        if (!ok)
            return false;
        values.append(std::move(v));
        skip();
        if (p >= end)
            return false;
        if (*p == ']') {
            ++p;
            skip();
            return p == end;
        }
        if (*p != ',')
            return false;
        ++p;
        skip();
    }
}

bool LineSource::next(QByteArrayView& line)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_start);
        if (newline >= 0 || (m_end && m_start < m_buffer.size())) {
            const qsizetype stop = newline >= 0 ? newline : m_buffer.size();
            line = QByteArrayView(m_buffer.constData() + m_start, stop - m_start);
            m_consumed += (newline >= 0 ? stop + 1 : stop) - m_start;
            m_start = newline >= 0 ? stop + 1 : stop;
            return true;
        }
        if (m_end)
            return false;
        // Keep the unfinished line, read the next block after it.
        m_buffer.remove(0, m_start);
        m_start = 0;
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + kBlock);
        const qint64 n = m_device.read(m_buffer.data() + kept, kBlock);
        if (n < 0) {
            m_failed = true;
            m_buffer.resize(kept);
            m_end = true;
            return false;
        }
        m_buffer.resize(kept + n);
        m_end = n == 0;
    }
}

} // namespace csm::io::detail
