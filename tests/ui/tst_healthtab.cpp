// The Health tab and the accounts list's chip (issue 12) on a small book: the score, band and trend, the
// factor breakdown in sentences with the numbers behind it, the trend chart's weeks. Expected values worked
// out by hand from DESIGN §5 (tests/storage/tst_healthstore.cpp has the same account).

#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/Repositories.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/health/HealthTab.h"
#include "ui/workspace/BookWorkspace.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

namespace {
const QDate kToday(2025, 6, 30);
}

class TestHealthTab : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{kToday};

private slots:
    void theTabExplainsTheScoreInSentences()
    {
        auto opened = Book::open(m_dir.filePath(QStringLiteral("tab.sqlite")),
                                 Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(opened);
        Book& book = **opened;
        Account a;
        a.name = QStringLiteral("Acme");
        a.touchModelOverride = TouchModel::High;
        const Id id = book.accounts().save(a)->id;
        Touch t;
        t.accountId = id;
        t.occurredOn = QDate(2025, 6, 2); // 28 days: q = 2, engagement 50; sentiment +1: 75
        t.kind = TouchKind::Call;
        t.sentiment = 1;
        t.summary = QStringLiteral("check-in");
        QVERIFY(book.touches().save(t));
        QVERIFY(HealthRecompute::backfill(book, kToday));

        auto data = HealthTab::read(book, id, kToday);
        QVERIFY(data);
        QCOMPARE(data->explanation.score, std::optional<double>(60.7));
        QCOMPARE(data->history.size(), 52);

        BookWorkspace workspace(m_clock);
        HealthTab tab(workspace);
        tab.resize(900, 700);
        tab.showData(*data, book.touches().forAccount(id).value());
        QVERIFY2(tab.headline()->text().startsWith(QStringLiteral("60.7 · Yellow")),
                 qPrintable(tab.headline()->text()));
        const QString factors = tab.factors()->text();
        QVERIFY2(
            factors.contains(QStringLiteral("Engagement 50 of 100: last customer touch 28 days ago; the High "
                                            "touch cadence is 14 days.")),
            qPrintable(factors));
        QVERIFY2(factors.contains(QStringLiteral("Sentiment 75 of 100: mean sentiment 1.00 over the latest 1 "
                                                 "customer touch with one in the last 180 days.")),
                 qPrintable(factors));
        // Weight 20 of 35: 57 % of the score, 28.6 points.
        QVERIFY2(factors.contains(QStringLiteral("Weight 20, 57 % of the score: 28.6 points.")),
                 qPrintable(factors));
        QCOMPARE(tab.touchTable()->rowCount(), 1);
        // 52 Mondays, the last of them today: 52 points.
        QCOMPARE(tab.chart()->scoreGraph()->data()->size(), 52);
    }
};

QTEST_MAIN(TestHealthTab)
#include "tst_healthtab.moc"
