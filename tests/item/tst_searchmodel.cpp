// SearchModel: the quick search's hits grouped under a heading per kind.

#include "item/SearchModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

class TestSearchModel : public QObject
{
    Q_OBJECT
private slots:
    void searchResultsAreGroupedUnderHeadings()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setHits(
            {{SearchHit::Kind::Touch, QStringLiteral("a1"), QStringLiteral("t1"), QStringLiteral("Call"), {}},
             {SearchHit::Kind::Account,
              QStringLiteral("a1"),
              QStringLiteral("a1"),
              QStringLiteral("Acme"),
              {}},
             {SearchHit::Kind::Account,
              QStringLiteral("a2"),
              QStringLiteral("a2"),
              QStringLiteral("Acme 2"),
              {}}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.hitCount(), 3);
        QCOMPARE(model.rowCount(), 5); // Accounts heading, 2 accounts, Touches heading, 1 touch
        QVERIFY(model.index(0).data(int(SearchModel::Role::IsHeading)).toBool());
        QCOMPARE(model.firstHitRow(), 1);
        QCOMPARE(model.nextHitRow(2, 1), 4); // skips the Touches heading
        QCOMPARE(model.nextHitRow(4, 1), 4); // nothing after the last hit
        QCOMPARE(model.nextHitRow(1, -1), 1);
    }
    void searchModelFindsAHitsRowByKindAndTarget()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto hit = [](SearchHit::Kind kind, const QString& target) {
            return SearchHit{kind, QStringLiteral("a1"), target, target.toUpper(), {}};
        };
        model.setHits({hit(SearchHit::Kind::Touch, QStringLiteral("t1")),
                       hit(SearchHit::Kind::Account, QStringLiteral("a1")),
                       hit(SearchHit::Kind::Contact, QStringLiteral("c1"))});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowOfHit(SearchHit::Kind::Account, QStringLiteral("a1")), 1);
        QCOMPARE(model.rowOfHit(SearchHit::Kind::Contact, QStringLiteral("c1")), 3);
        QCOMPARE(model.rowOfHit(SearchHit::Kind::Touch, QStringLiteral("t1")), 5);
        QCOMPARE(model.rowOfHit(SearchHit::Kind::Touch, QStringLiteral("a1")), -1);
        model.setHits({});
        QCOMPARE(model.rowOfHit(SearchHit::Kind::Account, QStringLiteral("a1")), -1);
        QCOMPARE(reset.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
