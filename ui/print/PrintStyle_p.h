#pragma once

// The documents' typography: one place for type sizes, colours and spacing, in points, scaled for a part that
// must fit on one page. Quiet and readable: one typeface, two weights, dark grey ink, a blue accent, status
// colours only next to their words.

#include "ui/print/DocumentLanguage.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

namespace csm::print {

enum class Role
{
    Body,
    Strong,
    Muted,  // secondary text
    Small,  // footnotes, captions
    Detail, // the smaller line under a cell's text
    Label,  // a fact's label, a table's header
    Prominent,
    Heading1,
    Heading2,
    Title,
    Subtitle,
    Eyebrow,
    Frame, // header and footer
};

class PrintStyle
{
public:
    PrintStyle(const DocumentLanguage& language, double scale);

    double scale() const { return m_scale; }
    // Points (scaled) in device units.
    double pt(double points) const;
    QFont font(Role role) const;
    QColor color(Role role) const;
    // Line pitch over the font's height (Noto Sans CJK's is already 1.45 em): Japanese needs more air between
    // lines than English, about 1.65 em against 1.5.
    double lineFactor() const { return m_lineFactor; }
    // Where a status dot sits, down from the top of a line's glyphs: between the middles of the lower-case
    // letters and the capitals in English (where the eye sees "Green" centred), on the middle of the
    // characters in Japanese.
    double dotCentre(const QFontMetricsF& metrics) const;

    static QColor ink() { return QColor(0x1f, 0x29, 0x33); }
    static QColor muted() { return QColor(0x52, 0x60, 0x6d); }
    static QColor rule() { return QColor(0xb8, 0xc2, 0xcc); }
    static QColor hairline() { return QColor(0xe4, 0xe7, 0xeb); }
    static QColor zebra() { return QColor(0xf5, 0xf7, 0xfa); }
    static QColor accent() { return QColor(0x1d, 0x5f, 0xa8); }
    static QColor track() { return QColor(0xe4, 0xe7, 0xeb); }

private:
    QStringList m_families;
    bool m_japanese = false;
    double m_scale = 1;
    double m_lineFactor = 1.05;
};

} // namespace csm::print
