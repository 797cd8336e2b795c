// Today, the record editors and the quick search on the real main window, driven by keys.

#include "AccountPage.h"
#include "FieldErrorLabel.h"
#include "QuickSearchPopup.h"
#include "RecordEditors.h"
#include "SearchModel.h"
#include "TestWorkspace.h"
#include "TodayModel.h"
#include "TodayPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

using namespace csm;

class TestWorkspacePages : public QObject
{
    Q_OBJECT
private:
    static void activate(MainWindow& window)
    {
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void todayListReactsToANewFollowUpAndMarksItDoneUndoably()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Today);
        auto* page = qobject_cast<TodayPage*>(window.pageWidget(MainWindow::Page::Today));
        QVERIFY(page);
        TodayModel* model = page->model();
        QTRY_COMPARE(model->list().notices.size(), 1); // Globex: notice deadline 2026-07-03
        QCOMPARE(model->list().notices.at(0).daysLeft, 3);
        QCOMPARE(model->list().silent.size(), 2); // neither account was ever touched
        QCOMPARE(model->list().followUps.size(), 0);

        // A touch logged elsewhere with a follow-up due today appears without a reload, and Globex is no
        // longer silent.
        Touch t;
        t.accountId = book.globex;
        t.occurredOn = test::kToday.addDays(-7);
        t.kind = TouchKind::Call;
        t.summary = QStringLiteral("Pricing question");
        t.nextStep = QStringLiteral("Send the renewal quote");
        t.followUpOn = test::kToday;
        QVERIFY(book.workspace->book()->touches().save(t));
        QTRY_COMPARE(model->list().followUps.size(), 1);
        QCOMPARE(model->list().silent.size(), 1);
        test::maybeGrab(&window, QStringLiteral("today"));

        // Space on the follow-up marks it done; Ctrl+Z brings it back.
        activate(window);
        const int row =
            model->rowForKey(TodayModel::LineKind::FollowUp, model->list().followUps.at(0).followUp.touchId);
        page->view()->setFocus();
        page->view()->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(page->view(), Qt::Key_Space);
        QTRY_COMPARE(model->list().followUps.size(), 0);
        QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(model->list().followUps.size(), 1);

        // Snoozed by a week it leaves today's list; undo puts it back.
        page->view()->setCurrentIndex(model->index(
            model->rowForKey(TodayModel::LineKind::FollowUp, model->list().followUps.at(0).followUp.touchId),
            0));
        page->snoozeCurrent(7);
        QTRY_COMPARE(model->list().followUps.size(), 0);
        book.workspace->undoStack()->undo();
        QTRY_COMPARE(model->list().followUps.size(), 1);
        QCOMPARE(model->list().followUps.at(0).followUp.dueOn, test::kToday);

        // Enter opens the account of the line.
        page->view()->setCurrentIndex(
            model->index(model->rowForKey(TodayModel::LineKind::Notice, book.globex), 0));
        QTest::keyClick(page->view(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Page::Account);
        QCOMPARE(window.accountPage()->accountId(), book.globex);
    }

