#include "ui/editors/WorkspaceActions.h"

#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountTab.h"
#include "ui/editors/RecordCommands.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PageRegistry.h"
#include "ui/search/QuickSearchPopup.h"
#include "ui/touch/LogTouchDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace csm {

WorkspaceActions::WorkspaceActions(MainWindow& window)
    : QObject(&window), m_window(window), m_workspace(window.workspace())
{
    setObjectName(QStringLiteral("workspaceActions"));
    QMenu* account = m_window.menu(MainWindow::Menu::Account);

    // Mnemonics of the Account menu, one letter each: O (Open account, added by the list), L, N, E, D, C,
    // R, and W, S, T for the changes of the selected accounts.
    m_logTouch = addAction(QStringLiteral("logTouchAction"), tr("&Log a touch…"),
                           tr("Log a meeting, call, email or note with an account (Ctrl+L)"),
                           QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logTouch, &QAction::triggered, this, &WorkspaceActions::logTouch);
    account->addAction(m_logTouch);
    account->addSeparator();
    m_newAccount =
        addAction(QStringLiteral("newAccountAction"), tr("&New account…"), tr("Add an account to the book"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAccount, &QAction::triggered, this, &WorkspaceActions::newAccount);
    m_editAccount =
        addAction(QStringLiteral("editAccountAction"), tr("&Edit account…"),
                  tr("Change the current account's name, ids, owner, seats, stage and touch model"),
                  QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAccount, &QAction::triggered, this, &WorkspaceActions::editAccount);
    m_deleteAccount = addAction(QStringLiteral("deleteAccountAction"), tr("&Delete account"),
                                tr("Delete the current account; Undo brings it back"));
    connect(m_deleteAccount, &QAction::triggered, this, &WorkspaceActions::deleteAccount);
    m_newContact = addAction(QStringLiteral("newContactAction"), tr("New &contact…"),
                             tr("Add a contact to the current account"));
    connect(m_newContact, &QAction::triggered, this, &WorkspaceActions::newContact);
    m_newContract = addAction(QStringLiteral("newContractAction"), tr("New cont&ract…"),
                              tr("Add a contract (start, term, notice period, ARR) to the current account"));
    connect(m_newContract, &QAction::triggered, this, &WorkspaceActions::newContract);
    for (QAction* a : {m_newAccount, m_editAccount, m_deleteAccount, m_newContact, m_newContract})
        account->addAction(a);

    m_search =
        addAction(QStringLiteral("quickSearchAction"), tr("&Search…"),
                  tr("Find accounts, contacts and touches (Ctrl+K)"), QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_search, &QAction::triggered, this, &WorkspaceActions::quickSearch);
    m_window.addMenuAction(MainWindow::Menu::Edit, m_search);

    connect(&m_workspace, &BookWorkspace::bookOpened, this, &WorkspaceActions::updateEnabled);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &WorkspaceActions::updateEnabled);
    connect(&m_window, &MainWindow::currentAccountChanged, this, &WorkspaceActions::updateEnabled);
    updateEnabled();
}

QAction* WorkspaceActions::addAction(const QString& name, const QString& text, const QString& tip,
                                     const QKeySequence& key)
{
    auto* a = new QAction(text, &m_window);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setShortcutContext(Qt::ApplicationShortcut);
    m_window.addAction(a);
    return a;
}

QString WorkspaceActions::accountName(const Id& id) const
{
    const AccountsModel* model = m_workspace.accountsModel();
    const int row = model->rowForId(id);
    return row >= 0 ? model->summaryAt(row).name : QString();
}

void WorkspaceActions::updateEnabled()
{
    const bool writable = m_workspace.hasBook() && !m_workspace.isReadOnly();
    for (QAction* a : {m_logTouch, m_newAccount, m_newContact, m_newContract})
        a->setEnabled(writable);
    const bool hasAccount = !m_window.currentAccountId().isEmpty();
    for (QAction* a : {m_editAccount, m_deleteAccount, m_newContact, m_newContract})
        a->setEnabled(writable && hasAccount);
    m_search->setEnabled(m_workspace.hasBook());
}

void WorkspaceActions::logTouch()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    auto* dialog = new LogTouchDialog(m_workspace, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id current = m_window.currentAccountId();
    if (!current.isEmpty())
        dialog->setAccount(current);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Id account = dialog->accountId();
        // On the account's page the new touch is selected on the Timeline; elsewhere the page stays.
        if (m_window.currentPage() == pageids::account && m_window.currentAccountId() == account)
            m_window.showRecord(account, tabids::timeline, dialog->savedId());
        m_window.announce(tr("Touch logged for %1").arg(accountName(account)));
    });
    dialog->open();
}

void WorkspaceActions::newAccount()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    auto* editor = new AccountEditor(m_workspace, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Id id = editor->savedId();
        if (id.isEmpty())
            return;
        m_window.showAccount(id);
        m_window.announce(tr("Account %1 created").arg(editor->account().name));
    });
    editor->open();
}

void WorkspaceActions::editAccount()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    Result<Account> stored = m_workspace.book()->accounts().get(id);
    if (!stored) {
        m_workspace.reportError(stored.error());
        return;
    }
    auto* editor = new AccountEditor(m_workspace, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setAccount(stored.value());
    connect(editor, &QDialog::accepted, this,
            [this, editor] { m_window.announce(tr("Account %1 changed").arg(editor->account().name)); });
    editor->open();
}

void WorkspaceActions::deleteAccount()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QString name = accountName(id);
    CommandOutcome outcome;
    // A tombstone like every delete: the account's touches, contacts and contracts stay with it, and Undo
    // brings the whole account back.
    m_workspace.undoStack()->push(
        new RemoveRecordCommand<Account>(m_workspace, tr("Delete account %1").arg(name), id, &outcome));
    if (!outcome.status.ok())
        return;
    if (m_window.currentPage() == pageids::account)
        m_window.goBack();
    m_window.announce(tr("Account %1 deleted").arg(name));
}

void WorkspaceActions::newContact()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    auto* editor = new ContactEditor(m_workspace, id, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, id] {
        m_window.showRecord(id, tabids::contacts, editor->savedId());
        m_window.announce(tr("Contact %1 added to %2").arg(editor->contact().name, accountName(id)));
    });
    editor->open();
}

void WorkspaceActions::newContract()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    auto* editor = new ContractEditor(m_workspace, id, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, id] {
        m_window.showRecord(id, tabids::contract, editor->savedId());
        m_window.announce(tr("Contract added to %1").arg(accountName(id)));
    });
    editor->open();
}

void WorkspaceActions::quickSearch()
{
    if (!m_workspace.hasBook())
        return;
    if (!m_searchPopup) {
        m_searchPopup = new QuickSearchPopup(m_workspace, &m_window);
        connect(m_searchPopup, &QuickSearchPopup::accountChosen, this, [this](const Id& id, bool timeline) {
            m_window.showAccount(id, timeline ? tabids::timeline : QString());
        });
    }
    m_searchPopup->popUp();
}

} // namespace csm
