#pragma once

// The pages of the main window as a list that the window iterates: its navigation, the Go menu, the stack
// of pages and the "no book open" panel all follow from it. A page is one entry plus its own files:
//
//   void registerPortfolioPage(PageRegistry& pages)          // in ui/portfolio/PortfolioPage.cpp
//   {
//       PageSpec page(pageids::portfolio, PortfolioPage::tr("Portfolio"),
//                     [](MainWindow& w) -> QWidget* { return new PortfolioPage(w.workspace()); });
//       page.order = 30;
//       page.shortcut = QKeySequence(Qt::CTRL | Qt::Key_3);
//       pages.add(page);
//   }
//
// and one line calling it in StandardPages.cpp. An entry with the id of an existing one replaces it, so a
// built page takes the place of its placeholder.

#include "domain/Entities.h"

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace csm {

class MainWindow;

// Ids of the pages that other code opens by name (also the names of --screenshot-page).
namespace pageids {
inline const QString today = QStringLiteral("today");
inline const QString accounts = QStringLiteral("accounts");
inline const QString account = QStringLiteral("account");
inline const QString portfolio = QStringLiteral("portfolio");
inline const QString renewals = QStringLiteral("renewals");
inline const QString roadmaps = QStringLiteral("roadmaps");
inline const QString reports = QStringLiteral("reports");
} // namespace pageids

struct PageSpec
{
    using Factory = std::function<QWidget*(MainWindow& window)>;
    PageSpec() = default;
    PageSpec(QString pageId, QString pageTitle, Factory makePage)
        : id(std::move(pageId)), title(std::move(pageTitle)), factory(std::move(makePage))
    {}

    QString id;    // stable: code, settings and the command line refer to it
    QString title; // translated; the navigation entry and the Go menu item
    // Builds the page once, when the window is made; the window owns it. The factory connects the page's
    // signals to the window (MainWindow::showAccount, announce, updateAccountContext ...).
    Factory factory;
    int order = 0;         // position in the navigation, smallest first
    QKeySequence shortcut; // Go menu shortcut (Ctrl+1 …); none when empty
    QIcon icon;
    // While no book is open the window shows how to open or create one instead of this page.
    bool needsBook = true;
    // False for a page reached from another one (the account page from the list): no navigation entry.
    bool inNavigation = true;
    // The navigation entry shown as current while this page is up; empty: its own.
    QString navigationId;
};

class PageRegistry
{
public:
    // Adds a page, or replaces the page with the same id.
    PageRegistry& add(PageSpec spec);
    bool remove(const QString& id);
    // In navigation order.
    QList<PageSpec> pages() const;
    const PageSpec* find(const QString& id) const;

    // The application's pages (StandardPages.cpp).
    static PageRegistry standard();

private:
    QList<PageSpec> m_pages;
};

// A page that is about one account or has one selected: Log a touch, New contact and the other account
// actions act on its account. When that account changes, the page's factory has the page call
// MainWindow::updateAccountContext().
class AccountContext
{
public:
    virtual ~AccountContext() = default;
    virtual Id currentAccountId() const = 0;
};

// The page registered as pageids::account: MainWindow::showAccount() and showRecord() go through it.
class AccountViewer
{
public:
    virtual ~AccountViewer() = default;
    // Shows an account, on the tab `tab` when given (its id in the account page's tab registry).
    virtual void showAccount(const Id& accountId, const QString& tab) = 0;
    // Shows an account on `tab` with the record `recordId` current and selected, as soon as it is there.
    virtual void showRecord(const Id& accountId, const QString& tab, const Id& recordId) = 0;
};

} // namespace csm
