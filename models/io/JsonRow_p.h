#pragma once

// Reading a book's JSON export quickly (issue 13): its lines from a large buffer, and each row line ("[...]",
// what the export writes) into values without a JSON document, text as views of the line. Anything else,
// or anything unusual in a row, is left to QJsonDocument, which accepts it or names the error.

#include "storage/BookTables.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class QIODevice;

namespace csm::io::detail {

// The values of a row line in `values` (cleared first): null, integers (no fraction or exponent), reals,
// text (a view of `line` unless it has escapes; valid while the line is). False, with `values` unspecified,
// when the line is not a flat array of such values in well-formed JSON and UTF-8.
bool parseJsonRow(QByteArrayView line, QList<SqlValue>& values);

// A device's lines, read in large blocks: each line without its end, valid until the next call.
class LineSource
{
public:
    explicit LineSource(QIODevice& device) : m_device(device) {}
    bool next(QByteArrayView& line);
    qint64 consumed() const { return m_consumed; } // bytes of the lines returned so far
    bool failed() const { return m_failed; }

private:
    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    qint64 m_consumed = 0;
    bool m_end = false;
    bool m_failed = false;
};

} // namespace csm::io::detail
