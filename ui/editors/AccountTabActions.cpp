#include "ui/editors/AccountTabActions.h"

#include "item/ContactsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "item/TimelineModel.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/editors/RecordCommands.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/MainWindow.h"
#include "ui/renewals/OutcomeRecording.h"
#include "ui/touch/LogTouchDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QAction>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

namespace csm {

AccountTabActions::AccountTabActions(MainWindow& window, AccountPage& page)
    : QObject(&page), m_window(window), m_page(page), m_workspace(window.workspace())
{
    setObjectName(QStringLiteral("accountTabActions"));
    const QList<QKeySequence> enter = {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)};

    if (auto* timeline = m_page.tab<TimelineTab>(tabids::timeline)) {
        QTableView* view = timeline->view();
        connect(addViewAction(view, QStringLiteral("editTouchAction"), tr("&Edit touch…"),
                              tr("Change the selected touch (Enter)"), enter),
                &QAction::triggered, this, &AccountTabActions::editCurrentTouch);
        connect(addViewAction(view, QStringLiteral("deleteTouchAction"), tr("&Delete touch"),
                              tr("Delete the selected touch (Del); Undo brings it back"),
                              {QKeySequence::Delete}),
                &QAction::triggered, this, &AccountTabActions::deleteCurrentTouch);
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
            if (index.column() != TimelineModel::FollowUpColumn)
                editCurrentTouch();
        });
    }
    if (auto* contacts = m_page.tab<ContactsTab>(tabids::contacts)) {
        QTableView* view = contacts->view();
        connect(addViewAction(view, QStringLiteral("editContactAction"), tr("&Edit contact…"),
                              tr("Change the selected contact (Enter)"), enter),
                &QAction::triggered, this, &AccountTabActions::editCurrentContact);
        connect(addViewAction(view, QStringLiteral("deleteContactAction"), tr("&Delete contact"),
                              tr("Delete the selected contact (Del); Undo brings it back"),
                              {QKeySequence::Delete}),
                &QAction::triggered, this, &AccountTabActions::deleteCurrentContact);
        connect(view, &QAbstractItemView::doubleClicked, this, &AccountTabActions::editCurrentContact);
    }
    if (auto* contract = m_page.tab<ContractTab>(tabids::contract)) {
        QTreeWidget* view = contract->view();
        connect(addViewAction(view, QStringLiteral("editContractAction"), tr("&Edit contract…"),
                              tr("Change the selected contract (Enter)"), enter),
                &QAction::triggered, this, &AccountTabActions::editCurrentContract);
        connect(addViewAction(view, QStringLiteral("deleteContractAction"), tr("&Delete contract"),
                              tr("Delete the selected contract (Del); Undo brings it back"),
                              {QKeySequence::Delete}),
                &QAction::triggered, this, &AccountTabActions::deleteCurrentContract);
        connect(view, &QTreeWidget::itemDoubleClicked, this, &AccountTabActions::editCurrentContract);
        QTreeWidget* outcomes = contract->outcomesView();
        connect(addViewAction(outcomes, QStringLiteral("correctOutcomeAction"), tr("&Correct outcome…"),
                              tr("Correct the selected renewal outcome (Enter); the ARR history follows"),
                              enter),
                &QAction::triggered, this, &AccountTabActions::correctCurrentOutcome);
        connect(outcomes, &QTreeWidget::itemDoubleClicked, this, &AccountTabActions::correctCurrentOutcome);
    }

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

QString AccountTabActions::accountName() const
{
    return m_page.accountName();
}

Id AccountTabActions::currentTouchId() const
{
    auto* t = m_page.tab<TimelineTab>(tabids::timeline);
    return t ? t->currentTouchId() : Id();
}

Id AccountTabActions::currentContactId() const
{
    auto* t = m_page.tab<ContactsTab>(tabids::contacts);
    return t ? t->currentContactId() : Id();
}

Id AccountTabActions::currentContractId() const
{
    auto* t = m_page.tab<ContractTab>(tabids::contract);
    return t ? t->currentContractId() : Id();
}

