#pragma once

#include "domain/Entities.h"

#include <QObject>

class QAction;
class QWidget;

namespace csm {

class BookWorkspace;
class MainWindow;

// Edit and delete on the account page's Contacts and Contract & ARR tabs: Enter or a double-click opens the
// record's editor, Del (or the context menu) deletes it as a tombstone. Every write is an undoable command.
class AccountTabActions : public QObject
{
    Q_OBJECT
public:
    explicit AccountTabActions(MainWindow& window);

    Id currentContactId() const;
    Id currentContractId() const;

public slots:
    void editCurrentContact();
    void deleteCurrentContact();
    void editCurrentContract();
    void deleteCurrentContract();
    void updateEnabled();

private:
    QAction* addViewAction(QWidget* view, const QString& name, const QString& text, const QString& tip,
                           const QList<QKeySequence>& keys);

    MainWindow& m_window;
    BookWorkspace& m_workspace;
    QList<QAction*> m_actions;
};

} // namespace csm
