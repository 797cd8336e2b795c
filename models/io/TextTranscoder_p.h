#pragma once

// Streams a file that is not UTF-8 into UTF-8 for the CSV reader, chunk by chunk. Bytes that are invalid in
// the source encoding become U+0000: NUL is never valid in a CSV file either, so the reader reports both at
// their line and column, and nothing invalid is silently replaced by a look-alike character.

#include "io/TextEncoding.h"

#include <QByteArray>
#include <QStringDecoder>

namespace csm::io::detail {

class TextTranscoder
{
public:
    explicit TextTranscoder(TextEncoding encoding);

    bool isValid() const { return m_decoder.isValid(); }
    // The next bytes of the source, as UTF-8.
    QByteArray decode(QByteArrayView raw);
    // At the end of the source: a character cut off by the end of the file becomes U+0000.
    QByteArray finish();
    // Whether the source itself held a NUL character (so that a U+0000 is not necessarily an invalid byte).
    bool sawNul() const { return m_sawNul; }

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_sawNul = false;
    bool m_leadPending = false;   // CP932: the last byte was the first of a two-byte character
    qint64 m_bytes = 0;           // UTF-16: an odd count at the end is a cut-off code unit
    char16_t m_highSurrogate = 0; // UTF-16: a high surrogate whose low half is in the next chunk
};

// Whether a byte starts a two-byte CP932 character, and whether a byte can be its second.
inline bool isCp932Lead(uchar b)
{
    return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
}
inline bool isCp932Trail(uchar b)
{
    return (b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFC);
}

// The offset of the first byte that does not start a valid UTF-8 sequence in [data, data + size), or -1.
// A sequence cut off by size is invalid unless allowCutOff (a sample that continues).
qsizetype firstInvalidUtf8(const char* data, qsizetype size, bool allowCutOff = false);
// "Bytes that are not valid UTF-8 (0xFF 0xFE)." with the first bytes at the error, when known.
QString invalidBytesMessage(TextEncoding encoding, QByteArrayView bytes);
// What to do about it: choose the encoding.
QString chooseEncodingHint();

// How many bytes the sequence at data takes when valid (1 to 4); 0 when invalid, -1 when cut off by end.
int utf8SequenceLength(const char* data, const char* end);

} // namespace csm::io::detail
