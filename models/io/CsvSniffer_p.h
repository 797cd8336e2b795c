#pragma once

// Recognising a CSV file's delimiter and header row from its first rows.

#include <QList>
#include <QStringList>

namespace csm::io::detail {

// The first rows of data[0, size) split with this delimiter (blank lines skipped; a row cut off by size
// is left out unless atEnd). data[size] must be NUL.
QList<QStringList> sampleRows(const char* data, qsizetype size, bool atEnd, char delimiter, int maxRows);

// Of comma, tab, semicolon and bar: the one that splits the sample's rows most consistently into two or
// more fields. A comma between digits ("1.200,50") counts against the comma. Comma when none splits.
char sniffDelimiter(const char* data, qsizetype size, bool atEnd);

// Whether the first row is a header: it holds fewer numbers and dates than the rows below it (a file of
// text only is taken to have one).
bool sniffHeader(const QList<QStringList>& rows);

} // namespace csm::io::detail
