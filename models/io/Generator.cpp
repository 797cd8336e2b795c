#include "io/Generator.h"

#include "GeneratorCondition_p.h"
#include "GeneratorNames_p.h"
#include "GeneratorRandom_p.h"
#include "GeneratorVocabulary_p.h"
#include "domain/Dates.h"
#include "domain/DefaultTemplates.h"
#include "domain/RoadmapSchedule.h"
#include "domain/RoadmapTemplates.h"
#include "domain/Uuid.h"
#include "storage/Book.h"
#include "storage/BulkWriter.h"
#include "storage/HealthRecompute.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace csm {
namespace {

using io::AccountCondition;
using io::CompanyName;
using io::NameSource;
using io::Rng;
using io::Vocabulary;

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kEstimatedRowsPerAccount = 118;
// Usage history: daily values over the last 60 days, one a week before that, back to about 14.5 months, so
// that a year of weekly health snapshots (each looking 60 days back) and the back-test have usage to read.
constexpr int kDailyUsageDays = 60;
constexpr int kUsageHistoryDays = 440;

class GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(csm::io::Generator)
};

enum class Trend
{
    Rising,
    Flat,
    Falling
};

// A CRM account id in Salesforce's 15-character form ("001" and 12 base-62 characters).
QString crmId(Rng& rng)
{
    static constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    char id[16] = "001";
    for (int i = 3; i < 15; ++i)
        id[i] = digits[rng.range(0, 61)];
    id[15] = '\0';
    return QString::fromLatin1(id, 15);
}

