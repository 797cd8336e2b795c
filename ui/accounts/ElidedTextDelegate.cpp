#include "ui/accounts/ElidedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

namespace csm {

ElidedTextDelegate::ElidedTextDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ElidedTextDelegate::setElideMode(int column, Qt::TextElideMode mode)
{
    m_modes.insert(column, mode);
}

Qt::TextElideMode ElidedTextDelegate::elideMode(int column) const
{
    return m_modes.value(column, Qt::ElideRight);
}

void ElidedTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = elideMode(index.column());
}

QString ElidedTextDelegate::toolTip(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!own.isEmpty())
        return own;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return {};
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The same room QCommonStyle gives the text when it draws the cell.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const bool fits = opt.fontMetrics.horizontalAdvance(opt.text) <= textRect.width() - 2 * margin;
    return fits ? QString() : opt.text;
}

bool ElidedTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTip(option, index);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}

void fitColumn(QTableView* view, int column, int cap)
{
    view->resizeColumnToContents(column); // contents and header
    // That leaves no room between columns: add two characters' worth.
    QHeaderView* header = view->horizontalHeader();
    const int room = 2 * view->fontMetrics().averageCharWidth();
    header->resizeSection(column, std::min(header->sectionSize(column) + room, cap));
}

} // namespace csm
