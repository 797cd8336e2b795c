// Bulk changes on the accounts list (and what their dialogs start on), edit/delete and long values on the
// account page's Contacts and Contract & ARR tabs, driven by keys and mouse clicks on the real main window.

#include "TestWorkspace.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "item/ContactsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/ElidedTextDelegate.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/editors/BulkAccountChanges.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/StatusNotice.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

using namespace csm;

class TestBulkChanges : public QObject
{
    Q_OBJECT
private:
    // The small book with two more accounts (Hooli, owned by Tanaka, and Umbrella), so that three of four can
    // be selected, on a shown main window listing all four.
    struct FourAccounts
    {
        test::SmallBook book;
        Id hooli;
        Id umbrella;
        std::unique_ptr<MainWindow> window;

        bool open()
        {
            if (!book.create())
                return false;
            Account h;
            h.name = QStringLiteral("Hooli");
            h.owner = QStringLiteral("Tanaka");
            Account u;
            u.name = QStringLiteral("Umbrella");
            Result<Account> a = book.workspace->book()->accounts().save(h);
            Result<Account> b = book.workspace->book()->accounts().save(u);
            if (!a || !b)
                return false;
            hooli = a->id;
            umbrella = b->id;
            window = std::make_unique<MainWindow>(*book.workspace);
            window->show();
            if (!QTest::qWaitForWindowExposed(window.get()))
                return false;
            window->activateWindow();
            return QTest::qWaitFor([this] {
                return window->isActiveWindow() &&
                       window->page<AccountsPage>(pageids::accounts)->proxy()->rowCount() == 4;
            });
        }
    };