    void accountEditorExplainsInvalidValuesAndKeepsSaveDisabled()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        AccountEditor* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<AccountEditor*>()) && editor->isVisible());
        QTRY_VERIFY(editor->isActiveWindow());
        QVERIFY(!editor->saveButton()->isEnabled()); // no name yet, but no red either
        QVERIFY(!editor->findChild<FieldErrorLabel*>(QStringLiteral("nameError"))->isVisible());

        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* externalId = editor->findChild<QLineEdit*>(QStringLiteral("externalIdEdit"));
        auto* seats = editor->findChild<QLineEdit*>(QStringLiteral("seatsEdit"));
        QTest::keyClicks(name, QStringLiteral("Umbrella"));
        QTest::keyClicks(externalId, QStringLiteral("CRM-200")); // Initech's
        QTest::keyClicks(seats, QStringLiteral("-3"));
        auto* externalIdError = editor->findChild<FieldErrorLabel*>(QStringLiteral("externalIdError"));
        auto* seatsError = editor->findChild<FieldErrorLabel*>(QStringLiteral("seatsError"));
        QVERIFY(externalIdError->isVisible());
        QVERIFY(externalIdError->text().contains(QStringLiteral("CRM-200")));
        QVERIFY(seatsError->isVisible());
        QVERIFY(!editor->saveButton()->isEnabled());
        // Clearing the name explains that too.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(editor->findChild<FieldErrorLabel*>(QStringLiteral("nameError"))->isVisible());
        test::maybeGrab(editor, QStringLiteral("account-editor-errors"));

        // Fixed, it saves, and the new account opens; undo removes it.
        QTest::keyClicks(name, QStringLiteral("Umbrella"));
        externalId->selectAll();
        QTest::keyClicks(externalId, QStringLiteral("CRM-300"));
        seats->selectAll();
        QTest::keyClicks(seats, QStringLiteral("25"));
        QVERIFY(!externalIdError->isVisible());
        QVERIFY(!seatsError->isVisible());
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(window.currentPage(), MainWindow::Page::Account);
        QCOMPARE(window.accountPage()->factText(QStringLiteral("ownerFact")).isEmpty(), false);
        QTRY_COMPARE(book.workspace->accountCount(), 3);
        book.workspace->undoStack()->undo();
        QTRY_COMPARE(book.workspace->accountCount(), 2);
    }

    void contractEditorRefusesANoticeLongerThanTheTerm()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.globex);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* term = editor.findChild<QAbstractSpinBox*>(QStringLiteral("termSpin"));
        auto* notice = editor.findChild<QAbstractSpinBox*>(QStringLiteral("noticeSpin"));
        term->setFocus();
        term->selectAll();
        QTest::keyClicks(term, QStringLiteral("1"));
        notice->selectAll();
        QTest::keyClicks(notice, QStringLiteral("90"));
        QVERIFY(editor.findChild<FieldErrorLabel*>(QStringLiteral("noticeDaysError"))->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        term->selectAll();
        QTest::keyClicks(term, QStringLiteral("0"));
        QVERIFY(editor.findChild<FieldErrorLabel*>(QStringLiteral("termMonthsError"))->isVisible());
        auto* arr = editor.findChild<QLineEdit*>(QStringLiteral("arrEdit"));
        QTest::keyClicks(arr, QStringLiteral("-5"));
        QVERIFY(editor.findChild<FieldErrorLabel*>(QStringLiteral("arrError"))->isVisible());
        test::maybeGrab(&editor, QStringLiteral("contract-editor-errors"));
    }

    void quickSearchFindsAnAccountAndEnterOpensIt()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QuickSearchPopup* popup = nullptr;
        QTRY_VERIFY((popup = window.findChild<QuickSearchPopup*>()) && popup->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), popup->queryEdit());
        QTest::keyClicks(popup->queryEdit(), QStringLiteral("initech"));
        QTRY_COMPARE(popup->model()->hitCount(), 1);
        test::maybeGrab(popup, QStringLiteral("search"));
        QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(window.currentPage(), MainWindow::Page::Account);
        QCOMPARE(window.accountPage()->accountId(), book.initech);

        // Contacts are found by email, and Esc closes.
        activate(window);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        popup->queryEdit()->clear();
        QTest::keyClicks(popup->queryEdit(), QStringLiteral("hanako@"));
        QTRY_COMPARE(popup->model()->index(1).data(int(SearchModel::Role::Kind)).toInt(),
                     int(SearchHit::Kind::Contact));
        QCOMPARE(popup->model()->hitCount(), 1);
        QCOMPARE(popup->model()->index(1).data(int(SearchModel::Role::AccountId)).toString(), book.globex);
        QTest::keyClick(popup->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
    }
};

QTEST_MAIN(TestWorkspacePages)
#include "tst_workspacepages.moc"
