// The synthetic book generator: deterministic for a seed, realistic shape, consistent rows, cancellable.

#include "GeneratorNames_p.h"
#include "SharedData.h"
#include "domain/Clock.h"
#include "domain/HealthBacktest.h"
#include "domain/HealthRows.h"
#include "io/Generator.h"
#include "storage/Book.h"
#include "storage/Repositories.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace csm;

namespace {

const QDate kAsOf(2025, 6, 30);

struct Generated
{
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Book> book;
    GeneratorStats stats;
};

Generated generate(const QString& path, int accounts, quint64 seed, const QString& namesCsv = {},
                   const QString& currency = QStringLiteral("JPY"))
{
    Generated g;
    g.clock = std::make_unique<FixedClock>(kAsOf);
    auto opened = Book::open(path, Book::OpenMode::CreateIfMissing, *g.clock);
    if (!opened) {
        qWarning() << opened.error().toString();
        return g;
    }
    g.book = std::move(opened.value());
    GeneratorOptions o;
    o.accounts = accounts;
    o.seed = seed;
    o.asOf = kAsOf;
    o.currency = currency;
    o.japaneseNamesCsv = namesCsv;
    auto stats = generateBook(*g.book, o);
    if (!stats) {
        qWarning() << stats.error().toString();
        g.book.reset();
        return g;
    }
    g.stats = *stats;
    return g;
}

QList<Account> sortedAccounts(Book& book)
{
    auto list = book.accounts().list();
    if (!list)
        return {};
    QList<Account> accounts = *list;
    std::sort(accounts.begin(), accounts.end(),
              [](const Account& a, const Account& b) { return a.id < b.id; });
    return accounts;
}

QHash<QString, qint64> rowCounts(const Book& book)
{
    auto report = book.check(false);
    return report ? report->rowCounts : QHash<QString, qint64>{};
}

QList<UsageMetric> usageOf(Book& book, const Id& accountId)
{
    auto rows = book.usage().forAccount(accountId, QStringLiteral("active_users"), kAsOf.addYears(-5), kAsOf);
    return rows ? *rows : QList<UsageMetric>{};
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameSeedGivesTheSameBook()
    {
        auto a = generate(m_dir.filePath(QStringLiteral("same-a.sqlite")), 40, 7);
        auto b = generate(m_dir.filePath(QStringLiteral("same-b.sqlite")), 40, 7);
        QVERIFY(a.book && b.book);
        const auto accountsA = sortedAccounts(*a.book);
        const auto accountsB = sortedAccounts(*b.book);
        QCOMPARE(accountsA.size(), 40);
        QCOMPARE(accountsB.size(), accountsA.size());
        for (qsizetype i = 0; i < accountsA.size(); ++i) {
            QCOMPARE(accountsB[i].id, accountsA[i].id);
            QCOMPARE(accountsB[i].name, accountsA[i].name);
            QCOMPARE(accountsB[i].nameReading, accountsA[i].nameReading);
            QCOMPARE(accountsB[i].arr, accountsA[i].arr);
            QCOMPARE(accountsB[i].seats, accountsA[i].seats);
            QCOMPARE(accountsB[i].createdAt, accountsA[i].createdAt);
        }
        QCOMPARE(rowCounts(*b.book), rowCounts(*a.book));
        // Deeper rows too: the touches of one account, field by field.
        auto touchesA = a.book->touches().forAccount(accountsA[3].id);
        auto touchesB = b.book->touches().forAccount(accountsB[3].id);
        QVERIFY(touchesA && touchesB);
        QCOMPARE(touchesB->size(), touchesA->size());
        for (qsizetype i = 0; i < touchesA->size(); ++i) {
            QCOMPARE(touchesB->at(i).id, touchesA->at(i).id);
            QCOMPARE(touchesB->at(i).summary, touchesA->at(i).summary);
            QCOMPARE(touchesB->at(i).sentiment, touchesA->at(i).sentiment);
            QCOMPARE(touchesB->at(i).followUpOn, touchesA->at(i).followUpOn);
        }
    }

    void differentSeedGivesADifferentBook()
    {
        auto a = generate(m_dir.filePath(QStringLiteral("diff-a.sqlite")), 20, 1);
        auto b = generate(m_dir.filePath(QStringLiteral("diff-b.sqlite")), 20, 2);
        QVERIFY(a.book && b.book);
        QSet<QString> namesA, idsA;
        for (const auto& acc : sortedAccounts(*a.book)) {
            namesA.insert(acc.name);
            idsA.insert(acc.id);
        }
        int sameNames = 0;
        for (const auto& acc : sortedAccounts(*b.book)) {
            QVERIFY(!idsA.contains(acc.id));
            sameNames += namesA.contains(acc.name) ? 1 : 0;
        }
        QVERIFY2(sameNames < 5, qPrintable(QString::number(sameNames)));
    }

    void rowCountsAreNearTheTargets()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("counts.sqlite")), 300, 11);
        QVERIFY(g.book);
        const auto counts = rowCounts(*g.book);
        QCOMPARE(counts.value(QStringLiteral("account")), 300);
        QCOMPARE(counts.value(QStringLiteral("touch")), g.stats.touches);
        QCOMPARE(counts.value(QStringLiteral("usage_metric")), g.stats.usageRows);
        QCOMPARE(counts.value(QStringLiteral("contact")), g.stats.contacts);
        QCOMPARE(counts.value(QStringLiteral("arr_event")), g.stats.arrEvents);
        QCOMPARE(counts.value(QStringLiteral("milestone")), g.stats.milestones);
        const double touches = double(g.stats.touches) / 300;
        const double usage = double(g.stats.usageRows) / 300;
        const double contacts = double(g.stats.contacts) / 300;
        QVERIFY2(touches >= 14 && touches <= 28, qPrintable(QString::number(touches)));
        // 60 daily values and up to 54 weekly ones before them, fewer for young, churned or unfed accounts.
        QVERIFY2(usage >= 65 && usage <= 105, qPrintable(QString::number(usage)));
        QVERIFY2(contacts >= 2 && contacts <= 6, qPrintable(QString::number(contacts)));
        QVERIFY(g.stats.npsResponses > 150);
        QVERIFY(g.stats.roadmaps > 10);
        QVERIFY(g.stats.renewals >= 300);
    }

    void everyAccountIsConsistent()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("consistent.sqlite")), 150, 5);
        QVERIFY(g.book);
        Book& book = *g.book;
        const BookSettings settings = book.settings();
        QHash<TouchModel, int> models;
        QHash<ArrEventKind, int> eventKinds;
        QHash<MilestoneStatus, int> milestoneStatuses;
        int churned = 0, overdueOpen = 0, futureOpen = 0, done = 0, noSentiment = 0, notes = 0;
        for (const Account& a : sortedAccounts(book)) {
            QVERIFY2(a.seats > 0, qPrintable(a.name));
            QVERIFY(!a.name.isEmpty());
            QVERIFY(!a.owner.isEmpty());
            ++models[effectiveTouchModel(a, settings)];

            auto events = book.arrEvents().forAccount(a.id);
            QVERIFY(events && !events->isEmpty());
            QCOMPARE(events->first().kind, ArrEventKind::New);
            QCOMPARE(events->last().arrAfter, a.arr); // account ARR = ARR after the latest event
            QDate previous;
            for (const auto& e : *events) {
                QVERIFY(e.effectiveOn <= kAsOf);
                QVERIFY(!previous.isValid() || e.effectiveOn > previous);
                previous = e.effectiveOn;
                QVERIFY(e.kind == ArrEventKind::Churn ? e.arrAfter == 0 : e.arrAfter > 0);
                ++eventKinds[e.kind];
            }
            if (a.arr == 0) {
                ++churned;
                QCOMPARE(a.stage, LifecycleStage::Churned);
            }

            auto contacts = book.contacts().forAccount(a.id);
            QVERIFY(contacts && contacts->size() >= 2 && contacts->size() <= 6);
            QSet<ContactRole> roles;
            for (const auto& c : *contacts) {
                roles.insert(c.role);
                QVERIFY2(c.email.contains(QLatin1Char('@')), qPrintable(c.email));
            }
            QVERIFY(roles.contains(ContactRole::Champion));
            QVERIFY(roles.contains(ContactRole::ExecutiveSponsor));

            auto contracts = book.contracts().forAccount(a.id);
            QVERIFY(contracts && !contracts->isEmpty());
            for (const auto& c : *contracts) {
                QVERIFY(c.termMonths == 6 || c.termMonths == 12 || c.termMonths == 24 || c.termMonths == 36);
                QVERIFY(c.noticeDays == 30 || c.noticeDays == 60 || c.noticeDays == 90);
                QVERIFY(c.startDate >= kAsOf.addYears(-4).addDays(-1) && c.startDate <= kAsOf);
            }

            auto touches = book.touches().forAccount(a.id);
            QVERIFY(touches);
            for (const auto& t : *touches) {
                QVERIFY(t.occurredOn <= kAsOf);
                if (t.sentiment)
                    QVERIFY(*t.sentiment >= -2 && *t.sentiment <= 2);
                else
                    ++noSentiment;
                if (t.kind == TouchKind::InternalNote) {
                    ++notes;
                    QVERIFY(!t.sentiment);
                }
                if (t.followUpOn) {
                    if (t.followUpDone)
                        ++done;
                    else if (*t.followUpOn < kAsOf)
                        ++overdueOpen;
                    else
                        ++futureOpen;
                }
            }

            auto nps = book.nps().forAccount(a.id);
            QVERIFY(nps);
            for (const auto& n : *nps)
                QVERIFY(n.score >= 0 && n.score <= 10 && n.respondedOn <= kAsOf);

            for (const auto& u : usageOf(book, a.id))
                QVERIFY(u.value >= 0 && u.value <= a.seats && u.date <= kAsOf);

            auto roadmaps = book.roadmaps().forAccount(a.id);
            QVERIFY(roadmaps);
            for (const auto& r : *roadmaps) {
                QVERIFY(!r.milestones.isEmpty());
                for (const auto& m : r.milestones) {
                    QVERIFY(m.dueOn >= r.kickoffOn);
                    QVERIFY(m.status != MilestoneStatus::Done || (m.completedOn && *m.completedOn <= kAsOf));
                    ++milestoneStatuses[m.status];
                }
            }
        }
        QVERIFY(models.value(TouchModel::High) > 0);
        QVERIFY(models.value(TouchModel::Low) > models.value(TouchModel::High));
        QVERIFY(models.value(TouchModel::Tech) > models.value(TouchModel::Low));
        QVERIFY(churned > 0);
        QVERIFY(eventKinds.value(ArrEventKind::Expansion) > 0);
        QVERIFY(eventKinds.value(ArrEventKind::Contraction) > 0);
        QVERIFY(eventKinds.value(ArrEventKind::Churn) > 0);
        QVERIFY(overdueOpen > 0 && futureOpen > 0 && done > 0);
        QVERIFY(noSentiment > 0 && notes > 0);
        for (auto s : {MilestoneStatus::Planned, MilestoneStatus::InProgress, MilestoneStatus::Done,
                       MilestoneStatus::Blocked})
            QVERIFY2(milestoneStatuses.value(s) > 0, qPrintable(toCode(s)));
    }

    void usageHasRisingFlatAndFallingAccounts()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("trends.sqlite")), 100, 3);
        QVERIFY(g.book);
        int rising = 0, flat = 0, falling = 0;
        for (const Account& a : sortedAccounts(*g.book)) {
            // The last four weeks (daily values) against the weekly values of four weeks half a year ago,
            // each a typical day of its week.
            double last = 0, before = 0;
            int lastDays = 0, beforeWeeks = 0;
            for (const UsageMetric& u : usageOf(*g.book, a.id)) {
                const qint64 ago = u.date.daysTo(kAsOf);
                if (ago < 28) {
                    last += u.value;
                    ++lastDays;
                } else if (ago >= 180 && ago < 208) {
                    before += u.value;
                    ++beforeWeeks;
                }
            }
            if (lastDays != 28 || beforeWeeks != 4 || before < 1)
                continue;
            const double ratio = (last / lastDays) / (before / beforeWeeks);
            if (ratio > 1.2)
                ++rising;
            else if (ratio < 0.8)
                ++falling;
            else if (ratio > 0.9 && ratio < 1.1)
                ++flat;
        }
        QVERIFY2(rising > 5 && flat > 5 && falling > 5,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(rising).arg(flat).arg(falling)));
    }

    void usageGoesBackFourteenMonthsWeeklyThenDaily()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("history.sqlite")), 100, 8);
        QVERIFY(g.book);
        int fullHistories = 0;
        for (const Account& a : sortedAccounts(*g.book)) {
            const auto rows = usageOf(*g.book, a.id);
            if (a.arr == 0 || rows.isEmpty() || rows.first().date.daysTo(kAsOf) < 425)
                continue;
            ++fullHistories;
            // Daily over the last 60 days (d-59 .. d), weekly on the as-of date's weekday before that.
            QSet<QDate> dates;
            for (const UsageMetric& u : rows) {
                dates.insert(u.date);
                const qint64 ago = u.date.daysTo(kAsOf);
                QVERIFY(ago >= 0);
                if (ago >= 60)
                    QVERIFY2(ago % 7 == 0, qPrintable(u.date.toString(Qt::ISODate)));
            }
            for (int ago = 0; ago < 60; ++ago)
                QVERIFY(dates.contains(kAsOf.addDays(-ago)));
            for (int ago = 63; ago <= 425; ago += 7)
                QVERIFY(dates.contains(kAsOf.addDays(-ago)));
        }
        QVERIFY2(fullHistories > 30, qPrintable(QString::number(fullHistories)));
    }

    // Real books show churn coming (falling usage, fewer touches, souring sentiment and NPS), with noise:
    // compare the months before each decision of the last year, churned against retained.
    void churnIsForeshadowedWithNoise()
    {
        Book* bookWithHistory = historyBook();
        QVERIFY(bookWithHistory);
        Book& book = *bookWithHistory;
        struct Side
        {
            double usageRatios = 0; // mean usage in the 90 days before the decision ÷ 180-270 days before
            int usageCases = 0;
            int touchesLate = 0;  // customer touches in the 90 days before the decision
            int touchesEarly = 0; // ... and in the 90 days ending 180 days before it
            double sentiment = 0; // over the 180 days before the decision
            int sentiments = 0;
            double nps = 0; // over the year before the decision
            int responses = 0;
            int renewals = 0;
        };
        Side churned, retained;
        for (const Account& a : sortedAccounts(book)) {
            auto renewals = book.renewals().forAccount(a.id);
            auto touches = book.touches().forAccount(a.id);
            auto nps = book.nps().forAccount(a.id);
            QVERIFY(renewals && touches && nps);
            const auto usage = usageOf(book, a.id);
            for (const Renewal& r : *renewals) {
                if (r.outcome == RenewalOutcome::Pending || !r.decidedOn)
                    continue;
                const QDate decided = *r.decidedOn;
                const auto daysBefore = [&](QDate d) { return d.daysTo(decided); };
                Side& side = r.outcome == RenewalOutcome::Churned ? churned : retained;
                ++side.renewals;
                double late = 0, early = 0;
                int lateN = 0, earlyN = 0;
                for (const UsageMetric& u : usage) {
                    const qint64 before = daysBefore(u.date);
                    if (before > 0 && before <= 90) {
                        late += u.value;
                        ++lateN;
                    } else if (before > 180 && before <= 270) {
                        early += u.value;
                        ++earlyN;
                    }
                }
                // Usage goes back 14 months: only the decisions of the last 170 days have both windows.
                if (lateN > 0 && earlyN > 0 && early > 0 && decided >= kAsOf.addDays(-170)) {
                    side.usageRatios += (late / lateN) / (early / earlyN);
                    ++side.usageCases;
                }
                for (const Touch& t : *touches) {
                    if (!isCustomerTouch(t.kind))
                        continue;
                    const qint64 before = daysBefore(t.occurredOn);
                    side.touchesLate += before > 0 && before <= 90 ? 1 : 0;
                    side.touchesEarly += before > 180 && before <= 270 ? 1 : 0;
                    if (t.sentiment && before > 0 && before <= 180) {
                        side.sentiment += *t.sentiment;
                        ++side.sentiments;
                    }
                }
                for (const NpsResponse& n : *nps) {
                    const qint64 before = daysBefore(n.respondedOn);
                    if (before >= 0 && before < 365) {
                        side.nps += n.score;
                        ++side.responses;
                    }
                }
            }
        }
        const auto report = [](const char* name, const Side& s) {
            return QStringLiteral("%1: %2 renewals, usage %3 (%4), touches %5 -> %6, sentiment %7, NPS %8")
                .arg(QLatin1String(name))
                .arg(s.renewals)
                .arg(s.usageRatios / std::max(1, s.usageCases))
                .arg(s.usageCases)
                .arg(s.touchesEarly)
                .arg(s.touchesLate)
                .arg(s.sentiment / std::max(1, s.sentiments))
                .arg(s.nps / std::max(1, s.responses));
        };
        const QString why = report("churned", churned) + QLatin1String("; ") + report("retained", retained);
        qInfo().noquote() << why;
        QVERIFY2(churned.usageCases >= 8 && retained.usageCases >= 100, qPrintable(why));
        // Usage: churners fall by a quarter or more on average; the others hold steady.
        QVERIFY2(churned.usageRatios / churned.usageCases < 0.75, qPrintable(why));
        QVERIFY2(qAbs(retained.usageRatios / retained.usageCases - 1) < 0.1, qPrintable(why));
        // Touches thin out before churn, not before a renewal.
        QVERIFY2(churned.touchesLate < 0.7 * churned.touchesEarly, qPrintable(why));
        QVERIFY2(retained.touchesLate > 0.85 * retained.touchesEarly, qPrintable(why));
        // Worse sentiment and NPS.
        QVERIFY2(churned.sentiment / churned.sentiments < retained.sentiment / retained.sentiments - 0.2,
                 qPrintable(why));
        QVERIFY2(churned.nps / churned.responses < retained.nps / retained.responses - 0.5, qPrintable(why));
    }

    // The health model's back-test on a generated book finds the churners, but not all of them: some
    // churners look healthy, and some accounts that renew do not.
    void theBacktestOfAGeneratedBookIsInformative()
    {
        Book* bookWithHistory = historyBook();
        QVERIFY(bookWithHistory);
        Book& book = *bookWithHistory;
        const BookSettings settings = book.settings();
        const HealthModel model = HealthModel::fromSettings(settings);
        QList<BacktestRenewal> cases;
        HealthBandCounts now;
        int churnedGreenAtBoth = 0, retainedRed = 0;
        for (const Account& a : sortedAccounts(book)) {
            auto events = book.arrEvents().forAccount(a.id);
            auto touches = book.touches().forAccount(a.id);
            auto nps = book.nps().forAccount(a.id);
            auto roadmaps = book.roadmaps().forAccount(a.id);
            auto renewals = book.renewals().forAccount(a.id);
            QVERIFY(events && touches && nps && roadmaps && renewals);
            const HealthAccountRows rows =
                healthRowsOf(a, *events, usageOf(book, a.id), *touches, *nps, *roadmaps);
            if (a.arr > 0)
                now.add(scoreHealth(healthInputsAt(rows, settings, kAsOf), model, kAsOf).band);
            for (const Renewal& r : *renewals) {
                // Decided renewals whose scores fall inside the usage history (the last 14 months).
                if (r.outcome == RenewalOutcome::Pending || r.renewalDate.addDays(-90) < kAsOf.addDays(-365))
                    continue;
                const auto scoreAt = [&](int daysBefore) {
                    const QDate d = r.renewalDate.addDays(-daysBefore);
                    return scoreHealth(healthInputsAt(rows, settings, d), model, d).score;
                };
                const BacktestRenewal c{r.outcome, scoreAt(90), scoreAt(60)};
                cases << c;
                const auto band = [&](std::optional<double> s) {
                    return s ? model.band(*s) : HealthBand::Yellow;
                };
                if (r.outcome == RenewalOutcome::Churned && band(c.score90) == HealthBand::Green &&
                    band(c.score60) == HealthBand::Green)
                    ++churnedGreenAtBoth;
                if (r.outcome != RenewalOutcome::Churned && band(c.score60) == HealthBand::Red)
                    ++retainedRed;
            }
        }
        const HealthBacktest b = runHealthBacktest(cases, now, model);
        const BacktestHorizon& h60 = b.horizons[1];
        const BacktestHorizon& h90 = b.horizons[0];
        const QString why = QStringLiteral("decided %1 (churned %2); AUC 90 %3, 60 %4; medians 60: %5 vs %6; "
                                           "churned not green %7; churned green at both %8; retained red %9; "
                                           "now green %10, yellow %11, red %12, no score %13")
                                .arg(b.decided)
                                .arg(b.churned)
                                .arg(h90.auc.value_or(-1))
                                .arg(h60.auc.value_or(-1))
                                .arg(h60.medianChurned.value_or(-1))
                                .arg(h60.medianRetained.value_or(-1))
                                .arg(b.churnedNotGreenShare.value_or(-1))
                                .arg(churnedGreenAtBoth)
                                .arg(retainedRed)
                                .arg(now.green)
                                .arg(now.yellow)
                                .arg(now.red)
                                .arg(now.noScore);
        qInfo().noquote() << why;
        QVERIFY2(b.enoughHistory && b.churned >= 15, qPrintable(why));
        // Informative: well above chance at both horizons, churners scored lower ...
        QVERIFY2(h90.auc && *h90.auc > 0.65, qPrintable(why));
        QVERIFY2(h60.auc && *h60.auc > 0.65, qPrintable(why));
        QVERIFY2(*h60.medianChurned < *h60.medianRetained - 10, qPrintable(why));
        // ... red churns more than green ...
        QVERIFY2(h60.band(HealthBand::Red).churnRate > h60.band(HealthBand::Green).churnRate,
                 qPrintable(why));
        // ... but not perfect.
        QVERIFY2(*h60.auc < 0.97, qPrintable(why));
        QVERIFY2(churnedGreenAtBoth > 0 && retainedRed > 0, qPrintable(why));
        // The book now: mostly healthy under the default model, with accounts in every band.
        QVERIFY2(b.greenNowShare && *b.greenNowShare > 0.35 && *b.greenNowShare < 0.75, qPrintable(why));
        QVERIFY2(now.red > now.scored() / 20 && now.yellow > now.scored() / 5, qPrintable(why));
    }

    void someAccountsAreSilent()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("silent.sqlite")), 200, 9);
        QVERIFY(g.book);
        const BookSettings settings = g.book->settings();
        int silent = 0;
        for (const Account& a : sortedAccounts(*g.book)) {
            if (a.arr == 0)
                continue;
            auto touches = g.book->touches().forAccount(a.id);
            QVERIFY(touches);
            QDate latest;
            for (const auto& t : *touches) {
                if (isCustomerTouch(t.kind) && (!latest.isValid() || t.occurredOn > latest))
                    latest = t.occurredOn;
            }
            if (!latest.isValid() ||
                latest.daysTo(kAsOf) > settings.cadenceDays(effectiveTouchModel(a, settings)))
                ++silent;
        }
        QVERIFY2(silent > 0 && silent < 100, qPrintable(QString::number(silent)));
    }

    void usdBookUsesItsOwnThresholds()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("usd.sqlite")), 60, 4, {}, QStringLiteral("USD"));
        QVERIFY(g.book);
        QCOMPARE(g.book->settings().currency, QStringLiteral("USD"));
        const BookSettings settings = g.book->settings();
        int high = 0;
        for (const Account& a : sortedAccounts(*g.book))
            high += settings.touchModelForArr(a.arr) == TouchModel::High ? 1 : 0;
        QVERIFY(high < 30);
    }

    void japaneseNamesComeFromTheCsv()
    {
        const QString csv = test::sharedDataFile(QStringLiteral("japan/JIGYOSYO.CSV"));
        CSM_REQUIRE_SHARED_FILE(csv);
        auto g = generate(m_dir.filePath(QStringLiteral("real-names.sqlite")), 100, 1, csv);
        QVERIFY(g.book);
        int japanese = 0;
        for (const Account& a : sortedAccounts(*g.book)) {
            if (a.nameReading.isEmpty())
                continue;
            ++japanese;
            QVERIFY2(a.name.contains(QStringLiteral("会社")), qPrintable(a.name));
            QVERIFY(!a.name.contains(QStringLiteral("（株）")));
            for (QChar c : a.name)
                QVERIFY2(c.unicode() < 0xFF01 || c.unicode() > 0xFF5E,
                         qPrintable(a.name)); // no full-width ASCII
            for (QChar c : a.nameReading) {
                QVERIFY2(c.unicode() < 0xFF61 || c.unicode() > 0xFF9F,
                         qPrintable(a.nameReading)); // no half-width
            }
        }
        QVERIFY2(japanese >= 40 && japanese <= 80, qPrintable(QString::number(japanese)));

        auto list = io::loadJapanPostCompanies(csv);
        QVERIFY(list);
        QVERIFY(list->size() > 5000);
        bool foundNikkei = false;
        for (const auto& c : *list) {
            if (c.name == QStringLiteral("株式会社日本経済新聞社 札幌支社")) {
                foundNikkei = true;
                QCOMPARE(c.reading, QStringLiteral("ニホンケイザイシンブンシヤ サツポロシシヤ"));
                QCOMPARE(c.regionHint, 0);
            }
        }
        QVERIFY(foundNikkei);
    }

    void halfWidthReadingsBecomeFullWidthWithoutLegalForm()
    {
        QCOMPARE(io::readingFromHalfWidth(u"(ｶﾌﾞ) ﾆﾎﾝｹｲｻﾞｲｼﾝﾌﾞﾝｼﾔ"),
                 QStringLiteral("ニホンケイザイシンブンシヤ"));
        QCOMPARE(io::readingFromHalfWidth(u"ｲﾄｳｸﾞﾐﾄﾞｹﾝ ｶﾌﾞｼｷｶﾞｲｼﾔ"), QStringLiteral("イトウグミドケン"));
        QCOMPARE(io::readingFromHalfWidth(u"ﾊﾟﾅｿﾆﾂｸ"), QStringLiteral("パナソニツク"));
        QCOMPARE(io::readingFromHalfWidth(u"ｶﾌﾞｼｷｶﾞｲｼﾔｲｼｶﾞｷ"), QStringLiteral("イシガキ"));
        QCOMPARE(io::readingFromHalfWidth(u"ｶﾝﾎﾟｾｲﾒｲﾎｹﾝ ｾﾝﾀﾞｲｻ-ﾋﾞｽｾﾝﾀ-"),
                 QStringLiteral("カンポセイメイホケン センダイサービスセンター"));
        QCOMPARE(io::romanize(u"トウキョウ"), QStringLiteral("toukyou"));
        QCOMPARE(io::romanize(u"サッポロ"), QStringLiteral("sapporo"));
        QCOMPARE(io::romanize(u"シャチョウ"), QStringLiteral("shachou"));
    }

    void cancelLeavesTheBookUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        auto g = generate(path, 10, 1);
        QVERIFY(g.book);
        const auto before = rowCounts(*g.book);
        GeneratorOptions o;
        o.accounts = 500;
        o.seed = 99;
        o.asOf = kAsOf;
        int calls = 0;
        o.progress = [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 4;
        };
        auto result = generateBook(*g.book, o);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QVERIFY(calls > 1);
        QCOMPARE(rowCounts(*g.book), before);
        QCOMPARE(g.book->accounts().count().value(), 10);
    }

    void progressReachesTheEnd()
    {
        auto g = generate(m_dir.filePath(QStringLiteral("progress-base.sqlite")), 10, 1);
        QVERIFY(g.book);
        qint64 lastDone = -1, lastTotal = 0;
        bool monotonic = true;
        GeneratorOptions o;
        o.accounts = 100;
        o.seed = 100;
        o.asOf = kAsOf;
        o.progress = [&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            return true;
        };
        auto result = generateBook(*g.book, o);
        QVERIFY(result);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, result->totalRows());
        QVERIFY(lastTotal >= lastDone);
    }

    void accountCountOutsideTheRangeIsRefused()
    {
        FixedClock clock(kAsOf);
        auto book = Book::open(m_dir.filePath(QStringLiteral("range.sqlite")),
                               Book::OpenMode::CreateIfMissing, clock);
        QVERIFY(book);
        for (int n : {0, 9, 100'001}) {
            GeneratorOptions o;
            o.accounts = n;
            auto result = generateBook(*book.value(), o);
            QVERIFY(!result);
            QCOMPARE(result.error().code, Error::Code::InvalidValue);
        }
        QCOMPARE(book.value()->accounts().count().value(), 0);
    }

private:
    // One larger book for the tests of churn and the back-test (generated once).
    Book* historyBook()
    {
        if (!m_history.book)
            m_history = generate(m_dir.filePath(QStringLiteral("history-1500.sqlite")), 1500, 21);
        return m_history.book.get();
    }

    QTemporaryDir m_dir;
    Generated m_history;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
