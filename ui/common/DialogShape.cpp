#include "ui/common/DialogShape.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace csm {

namespace {

void collect(QLayout* layout, QList<QWidget*>& out);

// A widget that only groups others (a row of a form, a box around a field and its message) is walked into;
// anything else that takes focus is one stop of the chain, its inner widgets being its own business.
void collectWidget(QWidget* w, QList<QWidget*>& out)
{
    if (!w)
        return;
    const bool container = w->focusPolicy() == Qt::NoFocus && !w->focusProxy() && w->layout();
    if (container) {
        collect(w->layout(), out);
        return;
    }
    if (w->focusPolicy() & Qt::TabFocus || w->focusProxy())
        out.append(w);
}

void collectItem(QLayoutItem* item, QList<QWidget*>& out)
{
    if (!item)
        return;
    if (item->widget())
        collectWidget(item->widget(), out);
    else if (item->layout())
        collect(item->layout(), out);
}

void collect(QLayout* layout, QList<QWidget*>& out)
{
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role), out);
        return;
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        struct Cell
        {
            int row, column;
            QLayoutItem* item;
        };
        QList<Cell> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({row, column, grid->itemAt(i)});
        }
        std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const Cell& c : std::as_const(cells))
            collectItem(c.item, out);
        return;
    }
    QList<QLayoutItem*> items;
    for (int i = 0; i < layout->count(); ++i)
        items.append(layout->itemAt(i));
    if (auto* box = qobject_cast<QBoxLayout*>(layout);
        box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop))
        std::reverse(items.begin(), items.end());
    for (QLayoutItem* item : std::as_const(items))
        collectItem(item, out);
}

} // namespace

QList<QWidget*> widgetsInVisualOrder(QWidget* root)
{
    QList<QWidget*> out;
    if (root && root->layout())
        collect(root->layout(), out);
    return out;
}

void setVisualTabOrder(QWidget* root)
{
    const QList<QWidget*> chain = widgetsInVisualOrder(root);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void finishDialog(QDialog* dialog, DialogShape shape)
{
    setVisualTabOrder(dialog);

    const QFontMetrics fm = dialog->fontMetrics();
    const int em = fm.averageCharWidth();
    // A line edit is as wide as its placeholder, so that the hint is never cut off.
    // (The line edit of an editable combo box: the combo box is widened instead.)
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        QWidget* owner = edit;
        if (qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            continue;
        if (auto* combo = qobject_cast<QComboBox*>(edit->parentWidget()))
            owner = combo;
        if (edit->placeholderText().isEmpty())
            continue;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 3 * em +
                           (owner != edit ? 3 * em : 0); // the combo box's arrow
        owner->setMinimumWidth(std::min(std::max(owner->minimumWidth(), needed), shape.maximumEm * em));
    }

    // The title bar shows the title next to an icon and three buttons (about 8 em on common themes); the
    // dialog is never narrower than its contents want to be.
    QFont titleFont = dialog->font();
    titleFont.setBold(true);
    const int title = QFontMetrics(titleFont).horizontalAdvance(dialog->windowTitle()) + 12 * em;
    int width = std::max({shape.minimumEm * em, title, dialog->minimumWidth()});
    if (QLayout* layout = dialog->layout()) {
        layout->activate();
        width = std::max(width, layout->sizeHint().width());
        width = std::max(width, layout->minimumSize().width());
    }
    if (const QScreen* screen = dialog->screen())
        width = std::min(width, screen->availableGeometry().width() - 2 * em);
    dialog->setMinimumWidth(width);
}

} // namespace csm
