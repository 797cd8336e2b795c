#pragma once

#include "domain/Entities.h"
#include "storage/Book.h"
#include "ui/main/PageRegistry.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QProgressBar;

namespace csm {

class BookWorkspace;
class PageStack;
class RecentBooks;
class StartPanel;
class StatusNotice;

// The main window: navigation on the left and a stack of pages, both built from a PageRegistry; menus; and a
// status bar with the book's name, what just happened (with Undo), the account count and the save state.
//
// For pages and actions:
//  - page<T>(pageids::today) finds a page; showPage(id) shows one; goBack() returns where the user was;
//  - menu(Menu::Account)->addAction(...): actions added to a menu work from anywhere in the window;
//  - currentAccountId() / currentAccountChanged(): the account of the page shown (AccountContext);
//  - showAccount(id, tab) opens an account page; showRecord() also selects a record on one of its tabs;
//  - announce("Touch logged for …") says what happened, with Undo for the change just pushed;
//  - workspace().undoStack() is what Edit > Undo / Redo act on.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu
    {
        File,
        Edit,
        View,
        Go,
        Account,
        Help
    };

    // Makes a demo book at a path (on the caller's terms: progress, cancel); true when it exists.
    using DemoBookMaker = std::function<bool(QWidget* parent, const QString& path)>;

    explicit MainWindow(BookWorkspace& workspace, const PageRegistry& pages = PageRegistry::standard(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    BookWorkspace& workspace() const { return m_workspace; }
    RecentBooks* recentBooks() const { return m_recent; }
    QMenu* menu(Menu which) const;
    // Adds a page's command to a menu (in Edit: above Preferences) and makes its shortcut work anywhere in
    // the window.
    void addMenuAction(Menu which, QAction* action);
    QMenu* recentMenu() const { return m_recentMenu; }
    PageStack* pages() const { return m_pages; }
    StatusNotice* notice() const { return m_notice; }
    QAction* backAction() const { return m_backAction; }

    QWidget* pageWidget(const QString& id) const;
    template <typename T> T* page(const QString& id) const { return qobject_cast<T*>(pageWidget(id)); }
    QString currentPage() const;

    // The account the user is looking at: the shown page's (AccountContext). Empty when none.
    Id currentAccountId() const;

    void setDemoBookMaker(DemoBookMaker maker) { m_demoBookMaker = std::move(maker); }
    // Where the welcome dialog suggests putting the first book.
    static QString defaultBookPath();
    // A new book's file name as typed, with ".sqlite" when it has no extension (a file without one is hard
    // to find again and to open by double-click).
    static QString withBookSuffix(const QString& path);

public slots:
    // Opens a book, showing any error in a message box (the current book then stays open). When the book
    // cannot be opened for writing, offers to open it read-only.
    bool openBookFile(const QString& path);
    // Creates a new empty book at path and opens it.
    bool createBookFile(const QString& path);
    void newBook();
    void newDemoBook();
    // Makes the demo book at `path` and opens it; false when it was not made (cancelled or failed).
    bool createDemoBookFile(const QString& path);
    void openBookDialog();
    void backupBook();
    // Backs the open book up to target, replacing a file there only once the new copy is checked; a failed
    // backup leaves it as it was and is shown in a message box. False on failure.
    bool backupBookTo(const QString& target);
    void showPreferences();
    void showPage(const QString& id);
    // Opens an account's page, on the tab `tab` when given.
    void showAccount(const csm::Id& accountId, const QString& tab = {});
    // Opens an account's page on `tab` with the record `recordId` current and selected.
    void showRecord(const csm::Id& accountId, const QString& tab, const csm::Id& recordId);
    // Back to the page shown before (Alt+Left); the accounts list when there is none.
    void goBack();
    void showAbout();
    // Says in the status bar what just happened; with `undoable`, Undo takes back the last pushed command.
    void announce(const QString& message, bool undoable = true);
    // A page's account changed (selection, another account shown): tells who listens.
    void updateAccountContext();

signals:
    void currentAccountChanged(const csm::Id& accountId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createGoMenu();
    void createStatusBar();
    StartPanel* createNoBookPanel();
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    void updateCount();
    void updateBackAction();
    void setLoading(bool loading);
    void restoreWindowGeometry();
    QString bookFileFilter() const;
    QString openFileFilter() const;
    QString defaultBookFolder() const;
    // Asks where a new book goes (in the last folder used); empty when cancelled or the file exists.
    QString askNewBookPath(const QString& title, const QString& fileName);
    // An older book is upgraded by a long job of the workspace with a progress dialog before it is opened;
    // false when the upgrade failed (the user has been told, and the book is unchanged).
    bool upgradeIfNeeded(const QString& path);

    BookWorkspace& m_workspace;
    RecentBooks* m_recent;
    PageStack* m_pages = nullptr;
    QHash<int, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_editEnd = nullptr; // the separator above Preferences
    QLabel* m_bookLabel = nullptr;
    StatusNotice* m_notice = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_saveLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    Id m_lastAnnouncedAccount;
    DemoBookMaker m_demoBookMaker;
};

} // namespace csm
