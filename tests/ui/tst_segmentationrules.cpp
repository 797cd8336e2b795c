// The segmentation rules editor (issue 16 item 1): editing a rule with the keyboard shows, before saving, how
// many accounts and how much ARR would move and which; rules that cannot be saved say why and keep Save off.
// JPY book, default rules: high touch from 10,000,000, low touch from 1,000,000.

#include "TestWorkspace.h"
#include "ui/portfolio/SegmentationRulesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace csm;

namespace {

SegmentFacts facts(const char* id, MinorUnits arr, std::optional<TouchModel> override = std::nullopt)
{
    SegmentFacts f;
    f.id = QString::fromLatin1(id);
    f.arr = arr;
    f.touchModelOverride = override;
    return f;
}

SegmentationRulesInput input()
{
    SegmentationRulesInput in;
    in.currency = QStringLiteral("JPY");
    in.current = SegmentationRules::byArr(10'000'000, 1'000'000);
    in.accounts = {facts("a", 12'000'000), facts("b", 6'000'000), facts("c", 5'000'000),
                   facts("d", 7'000'000, TouchModel::Low), facts("e", 400'000)};
    for (const SegmentFacts& f : std::as_const(in.accounts))
        in.names.insert(f.id, QStringLiteral("Account ") + f.id.toUpper());
    return in;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSegmentationRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void loweringTheHighThresholdPreviewsTheMove()
    {
        SegmentationRulesDialog dialog(input());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.ruleList()->count(), 3);
        QCOMPARE(dialog.preview().accountsMoved(), 0);
        QVERIFY(dialog.saveButton()->isEnabled());

        // High touch from 5,000,000: B (6M) and C (5M, at the edge) move from low to high; D's override keeps
        // it low.
        dialog.ruleList()->setCurrentRow(0);
        retype(dialog.minArrEdit(), QStringLiteral("5,000,000"));
        dialog.updatePreview();
        QCOMPARE(dialog.preview().accountsMoved(), 2);
        QCOMPARE(dialog.preview().accountsMoving(TouchModel::Low, TouchModel::High), 2);
        QCOMPARE(dialog.preview().arrMoved().minor(), MinorUnits(11'000'000));
        QCOMPARE(dialog.preview().heldByOverride, QList<Id>{QStringLiteral("d")});
        QCOMPARE(dialog.movesTable()->rowCount(), 2);
        QCOMPARE(dialog.movesTable()->item(0, 0)->text(), QStringLiteral("Account B")); // largest ARR first
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("¥11,000,000")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.rules().rules[0].minArr, std::optional<MinorUnits>(5'000'000));
        test::maybeGrab(&dialog, QStringLiteral("segmentation-rules-preview"));
    }

    void rulesThatCannotBeSavedSayWhy()
    {
        SegmentationRulesDialog dialog(input());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Not an amount.
        dialog.ruleList()->setCurrentRow(1);
        retype(dialog.minArrEdit(), QStringLiteral("lots"));
        dialog.updatePreview();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.problemsLabel()->text().isEmpty());
        // Low touch above high touch: the high rule would take no account the low one leaves.
        retype(dialog.minArrEdit(), QStringLiteral("20,000,000"));
        dialog.updatePreview();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.problemsLabel()->text().startsWith(QLatin1String("Rule ")),
                 qPrintable(dialog.problemsLabel()->text()));
        // Back in order: savable again.
        retype(dialog.minArrEdit(), QStringLiteral("2000000"));
        dialog.updatePreview();
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.preview().accountsMoving(TouchModel::Low, TouchModel::Tech), 0);
    }

    void aRuleAfterTheCatchAllCannotBeSaved()
    {
        SegmentationRulesDialog dialog(input());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.ruleList()->setCurrentRow(2);
        // Add rule: a new low-touch rule without conditions after the tech rule.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addRule")), Qt::LeftButton);
        QCOMPARE(dialog.ruleList()->count(), 4);
        QCOMPARE(dialog.ruleList()->currentRow(), 3);
        dialog.updatePreview();
        // A catch-all after the tech catch-all can never apply.
        QVERIFY(!dialog.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestSegmentationRules)
#include "tst_segmentationrules.moc"
