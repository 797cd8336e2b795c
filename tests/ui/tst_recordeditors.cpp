// The account, contact and contract editors, driven by keys on a small book, and what they write.

#include "TestWorkspace.h"
#include "domain/NoticeRule.h"
#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "ui/accounts/AccountPage.h"
#include "ui/editors/ArrChangeDialog.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/editors/RecordEditors.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

using namespace csm;

class TestRecordEditors : public QObject
{
    Q_OBJECT
private:
    static void activate(MainWindow& window)
    {
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

    static void retype(QWidget* field, const QString& text)
    {
        field->setFocus();
        if (auto* line = qobject_cast<QLineEdit*>(field))
            line->selectAll();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
            spin->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static Contract storedContract(test::SmallBook& book)
    {
        Result<Contract> c = book.workspace->book()->contracts().get(book.contract);
        return c ? c.value() : Contract{};
    }

    static AccountSummary listRow(test::SmallBook& book, const Id& id)
    {
        AccountsModel* model = book.workspace->accountsModel();
        const int row = model->rowForId(id);
        return row < 0 ? AccountSummary{} : model->summaryAt(row);
    }

    // Answers the ARR change dialog that the contract editor's Save opens (a modal loop) once it shows.
    static void answerArrChange(QDate on, bool record, bool* asked)
    {
        QTimer::singleShot(0, [=] {
            auto* ask = qobject_cast<ArrChangeDialog*>(QApplication::activeModalWidget());
            *asked = ask != nullptr;
            if (!ask)
                return;
            test::maybeGrab(ask, QStringLiteral("arr-change"));
            ask->dateEdit()->setDate(on);
            QTest::mouseClick(record ? ask->recordButton() : ask->withoutRecordingButton(), Qt::LeftButton);
        });
    }

    static void saveContract(ContractEditor& editor, const QString& arr)
    {
        retype(editor.findChild<QLineEdit*>(QStringLiteral("arrEdit")), arr);
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    // Issue 9, item 6: an account's ARR comes from ARR events only, and nothing in the app wrote one: a new
    // account with a ¥5,000,000 contract stayed at ¥0 and tech touch.
    void aFirstContractSetsTheAccountsArrUndoablyInOneStep()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        QCOMPARE(listRow(book, book.initech).arr, MinorUnits(0));
        QCOMPARE(listRow(book, book.initech).touchModel, TouchModel::Tech);
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int steps = book.workspace->undoStack()->count();
        saveContract(editor, QStringLiteral("5,000,000"));
        QTRY_VERIFY(!editor.isVisible());

        QCOMPARE(book.workspace->undoStack()->count(), steps + 1); // one step
        Result<QList<ArrEvent>> events = book.workspace->book()->arrEvents().forAccount(book.initech);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).kind, ArrEventKind::New);
        QCOMPARE(events->at(0).effectiveOn, test::kToday); // the contract's start
        QCOMPARE(events->at(0).arrAfter, MinorUnits(5'000'000));
        QTRY_COMPARE(listRow(book, book.initech).arr, MinorUnits(5'000'000));
        QCOMPARE(listRow(book, book.initech).touchModel, TouchModel::Low); // ¥1,000,000 or more

        book.workspace->undoStack()->undo(); // the contract and its event together
        QTRY_COMPARE(listRow(book, book.initech).arr, MinorUnits(0));
        QCOMPARE(book.workspace->book()->contracts().forAccount(book.initech)->size(), 0);
        QCOMPARE(book.workspace->book()->arrEvents().forAccount(book.initech)->size(), 0);
        book.workspace->undoStack()->redo();
        QTRY_COMPARE(listRow(book, book.initech).arr, MinorUnits(5'000'000));
        QCOMPARE(book.workspace->book()->contracts().forAccount(book.initech)->size(), 1);
        QCOMPARE(book.workspace->book()->arrEvents().forAccount(book.initech)->size(), 1);
    }

