#include "ui/charts/CsmPlot.h"

#include "ChartTickers_p.h"
#include "PainterBridge_p.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "ui/charts/ChartPalette.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <numeric>

namespace csm {

namespace {

// The layers hidden while a message shows; the message itself is on "overlay".
const char* const kDataLayers[] = {"shading", "grid", "main", "axes", "legend"};

} // namespace

CsmPlot::CsmPlot(QWidget* parent) : QCustomPlot(parent)
{
    setLocale(QLocale()); // tick labels in the app's locale, not QCustomPlot's C locale
    setAntialiasedElements(QCP::aeAll);
    setNotAntialiasedElements(QCP::aeGrid);
    setNoAntialiasingOnDrag(true);
    setInteractions({});
    setMouseTracking(true);
    setMinimumHeight(180);

    addLayer(QStringLiteral("shading"), layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    m_shading = layer(QStringLiteral("shading"));

    m_message = new QCPItemText(this);
    m_message->setLayer(QStringLiteral("overlay"));
    // Not a child of the axis rect, which is hidden with the plot layout (layer "main") while it shows.
    m_message->setClipAxisRect(nullptr);
    m_message->setClipToAxisRect(false);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->position->setType(QCPItemPosition::ptViewportRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setVisible(false);

    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setColumnSpacing(14);
    legend->setIconSize(22, 12);
    legend->setMargins(QMargins(4, 4, 4, 2));
    legend->setVisible(false);

    connect(this, &QCustomPlot::beforeReplot, this, [this] { adaptToSize(size()); });
    applyStyle();
}

void CsmPlot::showMessage(const QString& text)
{
    const bool show = !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(show);
    for (const char* name : kDataLayers) {
        if (QCPLayer* l = layer(QString::fromLatin1(name)))
            l->setVisible(!show);
    }
    if (show)
        m_toolTip.clear();
}

QString CsmPlot::message() const
{
    return m_message->visible() ? m_message->text() : QString();
}

QString CsmPlot::toolTipAt(const QPointF& pos) const
{
    return categoryLabelAt(pos);
}

QString CsmPlot::categoryLabelAt(const QPointF& pos) const
{
    const QRect r = axisRect()->rect();
    const QMargins m = axisRect()->margins();
    for (QCPAxis* axis : axisRect()->axes()) {
        auto ticker = axis->ticker().dynamicCast<chart::CategoryTicker>();
        if (!ticker || !axis->visible() || !axis->tickLabels())
            continue;
        bool inLabels = false;
        double along = 0;
        switch (axis->axisType()) {
        case QCPAxis::atBottom:
            inLabels = pos.y() > r.bottom() && pos.y() <= r.bottom() + m.bottom();
            along = pos.x();
            break;
        case QCPAxis::atTop:
            inLabels = pos.y() < r.top() && pos.y() >= r.top() - m.top();
            along = pos.x();
            break;
        case QCPAxis::atLeft:
            inLabels = pos.x() < r.left() && pos.x() >= r.left() - m.left();
            along = pos.y();
            break;
        case QCPAxis::atRight:
            inLabels = pos.x() > r.right() && pos.x() <= r.right() + m.right();
            along = pos.y();
            break;
        }
        if (!inLabels)
            continue;
        const int index = qRound(axis->pixelToCoord(along));
        if (index >= 0 && index < ticker->labels.size() && ticker->isElided(index))
            return ticker->labels.at(index);
    }
    return {};
}

bool CsmPlot::saveAsPng(const QString& fileName, QSize size, double scale)
{
    const QSize s = size.isValid() ? size : this->size();
    adaptToSize(s);
    const bool ok = savePng(fileName, s.width(), s.height(), scale);
    restoreScreenLayout();
    return ok;
}

bool CsmPlot::saveAsPdf(const QString& fileName, QSize size)
{
    const QSize s = size.isValid() ? size : this->size();
    adaptToSize(s);
    setVectorDots(true);
    const bool ok = savePdf(fileName, s.width(), s.height());
    setVectorDots(false);
    restoreScreenLayout();
    return ok && QFileInfo(fileName).size() > 0;
}

bool CsmPlot::saveAs(const QString& fileName, QSize size)
{
    return fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? saveAsPdf(fileName, size)
                                                                         : saveAsPng(fileName, size);
}

void CsmPlot::render(QPainter& painter, const QRectF& target, QSize layoutSize)
{
    if (target.isEmpty())
        return;
    if (!layoutSize.isValid()) {
        const double dpi = painter.device() ? painter.device()->logicalDpiX() : 96;
        layoutSize = (target.size() * 96.0 / dpi).toSize();
    }
    if (layoutSize.isEmpty())
        return;
    adaptToSize(layoutSize);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / layoutSize.width(), target.height() / layoutSize.height());
    setVectorDots(true);
    {
        chart::PainterBridge bridge(&painter, layoutSize); // hands QCustomPlot's drawing on to painter
        QCPPainter onBridge(&bridge);
        onBridge.setMode(QCPPainter::pmVectorized);
        onBridge.setMode(QCPPainter::pmNonCosmetic); // hairlines stay lines at 1200 dpi
        toPainter(&onBridge, layoutSize.width(), layoutSize.height());
    }
    setVectorDots(false);
    painter.restore();
    restoreScreenLayout();
}

void CsmPlot::restoreScreenLayout()
{
    adaptToSize(size());
    updateLayout();
    if (isVisible())
        replot(rpQueuedReplot);
}

QString CsmPlot::moneyText(MinorUnits amount, const QString& currency)
{
    return Money(amount, currency).format(QLocale());
}

QString CsmPlot::shortMoneyText(MinorUnits amount, const QString& currency)
{
    return chart::shortMoney(Money(amount, currency).toMajor(), currency, QLocale());
}

QString CsmPlot::percentText(double fraction, int decimals)
{
    const QLocale locale;
    return locale.toString(fraction * 100, 'f', decimals) + locale.percent();
}

QString CsmPlot::dateText(QDate date)
{
    return DisplayFormat::denseDate(date);
}

QString CsmPlot::monthText(QDate month)
{
    return DisplayFormat::monthYear(month);
}

void CsmPlot::clickAt(const QPointF&) {}

void CsmPlot::setMoneyAxis(QCPAxis* axis, const QString& currency)
{
    auto ticker = axis->ticker().dynamicCast<chart::MoneyTicker>();
    if (!ticker) {
        ticker = QSharedPointer<chart::MoneyTicker>::create();
        axis->setTicker(ticker);
    }
    ticker->currency = currency;
}

void CsmPlot::setMoneyLogAxis(QCPAxis* axis, const QString& currency)
{
    auto ticker = axis->ticker().dynamicCast<chart::MoneyLogTicker>();
    if (!ticker) {
        ticker = QSharedPointer<chart::MoneyLogTicker>::create();
        ticker->setLogBase(10);
        axis->setTicker(ticker);
        axis->setScaleType(QCPAxis::stLogarithmic);
    }
    ticker->currency = currency;
}

void CsmPlot::setPercentAxis(QCPAxis* axis)
{
    if (!axis->ticker().dynamicCast<chart::PercentTicker>())
        axis->setTicker(QSharedPointer<chart::PercentTicker>::create());
}

void CsmPlot::setCountAxis(QCPAxis* axis)
{
    if (!axis->ticker().dynamicCast<chart::CountTicker>())
        axis->setTicker(QSharedPointer<chart::CountTicker>::create());
}

void CsmPlot::setDateAxis(QCPAxis* axis)
{
    if (!axis->ticker().dynamicCast<chart::CalendarTicker>())
        axis->setTicker(QSharedPointer<chart::CalendarTicker>::create());
}

void CsmPlot::setCategoryAxis(QCPAxis* axis, const QStringList& labels)
{
    auto ticker = axis->ticker().dynamicCast<chart::CategoryTicker>();
    if (!ticker) {
        ticker = QSharedPointer<chart::CategoryTicker>::create();
        axis->setTicker(ticker);
        axis->setTickLength(0, 0);
        axis->grid()->setVisible(false);
    }
    ticker->labels = labels;
    axis->setRange(-0.5, std::max<qsizetype>(1, labels.size()) - 0.5);
}

double CsmPlot::dayKey(QDate date)
{
    return chart::CalendarTicker::key(date);
}

QDate CsmPlot::keyDay(double key)
{
    return chart::CalendarTicker::date(key);
}

void CsmPlot::setLegendShown(bool shown)
{
    if (shown == m_legendShown)
        return;
    m_legendShown = shown;
    if (!m_legendRow) {
        if (legend->layout() == axisRect()->insetLayout()) // where QCustomPlot puts it
            axisRect()->insetLayout()->take(legend);
        m_legendRow = new QCPLayoutGrid;
        m_legendRow->addElement(0, 0, new QCPLayoutElement(this));
        m_legendRow->addElement(0, 1, legend);
        m_legendRow->addElement(0, 2, new QCPLayoutElement(this));
    }
    if (shown) {
        plotLayout()->insertRow(0);
        plotLayout()->addElement(0, 0, m_legendRow);
        plotLayout()->setRowStretchFactor(0, 0.001);
    } else {
        plotLayout()->take(m_legendRow);
        plotLayout()->simplify();
    }
    legend->setVisible(shown);
}

void CsmPlot::shadeHealthBands(QCPAxis* scoreAxis, const HealthBandLimits& limits)
{
    const bool vertical = scoreAxis->orientation() == Qt::Vertical;
    QCPAxis* names = axisRect()->axis(vertical ? QCPAxis::atRight : QCPAxis::atTop);
    if (m_bandRects.isEmpty()) {
        for (int i = 0; i < 3; ++i) {
            auto* rect = new QCPItemRect(this);
            rect->setLayer(m_shading);
            rect->setPen(Qt::NoPen);
            for (QCPItemPosition* p : {rect->topLeft, rect->bottomRight}) {
                p->setAxes(vertical ? xAxis : scoreAxis, vertical ? scoreAxis : yAxis);
                if (vertical)
                    p->setTypeX(QCPItemPosition::ptAxisRectRatio);
                else
                    p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            m_bandRects << rect;
        }
        names->setVisible(true);
        names->setTicks(true);
        names->setTickLabels(true);
        names->setTickLength(0, 0);
        names->grid()->setVisible(false);
        connect(scoreAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), names,
                qOverload<const QCPRange&>(&QCPAxis::setRange));
    }
    const std::array<HealthBand, 3> bands = {HealthBand::Red, HealthBand::Yellow, HealthBand::Green};
    const std::array<double, 4> edges = {-1000, limits.yellowMin, limits.greenMin, 1000};
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < 3; ++i) {
        QCPItemRect* rect = m_bandRects.at(qsizetype(i));
        rect->setBrush(tint(ChartPalette::band(bands[i]), 0.16));
        if (vertical) {
            rect->topLeft->setCoords(0, edges[i + 1]);
            rect->bottomRight->setCoords(1, edges[i]);
        } else {
            rect->topLeft->setCoords(edges[i], 0);
            rect->bottomRight->setCoords(edges[i + 1], 1);
        }
        const double low = std::max(0.0, edges[i]);
        const double high = std::min(100.0, edges[i + 1]);
        ticker->addTick((low + high) / 2, Labels::healthBand(bands[i]));
    }
    names->setTicker(ticker);
    names->setRange(scoreAxis->range());
}

void CsmPlot::useDots(QCPGraph* graph, const QColor& color, int size)
{
    const int side = size + 1;
    QPixmap dot(side, side);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size, size));
    }
    Dots dots{graph, QCPScatterStyle(dot), QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, size)};
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(dots.screen);
    m_dots.removeIf([graph](const Dots& d) { return d.graph == graph || !d.graph; });
    m_dots << dots;
}

