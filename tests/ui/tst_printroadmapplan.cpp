// The roadmap plan for the customer (issue 15 item 5): one page in English or Japanese with the account, the
// roadmap and its kickoff, every milestone with its owner on each side, due date, status and success
// criterion, completion and time to first value.

#include "PrintSampleInputs.h"
#include "PrintTestSupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace csm;
using csm::test::pdfPages;
using csm::test::squeezed;

class PrintRoadmapPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void thePlanIsOnePageWithEveryMilestone_data();
    void thePlanIsOnePageWithEveryMilestone();
    void aLongPlanStillFitsOnOnePage();
    void theTimelineIsDrawnOnlyWhenGiven();
    void deletedMilestonesAreLeftOut();

private:
    QString path(const QString& name) const { return csm::test::pdfPath(QDir(m_dir.path()), name); }
    QTemporaryDir m_dir;
};

void PrintRoadmapPlanTest::thePlanIsOnePageWithEveryMilestone_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::newRow("English") << false;
    QTest::newRow("Japanese") << true;
}

void PrintRoadmapPlanTest::thePlanIsOnePageWithEveryMilestone()
{
    CSM_REQUIRE_POPPLER();
    QFETCH(bool, japanese);
    const RoadmapPlanInput in = csm::test::sampleRoadmapPlan(japanese);
    const DocumentLanguage language =
        csm::test::documentLanguage(japanese ? QLocale::Japanese : QLocale::English);
    const auto saved = printRoadmapPlan(
        in, language, path(japanese ? QStringLiteral("roadmap-plan-ja") : QStringLiteral("roadmap-plan-en")),
        PaperSize::A4);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QCOMPARE(saved->pages, 1);
    QCOMPARE(csm::test::pdfPageCount(saved->path), 1);
    const QString text = squeezed(pdfPages(saved->path).join(QString()));
    const auto has = [&](const QString& s) { // case apart: the English overline is set in capitals
        if (!text.contains(squeezed(s), Qt::CaseInsensitive))
            qWarning("missing: %s", qPrintable(s));
        return text.contains(squeezed(s), Qt::CaseInsensitive);
    };

    QVERIFY(has(in.accountName));
    QVERIFY(has(in.roadmapName));
    QVERIFY(has(in.vendorLead) && has(in.customerLead) && has(in.milestones[1].ownerName));
    QVERIFY(has(language.longDate(in.kickoff)));
    for (const RoadmapPlanMilestone& m : in.milestones) {
        QVERIFY(has(m.title));
        QVERIFY(has(m.successCriterion));
        QVERIFY(has(language.denseDate(m.due)));
    }
    QVERIFY(has(in.milestones[2].blockedReason));
    // Two milestones of the template done: completion rounded down.
    const int percent = 200 / int(in.milestones.size());
    QVERIFY(has(QStringLiteral("%1%").arg(percent)));
    // The first-value milestone is not done: its due date is the plan's.
    qsizetype firstValue = -1;
    for (qsizetype i = 0; i < in.milestones.size(); ++i) {
        if (in.milestones[i].firstValue)
            firstValue = i;
    }
    QVERIFY(firstValue > 2);
    QVERIFY(has(language.longDate(in.milestones[firstValue].due)));

    if (japanese) {
        for (const char* s :
             {"オンボーディング計画", "キックオフ", "ファーストバリュー", "マイルストーンと達成基準", "完了",
              "ブロック中", "未着手", "Acme Softwareの担当者", "2026年5月20日時点", "1 / 1ページ"})
            QVERIFY(has(QString::fromUtf8(s)));
        QVERIFY(has(QStringLiteral("キックオフから%1営業日後の予定")
                        .arg(in.milestones[firstValue].offsetBusinessDays)));
    } else {
        for (const char* s : {"Onboarding plan", "Kickoff", "First value", "Milestone and success criterion",
                              "Done", "Blocked", "Planned", "Acme Software lead", "Globex Corporation lead",
                              "As of 20 May 2026", "Page 1 of 1"})
            QVERIFY(has(QString::fromUtf8(s)));
        QVERIFY(has(QStringLiteral("Planned %1 business days after kickoff")
                        .arg(in.milestones[firstValue].offsetBusinessDays)));
    }
}

void PrintRoadmapPlanTest::aLongPlanStillFitsOnOnePage()
{
    CSM_REQUIRE_POPPLER();
    RoadmapPlanInput in = csm::test::sampleRoadmapPlan(false);
    const QList<RoadmapPlanMilestone> base = in.milestones;
    // Twelve milestones on Letter, the shorter paper: half as many again as the default templates have.
    while (in.milestones.size() < 12) {
        RoadmapPlanMilestone m = base[in.milestones.size() % base.size()];
        m.title += QStringLiteral(" (part %1)").arg(in.milestones.size() + 1);
        in.milestones.append(m);
    }
    const auto saved = printRoadmapPlan(in, csm::test::documentLanguage(QLocale::English),
                                        path(QStringLiteral("roadmap-plan-long")), PaperSize::Letter);
    QVERIFY(saved.ok());
    QCOMPARE(saved->pages, 1);
    QVERIFY(squeezed(pdfPages(saved->path).join(QString())).contains(QStringLiteral("(part12)")));
}

void PrintRoadmapPlanTest::theTimelineIsDrawnOnlyWhenGiven()
{
    for (const bool given : {false, true}) {
        RoadmapPlanInput in = csm::test::sampleRoadmapPlan(false);
        int calls = 0;
        if (given) {
            in.timeline = [&](QPainter& p, const QRectF& r) {
                ++calls;
                csm::test::barChart(
                    {QStringLiteral("Kickoff"), QStringLiteral("Setup"), QStringLiteral("Value")},
                    {0.3, 0.6, 0.9})(p, r);
            };
        }
        const auto saved = printRoadmapPlan(in, csm::test::documentLanguage(QLocale::English),
                                            path(given ? QStringLiteral("roadmap-plan-timeline")
                                                       : QStringLiteral("roadmap-plan-no-timeline")),
                                            PaperSize::A4);
        QVERIFY(saved.ok());
        QCOMPARE(saved->pages, 1);
        QCOMPARE(calls, given ? 1 : 0);
    }
}

void PrintRoadmapPlanTest::deletedMilestonesAreLeftOut()
{
    Roadmap r = csm::test::sampleRoadmap(false, QDate(2026, 5, 20));
    r.milestones[1].deleted = true;
    const RoadmapPlanInput in = RoadmapPlanInput::of(r, {}, QDate(2026, 5, 20));
    QCOMPARE(in.milestones.size(), r.milestones.size() - 1);
    QCOMPARE(in.milestones[1].title, r.milestones[2].title);
    QCOMPARE(in.kickoff, QDate(2026, 4, 6));
    QCOMPARE(in.roadmapName, r.name);
}

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    PrintRoadmapPlanTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printroadmapplan.moc"