    void changingAContractsArrOffersToRecordTheChangeOnADate()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        // Globex's contract was saved before it had ARR history: an edit that keeps its ARR writes the
        // `new` event (no question asked), after which the account has history.
        {
            ContractEditor editor(*book.workspace, book.globex);
            editor.setContract(storedContract(book));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
            QTRY_VERIFY(!editor.isVisible());
        }
        QTRY_COMPARE(listRow(book, book.globex).arr, MinorUnits(12'000'000));

        // 12,000,000 -> 15,000,000, recorded as an expansion on 2026-06-15.
        const int steps = book.workspace->undoStack()->count();
        {
            ContractEditor editor(*book.workspace, book.globex);
            editor.setContract(storedContract(book));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            bool asked = false;
            answerArrChange(QDate(2026, 6, 15), true, &asked);
            saveContract(editor, QStringLiteral("15000000"));
            QTRY_VERIFY(!editor.isVisible());
            QVERIFY(asked);
        }
        QCOMPARE(book.workspace->undoStack()->count(), steps + 1);
        QCOMPARE(storedContract(book).arr, MinorUnits(15'000'000));
        Result<QList<ArrEvent>> events = book.workspace->book()->arrEvents().forAccount(book.globex);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).kind, ArrEventKind::Expansion);
        QCOMPARE(events->at(1).effectiveOn, QDate(2026, 6, 15));
        QCOMPARE(events->at(1).arrAfter, MinorUnits(15'000'000));
        QTRY_COMPARE(listRow(book, book.globex).arr, MinorUnits(15'000'000));
        QCOMPARE(listRow(book, book.globex).touchModel, TouchModel::High); // ¥10,000,000 or more

        // Undo: the contract's ARR and the account's go back together.
        book.workspace->undoStack()->undo();
        QTRY_COMPARE(listRow(book, book.globex).arr, MinorUnits(12'000'000));
        QCOMPARE(storedContract(book).arr, MinorUnits(12'000'000));
        QCOMPARE(book.workspace->book()->arrEvents().forAccount(book.globex)->size(), 1);

        // 12,000,000 -> 9,000,000 saved without recording: the contract changes, the account's ARR does not.
        {
            ContractEditor editor(*book.workspace, book.globex);
            editor.setContract(storedContract(book));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            bool asked = false;
            answerArrChange(test::kToday, false, &asked);
            saveContract(editor, QStringLiteral("9000000"));
            QTRY_VERIFY(!editor.isVisible());
            QVERIFY(asked);
        }
        QCOMPARE(storedContract(book).arr, MinorUnits(9'000'000));
        QCOMPARE(book.workspace->book()->arrEvents().forAccount(book.globex)->size(), 1);
        QCOMPARE(listRow(book, book.globex).arr, MinorUnits(12'000'000));
    }

    void theArrChangeDialogOffersContractionAndChurnAndRefusesADateOutOfRange()
    {
        const QString yen = QStringLiteral("JPY");
        const QDate today = test::kToday;
        ArrChangeDialog down(Money(12'000'000, yen), Money(9'000'000, yen), Money(14'000'000, yen), today);
        QCOMPARE(down.event()->kind, ArrEventKind::Contraction);
        QCOMPARE(down.event()->arrAfter,
                 MinorUnits(11'000'000)); // the account moves by the contract's change
        QCOMPARE(down.event()->effectiveOn, today);
        ArrChangeDialog gone(Money(12'000'000, yen), Money(0, yen), Money(12'000'000, yen), today);
        QCOMPARE(gone.event()->kind, ArrEventKind::Churn);
        QCOMPARE(gone.event()->arrAfter, MinorUnits(0));
        down.show();
        QVERIFY(QTest::qWaitForWindowExposed(&down));
        down.dateEdit()->setDate(QDate(1969, 12, 31));
        QVERIFY(!down.recordButton()->isEnabled());
        QVERIFY(down.findChild<FieldErrorLabel*>(QStringLiteral("effectiveOnError"))->isVisible());
        QVERIFY(!down.event());
        QVERIFY(down.withoutRecordingButton()->isEnabled());
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
        QTRY_COMPARE(window.currentPage(), pageids::account);
        QCOMPARE(window.page<AccountPage>(pageids::account)->factText(QStringLiteral("ownerFact")).isEmpty(),
                 false);
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

    // Issue 14, item 1: "by day 20 of the month before the renewal date" chosen with the keyboard, its
    // deadline shown as it is typed, saved, and the same when the contract is opened again.
    void contractEditorTakesANoticeRuleAndShowsItsDeadlineLive()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.globex);
        editor.setContract(storedContract(book)); // from 2025-09-01 for 12 months: renews on 2026-09-01
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* kind = editor.findChild<QComboBox*>(QStringLiteral("noticeKindCombo"));
        auto* months = editor.findChild<QSpinBox*>(QStringLiteral("noticeSpin"));
        auto* day = editor.findChild<QSpinBox*>(QStringLiteral("noticeDaySpin"));
        auto* hint = editor.findChild<QLabel*>(QStringLiteral("renewalHint"));
        // 60 days before 2026-09-01: 31 in August, 29 back into July, 2026-07-03.
        QVERIFY2(hint->text().contains(DisplayFormat::longDate(QDate(2026, 7, 3))), qPrintable(hint->text()));
        QVERIFY(!day->isVisible());

        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // months before
        QTest::keyClick(kind, Qt::Key_Down); // a day of a month before
        QCOMPARE(kind->currentData().toInt(), int(NoticeRule::Kind::DayOfMonthBefore));
        QVERIFY(day->isVisible());
        QCOMPARE(months->value(), 1); // the month before
        retype(day, QStringLiteral("20"));
        // Day 20 of August 2026, a Thursday (no holiday): 2026-08-20.
        QVERIFY2(hint->text().contains(DisplayFormat::longDate(QDate(2026, 8, 20))),
                 qPrintable(hint->text()));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(storedContract(book).noticeRule, QStringLiteral("day-of-month:20:1"));
        QCOMPARE(storedContract(book).noticeDays, 12); // 2026-08-20 to 2026-09-01, for what reads days

        ContractEditor again(*book.workspace, book.globex);
        again.setContract(storedContract(book));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("noticeKindCombo"))->currentData().toInt(),
                 int(NoticeRule::Kind::DayOfMonthBefore));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("noticeDaySpin"))->value(), 20);
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("noticeSpin"))->value(), 1);
        QVERIFY(again.findChild<QLabel*>(QStringLiteral("renewalHint"))
                    ->text()
                    .contains(DisplayFormat::longDate(QDate(2026, 8, 20))));
        again.reject();

        book.workspace->undoStack()->undo();
        QCOMPARE(storedContract(book).noticeRule, QString());
        QCOMPARE(storedContract(book).noticeDays, 60);
    }

    // Day 23 of the month before a renewal on 2026-10-01 is 2026-09-23, 秋分の日; the 22nd is a 休日 between
    // two holidays, the 21st 敬老の日, the 20th a Sunday, the 19th a Saturday: the business day before is
    // Friday 2026-09-18.
    void aNoticeDeadlineOnAJapaneseHolidayMovesToTheBusinessDayBefore()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QDateEdit*>(QStringLiteral("startEdit"))->setDate(QDate(2025, 10, 1));
        auto* kind = editor.findChild<QComboBox*>(QStringLiteral("noticeKindCombo"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down);
        retype(editor.findChild<QSpinBox*>(QStringLiteral("noticeDaySpin")), QStringLiteral("23"));
        auto* hint = editor.findChild<QLabel*>(QStringLiteral("renewalHint"));
        QVERIFY2(hint->text().contains(DisplayFormat::longDate(QDate(2026, 9, 23))),
                 qPrintable(hint->text()));
        auto* businessDay = editor.findChild<QCheckBox*>(QStringLiteral("businessDayBeforeCheck"));
        businessDay->setFocus();
        QTest::keyClick(businessDay, Qt::Key_Space);
        QVERIFY(businessDay->isChecked());
        QVERIFY2(hint->text().contains(DisplayFormat::longDate(QDate(2026, 9, 18))),
                 qPrintable(hint->text()));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        const QList<Contract> saved = book.workspace->book()->contracts().forAccount(book.initech).value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().noticeRule, QStringLiteral("day-of-month:23:1:bd"));
        QCOMPARE(saved.first().noticeDays, 13); // 2026-09-18 to 2026-10-01
    }

    // A rule whose first deadline falls before the contract starts is refused on the notice field: from
    // 2026-06-30 for one month renews on 2026-07-30, and two months before that is 2026-05-30.
    void contractEditorRefusesANoticeRuleBeforeTheStart()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        retype(editor.findChild<QSpinBox*>(QStringLiteral("termSpin")), QStringLiteral("1"));
        auto* kind = editor.findChild<QComboBox*>(QStringLiteral("noticeKindCombo"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // months before
        retype(editor.findChild<QSpinBox*>(QStringLiteral("noticeSpin")), QStringLiteral("2"));
        auto* error = editor.findChild<FieldErrorLabel*>(QStringLiteral("noticeDaysError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("2026-05-30")), qPrintable(error->text()));
        QVERIFY(!editor.saveButton()->isEnabled());
        retype(editor.findChild<QSpinBox*>(QStringLiteral("noticeSpin")), QStringLiteral("1")); // 2026-06-30
        QVERIFY(!error->isVisible());
        QVERIFY(editor.saveButton()->isEnabled());
    }

    // Issue 9, item 7: 999,999,999,999 seats were saved as 10,000,000 without a word.
    void accountEditorRefusesSeatsOutsideTheirRangeWithAMessage()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        AccountEditor editor(*book.workspace);
        Result<Account> globex = book.workspace->book()->accounts().get(book.globex);
        QVERIFY(globex);
        editor.setAccount(globex.value());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* seats = editor.findChild<QLineEdit*>(QStringLiteral("seatsEdit"));
        const QString largest = QLocale().toString(10'000'000); // as the app's locale writes it
        QVERIFY2(seats->toolTip().contains(largest), qPrintable(seats->toolTip())); // the range is stated
        auto* error = editor.findChild<FieldErrorLabel*>(QStringLiteral("seatsError"));
        for (const QString& typed : {QStringLiteral("999999999999"), QStringLiteral("10000001"),
                                     QStringLiteral("99999999999999999999")}) {
            retype(seats, typed);
            QVERIFY2(error->isVisible(), qPrintable(typed));
            QVERIFY(error->text().contains(largest));
            QVERIFY(!editor.saveButton()->isEnabled());
            QTest::keyClick(&editor, Qt::Key_Return); // Save is off: nothing happens
            QVERIFY(editor.isVisible());
        }
        QCOMPARE(book.workspace->book()->accounts().get(book.globex)->seats, 50);
        retype(seats, QStringLiteral("10000000"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(book.workspace->book()->accounts().get(book.globex)->seats, 10'000'000);
    }

    void contractEditorRefusesDatesTermsAndNoticesOutsideTheirRanges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error");
        QTest::newRow("term 121") << QStringLiteral("termSpin") << QStringLiteral("121")
                                  << QStringLiteral("termMonthsError");
        QTest::newRow("notice 366") << QStringLiteral("noticeSpin") << QStringLiteral("366")
                                    << QStringLiteral("noticeDaysError");
        QTest::newRow("ARR over the largest")
            << QStringLiteral("arrEdit") << QStringLiteral("10000000000001") << QStringLiteral("arrError");
    }

    void contractEditorRefusesDatesTermsAndNoticesOutsideTheirRanges()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, error);
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.saveButton()->isEnabled()); // the defaults are fine
        auto* widget = editor.findChild<QWidget*>(field);
        QVERIFY(!widget->toolTip().isEmpty());
        retype(widget, typed);
        auto* label = editor.findChild<FieldErrorLabel*>(error);
        QVERIFY(label->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
    }

    void contractEditorRefusesAStartBefore1970()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* start = editor.findChild<QDateEdit*>(QStringLiteral("startEdit"));
        auto* label = editor.findChild<FieldErrorLabel*>(QStringLiteral("startDateError"));
        start->setDate(QDate(1901, 5, 1));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("1970-01-01")));
        QVERIFY(!editor.saveButton()->isEnabled());
        start->setDate(QDate(1970, 1, 1));
        QVERIFY(!label->isVisible());
        QVERIFY(editor.saveButton()->isEnabled());
    }

    // Issue 9, item 2: on a USD book the cents of a contract's ARR were dropped by the editor.
    void contractEditorKeepsTheCentsOfAnUnchangedArr()
    {
        test::SmallBook book;
        book.currency = QStringLiteral("USD");
        QVERIFY(book.create());
        Contract c = storedContract(book);
        c.arr = 400'075; // $4,000.75
        QVERIFY(book.workspace->book()->contracts().save(c));

        ContractEditor editor(*book.workspace, book.globex);
        editor.setContract(storedContract(book));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* arr = editor.findChild<QLineEdit*>(QStringLiteral("arrEdit"));
        QCOMPARE(arr->text(), QStringLiteral("4,000.75")); // every cent shown, in the app locale (C here)
        // Only the notice period changes.
        retype(editor.findChild<QAbstractSpinBox*>(QStringLiteral("noticeSpin")), QStringLiteral("30"));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(storedContract(book).noticeDays, 30);
        QCOMPARE(storedContract(book).arr, MinorUnits(400'075));
    }

    void contractEditorReadsCentsAndRefusesMoreDecimalsThanTheCurrencyHas_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("stored"); // -1: refused with a message on the field
        QTest::newRow("USD, cents") << QStringLiteral("USD") << QStringLiteral("4000.75") << qint64(400'075);
        QTest::newRow("USD, symbol and groups")
            << QStringLiteral("USD") << QStringLiteral("$4,000.75") << qint64(400'075);
        QTest::newRow("USD, whole dollars")
            << QStringLiteral("USD") << QStringLiteral("4000") << qint64(400'000);
        QTest::newRow("EUR, one decimal") << QStringLiteral("EUR") << QStringLiteral("12.5") << qint64(1'250);
        QTest::newRow("USD, three decimals")
            << QStringLiteral("USD") << QStringLiteral("1.005") << qint64(-1);
        QTest::newRow("JPY, no decimals")
            << QStringLiteral("JPY") << QStringLiteral("1200000") << qint64(1'200'000);
        QTest::newRow("JPY, a fraction of a yen")
            << QStringLiteral("JPY") << QStringLiteral("1200000.5") << qint64(-1);
        QTest::newRow("USD, not an amount") << QStringLiteral("USD") << QStringLiteral("4k") << qint64(-1);
    }

    void contractEditorReadsCentsAndRefusesMoreDecimalsThanTheCurrencyHas()
    {
        QFETCH(QString, currency);
        QFETCH(QString, typed);
        QFETCH(qint64, stored);
        test::SmallBook book;
        book.currency = currency;
        QVERIFY(book.create());
        ContractEditor editor(*book.workspace, book.initech);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* arr = editor.findChild<QLineEdit*>(QStringLiteral("arrEdit"));
        retype(arr, typed);
        auto* error = editor.findChild<FieldErrorLabel*>(QStringLiteral("arrError"));
        if (stored < 0) {
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            QVERIFY(!editor.saveButton()->isEnabled());
            return;
        }
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(editor.contract().arr, MinorUnits(stored));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        Result<QList<Contract>> saved = book.workspace->book()->contracts().forAccount(book.initech);
        QVERIFY(saved);
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->at(0).arr, MinorUnits(stored));
    }
};

QTEST_MAIN(TestRecordEditors)
#include "tst_recordeditors.moc"
