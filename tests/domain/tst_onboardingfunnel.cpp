// The onboarding panel: the funnel of a template and the median time to first value (issue 15 item 3).

#include "domain/OnboardingFunnel.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

Id id(const char* s)
{
    return QString::fromLatin1(s);
}

// Template "tpl" with steps A, B, C, D (D added after acc4's roadmap was applied).
RoadmapTemplate funnelTemplate()
{
    RoadmapTemplate t;
    t.id = id("tpl");
    t.name = QStringLiteral("Standard");
    const char* titles[] = {"A", "B", "C", "D"};
    for (int i = 0; i < 4; ++i) {
        TemplateMilestone m;
        m.id = QStringLiteral("step-%1").arg(QLatin1String(titles[i]));
        m.templateId = t.id;
        m.position = i;
        m.title = QLatin1String(titles[i]);
        m.offsetBusinessDays = i * 5;
        m.firstValue = i == 2;
        t.milestones.append(m);
    }
    return t;
}

// statuses: one letter per step A.. (d done, s skipped, p planned, i in progress); '.' for a step the roadmap
// lacks.
Roadmap roadmap(const char* rid, const char* account, const char* kickoff, const char* statuses,
                const char* templateId = "tpl")
{
    Roadmap r;
    r.id = id(rid);
    r.accountId = id(account);
    r.templateId = id(templateId);
    r.kickoffOn = d(kickoff);
    for (int i = 0; statuses[i]; ++i) {
        if (statuses[i] == '.')
            continue;
        Milestone m;
        m.id = QStringLiteral("%1-%2").arg(r.id).arg(i);
        m.templateMilestoneId = QStringLiteral("step-%1").arg(QChar(u'A' + i));
        m.position = i;
        m.dueOn = r.kickoffOn.addDays(7 * i);
        switch (statuses[i]) {
        case 'd':
            m.status = MilestoneStatus::Done;
            m.completedOn = m.dueOn;
            break;
        case 's':
            m.status = MilestoneStatus::Skipped;
            break;
        case 'i':
            m.status = MilestoneStatus::InProgress;
            break;
        default:
            m.status = MilestoneStatus::Planned;
        }
        r.milestones.append(m);
    }
    return r;
}

QList<Id> ids(std::initializer_list<const char*> list)
{
    QList<Id> out;
    for (const char* s : list)
        out.append(id(s));
    return out;
}

} // namespace

class TestOnboardingFunnel : public QObject
{
    Q_OBJECT

private slots:
    void theFunnelCountsEachAccountsLatestRoadmapStepByStep()
    {
        Roadmap deleted = roadmap("r7", "acc6", "2025-05-01", "dddd");
        deleted.deleted = true;
        const QList<Roadmap> roadmaps = {
            roadmap("r1", "acc1", "2025-04-01", "ddip"),
            roadmap("r2", "acc2", "2024-04-01", "dddd"), // acc2's first onboarding ...
            roadmap("r3", "acc2", "2025-04-01", "dppp"), // ... and its re-onboarding: only this one counts
            roadmap("r4", "acc3", "2025-04-01", "dspp"),
            roadmap("r5", "acc4", "2025-01-06", "ddd"), // applied before step D existed
            roadmap("r6", "acc5", "2025-04-01", "dddd", "other"),
            deleted,
        };
        const OnboardingFunnel f = onboardingFunnel(funnelTemplate(), roadmaps);
        QCOMPARE(f.templateId, id("tpl"));
        QCOMPARE(f.accounts, ids({"acc1", "acc2", "acc3", "acc4"}));
        QCOMPARE(f.steps.size(), 4);

        // Step by step, by hand from the letters above:
        //   A: done by all four.
        //   B: done by acc1 and acc4; skipped by acc3; acc2 (re-onboarding) is at B now.
        //   C: done by acc4; acc1 (in progress) and acc3 (B skipped, C planned) are at C now.
        //   D: only the three roadmaps made since D exists have it; nobody is there yet.
        QCOMPARE(f.steps.at(0).title, QStringLiteral("A"));
        QCOMPARE(f.steps.at(0).accounts.size(), 4);
        QCOMPARE(f.steps.at(0).reached, ids({"acc1", "acc2", "acc3", "acc4"}));
        QVERIFY(f.steps.at(0).current.isEmpty());

        QCOMPARE(f.steps.at(1).reached, ids({"acc1", "acc4"}));
        QCOMPARE(f.steps.at(1).skipped, ids({"acc3"}));
        QCOMPARE(f.steps.at(1).current, ids({"acc2"}));

        QVERIFY(f.steps.at(2).firstValue);
        QCOMPARE(f.steps.at(2).reached, ids({"acc4"}));
        QCOMPARE(f.steps.at(2).current, ids({"acc1", "acc3"}));

        QCOMPARE(f.steps.at(3).accounts, ids({"acc1", "acc2", "acc3"}));
        QVERIFY(f.steps.at(3).reached.isEmpty());
        QVERIFY(f.steps.at(3).current.isEmpty());
    }

