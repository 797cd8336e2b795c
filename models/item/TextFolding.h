#pragma once

#include <QString>

namespace csm {

// Folds text for searching: compatibility normalisation (full-width Latin and digits become half-width,
// half-width katakana full-width), case folding, and katakana to hiragana, so that "ＡＢＣ", "abc", "カブ"
// and "かぶ" find each other.
QString foldForSearch(const QString& text);
// Appends foldForSearch(text) to out, without a temporary when the text needs no Unicode tables (ASCII, kana
// and CJK ideographs). Folding stops at nothing but the text's own characters, so folding parts one by one
// gives what folding them joined gives when they are joined by a character that folds to itself.
void appendFoldedForSearch(QString& out, QStringView text);

} // namespace csm