    static void showWindow(MainWindow& window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

    static QString ownerOf(BookWorkspace& workspace, const Id& id)
    {
        AccountsModel* model = workspace.accountsModel();
        return model->summaryAt(model->rowForId(id)).owner;
    }

    static QModelIndex rowIndex(AccountsPage* page, int row)
    {
        return page->proxy()->index(row, AccountsModel::NameColumn);
    }

    static void select(AccountsPage* page, const QList<Id>& ids)
    {
        QTableView* view = page->view();
        view->clearSelection();
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            if (ids.contains(page->proxy()->idAt(row)))
                view->selectionModel()->select(rowIndex(page, row),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page->selectedAccountIds().size(), ids.size());
    }

    static BulkChangeDialog* openedDialog(MainWindow& window)
    {
        BulkChangeDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window.findChild<BulkChangeDialog*>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void ownerOfThreeCtrlClickedRowsChangesInOneUndoStep()
    {
        FourAccounts four;
        QVERIFY(four.open());
        test::SmallBook& book = four.book;
        MainWindow& window = *four.window;
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QTableView* view = page->view();

        QAction* changeOwner = window.findChild<QAction*>(QStringLiteral("changeOwnerAction"));
        QVERIFY(changeOwner);
        view->clearSelection();
        QVERIFY(!changeOwner->isEnabled()); // nothing selected

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rowIndex(page, 0)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(rowIndex(page, 1)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(rowIndex(page, 3)).center());
        const QList<Id> selected = page->selectedAccountIds();
        QCOMPARE(selected.size(), 3);
        const Id unselected = page->proxy()->idAt(2);
        QVERIFY(changeOwner->isEnabled());
        QHash<Id, QString> before;
        for (const Id& id : {book.globex, book.initech, four.hooli, four.umbrella})
            before.insert(id, ownerOf(*book.workspace, id));

        const int undoIndex = book.workspace->undoStack()->index();
        changeOwner->trigger();
        QPointer<BulkChangeDialog> dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QVERIFY(dialog->valueCombo()->findText(QStringLiteral("Tanaka")) >= 0); // existing owners offered
        // Three different owners: the dialog says so and starts empty, so Apply cannot change anything yet.
        QVERIFY(dialog->hasNoChoice());
        for (const QString& owner :
             {QStringLiteral("Sato"), QStringLiteral("Tanaka"), BulkChangeDialog::tr("Unassigned")})
            QVERIFY(dialog->currentValuesText().contains(owner));
        QVERIFY(dialog->valueCombo()->currentText().isEmpty());
        QVERIFY(!dialog->applyButton()->isEnabled());
        test::maybeGrab(dialog, QStringLiteral("bulk-owner"));
        QTest::keyClicks(dialog->valueCombo()->lineEdit(), QStringLiteral("Kimura"));
        QTest::keyClick(dialog->valueCombo()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        for (const Id& id : selected)
            QTRY_COMPARE(ownerOf(*book.workspace, id), QStringLiteral("Kimura"));
        QCOMPARE(ownerOf(*book.workspace, unselected), before.value(unselected));
        QCOMPARE(book.workspace->undoStack()->index(), undoIndex + 1); // one undo step
        QVERIFY(window.notice()->message().contains(QLatin1Char('3')));
        // The list shows it (rows refreshed through Book::changed, no reload).
        const int row = page->proxy()
                            ->mapFromSource(book.workspace->accountsModel()->index(
                                book.workspace->accountsModel()->rowForId(selected.at(0)), 0))
                            .row();
        QCOMPARE(page->proxy()->index(row, AccountsModel::OwnerColumn).data().toString(),
                 QStringLiteral("Kimura"));

        showWindow(window); // active again once the dialog has closed, so that shortcuts reach it
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        for (const Id& id : selected)
            QTRY_COMPARE(ownerOf(*book.workspace, id), before.value(id));
        QCOMPARE(book.workspace->undoStack()->index(), undoIndex);

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        for (const Id& id : selected)
            QTRY_COMPARE(ownerOf(*book.workspace, id), QStringLiteral("Kimura"));
        Result<Account> stored = book.workspace->book()->accounts().get(selected.at(0));
        QVERIFY(stored);
        QCOMPARE(stored->owner, QStringLiteral("Kimura"));
    }

    void touchModelOverrideWithoutAReasonCannotBeApplied()
    {
        FourAccounts four;
        QVERIFY(four.open());
        test::SmallBook& book = four.book;
        MainWindow& window = *four.window;
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QTableView* view = page->view();

        // Shift+Down from the first row selects three rows.
        view->setFocus();
        view->setCurrentIndex(rowIndex(page, 0));
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        const QList<Id> selected = page->selectedAccountIds();
        QCOMPARE(selected.size(), 3);

        window.findChild<QAction*>(QStringLiteral("setTouchModelAction"))->trigger();
        QPointer<BulkChangeDialog> dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        auto* reasonError = dialog->findChild<FieldErrorLabel*>(QStringLiteral("overrideReasonError"));
        QVERIFY(reasonError);
        QVERIFY(!reasonError->isVisible());
        QVERIFY(!dialog->reasonEdit()->isEnabled()); // "by the ARR rule" first: no reason needed

        QTest::keyClick(dialog->valueCombo(), Qt::Key_Down); // high touch
        QCOMPARE(dialog->valueCombo()->currentData().toInt(), int(TouchModel::High));
        QVERIFY(reasonError->isVisible());
        QVERIFY(!reasonError->text().isEmpty());
        QVERIFY(!dialog->applyButton()->isEnabled());
        test::maybeGrab(dialog, QStringLiteral("bulk-touch-model-error"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // not applied
        for (const Id& id : selected)
            QVERIFY(!book.workspace->book()->accounts().get(id)->touchModelOverride);

        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Strategic logos"));
        QVERIFY(!reasonError->isVisible());
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        for (const Id& id : selected) {
            QTRY_COMPARE(book.workspace->accountsModel()
                             ->summaryAt(book.workspace->accountsModel()->rowForId(id))
                             .touchModelOverride,
                         std::optional<TouchModel>(TouchModel::High));
            const Account a = book.workspace->book()->accounts().get(id).value();
            QCOMPARE(a.touchModelOverrideReason, QStringLiteral("Strategic logos"));
        }

        // The three now share the override and its reason: the dialog starts on them. "By the ARR rule"
        // clears the override (and its reason) again, also in one step.
        const int undoIndex = book.workspace->undoStack()->index();
        window.findChild<QAction*>(QStringLiteral("setTouchModelAction"))->trigger();
        dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->valueCombo()->currentData().toInt(), int(TouchModel::High));
        QCOMPARE(dialog->reasonEdit()->text(), QStringLiteral("Strategic logos"));
        QVERIFY(dialog->applyButton()->isEnabled());
        test::maybeGrab(dialog, QStringLiteral("bulk-touch-model-shared"));
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Up);
        QVERIFY(!dialog->valueCombo()->currentData().isValid()); // by the ARR rule
        QVERIFY(!dialog->reasonEdit()->isEnabled());
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        for (const Id& id : selected) {
            QTRY_VERIFY(!book.workspace->book()->accounts().get(id)->touchModelOverride);
            QVERIFY(book.workspace->book()->accounts().get(id)->touchModelOverrideReason.isEmpty());
        }
        QCOMPARE(book.workspace->undoStack()->index(), undoIndex + 1);
    }

    void bulkDialogsStartOnTheSharedValueAndOnNothingWhenValuesDiffer()
    {
        FourAccounts four;
        QVERIFY(four.open());
        test::SmallBook& book = four.book;
        MainWindow& window = *four.window;
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QAction* changeStage = window.findChild<QAction*>(QStringLiteral("changeStageAction"));
        QAction* changeOwner = window.findChild<QAction*>(QStringLiteral("changeOwnerAction"));
        QUndoStack* undo = book.workspace->undoStack();

        // Globex is mature, Hooli onboarding: no stage is chosen, and Return applies nothing.
        select(page, {book.globex, four.hooli});
        changeStage->trigger();
        QPointer<BulkChangeDialog> dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->valueCombo()->currentIndex(), -1);
        QVERIFY(dialog->currentValuesText().contains(Labels::stage(LifecycleStage::Mature)));
        QVERIFY(dialog->currentValuesText().contains(Labels::stage(LifecycleStage::Onboarding)));
        QVERIFY(!dialog->applyButton()->isEnabled());
        test::maybeGrab(dialog, QStringLiteral("bulk-stage-mixed"));
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(undo->count(), 0);
        // The first key picks a stage; then Apply works.
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Down);
        QCOMPARE(dialog->valueCombo()->currentIndex(), 0);
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // Hooli, Initech and Umbrella are all onboarding: the dialog starts there, and applying it as it
        // opened changes nothing.
        showWindow(window);
        select(page, {four.hooli, book.initech, four.umbrella});
        changeStage->trigger();
        dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(LifecycleStage(dialog->valueCombo()->currentData().toInt()), LifecycleStage::Onboarding);
        QCOMPARE(dialog->currentValuesText(), Labels::stage(LifecycleStage::Onboarding));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(undo->count(), 0);
        QVERIFY(window.notice()->message().contains(QLatin1Char('3')));

        // One owner (Hooli's Tanaka) is offered selected: typing replaces it.
        showWindow(window);
        select(page, {four.hooli});
        changeOwner->trigger();
        dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->valueCombo()->currentText(), QStringLiteral("Tanaka"));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::keyClicks(dialog->valueCombo()->lineEdit(), QStringLiteral("Ito"));
        QTest::keyClick(dialog->valueCombo()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(ownerOf(*book.workspace, four.hooli), QStringLiteral("Ito"));
        QCOMPARE(undo->count(), 1);

        // Mixed owners (Sato, Ito): picking Unassigned, the first entry, unassigns both in one step.
        showWindow(window);
        select(page, {book.globex, four.hooli});
        changeOwner->trigger();
        dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QVERIFY(dialog->valueCombo()->currentText().isEmpty());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Down);
        QCOMPARE(dialog->valueCombo()->currentIndex(), 0);
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::keyClick(dialog->valueCombo(), Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(ownerOf(*book.workspace, book.globex).isEmpty());
        QVERIFY(ownerOf(*book.workspace, four.hooli).isEmpty());
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QTRY_COMPARE(ownerOf(*book.workspace, book.globex), QStringLiteral("Sato"));
        QCOMPARE(ownerOf(*book.workspace, four.hooli), QStringLiteral("Ito"));
    }

    void touchModelDialogStartsOnNothingWhenOverridesDiffer()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        Result<Account> globex = book.workspace->book()->accounts().get(book.globex);
        QVERIFY(globex);
        globex->touchModelOverride = TouchModel::High;
        globex->touchModelOverrideReason = QStringLiteral("Strategic logo");
        QVERIFY(book.workspace->book()->accounts().save(globex.value()));
        MainWindow window(*book.workspace);
        showWindow(window);
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QTRY_COMPARE(page->proxy()->rowCount(), 2);
        select(page, {book.globex, book.initech});
        window.findChild<QAction*>(QStringLiteral("setTouchModelAction"))->trigger();
        QPointer<BulkChangeDialog> dialog = openedDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->valueCombo()->currentIndex(), -1);
        QVERIFY(!dialog->reasonEdit()->isEnabled());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->currentValuesText().contains(Labels::touchModel(TouchModel::High)));
        test::maybeGrab(dialog, QStringLiteral("bulk-touch-model-mixed"));
        dialog->reject();
    }

    void bulkActionsAreDisabledOnAReadOnlyBook()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        const QString path = book.workspace->bookPath();
        book.workspace->closeBook();
        QVERIFY(book.workspace->openBook(path, Book::OpenMode::ReadOnly));
        MainWindow window(*book.workspace);
        showWindow(window);
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QTRY_COMPARE(page->proxy()->rowCount(), 2);
        page->view()->selectAll();
        QCOMPARE(page->selectedAccountIds().size(), 2);
        for (const char* name : {"changeOwnerAction", "changeStageAction", "setTouchModelAction"})
            QVERIFY(!window.findChild<QAction*>(QLatin1String(name))->isEnabled());
    }

    void deletingAContactWithDelIsUndoneByCtrlZ()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex);
        AccountPage* page = window.page<AccountPage>(pageids::account);
        page->setCurrentTab(tabids::contacts);
        QTableView* contacts = page->tab<ContactsTab>(tabids::contacts)->view();
        QTRY_COMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->rowCount(), 1);
        QVERIFY(page->factText(QStringLiteral("championFact")).contains(QStringLiteral("Hanako")));

        contacts->setFocus();
        contacts->setCurrentIndex(page->tab<ContactsTab>(tabids::contacts)->model()->index(0, 0));
        QTest::keyClick(contacts, Qt::Key_Delete);
        QTRY_COMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->rowCount(), 0);
        QVERIFY(!page->factText(QStringLiteral("championFact")).contains(QStringLiteral("Hanako")));
        QVERIFY(!book.workspace->book()->contacts().get(book.contact)); // a tombstone now

        QTest::keyClick(contacts, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->rowCount(), 1);
        QCOMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->contactAt(0).id, book.contact);
        QVERIFY(page->factText(QStringLiteral("championFact")).contains(QStringLiteral("Hanako")));
    }

    void longEmailIsShownWhereThereIsRoomElseElidedInTheMiddleWithItsTooltip()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        const QString longEmail = QStringLiteral(
            "hanako.suzuki.customer-success-operations@globex-international-holdings.example.co.jp");
        Contact c;
        c.accountId = book.globex;
        c.name = QStringLiteral("Taro Yamada");
        c.role = ContactRole::ExecutiveSponsor;
        c.email = longEmail;
        c.phone = QStringLiteral("+81 3-1234-5678");
        QVERIFY(book.workspace->book()->contacts().save(c));
        MainWindow window(*book.workspace);
        window.resize(1400, 700);
        showWindow(window);
        window.showAccount(book.globex);
        AccountPage* page = window.page<AccountPage>(pageids::account);
        page->setCurrentTab(tabids::contacts);
        QTableView* view = page->tab<ContactsTab>(tabids::contacts)->view();
        ContactsModel* model = page->tab<ContactsTab>(tabids::contacts)->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_VERIFY(view->isVisible());
        int longRow = -1, shortRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            (model->contactAt(r).email == longEmail ? longRow : shortRow) = r;
        QVERIFY(longRow >= 0 && shortRow >= 0);
        auto* delegate = qobject_cast<ElidedTextDelegate*>(view->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(delegate->elideMode(ContactsModel::EmailColumn), Qt::ElideMiddle);

        // Name, role and phone are as wide as their values; the address has the rest, here all it needs.
        QHeaderView* header = view->horizontalHeader();
        const QFontMetrics fm = view->fontMetrics();
        QVERIFY(header->sectionSize(ContactsModel::NameColumn) > fm.horizontalAdvance(c.name));
        QVERIFY(header->sectionSize(ContactsModel::PhoneColumn) > fm.horizontalAdvance(c.phone));
        QVERIFY(header->sectionSize(ContactsModel::EmailColumn) > fm.horizontalAdvance(longEmail));
        QVERIFY(header->sectionViewportPosition(ContactsModel::PhoneColumn) +
                    header->sectionSize(ContactsModel::PhoneColumn) <=
                view->viewport()->width());
        test::maybeGrab(&window, QStringLiteral("contacts-long-email-wide"));

        // Narrower, the address is elided in the middle; hovering shows it in full, and nothing for the
        // address that still fits.
        window.resize(900, 700);
        QTRY_VERIFY(header->sectionSize(ContactsModel::EmailColumn) < fm.horizontalAdvance(longEmail));
        QVERIFY(header->sectionSize(ContactsModel::EmailColumn) >
                fm.horizontalAdvance(QStringLiteral("hanako@globex.example")));
        test::maybeGrab(&window, QStringLiteral("contacts-long-email"));
        const auto tooltipAt = [&](int row) {
            QToolTip::hideText();
            if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
                return QStringLiteral("(the previous tooltip stayed)");
            const QRect cell = view->visualRect(model->index(row, ContactsModel::EmailColumn));
            QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
            QCoreApplication::sendEvent(view->viewport(), &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QCOMPARE(tooltipAt(longRow), longEmail);
        QCOMPARE(tooltipAt(shortRow), QString());
        QToolTip::hideText();
    }

    void enterOnAContactOpensItsEditor()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex);
        AccountPage* page = window.page<AccountPage>(pageids::account);
        page->setCurrentTab(tabids::contacts);
        QTRY_COMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->rowCount(), 1);
        page->tab<ContactsTab>(tabids::contacts)->view()->setFocus();
        page->tab<ContactsTab>(tabids::contacts)
            ->view()
            ->setCurrentIndex(page->tab<ContactsTab>(tabids::contacts)->model()->index(0, 0));
        QTest::keyClick(page->tab<ContactsTab>(tabids::contacts)->view(), Qt::Key_Return);
        ContactEditor* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<ContactEditor*>()) && editor->isVisible());
        QTRY_VERIFY(editor->isActiveWindow());
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Hanako Suzuki"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Hanako Sato"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->contactAt(0).name,
                     QStringLiteral("Hanako Sato"));
        QCOMPARE(page->tab<ContactsTab>(tabids::contacts)->model()->rowCount(), 1); // edited, not added
    }

    void editingAContractsNoticePeriodMovesTheNoticeDeadline()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex);
        AccountPage* page = window.page<AccountPage>(pageids::account);
        // Renews 2026-09-01; 60 days' notice: deadline 2026-07-03.
        QTRY_VERIFY(page->factText(QStringLiteral("noticeFact"))
                        .contains(DisplayFormat::longDate(QDate(2026, 7, 3))));
        page->setCurrentTab(tabids::contract);
        QTreeWidget* contracts = page->tab<ContractTab>(tabids::contract)->view();
        QCOMPARE(contracts->topLevelItemCount(), 1);
        contracts->setFocus();
        contracts->setCurrentItem(contracts->topLevelItem(0));
        QTest::keyClick(contracts, Qt::Key_Return);

        ContractEditor* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<ContractEditor*>()) && editor->isVisible());
        QTRY_VERIFY(editor->isActiveWindow());
        auto* notice = editor->findChild<QAbstractSpinBox*>(QStringLiteral("noticeSpin"));
        notice->setFocus();
        notice->selectAll();
        QTest::keyClicks(notice, QStringLiteral("30"));
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::keyClick(notice, Qt::Key_Return);
        QTRY_VERIFY(!editor->isVisible() || !window.findChild<ContractEditor*>());

        // 30 days before 2026-09-01.
        QTRY_VERIFY(page->factText(QStringLiteral("noticeFact"))
                        .contains(DisplayFormat::longDate(QDate(2026, 8, 2))));
        QCOMPARE(contracts->topLevelItemCount(), 1); // edited, not added

        // Del on the contract then Ctrl+Z: gone, then back.
        showWindow(window);
        contracts->setFocus();
        contracts->setCurrentItem(contracts->topLevelItem(0));
        QTest::keyClick(contracts, Qt::Key_Delete);
        QTRY_COMPARE(contracts->topLevelItemCount(), 0);
        QTest::keyClick(contracts, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(contracts->topLevelItemCount(), 1);
        QTRY_VERIFY(page->factText(QStringLiteral("noticeFact"))
                        .contains(DisplayFormat::longDate(QDate(2026, 8, 2))));
    }
};

QTEST_MAIN(TestBulkChanges)
#include "tst_bulkchanges.moc"
