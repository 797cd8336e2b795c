// The Renewals view (issue 14) driven as a user would: the list in notice-deadline order, the ARR at risk,
// the filters, a forecast changed in place with the keyboard (and undone), and a chart part that shows the
// renewals behind it.

#include "TestWorkspace.h"
#include "item/RenewalsModel.h"
#include "storage/RenewalReads.h"
#include "storage/RenewalWrites.h"
#include "ui/charts/RenewalForecastChart.h"
#include "ui/renewals/RecordOutcomeDialog.h"
#include "ui/renewals/RenewalsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace csm;
using namespace csm::test;

class RenewalsPageTest : public QObject
{
    Q_OBJECT

    SmallBook m_book;
    std::unique_ptr<RenewalsPage> m_page;
    Id m_initechContract;

    Book& book() { return *m_book.workspace->book(); }

    void arr(const Id& account, QDate on, MinorUnits value)
    {
        ArrEvent e;
        e.accountId = account;
        e.effectiveOn = on;
        e.kind = ArrEventKind::New;
        e.arrAfter = value;
        QVERIFY(book().arrEvents().save(e));
    }

    QString cell(int row, int column) { return m_page->model()->index(row, column).data().toString(); }

    // The forecast recorded for an account's renewal on a date, as the book's reads give it.
    std::optional<RenewalForecast> recordedForecast(const Id& account, QDate renewal)
    {
        auto contracts = readRenewalContracts(book(), m_book.clock.today());
        if (!contracts) {
            QTest::qFail(qPrintable(contracts.error().toString()), __FILE__, __LINE__);
            return std::nullopt;
        }
        for (const RenewalContract& c : std::as_const(*contracts)) {
            if (c.accountId != account)
                continue;
            if (const auto recorded = c.forecastFor(renewal))
                return recorded->forecast;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_book.create());
        // Globex renews 2026-09-01, notice by 2026-07-03 (SmallBook); Initech renews 2026-08-01 with 30 days'
        // notice: 2026-07-02, one day earlier, forecast at risk.
        arr(m_book.globex, QDate(2025, 9, 1), 12'000'000);
        arr(m_book.initech, QDate(2025, 8, 1), 2'000'000);
        Contract k;
        k.accountId = m_book.initech;
        k.startDate = QDate(2025, 8, 1);
        k.termMonths = 12;
        k.noticeDays = 30;
        auto saved = book().contracts().save(k);
        QVERIFY(saved);
        m_initechContract = saved->id;
        Renewal r;
        r.accountId = m_book.initech;
        r.renewalDate = QDate(2026, 8, 1);
        r.forecast = RenewalForecast::AtRisk;
        QVERIFY(book().renewals().save(r));

        m_page = std::make_unique<RenewalsPage>(*m_book.workspace);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(!m_page->isLoadingList());
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        maybeGrab(m_page.get(), QStringLiteral("renewals-page"));
    }

    void listIsOrderedByNoticeDeadline()
    {
        QCOMPARE(cell(0, RenewalsModel::AccountColumn), QStringLiteral("Initech"));
        QCOMPARE(cell(1, RenewalsModel::AccountColumn), QStringLiteral("Globex Corporation"));
        QCOMPARE(m_page->model()->renewalAt(0).point.noticeDeadline, QDate(2026, 7, 2));
        QCOMPARE(m_page->model()->renewalAt(1).point.noticeDeadline, QDate(2026, 7, 3));
        QCOMPARE(m_page->model()->renewalAt(1).countdown.daysToNotice, 3);
        QCOMPARE(m_page->model()->renewalAt(0).countdown.stage, RenewalStage::T30);
        QCOMPARE(cell(0, RenewalsModel::ForecastColumn),
                 RenewalsModel::forecastName(RenewalForecast::AtRisk));
        QCOMPARE(cell(1, RenewalsModel::ForecastColumn), RenewalsModel::forecastName(std::nullopt));
        // Initech is forecast at risk and renews in 32 days: the ARR at risk within 90 and 180 days.
        QVERIFY2(m_page->riskLabel()->text().contains(QStringLiteral("¥2,000,000")),
                 qPrintable(m_page->riskLabel()->text()));
        QVERIFY(!m_page->riskLabel()->text().contains(QStringLiteral("¥12,000,000")));
    }

