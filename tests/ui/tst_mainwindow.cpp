// The main window driven through its real widgets with QTest key and mouse events, on a small book made in a
// temporary folder as of a fixed date.

#include "TestWorkspace.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ContactsTab.h"
#include "ui/accounts/ContractTab.h"
#include "ui/accounts/TimelineTab.h"
#include "ui/main/RecentBooks.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

using namespace csm;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }
    void typingInTheFilterShrinksTheList();
    void clickingAHeaderSortsByThatColumn();
    void enterOpensTheAccountWithItsHeaderFacts();
    void openedBooksAppearInTheRecentMenu();
    void statusBarShowsBookCountAndSaveState();

private:
    static QStringList namesInView(const QTableView* view)
    {
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names << view->model()->index(r, AccountsModel::NameColumn).data().toString();
        return names;
    }
};

void TestMainWindow::typingInTheFilterShrinksTheList()
{
    test::SmallBook book;
    QVERIFY(book.create());
    MainWindow window(*book.workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* view = window.page<AccountsPage>(pageids::accounts)->view();
    QCOMPARE(view->model()->rowCount(), 2);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Edit > Filter accounts
    QLineEdit* filter = window.page<AccountsPage>(pageids::accounts)->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("GLOB")); // upper case (width folding: tst_accountsmodel)
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(namesInView(view), QStringList{QStringLiteral("Globex Corporation")});
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    test::maybeGrab(&window, QStringLiteral("mainwindow-accounts"));
}

void TestMainWindow::clickingAHeaderSortsByThatColumn()
{
    test::SmallBook book;
    QVERIFY(book.create());
    // Besides Globex (renews 2026-09-01) and Initech (no contract): Acme renews 2026-08-01, Umbrella
    // 2027-01-15.
    for (const auto& [name, start] : {std::pair{QStringLiteral("Acme"), QDate(2025, 8, 1)},
                                      std::pair{QStringLiteral("Umbrella"), QDate(2026, 1, 15)}}) {
        Account a;
        a.name = name;
        Result<Account> saved = book.workspace->book()->accounts().save(a);
        QVERIFY(saved);
        Contract c;
        c.accountId = saved->id;
        c.startDate = start;
        QVERIFY(book.workspace->book()->contracts().save(c));
    }
    MainWindow window(*book.workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* view = window.page<AccountsPage>(pageids::accounts)->view();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QHeaderView* header = view->horizontalHeader();
    auto clickHeader = [header](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const QStringList soonestFirst{QStringLiteral("Acme"), QStringLiteral("Globex Corporation"),
                                   QStringLiteral("Umbrella"), QStringLiteral("Initech")};
    const QStringList latestFirst{QStringLiteral("Umbrella"), QStringLiteral("Globex Corporation"),
                                  QStringLiteral("Acme"), QStringLiteral("Initech")};
    // Each click turns the order round; the account without a contract stays last either way.
    clickHeader(AccountsModel::RenewalColumn);
    QCOMPARE(header->sortIndicatorSection(), int(AccountsModel::RenewalColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(namesInView(view), first == Qt::AscendingOrder ? soonestFirst : latestFirst);
    clickHeader(AccountsModel::RenewalColumn);
    QVERIFY(header->sortIndicatorOrder() != first);
    QCOMPARE(namesInView(view), first == Qt::AscendingOrder ? latestFirst : soonestFirst);

    clickHeader(AccountsModel::NameColumn);
    // By name, Latin before kana: Globex sorts by its reading (ぐろーべっくす).
    QStringList alphabetical{QStringLiteral("Acme"), QStringLiteral("Initech"), QStringLiteral("Umbrella"),
                             QStringLiteral("Globex Corporation")};
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(alphabetical.begin(), alphabetical.end());
    const QStringList byName = namesInView(view);
    QCOMPARE(byName, alphabetical);
    clickHeader(AccountsModel::NameColumn);
    QStringList reversed = namesInView(view);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, byName);
}

void TestMainWindow::enterOpensTheAccountWithItsHeaderFacts()
{
    test::SmallBook book;
    QVERIFY(book.create());
    MainWindow window(*book.workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AccountsPage* list = window.page<AccountsPage>(pageids::accounts);
    list->selectAccount(book.globex);
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_Return);

    QCOMPARE(window.currentPage(), pageids::account);
    QCOMPARE(window.currentAccountId(), book.globex);
    AccountPage* page = window.page<AccountPage>(pageids::account);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("accountTitle"))->text(),
             QStringLiteral("Globex Corporation"));
    QVERIFY2(page->factText(QStringLiteral("noticeFact")).contains(QStringLiteral("3 day")),
             qPrintable(page->factText(QStringLiteral("noticeFact"))));
    QVERIFY(page->factText(QStringLiteral("renewalFact")).contains(QStringLiteral("2026")));
    QCOMPARE(page->factText(QStringLiteral("ownerFact")), QStringLiteral("Sato"));
    QVERIFY(page->factText(QStringLiteral("championFact")).contains(QStringLiteral("Hanako Suzuki")));
    QVERIFY(page->factText(QStringLiteral("touchModelFact")).contains(QStringLiteral("Tech touch")));
    test::maybeGrab(&window, QStringLiteral("mainwindow-account"));

    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier); // back to the list, same account selected
    QCOMPARE(window.currentPage(), pageids::accounts);
    QCOMPARE(list->currentAccountId(), book.globex);
}

void TestMainWindow::openedBooksAppearInTheRecentMenu()
{
    test::SmallBook book;
    QVERIFY(book.create());
    MainWindow window(*book.workspace);
    window.recentBooks()->clear();
    const QString other = book.dir.filePath(QStringLiteral("other-book.sqlite"));
    QVERIFY(Book::open(other, Book::OpenMode::CreateIfMissing, book.clock).ok());

    QVERIFY(window.openBookFile(other));
    QCOMPARE(book.workspace->bookPath(), QFileInfo(other).absoluteFilePath());
    emit window.recentMenu()->aboutToShow();
    QStringList texts;
    for (QAction* a : window.recentMenu()->actions())
        texts << a->text();
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("other-book.sqlite")),
             qPrintable(texts.join(QLatin1Char('|'))));

    // Remembered for the next start, and the list can be cleared.
    QCOMPARE(RecentBooks().mostRecent(), QFileInfo(other).absoluteFilePath());
    window.recentMenu()->findChild<QAction*>(QStringLiteral("clearRecentAction"))->trigger();
    QVERIFY(window.recentBooks()->paths().isEmpty());
}

void TestMainWindow::statusBarShowsBookCountAndSaveState()
{
    test::SmallBook book;
    QVERIFY(book.create());
    MainWindow window(*book.workspace);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("bookStatus"))->text(), QStringLiteral("Book: small"));
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("countStatus"))->text().startsWith(QStringLiteral("2 ")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("saveStatus"))->text(),
             QStringLiteral("All changes saved"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
