#include "PrintStyle_p.h"

#include "ui/print/PdfDocument.h"

namespace csm::print {

PrintStyle::PrintStyle(const DocumentLanguage& language, double scale)
    : m_families(language.fontFamilies()), m_japanese(language.isJapanese()), m_scale(scale),
      m_lineFactor(language.isJapanese() ? 1.15 : 1.05)
{}

double PrintStyle::pt(double points) const
{
    return points * m_scale * PdfDocument::unitsPerPoint();
}

QFont PrintStyle::font(Role role) const
{
    QFont f;
    f.setFamilies(m_families);
    // Outlines as designed: the PDF is read at any zoom, so hinting would only distort the spacing.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Glyphs straight from the character map. Shaped, Noto Sans CJK swaps the digits of Latin text for glyphs
    // that the character map does not name, and the PDF's text map then leaves them out: "Page 1 of 5" would
    // copy, search and read aloud as "Page of". Latin and Japanese need no shaping; the digits come out
    // tabular, which suits columns of figures.
    f.setStyleStrategy(QFont::PreferNoShaping);
    double size = 9.5;
    bool bold = false;
    switch (role) {
    case Role::Body:
    case Role::Muted:
        break;
    case Role::Strong:
        bold = true;
        break;
    case Role::Small:
    case Role::Detail:
        size = 8;
        break;
    case Role::Label:
    case Role::Frame:
        size = 7.5;
        break;
    case Role::Prominent:
        size = 15;
        bold = true;
        break;
    case Role::Heading1:
        size = 13.5;
        bold = true;
        break;
    case Role::Heading2:
        size = 10.5;
        bold = true;
        break;
    case Role::Title:
        size = 22;
        bold = true;
        break;
    case Role::Subtitle:
        size = 12;
        break;
    case Role::Eyebrow:
        size = 8;
        bold = true;
        if (!m_japanese) {
            f.setCapitalization(QFont::AllUppercase);
            f.setLetterSpacing(QFont::PercentageSpacing, 110);
        }
        break;
    }
    f.setPointSizeF(size * m_scale);
    f.setBold(bold);
    return f;
}

double PrintStyle::dotCentre(const QFontMetricsF& metrics) const
{
    return metrics.ascent() -
           (m_japanese ? metrics.capHeight() / 2 : (metrics.xHeight() + metrics.capHeight()) / 4);
}

QColor PrintStyle::color(Role role) const
{
    switch (role) {
    case Role::Muted:
    case Role::Small:
    case Role::Detail:
    case Role::Label:
    case Role::Subtitle:
    case Role::Frame:
        return muted();
    case Role::Eyebrow:
        return accent();
    default:
        return ink();
    }
}

} // namespace csm::print
