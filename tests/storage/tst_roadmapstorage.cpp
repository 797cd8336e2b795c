// Roadmaps in the book (issue 15, schema 4): a roadmap applied from a template keeps its milestones whatever
// later happens to the template; templates keep their first-value and retired marks; company holidays are
// rows with tombstones that the book's calendar reads.

#include "TestBooks.h"
#include "domain/RoadmapSchedule.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QSignalSpy>
#include <QTest>

using namespace csm;
using namespace csm::test;

class RoadmapStorageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 5, 20)};
    std::unique_ptr<Book> m_book;

    RoadmapTemplate threeSteps()
    {
        RoadmapTemplate t;
        t.name = QStringLiteral("Standard onboarding");
        t.touchModel = TouchModel::Low;
        const QList<QPair<QString, int>> steps = {
            {QStringLiteral("Kickoff"), 0}, {QStringLiteral("Setup"), 1}, {QStringLiteral("First value"), 3}};
        for (int i = 0; i < steps.size(); ++i) {
            TemplateMilestone m;
            m.position = i;
            m.title = steps[i].first;
            m.offsetBusinessDays = steps[i].second;
            m.ownerSide = i == 1 ? OwnerSide::Customer : OwnerSide::Vendor;
            m.firstValue = i == 2;
            t.milestones.append(m);
        }
        return t;
    }

