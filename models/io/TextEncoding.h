#pragma once

// The text encodings an imported file may be in (issue 13): UTF-8 with or without a byte-order mark,
// UTF-16 with one, and CP932, the Shift_JIS of Japanese Windows and Excel with the NEC and IBM extension
// characters (㈱ Ⅱ －) that a strict Shift_JIS decoder refuses. How a file's encoding is recognised, and
// decoding that reports invalid bytes with their line and column instead of replacing them.

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace csm::io {

enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Cp932, // also what files call Shift_JIS, SJIS, MS932, Windows-31J: one decoder reads them all
};

// Names as users and tools write them: "utf-8", "UTF8", "utf-8-sig", "utf-16" (little-endian, as Windows
// writes it), "utf-16le", "utf-16be", "cp932", "shift_jis", "sjis", "ms932", "windows-31j". nullopt for
// others.
std::optional<TextEncoding> encodingFromName(QStringView name);
// The name encodingFromName() reads back: "utf-8", "utf-16le", "utf-16be", "cp932".
QString encodingName(TextEncoding encoding);
// For people: "UTF-8", "Japanese (Shift_JIS / CP932)" ... (translated).
QString encodingLabel(TextEncoding encoding);

// Qt's decoder for CP932, through ICU ("windows-31j"); invalid when this Qt was built without ICU.
QStringDecoder cp932Decoder(QStringDecoder::Flags flags = QStringDecoder::Flag::Stateless);

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;    // bytes of the byte-order mark that starts the file
    bool certain = false; // a byte-order mark said so, or the sample has text that only this encoding reads
    std::optional<Error> notText; // set when the bytes are not text at all (a workbook, a PDF, binary data)
};

// Recognises the encoding from the first bytes of a file (a megabyte is plenty): a byte-order mark, else
// UTF-8 when the bytes are valid UTF-8 (ASCII is), else CP932 when they are valid CP932, else whichever
// reads more of them. wholeFile: the sample is the whole file (a cut-off character at its end is an error).
EncodingGuess detectEncoding(QByteArrayView sample, bool wholeFile);

// Decodes a whole text, refusing the first invalid byte sequence with its line and column. The byte-order
// mark, if any, is dropped.
Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding);

} // namespace csm::io