qint64 dayStartMs(QDate d)
{
    return (d.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay;
}

// The active stretch of an account under one contract: its start, the renewals it went through and how it
// ended (churn) if it did.
struct ContractRun
{
    Contract contract;
    QDate end; // churn date, or invalid while the contract runs
};

// Everything decided about one account before its rows are written.
struct AccountPlan
{
    Account account;
    CompanyName company;
    TouchModel model = TouchModel::Tech;
    Trend trend = Trend::Flat;
    QDate firstStart;
    QDate currentStart; // start of the latest contract
    QDate churnedOn;    // invalid unless the account is churned now
    QDate lastChurn;    // latest churn, also for reactivated accounts
    MinorUnits arrBeforeChurn = 0;
    QString firstContractRule; // the first contract's notice rule code, or empty for "noticeDays days"
    QList<Contact> contacts;
};

class BookGenerator
{
public:
    BookGenerator(Book& book, const GeneratorOptions& options, BulkWriter& writer,
                  const BookSettings& settings, NameSource& names, QList<RoadmapTemplate> bookTemplates)
        : m_book(book), m_options(options), m_writer(writer), m_settings(settings),
          m_words(Vocabulary::forBook(settings.currency == QLatin1String("JPY"))), m_names(names),
          m_calendar(dates::HolidayCalendar::forSettings(settings)),
          m_asOf(options.asOf.isValid() ? options.asOf : book.clock().today()),
          m_metric(QStringLiteral("active_users")), m_active(QStringLiteral("active")),
          m_churned(QStringLiteral("churned")), m_bookTemplates(std::move(bookTemplates))
    {
        m_japaneseShare = settings.currency == QLatin1String("JPY") ? 0.6 : 0.15;
        m_lowArr = settings.lowTouchMinArr;
        m_highArr = settings.highTouchMinArr;
        m_arrUnit = std::max<MinorUnits>(1, m_lowArr / 100);
    }

    Result<GeneratorStats> run()
    {
        if (auto s = m_writer.begun(); !s)
            return s.error();
        writeTemplates();
        const qint64 estimate = qint64(m_options.accounts) * kEstimatedRowsPerAccount;
        const std::vector<Slot> order = accountOrder();
        for (int i = 0; i < m_options.accounts; ++i) {
            const Slot& slot = order[std::size_t(i)];
            Rng rng = Rng::forStream(m_options.seed, quint64(slot.index) + 1);
            generateAccount(slot, rng);
            if (m_failed)
                return m_error;
            if (m_options.progress && (i % 64 == 63 || i + 1 == m_options.accounts)) {
                const qint64 done = m_stats.totalRows();
                if (!m_options.progress(done, std::max(estimate, done)))
                    return Error{Error::Code::Cancelled,
                                 GeneratorText::tr("Generation cancelled; the book is unchanged."),
                                 {},
                                 {}};
            }
        }
        // A year of weekly health history and the current scores, so that trends and the back-test exist at
        // once (issue 12), in the generator's transaction: cancelling here leaves the book unchanged too.
        const qint64 rows = m_stats.totalRows();
        const auto stillWanted = [&](qint64, qint64) {
            return !m_options.progress || m_options.progress(rows, rows);
        };
        if (auto s = HealthRecompute::backfill(m_book, m_settings, m_asOf, stillWanted); !s) {
            if (s.error().code == Error::Code::Cancelled)
                return Error{Error::Code::Cancelled,
                             GeneratorText::tr("Generation cancelled; the book is unchanged."),
                             {},
                             {}};
            return s.error();
        }
        if (auto s = m_writer.commit(); !s)
            return s.error();
        return m_stats;
    }

private:
    // When each account became a customer. Accounts are written in that order, so their v7 ids (made from
    // that moment) ascend as they are inserted and the indexes that start with account_id grow at their end
    // instead of being written all over: this keeps a 100,000-account book fast to write.
    struct Slot
    {
        qint64 createdMs = 0;
        int tenureDays = 0;
        int index = 0;
    };

    std::vector<Slot> accountOrder() const
    {
        std::vector<Slot> order;
        order.reserve(std::size_t(m_options.accounts));
        for (int i = 0; i < m_options.accounts; ++i) {
            Rng rng = Rng::forStream(m_options.seed, (quint64(i) + 1) | (quint64(1) << 48));
            Slot s;
            s.index = i;
            // Tenure: some new accounts still onboarding, the rest up to four years back.
            s.tenureDays = rng.chance(0.12) ? rng.range(5, 120) : rng.range(121, 4 * 365);
            s.createdMs = dayStartMs(m_asOf.addDays(-s.tenureDays)) + qint64(rng.range(0, 36'000'000 - 1));
            order.push_back(s);
        }
        std::sort(order.begin(), order.end(), [](const Slot& a, const Slot& b) {
            return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.index < b.index;
        });
        return order;
    }

    // --- rows
    // -------------------------------------------------------------------------------------------------

    QDate clampToAsOf(QDate d) const { return d > m_asOf ? m_asOf : d; }

    // Id and timestamps of a record made on a day: a v7 UUID from that moment, so ids sort by creation.
    void stamp(Record& r, QDate day, Rng& rng)
    {
        const qint64 ms = dayStartMs(clampToAsOf(day)) + qint64(rng.range(0, 36'000'000 - 1));
        r.id = uuidV7(ms, rng.next(), rng.next());
        r.createdAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        r.updatedAt = r.createdAt;
    }

    template <typename T> void put(const T& row, qint64& counter)
    {
        if (m_failed)
            return;
        if (auto s = m_writer.add(row); !s) {
            m_failed = true;
            m_error = s.error();
            return;
        }
        ++counter;
    }

    MinorUnits roundArr(double v) const
    {
        const auto units = static_cast<MinorUnits>(v / double(m_arrUnit) + 0.5);
        return std::max<MinorUnits>(1, units) * m_arrUnit;
    }

    // --- templates
    // ----------------------------------------------------------------------------------------------

    // The default templates (domain/DefaultTemplates.h) in the book's language, one per touch model; a book
    // that has a live template for a touch model already (seeded when it was made) keeps it and its roadmaps
    // are made from it.
    void writeTemplates()
    {
        Rng rng = Rng::forStream(m_options.seed, 0);
        const QDate created = m_asOf.addDays(-4 * 365 - 30);
        const TemplateLanguage language = m_settings.currency == QLatin1String("JPY")
                                              ? TemplateLanguage::Japanese
                                              : TemplateLanguage::English;
        const IdSource ids = [&] {
            Record r;
            stamp(r, created, rng);
            return r.id;
        };
        for (RoadmapTemplate t : defaultRoadmapTemplates(language, ids)) {
            const auto own =
                std::find_if(m_bookTemplates.cbegin(), m_bookTemplates.cend(), [&](const RoadmapTemplate& b) {
                    return b.touchModel == t.touchModel && RoadmapTemplates::checkApplicable(b).ok();
                });
            if (own != m_bookTemplates.cend()) {
                m_templates.append(*own);
                continue;
            }
            t.createdAt = QDateTime::fromMSecsSinceEpoch(dayStartMs(created), Qt::UTC);
            t.updatedAt = t.createdAt;
            for (TemplateMilestone& m : t.milestones) {
                m.createdAt = t.createdAt;
                m.updatedAt = t.createdAt;
            }
            m_templates.append(t);
            qint64 ignored = 0;
            put(t, ignored);
        }
    }

    // --- one account
    // --------------------------------------------------------------------------------------------

    void generateAccount(const Slot& slot, Rng& rng)
    {
        AccountPlan plan;
        planAccount(slot, rng, plan);
        put(plan.account, m_stats.accounts);
        writeContacts(plan, rng);
        writeContractsAndArr(plan, rng); // fills the rows decided in planAccount
        writeTouches(plan, rng);
        writeUsage(plan, rng);
        writeNps(plan, rng);
        writeRoadmaps(plan, rng);
    }

    void planAccount(const Slot& slot, Rng& rng, AccountPlan& p)
    {
        const bool japanese = rng.chance(m_japaneseShare);
        p.company = m_names.company(rng, japanese);
        p.firstStart = m_asOf.addDays(-slot.tenureDays);

        // ARR: a touch-model tier first, then log-uniform inside it (lower values more common).
        const int tier = rng.weighted(std::array{64, 30, 6}); // tech, low, high
        double lo = double(m_lowArr) / 8, hi = double(m_lowArr);
        if (tier == 1) {
            lo = double(m_lowArr);
            hi = double(m_highArr);
        } else if (tier == 2) {
            lo = double(m_highArr);
            hi = double(m_highArr) * 5;
        }
        const double u = std::pow(rng.uniform(), 1.4);
        m_targetArr = roundArr(lo * std::pow(hi / lo, u));

        planHistory(p, rng);
        p.firstContractRule = noticeRuleFor(slot);

        Account& a = p.account;
        const MinorUnits arrRef = a.arr > 0 ? a.arr : p.arrBeforeChurn;
        const TouchModel byArr = m_settings.touchModelForArr(arrRef);
        p.model = byArr;
        if (rng.chance(0.03)) {
            p.model = byArr == TouchModel::High
                          ? TouchModel::Low
                          : (byArr == TouchModel::Low ? TouchModel::High : TouchModel::Low);
            a.touchModelOverride = p.model;
            a.touchModelOverrideReason = rng.pick(m_words.overrideReasons);
        }

        a.id = uuidV7(slot.createdMs, rng.next(), rng.next());
        a.createdAt = QDateTime::fromMSecsSinceEpoch(slot.createdMs, Qt::UTC);
        a.updatedAt = a.createdAt;
        a.name = p.company.name;
        a.nameReading = p.company.reading;
        a.externalId = crmId(rng);
        a.owner = rng.pick(m_words.owners);
        a.industry = rng.pick(m_words.industries);
        const int planIndex = byArr == TouchModel::Tech  ? rng.weighted(std::array{70, 30, 0, 0})
                              : byArr == TouchModel::Low ? rng.weighted(std::array{0, 60, 40, 0})
                                                         : rng.weighted(std::array{0, 0, 40, 60});
        a.plan = m_words.plans[planIndex];
        static constexpr std::array<double, 4> seatPrice = {0.036, 0.06, 0.09, 0.12}; // share of the low tier
        a.seats =
            std::max(1, int(double(arrRef) / (double(m_lowArr) * seatPrice[std::size_t(planIndex)]) + 0.5));
        a.region = regionFor(p.company, rng);

        if (a.arr == 0) {
            a.stage = LifecycleStage::Churned;
        } else {
            const QDate renewal =
                dates::currentRenewalDate(p.currentStart, m_runs.constLast().contract.termMonths, m_asOf);
            if (p.currentStart.daysTo(m_asOf) < 90)
                a.stage = LifecycleStage::Onboarding;
            else if (m_asOf.daysTo(renewal) <= 90)
                a.stage = LifecycleStage::Renewing;
            else if (p.firstStart.daysTo(m_asOf) < 365)
                a.stage = LifecycleStage::Adopting;
            else
                a.stage = LifecycleStage::Mature;
        }
        a.status = a.arr > 0 ? m_active : m_churned;

        if (a.arr == 0)
            p.trend = Trend::Falling;
        else
            p.trend = static_cast<Trend>(rng.weighted(std::array{30, 45, 25}));
        if (!m_renewals.isEmpty() && m_renewals.constLast().outcome == RenewalOutcome::Pending) {
            // commit, likely, at risk, lost: by how the account is doing
            const auto odds = p.trend == Trend::Rising ? std::array{50, 45, 5, 0}
                              : p.trend == Trend::Flat ? std::array{25, 60, 15, 0}
                                                       : std::array{0, 30, 55, 15};
            m_renewals.last().forecast = static_cast<RenewalForecast>(rng.weighted(odds));
        }
        planCondition(p, rng);
    }

    // How the account does over time (GeneratorCondition_p.h): its runs as a customer, where its usage is
    // going now, a decline before most churned renewals and some contractions, and now and then a bad patch
    // that passes.
    void planCondition(const AccountPlan& p, Rng& rng)
    {
        AccountCondition& c = m_condition;
        c.clear();
        for (const ContractRun& run : m_runs) {
            c.addActiveRun(run.contract.startDate.toJulianDay(),
                           run.end.isValid() ? run.end.toJulianDay() : std::numeric_limits<qint64>::max());
        }
        const qint64 today = m_asOf.toJulianDay();
        const int ramp = rng.range(90, 240);
        if (p.account.arr > 0) {
            switch (p.trend) {
            case Trend::Rising:
                c.setUsageTrend(today - ramp, today, rng.uniform(0.6, 0.8), rng.uniform(1.05, 1.2));
                break;
            case Trend::Flat:
                c.setUsageTrend(today - ramp, today, 1, rng.uniform(0.97, 1.03));
                break;
            case Trend::Falling:
                c.addDecline(today - ramp, today, today + 1, rng.uniform(0.3, 0.65));
                break;
            }
        }
        for (const Renewal& r : m_renewals) {
            if (!r.decidedOn)
                continue;
            const qint64 decided = r.decidedOn->toJulianDay();
            const qint64 renewal = r.renewalDate.toJulianDay();
            if (r.outcome == RenewalOutcome::Churned) {
                // One churner in five looks healthy to the end: a budget cut, an acquisition, a new CIO.
                if (!rng.chance(0.2))
                    c.addDecline(decided - rng.range(120, 270), decided, renewal, rng.uniform(0.25, 0.6));
            } else if (r.outcome == RenewalOutcome::Contracted && rng.chance(0.6)) {
                c.addDecline(decided - rng.range(60, 150), decided, renewal + rng.range(20, 60),
                             rng.uniform(0.65, 0.9));
            }
        }
        const int tenure = int(p.firstStart.daysTo(m_asOf));
        if (tenure > 90 && rng.chance(0.15)) {
            c.addDip(p.firstStart.toJulianDay() + rng.range(30, tenure), rng.range(30, 80),
                     rng.uniform(0.25, 0.5));
        }
    }

    QString regionFor(const CompanyName& c, Rng& rng) const
    {
        static constexpr std::array<int, 8> japanWeights = {4, 5, 45, 14, 18, 5, 3, 6};
        const bool japanBook = m_settings.currency == QLatin1String("JPY");
        if (c.japanese) {
            const int hint = c.regionHint >= 0 ? c.regionHint : rng.weighted(japanWeights);
            return japanBook || rng.chance(0.7) ? m_words.japanRegions[hint] : m_words.worldRegions[2];
        }
        if (japanBook && rng.chance(0.6))
            return m_words.japanRegions[rng.weighted(japanWeights)];
        return rng.pick(m_words.worldRegions);
    }

    // Contracts, renewals and ARR events of the account, first decided (kept in m_runs, m_events,
    // m_renewals) and written later by writeContractsAndArr, once the account row exists.
    void planHistory(AccountPlan& p, Rng& rng)
    {
        m_runs.clear();
        m_events.clear();
        m_renewals.clear();

        Contract first;
        first.startDate = p.firstStart;
        first.termMonths = std::array{12, 24, 36, 6}[std::size_t(rng.weighted(std::array{75, 12, 8, 5}))];
        first.noticeDays = std::array{30, 60, 90}[std::size_t(rng.weighted(std::array{25, 50, 25}))];
        first.autoRenew = rng.chance(0.85);

        int pastRenewals = 0;
        while (dates::renewalDate(first.startDate, first.termMonths, pastRenewals + 1) <= m_asOf)
            ++pastRenewals;
        const bool churner = pastRenewals > 0 && rng.chance(0.08);
        const int churnAt = churner ? rng.range(1, pastRenewals) : 0;

        MinorUnits arr = roundArr(double(m_targetArr) * rng.uniform(0.7, 1.0));
        addEvent(p.firstStart, ArrEventKind::New, arr);
        runContract(first, arr, churnAt, rng);
        p.currentStart = first.startDate;

        if (churner) {
            p.lastChurn = m_runs.constLast().end;
            p.arrBeforeChurn = m_runs.constLast().contract.arr;
            const qint64 room = p.lastChurn.daysTo(m_asOf) - 30;
            if (room > 90 && rng.chance(0.25)) {
                Contract again;
                again.startDate = p.lastChurn.addDays(rng.range(60, int(std::min<qint64>(room, 400))));
                again.termMonths = 12;
                again.noticeDays = 60;
                again.autoRenew = true;
                arr = roundArr(double(p.arrBeforeChurn) * rng.uniform(0.6, 1.0));
                addEvent(again.startDate, ArrEventKind::Reactivation, arr);
                runContract(again, arr, 0, rng);
                p.currentStart = again.startDate;
            } else {
                arr = 0;
                p.churnedOn = p.lastChurn;
            }
        }
        p.account.arr = m_events.isEmpty() ? 0 : m_events.constLast().arrAfter;
        if (p.account.arr > 0) {
            // The renewal ahead; planAccount forecasts it once the account's trend is known.
            Renewal r;
            const Contract& c = m_runs.constLast().contract;
            r.renewalDate = dates::currentRenewalDate(c.startDate, c.termMonths, m_asOf);
            r.outcome = RenewalOutcome::Pending;
            if (rng.chance(0.2))
                r.note = rng.pick(m_words.renewalNotes);
            m_renewals.append(r);
        }
    }

    void addEvent(QDate on, ArrEventKind kind, MinorUnits arrAfter)
    {
        ArrEvent e;
        e.effectiveOn = on;
        e.kind = kind;
        e.arrAfter = arrAfter;
        m_events.append(e);
    }

    // Walks a contract through its renewals up to as-of: mid-term expansions, then at each renewal an outcome
    // (renewed, expanded, contracted, or churned at renewal number churnAt).
    void runContract(Contract c, MinorUnits arr, int churnAt, Rng& rng)
    {
        ContractRun run;
        QDate previous = c.startDate;
        for (int k = 1;; ++k) {
            const QDate renewal = dates::renewalDate(c.startDate, c.termMonths, k);
            if (renewal > m_asOf)
                break;
            const qint64 span = previous.daysTo(renewal);
            if (span > 90 && rng.chance(0.12 * c.termMonths / 12.0)) {
                arr = roundArr(double(arr) * rng.uniform(1.05, 1.3));
                addEvent(previous.addDays(rng.range(30, int(span) - 30)), ArrEventKind::Expansion, arr);
            }
            Renewal r;
            r.renewalDate = renewal;
            const QDate decided = renewal.addDays(-rng.range(3, c.noticeDays));
            r.decidedOn = decided > previous ? decided : previous.addDays(1);
            if (rng.chance(0.15))
                r.note = rng.pick(m_words.renewalNotes);
            if (k == churnAt) {
                r.outcome = RenewalOutcome::Churned;
                r.forecast = rng.chance(0.6) ? RenewalForecast::Lost : RenewalForecast::AtRisk;
                c.arr = arr;
                addEvent(renewal, ArrEventKind::Churn, 0);
                m_renewals.append(r);
                run.end = renewal;
                break;
            }
            switch (rng.weighted(std::array{58, 27, 15})) {
            case 0:
                r.outcome = RenewalOutcome::Renewed;
                r.forecast = static_cast<RenewalForecast>(rng.weighted(std::array{45, 45, 10, 0}));
                break;
            case 1:
                r.outcome = RenewalOutcome::Expanded;
                r.forecast = static_cast<RenewalForecast>(rng.weighted(std::array{55, 40, 5, 0}));
                arr = roundArr(double(arr) * rng.uniform(1.1, 1.5));
                addEvent(renewal, ArrEventKind::Expansion, arr);
                break;
            default:
                r.outcome = RenewalOutcome::Contracted;
                r.forecast = static_cast<RenewalForecast>(rng.weighted(std::array{5, 35, 60, 0}));
                arr = roundArr(double(arr) * rng.uniform(0.6, 0.9));
                addEvent(renewal, ArrEventKind::Contraction, arr);
                break;
            }
            m_renewals.append(r);
            previous = renewal;
        }
        if (!run.end.isValid())
            c.arr = arr;
        run.contract = c;
        m_runs.append(run);
    }

    // The notice rule a first contract states instead of "N days before" (DESIGN §4), or none: the calendar
    // rules of Japanese contracts (前月20日まで, 前月末日まで...) in about a quarter of a yen book's
    // contracts and a tenth of others. Drawn from a stream of its own so that every other generated value
    // stays as it was.
    QString noticeRuleFor(const Slot& slot) const
    {
        Rng rng = Rng::forStream(m_options.seed, (quint64(slot.index) + 1) | (quint64(3) << 48));
        const bool japanBook = m_settings.currency == QLatin1String("JPY");
        if (!rng.chance(japanBook ? 0.25 : 0.1))
            return {};
        static constexpr std::array<const char*, 5> rules = {"day-of-month:20:1:bd", "end-of-month:1:bd",
                                                             "end-of-month:2", "months:3", "months:1:bd"};
        return QLatin1String(rules[std::size_t(rng.weighted(std::array{35, 25, 15, 15, 10}))]);
    }

    void writeContractsAndArr(AccountPlan& p, Rng& rng)
    {
        for (auto& run : m_runs) {
            Contract c = run.contract;
            if (&run == &m_runs.front())
                c.noticeRule = p.firstContractRule;
            stamp(c, c.startDate, rng);
            c.accountId = p.account.id;
            put(c, m_stats.contracts);
        }
        for (auto e : m_events) {
            stamp(e, e.effectiveOn, rng);
            e.accountId = p.account.id;
            put(e, m_stats.arrEvents);
        }
        for (auto r : m_renewals) {
            stamp(r, r.decidedOn ? *r.decidedOn : std::min(m_asOf, r.renewalDate.addDays(-120)), rng);
            r.accountId = p.account.id;
            put(r, m_stats.renewals);
        }
    }

    void writeContacts(AccountPlan& p, Rng& rng)
    {
        const bool japanese = p.company.japanese;
        const int n = p.model == TouchModel::High  ? rng.range(4, 6)
                      : p.model == TouchModel::Low ? rng.range(3, 5)
                                                   : rng.range(2, 4);
        const QString domain = QLatin1Char('@') + p.company.domainSlug +
                               (japanese ? QLatin1String(".example.jp") : QLatin1String(".example.com"));
        QSet<QString> locals;
        for (int i = 0; i < n; ++i) {
            Contact c;
            stamp(c, p.firstStart, rng);
            c.accountId = p.account.id;
            const auto person = NameSource::person(rng, japanese);
            c.name = person.display;
            c.role = i == 0   ? ContactRole::Champion
                     : i == 1 ? ContactRole::ExecutiveSponsor
                              : (rng.chance(0.35) ? ContactRole::Admin : ContactRole::User);
            QString local = person.emailLocal;
            if (locals.contains(local))
                local += QString::number(i);
            locals.insert(local);
            c.email = local + domain;
            if (rng.chance(0.7)) {
                c.phone = japanese
                              ? QStringLiteral("0%1-%2-%3")
                                    .arg(rng.range(3, 99))
                                    .arg(rng.range(1000, 9999))
                                    .arg(rng.range(1000, 9999))
                              : QStringLiteral("+1 555-01%1").arg(rng.range(0, 99), 2, 10, QLatin1Char('0'));
            }
            p.contacts.append(c);
            put(c, m_stats.contacts);
        }
    }

    // +1 for an account on the rise, -1 for one going down, 0 otherwise (also once it has churned: what led
    // to that is its condition's decline).
    static int outlook(const AccountPlan& p)
    {
        if (p.account.arr == 0)
            return 0;
        return p.trend == Trend::Rising ? 1 : p.trend == Trend::Falling ? -1 : 0;
    }

    void writeTouches(AccountPlan& p, Rng& rng)
    {
        static constexpr std::array<int, 11> highKinds = {30, 18, 22, 5, 2, 4, 0, 2, 2, 2, 9};
        static constexpr std::array<int, 11> lowKinds = {8, 15, 30, 1, 0, 4, 0, 14, 12, 1, 7};
        static constexpr std::array<int, 11> techKinds = {1, 4, 25, 0, 0, 0, 0, 15, 45, 1, 5};
        const auto& kinds = p.model == TouchModel::High  ? highKinds
                            : p.model == TouchModel::Low ? lowKinds
                                                         : techKinds;
        const double base = p.model == TouchModel::High ? 95 : (p.model == TouchModel::Low ? 38 : 15);
        const int cadence = m_settings.cadenceDays(p.model);

        QDate end = m_asOf;
        if (p.churnedOn.isValid())
            end = std::min(m_asOf, p.churnedOn.addDays(-1));
        else if (p.account.stage != LifecycleStage::Onboarding && rng.chance(0.06))
            end = m_asOf.addDays(-qint64(cadence * rng.uniform(1.3, 3.0))); // a silent account
        const qint64 span = p.firstStart.daysTo(end);
        if (span < 0)
            return;
        const double tenureFactor = std::clamp(double(span) / 540.0, 0.25, 1.0);
        const int n = int(base * tenureFactor * rng.uniform(0.6, 1.4) + 0.5);

        // The account's usual mood; how it is doing on the day moves it (a churned account's decline does).
        const double mood = 0.9 + 0.2 * outlook(p);
        const double sentimentShare =
            p.model == TouchModel::High ? 0.8 : (p.model == TouchModel::Low ? 0.65 : 0.45);
        for (int i = 0; i < n; ++i) {
            Touch t;
            t.occurredOn = p.firstStart.addDays(rng.range(0, int(span)));
            // An account in trouble is harder to get hold of: touches thin out as the cube of its wellbeing
            // (at 0.6, about one in five remains), and none while it is not a customer.
            const double wellbeing = m_condition.wellbeing(t.occurredOn.toJulianDay());
            if (wellbeing <= 0 || (wellbeing < 1 && !rng.chance(wellbeing * wellbeing * wellbeing)))
                continue;
            stamp(t, t.occurredOn, rng);
            t.accountId = p.account.id;
            t.kind = static_cast<TouchKind>(rng.weighted(kinds));
            const bool early =
                p.firstStart.daysTo(t.occurredOn) < 60 ||
                (p.currentStart.daysTo(t.occurredOn) >= 0 && p.currentStart.daysTo(t.occurredOn) < 60);
            if (early && t.kind != TouchKind::InternalNote && rng.chance(0.5))
                t.kind = TouchKind::OnboardingSession;
            t.summary = rng.pick(m_words.summaries[std::size_t(t.kind)]);
            t.author = t.kind == TouchKind::InAppMessage ? m_words.automationAuthor : p.account.owner;
            if (t.kind == TouchKind::InternalNote) {
                put(t, m_stats.touches);
                continue;
            }
            double inbound = 0.2;
            switch (t.kind) {
            case TouchKind::Email:
                inbound = 0.4;
                break;
            case TouchKind::Call:
                inbound = 0.45;
                break;
            case TouchKind::Escalation:
                inbound = 0.9;
                break;
            case TouchKind::Meeting:
                inbound = 0.1;
                break;
            case TouchKind::InAppMessage:
                inbound = 0.15;
                break;
            case TouchKind::Webinar:
                inbound = 0;
                break;
            default:
                break;
            }
            t.direction = rng.chance(inbound) ? Direction::Inbound : Direction::Outbound;
            const bool live = t.kind != TouchKind::Email && t.kind != TouchKind::InAppMessage;
            if (live || rng.chance(0.5))
                t.occurredAt = QTime(rng.range(9, 17), rng.range(0, 3) * 15);
            if (live && t.kind != TouchKind::Webinar) {
                const int people = t.kind == TouchKind::Call ? 1 : rng.range(1, 3);
                const int first = rng.range(0, int(p.contacts.size()) - 1);
                for (int k = 0; k < people && k < p.contacts.size(); ++k)
                    t.participantIds.append(p.contacts[(first + k) % p.contacts.size()].id);
            } else if (t.kind == TouchKind::Email && !p.contacts.isEmpty()) {
                t.participantIds.append(rng.pick(p.contacts).id);
            }
            if (t.kind == TouchKind::Escalation || rng.chance(sentimentShare)) {
                // Accounts in trouble sour; escalations are negative.
                const double mean = t.kind == TouchKind::Escalation ? -1.2 : mood + 2.5 * (wellbeing - 1);
                t.sentiment = std::clamp(int(std::lround(mean + rng.normalish() * 0.9)), -2, 2);
            }
            const bool wantsFollowUp =
                t.kind == TouchKind::Escalation ||
                (t.kind != TouchKind::InAppMessage && t.kind != TouchKind::Webinar && rng.chance(0.5));
            if (wantsFollowUp) {
                t.nextStep = t.kind == TouchKind::Escalation ? rng.pick(m_words.escalationNextSteps)
                                                             : rng.pick(m_words.nextSteps);
                if (rng.chance(0.65)) {
                    const QDate due = t.occurredOn.addDays(rng.range(2, 21));
                    t.followUpOn = due;
                    const qint64 late = due.daysTo(m_asOf);
                    // A working CSM closes follow-ups: only a few of last month's slip, and almost none
                    // older.
                    const double doneChance = late > 45 ? 0.998 : late > 3 ? 0.85 : late >= 0 ? 0.4 : 0.1;
                    t.followUpDone = rng.chance(doneChance);
                }
            }
            put(t, m_stats.touches);
        }
    }

    void writeUsage(const AccountPlan& p, Rng& rng)
    {
        // Most accounts have had a usage feed from the start; some connected one lately, a few never did.
        QDate feedFrom = p.firstStart;
        switch (rng.weighted(std::array{80, 10, 5, 5})) {
        case 0:
            break;
        case 1:
            feedFrom = m_asOf.addDays(-rng.range(14, 45));
            break;
        case 2:
            feedFrom = m_asOf.addDays(-rng.range(90, 200));
            break;
        default:
            return; // no usage feed connected
        }
        const QDate from = std::max({feedFrom, p.firstStart, m_asOf.addDays(-kUsageHistoryDays)});
        const QDate dailyFrom = m_asOf.addDays(1 - kDailyUsageDays);

        const int seats = p.account.seats;
        const double base = seats * rng.uniform(0.6, 1.05);
        const double weekend = p.model == TouchModel::Tech ? 0.5 : 0.3;
        UsageMetric u;
        u.accountId = p.account.id;
        u.metric = m_metric;
        const auto write = [&](QDate day, double dayFactor) {
            const double level = m_condition.usageLevel(day.toJulianDay());
            if (level <= 0)
                return; // not a customer that day
            u.date = day;
            const double v = base * level * dayFactor * (1 + rng.normalish() * 0.06);
            u.value = std::clamp(std::round(v), 0.0, double(seats)); // usage rows have no id of their own
            put(u, m_stats.usageRows);
        };
        // Weekly values on the as-of date's weekday, each a typical day of its week (weekdays and weekend
        // mixed), so that a 30-day mean over weekly values matches one over daily values.
        const double typicalDay = (5 + 2 * weekend) / 7;
        QDate day = from.addDays(from.daysTo(m_asOf) % 7);
        for (; day < dailyFrom; day = day.addDays(7))
            write(day, typicalDay);
        for (day = std::max(from, dailyFrom); day <= m_asOf; day = day.addDays(1))
            write(day, day.dayOfWeek() >= 6 ? weekend : 1.0);
    }

    void writeNps(const AccountPlan& p, Rng& rng)
    {
        // A survey twice a year from the first months on; now and then a contact answers, the less happily
        // the worse the account is doing at the time.
        if (p.contacts.isEmpty())
            return;
        const QDate end = p.churnedOn.isValid() ? p.churnedOn : m_asOf;
        const double usual = 8.3 + 0.4 * outlook(p);
        const auto& comments = m_words.npsComments[p.company.japanese ? 1 : 0];
        for (QDate wave = p.firstStart.addDays(rng.range(30, 150)); wave <= end;
             wave = wave.addDays(rng.range(170, 195))) {
            const double wellbeing = m_condition.wellbeing(wave.toJulianDay());
            if (wellbeing <= 0)
                continue;
            const double mean = usual + 7 * (wellbeing - 1);
            for (const Contact& c : p.contacts) {
                if (!rng.chance(0.15))
                    continue;
                NpsResponse r;
                r.respondedOn = std::min(end, wave.addDays(rng.range(0, 14)));
                stamp(r, r.respondedOn, rng);
                r.accountId = p.account.id;
                r.score = std::clamp(int(std::lround(mean + rng.normalish() * 1.6)), 0, 10);
                r.respondent = c.name;
                if (rng.chance(0.4))
                    r.comment = rng.pick(comments[r.score <= 6 ? 0 : (r.score <= 8 ? 1 : 2)]);
                put(r, m_stats.npsResponses);
            }
        }
    }

    // The template applied on a kickoff (RoadmapSchedule::apply, the same as Apply roadmap in the window),
    // made once per template and day: thousands of roadmaps share a few hundred kickoff days.
    const Roadmap* planned(int templateIndex, QDate kickoff)
    {
        const qint64 key = kickoff.toJulianDay() * 4 + templateIndex;
        auto it = m_plans.find(key);
        if (it == m_plans.end()) {
            auto plan = RoadmapSchedule::apply(m_templates[templateIndex], {}, kickoff, m_calendar,
                                               [] { return Id(); });
            if (!plan)
                return nullptr;
            it = m_plans.insert(key, plan->roadmap);
        }
        return &*it;
    }

    // A milestone's story up to the as-of day: done on time or late, started, blocked with a reason, skipped,
    // or still ahead; now and then moved by hand to a later day.
    void playMilestone(Milestone& m, QDate kickoff, bool active, bool stuck, bool& blocked, bool& firstAhead,
                       Rng& rng)
    {
        auto start = [&](QDate before) { // preparation may begin a few days before the kickoff meeting
            m.startedOn = std::min(m_asOf, std::max(kickoff.addDays(-3), before.addDays(-rng.range(0, 8))));
        };
        if (blocked) {
            m.status = MilestoneStatus::Planned;
        } else if (!active || m.dueOn < m_asOf) {
            const int roll = active ? rng.weighted(std::array{72, 12, 5, 3, 8})
                                    : rng.weighted(std::array{85, 12, 0, 3, 0});
            if (roll == 0) {
                m.status = MilestoneStatus::Done;
                m.completedOn = std::max(kickoff, m.dueOn.addDays(-rng.range(0, 5)));
            } else if (roll == 1) {
                const QDate late = m.dueOn.addDays(rng.range(1, 15));
                if (late <= m_asOf) {
                    m.status = MilestoneStatus::Done;
                    m.completedOn = late;
                } else {
                    m.status = MilestoneStatus::InProgress;
                }
            } else if (roll == 2 || (stuck && roll == 4)) {
                m.status = MilestoneStatus::Blocked;
                m.blockedReason = rng.pick(m_words.blockedReasons);
                blocked = true;
            } else if (roll == 3) {
                m.status = MilestoneStatus::Skipped;
            } else {
                m.status = MilestoneStatus::InProgress; // overdue
            }
        } else if (firstAhead) {
            firstAhead = false;
            const bool started = kickoff <= m_asOf;
            m.status = started && rng.chance(0.6) ? MilestoneStatus::InProgress : MilestoneStatus::Planned;
            if (started && rng.chance(0.08)) {
                m.status = MilestoneStatus::Done; // early
                m.completedOn = m_asOf.addDays(-rng.range(0, 3));
            }
        } else {
            m.status = MilestoneStatus::Planned;
            if (rng.chance(0.05)) { // a later date agreed with the customer
                m.dueOn = m.dueOn.addDays(rng.range(1, 7));
                m.movedByHand = true;
            }
        }
        if (m.completedOn && *m.completedOn > m_asOf)
            m.completedOn = m_asOf;
        if (m.status == MilestoneStatus::Done) {
            m.completedOn = std::max(*m.completedOn, kickoff);
            start(*m.completedOn);
            m.startedOn = std::min(*m.startedOn, *m.completedOn);
        } else if (m.status == MilestoneStatus::InProgress ||
                   (m.status == MilestoneStatus::Blocked && rng.chance(0.7))) {
            start(m.dueOn);
        }
    }

    void writeRoadmaps(AccountPlan& p, Rng& rng)
    {
        const qint64 sinceStart = p.currentStart.daysTo(m_asOf);
        QDate kickoff;
        bool active = true;
        if (p.account.arr > 0 && sinceStart <= 200)
            kickoff = p.currentStart.addDays(rng.range(0, 10)); // may still lie ahead: a roadmap not started
        else if (p.account.arr > 0 && rng.chance(0.06))
            kickoff = m_asOf.addDays(-rng.range(0, 150)); // re-onboarding after a change of team or plan
        else if (p.firstStart.daysTo(m_asOf) > 200 && rng.chance(0.12)) {
            kickoff = p.firstStart.addDays(rng.range(0, 10));
            active = false; // finished long ago
        } else {
            return;
        }

        const int templateIndex = p.model == TouchModel::High ? 0 : (p.model == TouchModel::Low ? 1 : 2);
        const Roadmap* plan = planned(templateIndex, kickoff);
        if (!plan)
            return;
        Roadmap r = *plan;
        stamp(r, kickoff, rng);
        r.accountId = p.account.id;
        r.active = active;
        const bool stuck = active && rng.chance(0.12);
        bool blocked = false;
        bool firstAhead = true;
        for (Milestone& m : r.milestones) {
            stamp(m, kickoff, rng);
            m.roadmapId = r.id;
            playMilestone(m, kickoff, active, stuck, blocked, firstAhead, rng);
        }
        put(r, m_stats.roadmaps);
        if (!m_failed)
            m_stats.milestones += r.milestones.size();
    }

    Book& m_book;
    const GeneratorOptions& m_options;
    BulkWriter& m_writer;
    const BookSettings& m_settings;
    const Vocabulary& m_words;
    NameSource& m_names;
    dates::HolidayCalendar m_calendar;
    QDate m_asOf;
    const QString m_metric;
    const QString m_active;
    const QString m_churned;
    double m_japaneseShare = 0.6;
    MinorUnits m_lowArr = 0;
    MinorUnits m_highArr = 0;
    MinorUnits m_arrUnit = 1;
    MinorUnits m_targetArr = 0;

    QList<RoadmapTemplate> m_bookTemplates; // the book's own, read before writing
    QList<RoadmapTemplate> m_templates;     // high, low, tech
    QHash<qint64, Roadmap> m_plans;
    QList<ContractRun> m_runs;
    QList<ArrEvent> m_events;
    QList<Renewal> m_renewals;
    AccountCondition m_condition;

    GeneratorStats m_stats;
    bool m_failed = false;
    Error m_error;
};

} // namespace

