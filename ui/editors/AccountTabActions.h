#pragma once

#include "domain/Entities.h"

#include <QObject>

class QAction;
class QWidget;

namespace csm {

class AccountPage;
class BookWorkspace;
class MainWindow;

// Edit and delete on the account page's Timeline, Contacts and Contract & ARR tabs: Enter or a double-click
// opens the record's editor, Del (or the context menu) deletes it as a tombstone. A recorded renewal outcome
// is corrected the same way (Enter or a double-click on it). Every write is an undoable
// command; afterwards the record stays current and selected (or the row that took a deleted one's place),
// and the status bar says what happened, with Undo.
class AccountTabActions : public QObject
{
    Q_OBJECT
public:
    AccountTabActions(MainWindow& window, AccountPage& page);

    Id currentTouchId() const;
    Id currentContactId() const;
    Id currentContractId() const;

public slots:
    void editCurrentTouch();
    void deleteCurrentTouch();
    void editCurrentContact();
    void deleteCurrentContact();
    void editCurrentContract();
    void deleteCurrentContract();
    // Opens the Record outcome dialog on the renewal outcome selected in the Contract & ARR tab.
    void correctCurrentOutcome();
    void updateEnabled();

private:
    QAction* addViewAction(QWidget* view, const QString& name, const QString& text, const QString& tip,
                           const QList<QKeySequence>& keys);
    QString accountName() const;

    MainWindow& m_window;
    AccountPage& m_page;
    BookWorkspace& m_workspace;
    QList<QAction*> m_actions;
};

} // namespace csm
