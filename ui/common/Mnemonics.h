#pragma once

// Mnemonics (the underlined letter of "&File", "ファイル(&F)") read and removed in one place.

#include <QChar>
#include <QString>

class QAction;

namespace csm {

// The text without its mnemonic: "&Open…" → "Open…", "開く(&O)…" → "開く…", "Contract && ARR" → "Contract &
// ARR". With `dropEllipsis` a trailing "…" or "..." goes too (for buttons that act at once).
QString withoutMnemonic(const QString& text, bool dropEllipsis = false);

// The mnemonic letter in upper case, or a null QChar when there is none.
QChar mnemonicOf(const QString& text);

// Gives an action shown on a tool button a label without the mnemonic (QAction::iconText() keeps the
// "(L)" of a Japanese "(&L)", which a tool button shows but cannot use).
void setPlainIconText(QAction* action);

} // namespace csm
