// The Health model dialog (issue 12, item 4), driven by QTest keys and clicks on a small book: editing a
// weight changes the preview's count of accounts that change band, Save bumps the model version and
// recomputes the scores, Cancel during the save leaves the model and the scores as they were. Expected
// scores worked out by hand from DESIGN §5 (comments).

#include "storage/Book.h"
#include "storage/HealthRecompute.h"
#include "storage/HealthStore.h"
#include "storage/Repositories.h"
#include "ui/editors/FieldErrorLabel.h"
#include "ui/health/HealthModelDialog.h"
#include "ui/workspace/BookWorkspace.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace csm;

namespace {

const QDate kToday(2025, 6, 30); // a Monday

} // namespace

class TestHealthModelDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kToday};
    int m_n = 0;
    Id m_acme;
    Id m_beta;

    // Two high-touch accounts (cadence 14 days), both customers (no ARR events, not churned), with the
    // default model (engagement 20, sentiment 15; the other factors have no data):
    //  - Acme: one call 28 days ago, sentiment +1: engagement q = 2, 100 × (3 - 2) / 2 = 50; sentiment
    //    (1 + 2) × 25 = 75. (20 × 50 + 15 × 75) / 35 = 60.714… = 60.7, yellow.
    //  - Beta: one call 7 days ago, sentiment 0: q = 0.5, engagement 100; sentiment 50.
    //    (20 × 100 + 15 × 50) / 35 = 78.571… = 78.6, green.
    std::unique_ptr<BookWorkspace> open()
    {
        auto opened = Book::open(m_dir.filePath(QStringLiteral("model%1.sqlite").arg(++m_n)),
                                 Book::OpenMode::CreateIfMissing, m_clock);
        if (!opened)
            return nullptr;
        Book& book = **opened;
        const auto add = [&book](const char* name, QDate touched, int sentiment) {
            Account a;
            a.name = QString::fromLatin1(name);
            a.touchModelOverride = TouchModel::High;
            const Id id = book.accounts().save(a)->id;
            Touch t;
            t.accountId = id;
            t.occurredOn = touched;
            t.kind = TouchKind::Call;
            t.sentiment = sentiment;
            t.summary = QStringLiteral("check-in");
            return book.touches().save(t) ? id : Id();
        };
        m_acme = add("Acme", QDate(2025, 6, 2), 1);
        m_beta = add("Beta", QDate(2025, 6, 23), 0);
        if (m_acme.isEmpty() || m_beta.isEmpty() || !HealthRecompute::backfill(book, kToday))
            return nullptr;
        auto workspace = std::make_unique<BookWorkspace>(m_clock);
        workspace->setLoadInBackground(false);
        workspace->adoptBook(std::move(opened.value()));
        return workspace;
    }

    static std::optional<double> score(BookWorkspace& w, const Id& id)
    {
        auto h = HealthStore::current(*w.book(), id);
        return h ? h->score : std::nullopt;
    }

    // Replaces the engagement weight by typing, as a user would: select the field's text, type the number.
    static void typeEngagementWeight(HealthModelDialog& d, const QString& text)
    {
        auto* field = d.findChild<QDoubleSpinBox*>(QStringLiteral("weight_engagement"));
        QVERIFY(field);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }

    static bool waitForPreview(QSignalSpy& shown)
    {
        shown.clear();
        return QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, 3000);
    }

