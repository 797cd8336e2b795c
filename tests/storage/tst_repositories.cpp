// Repository round trips: save, get, update, remove (tombstone), restore, with timestamps from the book
// clock.

#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QSignalSpy>
#include <QTest>

using namespace csm;
using namespace csm::test;

class RepositoriesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2025, 6, 2)};
    std::unique_ptr<Book> m_book;
    const QDateTime m_day1 = QDateTime(QDate(2025, 6, 2), QTime(12, 0), QTimeZone::utc());
    const QDateTime m_day2 = QDateTime(QDate(2025, 6, 3), QTime(12, 0), QTimeZone::utc());

    Account newAccount(const QString& name)
    {
        Account a;
        a.name = name;
        a.nameReading = QStringLiteral("よみ");
        a.externalId = QStringLiteral("CRM-") + name;
        a.owner = QStringLiteral("Sato");
        a.seats = 40;
        a.stage = LifecycleStage::Adopting;
        a.touchModelOverride = TouchModel::High;
        a.touchModelOverrideReason = QStringLiteral("strategic");
        return a;
    }

    // save -> get -> update -> remove -> restore for any repository.
    template <typename T, typename Repo, typename Change> void roundTrip(Repo& repo, T record, Change change)
    {
        m_clock.setToday(QDate(2025, 6, 2));
        auto saved = repo.save(record);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QVERIFY(!saved->id.isEmpty());
        QCOMPARE(saved->id.size(), 36);
        QCOMPARE(saved->id.at(14), QLatin1Char('7')); // UUID v7
        QCOMPARE(saved->createdAt, m_day1);
        QCOMPARE(saved->updatedAt, m_day1);
        auto got = repo.get(saved->id);
        QVERIFY(got);
        QCOMPARE(got->id, saved->id);

        m_clock.setToday(QDate(2025, 6, 3));
        T changed = got.value();
        change(changed);
        auto updated = repo.save(changed);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
        QCOMPARE(updated->id, saved->id);
        QCOMPARE(updated->createdAt, m_day1);
        QCOMPARE(updated->updatedAt, m_day2);

        QVERIFY(repo.remove(saved->id));
        auto gone = repo.get(saved->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QCOMPARE(repo.save(changed).error().code, Error::Code::NotFound); // restore first
        QVERIFY(repo.restore(saved->id));
        QVERIFY(repo.get(saved->id));
        QCOMPARE(repo.remove(QStringLiteral("no-such-id")).error().code, Error::Code::NotFound);
    }

private slots:
    void init()
    {
        m_clock.setToday(QDate(2025, 6, 2));
        m_book.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite")));
        auto book =
            Book::open(m_dir.filePath(QStringLiteral("r.sqlite")), Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(book);
        m_book = std::move(book.value());
    }

    void accountsRoundTrip()
    {
        Account a = newAccount(QStringLiteral("Acme"));
        roundTrip(m_book->accounts(), a, [](Account& x) { x.seats = 55; });
        auto list = m_book->accounts().list();
        QCOMPARE(list->size(), 1);
        const Account& stored = list->first();
        QCOMPARE(stored.seats, 55);
        QCOMPARE(stored.nameReading, QStringLiteral("よみ"));
        QCOMPARE(stored.stage, LifecycleStage::Adopting);
        QCOMPARE(stored.touchModelOverride, std::optional<TouchModel>(TouchModel::High));
        QCOMPARE(stored.touchModelOverrideReason, QStringLiteral("strategic"));
        QCOMPARE(m_book->accounts().findByExternalId(QStringLiteral("CRM-Acme"))->value(), stored.id);
        QVERIFY(!m_book->accounts().findByExternalId(QStringLiteral("nope"))->has_value());
        QCOMPARE(m_book->accounts().count().value(), 1);
    }

    void externalIdsAreUniqueAmongLiveAccounts()
    {
        auto first = m_book->accounts().save(newAccount(QStringLiteral("Acme")));
        QVERIFY(first);
        auto dup = m_book->accounts().save(newAccount(QStringLiteral("Acme")));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, Error::Code::InvalidValue);
        QVERIFY(m_book->accounts().remove(first->id));
        QVERIFY(m_book->accounts().save(newAccount(QStringLiteral("Acme")))); // the old one is a tombstone
        QCOMPARE(m_book->accounts().restore(first->id).error().code, Error::Code::InvalidValue);
    }

    void contactsTouchesAndTheRestRoundTrip()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Beta")))->id;
        Contact c;
        c.accountId = acc;
        c.name = QStringLiteral("Tanaka");
        c.role = ContactRole::Champion;
        roundTrip(m_book->contacts(), c, [](Contact& x) { x.email = QStringLiteral("t@example.com"); });
        const Id contactId = m_book->contacts().forAccount(acc)->first().id;
        QCOMPARE(m_book->contacts().forAccount(acc)->first().role, ContactRole::Champion);

        Touch t;
        t.accountId = acc;
        t.occurredOn = QDate(2025, 5, 30);
        t.occurredAt = QTime(10, 30);
        t.kind = TouchKind::Qbr;
        t.participantIds = {contactId};
        t.summary = QStringLiteral("Quarterly review 100% on track");
        t.sentiment = 2;
        t.followUpOn = QDate(2025, 6, 1);
        roundTrip(m_book->touches(), t, [](Touch& x) { x.nextStep = QStringLiteral("send deck"); });
        auto touches = m_book->touches().forAccount(acc);
        QCOMPARE(touches->size(), 1);
        const Touch& st = touches->first();
        QCOMPARE(st.participantIds, QList<Id>{contactId});
        QCOMPARE(st.occurredAt, std::optional<QTime>(QTime(10, 30)));
        QCOMPARE(st.sentiment, std::optional<int>(2));
        QCOMPARE(st.nextStep, QStringLiteral("send deck"));
        auto open = m_book->touches().openFollowUpsDueBy(QDate(2025, 6, 2));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().accountName, QStringLiteral("Beta"));
        QVERIFY(m_book->touches().snoozeFollowUp(st.id, QDate(2025, 6, 10)));
        QCOMPARE(m_book->touches().openFollowUpsDueBy(QDate(2025, 6, 2))->size(), 0);
        QVERIFY(m_book->touches().setFollowUpDone(st.id, true));
        QCOMPARE(m_book->touches().openFollowUpsDueBy(QDate(2025, 7, 1))->size(), 0);
        QCOMPARE(m_book->touches().search(QStringLiteral("100%"), 10)->size(), 1);
        QCOMPARE(m_book->touches().search(QStringLiteral("10_%"), 10)->size(), 0);

        Contract k;
        k.accountId = acc;
        k.startDate = QDate(2024, 4, 1);
        k.arr = 1'200'000;
        roundTrip(m_book->contracts(), k, [](Contract& x) { x.noticeDays = 90; });
        QCOMPARE(m_book->contracts().forAccount(acc)->first().noticeDays, 90);

        Renewal r;
        r.accountId = acc;
        r.renewalDate = QDate(2026, 4, 1);
        roundTrip(m_book->renewals(), r, [](Renewal& x) { x.forecast = RenewalForecast::AtRisk; });
        QCOMPARE(m_book->renewals().forAccount(acc)->first().forecast, RenewalForecast::AtRisk);

        NpsResponse n;
        n.accountId = acc;
        n.respondedOn = QDate(2025, 5, 1);
        n.score = 9;
        roundTrip(m_book->nps(), n, [](NpsResponse& x) { x.score = 10; });
        QCOMPARE(m_book->nps().forAccount(acc)->first().score, 10);
    }

    void roadmapsAndTemplatesKeepTheirMilestones()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Gamma")))->id;
        RoadmapTemplate tpl;
        tpl.name = QStringLiteral("Standard onboarding");
        tpl.touchModel = TouchModel::Low;
        for (int i = 0; i < 3; ++i) {
            TemplateMilestone m;
            m.position = i;
            m.title = QStringLiteral("Step %1").arg(i);
            m.offsetBusinessDays = 5 * i;
            tpl.milestones.append(m);
        }
        auto savedTpl = m_book->roadmaps().saveTemplate(tpl);
        QVERIFY(savedTpl);
        QCOMPARE(savedTpl->milestones.size(), 3);
        QCOMPARE(m_book->roadmaps().templates()->first().milestones.at(2).offsetBusinessDays, 10);

        Roadmap r;
        r.accountId = acc;
        r.templateId = savedTpl->id;
        r.name = tpl.name;
        r.kickoffOn = QDate(2025, 4, 1);
        for (int i = 0; i < 2; ++i) {
            Milestone m;
            m.position = i;
            m.title = QStringLiteral("M%1").arg(i);
            m.dueOn = QDate(2025, 4, 10 + i);
            r.milestones.append(m);
        }
        roundTrip(m_book->roadmaps(), r, [](Roadmap& x) {
            x.milestones.first().status = MilestoneStatus::Done;
            x.milestones.first().completedOn = QDate(2025, 4, 9);
            x.milestones.removeLast(); // tombstoned
        });
        auto maps = m_book->roadmaps().forAccount(acc);
        QCOMPARE(maps->size(), 1);
        QCOMPARE(maps->first().milestones.size(), 1);
        QCOMPARE(maps->first().milestones.first().status, MilestoneStatus::Done);
    }

    void arrEventsKeepTheAccountArr()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Delta")))->id;
        auto event = [&](QDate d, ArrEventKind k, MinorUnits arr) {
            ArrEvent e;
            e.accountId = acc;
            e.effectiveOn = d;
            e.kind = k;
            e.arrAfter = arr;
            return m_book->arrEvents().save(e);
        };
        QVERIFY(event(QDate(2024, 4, 1), ArrEventKind::New, 1'000'000));
        auto expansion = event(QDate(2025, 4, 1), ArrEventKind::Expansion, 1'500'000);
        QVERIFY(expansion);
        QVERIFY(event(QDate(2024, 10, 1), ArrEventKind::Contraction, 800'000)); // older than the expansion
        QCOMPARE(m_book->accounts().get(acc)->arr, 1'500'000);
        QVERIFY(m_book->arrEvents().remove(expansion->id));
        QCOMPARE(m_book->accounts().get(acc)->arr, 800'000);
        QVERIFY(m_book->arrEvents().restore(expansion->id));
        QCOMPARE(m_book->accounts().get(acc)->arr, 1'500'000);
        // Saving the account does not overwrite the ARR its events give.
        Account a = m_book->accounts().get(acc).value();
        a.arr = 5;
        QCOMPARE(m_book->accounts().save(a)->arr, 1'500'000);
        QCOMPARE(m_book->arrEvents().forAccount(acc)->size(), 3);
    }

    // Issue 9, item 6: an account's ARR comes only from ARR events, and saving a contract wrote none.
    void aContractOfAnAccountWithoutArrHistoryWritesItsNewEvent()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Iota")))->id;
        QSignalSpy changed(m_book.get(), &Book::changed);
        Contract k;
        k.accountId = acc;
        k.startDate = QDate(2025, 4, 1);
        k.arr = 5'000'000;
        auto saved = m_book->contracts().saveWithArr(k, std::nullopt);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(changed.count(), 1); // one transaction
        QVERIFY(saved->arrEvent);
        QCOMPARE(saved->arrEvent->kind, ArrEventKind::New);
        QCOMPARE(saved->arrEvent->effectiveOn, QDate(2025, 4, 1));
        QCOMPARE(saved->arrEvent->arrAfter, MinorUnits(5'000'000));
        QCOMPARE(m_book->accounts().get(acc)->arr, MinorUnits(5'000'000));
        QCOMPARE(m_book->accounts().summaries({acc}, QDate(2025, 6, 2))->at(0).arr, MinorUnits(5'000'000));

        // With history, a save writes no event unless a change is given.
        k = saved->contract;
        k.arr = 6'000'000;
        auto unrecorded = m_book->contracts().saveWithArr(k, std::nullopt);
        QVERIFY(unrecorded);
        QVERIFY(!unrecorded->arrEvent);
        QCOMPARE(m_book->arrEvents().forAccount(acc)->size(), 1);
        ArrEvent expansion;
        expansion.effectiveOn = QDate(2025, 6, 1);
        expansion.kind = ArrEventKind::Expansion;
        expansion.arrAfter = 6'000'000;
        auto recorded = m_book->contracts().saveWithArr(k, expansion);
        QVERIFY(recorded);
        QVERIFY(recorded->arrEvent);
        QCOMPARE(recorded->arrEvent->accountId, acc);
        QCOMPARE(m_book->accounts().get(acc)->arr, MinorUnits(6'000'000));

        // A refused change leaves the contract as it was: one transaction.
        k.noticeDays = 30;
        expansion.effectiveOn = QDate(1969, 1, 1);
        QVERIFY(!m_book->contracts().saveWithArr(k, expansion));
        QCOMPARE(m_book->contracts().get(k.id)->noticeDays, 60);
        QCOMPARE(m_book->arrEvents().forAccount(acc)->size(), 2);

        // No event for a contract without ARR.
        const Id other = m_book->accounts().save(newAccount(QStringLiteral("Kappa")))->id;
        Contract free;
        free.accountId = other;
        free.startDate = QDate(2025, 4, 1);
        QVERIFY(!m_book->contracts().saveWithArr(free, std::nullopt)->arrEvent);
        QCOMPARE(m_book->arrEvents().forAccount(other)->size(), 0);
    }

    void impossibleValuesAreRefusedWithAnError()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Epsilon")))->id;
        Touch t;
        t.accountId = acc;
        t.occurredOn = QDate(2025, 1, 1);
        t.sentiment = 3;
        auto bad = m_book->touches().save(t);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidValue);
        QVERIFY(!bad.error().message.isEmpty());

        NpsResponse n;
        n.accountId = acc;
        n.respondedOn = QDate(2025, 1, 1);
        n.score = 11;
        QCOMPARE(m_book->nps().save(n).error().code, Error::Code::InvalidValue);

        Account a = newAccount(QStringLiteral("Zeta"));
        a.seats = -1;
        QCOMPARE(m_book->accounts().save(a).error().code, Error::Code::InvalidValue);
        a = newAccount(QStringLiteral("  "));
        QCOMPARE(m_book->accounts().save(a).error().code, Error::Code::InvalidValue);

        Contract k;
        k.accountId = acc;
        k.startDate = QDate(2025, 1, 1);
        k.termMonths = 0;
        QCOMPARE(m_book->contracts().save(k).error().code, Error::Code::InvalidValue);
        k.termMonths = 12;
        k.noticeDays = -1;
        QCOMPARE(m_book->contracts().save(k).error().code, Error::Code::InvalidValue);
        k.noticeDays = 30;
        k.startDate = QDate();
        QCOMPARE(m_book->contracts().save(k).error().code, Error::Code::InvalidValue);
        k.startDate = QDate(2025, 1, 1);
        k.accountId = QStringLiteral("missing-account");
        QCOMPARE(m_book->contracts().save(k).error().code, Error::Code::InvalidValue); // foreign key
        QCOMPARE(m_book->contracts().forAccount(acc)->size(), 0);
    }

    // Issue 9, item 7: values inside what the schema allows but outside domain/Validation's ranges were
    // stored as they came (a touch of 1901 became the account's last touch). Each is refused with the field
    // named, and nothing is written.
    void valuesOutsideTheRangesAreRefusedWithTheFieldNamed()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Eta")))->id;
        const auto refused = [](const Status& s, const char* where) {
            if (s.ok())
                return QStringLiteral("saved");
            if (s.error().code != Error::Code::InvalidValue || s.error().where != QLatin1String(where) ||
                s.error().message.isEmpty())
                return s.error().toString();
            return QString();
        };
        const auto status = [](const auto& result) { return result ? Status() : Status(result.error()); };

        Account a = newAccount(QStringLiteral("Theta"));
        a.seats = 10'000'001;
        QCOMPARE(refused(status(m_book->accounts().save(a)), "account.seats"), QString());
        a.seats = 10'000'000;
        QVERIFY(m_book->accounts().save(a));

        Touch t;
        t.accountId = acc;
        t.summary = QStringLiteral("Kickoff");
        t.occurredOn = QDate(1901, 5, 1);
        QCOMPARE(refused(status(m_book->touches().save(t)), "touch.occurred_on"), QString());
        t.occurredOn = QDate(2026, 6, 3); // a year and a day after the clock's today (2025-06-02)
        QCOMPARE(refused(status(m_book->touches().save(t)), "touch.occurred_on"), QString());
        t.occurredOn = QDate(2025, 6, 1);
        t.followUpOn = QDate(2026, 6, 3);
        QCOMPARE(refused(status(m_book->touches().save(t)), "touch.follow_up_on"), QString());
        QCOMPARE(m_book->touches().forAccount(acc)->size(), 0);
        t.followUpOn = QDate(2026, 6, 2);
        auto saved = m_book->touches().save(t);
        QVERIFY(saved);
        QCOMPARE(
            refused(m_book->touches().snoozeFollowUp(saved->id, QDate(2026, 6, 3)), "touch.follow_up_on"),
            QString());
        QCOMPARE(m_book->touches().get(saved->id)->followUpOn, QDate(2026, 6, 2));

        Contract k;
        k.accountId = acc;
        k.startDate = QDate(1969, 12, 31);
        QCOMPARE(refused(status(m_book->contracts().save(k)), "contract.start_date"), QString());
        k.startDate = QDate(2025, 1, 1);
        k.termMonths = 121;
        QCOMPARE(refused(status(m_book->contracts().save(k)), "contract.term_months"), QString());
        k.termMonths = 12;
        k.noticeDays = 366;
        QCOMPARE(refused(status(m_book->contracts().save(k)), "contract.notice_days"), QString());
        k.noticeDays = 60;
        k.arr = 10'000'000'000'001;
        QCOMPARE(refused(status(m_book->contracts().save(k)), "contract.arr"), QString());
        QCOMPARE(m_book->contracts().forAccount(acc)->size(), 0);

        ArrEvent e;
        e.accountId = acc;
        e.effectiveOn = QDate(2025, 1, 1);
        e.arrAfter = -1;
        QCOMPARE(refused(status(m_book->arrEvents().save(e)), "arr_event.arr_after"), QString());

        NpsResponse n;
        n.accountId = acc;
        n.respondedOn = QDate(2025, 1, 1);
        n.score = 11;
        QCOMPARE(refused(status(m_book->nps().save(n)), "nps_response.score"), QString());
    }

    void settingsAndCompanyHolidaysPersist()
    {
        BookSettings s = m_book->settings();
        QCOMPARE(s.currency, QStringLiteral("JPY"));
        QCOMPARE(s.fiscalYearStartMonth, 4);
        s.cadenceHighDays = 21;
        s.weightNps = 12.5;
        s.companyHolidays = {{QDate(2025, 12, 29), QStringLiteral("Year end")}};
        QSignalSpy spy(m_book.get(), &Book::changed);
        QVERIFY(m_book->saveSettings(s));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().first().value<ChangeSet>().touches(ChangeSet::Entity::Settings));
        const QString path = m_book->path();
        m_book.reset();
        auto again = Book::open(path, Book::OpenMode::ReadWrite, m_clock);
        QVERIFY(again);
        QCOMPARE((*again)->settings().cadenceHighDays, 21);
        QCOMPARE((*again)->settings().weightNps, 12.5);
        QCOMPARE((*again)->settings().companyHolidays.size(), 1);
        QCOMPARE((*again)->settings().companyHolidays.first().name, QStringLiteral("Year end"));
        m_book = std::move(again.value());
    }

    void usageReadsADateRange()
    {
        const Id acc = m_book->accounts().save(newAccount(QStringLiteral("Eta")))->id;
        QCOMPARE(m_book->usage().forAccount(acc, QStringLiteral("active_users"), {}, {})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
