#include "item/DisplayFormat.h"
#include "item/TodayModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

class TestTodayModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyListShowsEverySectionWithItsEmptyLine()
    {
        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10); // 5 headings + 5 "nothing here" rows, milestones and health included
        QCOMPARE(model.firstLineRow(), -1);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    }
    void linesCarryTheirAccountAndAreSelectable()
    {
        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        TodayList list;
        list.followUps.append({{QStringLiteral("t1"),
                                QStringLiteral("a1"),
                                QStringLiteral("Acme"),
                                QDate(2026, 6, 28),
                                QStringLiteral("Send quote"),
                                {}},
                               2});
        list.notices.append({QStringLiteral("a2"), QStringLiteral("Globex"), QDate(2026, 7, 3),
                             QDate(2026, 9, 1), 3, 12'000'000});
        model.setList(list, QStringLiteral("JPY"));
        QCOMPARE(reset.count(), 1);
        const int row = model.rowForKey(TodayModel::LineKind::FollowUp, QStringLiteral("t1"));
        QCOMPARE(row, 1);
        QCOMPARE(model.firstLineRow(), 1);
        QCOMPARE(model.data(model.index(row, 0), int(TodayModel::Role::AccountId)).toString(),
                 QStringLiteral("a1"));
        QCOMPARE(model.data(model.index(row, 0), int(TodayModel::Role::Date)).toDate(), QDate(2026, 6, 28));
        QVERIFY(model.data(model.index(row, TodayModel::WhatColumn))
                    .toString()
                    .contains(QStringLiteral("Send quote")));
        QVERIFY(model.flags(model.index(row, 0)) & Qt::ItemIsSelectable);
        const int notice = model.rowForKey(TodayModel::LineKind::Notice, QStringLiteral("a2"));
        QVERIFY(notice > row);
        QVERIFY(!model.data(model.index(notice, TodayModel::ArrColumn)).toString().isEmpty());
    }
    // Issue 9, item 5: a contract that did not renew automatically and ended has its line, with ARR, in a
    // section that appears only when there is one.
    void endedContractsGetTheirSectionWithTheirArr()
    {
        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TodayList list;
        list.notices.append({QStringLiteral("a1"), QStringLiteral("Fixed"), QDate(2026, 8, 14),
                             QDate(2026, 8, 14), 45, 2'000'000, true});
        list.ended.append(
            {QStringLiteral("a2"), QStringLiteral("Ended Ltd"), QDate(2026, 6, 1), 29, 3'000'000});
        model.setList(list, QStringLiteral("JPY"));
        QCOMPARE(model.rowCount(), 12); // 6 headings, 1 notice, 1 ended line, 4 "nothing here" rows
        const int ended = model.rowForKey(TodayModel::LineKind::Ended, QStringLiteral("a2"));
        const int notice = model.rowForKey(TodayModel::LineKind::Notice, QStringLiteral("a1"));
        QVERIFY(ended > notice);
        QVERIFY(model.isLine(ended));
        QVERIFY(model.flags(model.index(ended, 0)) & Qt::ItemIsSelectable);
        QCOMPARE(model.data(model.index(ended - 1, 0), int(TodayModel::Role::Kind)).toInt(),
                 int(TodayModel::LineKind::Heading));
        QCOMPARE(model.index(ended - 1, 0).data().toString(),
                 QStringLiteral("Contracts ended with no renewal recorded (1)"));
        QCOMPARE(model.index(ended, TodayModel::WhatColumn).data().toString(),
                 QStringLiteral("Contract ended on %1 with no renewal recorded")
                     .arg(DisplayFormat::denseDate(QDate(2026, 6, 1))));
        QCOMPARE(model.index(ended, TodayModel::ArrColumn).data().toString(),
                 DisplayFormat::money(3'000'000, QStringLiteral("JPY")));
        QCOMPARE(model.index(ended, TodayModel::WhenColumn).data().toString(),
                 TodayModel::tr("%n day(s) ago", nullptr, 29));
        QCOMPARE(model.data(model.index(ended, 0), int(TodayModel::Role::Date)).toDate(), QDate(2026, 6, 1));
        QCOMPARE(model.data(model.index(ended, 0), int(TodayModel::Role::AccountId)).toString(),
                 QStringLiteral("a2"));
        QVERIFY(!model.index(ended, TodayModel::WhatColumn).data(Qt::ToolTipRole).toString().isEmpty());
        // A contract that does not renew is listed by its end, not by an invented notice deadline.
        QVERIFY(model.index(notice, TodayModel::WhatColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Contract ends ")));

        list.ended.clear();
        model.setList(list, QStringLiteral("JPY"));
        QCOMPARE(model.rowCount(), 10); // no ended section at all
        QCOMPARE(model.rowForKey(TodayModel::LineKind::Ended, QStringLiteral("a2")), -1);
    }
};

QTEST_MAIN(TestTodayModel)
#include "tst_todaymodel.moc"
