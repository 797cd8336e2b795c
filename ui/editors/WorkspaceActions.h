#pragma once

#include "domain/Entities.h"

#include <QKeySequence>
#include <QObject>

class QAction;

namespace csm {

class BookWorkspace;
class MainWindow;
class QuickSearchPopup;

// The editing actions of the daily workspace, installed on the main window: Log a touch (Ctrl+L), edit and
// delete touches on the Timeline, new/edit account, new contact, new contract, quick search (Ctrl+K), and the
// Today page. Every write is an undoable command on the workspace's stack.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceActions(MainWindow& window);

    QAction* logTouchAction() const { return m_logTouch; }

public slots:
    void logTouch();
    void editCurrentTouch();
    void deleteCurrentTouch();
    void newAccount();
    void editAccount();
    void newContact();
    void newContract();
    void quickSearch();

private:
    QAction* addAction(const QString& name, const QString& text, const QString& tip,
                       const QKeySequence& key = {});
    Id currentTouchId() const;
    void updateEnabled();

    MainWindow& m_window;
    BookWorkspace& m_workspace;
    QAction* m_logTouch = nullptr;
    QAction* m_editTouch = nullptr;
    QAction* m_deleteTouch = nullptr;
    QAction* m_newAccount = nullptr;
    QAction* m_editAccount = nullptr;
    QAction* m_newContact = nullptr;
    QAction* m_newContract = nullptr;
    QAction* m_search = nullptr;
    QuickSearchPopup* m_searchPopup = nullptr;
};

} // namespace csm
