#pragma once

// A piece of text wrapped to a width with QTextLayout (Unicode line breaking: Japanese breaks between
// characters, and not before 。 or 」), on a fixed line pitch so that lines of mixed scripts stay even.

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;
class QPaintDevice;

namespace csm::print {

class TextBox
{
public:
    TextBox() = default;
    TextBox(const QString& text, const QFont& font, double width, const QPaintDevice* device,
            double lineFactor, Qt::Alignment align = Qt::AlignLeft);

    int lineCount() const { return m_lines; }
    double linePitch() const { return m_pitch; }
    double height() const { return m_lines * m_pitch; }
    // The widest line's width.
    double naturalWidth() const { return m_naturalWidth; }
    // Draws lines [from, to) (to -1: to the end) with line `from` at topLeft.
    void draw(QPainter& painter, QPointF topLeft, const QColor& color, int from = 0, int to = -1) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    int m_lines = 0;
    double m_pitch = 0;
    double m_naturalWidth = 0;
};

} // namespace csm::print
