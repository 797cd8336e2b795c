// The main window as a new user meets it: pages from the registry, Back, the menus' keys, what an empty
// book and a window without a book say, the list's place after visiting an account, Preferences, a book
// open elsewhere. Driven by QTest keys and mouse clicks on the real window.

#include "TestWorkspace.h"
#include "UiChecks.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "item/TodayModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/main/PageStack.h"
#include "ui/main/StartPanel.h"
#include "ui/main/StatusNotice.h"
#include "ui/settings/LanguagePreference.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/today/TodayPage.h"
#include "ui/touch/LogTouchDialog.h"

#include <QCommandLinkButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace csm;

namespace {

QStringList navigationTitles(MainWindow& window)
{
    QStringList titles;
    QListWidget* nav = window.pages()->navigation();
    for (int i = 0; i < nav->count(); ++i)
        titles << nav->item(i)->text();
    return titles;
}

QStringList menuBarTexts(MainWindow& window)
{
    QStringList texts;
    for (QAction* a : window.menuBar()->actions())
        texts << a->text();
    return texts;
}

void activate(QWidget& window)
{
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
}

} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void windowBuildsItsNavigationFromTheRegistry()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        PageRegistry pages = PageRegistry::standard();
        PageSpec extra(QStringLiteral("test"), QStringLiteral("Test page"),
                       [](MainWindow&) -> QWidget* { return new QLabel(QStringLiteral("A test page")); });
        extra.order = 25; // between Accounts (20) and Portfolio (30)
        extra.shortcut = QKeySequence(Qt::CTRL | Qt::Key_9);
        pages.add(extra);
        MainWindow window(*book.workspace, pages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The navigation lists the registry's pages in their order, the account page (not in the
        // navigation) left out; the Go menu has the same entries with their shortcuts.
        QStringList expected;
        for (const PageSpec& p : pages.pages())
            if (p.inNavigation)
                expected << p.title;
        QCOMPARE(navigationTitles(window), expected);
        QCOMPARE(expected.indexOf(QStringLiteral("Test page")), 2);
        QCOMPARE(expected.value(0), QStringLiteral("Today"));
        QAction* go = window.findChild<QAction*>(QStringLiteral("go-test"));
        QVERIFY(go);
        QVERIFY(window.menu(MainWindow::Menu::Go)->actions().contains(go));

        // Its shortcut and its navigation entry show it.
        activate(window);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), QStringLiteral("test"));
        QVERIFY(window.pageWidget(QStringLiteral("test"))->isVisible());
        QListWidget* nav = window.pages()->navigation();
        const QRect accounts = nav->visualItemRect(nav->item(1));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, accounts.center());
        QCOMPARE(window.currentPage(), pageids::accounts);
    }

    void accountTabsComeFromTheirRegistry()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        AccountTabRegistry tabs = AccountTabRegistry::standard();
        tabs.add({QStringLiteral("notes"), QStringLiteral("Notes"), 15,
                  [](BookWorkspace&) -> AccountTab* { return new ComingLaterTab(QStringLiteral("Notes")); }});
        AccountPage page(*book.workspace, tabs);
        QStringList titles;
        for (int i = 0; i < page.tabs()->count(); ++i)
            titles << page.tabs()->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("Timeline"), QStringLiteral("Notes"),
                                      QStringLiteral("Contacts"), QStringLiteral("Contract && ARR"),
                                      QStringLiteral("Health"), QStringLiteral("Roadmap")}));
        QVERIFY(page.tab(QStringLiteral("notes")));
        page.setCurrentTab(QStringLiteral("notes"));
        QCOMPARE(page.currentTabId(), QStringLiteral("notes"));
    }

    void backReturnsToThePageTheUserCameFrom()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);

        // From Today: Enter on Globex's notice line opens it, Alt+Left comes back to Today.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        auto* today = window.page<TodayPage>(pageids::today);
        QTRY_COMPARE(today->model()->list().notices.size(), 1);
        today->view()->setFocus();
        today->view()->setCurrentIndex(
            today->model()->index(today->model()->rowForKey(TodayModel::LineKind::Notice, book.globex), 0));
        QTest::keyClick(today->view(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), pageids::account);
        QVERIFY(window.backAction()->text().contains(QStringLiteral("Today")));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentPage(), pageids::today);

        // From the list: back to the list. The page's own Back button does the same.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto* list = window.page<AccountsPage>(pageids::accounts);
        list->selectAccount(book.initech);
        QTest::keyClick(list->view(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), pageids::account);
        auto* back =
            window.page<AccountPage>(pageids::account)->findChild<QToolButton*>(QStringLiteral("backButton"));
        QVERIFY(back->text().contains(QStringLiteral("Accounts")));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(window.currentPage(), pageids::accounts);
        QCOMPARE(list->currentAccountId(), book.initech);
    }

    void ctrlLOnTodayLogsATouchForTheSelectedLinesAccount()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);
        window.showPage(pageids::today);
        auto* today = window.page<TodayPage>(pageids::today);
        QTRY_COMPARE(today->model()->list().silent.size(), 2);
        const int initechRow = today->model()->rowForKey(TodayModel::LineKind::Silent, book.initech);
        QVERIFY(initechRow >= 0);
        today->view()->setFocus();
        today->view()->setCurrentIndex(today->model()->index(initechRow, 0));
        QCOMPARE(window.currentAccountId(), book.initech);
        QTest::keyClick(today->view(), Qt::Key_L, Qt::ControlModifier);
        LogTouchDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LogTouchDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->accountId(), book.initech);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit"))->text(),
                 QStringLiteral("Initech"));
        dialog->reject();
    }

    void menusAndPagesUseEachMnemonicOnce_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::newRow("en") << false;
        QTest::newRow("ja") << true;
    }
    void menusAndPagesUseEachMnemonicOnce()
    {
        QFETCH(bool, japanese);
        std::optional<test::JapaneseUi> ja;
        if (japanese) {
            ja.emplace();
            QVERIFY(ja->loaded());
        }
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Within each menu, and across the menu bar.
        QStringList problems = test::mnemonicProblems(window.menuBar());
        QHash<QChar, QString> bar;
        for (const QString& text : menuBarTexts(window)) {
            const QChar m = mnemonicOf(text);
            if (bar.contains(m))
                problems << QStringLiteral("menu bar: %1 and %2").arg(bar.value(m), text);
            bar.insert(m, text);
        }
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
            emit menu->aboutToShow();
            QHash<QChar, QString> used;
            for (QAction* a : menu->actions()) {
                const QChar m = mnemonicOf(a->text());
                if (a->isSeparator() || !a->isVisible() || m.isNull())
                    continue;
                if (used.contains(m))
                    problems << QStringLiteral("%1: %2 and %3").arg(menu->title(), used.value(m), a->text());
                used.insert(m, a->text());
            }
        }
        // On every page, nothing takes a letter of the menu bar or another's (the page tabs took Alt+A and
        // Alt+H; the Japanese account page showed (L)(E)(C)(O) that did nothing).
        for (const QString& id : {pageids::today, pageids::accounts, pageids::account, pageids::portfolio}) {
            if (id == pageids::account)
                window.showAccount(book.globex);
            else
                window.showPage(id);
            QTest::qWait(10);
            for (const QString& p : test::mnemonicProblems(&window, menuBarTexts(window)))
                problems << id + QStringLiteral(": ") + p;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void altLettersOpenTheMenusOnTheAccountPage()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);
        window.showAccount(book.globex);
        auto* page = window.page<AccountPage>(pageids::account);
        page->setCurrentTab(tabids::timeline);
        page->tabs()->setFocus();
        const std::pair<Qt::Key, MainWindow::Menu> keys[] = {{Qt::Key_A, MainWindow::Menu::Account},
                                                             {Qt::Key_H, MainWindow::Menu::Help}};
        for (const auto& [key, menu] : keys) {
            QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
            QTRY_VERIFY(window.menu(menu)->isVisible());
            QCOMPARE(page->currentTabId(), tabids::timeline); // the tabs stay where they were
            window.menu(menu)->close();
            QTRY_VERIFY(!window.menu(menu)->isVisible());
        }
    }

    void withoutABookTheWindowSaysHowToGoOn()
    {
        test::isolateSettings();
        FixedClock clock(test::kToday);
        BookWorkspace workspace(clock);
        MainWindow window(workspace); // as after cancelling the welcome dialog
        bool demoAsked = false;
        window.setDemoBookMaker([&demoAsked](QWidget*, const QString&) {
            demoAsked = true;
            return false;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<StartPanel*>(QStringLiteral("noBookPanel"));
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QStringList buttons;
        for (QCommandLinkButton* b : panel->findChildren<QCommandLinkButton*>())
            buttons << b->text();
        test::maybeGrab(&window, QStringLiteral("no-book"));
        QCOMPARE(buttons, (QStringList{QStringLiteral("New demo book"), QStringLiteral("New book"),
                                       QStringLiteral("Open")}));
        // Today and the Portfolio need a book too; a placeholder page (Roadmaps) does not.
        window.showPage(pageids::today);
        QVERIFY(panel->isVisible());
        window.showPage(pageids::portfolio);
        QVERIFY(panel->isVisible());
        window.showPage(pageids::roadmaps);
        QVERIFY(!panel->isVisible());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("newDemoBookAction")));
    }

    void anEmptyBookShowsHowToStart()
    {
        QTemporaryDir dir;
        FixedClock clock(test::kToday);
        BookWorkspace workspace(clock);
        workspace.setLoadInBackground(false);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createBookFile(dir.filePath(QStringLiteral("empty.sqlite"))));
        auto* list = window.page<AccountsPage>(pageids::accounts);
        QTRY_VERIFY(list->showsStartPanel());
        auto* panel = list->findChild<StartPanel*>(QStringLiteral("emptyBookPanel"));
        QVERIFY(panel && panel->isVisible());
        auto* newAccount = panel->findChild<QCommandLinkButton*>(QStringLiteral("newAccountActionButton"));
        auto* import = panel->findChild<QCommandLinkButton*>(QStringLiteral("importActionButton"));
        auto* demo = panel->findChild<QCommandLinkButton*>(QStringLiteral("newDemoBookActionButton"));
        QVERIFY(newAccount && import && demo);
        QVERIFY(newAccount->isEnabled());
        QVERIFY(import->isEnabled()); // File ▸ Import… (issue 13)
        QVERIFY(demo->isEnabled());
        test::maybeGrab(&window, QStringLiteral("empty-book"));

        QTest::mouseClick(newAccount, Qt::LeftButton);
        QDialog* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<QDialog*>(QStringLiteral("accountEditor"))) &&
                    editor->isVisible());
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral("Acme"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(workspace.accountCount(), 1);
        QCOMPARE(window.currentPage(), pageids::account);
        QVERIFY(window.notice()->message().contains(QStringLiteral("Acme")));
        QVERIFY(!list->showsStartPanel());
    }

    void theListKeepsItsSelectionAndScrollAfterVisitingAnAccount()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        for (int i = 0; i < 80; ++i) {
            Account a;
            a.name = QStringLiteral("Account %1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(book.workspace->book()->accounts().save(a));
        }
        MainWindow window(*book.workspace);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(window);
        auto* list = window.page<AccountsPage>(pageids::accounts);
        QTableView* view = list->view();
        QTRY_COMPARE(view->model()->rowCount(), 82);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        for (int i = 0; i < 50; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier); // two rows selected
        const QList<Id> selected = list->selectedAccountIds();
        QCOMPARE(selected.size(), 2);
        const Id current = list->currentAccountId();
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier); // Account > Open account
        QCOMPARE(window.currentPage(), pageids::account);
        QCOMPARE(window.currentAccountId(), current);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentPage(), pageids::accounts);
        QCOMPARE(list->currentAccountId(), current);
        QCOMPARE(list->selectedAccountIds(), selected);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }

    void preferencesChooseTheLanguage()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        setPreferredLanguage(QStringLiteral("system"));
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTimer::singleShot(0, &window, [] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox* language = dialog->languageCombo();
            QTest::keyClick(language, Qt::Key_End); // 日本語, the last
            QCOMPARE(language->currentData().toString(), QStringLiteral("ja"));
            QTest::keyClick(language, Qt::Key_Return);
        });
        window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        QCOMPARE(preferredLanguage(), QStringLiteral("ja"));
        QVERIFY(window.notice()->message().contains(QStringLiteral("next time")));
        setPreferredLanguage(QStringLiteral("system"));
    }

    void aBookOpenElsewhereCanBeOpenedReadOnly()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        const QString path = book.workspace->bookPath(); // held by the first workspace
        FixedClock clock(test::kToday);
        BookWorkspace second(clock);
        second.setLoadInBackground(false);
        MainWindow window(second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString said;
        QTimer::singleShot(0, &window, [&said] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            said = box->text();
            auto* readOnly = box->findChild<QPushButton*>(QStringLiteral("openReadOnlyButton"));
            QVERIFY(readOnly);
            QTest::mouseClick(readOnly, Qt::LeftButton);
        });
        QVERIFY(window.openBookFile(path));
        QVERIFY2(said.contains(QStringLiteral("already open")), qPrintable(said));
        QVERIFY(second.isReadOnly());
        QTRY_COMPARE(second.accountCount(), 2);
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    }

    void theAccountHeaderNeverClips_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QSize>("size");
        for (const QSize& size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
            const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(name + QStringLiteral("/en"))) << false << size;
            QTest::newRow(qPrintable(name + QStringLiteral("/ja"))) << true << size;
        }
    }
    void theAccountHeaderNeverClips()
    {
        QFETCH(bool, japanese);
        QFETCH(QSize, size);
        std::optional<test::JapaneseUi> ja;
        if (japanese)
            ja.emplace();
        test::SmallBook book;
        QVERIFY(book.create());
        Account a = book.workspace->book()->accounts().get(book.globex).value();
        a.name =
            QStringLiteral("Globex International Holdings and Consolidated Industrial Services Corporation");
        a.plan = QStringLiteral("Enterprise Plus with Premium Success and 24x7 Support");
        a.industry = QStringLiteral("Manufacturing, logistics and industrial automation");
        a.touchModelOverride = TouchModel::High;
        a.touchModelOverrideReason = QStringLiteral(
            "Strategic logo for the region, reference customer and part of the executive programme");
        QVERIFY(book.workspace->book()->accounts().save(a));
        MainWindow window(*book.workspace);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAccount(book.globex);
        QTest::qWait(50);
        auto* page = window.page<AccountPage>(pageids::account);
        const QStringList clipped = test::clippedTexts(page);
        test::maybeGrab(&window, QStringLiteral("account-header-%1x%2-%3")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(japanese ? QStringLiteral("ja") : QStringLiteral("en")));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("accountSubtitle"))->toolTip().isEmpty());
    }

    void todaysLinesAreAsTallAsTheListsRows()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(pageids::today);
        auto* today = window.page<TodayPage>(pageids::today);
        QTRY_COMPARE(today->model()->list().silent.size(), 2);
        const int line = today->model()->rowForKey(TodayModel::LineKind::Silent, book.globex);
        const int listRow =
            window.page<AccountsPage>(pageids::accounts)->view()->verticalHeader()->defaultSectionSize();
        QCOMPARE(today->view()->visualRect(today->model()->index(line, 0)).height(), listRow);
    }

    void theListScrollsSidewaysOnlyWhenItsColumnsDoNotFit()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* view = window.page<AccountsPage>(pageids::accounts)->view();
        QTest::qWait(50);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        const QHeaderView* header = view->horizontalHeader();
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (c != AccountsModel::NameColumn)
                others += header->sectionSize(c);
        QCOMPARE(header->sectionSize(AccountsModel::NameColumn) + others,
                 view->viewport()->width()); // the slack
        QVERIFY(header->sectionSize(AccountsModel::StageColumn) >=
                header->sectionSizeHint(AccountsModel::StageColumn));
    }

    void aDemoBookIsMadeAndOpened()
    {
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        const QString path = book.dir.filePath(QStringLiteral("demo.sqlite"));
        window.setDemoBookMaker([&book](QWidget*, const QString& at) {
            return Book::open(at, Book::OpenMode::CreateIfMissing, book.clock).ok();
        });
        QVERIFY(window.createDemoBookFile(path));
        QCOMPARE(book.workspace->bookPath(), QFileInfo(path).absoluteFilePath());
    }

    void aNewBookWithoutAnExtensionGetsSqlite()
    {
        QCOMPARE(MainWindow::withBookSuffix(QStringLiteral("/home/u/My book")),
                 QStringLiteral("/home/u/My book.sqlite"));
        QCOMPARE(MainWindow::withBookSuffix(QStringLiteral("/home/u/team.db")),
                 QStringLiteral("/home/u/team.db"));
        QCOMPARE(MainWindow::withBookSuffix(QStringLiteral("/home/u/book.sqlite")),
                 QStringLiteral("/home/u/book.sqlite"));
    }

    void theWindowOpensAtASizeThatUsesTheScreen()
    {
        test::isolateSettings();
        QSettings().remove(QStringLiteral("mainWindow/geometry"));
        test::SmallBook book;
        QVERIFY(book.create());
        MainWindow window(*book.workspace);
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(window.width() >= std::min(screen.width() * 8 / 10, 1600),
                 qPrintable(QStringLiteral("%1 of %2").arg(window.width()).arg(screen.width())));
        QVERIFY(window.height() >= std::min(screen.height() * 8 / 10, 1000));
        QVERIFY(window.width() <= screen.width() && window.height() <= screen.height());
        // and the size the user gave it next time
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QTRY_COMPARE(window.size(), QSize(900, 640));
        window.close();
        MainWindow again(*book.workspace);
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
