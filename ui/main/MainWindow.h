#pragma once

#include "domain/Entities.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace csm {

class AccountPage;
class AccountsPage;
class BookWorkspace;
class RecentBooks;

// The main window: navigation on the left (Today, Accounts, Portfolio, Renewals, Roadmaps, Reports), a stack
// of pages, menus, and a status bar with the book's name, account count and save state.
//
// Hooks for later work:
//  - setPageWidget(Page::Today, new TodayPage(...)) replaces a placeholder page;
//  - menu(Menu::Account)->addAction(...) for "Log a touch…" (Ctrl+L), menu(Menu::Edit) for "Search…"
//  (Ctrl+K);
//    actions added to a menu work from anywhere in the window;
//  - currentAccountId() / currentAccountChanged() give the account to preselect;
//  - showAccount(id) opens an account page from anywhere (Today, search results);
//  - workspace().undoStack() is what Edit > Undo / Redo act on.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Today,
        Accounts,
        Portfolio,
        Renewals,
        Roadmaps,
        Reports,
        Account
    };
    Q_ENUM(Page)
    enum class Menu
    {
        File,
        Edit,
        View,
        Go,
        Account,
        Help
    };

    explicit MainWindow(BookWorkspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    BookWorkspace& workspace() const { return m_workspace; }
    AccountsPage* accountsPage() const { return m_accountsPage; }
    AccountPage* accountPage() const { return m_accountPage; }
    RecentBooks* recentBooks() const { return m_recent; }
    QMenu* menu(Menu which) const;
    QMenu* recentMenu() const { return m_recentMenu; }

    // Puts a page in place of the placeholder (the window takes ownership; the old page is deleted).
    void setPageWidget(Page page, QWidget* widget);
    QWidget* pageWidget(Page page) const;
    Page currentPage() const;

    // The account the user is looking at: the account page's, else the list's current row. Empty when none.
    Id currentAccountId() const;

public slots:
    // Opens a book, showing any error in a message box (the current book then stays open).
    bool openBookFile(const QString& path);
    // Creates a new empty book at path and opens it.
    bool createBookFile(const QString& path);
    void newBook();
    void openBookDialog();
    void backupBook();
    // Backs the open book up to target, replacing a file there only once the new copy is checked; a failed
    // backup leaves it as it was and is shown in a message box. False on failure.
    bool backupBookTo(const QString& target);
    void showPage(csm::MainWindow::Page page);
    void showAccount(const csm::Id& accountId);
    void backToAccounts();
    void showAbout();

signals:
    void currentAccountChanged(const csm::Id& accountId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createActions();
    void createStatusBar();
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    void updateCount();
    void setLoading(bool loading);
    void fitNavigation();
    QString bookFileFilter() const;
    QString defaultBookFolder() const;
    // An older book is upgraded by a long job of the workspace with a progress dialog before it is opened;
    // false when the upgrade failed (the user has been told, and the book is unchanged).
    bool upgradeIfNeeded(const QString& path);

    BookWorkspace& m_workspace;
    RecentBooks* m_recent;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<QWidget*> m_pages; // by Page
    AccountsPage* m_accountsPage = nullptr;
    AccountPage* m_accountPage = nullptr;
    QHash<int, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;
    QAction* m_backupAction = nullptr;
    QLabel* m_bookLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_saveLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    Id m_lastAnnouncedAccount;
};

} // namespace csm
