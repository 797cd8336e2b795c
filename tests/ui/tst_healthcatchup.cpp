// The window's health catch-up (ui/health/HealthCatchUp.h): on opening a book, and after a change of the
// book's settings that changes every score's touch model, the current scores are brought up to date on the
// workspace's writer thread.

#include "TestWorkspace.h"
#include "storage/HealthStore.h"
#include "ui/health/HealthCatchUp.h"

#include <QTest>
#include <QWidget>

using namespace csm;

class TestHealthCatchUp : public QObject
{
    Q_OBJECT

    static std::optional<double> score(BookWorkspace& workspace, const Id& id)
    {
        auto h = HealthStore::current(*workspace.book(), id);
        return h && h->asOf == test::kToday ? h->score : std::nullopt;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    // Globex (no ARR events, a customer by its stage; ARR 0 is tech touch, cadence 90 days) with a call 28
    // days ago, sentiment +1: q = 28 / 90 < 1, engagement 100 (weight 20), sentiment (1 + 2) × 25 = 75
    // (weight 15), nothing else has data: (2000 + 1125) / 35 = 89.285… = 89.3. High touch from ARR 0
    // (cadence 14): q = 2, engagement 50: (1000 + 1125) / 35 = 60.714… = 60.7.
    void newTouchModelThresholdsBringTheScoresUpToDate()
    {
        test::SmallBook small;
        QVERIFY(small.create(/*background=*/true));
        BookWorkspace& ws = *small.workspace;
        QWidget window;
        HealthCatchUp catchUp(ws, &window);
        const QString path = ws.bookPath();
        ws.closeBook();
        QVERIFY(ws.openBook(path));

        Touch t;
        t.accountId = small.globex;
        t.occurredOn = test::kToday.addDays(-28);
        t.kind = TouchKind::Call;
        t.sentiment = 1;
        t.summary = QStringLiteral("check-in");
        QVERIFY(ws.book()->touches().save(t));
        QTRY_COMPARE(score(ws, small.globex), std::optional<double>(89.3));

        BookSettings settings = ws.book()->settings();
        settings.highTouchMinArr = 0;
        settings.lowTouchMinArr = 0;
        QVERIFY(ws.book()->saveSettings(settings));
        QTRY_COMPARE(score(ws, small.globex), std::optional<double>(60.7));
    }
};

QTEST_MAIN(TestHealthCatchUp)
#include "tst_healthcatchup.moc"
