#pragma once

#include "domain/Entities.h"
#include "ui/editors/BulkAccountChanges.h"

#include <QObject>

class QAction;

namespace csm {

class AccountsPage;
class BookWorkspace;
class MainWindow;

// "Change owner…", "Change stage…" and "Set touch model…" on the accounts selected in the list (or the
// account of the page shown: the account page, Today's selected line), from the Account menu and the list's
// context menu. Disabled when
// nothing is selected or the book is read-only. Each change is one transaction and one undo step.
class BulkAccountActions : public QObject
{
    Q_OBJECT
public:
    BulkAccountActions(MainWindow& window, AccountsPage& list);

    QAction* changeOwnerAction() const { return m_owner; }
    QAction* changeStageAction() const { return m_stage; }
    QAction* setTouchModelAction() const { return m_touchModel; }

    // The accounts a bulk change would apply to now.
    QList<Id> targetIds() const;
    // Sets the change on the accounts that do not have it yet, as one undo step; returns how many changed,
    // or -1 when storage refused (the error goes to BookWorkspace::reportError()).
    int apply(const QList<Id>& ids, const BulkChange& change);
    // What those accounts have now, for the dialog to start from.
    BulkCurrentValues currentValues(const QList<Id>& ids, BulkChange::Field field) const;

public slots:
    void changeOwner() { ask(BulkChange::Field::Owner); }
    void changeStage() { ask(BulkChange::Field::Stage); }
    void setTouchModel() { ask(BulkChange::Field::TouchModel); }
    void updateEnabled();

private:
    void ask(BulkChange::Field field);
    QAction* addAction(const QString& name, const QString& text, const QString& tip);

    MainWindow& m_window;
    AccountsPage& m_list;
    BookWorkspace& m_workspace;
    QAction* m_owner;
    QAction* m_stage;
    QAction* m_touchModel;
};

} // namespace csm
