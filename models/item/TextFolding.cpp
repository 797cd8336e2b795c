#include "item/TextFolding.h"

namespace csm {

namespace {

// Characters that compatibility normalisation and case folding leave alone except for ASCII capitals, and
// that never compose with a neighbour: ASCII, hiragana (without the combining sound marks U+3099/U+309A and
// the compatibility ones after them), katakana ァ..ヶ, the prolonged sound mark and the CJK unified
// ideographs. A text made only of these folds without the Unicode tables.
bool isSimple(char16_t u)
{
    return u < 0x80 || (u >= 0x3041 && u <= 0x3096) || (u >= 0x30A1 && u <= 0x30F6) || u == 0x30FC ||
           (u >= 0x4E00 && u <= 0x9FFF);
}

} // namespace

void appendFoldedForSearch(QString& out, QStringView text)
{
    const qsizetype start = out.size();
    bool simple = true;
    for (qsizetype i = 0; i < text.size() && simple; ++i)
        simple = isSimple(text[i].unicode());
    if (simple) {
        out.append(text);
        QChar* c = out.data() + start;
        for (QChar* const end = out.data() + out.size(); c != end; ++c) {
            const char16_t u = c->unicode();
            if (u >= 'A' && u <= 'Z')
                *c = QChar(char16_t(u + ('a' - 'A')));
            else if (u >= 0x30A1 && u <= 0x30F6) // katakana ァ..ヶ -> hiragana ぁ..ゖ
                *c = QChar(char16_t(u - 0x60));
        }
        return;
    }
    out.append(text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded());
    QChar* c = out.data() + start;
    for (QChar* const end = out.data() + out.size(); c != end; ++c) {
        const char16_t u = c->unicode();
        if (u >= 0x30A1 && u <= 0x30F6) // katakana ァ..ヶ -> hiragana ぁ..ゖ
            *c = QChar(char16_t(u - 0x60));
    }
}

QString foldForSearch(const QString& text)
{
    QString s;
    s.reserve(text.size());
    appendFoldedForSearch(s, text);
    return s;
}

} // namespace csm
