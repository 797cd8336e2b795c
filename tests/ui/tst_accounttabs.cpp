// The account page's Contacts and Contract & ARR tabs (AccountTabActions): edit with Enter, delete with Del
// and undo, long values, driven by keys on the real main window.

#include "TestWorkspace.h"
#include "item/ContactsModel.h"
#include "item/DisplayFormat.h"
#include "storage/RenewalWrites.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/ElidedTextDelegate.h"
#include "ui/editors/RecordEditors.h"
#include "ui/renewals/RecordOutcomeDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>

using namespace csm;

class TestAccountTabs : public QObject
{
    Q_OBJECT
private:
    static void showWindow(MainWindow& window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

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

    // Issue 14, item 3: an outcome recorded before the latest one is corrected from the Contract & ARR tab.
    // Initech from 2024-04-01 at ¥1,000,000: expanded to ¥1,500,000 on 2025-04-01, then to ¥2,000,000 on
    // 2026-04-01. The 2025 renewal corrected to a contraction to ¥800,000 updates the event it wrote; the
    // account stays at ¥2,000,000; Ctrl+Z puts the expansion back.
    void anOlderOutcomeIsCorrectedFromTheContractTab()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        Book& b = *book.workspace->book();
        ArrEvent start;
        start.accountId = book.initech;
        start.effectiveOn = QDate(2024, 4, 1);
        start.arrAfter = 1'000'000;
        QVERIFY(b.arrEvents().save(start));
        Contract k;
        k.accountId = book.initech;
        k.startDate = QDate(2024, 4, 1);
        auto contract = b.contracts().save(k);
        QVERIFY(contract);
        auto first = recordRenewalOutcome(b,
                                          {book.initech,
                                           contract->id,
                                           QDate(2025, 4, 1),
                                           RenewalOutcome::Expanded,
                                           1'500'000,
                                           QDate(2025, 4, 1),
                                           {}},
                                          test::kToday);
        QVERIFY(first);
        QVERIFY(recordRenewalOutcome(b,
                                     {book.initech,
                                      contract->id,
                                      QDate(2026, 4, 1),
                                      RenewalOutcome::Expanded,
                                      2'000'000,
                                      QDate(2026, 4, 1),
                                      {}},
                                     test::kToday));
        book.workspace->reload();

        MainWindow window(*book.workspace);
        showWindow(window);
        window.showAccount(book.initech);
        AccountPage* page = window.page<AccountPage>(pageids::account);
        page->setCurrentTab(tabids::contract);
        QTreeWidget* outcomes = page->tab<ContractTab>(tabids::contract)->outcomesView();
        QTRY_COMPARE(outcomes->topLevelItemCount(), 2);
        QCOMPARE(outcomes->topLevelItem(0)->data(0, ContractTab::RenewalDateRole).toDate(),
                 QDate(2025, 4, 1));
        outcomes->setFocus();
        outcomes->setCurrentItem(outcomes->topLevelItem(0));

        bool prefilled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<RecordOutcomeDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* outcome = dialog->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
            auto* arr = dialog->findChild<QLineEdit*>(QStringLiteral("newArrEdit"));
            prefilled = outcome->currentData().toInt() == int(RenewalOutcome::Expanded) &&
                        arr->text() == QStringLiteral("1,500,000");
            outcome->setCurrentIndex(outcome->findData(int(RenewalOutcome::Contracted)));
            arr->selectAll();
            QTest::keyClicks(arr, QStringLiteral("800000"));
            // Save with the mouse: the main window's Return (this very action) must not be what answers.
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        QTest::keyClick(outcomes, Qt::Key_Return);
        QVERIFY(prefilled);
        const auto corrected = readOutcomeState(b, book.initech, QDate(2025, 4, 1));
        QCOMPARE(corrected->outcome, RenewalOutcome::Contracted);
        QCOMPARE(corrected->event->id, first->after.event->id);
        QCOMPARE(corrected->event->arrAfter, MinorUnits(800'000));
        QCOMPARE(b.arrEvents().forAccount(book.initech)->size(), 3);
        QCOMPARE(b.accounts().get(book.initech)->arr, MinorUnits(2'000'000));

        showWindow(window);
        outcomes->setFocus();
        QTest::keyClick(outcomes, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(readOutcomeState(b, book.initech, QDate(2025, 4, 1))->event->arrAfter,
                 MinorUnits(1'500'000));
    }
};

QTEST_MAIN(TestAccountTabs)
#include "tst_accounttabs.moc"
