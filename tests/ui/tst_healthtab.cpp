// The Health tab and the accounts list's chip (issue 12) on a small book: the score, band and trend, the
// factor breakdown in sentences with the numbers behind it, the trend chart's weeks. Expected values worked
// out by hand from DESIGN §5 (tests/storage/tst_healthstore.cpp has the same account).

#include "item/AccountsModel.h"
#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/Repositories.h"
#include "ui/accounts/HealthChipDelegate.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/health/HealthTab.h"
#include "ui/workspace/BookWorkspace.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    void initTestCase()
    {
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(CSM_EN_QM)));
        QCoreApplication::installTranslator(english);
    }

    // The list's chip: score and trend arrow against 30 days earlier (a move of under one point is level).
    void theChipShowsScoreAndTrend()
    {
        QList<AccountSummary> rows;
        const auto add = [&rows](const char* id, std::optional<double> score, std::optional<double> before) {
            AccountSummary s;
            s.id = QString::fromLatin1(id);
            s.name = s.id;
            s.healthScore = score;
            s.healthBand =
                score ? std::optional<HealthBand>(*score >= 70 ? HealthBand::Green : HealthBand::Yellow)
                      : std::nullopt;
            s.healthScoreBefore = before;
            rows.append(s);
        };
        add("a-up", 72.5, 60.7);
        add("b-down", 55.0, 56.0);
        add("c-level", 55.0, 55.1);
        add("d-new", 55.0, std::nullopt);
        add("e-none", std::nullopt, std::nullopt);
        AccountsModel model;
        model.setSummaries(rows);
        const auto at = [&model](int row) { return model.index(row, AccountsModel::HealthColumn); };
        QCOMPARE(at(0).data(int(AccountsModel::Role::Trend)), QVariant(1));
        QCOMPARE(at(1).data(int(AccountsModel::Role::Trend)), QVariant(-1));
        QCOMPARE(at(2).data(int(AccountsModel::Role::Trend)), QVariant(0));
        QVERIFY(!at(3).data(int(AccountsModel::Role::Trend)).isValid());
        QCOMPARE(HealthChipDelegate::chipText(at(0)), QStringLiteral("72.5 ↑"));
        QCOMPARE(HealthChipDelegate::chipText(at(1)), QStringLiteral("55.0 ↓"));
        QCOMPARE(HealthChipDelegate::chipText(at(2)), QStringLiteral("55.0 →"));
        QCOMPARE(HealthChipDelegate::chipText(at(3)), QStringLiteral("55.0"));
        QCOMPARE(HealthChipDelegate::chipText(at(4)), QString());
        QCOMPARE(at(0).data().toString(), QStringLiteral("72.5 ↑ · Green"));
    }

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
