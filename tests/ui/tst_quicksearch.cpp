// Ctrl+K with the workspace reading in the background, as in the app: contacts and touches arrive from the
// reader thread after the accounts, a newer keystroke's answer wins over an older one, the keyboard keeps
// working while a search runs, and Enter typed before anything could be selected opens the first hit.

#include "TestWorkspace.h"
#include "item/SearchModel.h"
#include "ui/accounts/AccountPage.h"
#include "ui/main/MainWindow.h"
#include "ui/search/QuickSearchPopup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace csm;

namespace {

void activate(QWidget& window)
{
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
}

QStringList titles(const SearchModel* model, SearchHit::Kind kind)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (model->isHit(r) && SearchHit::Kind(i.data(int(SearchModel::Role::Kind)).toInt()) == kind)
            out << i.data(Qt::ToolTipRole).toString();
    }
    return out;
}

// Puts the text in and starts its search now rather than after the debounce, then waits for the answer.
void search(QuickSearchPopup* popup, const QString& text)
{
    popup->queryEdit()->setText(text); // QTest::keyClicks types ASCII only
    popup->runSearch();
    QTRY_VERIFY(!popup->isSearching());
}

} // namespace

class TestQuickSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SmallBook> m_book;
    std::unique_ptr<MainWindow> m_window;
    QuickSearchPopup* m_popup = nullptr;

    // Touches on Globex for the search to find: one in English, one in Japanese with a next step.
    static bool addTouches(test::SmallBook& book)
    {
        Book* b = book.workspace->book();
        Touch t;
        t.accountId = book.globex;
        t.occurredOn = test::kToday.addDays(-3);
        t.kind = TouchKind::Meeting;
        t.summary = QStringLiteral("Kickoff with the data team");
        if (!b->touches().save(t))
            return false;
        t.occurredOn = test::kToday.addDays(-1);
        t.kind = TouchKind::Call;
        t.summary = QStringLiteral("解約の可能性について相談");
        t.nextStep = QStringLiteral("更新条件を提示");
        return bool(b->touches().save(t));
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    // The main window on a small book read in the background (as in the app), its quick search open.
    void init()
    {
        m_book = std::make_unique<test::SmallBook>();
        QVERIFY(m_book->create(true));
        QVERIFY(addTouches(*m_book));
        QTRY_VERIFY(!m_book->workspace->isLoading() && m_book->workspace->accountCount() == 2);
        m_window = std::make_unique<MainWindow>(*m_book->workspace);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate(*m_window);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY((m_popup = m_window->findChild<QuickSearchPopup*>()) && m_popup->isVisible());
    }

    void cleanup()
    {
        m_popup = nullptr;
        m_window.reset();
        m_book.reset();
    }

    void contactsAndTouchesArriveFromTheReaderThread()
    {
        QAbstractItemModelTester tester(m_popup->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Three characters or more: the trigram index.
        search(m_popup, QStringLiteral("kickoff"));
        QCOMPARE(m_popup->model()->hitCount(), 1);
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Touch),
                 QStringList{QStringLiteral("Kickoff with the data team")});
        QCOMPARE(m_popup->model()->index(1).data(int(SearchModel::Role::Detail)).toString().left(18),
                 QStringLiteral("Globex Corporation"));

        // Two Japanese characters: the scan; the next step is searched too.
        search(m_popup, QStringLiteral("解約"));
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Touch),
                 QStringList{QStringLiteral("解約の可能性について相談")});
        search(m_popup, QStringLiteral("更新条件"));
        QCOMPARE(m_popup->model()->hitCount(), 1);
        QVERIFY(m_popup->model()
                    ->index(1)
                    .data(int(SearchModel::Role::Detail))
                    .toString()
                    .endsWith(QuickSearchPopup::tr("Next step: %1").arg(QStringLiteral("更新条件を提示"))));
        test::maybeGrab(m_popup, QStringLiteral("quick-search-touch"));

        // FTS5 syntax is text: no error, nothing found.
        for (const QString& text : {QStringLiteral("\""), QStringLiteral("AND"), QStringLiteral("*"),
                                    QStringLiteral("NEAR(a b)")}) {
            search(m_popup, text);
            QCOMPARE(m_popup->model()->hitCount(), 0);
            QVERIFY2(m_popup->statusLabel()->text().contains(text),
                     qPrintable(m_popup->statusLabel()->text()));
        }
        test::maybeGrab(m_popup, QStringLiteral("quick-search-nothing"));

        // Typed: accounts and contacts together after the debounce, Up/Down across the groups, Enter opens.
        m_popup->queryEdit()->clear();
        QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("globex"));
        QTRY_VERIFY(!m_popup->isSearching() && m_popup->model()->hitCount() == 2);
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Account),
                 QStringList{QStringLiteral("Globex Corporation")});
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Contact).size(), 1); // hanako@globex.example
        QCOMPARE(m_popup->resultsView()->currentIndex().row(), 1);
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Down);
        QCOMPARE(m_popup->resultsView()->currentIndex().row(), 3); // over the Contacts heading
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Up);
        QCOMPARE(m_popup->resultsView()->currentIndex().row(), 1);
        QSignalSpy chosen(m_popup, &QuickSearchPopup::accountChosen);
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), m_book->globex);
        QCOMPARE(chosen.first().at(1).toBool(), false);
        QTRY_VERIFY(!m_popup->isVisible());
    }

    void aNewerKeystrokeWinsOverAnOlderAnswer()
    {
        // Two searches posted back to back (no event loop in between): the first one's answer, if it comes
        // at all, must not replace the second one's.
        m_popup->queryEdit()->setText(QStringLiteral("kickoff"));
        m_popup->runSearch();
        QVERIFY(m_popup->isSearching());
        m_popup->queryEdit()->setText(QStringLiteral("可能性"));
        m_popup->runSearch();
        QTRY_VERIFY(!m_popup->isSearching());
        const QStringList latest{QStringLiteral("解約の可能性について相談")};
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Touch), latest);
        QVERIFY(test::flushReads(*m_book->workspace)); // nothing older arrives later
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Touch), latest);
    }

    void enterBeforeTheAnswerOpensTheFirstHitWhenItArrives()
    {
        QSignalSpy chosen(m_popup, &QuickSearchPopup::accountChosen);
        // No account matches "data team", so nothing is selected until the touch arrives.
        QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("data team"));
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Return); // within the debounce
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), m_book->globex);
        QCOMPARE(chosen.first().at(1).toBool(), true); // a touch: the timeline
        QTRY_VERIFY(!m_popup->isVisible());
        QTRY_COMPARE(m_window->currentPage(), pageids::account);
    }

    // While the reader thread is busy (a long read on a big book), the popup says it is searching, accounts
    // are there at once and the keyboard works on them.
    void accountsAndTheKeyboardDoNotWaitForABusyReader()
    {
        // A job that holds the reader thread until released (also when the test fails half way).
        const auto release = std::make_shared<std::atomic_bool>(false);
        const std::unique_ptr<void, std::function<void(void*)>> releaseAtExit(
            this, [release](void*) { release->store(true); });
        m_book->workspace->read<int>(
            m_window.get(),
            [release](Book&) -> Result<int> {
                while (!release->load())
                    QThread::msleep(5);
                return 0;
            },
            [](Result<int>) {});

        m_popup->queryEdit()->setText(QStringLiteral("globex"));
        m_popup->runSearch();
        QVERIFY(m_popup->isSearching());
        QCOMPARE(titles(m_popup->model(), SearchHit::Kind::Account),
                 QStringList{QStringLiteral("Globex Corporation")});
        QCOMPARE(m_popup->resultsView()->currentIndex().row(), 1);
        QTRY_COMPARE(m_popup->statusLabel()->text(), QuickSearchPopup::tr("Searching contacts and touches…"));
        test::maybeGrab(m_popup, QStringLiteral("quick-search-searching"));

        // Enter opens the selected account now; the answer that comes later is dropped.
        QSignalSpy chosen(m_popup, &QuickSearchPopup::accountChosen);
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), m_book->globex);
        QVERIFY(!m_popup->isVisible());
        QVERIFY(!m_popup->isSearching());
        release->store(true);
        QVERIFY(test::flushReads(*m_book->workspace)); // the search's answer came, and was dropped
        QCOMPARE(m_popup->model()->hitCount(), 1);
    }

    void anAccountFoundIsOpenedByEnterAndAContactByItsEmail()
    {
        QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("initech"));
        QTRY_COMPARE(m_popup->model()->hitCount(), 1);
        test::maybeGrab(m_popup, QStringLiteral("search"));
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(!m_popup->isVisible());
        QCOMPARE(m_window->currentPage(), pageids::account);
        QCOMPARE(m_window->page<AccountPage>(pageids::account)->accountId(), m_book->initech);

        // Contacts are found by email, and Esc closes.
        activate(*m_window);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(m_popup->isVisible());
        m_popup->queryEdit()->clear();
        QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("hanako@"));
        QTRY_COMPARE(m_popup->model()->index(1).data(int(SearchModel::Role::Kind)).toInt(),
                     int(SearchHit::Kind::Contact));
        QCOMPARE(m_popup->model()->hitCount(), 1);
        QCOMPARE(m_popup->model()->index(1).data(int(SearchModel::Role::AccountId)).toString(),
                 m_book->globex);
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!m_popup->isVisible());
    }
};

QTEST_MAIN(TestQuickSearch)
#include "tst_quicksearch.moc"
