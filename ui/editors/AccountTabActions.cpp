#include "ui/editors/AccountTabActions.h"

#include "item/ContactsModel.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountPage.h"
#include "ui/editors/RecordCommands.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/MainWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

namespace csm {

AccountTabActions::AccountTabActions(MainWindow& window)
    : QObject(&window), m_window(window), m_workspace(window.workspace())
{
    setObjectName(QStringLiteral("accountTabActions"));
    const QList<QKeySequence> enter = {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)};
    AccountPage* page = m_window.accountPage();

    QTableView* contacts = page->contactsView();
    connect(addViewAction(contacts, QStringLiteral("editContactAction"), tr("&Edit contact…"),
                          tr("Change the selected contact (Enter)"), enter),
            &QAction::triggered, this, &AccountTabActions::editCurrentContact);
    connect(addViewAction(contacts, QStringLiteral("deleteContactAction"), tr("&Delete contact"),
                          tr("Delete the selected contact (Del); Undo brings it back"),
                          {QKeySequence::Delete}),
            &QAction::triggered, this, &AccountTabActions::deleteCurrentContact);
    connect(contacts, &QAbstractItemView::doubleClicked, this, &AccountTabActions::editCurrentContact);

    QTreeWidget* contracts = page->contractsView();
    connect(addViewAction(contracts, QStringLiteral("editContractAction"), tr("&Edit contract…"),
                          tr("Change the selected contract (Enter)"), enter),
            &QAction::triggered, this, &AccountTabActions::editCurrentContract);
    connect(addViewAction(contracts, QStringLiteral("deleteContractAction"), tr("&Delete contract"),
                          tr("Delete the selected contract (Del); Undo brings it back"),
                          {QKeySequence::Delete}),
            &QAction::triggered, this, &AccountTabActions::deleteCurrentContract);
    connect(contracts, &QTreeWidget::itemDoubleClicked, this, &AccountTabActions::editCurrentContract);

    connect(&m_workspace, &BookWorkspace::bookOpened, this, &AccountTabActions::updateEnabled);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &AccountTabActions::updateEnabled);
    updateEnabled();
}

QAction* AccountTabActions::addViewAction(QWidget* view, const QString& name, const QString& text,
                                          const QString& tip, const QList<QKeySequence>& keys)
{
    auto* a = new QAction(text, view);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetShortcut);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    view->addAction(a);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actions.append(a);
    return a;
}

void AccountTabActions::updateEnabled()
{
    const bool writable = m_workspace.hasBook() && !m_workspace.isReadOnly();
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(writable);
}

Id AccountTabActions::currentContactId() const
{
    const QModelIndex i = m_window.accountPage()->contactsView()->currentIndex();
    return i.isValid() ? m_window.accountPage()->contactsModel()->contactAt(i.row()).id : Id();
}

Id AccountTabActions::currentContractId() const
{
    const QTreeWidgetItem* item = m_window.accountPage()->contractsView()->currentItem();
    return item ? item->data(0, AccountPage::ContractIdRole).toString() : Id();
}

void AccountTabActions::editCurrentContact()
{
    const Id id = currentContactId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    Result<Contact> stored = m_workspace.book()->contacts().get(id);
    if (!stored) {
        m_workspace.reportError(stored.error());
        return;
    }
    auto* editor = new ContactEditor(m_workspace, stored->accountId, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setContact(stored.value());
    editor->open();
}

void AccountTabActions::deleteCurrentContact()
{
    const Id id = currentContactId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QModelIndex i = m_window.accountPage()->contactsView()->currentIndex();
    const QString name = m_window.accountPage()->contactsModel()->contactAt(i.row()).name;
    m_workspace.undoStack()->push(
        new RemoveRecordCommand<Contact>(m_workspace, tr("Delete contact %1").arg(name), id));
}

void AccountTabActions::editCurrentContract()
{
    const Id id = currentContractId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    Result<Contract> stored = m_workspace.book()->contracts().get(id);
    if (!stored) {
        m_workspace.reportError(stored.error());
        return;
    }
    auto* editor = new ContractEditor(m_workspace, stored->accountId, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setContract(stored.value());
    editor->open();
}

void AccountTabActions::deleteCurrentContract()
{
    const Id id = currentContractId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    m_workspace.undoStack()->push(new RemoveRecordCommand<Contract>(m_workspace, tr("Delete contract"), id));
}

} // namespace csm
