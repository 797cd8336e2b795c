// Logging a touch from the keyboard on the real main window, then undoing and redoing it.

#include "TestWorkspace.h"
#include "domain/Validation.h"
#include "item/TimelineModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/touch/LogTouchDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>
#include <QUndoStack>

using namespace csm;

namespace {

// The touch kinds in Japanese, as csm-workbench_ja.ts has them, without needing the compiled catalogue.
class JapaneseKinds : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "csm::TouchKindCombo") == 0) {
            static const QHash<QByteArray, QString> readings = {
                {"meeting", QStringLiteral("うちあわせ uchiawase みーてぃんぐ")},
                {"call phone", QStringLiteral("でんわ denwa")},
                {"internal note", QStringLiteral("しゃないめも shanaimemo めも memo")},
            };
            return readings.value(QByteArray(sourceText));
        }
        if (qstrcmp(context, "Labels") != 0)
            return {};
        static const QHash<QByteArray, QString> kinds = {
            {"Meeting", QStringLiteral("打ち合わせ")},
            {"Call", QStringLiteral("電話")},
            {"Email", QStringLiteral("メール")},
            {"QBR", QStringLiteral("QBR（四半期ビジネスレビュー）")},
            {"EBR", QStringLiteral("EBR")},
            {"Training", QStringLiteral("トレーニング")},
            {"Onboarding session", QStringLiteral("オンボーディング支援")},
            {"Webinar", QStringLiteral("ウェビナー")},
            {"In-app message", QStringLiteral("アプリ内メッセージ")},
            {"Escalation", QStringLiteral("エスカレーション")},
            {"Internal note", QStringLiteral("社内メモ")},
        };
        return kinds.value(QByteArray(sourceText));
    }
};

} // namespace

