#pragma once

#include "domain/Money.h"
#include "ui/charts/ChartPalette.h"

#include <qcustomplot.h>

#include <QDate>
#include <QHash>
#include <QPointer>

namespace csm {

// The app's QCustomPlot: fonts, colours and behaviour shared by every chart. Chart classes derive from it,
// take plain series data and replot once per change. What every chart gets from here:
// - a message in place of empty axes ("No ARR history yet");
// - a tooltip that follows the mouse (toolTipAt, which tests ask directly);
// - clicks on data (clickAt), as opposed to drags;
// - axes for money (Money's format, abbreviated when large, in the book's currency), percentages, counts,
//   calendar dates and named categories, each showing as many labels as fit without overlapping, category
//   names elided with the full name on hover;
// - a legend above the plot that wraps instead of being clipped;
// - "Save chart as…" (PNG, vector PDF) in the context menu, and render() into a report's QPainter.
class CsmPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit CsmPlot(QWidget* parent = nullptr);

    // A centred message instead of data: axes and legend are hidden while it shows. An empty text shows
    // the chart again.
    void showMessage(const QString& text);
    QString message() const;

    // What the tooltip says with the mouse at pos (widget coordinates); empty when nothing is there.
    // Charts name the data under the mouse; the base names elided or thinned-out category labels.
    virtual QString toolTipAt(const QPointF& pos) const;
    // The tooltip showing now, as the last mouse move left it.
    QString currentToolTip() const { return m_toolTip; }

    // Exports at size (default: the widget's size). PNG is raster, PDF vector. false when the file cannot be
    // written.
    bool saveAsPng(const QString& fileName, QSize size = {}, double scale = 1.0);
    bool saveAsPdf(const QString& fileName, QSize size = {});
    // By the file's suffix: .pdf or else PNG.
    bool saveAs(const QString& fileName, QSize size = {});
    // Draws the chart into target on painter (a report page), laid out at layoutSize pixels (default: the
    // target's size at 96 dpi) and scaled to fill target. Vector on vector devices, text as text; needs no
    // window.
    void render(QPainter& painter, const QRectF& target, QSize layoutSize = {});
    using QWidget::render;

    // Text for tooltips and labels, in the app's locale.
    static QString moneyText(MinorUnits amount, const QString& currency);      // "¥12,000,000"
    static QString shortMoneyText(MinorUnits amount, const QString& currency); // "¥12M", "1,200万円"
    static QString percentText(double fraction, int decimals = 1);             // "95.5%"
    static QString dateText(QDate date);                                       // "2025/06/30"
    static QString monthText(QDate month);                                     // "Jun 2025", "2025/06"

protected:
    // A click on the plot (press and release at about one place) at pos.
    virtual void clickAt(const QPointF& pos);

    // Axis kinds. Keys of date axes are Julian day numbers (dayKey).
    void setMoneyAxis(QCPAxis* axis, const QString& currency);
    void setMoneyLogAxis(QCPAxis* axis, const QString& currency);
    void setPercentAxis(QCPAxis* axis);
    void setCountAxis(QCPAxis* axis);
    void setDateAxis(QCPAxis* axis);
    // Categories at 0, 1, 2 ...; the axis range is set to show them all.
    void setCategoryAxis(QCPAxis* axis, const QStringList& labels);
    static double dayKey(QDate date);
    static QDate keyDay(double key);

    // The legend, above the plot area; hidden or shown with its row.
    void setLegendShown(bool shown);
    // The layer below the grid for shading (health bands, non-business days).
    QCPLayer* shadingLayer() const { return m_shading; }
    // Shades the red, yellow and green bands behind the data along a score axis (0 to 100) and names them
    // on the axis opposite it.
    void shadeHealthBands(QCPAxis* scoreAxis, const HealthBandLimits& limits);
    // An opaque pale version of a colour on this chart's background.
    QColor tint(const QColor& color, double strength = 0.18) const;
    // The index of the bar of bars under pos; -1 when none.
    static int barAt(const QCPBars* bars, const QPointF& pos);
    // Draws the graph's points as dots of a colour: prerendered pixmaps on screen and in PNGs (many times
    // faster than QCustomPlot's discs: a 100,000-point scatter replots in a few milliseconds), discs in
    // vector exports (savePdf, render), so that a PDF stays vector.
    void useDots(QCPGraph* graph, const QColor& color, int size);
    // The plot area (axis rect) that a layout of this size will have, from the margins of the last layout.
    QSizeF plotAreaFor(QSize size) const;
    // Called before every layout (screen or export) with the size it is for; charts fit text to it.
    virtual void fitToSize(QSize size) { Q_UNUSED(size) }

    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();
    // Tick label density, category elision and the legend's wrap for a layout of this size.
    void adaptToSize(QSize size);
    void restoreScreenLayout();
    void fitLegend(int width);
    void saveWithDialog();
    QString categoryLabelAt(const QPointF& pos) const;

    QCPItemText* m_message = nullptr;
    QCPLayer* m_shading = nullptr;
    QList<QCPItemRect*> m_bandRects;
    struct Dots
    {
        QPointer<QCPGraph> graph;
        QCPScatterStyle screen;
        QCPScatterStyle vector;
    };
    QList<Dots> m_dots;
    void setVectorDots(bool vector);
    bool m_legendShown = false;
    QCPLayoutGrid* m_legendRow = nullptr; // spacer, legend, spacer: the legend centred at its own width
    QHash<QCPAxis*, bool> m_axesBeforeMessage;
    bool m_legendBeforeMessage = false;
    QString m_toolTip;
    QPointF m_pressPos;
};

} // namespace csm
