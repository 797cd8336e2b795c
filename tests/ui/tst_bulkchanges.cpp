// Bulk changes on the accounts list (and what their dialogs start on), driven by keys and mouse clicks on the
// real main window.

#include "TestWorkspace.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "item/DisplayLabels.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/editors/BulkAccountChanges.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/main/StatusNotice.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
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
        QVERIFY(book.reopenReadOnly());
        MainWindow window(*book.workspace);
        showWindow(window);
        AccountsPage* page = window.page<AccountsPage>(pageids::accounts);
        QTRY_COMPARE(page->proxy()->rowCount(), 2);
        page->view()->selectAll();
        QCOMPARE(page->selectedAccountIds().size(), 2);
        for (const char* name : {"changeOwnerAction", "changeStageAction", "setTouchModelAction"})
            QVERIFY(!window.findChild<QAction*>(QLatin1String(name))->isEnabled());
    }
};

QTEST_MAIN(TestBulkChanges)
#include "tst_bulkchanges.moc"
