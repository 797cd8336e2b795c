#pragma once

// Checks that hold for every window and dialog, computed from what is on screen (geometry, texts) rather
// than from how the code built it: the Tab chain in visual order, mnemonics used once, nothing clipped.

#include "ui/common/Mnemonics.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace csm::test {

// The widgets of `root` that Tab stops at, as the user sees them: visible, enabled, taking focus by Tab;
// the inner parts of a compound widget (a spin box's line edit, a calendar's table) count as the widget.
inline QList<QWidget*> tabStops(QWidget* root)
{
    const auto compoundOf = [root](QWidget* w) {
        QWidget* result = w;
        for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
            if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
                qobject_cast<QCalendarWidget*>(p))
                result = p;
        return result;
    };
    QList<QWidget*> stops;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->isWindow() ||
            w->focusProxy())
            continue;
        QWidget* stop = compoundOf(w);
        if (!stops.contains(stop))
            stops.append(stop);
    }
    return stops;
}

// Reading order: top to bottom; widgets whose vertical extents overlap count as one row, read left to
// right.
inline QList<QWidget*> inReadingOrder(QWidget* root, QList<QWidget*> widgets)
{
    const auto rect = [root](QWidget* w) { return QRect(w->mapTo(root, QPoint(0, 0)), w->size()); };
    std::stable_sort(widgets.begin(), widgets.end(), [&](QWidget* a, QWidget* b) {
        const QRect ra = rect(a), rb = rect(b);
        const bool sameRow = ra.center().y() >= rb.top() && ra.center().y() <= rb.bottom() &&
                             rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom();
        if (!sameRow)
            return ra.center().y() < rb.center().y();
        return ra.center().x() < rb.center().x();
    });
    return widgets;
}

// Reading order of a screen made of blocks (recursive XY cut): split the widgets where a horizontal
// (`rowsFirst`) or vertical gap crosses all of them, read the parts in order, each split again the same
// way; where no gap splits them, inReadingOrder. Row-first reads a grid row by row; column-first reads a
// master list with its buttons at the left before the editor at its right. Both are readings a user
// accepts; an order that is neither is not.
inline QList<QWidget*> inBlockOrder(QWidget* root, QList<QWidget*> widgets, bool rowsFirst)
{
    if (widgets.size() < 2)
        return widgets;
    const auto rect = [root](QWidget* w) { return QRect(w->mapTo(root, QPoint(0, 0)), w->size()); };
    const auto split = [&](bool byRows) {
        const auto from = [&](QWidget* w) { return byRows ? rect(w).top() : rect(w).left(); };
        const auto to = [&](QWidget* w) { return byRows ? rect(w).bottom() : rect(w).right(); };
        QList<QWidget*> sorted = widgets;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](QWidget* a, QWidget* b) { return from(a) < from(b); });
        QList<QList<QWidget*>> parts{{sorted.constFirst()}};
        int reach = to(sorted.constFirst());
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            if (from(sorted.at(i)) > reach)
                parts.append(QList<QWidget*>());
            parts.last().append(sorted.at(i));
            reach = std::max(reach, to(sorted.at(i)));
        }
        return parts;
    };
    QList<QList<QWidget*>> parts = split(rowsFirst);
    if (parts.size() < 2)
        parts = split(!rowsFirst);
    if (parts.size() < 2)
        return inReadingOrder(root, widgets);
    QList<QWidget*> out;
    for (const QList<QWidget*>& part : std::as_const(parts))
        out.append(inBlockOrder(root, part, rowsFirst));
    return out;
}

// The stop that owns the focus widget (the spin box of its line edit ...).
inline QWidget* stopOf(QWidget* focus, const QList<QWidget*>& stops)
{
    for (QWidget* w = focus; w; w = w->parentWidget())
        if (stops.contains(w))
            return w;
    return focus;
}