Result<GeneratorStats> generateBook(Book& book, const GeneratorOptions& options)
{
    if (options.accounts < 10 || options.accounts > 100'000) {
        return Error{Error::Code::InvalidValue,
                     GeneratorText::tr("The number of accounts must be between 10 and 100,000."),
                     QStringLiteral("accounts"),
                     {}};
    }
    if (book.isReadOnly())
        return Error{
            Error::Code::ReadOnly, GeneratorText::tr("The book is open read-only."), book.path(), {}};

    const QString currency = options.currency.trimmed().toUpper();
    const bool sameCurrency = book.settings().currency == currency;
    const BookSettings settings = sameCurrency ? book.settings() : BookSettings::defaultsFor(currency);

    QList<io::CompanyName> realNames;
    if (!options.japaneseNamesCsv.isEmpty()) {
        auto loaded = io::loadJapanPostCompanies(options.japaneseNamesCsv);
        if (!loaded)
            return loaded.error();
        realNames = std::move(loaded.value());
    }
    Rng namesRng = Rng::forStream(options.seed, 0xC0FFEEULL << 32);
    NameSource names(std::move(realNames), namesRng);

    auto bookTemplates = book.roadmaps().templates();
    if (!bookTemplates)
        return bookTemplates.error();
    Result<GeneratorStats> stats = GeneratorStats{};
    {
        BulkWriter writer(book);
        BookGenerator generator(book, options, writer, settings, names, std::move(bookTemplates.value()));
        stats = generator.run();
    } // an uncommitted writer rolls back here
    if (!stats)
        return stats;
    if (!sameCurrency) {
        if (auto s = book.saveSettings(settings); !s)
            return s.error();
    }
    return stats;
}

} // namespace csm
