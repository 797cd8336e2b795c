// The Today page on the real main window, driven by keys: its lines, what they open, how they follow changes.

#include "TestWorkspace.h"
#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/TodayModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/today/TodayPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>

using namespace csm;

class TestTodayPage : public QObject
{
    Q_OBJECT
private:
    // A grab without handling events first (test::maybeGrab waits), for a state that lasts milliseconds.
    static void grabNow(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // A call on `account` with a next step due on `due`, saved as another window would save it.
    static Touch followUp(const Id& account, QDate occurredOn, const QString& nextStep, QDate due)
    {
        Touch t;
        t.accountId = account;
        t.occurredOn = occurredOn;
        t.kind = TouchKind::Call;
        t.summary = QStringLiteral("Pricing question");
        t.nextStep = nextStep;
        t.followUpOn = due;
        return t;
    }

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
        window.showPage(pageids::today);
        auto* page = qobject_cast<TodayPage*>(window.pageWidget(pageids::today));
        QVERIFY(page);
        TodayModel* model = page->model();
        QTRY_COMPARE(model->list().notices.size(), 1); // Globex: notice deadline 2026-07-03
        QCOMPARE(model->list().notices.at(0).daysLeft, 3);
        QCOMPARE(model->list().silent.size(), 2); // neither account was ever touched
        QCOMPARE(model->list().followUps.size(), 0);

        // A touch logged elsewhere with a follow-up due today appears without a reload, and Globex is no
        // longer silent.
        QVERIFY(book.workspace->book()->touches().save(followUp(
            book.globex, test::kToday.addDays(-7), QStringLiteral("Send the renewal quote"), test::kToday)));
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
        QCOMPARE(window.currentPage(), pageids::account);
        QCOMPARE(window.page<AccountPage>(pageids::account)->accountId(), book.globex);
    }

    void todayListIsReadOffTheGuiThreadAndDropsAnOutdatedAnswer()
    {
        test::SmallBook book;
        QVERIFY(book.create(true)); // the workspace loads and reads on its worker threads, as in the app
        MainWindow window(*book.workspace);
        auto* page = qobject_cast<TodayPage*>(window.pageWidget(pageids::today));
        QVERIFY(page);
        TodayModel* model = page->model();
        // Nothing is read on the GUI thread: until the answer is in, the page says it is loading.
        QVERIFY(page->isLoadingList());
        window.showPage(pageids::today);
        window.show();
        QVERIFY(page->isLoadingList()); // no event handled yet: the answers are still queued
        grabNow(&window, QStringLiteral("today-loading"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!page->isLoadingList());
        QTRY_COMPARE(model->list().notices.size(), 1);
        QCOMPARE(model->list().silent.size(), 2);
        QVERIFY(!page->view()->isHidden());

        // A follow-up saved elsewhere arrives with the next read; the list shown meanwhile stays on screen.
        QVERIFY(book.workspace->book()->touches().save(followUp(book.globex, test::kToday.addDays(-3),
                                                                QStringLiteral("Send the minutes"),
                                                                test::kToday.addDays(-1))));
        QVERIFY(!page->isLoadingList());
        QCOMPARE(model->list().notices.size(), 1);
        QTRY_COMPARE(model->list().followUps.size(), 1);
        QCOMPARE(model->list().followUps.at(0).daysOverdue, 1);
        // A long account name is elided in its column; its tooltip starts with the whole name.
        const int followUpRow =
            model->rowForKey(TodayModel::LineKind::FollowUp, model->list().followUps.at(0).followUp.touchId);
        QVERIFY(model->index(followUpRow, TodayModel::AccountColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Globex Corporation\n")));
        test::maybeGrab(&window, QStringLiteral("today-filled"));

        // Two refreshes in a row: the first answer is out of date when it comes and is dropped, so the
        // list is replaced once, by the answer to the last refresh.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        page->refresh();
        page->refresh();
        QTRY_COMPARE(resets.count(), 1);
        QVERIFY(
            test::flushReads(*book.workspace)); // the first refresh's answer, if any, came and was dropped
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model->list().followUps.size(), 1);

        // Space takes the follow-up off the list at once (the read that confirms it comes later); Ctrl+Z
        // brings it back, with the selection on a line.
        activate(window);
        page->view()->setFocus();
        page->view()->setCurrentIndex(model->index(
            model->rowForKey(TodayModel::LineKind::FollowUp, model->list().followUps.at(0).followUp.touchId),
            0));
        QTest::keyClick(page->view(), Qt::Key_Space);
        QCOMPARE(model->list().followUps.size(), 0);
        QVERIFY(model->isLine(page->view()->currentIndex().row()));
        QTRY_VERIFY(book.workspace->book()->touches().openFollowUpsDueBy(test::kToday)->isEmpty());
        QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(model->list().followUps.size(), 1);
        QVERIFY(model->isLine(page->view()->currentIndex().row()));
    }

    // Issue 9, item 5: a contract that does not renew automatically ended on 2026-06-01; the account showed a
    // renewal a year later anyway. Now Today, the account's header and the list say it ended, until a
    // renewal is recorded.
    void aContractThatEndedShowsOnTodayTheAccountAndTheList()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        Contract k;
        k.accountId = book.initech;
        k.startDate = QDate(2025, 6, 1);
        k.termMonths = 12;
        k.autoRenew = false;
        k.arr = 3'000'000;
        QVERIFY(book.workspace->book()->contracts().saveWithArr(k, std::nullopt));
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(pageids::today);
        auto* page = qobject_cast<TodayPage*>(window.pageWidget(pageids::today));
        TodayModel* model = page->model();
        QTRY_COMPARE(model->list().ended.size(), 1);
        const int row = model->rowForKey(TodayModel::LineKind::Ended, book.initech);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, TodayModel::WhatColumn).data().toString(),
                 QStringLiteral("Contract ended on %1 with no renewal recorded")
                     .arg(DisplayFormat::denseDate(QDate(2026, 6, 1))));
        QCOMPARE(model->index(row, TodayModel::ArrColumn).data().toString(),
                 DisplayFormat::money(3'000'000, QStringLiteral("JPY")));
        QCOMPARE(model->list().notices.size(), 1); // Globex's, nothing invented for Initech
        test::maybeGrab(&window, QStringLiteral("today-ended"));

