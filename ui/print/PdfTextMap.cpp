#include "PdfTextMap_p.h"

#include <QRegularExpression>
#include <QString>

namespace csm::print {

namespace {

// The character a text means for one that only shares its glyph; 0 when it stands for itself.
char16_t meant(char16_t c)
{
    if (c == 0x2027) // HYPHENATION POINT, the glyph of KATAKANA MIDDLE DOT
        return 0x30fb;
    if (c >= 0x2e80 && c <= 0x2fdf) { // CJK radicals, the glyphs of the ideographs they decompose to
        const QString folded = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1 && folded.at(0).unicode() != c)
            return folded.at(0).unicode();
    }
    return 0;
}

// Rewrites one "<XXXX>" destination code at `at` in place when it names a shared glyph.
bool correctCode(QByteArray& pdf, qsizetype at)
{
    bool ok = false;
    const auto code = char16_t(QByteArray::fromRawData(pdf.constData() + at + 1, 4).toUShort(&ok, 16));
    const char16_t replacement = ok ? meant(code) : 0;
    if (!replacement)
        return false;
    const QByteArray hex = QByteArray::number(replacement, 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
    return true;
}

} // namespace

int correctSharedGlyphText(QByteArray& pdf)
{
    // Each font's ToUnicode CMap (uncompressed): bfrange lines "<first> <last> <code>" for one glyph or a
    // run of consecutive codes, and "<first> <last> [<code> <code> ...]" for a list.
    static const QRegularExpression line(
        QStringLiteral("<([0-9A-F]{4})> <([0-9A-F]{4})> (\\[[^\\]]*\\]|<[0-9A-F]{4}>)"));
    static const QRegularExpression code(QStringLiteral("<[0-9A-F]{4}>"));
    int corrected = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("/CMapName /Adobe-Identity-UCS def", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        const QString cmap = QString::fromLatin1(pdf.constData() + begin, end - begin);
        for (const QRegularExpressionMatch& m : line.globalMatch(cmap)) {
            const QString target = m.captured(3);
            if (target.startsWith(QLatin1Char('['))) {
                for (const QRegularExpressionMatch& c : code.globalMatch(target))
                    corrected += correctCode(pdf, begin + m.capturedStart(3) + c.capturedStart()) ? 1 : 0;
            } else if (m.captured(1) == m.captured(2)) { // one glyph; a run's first code fixes the whole run
                corrected += correctCode(pdf, begin + m.capturedStart(3)) ? 1 : 0;
            }
        }
        from = end;
    }
    return corrected;
}

} // namespace csm::print
