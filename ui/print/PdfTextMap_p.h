#pragma once

// Corrects the text map of a PDF that QPdfWriter wrote (Qt 6.4, QFontSubset::createToUnicodeMap): where
// two characters share one glyph, Qt names the glyph by the lower code point, so in Noto Sans CJK 月 and 日
// copy, search and read aloud as the Kangxi radicals ⽉ and ⽇, and ・ as the hyphenation point ‧. The
// entries are rewritten in place with the characters a Japanese text means; every replacement has the
// length of what it replaces, so the file's offsets stay right.

#include <QByteArray>

namespace csm::print {

// The number of entries corrected.
int correctSharedGlyphText(QByteArray& pdf);

} // namespace csm::print
