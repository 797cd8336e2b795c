#pragma once

// What a page that lists accounts asks of the main window, connected in one place: Enter or a double-click
// opens the account, the current line's account becomes the window's account context (the Log touch and
// account actions), and a page that changes the book announces what it did in the status bar.

#include "ui/main/MainWindow.h"

namespace csm {

// Page has the signals openAccountRequested(Id) and currentAccountChanged(...), and optionally
// changed(QString).
template <typename Page> Page* connectToWindow(Page* page, MainWindow& window)
{
    QObject::connect(page, &Page::openAccountRequested, &window,
                     [&window](const Id& id) { window.showAccount(id); });
    QObject::connect(page, &Page::currentAccountChanged, &window, &MainWindow::updateAccountContext);
    if constexpr (requires { &Page::changed; })
        QObject::connect(page, &Page::changed, &window,
                         [&window](const QString& message) { window.announce(message); });
    return page;
}

} // namespace csm