        // Enter opens the account; its header says it ended, with no notice deadline.
        activate(window);
        page->view()->setFocus();
        page->view()->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(page->view(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), pageids::account);
        AccountPage* account = window.page<AccountPage>(pageids::account);
        QTRY_VERIFY(account->factText(QStringLiteral("renewalFact")).startsWith(QStringLiteral("Ended on")));
        QVERIFY(
            account->factText(QStringLiteral("renewalFact")).contains(QStringLiteral("no renewal recorded")));
        QCOMPARE(account->factText(QStringLiteral("noticeFact")), QStringLiteral("—"));
        test::maybeGrab(&window, QStringLiteral("account-ended"));
        AccountsModel* list = book.workspace->accountsModel();
        QCOMPARE(list->index(list->rowForId(book.initech), AccountsModel::RenewalColumn).data().toString(),
                 QStringLiteral("Ended %1").arg(DisplayFormat::denseDate(QDate(2026, 6, 1))));

        // A renewal recorded for that end runs the contract one more term: the line goes, the header follows.
        Renewal r;
        r.accountId = book.initech;
        r.renewalDate = QDate(2026, 6, 1);
        r.outcome = RenewalOutcome::Renewed;
        QVERIFY(book.workspace->book()->renewals().save(r));
        QTRY_VERIFY(account->factText(QStringLiteral("renewalFact")).startsWith(QStringLiteral("Ends on")));
        QVERIFY(account->factText(QStringLiteral("renewalFact")).contains(QStringLiteral("2027")));
        QCOMPARE(list->index(list->rowForId(book.initech), AccountsModel::RenewalColumn).data().toString(),
                 DisplayFormat::denseDate(QDate(2027, 6, 1)));

        // A next contract signed ahead, from that end: the contract in force still ends then (not the new
        // one's first renewal a year later), and the header and the list's tip say what follows.
        Contract next;
        next.accountId = book.initech;
        next.startDate = QDate(2027, 6, 1);
        next.termMonths = 12;
        QVERIFY(book.workspace->book()->contracts().save(next));
        const QString signedText =
            QStringLiteral("Next contract signed, from %1").arg(DisplayFormat::longDate(QDate(2027, 6, 1)));
        QTRY_VERIFY(account->factText(QStringLiteral("renewalFact")).endsWith(signedText));
        QVERIFY(account->factText(QStringLiteral("renewalFact")).startsWith(QStringLiteral("Ends on")));
        QVERIFY(account->factText(QStringLiteral("renewalFact"))
                    .contains(DisplayFormat::longDate(QDate(2027, 6, 1))));
        const QModelIndex renewalCell =
            list->index(list->rowForId(book.initech), AccountsModel::RenewalColumn);
        QCOMPARE(renewalCell.data().toString(), DisplayFormat::denseDate(QDate(2027, 6, 1)));
        QVERIFY(renewalCell.data(Qt::ToolTipRole).toString().endsWith(signedText));
        test::maybeGrab(&window, QStringLiteral("account-signed-ahead"));
        window.showPage(pageids::today);
        QTRY_COMPARE(model->list().ended.size(), 0);
    }
};

QTEST_MAIN(TestTodayPage)
#include "tst_todaypage.moc"
