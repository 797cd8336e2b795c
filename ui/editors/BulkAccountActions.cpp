#include "ui/editors/BulkAccountActions.h"

#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/MainWindow.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>

namespace csm {

BulkAccountActions::BulkAccountActions(MainWindow& window, AccountsPage& list)
    : QObject(&list), m_window(window), m_list(list), m_workspace(window.workspace()),
      m_owner(addAction(QStringLiteral("changeOwnerAction"), tr("Change o&wner…"),
                        tr("Give the selected accounts another owner"))),
      m_stage(addAction(QStringLiteral("changeStageAction"), tr("Change &stage…"),
                        tr("Move the selected accounts to another lifecycle stage"))),
      m_touchModel(addAction(QStringLiteral("setTouchModelAction"), tr("Set &touch model…"),
                             tr("Override the touch model of the selected accounts, or return them to the "
                                "ARR rule")))
{
    setObjectName(QStringLiteral("bulkAccountActions"));
    connect(m_owner, &QAction::triggered, this, &BulkAccountActions::changeOwner);
    connect(m_stage, &QAction::triggered, this, &BulkAccountActions::changeStage);
    connect(m_touchModel, &QAction::triggered, this, &BulkAccountActions::setTouchModel);

    QMenu* menu = m_window.menu(MainWindow::Menu::Account);
    menu->addSeparator();
    for (QAction* a : {m_owner, m_stage, m_touchModel})
        menu->addAction(a);
    connect(menu, &QMenu::aboutToShow, this, &BulkAccountActions::updateEnabled);

    // The list's context menu (right click, the Menu key or Shift+F10): open, then the bulk changes.
    QTableView* view = m_list.view();
    if (QAction* open = m_window.findChild<QAction*>(QStringLiteral("openAccountAction")))
        view->addAction(open);
    auto* separator = new QAction(view);
    separator->setSeparator(true);
    view->addAction(separator);
    for (QAction* a : {m_owner, m_stage, m_touchModel})
        view->addAction(a);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(&m_list, &AccountsPage::selectionChanged, this, &BulkAccountActions::updateEnabled);
    connect(&m_window, &MainWindow::currentAccountChanged, this, &BulkAccountActions::updateEnabled);
    connect(&m_workspace, &BookWorkspace::bookOpened, this, &BulkAccountActions::updateEnabled);
    connect(&m_workspace, &BookWorkspace::bookClosed, this, &BulkAccountActions::updateEnabled);
    updateEnabled();
}

QAction* BulkAccountActions::addAction(const QString& name, const QString& text, const QString& tip)
{
    auto* a = new QAction(text, &m_window);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

QList<Id> BulkAccountActions::targetIds() const
{
    if (!m_workspace.hasBook())
        return {};
    if (m_window.currentPage() == pageids::accounts)
        return m_list.selectedAccountIds();
    if (const Id id = m_window.currentAccountId(); !id.isEmpty())
        return {id};
    return {};
}

void BulkAccountActions::updateEnabled()
{
    const bool enabled = m_workspace.hasBook() && !m_workspace.isReadOnly() && !targetIds().isEmpty();
    for (QAction* a : {m_owner, m_stage, m_touchModel})
        a->setEnabled(enabled);
}

void BulkAccountActions::ask(BulkChange::Field field)
{
    updateEnabled();
    const QList<Id> ids = targetIds();
    if (ids.isEmpty() || m_workspace.isReadOnly())
        return;
    auto* dialog = new BulkChangeDialog(field, int(ids.size()), m_workspace.accountsModel()->owners(),
                                        currentValues(ids, field), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { apply(ids, dialog->change()); });
    dialog->open();
}

BulkCurrentValues BulkAccountActions::currentValues(const QList<Id>& ids, BulkChange::Field field) const
{
    // From the list's rows, already in memory: opening the dialog reads nothing for owner and stage.
    BulkCurrentValues current;
    const AccountsModel* model = m_workspace.accountsModel();
    for (const Id& id : ids)
        if (const int row = model->rowForId(id); row >= 0)
            current.add(model->summaryAt(row));
    if (field != BulkChange::Field::TouchModel || current.touchModels.size() != 1 ||
        !current.touchModels.constFirst() || !m_workspace.book())
        return current;
    // One override on every account: start on its reason too when they all give the same one. The rows do
    // not carry reasons; stop reading at the first that differs.
    std::optional<QString> reason;
    for (const Id& id : ids) {
        Result<Account> a = m_workspace.book()->accounts().get(id);
        if (!a || (reason && *reason != a->touchModelOverrideReason))
            return current;
        reason = a->touchModelOverrideReason;
    }
    current.sharedReason = reason;
    return current;
}

int BulkAccountActions::apply(const QList<Id>& ids, const BulkChange& change)
{
    Book* book = m_workspace.book();
    if (!book || m_workspace.isReadOnly())
        return -1;
    QList<Account> before;
    QList<Account> after;
    for (const Id& id : ids) {
        Result<Account> stored = book->accounts().get(id);
        if (!stored) {
            m_workspace.reportError(stored.error());
            return -1;
        }
        if (!change.alters(stored.value()))
            continue;
        after.append(change.appliedTo(stored.value()));
        before.append(std::move(stored.value()));
    }
    const int changed = int(after.size());
    if (changed == 0) {
        m_window.announce(
            tr("No account changed: the %n selected account(s) already had this.", nullptr, int(ids.size())),
            false);
        return 0;
    }
    Status outcome;
    m_workspace.undoStack()->push(new SaveAccountsCommand(m_workspace, change.undoText(changed),
                                                          std::move(before), std::move(after), &outcome));
    if (!outcome)
        return -1;
    m_window.announce(tr("%n account(s) changed.", nullptr, changed));
    return changed;
}

} // namespace csm