private slots:
    void initTestCase()
    {
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(CSM_EN_QM)));
        QCoreApplication::installTranslator(english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aWeightEditedShowsItsPreviewAndSaves()
    {
        auto workspace = open();
        QVERIFY(workspace);
        QCOMPARE(score(*workspace, m_acme), std::optional<double>(60.7));
        QCOMPARE(score(*workspace, m_beta), std::optional<double>(78.6));

        HealthModelDialog d(*workspace);
        QSignalSpy shown(&d, &HealthModelDialog::previewShown);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, 3000));
        QVERIFY2(
            d.changeSummary()->text().startsWith(QStringLiteral("These are the book's rules (version 1)")),
            qPrintable(d.changeSummary()->text()));
        QCOMPARE(d.changeTable()->rowCount(), 0);

        // Engagement 10: Acme (10 × 50 + 15 × 75) / 25 = 65, still yellow; Beta (10 × 100 + 15 × 50) / 25 =
        // 70, green at the edge. No account changes band.
        typeEngagementWeight(d, QStringLiteral("10"));
        QVERIFY(waitForPreview(shown));
        QCOMPARE(d.model().weight(HealthFactor::Engagement), 10.0);
        QVERIFY2(d.changeSummary()->text().startsWith(QStringLiteral("No account would change band.")),
                 qPrintable(d.changeSummary()->text()));
        QCOMPARE(d.changeTable()->rowCount(), 0);

        // Engagement 0: sentiment alone counts. Acme 75, green; Beta 50, yellow. Both change band.
        typeEngagementWeight(d, QStringLiteral("0"));
        QVERIFY(waitForPreview(shown));
        QCOMPARE(d.model().weight(HealthFactor::Engagement), 0.0);
        QVERIFY2(d.changeSummary()->text().startsWith(QStringLiteral("2 accounts would change band.")),
                 qPrintable(d.changeSummary()->text()));
        QTableWidget* t = d.changeTable();
        QCOMPARE(t->rowCount(), 2);
        QHash<QString, QStringList> rows;
        for (int r = 0; r < t->rowCount(); ++r)
            rows.insert(t->item(r, 0)->text(), {t->item(r, 1)->text(), t->item(r, 2)->text()});
        QCOMPARE(rows.value(QStringLiteral("Acme")),
                 (QStringList{QStringLiteral("60.7 · Yellow"), QStringLiteral("75.0 · Green")}));
        QCOMPARE(rows.value(QStringLiteral("Beta")),
                 (QStringList{QStringLiteral("78.6 · Green"), QStringLiteral("50.0 · Yellow")}));
        // Two accounts and no decided renewal: no back-test to compare.
        QVERIFY2(
            d.comparison()->text().startsWith(QStringLiteral("Not enough history to compare: 0 decided")),
            qPrintable(d.comparison()->text()));

        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&d] { return d.result() == QDialog::Accepted && !d.isVisible(); }, 10000));
        QCOMPARE(d.savedVersion(), 2);
        QCOMPARE(workspace->settings().healthModelVersion, 2);
        QCOMPARE(workspace->book()->settings().weightEngagement, 0.0);
        QCOMPARE(score(*workspace, m_acme), std::optional<double>(75.0));
        QCOMPARE(score(*workspace, m_beta), std::optional<double>(50.0));
        QCOMPARE(HealthStore::current(*workspace->book(), m_acme)->modelVersion, 2);
        // The year of history too: on the Monday a week ago Acme's engagement (call 21 days before, q = 1.5,
        // 75) has weight 0; sentiment 75.
        auto week = HealthStore::history(*workspace->book(), m_acme, {QDate(2025, 6, 23)});
        QVERIFY(week);
        QCOMPARE(week->first().modelVersion, 2);
        QCOMPARE(week->first().score, std::optional<double>(75.0));
    }

    // A save cancelled from its progress leaves the book's model and scores as they were; the dialog stays
    // open, says so, and saves on the next try.
    void aCancelledSaveChangesNothing()
    {
        auto workspace = open();
        QVERIFY(workspace);
        HealthModelDialog d(*workspace);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeEngagementWeight(d, QStringLiteral("0"));

        // The writer thread is kept busy, so that the save waits behind this job and is cancelled before it
        // runs (storage's test cancels a save halfway: tst_healthstore).
        QSemaphore release;
        QObject context;
        workspace->runLong<bool>(
            &context,
            [&release](JobProgress&) -> Result<bool> {
                release.acquire();
                return true;
            },
            [](Result<bool>) {});
        connect(&d, &HealthModelDialog::saveStarted, this, [&release](LongJob* job) {
            job->cancel();
            release.release();
        });
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&d] { return d.status()->text().startsWith(QStringLiteral("Cancelled")); },
                                10000));
        QVERIFY(d.isVisible());
        QCOMPARE(d.savedVersion(), 0);
        QVERIFY(d.saveButton()->isEnabled());
        QCOMPARE(workspace->book()->settings().healthModelVersion, 1);
        QCOMPARE(workspace->book()->settings().weightEngagement, 20.0);
        QCOMPARE(score(*workspace, m_acme), std::optional<double>(60.7));
        QCOMPARE(HealthStore::current(*workspace->book(), m_acme)->modelVersion, 1);
        QVERIFY(!HealthStore::model(*workspace->book(), 2));

        disconnect(&d, &HealthModelDialog::saveStarted, this, nullptr);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&d] { return d.result() == QDialog::Accepted; }, 10000));
        QCOMPARE(workspace->book()->settings().healthModelVersion, 2);
        QCOMPARE(score(*workspace, m_acme), std::optional<double>(75.0));
    }

    // Thresholds are checked against each other: green at or below yellow is refused at its field, the
    // preview waits for a model the engine can score with, and Save does not close the dialog.
    void greenBelowYellowIsRefused()
    {
        auto workspace = open();
        QVERIFY(workspace);
        HealthModelDialog d(*workspace);
        QSignalSpy shown(&d, &HealthModelDialog::previewShown);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* green = d.findChild<QDoubleSpinBox*>(QStringLiteral("green_min"));
        green->setFocus();
        QTest::keyClick(green, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(green, QStringLiteral("30"));
        QVERIFY(waitForPreview(shown));
        QList<FieldErrorLabel*> shownErrors;
        for (FieldErrorLabel* e : d.findChildren<FieldErrorLabel*>())
            if (!e->text().isEmpty())
                shownErrors << e;
        QCOMPARE(shownErrors.size(), 1);
        QCOMPARE(shownErrors.first()->field(), QStringLiteral("green_min"));
        QVERIFY(d.changeSummary()->text().startsWith(QStringLiteral("Correct the fields")));
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QCOMPARE(workspace->book()->settings().healthModelVersion, 1);
    }
};

QTEST_MAIN(TestHealthModelDialog)
#include "tst_healthmodeldialog.moc"
