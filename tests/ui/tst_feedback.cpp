// After every save the page shows the row saved, current and selected, and the status bar says what
// happened with Undo; Del after an edit deletes the row edited, never the first one (issue 9, item 4).
// Driven by QTest keys and clicks on the real main window.

#include "TestWorkspace.h"
#include "item/AccountsFilterProxy.h"
#include "item/ContactsModel.h"
#include "item/TimelineModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/charts/ArrStepChart.h"
#include "ui/editors/RecordEditors.h"
#include "ui/main/StatusNotice.h"
#include "ui/touch/LogTouchDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace csm;

namespace {

void showWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
}

template <typename T> T* waitForDialog(MainWindow& window)
{
    T* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window.findChild<T*>()) && dialog->isVisible());
        dialog->activateWindow(); // as the window manager does: keys go to the dialog, not to the list below
        QTRY_VERIFY(dialog->isActiveWindow());
    }();
    return dialog;
}

// The id of the view's current row, and whether that row is selected.
Id currentTouch(TimelineTab* tab)
{
    const QModelIndex i = tab->view()->currentIndex();
    return i.isValid() && tab->view()->selectionModel()->isRowSelected(i.row())
               ? tab->model()->touchAt(i.row()).id
               : Id();
}

Id currentContact(ContactsTab* tab)
{
    const QModelIndex i = tab->view()->currentIndex();
    return i.isValid() && tab->view()->selectionModel()->isRowSelected(i.row())
               ? tab->model()->contactAt(i.row()).id
               : Id();
}

