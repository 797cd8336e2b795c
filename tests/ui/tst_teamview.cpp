// The team view window (issue 16 item 3): two books and a damaged file in a folder, read-only as one
// portfolio with an owner filter; the shared account counted once and reported; the damaged file skipped with
// a message.

#include "TestWorkspace.h"
#include "storage/Repositories.h"
#include "ui/portfolio/PortfolioFiguresTable.h"
#include "ui/portfolio/TeamViewWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

using namespace csm;

namespace {

const QString kShared = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");

void addAccount(Book& book, const QString& id, const QString& name, const QString& owner, MinorUnits arr)
{
    Account a;
    a.id = id;
    a.name = name;
    a.owner = owner;
    QVERIFY(book.accounts().save(a));
    ArrEvent e;
    e.accountId = id;
    e.effectiveOn = QDate(2025, 1, 1);
    e.kind = ArrEventKind::New;
    e.arrAfter = arr;
    QVERIFY(book.arrEvents().save(e));
}

} // namespace

class TestTeamView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void twoBooksAsOnePortfolio()
    {
        QTemporaryDir dir;
        {
            FixedClock early(QDate(2026, 6, 1));
            auto a = Book::open(dir.filePath(QStringLiteral("aoki.sqlite")), Book::OpenMode::CreateIfMissing,
                                early);
            QVERIFY(a);
            addAccount(*a.value(), QStringLiteral("0190a000-0000-7000-8000-000000000001"),
                       QStringLiteral("Alpha"), QStringLiteral("Aoki"), 12'000'000);
            addAccount(*a.value(), kShared, QStringLiteral("Shared KK"), QStringLiteral("Aoki"), 2'000'000);
        }
        {
            FixedClock later(QDate(2026, 6, 20));
            auto b = Book::open(dir.filePath(QStringLiteral("sato.sqlite")), Book::OpenMode::CreateIfMissing,
                                later);
            QVERIFY(b);
            addAccount(*b.value(), QStringLiteral("0190a000-0000-7000-8000-000000000002"),
                       QStringLiteral("Beta"), QStringLiteral("Sato"), 500'000);
            addAccount(*b.value(), kShared, QStringLiteral("Shared KK"), QStringLiteral("Sato"), 3'000'000);
        }
        QFile bad(dir.filePath(QStringLiteral("zz-broken.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a book");
        bad.close();

        FixedClock clock(test::kToday);
        BookWorkspace workspace(clock);
        auto* window = new TeamViewWindow(workspace, {dir.path()});
        window->show();
        QSignalSpy ready(window, &TeamViewWindow::ready);
        QVERIFY(ready.wait(20000));
        QVERIFY(window->windowTitle().contains(QLatin1String("Team view")));
        QVERIFY(window->windowTitle().contains(QLatin1String("read-only")));
        QCOMPARE(window->team().books.size(), 2);
        QCOMPARE(window->team().skipped.size(), 1);
        // Three accounts, the shared one once with Sato's newer copy (3,000,000: low touch).
        const PortfolioView& view = window->view();
        QCOMPARE(view.summary[Segment::All].accounts, 3);
        QCOMPARE(view.summary[Segment::All].arr.minor(), MinorUnits(15'500'000));
        QCOMPARE(view.summary[Segment::Low].accounts, 1);
        const QString books = window->booksLabel()->text();
        QVERIFY2(books.contains(QLatin1String("found in more than one book")), qPrintable(books));
        QVERIFY2(books.contains(QLatin1String("zz-broken.sqlite")), qPrintable(books));
        test::maybeGrab(window, QStringLiteral("team-view"));

        // Nothing edits: the account list and the figures are read-only.
        QCOMPARE(window->accountList()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(window->figures()->editTriggers(), QAbstractItemView::NoEditTriggers);

        // A figure lists its accounts, with owner and book.
        const int accountsRow = PortfolioFiguresTable::rowOf(PortfolioMeasure::Accounts);
        emit window->figures()->cellActivated(accountsRow, 1); // low touch
        QCOMPARE(window->accountList()->rowCount(), 1);
        QCOMPARE(window->accountList()->item(0, 0)->text(), QStringLiteral("Shared KK"));
        QCOMPARE(window->accountList()->item(0, 1)->text(), QStringLiteral("Sato"));
        QCOMPARE(window->accountList()->item(0, 2)->text(), QStringLiteral("sato"));

        // The owner filter: Aoki keeps only Alpha.
        QComboBox* owner = window->ownerFilter();
        QCOMPARE(owner->count(), 3); // every owner, Aoki, Sato
        owner->setCurrentIndex(owner->findData(QStringLiteral("Aoki")));
        emit owner->activated(owner->currentIndex());
        QVERIFY(ready.wait(20000));
        QCOMPARE(window->view().summary[Segment::All].accounts, 1);
        QCOMPARE(window->view().summary[Segment::High].arr.minor(), MinorUnits(12'000'000));
        window->close();
    }
};

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
