#pragma once

// Hand-drawn charts for the print tests: what a chart callback draws, without QCustomPlot (ui/charts supplies
// the real ones). Bars, lines and points in a rect, with axis labels in points.

#include "ui/print/PdfDocument.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <random>

namespace csm::test {

inline QFont chartFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK JP")});
    f.setPointSizeF(6.5);
    f.setStyleStrategy(QFont::PreferNoShaping); // digits that the PDF's text map can name (PdfDocument.h)
    return f;
}

inline QPen chartPen(const QColor& color, double points)
{
    return QPen(color, points * PdfDocument::unitsPerPoint());
}

// The plot area inside rect, leaving room for the value axis at the left and labels at the foot.
inline QRectF plotArea(const QRectF& rect)
{
    const double u = PdfDocument::unitsPerPoint();
    return rect.adjusted(28 * u, 6 * u, -6 * u, -14 * u);
}

inline void drawAxes(QPainter& p, const QRectF& area, const QStringList& ticks, const QStringList& categories)
{
    p.setFont(chartFont());
    p.setPen(chartPen(QColor(0xcb, 0xd2, 0xd9), 0.4));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double y =
            area.bottom() - area.height() * double(i) / double(std::max<qsizetype>(1, ticks.size() - 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.save();
        p.setPen(QColor(0x52, 0x60, 0x6d));
        p.drawText(QRectF(area.left() - 30 * PdfDocument::unitsPerPoint(),
                          y - 5 * PdfDocument::unitsPerPoint(), 26 * PdfDocument::unitsPerPoint(),
                          10 * PdfDocument::unitsPerPoint()),
                   Qt::AlignRight | Qt::AlignVCenter, ticks[i]);
        p.restore();
    }
    p.setPen(QColor(0x52, 0x60, 0x6d));
    const double slot = area.width() / double(std::max<qsizetype>(1, categories.size()));
    for (qsizetype i = 0; i < categories.size(); ++i)
        p.drawText(QRectF(area.left() + slot * double(i), area.bottom() + 2 * PdfDocument::unitsPerPoint(),
                          slot, 10 * PdfDocument::unitsPerPoint()),
                   Qt::AlignHCenter | Qt::AlignTop, categories[i]);
}

// Bars, one per category; values 0..1 of the axis.
inline ChartPainter barChart(QStringList categories, QList<double> values,
                             QColor color = QColor(0x1d, 0x5f, 0xa8))
{
    return [=](QPainter& p, const QRectF& rect) {
        const QRectF area = plotArea(rect);
        drawAxes(p, area, {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100")}, categories);
        const double slot = area.width() / double(std::max<qsizetype>(1, values.size()));
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double h = area.height() * values[i];
            p.fillRect(QRectF(area.left() + slot * (double(i) + 0.2), area.bottom() - h, slot * 0.6, h),
                       color);
        }
    };
}

// A line through values 0..1, one per category.
inline ChartPainter lineChart(QStringList categories, QList<double> values,
                              QColor color = QColor(0x2e, 0x9d, 0x5b))
{
    return [=](QPainter& p, const QRectF& rect) {
        const QRectF area = plotArea(rect);
        drawAxes(p, area, {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100")}, categories);
        const double slot = area.width() / double(std::max<qsizetype>(1, values.size()));
        QPainterPath path;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QPointF at(area.left() + slot * (double(i) + 0.5),
                             area.bottom() - area.height() * values[i]);
            i == 0 ? path.moveTo(at) : path.lineTo(at);
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.strokePath(path, chartPen(color, 1.4));
    };
}

// `count` points scattered over the area: the ARR-against-health chart of a large book.
inline ChartPainter scatterChart(int count)
{
    return [=](QPainter& p, const QRectF& rect) {
        const QRectF area = plotArea(rect);
        drawAxes(p, area, {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100")}, {});
        std::mt19937 random(7);
        std::uniform_real_distribution<double> unit(0, 1);
        const QColor colors[] = {QColor(0x1d, 0x5f, 0xa8), QColor(0x2e, 0x9d, 0x5b),
                                 QColor(0xe0, 0xa2, 0x00)};
        const double r = 0.9 * PdfDocument::unitsPerPoint();
        p.setPen(Qt::NoPen);
        for (int i = 0; i < count; ++i) {
            p.setBrush(colors[i % 3]);
            p.drawEllipse(
                QPointF(area.left() + area.width() * unit(random), area.top() + area.height() * unit(random)),
                r, r);
        }
    };
}

} // namespace csm::test