Touch touch(const Id& account, QDate on, const QString& summary)
{
    Touch t;
    t.accountId = account;
    t.occurredOn = on;
    t.kind = TouchKind::Call;
    t.summary = summary;
    return t;
}

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aLoggedTouchIsSelectedOnTheTimelineAndAnnouncedWithUndo()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        QVERIFY(book.workspace->book()->touches().save(
            touch(book.globex, test::kToday.addDays(-3), QStringLiteral("Older"))));
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex, tabids::contacts); // another tab is up
        auto* page = window.page<AccountPage>(pageids::account);
        auto* timeline = page->tab<TimelineTab>(tabids::timeline);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        auto* dialog = waitForDialog<LogTouchDialog>(window);
        QCOMPARE(dialog->accountId(), book.globex);
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Renewal call"));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QCOMPARE(page->currentTabId(), tabids::timeline);
        QTRY_COMPARE(timeline->model()->rowCount(), 2);
        const Id logged = currentTouch(timeline);
        QVERIFY(!logged.isEmpty());
        QCOMPARE(book.workspace->book()->touches().get(logged)->summary, QStringLiteral("Renewal call"));
        QCOMPARE(window.notice()->message(), QStringLiteral("Touch logged for Globex Corporation"));
        QToolButton* undo = window.notice()->undoButton();
        QVERIFY(undo->isVisible());

        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE(timeline->model()->rowCount(), 1);
        QVERIFY(!book.workspace->book()->touches().get(logged)); // a tombstone again
        QVERIFY(window.notice()->message().startsWith(QStringLiteral("Undone: ")));
        QVERIFY(!undo->isVisible());
    }

    void theUndoLinkGoesOnceAnotherChangeFollows()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.announce(QStringLiteral("nothing to undo"));
        QVERIFY(!window.notice()->undoButton()->isVisible()); // the stack is empty
        QVERIFY(
            book.workspace->book()->touches().save(touch(book.globex, test::kToday, QStringLiteral("x"))));
        book.workspace->setFollowUpDone(book.workspace->book()->touches().forAccount(book.globex)->at(0).id,
                                        true);
        window.announce(QStringLiteral("Follow-up done"));
        QVERIFY(window.notice()->undoButton()->isVisible());
        book.workspace->setFollowUpDone(book.workspace->book()->touches().forAccount(book.globex)->at(0).id,
                                        false);
        QVERIFY(!window.notice()->undoButton()->isVisible()); // Undo would now take back something else
    }

    void aNewContactAndContractAreSelectedOnTheirTabs()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex);
        auto* page = window.page<AccountPage>(pageids::account);

        window.findChild<QAction*>(QStringLiteral("newContactAction"))->trigger();
        auto* contact = waitForDialog<ContactEditor>(window);
        QTest::keyClicks(contact->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                         QStringLiteral("Ken Ito"));
        QTest::keyClick(contact->findChild<QLineEdit*>(QStringLiteral("nameEdit")), Qt::Key_Return);
        QTRY_COMPARE(page->currentTabId(), tabids::contacts);
        auto* contacts = page->tab<ContactsTab>(tabids::contacts);
        QTRY_COMPARE(contacts->model()->rowCount(), 2);
        QCOMPARE(contacts->model()->contactAt(contacts->view()->currentIndex().row()).name,
                 QStringLiteral("Ken Ito"));
        QVERIFY(!currentContact(contacts).isEmpty());
        QCOMPARE(window.notice()->message(), QStringLiteral("Contact Ken Ito added to Globex Corporation"));

        window.findChild<QAction*>(QStringLiteral("newContractAction"))->trigger();
        auto* contract = waitForDialog<ContractEditor>(window);
        auto* arr = contract->findChild<QLineEdit*>(QStringLiteral("arrEdit"));
        QTest::keyClicks(arr, QStringLiteral("5000000"));
        QTest::keyClick(arr, Qt::Key_Return);
        QTRY_COMPARE(page->currentTabId(), tabids::contract);
        QTreeWidget* contracts = page->tab<ContractTab>(tabids::contract)->view();
        QTRY_COMPARE(contracts->topLevelItemCount(), 2);
        QVERIFY(contracts->currentItem());
        QVERIFY(contracts->currentItem()->isSelected());
        QCOMPARE(contracts->currentItem()->data(0, ContractTab::ContractIdRole).toString(),
                 contract->savedId());
        QCOMPARE(window.notice()->message(), QStringLiteral("Contract added to Globex Corporation"));
    }

    // Issue 9, item 4: after editing the second contact, Del deleted the champion in row 1 without a word.
    void delAfterEditingAContactDeletesThatContactAndSaysSo()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        Contact other;
        other.accountId = book.globex;
        other.name = QStringLiteral("Zoe Admin"); // sorted after the champion
        other.role = ContactRole::Admin;
        const Id otherId = book.workspace->book()->contacts().save(other)->id;
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex, tabids::contacts);
        auto* contacts = window.page<AccountPage>(pageids::account)->tab<ContactsTab>(tabids::contacts);
        QTRY_COMPARE(contacts->model()->rowCount(), 2);
        const int row = contacts->model()->contactAt(0).id == otherId ? 0 : 1;
        QCOMPARE(row, 1);
        contacts->view()->setFocus();
        contacts->view()->setCurrentIndex(contacts->model()->index(row, 0));

        QTest::keyClick(contacts->view(), Qt::Key_Return); // edit
        auto* editor = waitForDialog<ContactEditor>(window);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral(" Jr"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QTRY_COMPARE(book.workspace->book()->contacts().get(otherId)->name, QStringLiteral("Zoe Admin Jr"));
        QCOMPARE(currentContact(contacts), otherId); // still the edited row, selected
        QCOMPARE(window.notice()->message(), QStringLiteral("Contact Zoe Admin Jr changed"));

        showWindow(window); // active again, as when the dialog closes
        contacts->view()->setFocus();
        QTest::keyClick(contacts->view(), Qt::Key_Delete);
        QTRY_COMPARE(contacts->model()->rowCount(), 1);
        QVERIFY(book.workspace->book()->contacts().get(book.contact)); // the champion is still there
        QVERIFY(!book.workspace->book()->contacts().get(otherId));
        QCOMPARE(window.notice()->message(),
                 QStringLiteral("Contact Zoe Admin Jr deleted from Globex Corporation"));
        QTest::mouseClick(window.notice()->undoButton(), Qt::LeftButton);
        QTRY_COMPARE(contacts->model()->rowCount(), 2);
        QVERIFY(book.workspace->book()->contacts().get(otherId));
    }

    // The same for touches: after editing the older touch, Del deleted the newest one.
    void delAfterEditingATouchDeletesThatTouchAndSaysSo()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        QVERIFY(book.workspace->book()->touches().save(
            touch(book.globex, test::kToday, QStringLiteral("Newest"))));
        const Id older = book.workspace->book()
                             ->touches()
                             .save(touch(book.globex, test::kToday.addDays(-10), QStringLiteral("Older")))
                             ->id;
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.globex, tabids::timeline);
        auto* timeline = window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline);
        QTRY_COMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(timeline->model()->rowForId(older), 1);
        timeline->view()->setFocus();
        timeline->view()->setCurrentIndex(timeline->model()->index(1, 0));

        QTest::keyClick(timeline->view(), Qt::Key_Return);
        auto* dialog = waitForDialog<LogTouchDialog>(window);
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        QTest::keyClick(summary, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(summary, QStringLiteral(" and more"));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(book.workspace->book()->touches().get(older)->summary, QStringLiteral("Older and more"));
        QCOMPARE(currentTouch(timeline), older);
        QCOMPARE(window.notice()->message(), QStringLiteral("Touch changed for Globex Corporation"));

        showWindow(window);
        timeline->view()->setFocus();
        QTest::keyClick(timeline->view(), Qt::Key_Delete);
        QTRY_COMPARE(timeline->model()->rowCount(), 1);
        QCOMPARE(timeline->model()->touchAt(0).summary, QStringLiteral("Newest"));
        QVERIFY(window.notice()->message().contains(QStringLiteral("deleted from Globex Corporation")));
        QVERIFY(window.notice()->undoButton()->isVisible());
    }

    void anAccountIsDeletedAsATombstoneWithUndo()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        auto* list = window.page<AccountsPage>(pageids::accounts);
        list->selectAccount(book.initech);
        list->view()->setFocus();
        window.findChild<QAction*>(QStringLiteral("deleteAccountAction"))->trigger();
        QTRY_COMPARE(book.workspace->accountCount(), 1);
        QVERIFY(!book.workspace->book()->accounts().get(book.initech));
        QCOMPARE(window.notice()->message(), QStringLiteral("Account Initech deleted"));
        QTest::mouseClick(window.notice()->undoButton(), Qt::LeftButton);
        QTRY_COMPARE(book.workspace->accountCount(), 2);
        QVERIFY(book.workspace->book()->accounts().get(book.initech));

        // From its own page: back to where the user came from.
        window.showAccount(book.initech);
        window.findChild<QAction*>(QStringLiteral("deleteAccountAction"))->trigger();
        QTRY_COMPARE(book.workspace->accountCount(), 1);
        QCOMPARE(window.currentPage(), pageids::accounts);
    }

    void anAccountWithoutArrHistoryShowsAMessageInsteadOfAxes()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.initech, tabids::contract);
        ArrStepChart* chart =
            window.page<AccountPage>(pageids::account)->tab<ContractTab>(tabids::contract)->chart();
        QTRY_VERIFY(chart->isVisible());
        QCOMPARE(chart->stepCount(), 0);
        QVERIFY(!chart->xAxis->visible());
        QVERIFY(!chart->yAxis->visible());
        test::maybeGrab(&window, QStringLiteral("arr-chart-empty"));
    }
};

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