inline QString describe(QWidget* w)
{
    if (!w)
        return QStringLiteral("(none)");
    QString text;
    if (auto* b = qobject_cast<QAbstractButton*>(w))
        text = b->text();
    return QStringLiteral("%1%2%3").arg(QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName().isEmpty() ? QString()
                                                                  : QLatin1Char('#') + w->objectName(),
                                        text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

// Presses Tab from the first stop round the whole chain; returns "" when it visits the stops in reading
// order, else what it visited against what it should have.
inline QString tabChainProblem(QWidget* window)
{
    const QList<QWidget*> stops = tabStops(window);
    if (stops.isEmpty())
        return QStringLiteral("no tab stop");
    // Tab from the first stop of a reading once round; the chain is right if it is one of the readings.
    const auto tabRound = [window](const QList<QWidget*>& expected) {
        expected.constFirst()->setFocus(Qt::TabFocusReason);
        QList<QWidget*> visited;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QWidget* focus = QApplication::focusWidget();
            visited.append(stopOf(focus, expected));
            QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        }
        visited.append(stopOf(QApplication::focusWidget(), expected)); // round to the first again
        return visited;
    };
    const QList<QList<QWidget*>> readings{inReadingOrder(window, stops), inBlockOrder(window, stops, true),
                                          inBlockOrder(window, stops, false)};
    QString problem;
    for (QList<QWidget*> wanted : readings) {
        const QList<QWidget*> visited = tabRound(wanted);
        wanted.append(wanted.constFirst());
        if (visited == wanted)
            return {};
        if (!problem.isEmpty())
            continue; // reported against the first reading
        QStringList got, want;
        for (QWidget* w : std::as_const(visited))
            got << describe(w);
        for (QWidget* w : std::as_const(wanted))
            want << describe(w);
        problem = QStringLiteral("Tab visits\n  %1\nbut the screen reads\n  %2")
                      .arg(got.join(QStringLiteral(" → ")), want.join(QStringLiteral(" → ")));
    }
    return problem;
}

// The mnemonics a window offers: labels with a buddy, buttons, tabs (and, for a main window, the menu bar's,
// passed in `more`). Returns the letters used twice, and labels whose mnemonic leads nowhere.
inline QStringList mnemonicProblems(QWidget* window, const QStringList& more = {})
{
    QHash<QChar, QStringList> users;
    QStringList problems;
    for (const QString& text : more)
        if (const QChar m = mnemonicOf(text); !m.isNull())
            users[m] << text;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            text = label->text();
            if (!mnemonicOf(text).isNull() && !label->buddy())
                problems << QStringLiteral("\"%1\" has a mnemonic but no buddy").arg(text);
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (const QChar m = mnemonicOf(tabs->tabText(i)); !m.isNull())
                    users[m] << tabs->tabText(i);
            continue;
        }
        if (const QChar m = mnemonicOf(text); !m.isNull())
            users[m] << text;
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it.value().size() > 1)
            problems
                << QStringLiteral("%1 is used by %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    // A Japanese "(L)" left over from a mnemonic that a tool button cannot use.
    static const QRegularExpression leftover(QStringLiteral("[(（][A-Z][)）]"));
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(window) && leftover.match(b->text()).hasMatch() && mnemonicOf(b->text()).isNull())
            problems << QStringLiteral("\"%1\" shows a mnemonic it cannot use").arg(b->text());
    return problems;
}

// Texts cut off at the window's size: a one-line label or button narrower than its text, a line edit
// narrower than its placeholder, a combo box narrower than its longest entry, a title wider than the window.
inline QStringList clippedTexts(QWidget* window)
{
    QStringList clipped;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                if (label->height() < label->heightForWidth(label->width()))
                    clipped << QStringLiteral("wrapped label \"%1\": %2 < %3 high")
                                   .arg(label->text())
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width()));
                continue;
            }
            if (label->width() < label->sizeHint().width())
                clipped << QStringLiteral("label \"%1\": %2 < %3")
                               .arg(label->text())
                               .arg(label->width())
                               .arg(label->sizeHint().width());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->width() < button->minimumSizeHint().width() && !button->text().isEmpty())
                clipped << QStringLiteral("button \"%1\": %2 < %3")
                               .arg(button->text())
                               .arg(button->width())
                               .arg(button->minimumSizeHint().width());
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            const QString hint = edit->placeholderText();
            if (!hint.isEmpty() && edit->width() < edit->fontMetrics().horizontalAdvance(hint) + 8)
                clipped << QStringLiteral("placeholder \"%1\": %2 < %3")
                               .arg(hint)
                               .arg(edit->width())
                               .arg(edit->fontMetrics().horizontalAdvance(hint) + 8);
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i)
                widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            if (combo->width() < widest + combo->fontMetrics().averageCharWidth() * 4)
                clipped << QStringLiteral("combo box %1: %2 < %3")
                               .arg(describe(combo))
                               .arg(combo->width())
                               .arg(widest + combo->fontMetrics().averageCharWidth() * 4);
        }
    }
    if (window->isWindow()) {
        QFont bold = window->font();
        bold.setBold(true);
        const int title = QFontMetrics(bold).horizontalAdvance(window->windowTitle()) + 100;
        if (window->width() < title)
            clipped << QStringLiteral("title \"%1\": %2 < %3")
                           .arg(window->windowTitle())
                           .arg(window->width())
                           .arg(title);
    }
    return clipped;
}

// The Japanese user interface for one scope: the app's catalogue (built next to the executable) and Qt's
// own, and the Japanese locale as the default.
class JapaneseUi
{
public:
    JapaneseUi()
    {
        m_app = std::make_unique<QTranslator>();
        m_qt = std::make_unique<QTranslator>();
        m_loaded = m_app->load(QStringLiteral(CSM_JA_QM));
        if (m_loaded)
            QCoreApplication::installTranslator(m_app.get());
        if (m_qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }
    ~JapaneseUi()
    {
        QCoreApplication::removeTranslator(m_app.get());
        QCoreApplication::removeTranslator(m_qt.get());
        QLocale::setDefault(m_locale);
    }
    bool loaded() const { return m_loaded; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QLocale m_locale;
    bool m_loaded = false;
};

} // namespace csm::test