    void filtersKeepWhatTheySay()
    {
        auto* forecast = m_page->findChild<QComboBox*>(QStringLiteral("forecastFilter"));
        QVERIFY(forecast);
        forecast->setCurrentIndex(forecast->findData(int(RenewalForecast::AtRisk)));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(0, RenewalsModel::AccountColumn), QStringLiteral("Initech"));
        forecast->setCurrentIndex(forecast->findData(RenewalMonth::kParts - 1)); // not forecast yet
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(0, RenewalsModel::AccountColumn), QStringLiteral("Globex Corporation"));
        forecast->setCurrentIndex(0);
        auto* owner = m_page->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
        QVERIFY(owner);
        owner->setCurrentIndex(owner->findData(QStringLiteral("Sato")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(0, RenewalsModel::AccountColumn), QStringLiteral("Globex Corporation"));
        owner->setCurrentIndex(0);
        auto* stage = m_page->findChild<QComboBox*>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(int(RenewalStage::T60)));
        QCOMPARE(m_page->model()->rowCount(), 0);
        stage->setCurrentIndex(0);
        QCOMPARE(m_page->model()->rowCount(), 2);
    }

    void forecastChangesInPlaceAndUndoes()
    {
        QTableView* view = m_page->view();
        view->setFocus();
        view->setCurrentIndex(m_page->model()->index(1, RenewalsModel::ForecastColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QComboBox*>();
        QTRY_VERIFY(editor && editor->isVisible());
        QCOMPARE(editor->currentText(), RenewalsModel::forecastName(RenewalForecast::Likely));
        QTest::keyClick(editor, Qt::Key_Up); // Likely -> Commit, chosen at once
        QTRY_COMPARE(cell(1, RenewalsModel::ForecastColumn),
                     RenewalsModel::forecastName(RenewalForecast::Commit));
        QCOMPARE(recordedForecast(m_book.globex, QDate(2026, 9, 1)), RenewalForecast::Commit);

        m_book.workspace->undoStack()->undo();
        QCOMPARE(recordedForecast(m_book.globex, QDate(2026, 9, 1)), std::nullopt); // not forecast yet again
        QTRY_COMPARE(cell(1, RenewalsModel::ForecastColumn), RenewalsModel::forecastName(std::nullopt));
        m_book.workspace->undoStack()->redo();
        QTRY_COMPARE(cell(1, RenewalsModel::ForecastColumn),
                     RenewalsModel::forecastName(RenewalForecast::Commit));
        QCOMPARE(recordedForecast(m_book.globex, QDate(2026, 9, 1)), RenewalForecast::Commit);
    }

    void aChartPartShowsTheRenewalsBehindIt()
    {
        // What a click on the August bar's at-risk part hands on (tst_chartrenewals clicks the bars).
        emit m_page->chart()->renewalsClicked(QDate(2026, 8, 1), RenewalForecast::AtRisk,
                                              {m_initechContract});
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(0, RenewalsModel::AccountColumn), QStringLiteral("Initech"));
        m_page->clearChartFilter();
        QCOMPARE(m_page->model()->rowCount(), 2);
    }

    // An expansion recorded through the dialog (keys only) writes the ARR event; undo takes it back.
    void recordingAnOutcomeWritesTheArrAndUndoes()
    {
        m_page->view()->setCurrentIndex(m_page->model()->index(1, RenewalsModel::AccountColumn)); // Globex
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<RecordOutcomeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* outcome = dialog->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
            outcome->setFocus();
            QTest::keyClick(outcome, Qt::Key_Down); // Renewed -> Expanded
            auto* arr = dialog->findChild<QLineEdit*>(QStringLiteral("newArrEdit"));
            arr->setFocus();
            arr->selectAll();
            QTest::keyClicks(arr, QStringLiteral("15000000"));
            QTest::keyClick(arr, Qt::Key_Return);
        });
        m_page->recordOutcome();
        // account.arr follows the latest event, also one dated ahead (docs/schema.md).
        QTRY_COMPARE(book().accounts().get(m_book.globex)->arr, MinorUnits(15'000'000));
        auto events = book().arrEvents().forAccount(m_book.globex);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->last().kind, ArrEventKind::Expansion);
        QCOMPARE(events->last().effectiveOn, QDate(2026, 9, 1));
        QCOMPARE(events->last().arrAfter, MinorUnits(15'000'000));
        auto state = readOutcomeState(book(), m_book.globex, QDate(2026, 9, 1));
        QCOMPARE(state->outcome, RenewalOutcome::Expanded);

        m_book.workspace->undoStack()->undo();
        QCOMPARE(book().arrEvents().forAccount(m_book.globex)->size(), 1);
        QCOMPARE(readOutcomeState(book(), m_book.globex, QDate(2026, 9, 1))->outcome,
                 RenewalOutcome::Pending);
        m_book.workspace->undoStack()->redo();
        QCOMPARE(book().arrEvents().forAccount(m_book.globex)->size(), 2);
    }

    void enterOpensTheAccount()
    {
        QSignalSpy opened(m_page.get(), &RenewalsPage::openAccountRequested);
        m_page->view()->setFocus();
        m_page->view()->setCurrentIndex(m_page->model()->index(0, RenewalsModel::AccountColumn));
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), m_book.initech);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(RenewalsPageTest)
#include "tst_renewalspage.moc"
