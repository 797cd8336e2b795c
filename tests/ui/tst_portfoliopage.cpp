// The Portfolio page on the real main window over a generated book: computed off the GUI thread, the figures
// table and the charts fed from the same view, and a click on a bar, a figure or a point opening the accounts
// list limited to exactly the accounts it counted, saying so, with the way back.

#include "TestWorkspace.h"
#include "io/Generator.h"
#include "item/AccountsFilterProxy.h"
#include "item/AccountsModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/SegmentArrChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"
#include "ui/main/PageStack.h"
#include "ui/portfolio/PortfolioFiguresTable.h"
#include "ui/portfolio/PortfolioPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace csm;

namespace {

QSet<Id> shownIds(AccountsPage* list)
{
    QSet<Id> ids;
    for (int r = 0; r < list->proxy()->rowCount(); ++r)
        ids.insert(list->proxy()->idAt(r));
    return ids;
}

QSet<Id> asSet(const QList<Id>& ids)
{
    return QSet<Id>(ids.begin(), ids.end());
}

} // namespace

class TestPortfolioPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{test::kToday};
    std::unique_ptr<BookWorkspace> m_workspace;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        auto book = Book::open(m_dir.filePath(QStringLiteral("demo.sqlite")), Book::OpenMode::CreateIfMissing,
                               m_clock);
        QVERIFY(book);
        GeneratorOptions options;
        options.accounts = 150;
        options.seed = 5;
        options.asOf = test::kToday;
        QVERIFY(generateBook(*book.value(), options));
        m_workspace = std::make_unique<BookWorkspace>(m_clock);
        m_workspace->setLoadInBackground(true);
        m_workspace->adoptBook(std::move(book.value()));
    }

    void chartsAndFiguresDrillDownToExactlyTheirAccounts()
    {
        MainWindow window(*m_workspace);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = window.page<AccountsPage>(pageids::accounts);
        QVERIFY(list);
        QTRY_VERIFY(m_workspace->accountsModel()->rowCount() > 0);
        window.showPage(pageids::portfolio);
        auto* page = window.page<PortfolioPage>(pageids::portfolio);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasView(), 20000);
        const PortfolioView& view = page->view();
        const SegmentFigures& all = view.summary[Segment::All];
        QVERIFY(all.accounts > 100);
        QVERIFY(all.red > 0);
        // The trend: the Mondays standing for July 2025 .. May 2026 (31 July 2025 is a Thursday: the 28th;
        // 31 May 2026 a Sunday: the 25th), then the day; the generator back-filled every Monday, so every
        // point has scores, and the chart draws each segment's twelve means, a month apart.
        QCOMPARE(view.trend.size(), 12);
        QCOMPARE(view.trend.first().day, QDate(2025, 7, 28));
        QCOMPARE(view.trend[10].day, QDate(2026, 5, 25));
        QCOMPARE(view.trend.last().day, test::kToday);
        for (const PortfolioHealthPoint& p : view.trend)
            QVERIFY(p.scored[std::size_t(Segment::All)] > 0);
        QCOMPARE(view.trend.last().scored[std::size_t(Segment::All)], all.accounts - all.noData);
        for (int s = 0; s < 3; ++s) {
            const QCPGraph* graph = page->trendChart()->trendGraph(s);
            QCOMPARE(graph->data()->size(), 12);
            for (int i = 0; i < 12; ++i) {
                const std::optional<double> mean = view.trend[i].mean[std::size_t(kSegments[std::size_t(s)])];
                const double drawn = (graph->data()->constBegin() + i)->value;
                QVERIFY(mean ? drawn == *mean : std::isnan(drawn));
            }
        }
        test::maybeGrab(&window, QStringLiteral("portfolio-page"));

        // The table shows the view's figures.
        PortfolioFiguresTable* table = page->figures();
        const int accountsRow = PortfolioFiguresTable::rowOf(PortfolioMeasure::Accounts);
        QCOMPARE(table->item(accountsRow, 3)->text(), QLocale().toString(all.accounts));
        QCOMPARE(table->item(PortfolioFiguresTable::rowOf(PortfolioMeasure::Red), 0)->text(),
                 QLocale().toString(view.summary[Segment::High].red));

        // A click on the red part of the first segment that has red accounts: the list shows exactly those.
        HealthMixChart* mix = page->mixChart();
        const int red = HealthMixChart::slot(HealthBand::Red);
        int segment = 0;
        while (segment < 2 && view.summary[kSegments[std::size_t(segment)]].red == 0)
            ++segment;
        const int expected = view.summary[kSegments[std::size_t(segment)]].red;
        QVERIFY(expected > 0);
        const StackedBarChart::Part& part = mix->part(segment, red);
        QCOMPARE(part.count, expected);
        QSignalSpy drilled(page, &PortfolioPage::drillDown);
        QTest::mouseClick(mix, Qt::LeftButton, Qt::NoModifier, mix->partCentre(segment, red).toPoint());
        QCOMPARE(drilled.size(), 1);
        QCOMPARE(window.pages()->currentId(), pageids::accounts);
        QTRY_COMPARE(list->proxy()->rowCount(), expected);
        QCOMPARE(shownIds(list), asSet(part.ids));
        QCOMPARE(shownIds(list), asSet(accountsBehind(view.accounts, kSegments[std::size_t(segment)],
                                                      PortfolioMeasure::Red, view.context)));
        QVERIFY(list->showsOnlySome());
        QVERIFY(list->drillDownLabel()->isVisible());
        QVERIFY2(list->drillDownLabel()->text().contains(QLatin1String(" touch: Red")),
                 qPrintable(list->drillDownLabel()->text()));
        test::maybeGrab(&window, QStringLiteral("portfolio-drilldown"));

        // Back to the portfolio with the bar's button.
        auto* back = list->findChild<QPushButton*>(QStringLiteral("drillDownBack"));
        QVERIFY(back);
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(window.pages()->currentId(), pageids::portfolio);

        // A figure of the table: the renewals of the whole book in 90 days.
        const int renewalsRow = PortfolioFiguresTable::rowOf(PortfolioMeasure::Renewal90);
        table->setCurrentCell(renewalsRow, 3);
        emit table->cellActivated(renewalsRow, 3);
        QTRY_COMPARE(list->proxy()->rowCount(), all.renewals90);
        QCOMPARE(shownIds(list), asSet(accountsBehind(view.accounts, Segment::All,
                                                      PortfolioMeasure::Renewal90, view.context)));

        // "Show all accounts" lifts the limit.
        auto* every = list->findChild<QPushButton*>(QStringLiteral("drillDownAll"));
        QTest::mouseClick(every, Qt::LeftButton);
        QVERIFY(!list->showsOnlySome());
        QVERIFY(!list->drillDownLabel()->isVisible());
        QCOMPARE(list->proxy()->rowCount(), m_workspace->accountsModel()->rowCount());
    }

    void renewalsAndArrBarsHandOnTheirAccounts()
    {
        PortfolioPage page(*m_workspace);
        page.resize(1200, 1600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.hasView(), 20000);
        const PortfolioView& view = page.view();
        QSignalSpy drilled(&page, &PortfolioPage::drillDown);
        // ARR: the low-touch bar is every active low-touch account.
        SegmentArrChart* arr = page.arrChart();
        QTest::mouseClick(arr, Qt::LeftButton, Qt::NoModifier, arr->partCentre(1, 0).toPoint());
        QCOMPARE(drilled.size(), 1);
        QCOMPARE(
            asSet(drilled.at(0).at(0).value<QList<Id>>()),
            asSet(accountsBehind(view.accounts, Segment::Low, PortfolioMeasure::Accounts, view.context)));
        // Renewals: the first month with a tech-touch renewal.
        RenewalsBySegmentChart* renewals = page.renewalsChart();
        int month = -1;
        for (int m = 0; m < view.renewalMonths.size() && month < 0; ++m)
            if (view.renewalMonths[m].count[std::size_t(TouchModel::Tech)] > 0)
                month = m;
        QVERIFY(month >= 0);
        QTest::mouseClick(renewals, Qt::LeftButton, Qt::NoModifier,
                          renewals->partCentre(month, int(TouchModel::Tech)).toPoint());
        QCOMPARE(drilled.size(), 2);
        QCOMPARE(drilled.at(1).at(0).value<QList<Id>>(),
                 view.renewalMonths[month].ids[std::size_t(TouchModel::Tech)]);
    }
};

QTEST_MAIN(TestPortfolioPage)
#include "tst_portfoliopage.moc"
