#include "io/TextEncoding.h"

#include "TextTranscoder_p.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace csm::io {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csm::io", text);
}

struct Utf8Stats
{
    qsizetype invalid = 0;
    qsizetype multibyte = 0;
};

Utf8Stats utf8Stats(QByteArrayView s, bool allowCutOff)
{
    Utf8Stats st;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        if (uchar(*p) < 0x80) {
            ++p;
            continue;
        }
        const int n = detail::utf8SequenceLength(p, end);
        if (n > 0) {
            ++st.multibyte;
            p += n;
        } else {
            if (n < 0 && allowCutOff)
                break;
            ++st.invalid;
            ++p;
        }
    }
    return st;
}

qsizetype cp932Invalid(QByteArrayView s, bool allowCutOff)
{
    qsizetype invalid = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const uchar b = uchar(s[i]);
        if (b < 0x80 || (b >= 0xA1 && b <= 0xDF))
            continue;
        if (detail::isCp932Lead(b)) {
            if (i + 1 >= s.size()) {
                invalid += allowCutOff ? 0 : 1;
                break;
            }
            if (detail::isCp932Trail(uchar(s[i + 1]))) {
                ++i;
                continue;
            }
        }
        ++invalid;
    }
    return invalid;
}

Error notText(const QString& message, const QString& hint)
{
    return Error{Error::Code::InvalidValue, message, {}, hint};
}

std::optional<Error> recogniseBinary(QByteArrayView s)
{
    const QString saveAsCsv = tr("In Excel, save it with File ▸ Save As, as \"CSV UTF-8\".");
    if (s.startsWith("PK\x03\x04"))
        return notText(tr("This is a ZIP archive or an Excel workbook (.xlsx), not a CSV file."), saveAsCsv);
    if (s.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return notText(tr("This is an Excel 97-2003 workbook (.xls), not a CSV file."), saveAsCsv);
    if (s.startsWith("%PDF-"))
        return notText(tr("This is a PDF document, not a CSV file."), tr("Choose a CSV file."));
    if (s.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return notText(tr("This is a SQLite database (perhaps a book), not a CSV file."),
                       tr("Open a book with File ▸ Open; import CSV or JSON files."));
    }
    return std::nullopt;
}

} // namespace

namespace detail {

QString invalidBytesMessage(TextEncoding encoding, QByteArrayView bytes)
{
    // (translate() with its context: lupdate would file a plain tr() here under csm::io::detail)
    if (bytes.isEmpty())
        return QCoreApplication::translate("csm::io", "Bytes that are not valid %1.")
            .arg(encodingLabel(encoding));
    QStringList hex;
    for (const char b : bytes.first(std::min<qsizetype>(bytes.size(), 4)))
        hex << QStringLiteral("0x") +
                   QStringLiteral("%1").arg(uint(uchar(b)), 2, 16, QLatin1Char('0')).toUpper();
    return QCoreApplication::translate("csm::io", "Bytes that are not valid %1 (%2).")
        .arg(encodingLabel(encoding), hex.join(QLatin1Char(' ')));
}

QString chooseEncodingHint()
{
    return QCoreApplication::translate(
        "csm::io", "Choose the file's encoding: files from Japanese Excel are usually Shift_JIS (CP932).");
}

int utf8SequenceLength(const char* data, const char* end)
{
    const uchar b = uchar(*data);
    if (b < 0x80)
        return 1;
    int n = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < n; ++i) {
        if (data + i >= end)
            return -1;
        const uchar c = uchar(data[i]);
        if (i == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return n;
}

qsizetype firstInvalidUtf8(const char* data, qsizetype size, bool allowCutOff)
{
    const char* p = data;
    const char* end = data + size;
    while (p < end) {
        // Eight ASCII bytes at a time: most of any CSV file.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (uchar(*p) < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n > 0) {
            p += n;
            continue;
        }
        if (n < 0 && allowCutOff)
            return -1;
        return p - data;
    }
    return -1;
}

TextTranscoder::TextTranscoder(TextEncoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Cp932:
        m_decoder = cp932Decoder(QStringDecoder::Flag::ConvertInvalidToNull);
        break;
    case TextEncoding::Utf16LE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::ConvertInvalidToNull);
        break;
    case TextEncoding::Utf16BE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::ConvertInvalidToNull);
        break;
    case TextEncoding::Utf8:
        m_decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInvalidToNull);
        break;
    }
}

QByteArray TextTranscoder::decode(QByteArrayView raw)
{
    m_bytes += raw.size();
    if (m_encoding == TextEncoding::Cp932) {
        m_sawNul = m_sawNul || raw.contains('\0');
        // Follow the two-byte structure, to know at the end whether a character was cut off.
        for (const char c : raw)
            m_leadPending = m_leadPending ? false : isCp932Lead(uchar(c));
        return QString(m_decoder.decode(raw)).toUtf8();
    }
    QString text = m_decoder.decode(raw);
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        // Qt passes unpaired surrogates through; they are invalid UTF-16. A high surrogate at the end of
        // the chunk waits for the next one.
        if (m_highSurrogate) {
            text.prepend(QChar(m_highSurrogate));
            m_highSurrogate = 0;
        }
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_highSurrogate = text.back().unicode();
            text.chop(1);
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c.unicode() == 0) {
                m_sawNul = true;
            } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                text[i] = QChar(0);
            }
        }
    }
    return text.toUtf8();
}