void AccountTabActions::editCurrentTouch()
{
    const Id id = currentTouchId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    Result<Touch> stored = m_workspace.book()->touches().get(id);
    if (!stored) {
        m_workspace.reportError(stored.error());
        return;
    }
    auto* dialog = new LogTouchDialog(m_workspace, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTouch(stored.value());
    const QString account = accountName();
    connect(dialog, &QDialog::accepted, this, [this, id, account, accountId = stored->accountId] {
        m_window.showRecord(accountId, tabids::timeline, id);
        m_window.announce(tr("Touch changed for %1").arg(account));
    });
    dialog->open();
}

void AccountTabActions::deleteCurrentTouch()
{
    const Id id = currentTouchId();
    auto* timeline = m_page.tab<TimelineTab>(tabids::timeline);
    if (id.isEmpty() || !timeline || m_workspace.isReadOnly())
        return;
    const Touch t = timeline->model()->touchAt(timeline->view()->currentIndex().row());
    CommandOutcome outcome;
    m_workspace.undoStack()->push(new RemoveRecordCommand<Touch>(
        m_workspace, tr("Delete %1").arg(Labels::touchKind(t.kind)), id, &outcome));
    if (outcome.status.ok())
        m_window.announce(
            tr("%1 of %2 deleted from %3")
                .arg(Labels::touchKind(t.kind), DisplayFormat::denseDate(t.occurredOn), accountName()));
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
    connect(editor, &QDialog::accepted, this, [this, editor, accountId = stored->accountId] {
        m_window.showRecord(accountId, tabids::contacts, editor->savedId());
        m_window.announce(tr("Contact %1 changed").arg(editor->contact().name));
    });
    editor->open();
}

void AccountTabActions::deleteCurrentContact()
{
    const Id id = currentContactId();
    auto* contacts = m_page.tab<ContactsTab>(tabids::contacts);
    if (id.isEmpty() || !contacts || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const QString name = contacts->model()->contactAt(contacts->view()->currentIndex().row()).name;
    CommandOutcome outcome;
    m_workspace.undoStack()->push(
        new RemoveRecordCommand<Contact>(m_workspace, tr("Delete contact %1").arg(name), id, &outcome));
    if (outcome.status.ok())
        m_window.announce(tr("Contact %1 deleted from %2").arg(name, accountName()));
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
    const QString account = accountName();
    connect(editor, &QDialog::accepted, this, [this, editor, account, accountId = stored->accountId] {
        m_window.showRecord(accountId, tabids::contract, editor->savedId());
        m_window.announce(tr("Contract changed for %1").arg(account));
    });
    editor->open();
}

void AccountTabActions::deleteCurrentContract()
{
    const Id id = currentContractId();
    if (id.isEmpty() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    CommandOutcome outcome;
    m_workspace.undoStack()->push(
        new RemoveRecordCommand<Contract>(m_workspace, tr("Delete contract"), id, &outcome));
    if (outcome.status.ok())
        m_window.announce(tr("Contract deleted from %1").arg(accountName()));
}

void AccountTabActions::correctCurrentOutcome()
{
    auto* tab = m_page.tab<ContractTab>(tabids::contract);
    const QDate renewalDate = tab ? tab->currentOutcomeRenewalDate() : QDate();
    if (!renewalDate.isValid() || !m_workspace.hasBook() || m_workspace.isReadOnly())
        return;
    const Id accountId = m_page.accountId();
    Result<QList<Contract>> contracts = m_workspace.book()->contracts().forAccount(accountId);
    if (!contracts) {
        m_workspace.reportError(contracts.error());
        return;
    }
    // The renewal belongs to the latest contract started before its date (contracts come in that order:
    // start date, created_at, id).
    UpcomingRenewal renewal;
    for (const Contract& c : contracts.value()) {
        if (c.startDate < renewalDate) {
            renewal.contract.contractId = c.id;
            renewal.contract.terms = ContractTerms::of(c);
        }
    }
    if (renewal.contract.contractId.isEmpty())
        return;
    renewal.contract.accountId = accountId;
    renewal.contract.accountName = accountName();
    renewal.point.index = 1;
    renewal.point.renewalDate = renewalDate;
    const QString text = recordOutcomeWithDialog(m_workspace, renewal, &m_window);
    if (!text.isEmpty())
        m_window.announce(text);
}

} // namespace csm