void CsmPlot::setVectorDots(bool vector)
{
    for (const Dots& d : std::as_const(m_dots)) {
        if (d.graph)
            d.graph->setScatterStyle(vector ? d.vector : d.screen);
    }
}

QColor CsmPlot::tint(const QColor& color, double strength) const
{
    return ChartPalette::tint(color, strength, palette().color(QPalette::Base));
}

int CsmPlot::barAt(const QCPBars* bars, const QPointF& pos)
{
    QVariant details;
    if (!bars || const_cast<QCPBars*>(bars)->selectTest(pos, false, &details) < 0)
        return -1;
    const QCPDataSelection selection = details.value<QCPDataSelection>();
    return selection.isEmpty() ? -1 : selection.dataRange().begin();
}

QSizeF CsmPlot::plotAreaFor(QSize size) const
{
    const QRect rect = axisRect()->rect();
    const QRect view = viewport();
    const bool laidOut = rect.width() > 0 && view.width() > 0;
    return {std::max(40.0, size.width() - (laidOut ? view.width() - rect.width() : 90.0)),
            std::max(30.0, size.height() - (laidOut ? view.height() - rect.height() : 60.0))};
}

void CsmPlot::adaptToSize(QSize size)
{
    const QFontMetricsF metrics(font());
    const QSizeF area = plotAreaFor(size);
    const double width = area.width();
    const double height = area.height();

    for (QCPAxis* axis : axisRect()->axes()) {
        if (!axis->visible() || !axis->tickLabels())
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const double length = horizontal ? width : height;
        const QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
        if (auto categories = ticker.dynamicCast<chart::CategoryTicker>()) {
            categories->fit(length / std::max(1e-9, axis->range().size()), axis->orientation(),
                            std::max(90.0, size.width() * 0.3), metrics);
        } else if (auto calendar = ticker.dynamicCast<chart::CalendarTicker>()) {
            const double per = horizontal ? chart::CalendarTicker::labelWidth(metrics, locale()) + 20
                                          : metrics.height() * 2.5;
            calendar->maxTicks = std::max(2, int(length / per));
        } else if (horizontal) {
            // The most ticks whose labels fit side by side.
            const QChar format =
                axis->numberFormat().isEmpty() ? QLatin1Char('g') : axis->numberFormat().at(0);
            int best = 2;
            for (int count = 8; count > 2; --count) {
                ticker->setTickCount(count);
                QVector<double> ticks;
                QVector<QString> labels;
                ticker->generate(axis->range(), locale(), format, axis->numberPrecision(), ticks, nullptr,
                                 &labels);
                double widest = 0;
                for (const QString& l : std::as_const(labels))
                    widest = std::max(widest, metrics.horizontalAdvance(l));
                if (labels.size() * (widest + 16) <= length) {
                    best = count;
                    break;
                }
            }
            ticker->setTickCount(best);
        } else {
            ticker->setTickCount(std::clamp(int(length / (metrics.height() * 2.2)), 2, 6));
        }
    }

    if (m_legendShown)
        fitLegend(size.width());
    fitToSize(size);
}

