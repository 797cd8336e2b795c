#include "ui/common/DialogShape.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <limits>
#include <set>

namespace csm {

namespace {

void collect(QLayout* layout, QList<QWidget*>& out);

// A widget that only groups others (a row of a form, a box around a field and its message) is walked into;
// anything else that takes focus is one stop of the chain, its inner widgets being its own business.
void collectWidget(QWidget* w, QList<QWidget*>& out)
{
    if (!w)
        return;
    if (auto* box = qobject_cast<QDialogButtonBox*>(w)) {
        // Its buttons in the order it shows them; one not laid out yet (the box lays out when shown) last.
        QList<QAbstractButton*> buttons = box->buttons();
        const auto position = [box](QAbstractButton* b) {
            const int i = box->layout() ? box->layout()->indexOf(b) : -1;
            return i < 0 ? std::numeric_limits<int>::max() : i;
        };
        std::stable_sort(buttons.begin(), buttons.end(),
                         [&](QAbstractButton* a, QAbstractButton* b) { return position(a) < position(b); });
        for (QAbstractButton* b : std::as_const(buttons))
            collectWidget(b, out);
        return;
    }
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        // The tabs, then what the tab shown holds.
        out.append(tabs->tabBar());
        if (QWidget* page = tabs->currentWidget())
            page->layout() ? collect(page->layout(), out) : collectWidget(page, out);
        return;
    }
    if (auto* stack = qobject_cast<QStackedWidget*>(w)) {
        if (QWidget* page = stack->currentWidget())
            collectWidget(page, out);
        return;
    }
    const bool container = w->focusPolicy() == Qt::NoFocus && !w->focusProxy() && w->layout();
    if (container) {
        collect(w->layout(), out);
        return;
    }
    // A row that hands its focus to a field stands for that field (setTabOrder ignores a NoFocus widget).
    while (w->focusProxy())
        w = w->focusProxy();
    if (w->focusPolicy() & Qt::TabFocus)
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

// The Tab and Shift+Tab keys of a finished dialog, and its height. Tab and Shift+Tab go from field to field
// in visual order, computed when pressed (a field that is hidden or disabled is skipped). This does not
// depend on the focus chain, which setTabOrder() cannot always mend around compound widgets and button boxes.
// Tab in a date field also moves on instead of going through its day, month and year (typing a section moves
// to the next one; the arrow keys move between them).
class DialogKeys : public QObject
{
public:
    explicit DialogKeys(QWidget* dialog) : QObject(dialog), m_dialog(dialog) { watch(); }

    void watch()
    {
        for (QWidget* w : m_dialog->findChildren<QWidget*>())
            if (w->focusPolicy() != Qt::NoFocus && w->window() == m_dialog && m_watched.insert(w).second)
                w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_dialog) {
            if (event->type() == QEvent::Show)
                watch(); // fields made since
            if (event->type() == QEvent::Show || event->type() == QEvent::Resize ||
                event->type() == QEvent::LayoutRequest)
                fitHeight();
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool backward = key->key() == Qt::Key_Backtab ||
                              (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier);
        if ((!forward && !backward) || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        QList<QWidget*> stops = widgetsInVisualOrder(m_dialog);
        stops.removeIf([](QWidget* w) { return !w->isVisible() || !w->isEnabled(); });
        if (stops.isEmpty())
            return false;
        const auto* from = static_cast<QWidget*>(watched);
        qsizetype at = -1;
        for (qsizetype i = 0; i < stops.size() && at < 0; ++i)
            if (stops.at(i) == from || stops.at(i)->isAncestorOf(from))
                at = i;
        const qsizetype n = stops.size();
        const qsizetype next = at < 0 ? 0 : (at + (forward ? 1 : n - 1)) % n;
        stops.at(next)->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }

private:
    // Wrapped text (a long sentence, a message under a field) needs more height the narrower the dialog
    // is; a layout's minimum size does not know that, so the dialog is kept at least as tall as the
    // height its layout needs for its width.
    void fitHeight()
    {
        QLayout* layout = m_dialog->layout();
        if (!layout || !layout->hasHeightForWidth())
            return;
        const int needed = layout->totalHeightForWidth(m_dialog->width());
        if (needed > 0 && m_dialog->minimumHeight() != needed)
            m_dialog->setMinimumHeight(needed);
    }

    QWidget* m_dialog;
    std::set<QWidget*> m_watched;
};

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
    dialog->installEventFilter(new DialogKeys(dialog));

    const QFontMetrics fm = dialog->fontMetrics();
    // In Latin letters: the average character of a Japanese font is about twice as wide, and the fields'
    // own size hints already make room for Japanese text.
    const int em = fm.horizontalAdvance(QLatin1Char('n'));
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
        // SetMinimumSize would put the layout's own minimum back over the width set here; by default a
        // window keeps an explicit minimum width and still takes its minimum height from the layout, so it
        // grows downwards when a message appears under a field.
        layout->setSizeConstraint(QLayout::SetDefaultConstraint);
        layout->activate();
        width = std::max(width, layout->sizeHint().width());
        width = std::max(width, layout->minimumSize().width());
    }
    if (const QScreen* screen = dialog->screen())
        width = std::min(width, screen->availableGeometry().width() - 2 * em);
    dialog->setMinimumWidth(width);
    // It opens at that width, as tall as its wrapped text needs there (not as tall as it would be narrower).
    if (QLayout* layout = dialog->layout()) {
        const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                       : layout->totalSizeHint().height();
        dialog->resize(width, std::max(height, layout->totalMinimumSize().height()));
    }
}

} // namespace csm