class TestLogTouch : public QObject
{
    Q_OBJECT
private:
    static LogTouchDialog* openDialog(MainWindow& window)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_L,
                        Qt::ControlModifier);
        LogTouchDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = window.findChild<LogTouchDialog*>()) && dialog->isVisible()); }();
        return dialog;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void touchIsLoggedFromTheKeyboardThenUndoneAndRedone()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(pageids::accounts);
        window.page<AccountsPage>(pageids::accounts)->view()->selectionModel()->clear();
        window.page<AccountsPage>(pageids::accounts)->view()->setCurrentIndex({});
        window.page<AccountsPage>(pageids::accounts)->view()->setFocus();

        LogTouchDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::focusWidget(),
                     dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit")));
        QVERIFY(!dialog->saveButton()->isEnabled());

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("glob"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
        QTRY_COMPARE(QApplication::focusWidget(), kind);
        QCOMPARE(dialog->accountId(), book.globex);
        QTest::keyClick(kind, Qt::Key_C); // Call
        QCOMPARE(TouchKind(kind->currentData().toInt()), TouchKind::Call);
        QTest::keyClick(kind, Qt::Key_Tab);
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), summary);
        QTest::keyClicks(summary, QStringLiteral("Renewal call with Hanako"));
        QVERIFY(dialog->saveButton()->isEnabled());
        test::maybeGrab(dialog, QStringLiteral("log-touch"));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!window.findChild<LogTouchDialog*>() ||
                    !window.findChild<LogTouchDialog*>()->isVisible());

        // The touch is on the account's Timeline, dated today by default.
        window.showAccount(book.globex);
        TimelineModel* timeline =
            window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline)->model();
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->touchAt(0).summary, QStringLiteral("Renewal call with Hanako"));
        QCOMPARE(timeline->touchAt(0).kind, TouchKind::Call);
        QCOMPARE(timeline->touchAt(0).occurredOn, test::kToday);
        QCOMPARE(book.workspace->undoStack()->count(), 1);
        test::maybeGrab(&window, QStringLiteral("account-timeline"));

        // Ctrl+Z: gone. Ctrl+Shift+Z: back. (The offscreen platform does not give the window back its
        // activation when the dialog closes, so the test does.)
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(
            window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline)->view(), Qt::Key_Z,
            Qt::ControlModifier);
        QTRY_COMPARE(timeline->rowCount(), 0);
        QTest::keyClick(
            window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline)->view(), Qt::Key_Z,
            Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->touchAt(0).summary, QStringLiteral("Renewal call with Hanako"));
    }

    void kindIsPickedByItsNumberOrTheStartOfItsNameAlsoInJapanese()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        JapaneseKinds japanese;
        QCoreApplication::installTranslator(&japanese);
        LogTouchDialog dialog(*book.workspace);
        QCoreApplication::removeTranslator(&japanese);
        dialog.setAccount(book.globex);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        QVERIFY(kind);
        QTRY_COMPARE(QApplication::focusWidget(), kind);
        const auto current = [&] { return TouchKind(kind->currentData().toInt()); };

        // The list shows the number that picks each kind.
        QCOMPARE(kind->itemText(kind->findData(int(TouchKind::Call))), QStringLiteral("2  電話"));
        QCOMPARE(kind->itemText(kind->findData(int(TouchKind::Escalation))),
                 QStringLiteral("0  エスカレーション"));
        QVERIFY(kind->toolTip().contains(QLatin1Char('9'))); // says how
        const std::pair<Qt::Key, TouchKind> digits[] = {{Qt::Key_2, TouchKind::Call},
                                                        {Qt::Key_0, TouchKind::Escalation},
                                                        {Qt::Key_1, TouchKind::Meeting},
                                                        {Qt::Key_7, TouchKind::OnboardingSession}};
        for (const auto& [key, expected] : digits) {
            QTest::keyClick(kind, key);
            QCOMPARE(current(), expected);
        }
        QTest::keyClick(kind, Qt::Key_5, Qt::KeypadModifier);
        QCOMPARE(current(), TouchKind::Ebr);

        // Letters find the English name where the label is in Japanese; the same letter again goes on to
        // the next kind with that initial.
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClick(kind, Qt::Key_C);
        QCOMPARE(current(), TouchKind::Call);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        for (TouchKind expected : {TouchKind::Email, TouchKind::Ebr, TouchKind::Escalation}) {
            QTest::keyClick(kind, Qt::Key_E);
            QCOMPARE(current(), expected);
        }
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClick(kind, Qt::Key_Home);
        QTest::keyClicks(kind, QStringLiteral("es")); // Email, then Escalation
        QCOMPARE(current(), TouchKind::Escalation);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(kind, QStringLiteral("int"));
        QCOMPARE(current(), TouchKind::InternalNote);
        // The reading of a kanji name, in kana or romaji, as typed key by key or committed by an input
        // method; a katakana name by its hiragana.
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        for (const QChar c : QStringLiteral("でんわ")) { // a kana keyboard: one key press per character
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(kind, &press);
        }
        QCOMPARE(current(), TouchKind::Call);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(kind, QStringLiteral("uchi"));
        QCOMPARE(current(), TouchKind::Meeting);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(kind, QStringLiteral("denwa"));
        QCOMPARE(current(), TouchKind::Call);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QInputMethodEvent committed;
        committed.setCommitString(QStringLiteral("うぇびなー"));
        QCoreApplication::sendEvent(kind, &committed);
        QCOMPARE(current(), TouchKind::Webinar);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        committed.setCommitString(QStringLiteral("しゃない"));
        QCoreApplication::sendEvent(kind, &committed);
        QCOMPARE(current(), TouchKind::InternalNote);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(kind, QStringLiteral("xyz")); // no kind: stays put
        QCOMPARE(current(), TouchKind::InternalNote);
        QTest::keyClick(kind, Qt::Key_Home);
        QCOMPARE(current(), TouchKind::Meeting);
        QTest::keyClick(kind, Qt::Key_End);
        QCOMPARE(current(), TouchKind::InternalNote);

        // The same keys in the open list.
        kind->showPopup();
        QTRY_VERIFY(kind->view()->isVisible());
        QTest::keyClick(kind->view(), Qt::Key_3);
        QCOMPARE(kind->view()->currentIndex().row(), kind->findData(int(TouchKind::Email)));
        QTest::keyClick(kind->view(), Qt::Key_Return);
        QTRY_VERIFY(!kind->view()->isVisible());
        QCOMPARE(current(), TouchKind::Email);
        test::maybeGrab(&dialog, QStringLiteral("log-touch-kinds"));

        // Tab on to the summary and save: the kind picked by its number is logged. (The offscreen platform
        // does not always give the dialog its activation back when the list closes.)
        dialog.activateWindow();
        QTRY_VERIFY(dialog.isActiveWindow());
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_4);
        QTest::keyClick(kind, Qt::Key_Tab);
        auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), summary);
        QTest::keyClicks(summary, QStringLiteral("Quarterly review"));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Result<QList<Touch>> touches = book.workspace->book()->touches().forAccount(book.globex);
        QVERIFY(touches);
        QCOMPARE(touches->size(), 1);
        QCOMPARE(touches->at(0).kind, TouchKind::Qbr);
    }

    void currentAccountIsPreselectedAndFutureDatesAreRefused()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAccount(book.globex);

        LogTouchDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->accountId(), book.globex);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox*>(QStringLiteral("kindCombo")));
        // The account's contacts are offered as participants.
        auto* participants = dialog->findChild<QWidget*>(QStringLiteral("participantsList"));
        QVERIFY(participants);
        // A summary typed, the dialog could save; a date tomorrow, or in 1901 (issue 9, item 7), it cannot,
        // and the date's field says why.
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit")),
                         QStringLiteral("x"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
        auto* dateError = dialog->findChild<FieldErrorLabel*>(QStringLiteral("occurredOnError"));
        QVERIFY(dateError);
        for (const QDate refused : {test::kToday.addDays(1), QDate(1901, 5, 1)}) {
            date->setDate(refused);
            QVERIFY2(dateError->isVisible(), qPrintable(refused.toString(Qt::ISODate)));
            QVERIFY(!dateError->text().isEmpty());
            QVERIFY(!save->isEnabled());
        }
        date->setDate(QDate(1970, 1, 1)); // the earliest date there is
        QVERIFY(!dateError->isVisible());
        QVERIFY(save->isEnabled());
        dialog->reject();
    }

    void touchIsEditedAndDeletedFromTheTimelineUndoably()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        Touch t;
        t.accountId = book.globex;
        t.occurredOn = test::kToday.addDays(-2);
        t.kind = TouchKind::Meeting;
        t.summary = QStringLiteral("Kickoff");
        QVERIFY(book.workspace->book()->touches().save(t));
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAccount(book.globex);
        QTableView* view =
            window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline)->view();
        TimelineModel* timeline =
            window.page<AccountPage>(pageids::account)->tab<TimelineTab>(tabids::timeline)->model();
        QCOMPARE(timeline->rowCount(), 1);
        view->setFocus();
        view->setCurrentIndex(timeline->index(0, 0));

        // Enter edits.
        QTest::keyClick(view, Qt::Key_Return);
        LogTouchDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LogTouchDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(dialog->isActiveWindow());
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        summary->selectAll();
        QTest::keyClicks(summary, QStringLiteral("Kickoff, with the sponsor"));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(timeline->touchAt(0).summary, QStringLiteral("Kickoff, with the sponsor"));
        book.workspace->undoStack()->undo();
        QTRY_COMPARE(timeline->touchAt(0).summary, QStringLiteral("Kickoff"));
        book.workspace->undoStack()->redo();
        QTRY_COMPARE(timeline->touchAt(0).summary, QStringLiteral("Kickoff, with the sponsor"));

        // Del deletes (a tombstone); undo restores it.
        window.activateWindow();
        QTRY_VERIFY(view->isActiveWindow());
        view->setFocus();
        view->setCurrentIndex(timeline->index(0, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(timeline->rowCount(), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(timeline->rowCount(), 1);
    }
};

QTEST_MAIN(TestLogTouch)
#include "tst_logtouch.moc"