private slots:
    void init()
    {
        m_book.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite")));
        auto book =
            Book::open(m_dir.filePath(QStringLiteral("r.sqlite")), Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(book);
        m_book = std::move(book.value());
    }

    void templateEditsNeverChangeAppliedRoadmaps()
    {
        Account a;
        a.name = QStringLiteral("Acme");
        const Id account = m_book->accounts().save(a)->id;
        auto tpl = m_book->roadmaps().saveTemplate(threeSteps());
        QVERIFY2(tpl, qPrintable(tpl ? QString() : tpl.error().toString()));
        QVERIFY(tpl->milestones.at(2).firstValue);

        // Kickoff Tuesday 2026-04-28 into Golden Week: 29 Apr (Showa Day), 3-6 May (Constitution Day on a
        // Sunday, Greenery Day, Children's Day, the substitute holiday on Wednesday 6 May). Day 0 is 28 Apr,
        // offset 1 is Thursday 30 Apr, offset 3 is 1 May (2), then Thursday 7 May (3).
        const auto calendar = dates::HolidayCalendar::forSettings(m_book->settings());
        auto plan = RoadmapSchedule::apply(tpl.value(), account, QDate(2026, 4, 28), calendar, uuidV7Ids());
        QVERIFY(plan);
        auto saved = m_book->roadmaps().save(plan->roadmap);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        const QList<QDate> due = {QDate(2026, 4, 28), QDate(2026, 4, 30), QDate(2026, 5, 7)};

        RoadmapTemplate edited = tpl.value();
        edited.milestones[1].title = QStringLiteral("Technical setup");
        edited.milestones[2].offsetBusinessDays = 10;
        edited.milestones[2].firstValue = false;
        edited.milestones[0].firstValue = true;
        edited.milestones.removeAt(1); // tombstoned
        QVERIFY(m_book->roadmaps().saveTemplate(edited));
        QCOMPARE(m_book->roadmaps().getTemplate(tpl->id)->milestones.size(), 2);

        const auto stored = m_book->roadmaps().forAccount(account);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const QList<Milestone>& ms = stored->first().milestones;
        QCOMPARE(ms.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(ms.at(i).dueOn, due.at(i));
            QCOMPARE(ms.at(i).templateMilestoneId, tpl->milestones.at(i).id);
        }
        QCOMPARE(ms.at(1).title, QStringLiteral("Setup"));
        QCOMPARE(ms.at(2).offsetBusinessDays, 3);
        QVERIFY(ms.at(2).firstValue);
        QVERIFY(!ms.at(0).firstValue);
    }

    void milestoneFieldsOfSchema4RoundTrip()
    {
        Account a;
        a.name = QStringLiteral("Beta");
        const Id account = m_book->accounts().save(a)->id;
        auto tpl = m_book->roadmaps().saveTemplate(threeSteps());
        auto plan =
            RoadmapSchedule::apply(tpl.value(), account, QDate(2026, 5, 11),
                                   dates::HolidayCalendar::forSettings(m_book->settings()), uuidV7Ids());
        QVERIFY(plan);
        Roadmap r = plan->roadmap;
        QVERIFY(RoadmapSchedule::change(r.milestones[0], {MilestoneAction::Start, QDate(2026, 5, 11), {}},
                                        r.kickoffOn, m_clock.today()));
        QVERIFY(RoadmapSchedule::change(r.milestones[0],
                                        {MilestoneAction::Block, {}, QStringLiteral("IT approval")},
                                        r.kickoffOn, m_clock.today()));
        QVERIFY(RoadmapSchedule::move(r, 2, QDate(2026, 6, 1)));
        QVERIFY(m_book->roadmaps().save(r));
        const Roadmap got = m_book->roadmaps().get(r.id).value();
        QCOMPARE(got.milestones.at(0).status, MilestoneStatus::Blocked);
        QCOMPARE(got.milestones.at(0).startedOn, std::optional(QDate(2026, 5, 11)));
        QCOMPARE(got.milestones.at(0).blockedReason, QStringLiteral("IT approval"));
        QVERIFY(got.milestones.at(2).movedByHand);
        QCOMPARE(got.milestones.at(2).dueOn, QDate(2026, 6, 1));
    }

    void retiredTemplatesStayAndATombstoneIsUndone()
    {
        RoadmapTemplate t = threeSteps();
        t.retired = true;
        auto saved = m_book->roadmaps().saveTemplate(t);
        QVERIFY(saved);
        QVERIFY(m_book->roadmaps().templates()->first().retired);
        QVERIFY(m_book->roadmaps().removeTemplate(saved->id));
        QVERIFY(m_book->roadmaps().templates()->isEmpty());
        QVERIFY(m_book->roadmaps().restoreTemplate(saved->id));
        QCOMPARE(m_book->roadmaps().templates()->size(), 1);
    }

    void aTemplateThatFailsValidationWritesNothing()
    {
        RoadmapTemplate t = threeSteps();
        t.milestones[1].title.clear();
        auto saved = m_book->roadmaps().saveTemplate(t);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::InvalidValue);
        QVERIFY(saved.error().where.contains(QStringLiteral("milestones[1]")));
        QVERIFY(m_book->roadmaps().templates()->isEmpty());
    }

    void companyHolidaysAreRowsWithTombstones()
    {
        CompanyHolidayRepository& holidays = m_book->companyHolidays();
        QSignalSpy changed(m_book.get(), &Book::changed);
        auto added = holidays.add({{QDate(2026, 8, 13), QStringLiteral("Obon"), 0},
                                   {QDate(2026, 8, 14), QStringLiteral("Obon"), 0}});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(m_book->settings().companyHolidays.size(), 2);
        QCOMPARE(changed.size(), 1);

        // A date already live refuses the whole batch.
        auto twice = holidays.add({{QDate(2026, 12, 28), QStringLiteral("Year end"), 0},
                                   {QDate(2026, 8, 14), QStringLiteral("Obon"), 0}});
        QVERIFY(!twice);
        QCOMPARE(holidays.list()->size(), 2);

        // Thursday 13 Aug off: kickoff Wednesday 12 Aug + 1 business day is Monday 17 Aug.
        QVERIFY(holidays.remove({added->at(1).id}));
        auto calendar = dates::HolidayCalendar::forSettings(m_book->settings());
        QCOMPARE(dates::addBusinessDays(QDate(2026, 8, 12), 1, calendar), QDate(2026, 8, 14));
        QCOMPARE(holidays.list()->size(), 2); // the removed one stays as a tombstone
        QVERIFY(holidays.list()->at(1).deleted);
        QVERIFY(holidays.restore({added->at(1).id}));
        calendar = dates::HolidayCalendar::forSettings(m_book->settings());
        QCOMPARE(dates::addBusinessDays(QDate(2026, 8, 12), 1, calendar), QDate(2026, 8, 17));
    }
};

QTEST_GUILESS_MAIN(RoadmapStorageTest)
#include "tst_roadmapstorage.moc"