    void aStepRenamedInTheTemplateKeepsItsCounts()
    {
        RoadmapTemplate t = funnelTemplate();
        t.milestones[1].title = QStringLiteral("B, renamed");
        t.milestones[3].deleted = true;
        const OnboardingFunnel f = onboardingFunnel(t, {roadmap("r1", "acc1", "2025-04-01", "ddip")});
        QCOMPARE(f.steps.size(), 3); // the deleted step is not shown
        QCOMPARE(f.steps.at(1).title, QStringLiteral("B, renamed"));
        QCOMPARE(f.steps.at(1).reached, ids({"acc1"}));
    }

    void medianTimeToFirstValuePerTouchModel()
    {
        const auto sample = [](const char* account, TouchModel m, int business, int calendar) {
            return FirstValueSample{id(account), m, {QDate(), business, calendar}};
        };
        const QList<FirstValueSample> samples = {
            sample("h1", TouchModel::High, 50, 72), sample("h2", TouchModel::High, 30, 44),
            sample("h3", TouchModel::High, 40, 58), sample("l1", TouchModel::Low, 10, 14),
            sample("l2", TouchModel::Low, 20, 30),  sample("l2", TouchModel::Low, 20, 28), // re-onboarded
        };
        const auto m = medianTimeToFirstValue(samples);
        // High: 30, 40, 50 -> 40; calendar 44, 58, 72 -> 58.
        QCOMPARE(m[std::size_t(Segment::High)].roadmaps, 3);
        QCOMPARE(*m[std::size_t(Segment::High)].businessDays, 40.0);
        QCOMPARE(*m[std::size_t(Segment::High)].calendarDays, 58.0);
        // Low: 10, 20, 20 -> 20; calendar 14, 28, 30 -> 28; accounts l1, l2 once each.
        QCOMPARE(*m[std::size_t(Segment::Low)].businessDays, 20.0);
        QCOMPARE(*m[std::size_t(Segment::Low)].calendarDays, 28.0);
        QCOMPARE(m[std::size_t(Segment::Low)].accounts, ids({"l1", "l2"}));
        // Tech: no sample, no median.
        QCOMPARE(m[std::size_t(Segment::Tech)].roadmaps, 0);
        QVERIFY(!m[std::size_t(Segment::Tech)].businessDays);
        // All six: 10, 20, 20, 30, 40, 50 -> (20 + 30) / 2 = 25; calendar 14, 28, 30, 44, 58, 72 -> 37.
        QCOMPARE(*m[std::size_t(Segment::All)].businessDays, 25.0);
        QCOMPARE(*m[std::size_t(Segment::All)].calendarDays, 37.0);
        QCOMPARE(m[std::size_t(Segment::All)].accounts.size(), 5);
    }

    void samplesComeFromRoadmapsThatReachedFirstValue()
    {
        // acc1: kickoff Mon 2025-04-07, first value (step C) done on its due date 04-21: business days in
        // (04-07, 04-21]: 8-11 (4), 14-18 (9), 21 (10); calendar 14.
        Roadmap reached = roadmap("r1", "acc1", "2025-04-07", "dddp");
        reached.milestones[2].firstValue = true;
        Roadmap notYet = roadmap("r2", "acc2", "2025-04-07", "ddpp");
        notYet.milestones[2].firstValue = true;
        const QHash<Id, TouchModel> models = {{id("acc1"), TouchModel::Low}};
        const auto samples =
            firstValueSamples({reached, notYet}, models, d("2025-06-30"), dates::HolidayCalendar::japan());
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().accountId, id("acc1"));
        QCOMPARE(samples.first().touchModel, TouchModel::Low);
        QCOMPARE(samples.first().time.businessDays, 10);
        QCOMPARE(samples.first().time.calendarDays, 14);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingFunnel)
#include "tst_onboardingfunnel.moc"
