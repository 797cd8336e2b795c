#include "item/ContactsModel.h"
#include "item/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

namespace {
Touch touch(const QString& id, QDate on, TouchKind kind = TouchKind::Meeting)
{
    Touch t;
    t.id = id;
    t.occurredOn = on;
    t.kind = kind;
    t.summary = QStringLiteral("Summary %1").arg(id);
    return t;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void showsNewestFirst();
    void ticksAFollowUpByAskingTheWorkspace();
    void offersNoBoxWithoutAFollowUp();
    void listsChampionsFirst();
};

void TestTimelineModel::showsNewestFirst()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTouches({touch(QStringLiteral("old"), QDate(2026, 1, 1)),
                      touch(QStringLiteral("new"), QDate(2026, 6, 1)),
                      touch(QStringLiteral("mid"), QDate(2026, 3, 1), TouchKind::InternalNote)});
    QCOMPARE(model.touchAt(0).id, QStringLiteral("new"));
    QCOMPARE(model.touchAt(2).id, QStringLiteral("old"));
    QCOMPARE(model.index(1, TimelineModel::KindColumn).data().toString(), QStringLiteral("Internal note"));
    QCOMPARE(model.index(1, 0).data(int(TimelineModel::Role::IsCustomerTouch)).toBool(), false);
    QCOMPARE(model.rowForId(QStringLiteral("mid")), 1);
}

void TestTimelineModel::ticksAFollowUpByAskingTheWorkspace()
{
    TimelineModel model;
    Touch t = touch(QStringLiteral("t"), QDate(2026, 6, 1));
    t.followUpOn = QDate(2026, 6, 10);
    t.sentiment = 2;
    model.setTouches({t});
    const QModelIndex box = model.index(0, TimelineModel::FollowUpColumn);
    QVERIFY(model.flags(box) & Qt::ItemIsUserCheckable);
    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.index(0, TimelineModel::SentimentColumn).data().toString(),
             QStringLiteral("Very positive"));

    QSignalSpy asked(&model, &TimelineModel::followUpDoneRequested);
    QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("t"));
    QCOMPARE(asked.at(0).at(1).toBool(), true);
    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestTimelineModel::offersNoBoxWithoutAFollowUp()
{
    TimelineModel model;
    model.setTouches({touch(QStringLiteral("t"), QDate(2026, 6, 1))});
    const QModelIndex box = model.index(0, TimelineModel::FollowUpColumn);
    QVERIFY(!(model.flags(box) & Qt::ItemIsUserCheckable));
    QVERIFY(!box.data(Qt::CheckStateRole).isValid());
    QVERIFY(!model.setData(box, Qt::Checked, Qt::CheckStateRole));
}

void TestTimelineModel::listsChampionsFirst()
{
    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Contact user;
    user.name = QStringLiteral("User");
    Contact champion;
    champion.name = QStringLiteral("Champion");
    champion.role = ContactRole::Champion;
    model.setContacts({user, champion});
    QCOMPARE(model.index(0, ContactsModel::NameColumn).data().toString(), QStringLiteral("Champion"));
    QCOMPARE(model.index(0, ContactsModel::RoleColumn).data().toString(), QStringLiteral("Champion"));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
