#include "ui/editors/WorkspaceActions.h"

#include "item/DisplayLabels.h"
#include "item/TimelineModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/editors/AccountTabActions.h"
#include "ui/editors/BulkAccountActions.h"
#include "ui/editors/RecordCommands.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/MainWindow.h"
#include "ui/today/TodayPage.h"
#include "ui/touch/LogTouchDialog.h"
#include "ui/workspace/BookWorkspace.h"

#if __has_include("QuickSearchPopup.h")
#include "ui/search/QuickSearchPopup.h"
#define CSM_HAVE_QUICK_SEARCH 1
#endif

#include <QAction>
#include <QBoxLayout>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace csm {

WorkspaceActions::WorkspaceActions(MainWindow& window)
    : QObject(&window), m_window(window), m_workspace(window.workspace())
{
    setObjectName(QStringLiteral("workspaceActions"));
    QMenu* account = m_window.menu(MainWindow::Menu::Account);

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
    m_newContact = addAction(QStringLiteral("newContactAction"), tr("New &contact…"),
                             tr("Add a contact to the current account"));
    connect(m_newContact, &QAction::triggered, this, &WorkspaceActions::newContact);
    m_newContract = addAction(QStringLiteral("newContractAction"), tr("New c&ontract…"),
                              tr("Add a contract (start, term, notice period, ARR) to the current account"));
    connect(m_newContract, &QAction::triggered, this, &WorkspaceActions::newContract);
    for (QAction* a : {m_newAccount, m_editAccount, m_newContact, m_newContract})
        account->addAction(a);
    new BulkAccountActions(m_window); // Change owner / stage / touch model of the selected accounts
    new AccountTabActions(m_window);  // edit and delete on the Contacts and Contract & ARR tabs

    m_search =
        addAction(QStringLiteral("quickSearchAction"), tr("&Search…"),
                  tr("Find accounts, contacts and touches (Ctrl+K)"), QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_search, &QAction::triggered, this, &WorkspaceActions::quickSearch);
    m_window.menu(MainWindow::Menu::Edit)->addAction(m_search);

    // The account page gets the same actions in a row of buttons under its header.
    auto* bar = new QToolBar(m_window.accountPage());
    bar->setObjectName(QStringLiteral("accountActionsBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {m_logTouch, m_editAccount, m_newContact, m_newContract})
        bar->addAction(a);
    if (auto* pageLayout = qobject_cast<QBoxLayout*>(m_window.accountPage()->layout()))
        pageLayout->insertWidget(pageLayout->count() - 1, bar);

    // Timeline: edit (Enter, double-click) and delete (Del) the selected touch.
    QTableView* timeline = m_window.accountPage()->timelineView();
    m_editTouch = new QAction(tr("&Edit touch…"), timeline);
    m_editTouch->setObjectName(QStringLiteral("editTouchAction"));
    m_editTouch->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editTouch->setShortcutContext(Qt::WidgetShortcut);
    m_editTouch->setToolTip(tr("Change the selected touch (Enter)"));
    connect(m_editTouch, &QAction::triggered, this, &WorkspaceActions::editCurrentTouch);
    m_deleteTouch = new QAction(tr("&Delete touch"), timeline);
    m_deleteTouch->setObjectName(QStringLiteral("deleteTouchAction"));
    m_deleteTouch->setShortcut(QKeySequence::Delete);
    m_deleteTouch->setShortcutContext(Qt::WidgetShortcut);
    m_deleteTouch->setToolTip(tr("Delete the selected touch (Del); Undo brings it back"));
    connect(m_deleteTouch, &QAction::triggered, this, &WorkspaceActions::deleteCurrentTouch);
    timeline->addAction(m_editTouch);
    timeline->addAction(m_deleteTouch);
    timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(timeline, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != TimelineModel::FollowUpColumn)
            editCurrentTouch();
    });

    // Today replaces its placeholder page.
    auto* today = new TodayPage(m_workspace);
    m_window.setPageWidget(MainWindow::Page::Today, today);
    connect(today, &TodayPage::openAccountRequested, &m_window, &MainWindow::showAccount);

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

void WorkspaceActions::updateEnabled()
{
    const bool writable = m_workspace.hasBook() && !m_workspace.isReadOnly();
    for (QAction* a : {m_logTouch, m_editTouch, m_deleteTouch, m_newAccount, m_newContact, m_newContract})
        if (a)
            a->setEnabled(writable);
    const bool hasAccount = !m_window.currentAccountId().isEmpty();
    for (QAction* a : {m_editAccount, m_newContact, m_newContract})
        if (a)
            a->setEnabled(writable && hasAccount);
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
    dialog->open();
}

Id WorkspaceActions::currentTouchId() const
{
    const AccountPage* page = m_window.accountPage();
    const QModelIndex i = page->timelineView()->currentIndex();
    if (!i.isValid() || m_window.currentPage() != MainWindow::Page::Account)
        return {};
    return page->timelineModel()->touchAt(i.row()).id;
}

void WorkspaceActions::editCurrentTouch()
{
    const Id id = currentTouchId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    Result<Touch> stored = m_workspace.book()->touches().get(id);
    if (!stored) {
        m_workspace.reportError(stored.error());
        return;
    }
    auto* dialog = new LogTouchDialog(m_workspace, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTouch(stored.value());
    dialog->open();
}

void WorkspaceActions::deleteCurrentTouch()
{
    const Id id = currentTouchId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    const Touch& t = m_window.accountPage()->timelineModel()->touchAt(
        m_window.accountPage()->timelineView()->currentIndex().row());
    m_workspace.undoStack()->push(
        new RemoveRecordCommand<Touch>(m_workspace, tr("Delete %1").arg(Labels::touchKind(t.kind)), id));
}

void WorkspaceActions::newAccount()
{
    if (!m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    auto* editor = new AccountEditor(m_workspace, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (!editor->savedId().isEmpty())
            m_window.showAccount(editor->savedId());
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
    editor->open();
}

void WorkspaceActions::newContact()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    auto* editor = new ContactEditor(m_workspace, id, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void WorkspaceActions::newContract()
{
    const Id id = m_window.currentAccountId();
    if (id.isEmpty() || m_workspace.isReadOnly())
        return;
    auto* editor = new ContractEditor(m_workspace, id, &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void WorkspaceActions::quickSearch()
{
#ifdef CSM_HAVE_QUICK_SEARCH
    if (!m_workspace.hasBook())
        return;
    if (!m_searchPopup) {
        m_searchPopup = new QuickSearchPopup(m_workspace, &m_window);
        connect(m_searchPopup, &QuickSearchPopup::accountChosen, this, [this](const Id& id, bool timeline) {
            m_window.showAccount(id);
            if (timeline)
                m_window.accountPage()->tabs()->setCurrentIndex(AccountPage::TimelineTab);
        });
    }
    m_searchPopup->popUp();
#endif
}

} // namespace csm
