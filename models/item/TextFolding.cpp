#include "TextFolding.h"

namespace csm {

QString foldForSearch(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x30A1 && u <= 0x30F6) // katakana ァ..ヶ -> hiragana ぁ..ゖ
            c = QChar(char16_t(u - 0x60));
    }
    return s;
}

} // namespace csm
