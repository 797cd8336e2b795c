// The Reports view's KPI targets (issue 14, item 4), driven as a user would: a target typed for GRR of the
// fiscal year shown, the view showing the KPI against it, a value that is not one refused, and Undo.

#include "TestWorkspace.h"
#include "storage/RenewalReads.h"
#include "ui/reports/KpiTargetDialog.h"
#include "ui/reports/ReportsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace csm;
using namespace csm::test;

class ReportsPageTest : public QObject
{
    Q_OBJECT

    SmallBook m_book;
    std::unique_ptr<ReportsPage> m_page;

    Book& book() { return *m_book.workspace->book(); }
    QTreeWidgetItem* kpiRow(Kpi kpi)
    {
        QTreeWidget* table = m_page->kpiTable();
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            if (table->topLevelItem(i)->data(0, Qt::UserRole + 1).toInt() == int(kpi))
                return table->topLevelItem(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_book.create());
        // Globex: ¥12,000,000 from 2025-01-01, ¥10,800,000 from 2025-10-01. FY2025 (April 2025 to March
        // 2026, a JPY book): S = 12.0 M, E = 10.8 M, GRR = NRR = 90 %.
        for (const auto& [day, arr] : {std::pair{QDate(2025, 1, 1), MinorUnits(12'000'000)},
                                       std::pair{QDate(2025, 10, 1), MinorUnits(10'800'000)}}) {
            ArrEvent e;
            e.accountId = m_book.globex;
            e.effectiveOn = day;
            e.kind = arr == 12'000'000 ? ArrEventKind::New : ArrEventKind::Contraction;
            e.arrAfter = arr;
            QVERIFY(book().arrEvents().save(e));
        }
        m_page = std::make_unique<ReportsPage>(*m_book.workspace);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(!m_page->isLoading());
        QTRY_COMPARE(m_page->kpiTable()->topLevelItemCount(), 11);
        QCOMPARE(m_page->periodBox()->currentData().toString(), QStringLiteral("FY2025"));
    }

    void aTargetIsTypedShownAgainstTheKpiAndUndone()
    {
        QTreeWidgetItem* grr = kpiRow(Kpi::Grr);
        QVERIFY(grr);
        QCOMPARE(grr->text(1), QStringLiteral("90.0 %"));
        QCOMPARE(grr->text(2), QStringLiteral("none"));
        m_page->kpiTable()->setCurrentItem(grr);
        QVERIFY(m_page->setTargetButton()->isEnabled());

        bool asked = false;
        bool refused = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<KpiTargetDialog*>(QApplication::activeModalWidget());
            asked = dialog != nullptr;
            if (!dialog)
                return;
            maybeGrab(dialog, QStringLiteral("kpi-target"));
            QLineEdit* value = dialog->valueEdit();
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QTest::keyClicks(value, QStringLiteral("ninety"));
            refused = !save->isEnabled();
            value->selectAll();
            QTest::keyClicks(value, QStringLiteral("92.5%"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(m_page->setTargetButton(), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(refused);
        auto targets = readKpiTargets(book());
        QVERIFY(targets);
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->first(), (KpiTarget{Kpi::Grr, QStringLiteral("FY2025"), 9250}));
        QTRY_VERIFY(!m_page->isLoading());
        QTRY_VERIFY2(kpiRow(Kpi::Grr)->text(2).startsWith(QStringLiteral("92.5 %")),
                     qPrintable(kpiRow(Kpi::Grr)->text(2)));
        QVERIFY(kpiRow(Kpi::Grr)->text(2).contains(QStringLiteral("missed"))); // 90 % < 92.5 %

        m_book.workspace->undoStack()->undo();
        QCOMPARE(readKpiTargets(book())->size(), 0);
        QTRY_COMPARE(kpiRow(Kpi::Grr)->text(2), QStringLiteral("none"));
        m_book.workspace->undoStack()->redo();
        QCOMPARE(readKpiTargets(book())->size(), 1);
        QTRY_VERIFY(kpiRow(Kpi::Grr)->text(2).startsWith(QStringLiteral("92.5 %")));
    }

    // A ceiling: logo churn at or below 10 % is met (nothing churned: 0 %).
    void aCeilingIsMetFromBelow()
    {
        m_page->kpiTable()->setCurrentItem(kpiRow(Kpi::LogoChurn));
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<KpiTargetDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->valueEdit(), QStringLiteral("10"));
            QTest::keyClick(dialog->valueEdit(), Qt::Key_Return);
        });
        QTest::mouseClick(m_page->setTargetButton(), Qt::LeftButton);
        QTRY_VERIFY2(kpiRow(Kpi::LogoChurn)->text(2).contains(QStringLiteral("met")) &&
                         !kpiRow(Kpi::LogoChurn)->text(2).contains(QStringLiteral("missed")),
                     qPrintable(kpiRow(Kpi::LogoChurn)->text(2)));
    }

    void aCalendarPeriodHasNoTargets()
    {
        m_page->periodBox()->setEditText(QStringLiteral("2025-06"));
        QTest::keyClick(m_page->periodBox()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!m_page->isLoading());
        QTRY_VERIFY(!m_page->setTargetButton()->isEnabled());
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(ReportsPageTest)
#include "tst_reportspage.moc"