void CsmPlot::fitLegend(int width)
{
    QList<int> widths;
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (QCPLayoutElement* item = legend->elementAt(i)) {
            // QCustomPlot clips an item's text to the font's height, which cuts descenders ("y", "g").
            item->setMargins(QMargins(0, 1, 0, 3));
            widths << item->minimumOuterSizeHint().width();
        }
    }
    if (widths.isEmpty())
        return;
    const int spacing = legend->columnSpacing();
    const int margins = legend->margins().left() + legend->margins().right();
    // The most columns whose widest items fit side by side.
    int columns = int(widths.size());
    int needed = 0;
    for (; columns > 1; --columns) {
        QList<int> column(columns, 0);
        for (int i = 0; i < int(widths.size()); ++i)
            column[i % columns] = std::max(column[i % columns], widths.at(i));
        needed = std::accumulate(column.cbegin(), column.cend(), margins + spacing * (columns - 1));
        if (needed <= width)
            break;
    }
    if (columns == 1)
        needed = margins + *std::max_element(widths.cbegin(), widths.cend());
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    legend->setMaximumSize(std::min(needed, width), QWIDGETSIZE_MAX);
}

void CsmPlot::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = message().isEmpty() ? toolTipAt(event->position()) : QString();
    m_toolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void CsmPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    QCustomPlot::mousePressEvent(event);
}

void CsmPlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && message().isEmpty() &&
        (event->position() - m_pressPos).manhattanLength() < 5)
        clickAt(event->position());
}

void CsmPlot::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    m_toolTip.clear();
    QToolTip::hideText();
}

void CsmPlot::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as…"), this, &CsmPlot::saveWithDialog);
    menu.exec(event->globalPos());
}

void CsmPlot::saveWithDialog()
{
    QString selected;
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save chart"), tr("chart") + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;PDF document (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName +=
            selected.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!saveAs(fileName))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("The chart could not be saved to %1. Check that the folder exists and that "
                                "you may write to it.")
                                 .arg(QDir::toNativeSeparators(fileName)));
}

void CsmPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void CsmPlot::applyStyle()
{
    const QPalette pal = palette();
    setBackground(pal.brush(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = ChartPalette::tint(pal.color(QPalette::Mid), 0.45, pal.color(QPalette::Base));
    for (QCPAxis* axis : axisRect()->axes()) {
        // A little more room below the plot, so that the first date under it stays clear of "¥0" beside it.
        axis->setTickLabelPadding(axis->orientation() == Qt::Horizontal ? 7 : 5);
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(pal.color(QPalette::Mid)));
        axis->setTickPen(QPen(pal.color(QPalette::Mid)));
        axis->setSubTickPen(Qt::NoPen);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    legend->setFont(font());
    legend->setTextColor(text);
    m_message->setFont(font());
    m_message->setColor(pal.color(QPalette::PlaceholderText));
}

} // namespace csm
