#include "ui/accounts/HealthChipDelegate.h"

#include "item/AccountsModel.h"
#include "item/DisplayLabels.h"
#include "ui/charts/ChartPalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace csm {

namespace {

using Role = AccountsModel::Role;

std::optional<HealthBand> bandAt(const QModelIndex& index)
{
    const QVariant v = index.data(int(Role::Band));
    if (!v.isValid())
        return std::nullopt;
    return HealthBand(v.toInt());
}

} // namespace

HealthChipDelegate::HealthChipDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString HealthChipDelegate::chipText(const QModelIndex& index)
{
    const QVariant score = index.data(int(Role::Score));
    if (!score.isValid())
        return {};
    QString text = QLocale().toString(score.toDouble(), 'f', 1);
    const QVariant trend = index.data(int(Role::Trend));
    if (trend.isValid())
        text += QLatin1Char(' ') + Labels::trendArrow(trend.toInt());
    return text;
}

void HealthChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    const std::optional<HealthBand> band = bandAt(index);
    const QString text = chipText(index);
    if (!band || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index); // "no data"
        return;
    }
    // The row's background and selection as every other cell, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor colour = ChartPalette::band(band);
    const QFontMetrics fm(option.font);
    const int padding = fm.height() / 2;
    const int width = fm.horizontalAdvance(text) + 2 * padding;
    const int height = std::min(option.rect.height() - 4, fm.height() + 4);
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(colour);
    painter->setBrush(ChartPalette::tint(colour, 0.28));
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(option.font);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize HealthChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(std::max(size.width(), fm.horizontalAdvance(chipText(index)) + fm.height() + 8));
    return size;
}

} // namespace csm
