#pragma once

#include <QString>

namespace csm {

// Folds text for searching: compatibility normalisation (full-width Latin and digits become half-width,
// half-width katakana full-width), case folding, and katakana to hiragana, so that "ＡＢＣ", "abc", "カブ"
// and "かぶ" find each other.
QString foldForSearch(const QString& text);

} // namespace csm
