#pragma once

#include "domain/Entities.h"

#include <QKeySequence>
#include <QObject>

class QAction;

namespace csm {

class BookWorkspace;
class MainWindow;
class QuickSearchPopup;

// The window-wide editing actions of the workspace, in the Account and Edit menus: Log a touch (Ctrl+L),
// new/edit/delete account, new contact, new contract, quick search (Ctrl+K). They act on the account of the
// page shown (MainWindow::currentAccountId()). Every write is an undoable command; afterwards the page shows
// the new or changed row selected and the status bar says what happened, with Undo.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceActions(MainWindow& window);

    QAction* logTouchAction() const { return m_logTouch; }

public slots:
    void logTouch();
    void newAccount();
    void editAccount();
    void deleteAccount();
    void newContact();
    void newContract();
    void quickSearch();

private:
    QAction* addAction(const QString& name, const QString& text, const QString& tip,
                       const QKeySequence& key = {});
    QString accountName(const Id& id) const;
    void updateEnabled();

    MainWindow& m_window;
    BookWorkspace& m_workspace;
    QAction* m_logTouch = nullptr;
    QAction* m_newAccount = nullptr;
    QAction* m_editAccount = nullptr;
    QAction* m_deleteAccount = nullptr;
    QAction* m_newContact = nullptr;
    QAction* m_newContract = nullptr;
    QAction* m_search = nullptr;
    QuickSearchPopup* m_searchPopup = nullptr;
};

} // namespace csm
