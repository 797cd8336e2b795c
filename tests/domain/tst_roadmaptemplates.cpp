// Roadmap templates: validation, duplication and the templates a new book starts with (issue 15 item 1).

#include "domain/DefaultTemplates.h"
#include "domain/RoadmapTemplates.h"

#include <QTest>

using namespace csm;

namespace {

IdSource counter(const QString& prefix)
{
    return [prefix, n = 0]() mutable { return QStringLiteral("%1-%2").arg(prefix).arg(++n); };
}

TemplateMilestone step(const QString& title, int offset, bool firstValue = false)
{
    TemplateMilestone m;
    m.id = QStringLiteral("m-") + title;
    m.title = title;
    m.offsetBusinessDays = offset;
    m.firstValue = firstValue;
    return m;
}

RoadmapTemplate tpl(const QList<TemplateMilestone>& steps)
{
    RoadmapTemplate t;
    t.id = QStringLiteral("t1");
    t.name = QStringLiteral("Pilot");
    t.milestones = steps;
    for (int i = 0; i < t.milestones.size(); ++i) {
        t.milestones[i].position = i;
        t.milestones[i].templateId = t.id;
    }
    return t;
}

} // namespace

class TestRoadmapTemplates : public QObject
{
    Q_OBJECT

private slots:
    void aValidTemplateHasNoProblems()
    {
        const RoadmapTemplate t =
            tpl({step(QStringLiteral("Kickoff"), 0), step(QStringLiteral("Value"), 20, true)});
        QVERIFY(RoadmapTemplates::validate(t).isEmpty());
        QVERIFY(RoadmapTemplates::checkApplicable(t).ok());
    }

    void problemsNameTheMilestoneAndField()
    {
        RoadmapTemplate t =
            tpl({step(QStringLiteral("Kickoff"), 0, true), step(QStringLiteral(" "), -1),
                 step(QStringLiteral("Value"), 20, true),
                 step(QStringLiteral("Later"), RoadmapTemplates::kMaxOffsetBusinessDays + 1)});
        t.name = QStringLiteral("  ");
        const auto problems = RoadmapTemplates::validate(t);
        // The name, milestone 2's title and offset, milestone 3 as a second first value, milestone 4's
        // offset.
        QCOMPARE(problems.size(), 5);
        QCOMPARE(problems.at(0).milestone, -1);
        QCOMPARE(problems.at(0).field, RoadmapTemplates::Name);
        QCOMPARE(problems.at(1).milestone, 1);
        QCOMPARE(problems.at(1).field, RoadmapTemplates::Title);
        QCOMPARE(problems.at(2).milestone, 1);
        QCOMPARE(problems.at(2).field, RoadmapTemplates::Offset);
        QCOMPARE(problems.at(3).milestone, 2);
        QCOMPARE(problems.at(3).field, RoadmapTemplates::FirstValue);
        QCOMPARE(problems.at(4).milestone, 3);
        QCOMPARE(problems.at(4).field, RoadmapTemplates::Offset);
        QVERIFY(problems.at(4).message.contains(QString::number(RoadmapTemplates::kMaxOffsetBusinessDays)));
    }

    void theLargestOffsetAllowedIsAccepted()
    {
        const RoadmapTemplate t =
            tpl({step(QStringLiteral("Far"), RoadmapTemplates::kMaxOffsetBusinessDays)});
        QVERIFY(RoadmapTemplates::validate(t).isEmpty());
    }

    void deletedMilestonesAreNotChecked()
    {
        RoadmapTemplate t = tpl({step(QStringLiteral("A"), 0, true), step(QStringLiteral("B"), 5, true)});
        t.milestones[1].deleted = true; // the second first-value mark is gone with its milestone
        QVERIFY(RoadmapTemplates::validate(t).isEmpty());
    }

    void aTemplateWithoutMilestonesCanBeSavedButNotApplied()
    {
        RoadmapTemplate t = tpl({});
        QVERIFY(RoadmapTemplates::validate(t).isEmpty());
        const Status st = RoadmapTemplates::checkApplicable(t);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::InvalidValue);
        QCOMPARE(st.error().where, QStringLiteral("Pilot"));
        QVERIFY(!st.error().hint.isEmpty());