QByteArray TextTranscoder::finish()
{
    QByteArray out;
    if (m_highSurrogate)
        out += '\0';
    m_highSurrogate = 0;
    if ((m_encoding == TextEncoding::Cp932 && m_leadPending) ||
        ((m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) && m_bytes % 2 != 0))
        out += '\0';
    m_leadPending = false;
    return out;
}

} // namespace detail

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == u"utf8" || n == u"utf8sig" || n == u"utf8bom")
        return TextEncoding::Utf8;
    if (n == u"utf16" || n == u"utf16le" || n == u"unicode")
        return TextEncoding::Utf16LE;
    if (n == u"utf16be")
        return TextEncoding::Utf16BE;
    if (n == u"cp932" || n == u"shiftjis" || n == u"sjis" || n == u"ms932" || n == u"windows31j" ||
        n == u"mskanji" || n == u"ibm943")
        return TextEncoding::Cp932;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Cp932:
        return QStringLiteral("cp932");
    }
    return {};
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 (little-endian)");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 (big-endian)");
    case TextEncoding::Cp932:
        return tr("Japanese (Shift_JIS / CP932)");
    }
    return {};
}

QStringDecoder cp932Decoder(QStringDecoder::Flags flags)
{
    return QStringDecoder("windows-31j", flags);
}

EncodingGuess detectEncoding(QByteArrayView s, bool wholeFile)
{
    EncodingGuess g;
    if (s.startsWith("\xEF\xBB\xBF")) {
        g.bomLength = 3;
        g.certain = true;
        return g;
    }
    if (s.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || s.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        g.notText = notText(tr("This file is UTF-32 text, which cannot be imported."),
                            tr("Save it as UTF-8 and import it again."));
        return g;
    }
    if (s.startsWith("\xFF\xFE") || s.startsWith("\xFE\xFF")) {
        g.encoding = s.startsWith("\xFF\xFE") ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        g.bomLength = 2;
        g.certain = true;
        return g;
    }
    if ((g.notText = recogniseBinary(s)))
        return g;

    // NUL bytes: UTF-16 without a byte-order mark has them in every other byte (for the ASCII characters
    // that a CSV file is full of); anything else with NULs is not text.
    const QByteArrayView head = s.first(std::min<qsizetype>(s.size(), 4096) & ~qsizetype(1));
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const uchar b = uchar(head[i]);
        if (b == 0)
            ++(i % 2 == 0 ? evenNul : oddNul);
        else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A)
            ++controls;
    }
    const qsizetype pairs = head.size() / 2;
    if (evenNul + oddNul > 0) {
        if (oddNul * 10 > pairs * 3 && evenNul * 20 < pairs) {
            g.encoding = TextEncoding::Utf16LE;
            return g;
        }
        if (evenNul * 10 > pairs * 3 && oddNul * 20 < pairs) {
            g.encoding = TextEncoding::Utf16BE;
            return g;
        }
    }
    // A stray NUL or control character is reported on its row; many of them are not text.
    const qsizetype nuls = evenNul + oddNul;
    if ((nuls >= 8 && nuls * 100 > head.size()) || (controls >= 8 && controls * 20 > head.size())) {
        g.notText = notText(tr("This file is not text: it holds bytes that no text encoding uses."),
                            tr("Choose a CSV file."));
        return g;
    }

    const Utf8Stats utf8 = utf8Stats(s, !wholeFile);
    if (utf8.invalid == 0) {
        g.certain = utf8.multibyte > 0;
        return g;
    }
    const qsizetype cp932 = cp932Invalid(s, !wholeFile);
    if (cp932 == 0) {
        g.encoding = TextEncoding::Cp932;
        g.certain = true;
        return g;
    }
    // Both have invalid bytes: a UTF-8 file with a few bad ones, or a damaged CP932 file. UTF-8 unless CP932
    // reads clearly more of it.
    if (utf8.multibyte < 4 * utf8.invalid && cp932 < utf8.invalid)
        g.encoding = TextEncoding::Cp932;
    return g;
}

Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    const bool bom = (encoding == TextEncoding::Utf8 && bytes.startsWith("\xEF\xBB\xBF")) ||
                     (encoding == TextEncoding::Utf16LE && bytes.startsWith("\xFF\xFE")) ||
                     (encoding == TextEncoding::Utf16BE && bytes.startsWith("\xFE\xFF"));
    if (bom)
        bytes = bytes.sliced(encoding == TextEncoding::Utf8 ? 3 : 2);
    QByteArray utf8;
    qsizetype bad = -1;
    bool sawNul = false;
    if (encoding == TextEncoding::Utf8) {
        bad = detail::firstInvalidUtf8(bytes.data(), bytes.size());
        utf8 = bytes.toByteArray();
    } else {
        detail::TextTranscoder t(encoding);
        utf8 = t.decode(bytes);
        utf8 += t.finish();
        bad = utf8.indexOf('\0');
        sawNul = t.sawNul();
    }
    if (bad < 0)
        return QString::fromUtf8(utf8);

    // Line and column of the first invalid byte, in the characters before it.
    qint64 line = 1;
    const char* lineStart = utf8.constData();
    for (const char* p = utf8.constData(); p < utf8.constData() + bad; ++p) {
        if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {
            ++line;
            lineStart = p + 1;
        }
    }
    qint64 column = 1;
    for (const char* p = lineStart; p < utf8.constData() + bad;) {
        const int n = detail::utf8SequenceLength(p, utf8.constData() + bad);
        p += n > 0 ? n : 1;
        ++column;
    }
    const QString message =
        sawNul ? tr("A NUL character, or bytes that are not valid %1.").arg(encodingLabel(encoding))
               : detail::invalidBytesMessage(encoding, encoding == TextEncoding::Utf8 ? utf8.sliced(bad)
                                                                                      : QByteArrayView());
    return Error{Error::Code::InvalidValue, message, tr("line %1, column %2").arg(line).arg(column),
                 detail::chooseEncodingHint()};
}

} // namespace csm::io