        // Only deleted milestones left: the same.
        t = tpl({step(QStringLiteral("A"), 0)});
        t.milestones[0].deleted = true;
        QVERIFY(!RoadmapTemplates::checkApplicable(t).ok());
    }

    void aRetiredTemplateIsNotApplied()
    {
        RoadmapTemplate t = tpl({step(QStringLiteral("A"), 0)});
        t.retired = true;
        QVERIFY(RoadmapTemplates::validate(t).isEmpty()); // still valid: its roadmaps keep pointing at it
        QVERIFY(!RoadmapTemplates::checkApplicable(t).ok());
    }

    void liveMilestonesComeInPlanOrder()
    {
        RoadmapTemplate t =
            tpl({step(QStringLiteral("C"), 9), step(QStringLiteral("A"), 0), step(QStringLiteral("B"), 3)});
        t.milestones[0].position = 2;
        t.milestones[1].position = 0;
        t.milestones[2].position = 1;
        const auto live = liveMilestones(t);
        QCOMPARE(live.size(), 3);
        QCOMPARE(live.at(0).title, QStringLiteral("A"));
        QCOMPARE(live.at(2).title, QStringLiteral("C"));
    }

    void aDuplicateIsIndependentWithNewIds()
    {
        RoadmapTemplate t = tpl({step(QStringLiteral("Kickoff"), 0), step(QStringLiteral("Gone"), 3),
                                 step(QStringLiteral("Value"), 20, true)});
        t.touchModel = TouchModel::Low;
        t.retired = true;
        t.milestones[1].deleted = true;
        RoadmapTemplate copy =
            RoadmapTemplates::duplicate(t, RoadmapTemplates::copyName(t.name), counter(QStringLiteral("n")));
        QCOMPARE(copy.id, QStringLiteral("n-1"));
        QCOMPARE(copy.name, QStringLiteral("Pilot (copy)"));
        QCOMPARE(copy.touchModel, std::optional<TouchModel>(TouchModel::Low));
        QVERIFY(!copy.retired);
        QCOMPARE(copy.milestones.size(), 2); // the deleted one is not copied
        QCOMPARE(copy.milestones.at(0).id, QStringLiteral("n-2"));
        QCOMPARE(copy.milestones.at(1).id, QStringLiteral("n-3"));
        QCOMPARE(copy.milestones.at(1).templateId, copy.id);
        QCOMPARE(copy.milestones.at(1).position, 1);
        QCOMPARE(copy.milestones.at(1).offsetBusinessDays, 20);
        QVERIFY(copy.milestones.at(1).firstValue);

        copy.milestones[0].title = QStringLiteral("Changed");
        QCOMPARE(t.milestones.at(0).title, QStringLiteral("Kickoff"));
    }

    void defaultTemplatesCoverEachTouchModelInBothLanguages_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("English") << int(TemplateLanguage::English);
        QTest::newRow("Japanese") << int(TemplateLanguage::Japanese);
    }

    void defaultTemplatesCoverEachTouchModelInBothLanguages()
    {
        QFETCH(int, language);
        const auto templates =
            defaultRoadmapTemplates(TemplateLanguage(language), counter(QStringLiteral("d")));
        QCOMPARE(templates.size(), 3);
        const QList<TouchModel> models = {TouchModel::High, TouchModel::Low, TouchModel::Tech};
        // First value after 35, 20 and 10 business days: high touch pilots first, tech touch is self-serve.
        const QList<int> firstValueOffsets = {35, 20, 10};
        for (int i = 0; i < 3; ++i) {
            const RoadmapTemplate& t = templates.at(i);
            QCOMPARE(t.touchModel, std::optional<TouchModel>(models.at(i)));
            QVERIFY2(RoadmapTemplates::checkApplicable(t).ok(), qPrintable(t.name));
            int firstValues = 0;
            int previous = -1;
            for (const TemplateMilestone& m : t.milestones) {
                QCOMPARE(m.templateId, t.id);
                QVERIFY(!m.successCriterion.isEmpty());
                QVERIFY(m.offsetBusinessDays >= previous); // listed in date order
                previous = m.offsetBusinessDays;
                if (m.firstValue) {
                    ++firstValues;
                    QCOMPARE(m.offsetBusinessDays, firstValueOffsets.at(i));
                }
            }
            QCOMPARE(firstValues, 1);
            QCOMPARE(t.milestones.first().offsetBusinessDays, 0);
            // 90 calendar days hold 64 or 65 weekdays; less a public holiday or two: 62.
            QCOMPARE(t.milestones.last().offsetBusinessDays, 62);
        }
        QCOMPARE(templates.at(0).milestones.size(), 8);
        // Japanese text only in the Japanese set.
        const bool japanese = TemplateLanguage(language) == TemplateLanguage::Japanese;
        QCOMPARE(templates.at(0).name, japanese ? QStringLiteral("エンタープライズ・オンボーディング")
                                                : QStringLiteral("Enterprise onboarding"));
        QCOMPARE(templates.at(2).milestones.at(3).title,
                 japanese ? QStringLiteral("ファーストバリューの達成") : QStringLiteral("First value"));
    }

    void theSeedingLanguageFollowsTheLocale()
    {
        QCOMPARE(templateLanguageFor(QLocale(QLocale::Japanese, QLocale::Japan)), TemplateLanguage::Japanese);
        QCOMPARE(templateLanguageFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 TemplateLanguage::English);
        QCOMPARE(templateLanguageFor(QLocale(QLocale::German)), TemplateLanguage::English);
    }
};

QTEST_GUILESS_MAIN(TestRoadmapTemplates)
#include "tst_roadmaptemplates.moc"
