// The reads behind the Renewals view and the KPIs (storage/RenewalReads.h) on hand-built books: renewal dates
// (month ends, leap years), every kind of notice rule (one moved off a public holiday), contracts without
// auto-renew, churned accounts, forecasts, ARR at risk, the chart's months; and the KPIs of DESIGN §7 worked
// out by hand (expansion, contraction, churn, a new account, a reactivation, NPS, LTV, the touch-model
// split).

#include "RawSqlite.h"
#include "TestBooks.h"
#include "storage/Book.h"
#include "storage/PortfolioRows.h"
#include "storage/RenewalReads.h"
#include "storage/RenewalWrites.h"
#include "storage/Repositories.h"

#include <QTest>

using namespace csm;
using namespace csm::test;

namespace {

const QDate kAsOf(2026, 6, 30);

} // namespace

class RenewalReadsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kAsOf};
    std::unique_ptr<Book> m_book;
    QHash<QString, Id> m_ids;       // account name -> id
    QHash<QString, Id> m_contracts; // account name -> contract id

    void openBook(const char* name)
    {
        m_book.reset();
        m_ids.clear();
        m_contracts.clear();
        auto book = Book::open(m_dir.filePath(QLatin1String(name)), Book::OpenMode::CreateIfMissing, m_clock);
        QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
        m_book = std::move(book.value());
    }

    // An account with an ARR history: (date, ARR after) pairs, the first one "new".
    void account(const QString& name, QList<std::pair<QDate, MinorUnits>> history,
                 std::optional<TouchModel> override = std::nullopt)
    {
        Account a;
        a.name = name;
        a.owner = name.startsWith(QLatin1Char('A')) ? QStringLiteral("Sato") : QStringLiteral("Tanaka");
        a.touchModelOverride = override;
        if (override)
            a.touchModelOverrideReason = QStringLiteral("strategic");
        auto saved = m_book->accounts().save(a);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        m_ids.insert(name, saved->id);
        MinorUnits before = 0;
        for (const auto& [day, arr] : history) {
            ArrEvent e;
            e.accountId = saved->id;
            e.effectiveOn = day;
            e.arrAfter = arr;
            e.kind = before == 0    ? (arr > 0 && day != history.front().first ? ArrEventKind::Reactivation
                                                                               : ArrEventKind::New)
                     : arr == 0     ? ArrEventKind::Churn
                     : arr > before ? ArrEventKind::Expansion
                                    : ArrEventKind::Contraction;
            QVERIFY(m_book->arrEvents().save(e));
            before = arr;
        }
    }

    void contract(const QString& name, QDate start, int term, bool autoRenew, int noticeDays,
                  const QString& rule = {})
    {
        Contract c;
        c.accountId = m_ids.value(name);
        c.startDate = start;
        c.termMonths = term;
        c.autoRenew = autoRenew;
        c.noticeDays = noticeDays;
        auto saved = m_book->contracts().save(c);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        m_contracts.insert(name, saved->id);
        if (!rule.isEmpty()) {
            RawDb raw(m_book->path());
            QVERIFY(raw.rows(QStringLiteral("UPDATE contract SET notice_rule = ?1 WHERE id = ?2"),
                             {rule, saved->id})
                        .isEmpty());
            QVERIFY2(raw.lastError().isEmpty(), qPrintable(raw.lastError()));
        }
    }

    // `count` accounts without contracts or events, so that a read takes its seeks for a few accounts.
    static void addFillerAccounts(RawDb& raw, int count)
    {
        QVERIFY(raw.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < count; ++i)
            QVERIFY2(
                raw.exec(QStringLiteral("INSERT INTO account (id, created_at, updated_at, name) "
                                        "VALUES (?1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
                                        "?2)"),
                         {QStringLiteral("filler-%1").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("Filler %1").arg(i)}),
                qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("COMMIT")));
    }

    void forecast(const QString& name, QDate date, RenewalForecast f)
    {
        Renewal r;
        r.accountId = m_ids.value(name);
        r.renewalDate = date;
        r.forecast = f;
        QVERIFY(m_book->renewals().save(r));
    }

    void band(const QString& name, const char* code)
    {
        RawDb raw(m_book->path());
        raw.rows(QStringLiteral(
                     "INSERT OR REPLACE INTO health_snapshot (as_of, account_id, model_version, score, band) "
                     "VALUES ('2026-06-01', ?1, 1, 30, ?2)"),
                 {m_ids.value(name), QString::fromLatin1(code)});
        QVERIFY2(raw.lastError().isEmpty(), qPrintable(raw.lastError()));
    }

    void renewalsBook(const char* file = "renewals.sqlite")
    {
        openBook(file);
        // A: a month-end start; renewal k is start + 6k months from the start: 2026-02-28, then 2026-08-31.
        account(QStringLiteral("A"), {{QDate(2025, 8, 31), 1'200'000}});
        contract(QStringLiteral("A"), QDate(2025, 8, 31), 6, true, 60);
        // B: a leap day start renews on 02-28; notice by the 20th of the month before (満了日の前月20日).
        account(QStringLiteral("B"), {{QDate(2024, 2, 29), 2'400'000}});
        contract(QStringLiteral("B"), QDate(2024, 2, 29), 12, true, 60, QStringLiteral("day-of-month:20:1"));
        // C: by the 23rd of the month before, a public holiday in 2026 (勤労感謝の日, Monday): the Friday.
        account(QStringLiteral("C"), {{QDate(2025, 12, 1), 3'600'000}});
        contract(QStringLiteral("C"), QDate(2025, 12, 1), 12, true, 60,
                 QStringLiteral("day-of-month:23:1:bd"));
        // D: no auto-renew: acts by its renewal date, no notice deadline.
        account(QStringLiteral("D"), {{QDate(2025, 9, 15), 500'000}});
        contract(QStringLiteral("D"), QDate(2025, 9, 15), 12, false, 60);
        // E: its deadline has passed, its renewal date has not.
        account(QStringLiteral("E"), {{QDate(2025, 7, 20), 800'000}});
        contract(QStringLiteral("E"), QDate(2025, 7, 20), 12, true, 30);
        // F: churned: no renewal to work on.
        account(QStringLiteral("F"), {{QDate(2024, 1, 1), 1'000'000}, {QDate(2025, 6, 1), 0}});
        contract(QStringLiteral("F"), QDate(2024, 1, 1), 12, true, 60);
        // G: no auto-renew and its term is over: ended.
        account(QStringLiteral("G"), {{QDate(2024, 1, 1), 700'000}});
        contract(QStringLiteral("G"), QDate(2024, 1, 1), 12, false, 60);
        // H: two months before a month-end renewal.
        account(QStringLiteral("H"), {{QDate(2025, 10, 31), 10'000'000}});
        contract(QStringLiteral("H"), QDate(2025, 10, 31), 12, true, 60, QStringLiteral("months:2"));

        forecast(QStringLiteral("A"), QDate(2026, 8, 31), RenewalForecast::Commit);
        forecast(QStringLiteral("A"), QDate(2026, 2, 28),
                 RenewalForecast::Lost); // a past one: not this renewal
        forecast(QStringLiteral("E"), QDate(2026, 7, 20), RenewalForecast::AtRisk);
        forecast(QStringLiteral("D"), QDate(2026, 9, 15), RenewalForecast::AtRisk);
        band(QStringLiteral("A"), "red");
        band(QStringLiteral("C"), "yellow");
        band(QStringLiteral("H"), "green");
    }

private slots:
    void upcomingRenewals()
    {
        renewalsBook();
        auto list = readUpcomingRenewals(*m_book, kAsOf, 365);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        struct Want
        {
            const char* name;
            QDate renewal;
            QDate deadline;
            int days;
            RenewalStage stage;
            MinorUnits arr;
            std::optional<RenewalForecast> forecast;
        };
        const QList<Want> want = {
            {"E",
             {2026, 7, 20},
             {2026, 6, 20},
             -10,
             RenewalStage::PastDeadline,
             800'000,
             RenewalForecast::AtRisk},
            {"A", {2026, 8, 31}, {2026, 7, 2}, 2, RenewalStage::T30, 1'200'000, RenewalForecast::Commit},
            {"H", {2026, 10, 31}, {2026, 8, 31}, 62, RenewalStage::T90, 10'000'000, std::nullopt},
            {"D", {2026, 9, 15}, {}, 77, RenewalStage::T90, 500'000, RenewalForecast::AtRisk},
            {"C", {2026, 12, 1}, {2026, 11, 20}, 143, RenewalStage::T180, 3'600'000, std::nullopt},
            {"B", {2027, 2, 28}, {2027, 1, 20}, 204, RenewalStage::Later, 2'400'000, std::nullopt},
        };
        QCOMPARE(list->size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const UpcomingRenewal& r = list->at(i);
            const Want& w = want[i];
            QCOMPARE(r.contract.accountName, QLatin1String(w.name));
            QCOMPARE(r.contract.contractId, m_contracts.value(QLatin1String(w.name)));
            QCOMPARE(r.point.renewalDate, w.renewal);
            QCOMPARE(r.point.noticeDeadline, w.deadline);
            QCOMPARE(r.countdown.daysToNotice, w.days);
            QCOMPARE(r.countdown.stage, w.stage);
            QCOMPARE(r.contract.arr, w.arr);
            QCOMPARE(r.forecast(), w.forecast);
        }
        QCOMPARE(list->at(1).contract.healthBand, std::optional<HealthBand>(HealthBand::Red));
        QVERIFY(!list->at(5).contract.healthBand);

        // --within keeps the deadlines at most that far (past ones always).
        auto near = readUpcomingRenewals(*m_book, kAsOf, 90);
        QVERIFY(near);
        QCOMPARE(near->size(), 4);

        // ARR at risk by renewal date: E (forecast at risk, 20 days), A (red, 62), D (at risk, 77) within 90;
        // C (yellow, 154) too within 180; H is green, B renews after 180 days.
        const ArrAtRisk risk = arrAtRisk(list.value(), kAsOf);
        QCOMPARE(risk.within90, MinorUnits(800'000 + 1'200'000 + 500'000));
        QCOMPARE(risk.accounts90, 3);
        QCOMPARE(risk.within180, MinorUnits(800'000 + 1'200'000 + 500'000 + 3'600'000));
        QCOMPARE(risk.accounts180, 4);

        // The chart: 12 months from June 2026, stacked by forecast.
        const QList<RenewalMonth> months = renewalMonths(list.value(), kAsOf);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months[0].month, QDate(2026, 6, 1));
        const int none = RenewalMonth::kParts - 1;
        QCOMPARE(months[1].arr[int(RenewalForecast::AtRisk)], MinorUnits(800'000));   // E, July
        QCOMPARE(months[2].arr[int(RenewalForecast::Commit)], MinorUnits(1'200'000)); // A, August
        QCOMPARE(months[3].arr[int(RenewalForecast::AtRisk)], MinorUnits(500'000));   // D, September
        QCOMPARE(months[4].arr[none], MinorUnits(10'000'000));                        // H, October
        QCOMPARE(months[6].arr[none], MinorUnits(3'600'000));                         // C, December
        QCOMPARE(months[8].arr[none], MinorUnits(2'400'000));                         // B, February 2027
        QCOMPARE(months[2].contracts[int(RenewalForecast::Commit)],
                 QList<Id>{m_contracts.value(QStringLiteral("A"))});
        MinorUnits total = 0;
        for (const RenewalMonth& m : months)
            for (MinorUnits a : m.arr)
                total += a;
        QCOMPARE(total, MinorUnits(800'000 + 1'200'000 + 500'000 + 10'000'000 + 3'600'000 + 2'400'000));
    }

    // Of forecasts recorded for one account and date, the one updated last counts (updated_at, then the
    // larger id), whatever order they were written in, in the Renewals view and the portfolio alike; and the
    // read job's second connection, which reads half of the tables at the same time, gives the same list as
    // one connection.
    void forecastsOfOneDateAndASecondConnection()
    {
        renewalsBook("forecasts.sqlite");
        const QString a = m_ids.value(QStringLiteral("A"));
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        // A's 2026-08-31 renewal is forecast "commit" (renewalsBook); these are written after it, the one
        // that counts first: updated as late as r-late, with a larger id.
        const char* insert =
            "INSERT INTO renewal (id, created_at, updated_at, account_id, renewal_date, forecast) "
            "VALUES (?1, ?2, ?2, ?3, '2026-08-31', ?4)";
        const QList<QVariantList> rows = {
            {QStringLiteral("r-zzz"), QStringLiteral("2099-01-01T00:00:00.000Z"), a,
             QStringLiteral("at_risk")},
            {QStringLiteral("r-late"), QStringLiteral("2099-01-01T00:00:00.000Z"), a, QStringLiteral("lost")},
            {QStringLiteral("r-early"), QStringLiteral("2000-01-01T00:00:00.000Z"), a,
             QStringLiteral("likely")},
        };
        for (const QVariantList& r : rows)
            QVERIFY2(raw.exec(QLatin1String(insert), r), qPrintable(raw.lastError()));
        raw.close();

        auto one = readUpcomingRenewals(*m_book, kAsOf, 365);
        QVERIFY2(one, qPrintable(one ? QString() : one.error().toString()));
        QCOMPARE(one->size(), 6);
        QCOMPARE(one->at(1).contract.accountName, QStringLiteral("A"));
        QCOMPARE(one->at(1).forecast(), std::optional(RenewalForecast::AtRisk));
        QCOMPARE(one->at(1).recorded->renewalId, QStringLiteral("r-zzz"));

        auto second = m_book->openAnotherConnection(Book::Access::Read);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        auto two = readUpcomingRenewals(*m_book, kAsOf, 365, second->get());
        QVERIFY2(two, qPrintable(two ? QString() : two.error().toString()));
        QCOMPARE(two->size(), one->size());
        for (qsizetype i = 0; i < one->size(); ++i) {
            const UpcomingRenewal& x = one->at(i);
            const UpcomingRenewal& y = two->at(i);
            QCOMPARE(y.contract.contractId, x.contract.contractId);
            QCOMPARE(y.contract.arr, x.contract.arr);
            QCOMPARE(y.contract.healthBand, x.contract.healthBand);
            QCOMPARE(y.contract.lastCustomerTouch, x.contract.lastCustomerTouch);
            QCOMPARE(y.point.noticeDeadline, x.point.noticeDeadline);
            QCOMPARE(y.forecast(), x.forecast());
        }

        // The portfolio takes the same row of the four (r-late's "lost" comes last in the index's order).
        auto source = readPortfolioSource(*m_book, kAsOf);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QList<RenewalForecast> onThatDay;
        for (const PortfolioSourceAccount& pa : std::as_const(source->accounts)) {
            for (const PortfolioRenewalRow& row : pa.renewals) {
                if (pa.id == a && row.renewalDate == QDate(2026, 8, 31))
                    onThatDay << row.forecast;
            }
        }
        QCOMPARE(onThatDay, QList<RenewalForecast>{RenewalForecast::AtRisk});
    }

    // With the read job's second connection the forecasts are read by two scans at once, one up the dates
    // from the day and one down from the last, meeting wherever they do: every account's forecasts come in
    // date order, each date's is the row updated last (then the larger id) whichever scan read it, and a
    // tombstoned or past row never counts. The same when `contract` is read first (an account whose latest
    // contract starts after the day), where one scan reads them all.
    void forecastsReadFromBothEnds()
    {
        for (const bool contractAhead : {false, true}) {
            openBook(contractAhead ? "bothends-ahead.sqlite" : "bothends.sqlite");
            const QStringList names = {QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R"),
                                       QStringLiteral("S")};
            for (const QString& name : names) {
                account(name, {{QDate(2025, 1, 1), 1'000'000}});
                contract(name, QDate(2025, 1, 1), 12, true, 60);
            }
            if (contractAhead)
                contract(QStringLiteral("S"), QDate(2026, 9, 1), 12, true, 60);
            RawDb raw(m_book->path());
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            const char* insert = "INSERT INTO renewal (id, created_at, updated_at, account_id, renewal_date, "
                                 "forecast, deleted) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)";
            const QString early = QStringLiteral("2026-01-01T00:00:00.000Z");
            const QString late = QStringLiteral("2026-02-01T00:00:00.000Z");
            QHash<QString, QList<std::pair<QDate, QString>>> want; // account name -> (date, counting id)
            QVERIFY(raw.exec(QStringLiteral("BEGIN")));
            const auto add = [&](const QString& id, const QString& at, const QString& name, QDate date,
                                 bool deleted) {
                QVERIFY2(
                    raw.exec(QLatin1String(insert), {id, at, m_ids.value(name), date.toString(Qt::ISODate),
                                                     QStringLiteral("likely"), deleted ? 1 : 0}),
                    qPrintable(raw.lastError()));
            };
            for (const QString& name : names) {
                // Two rows dated on or before the day: not forecasts of anything ahead.
                add(name + QStringLiteral("-past"), late, name, kAsOf, false);
                add(name + QStringLiteral("-older"), late, name, kAsOf.addDays(-40), false);
                for (int week = 1; week <= 150; ++week) {
                    const QDate date = kAsOf.addDays(7 * week);
                    const QString tag = QStringLiteral("%1-%2").arg(name).arg(week, 3, 10, QLatin1Char('0'));
                    switch (week % 5) {
                    case 0: // updated later beats a larger id
                        add(tag + QStringLiteral("-z"), early, name, date, false);
                        add(tag + QStringLiteral("-a"), late, name, date, false);
                        want[name].append({date, tag + QStringLiteral("-a")});
                        break;
                    case 1: // the same time: the larger id
                        add(tag + QStringLiteral("-b"), late, name, date, false);
                        add(tag + QStringLiteral("-a"), late, name, date, false);
                        want[name].append({date, tag + QStringLiteral("-b")});
                        break;
                    case 2: // a tombstoned row updated later does not count
                        add(tag + QStringLiteral("-x"), late, name, date, true);
                        add(tag, early, name, date, false);
                        want[name].append({date, tag});
                        break;
                    case 3: // only a tombstoned one: no forecast for the date
                        add(tag, late, name, date, true);
                        break;
                    default:
                        add(tag, early, name, date, false);
                        want[name].append({date, tag});
                    }
                }
            }
            QVERIFY(raw.exec(QStringLiteral("COMMIT")));
            raw.close();

            // Where the scans meet depends on the threads: read a few times.
            for (int round = 0; round < 8; ++round) {
                auto second = m_book->openAnotherConnection(Book::Access::Read);
                QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
                auto read = readRenewalContracts(*m_book, kAsOf, round == 0 ? nullptr : second->get());
                QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
                QCOMPARE(read->size(), names.size());
                for (const RenewalContract& c : *read) {
                    QList<std::pair<QDate, QString>> got;
                    for (const auto& [date, recorded] : c.forecasts)
                        got.append({date, recorded.renewalId});
                    QCOMPARE(got, want.value(c.accountName));
                }
            }
        }
    }

    // The whole-book reads split the accounts at the middle of their rowids and reserve room for the rowids
    // between the ends: accounts whose rowids are as far apart as they can be (negative, and beyond what is
    // reserved) are all read, on one connection and on two.
    void accountsWithRowidsFarApart()
    {
        openBook("rowids.sqlite");
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        const QList<std::pair<qint64, QString>> accounts = {
            {std::numeric_limits<qint64>::min(), QStringLiteral("Lowest")},
            {-7, QStringLiteral("Negative")},
            {3, QStringLiteral("Small")},
            {std::numeric_limits<qint64>::max(), QStringLiteral("Highest")}};
        for (const auto& [rowid, name] : accounts) {
            const QString id = QStringLiteral("acct-") + name;
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO account (rowid, id, created_at, updated_at, name) "
                                             "VALUES (?1, ?2, '2025-01-01T00:00:00.000Z', "
                                             "'2025-01-01T00:00:00.000Z', ?3)"),
                              {qlonglong(rowid), id, name}),
                     qPrintable(raw.lastError()));
            m_ids.insert(name, id);
        }
        raw.close();
        for (const auto& [rowid, name] : accounts) {
            Q_UNUSED(rowid);
            contract(name, QDate(2025, 1, 1), 12, true, 60);
        }
        QStringList want;
        for (const auto& account : accounts)
            want.append(account.second);
        want.sort();
        const dates::DateRange fy{QDate(2025, 4, 1), QDate(2026, 3, 31)};
        for (const bool two : {false, true}) {
            auto second = m_book->openAnotherConnection(Book::Access::Read);
            QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
            Book* other = two ? second->get() : nullptr;
            auto renewals = readRenewalContracts(*m_book, kAsOf, other);
            QVERIFY2(renewals, qPrintable(renewals ? QString() : renewals.error().toString()));
            QStringList names;
            for (const RenewalContract& c : *renewals)
                names.append(c.accountName);
            names.sort();
            QCOMPARE(names, want);
            auto book = readRetentionBook(*m_book, fy, other);
            QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
            QStringList kpiNames = book->accountNames;
            kpiNames.sort();
            QCOMPARE(kpiNames, want);
        }
    }

    // DESIGN §7 over FY2025 (2025-04-01 .. 2026-03-31, 365 days) of a JPY book, worked out by hand.
    void kpisByHand()
    {
        openBook("kpis.sqlite");
        account(QStringLiteral("A"), {{QDate(2024, 1, 10), 1'000'000}, {QDate(2025, 6, 1), 1'500'000}});
        account(QStringLiteral("B"), {{QDate(2023, 5, 1), 2'000'000}, {QDate(2025, 9, 1), 1'200'000}});
        account(QStringLiteral("C"), {{QDate(2022, 4, 1), 3'000'000}, {QDate(2026, 1, 15), 0}},
                TouchModel::High);
        account(QStringLiteral("D"), {{QDate(2025, 7, 1), 500'000}});
        account(QStringLiteral("E"),
                {{QDate(2021, 4, 1), 800'000}, {QDate(2024, 3, 31), 0}, {QDate(2025, 10, 1), 900'000}});
        account(QStringLiteral("F"), {{QDate(2024, 4, 1), 1'000'000}});
        // After the period: not counted.
        account(QStringLiteral("G"), {{QDate(2026, 4, 1), 5'000'000}});
        auto nps = [&](const char* name, QDate day, int score) {
            NpsResponse r;
            r.accountId = m_ids.value(QLatin1String(name));
            r.respondedOn = day;
            r.score = score;
            QVERIFY(m_book->nps().save(r));
        };
        nps("A", QDate(2025, 4, 1), 10);
        nps("B", QDate(2025, 12, 1), 9);
        nps("C", QDate(2026, 3, 31), 3);
        nps("D", QDate(2025, 8, 1), 7);
        nps("A", QDate(2025, 3, 31), 0); // before the period

        const dates::DateRange fy{QDate(2025, 4, 1), QDate(2026, 3, 31)};
        auto report = readKpis(*m_book, fy, KpiSplit::TouchModel, false);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const KpiFigures& t = report->total;
        // Cohort: A, B, C, F (active on 2025-03-31). S = 1.0 + 2.0 + 3.0 + 1.0 M; E = 1.5 + 1.2 + 0 + 1.0 M.
        QCOMPARE(t.cohortAccounts, 4);
        QCOMPARE(t.startArr, MinorUnits(7'000'000));
        QCOMPARE(t.endArr, MinorUnits(3'700'000));
        QCOMPARE(t.expansionArr, MinorUnits(500'000));
        QCOMPARE(t.contractionArr, MinorUnits(800'000));
        QCOMPARE(t.churnedArr, MinorUnits(3'000'000));
        QCOMPARE(t.newArr, MinorUnits(500'000 + 900'000)); // D new, E reactivated
        QCOMPARE(t.reactivatedArr, MinorUnits(900'000));
        QCOMPARE(*t.grr(), 3.2 / 7.0); // min(E, S): 1.0 + 1.2 + 0 + 1.0
        QCOMPARE(*t.nrr(), 3.7 / 7.0);
        QCOMPARE(*t.logoChurn(), 0.25);
        QCOMPARE(*t.retention(), 0.75);
        QCOMPARE(*t.expansionRate(), 0.25);
        // LTV: 7.0 M / 4 ÷ (1 - 0.75^(365/365)) = 1.75 M ÷ 0.25.
        QCOMPARE(*t.ltv(), MinorUnits(7'000'000));
        // NPS: 10, 9, 3, 7 in the period: (2 - 1) / 4.
        QCOMPARE(*t.nps(), 25.0);

        // By touch model: C's override; the rest by S (cohort) or E (new): A, B, F low; D, E tech.
        QCOMPARE(report->groups.size(), 3);
        const KpiFigures& high = report->groups[0];
        QCOMPARE(high.group, QStringLiteral("high"));
        QCOMPARE(high.cohortAccounts, 1);
        QCOMPARE(*high.grr(), 0.0);
        QCOMPARE(*high.ltv(), MinorUnits(3'000'000));
        const KpiFigures& low = report->groups[1];
        QCOMPARE(low.startArr, MinorUnits(4'000'000));
        QCOMPARE(*low.grr(), 0.8);
        QCOMPARE(*low.nrr(), 0.925);
        QVERIFY(!low.ltv()); // nothing churned
        const KpiFigures& tech = report->groups[2];
        QCOMPARE(tech.cohortAccounts, 0);
        QVERIFY(!tech.grr());
        QVERIFY(!tech.logoChurn());
        QCOMPARE(tech.newArr, MinorUnits(1'400'000));

        // The read job's second connection, on which half of the accounts and the NPS responses are read at
        // the same time, gives the same figures.
        auto second = m_book->openAnotherConnection(Book::Access::Read);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        auto two = readKpis(*m_book, fy, KpiSplit::TouchModel, false, second->get());
        QVERIFY2(two, qPrintable(two ? QString() : two.error().toString()));
        QCOMPARE(two->groups.size(), report->groups.size());
        for (qsizetype g = -1; g < report->groups.size(); ++g) {
            const KpiFigures& x = g < 0 ? report->total : report->groups[g];
            const KpiFigures& y = g < 0 ? two->total : two->groups[g];
            QCOMPARE(y.group, x.group);
            QCOMPARE(y.cohortAccounts, x.cohortAccounts);
            QCOMPARE(y.startArr, x.startArr);
            QCOMPARE(y.endArr, x.endArr);
            QCOMPARE(y.expansionArr, x.expansionArr);
            QCOMPARE(y.contractionArr, x.contractionArr);
            QCOMPARE(y.churnedArr, x.churnedArr);
            QCOMPARE(y.newArr, x.newArr);
            QCOMPARE(y.nps(), x.nps());
        }

        // A gross margin of 80 %: LTV × 0.8.
        RawDb raw(m_book->path());
        raw.rows(QStringLiteral("INSERT INTO settings (key, value) VALUES ('gross_margin_percent', '80')"));
        QVERIFY2(raw.lastError().isEmpty(), qPrintable(raw.lastError()));
        auto margin = readKpis(*m_book, fy, KpiSplit::None, false);
        QVERIFY(margin);
        QCOMPARE(*margin->total.ltv(), MinorUnits(5'600'000));
        QVERIFY(margin->groups.isEmpty());
    }

    // An outcome writes its ARR event, a correction updates that same event, "renewed" removes it, and
    // restoring the state before undoes all of it; bad input writes nothing.
    void recordingAndCorrectingAnOutcome()
    {
        openBook("outcomes.sqlite");
        account(QStringLiteral("A"), {{QDate(2025, 4, 1), 1'000'000}});
        contract(QStringLiteral("A"), QDate(2025, 4, 1), 12, true, 60);
        const Id a = m_ids.value(QStringLiteral("A"));
        const Id k = m_contracts.value(QStringLiteral("A"));
        const dates::DateRange fy{QDate(2026, 4, 1), QDate(2027, 3, 31)};
        auto arrOf = [&] { return m_book->accounts().get(a)->arr; };
        auto events = [&] { return m_book->arrEvents().forAccount(a)->size(); };

        OutcomeInput in{a, k, QDate(2026, 4, 1), RenewalOutcome::Expanded, 1'500'000, QDate(2026, 4, 1), {}};
        auto expanded = recordRenewalOutcome(*m_book, in, kAsOf);
        QVERIFY2(expanded, qPrintable(expanded ? QString() : expanded.error().toString()));
        QVERIFY(expanded->before.renewalId.isEmpty());
        QVERIFY(expanded->after.event);
        QCOMPARE(expanded->after.event->kind, ArrEventKind::Expansion);
        QCOMPARE(arrOf(), MinorUnits(1'500'000));
        QCOMPARE(events(), 2);
        // FY2026 starts on the renewal day: the cohort's S is 1.0 M (2026-03-31), E 1.5 M.
        QCOMPARE(readKpis(*m_book, fy, KpiSplit::None, false)->total.expansionArr, MinorUnits(500'000));

        // Corrected: a contraction to 0.8 M. The same event follows; no second one.
        in.outcome = RenewalOutcome::Contracted;
        in.newArr = 800'000;
        auto contracted = recordRenewalOutcome(*m_book, in, kAsOf);
        QVERIFY2(contracted, qPrintable(contracted ? QString() : contracted.error().toString()));
        QCOMPARE(contracted->after.event->id, expanded->after.event->id);
        QCOMPARE(contracted->after.renewalId, expanded->after.renewalId);
        QCOMPARE(arrOf(), MinorUnits(800'000));
        QCOMPARE(events(), 2);
        const KpiFigures f = readKpis(*m_book, fy, KpiSplit::None, false)->total;
        QCOMPARE(f.expansionArr, MinorUnits(0));
        QCOMPARE(f.contractionArr, MinorUnits(200'000));

        // Bad input changes nothing: before the contract started, a negative ARR, an expansion that is not.
        for (const OutcomeInput& bad :
             {OutcomeInput{a, k, QDate(2026, 4, 1), RenewalOutcome::Churned, 0, QDate(2025, 3, 1), {}},
              OutcomeInput{a, k, QDate(2026, 4, 1), RenewalOutcome::Contracted, -5, QDate(2026, 4, 1), {}},
              OutcomeInput{
                  a, k, QDate(2026, 4, 1), RenewalOutcome::Expanded, 900'000, QDate(2026, 4, 1), {}}}) {
            auto refused = recordRenewalOutcome(*m_book, bad, kAsOf);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::InvalidValue);
            QCOMPARE(arrOf(), MinorUnits(800'000));
        }
        auto state = readOutcomeState(*m_book, a, QDate(2026, 4, 1));
        QCOMPARE(state->outcome, RenewalOutcome::Contracted);

        // Corrected to renewed at the ARR before: the event goes.
        in.outcome = RenewalOutcome::Renewed;
        in.newArr = 1'000'000;
        auto renewed = recordRenewalOutcome(*m_book, in, kAsOf);
        QVERIFY2(renewed, qPrintable(renewed ? QString() : renewed.error().toString()));
        QVERIFY(!renewed->after.event);
        QCOMPARE(arrOf(), MinorUnits(1'000'000));
        QCOMPARE(events(), 1);

        // Undo, step by step, back to no outcome at all.
        QVERIFY(restoreOutcomeState(*m_book, a, in.renewalDate, renewed->before, renewed->after));
        QCOMPARE(arrOf(), MinorUnits(800'000));
        QVERIFY(restoreOutcomeState(*m_book, a, in.renewalDate, contracted->before, contracted->after));
        QCOMPARE(arrOf(), MinorUnits(1'500'000));
        QVERIFY(restoreOutcomeState(*m_book, a, in.renewalDate, expanded->before, expanded->after));
        QCOMPARE(arrOf(), MinorUnits(1'000'000));
        QCOMPARE(events(), 1);
        QVERIFY(!readOutcomeState(*m_book, a, in.renewalDate)->live);
        // And redo.
        QVERIFY(restoreOutcomeState(*m_book, a, in.renewalDate, expanded->after, expanded->before));
        QCOMPARE(arrOf(), MinorUnits(1'500'000));
        QCOMPARE(readOutcomeState(*m_book, a, in.renewalDate)->outcome, RenewalOutcome::Expanded);
    }

    // Issue 14, item 3: an outcome recorded before the latest one is corrected. The ARR event it wrote
    // (renewal.arr_event_id) changes, the later outcome's event stays, and the KPIs of both years follow.
    void correctingAnOlderOutcome()
    {
        openBook("older-outcome.sqlite");
        account(QStringLiteral("A"), {{QDate(2024, 4, 1), 1'000'000}});
        contract(QStringLiteral("A"), QDate(2024, 4, 1), 12, true, 60);
        const Id a = m_ids.value(QStringLiteral("A"));
        const Id k = m_contracts.value(QStringLiteral("A"));
        const dates::DateRange fy2025{QDate(2025, 4, 1), QDate(2026, 3, 31)};
        const dates::DateRange fy2026{QDate(2026, 4, 1), QDate(2027, 3, 31)};
        auto kpis = [&](const dates::DateRange& fy) {
            return readKpis(*m_book, fy, KpiSplit::None, false)->total;
        };

        OutcomeInput first{a, k, QDate(2025, 4, 1), RenewalOutcome::Expanded, 1'500'000, QDate(2025, 4, 1),
                           {}};
        auto expanded = recordRenewalOutcome(*m_book, first, kAsOf);
        QVERIFY2(expanded, qPrintable(expanded ? QString() : expanded.error().toString()));
        OutcomeInput second{a, k, QDate(2026, 4, 1), RenewalOutcome::Expanded, 2'000'000, QDate(2026, 4, 1),
                            {}};
        auto later = recordRenewalOutcome(*m_book, second, kAsOf);
        QVERIFY2(later, qPrintable(later ? QString() : later.error().toString()));
        // FY2025: S = 1.0 M (2025-03-31), E = 1.5 M. FY2026: S = 1.5 M, E = 2.0 M.
        QCOMPARE(kpis(fy2025).expansionArr, MinorUnits(500'000));
        QCOMPARE(kpis(fy2026).startArr, MinorUnits(1'500'000));

        // The 2025 renewal was in fact a contraction to 0.8 M.
        first.outcome = RenewalOutcome::Contracted;
        first.newArr = 800'000;
        auto corrected = recordRenewalOutcome(*m_book, first, kAsOf);
        QVERIFY2(corrected, qPrintable(corrected ? QString() : corrected.error().toString()));
        QCOMPARE(corrected->after.event->id, expanded->after.event->id); // the same event, updated
        QCOMPARE(corrected->after.event->kind, ArrEventKind::Contraction);
        QCOMPARE(m_book->arrEvents().forAccount(a)->size(), 3); // new, 2025, 2026: nothing added
        RawDb raw(m_book->path());
        const auto linked = raw.rows(QStringLiteral("SELECT arr_event_id FROM renewal WHERE account_id = ?1 "
                                                    "AND renewal_date = '2025-04-01' AND deleted = 0"),
                                     {a});
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().first().toString(), expanded->after.event->id);
        QCOMPARE(m_book->accounts().get(a)->arr, MinorUnits(2'000'000)); // the later outcome still holds
        // FY2025: S 1.0 M, E 0.8 M: contraction 0.2 M, GRR = NRR = 0.8. FY2026: S 0.8 M, E 2.0 M.
        const KpiFigures y2025 = kpis(fy2025);
        QCOMPARE(y2025.expansionArr, MinorUnits(0));
        QCOMPARE(y2025.contractionArr, MinorUnits(200'000));
        QCOMPARE(*y2025.grr(), 0.8);
        QCOMPARE(*y2025.nrr(), 0.8);
        const KpiFigures y2026 = kpis(fy2026);
        QCOMPARE(y2026.startArr, MinorUnits(800'000));
        QCOMPARE(y2026.expansionArr, MinorUnits(1'200'000));

        // Undo puts the expansion back, and the KPIs with it.
        QVERIFY(restoreOutcomeState(*m_book, a, first.renewalDate, corrected->before, corrected->after));
        QCOMPARE(kpis(fy2025).expansionArr, MinorUnits(500'000));
        QCOMPARE(readOutcomeState(*m_book, a, first.renewalDate)->outcome, RenewalOutcome::Expanded);
        QCOMPARE(m_book->arrEvents().forAccount(a)->size(), 3);
    }

    void emptyBookIsUndefined()
    {
        openBook("empty.sqlite");
        auto report = readKpis(*m_book, {QDate(2025, 4, 1), QDate(2026, 3, 31)}, KpiSplit::Owner, false);
        QVERIFY(report);
        QCOMPARE(report->total.cohortAccounts, 0);
        QVERIFY(!report->total.grr());
        QVERIFY(!report->total.nrr());
        QVERIFY(!report->total.logoChurn());
        QVERIFY(!report->total.retention());
        QVERIFY(!report->total.ltv());
        QVERIFY(!report->total.nps());
        QVERIFY(report->groups.isEmpty());
        auto renewals = readUpcomingRenewals(*m_book, kAsOf, 365);
        QVERIFY(renewals);
        QVERIFY(renewals->isEmpty());
    }

    // The KPIs and the portfolio read ARR events in table order and order them in memory: events of one
    // date must still follow the ARR rule (created_at, then id), whatever order they were written in, and
    // tombstoned events and accounts must stay out. The latest contract started follows the same rule.
    void arrEventsOfOneDayFollowTheRule()
    {
        openBook("sameday.sqlite");
        account(QStringLiteral("A"), {{QDate(2025, 1, 1), 1'000'000}});
        account(QStringLiteral("B"), {{QDate(2025, 1, 1), 7'000'000}});
        contract(QStringLiteral("A"), QDate(2025, 1, 1), 12, true, 60);
        const QString a = m_ids.value(QStringLiteral("A"));
        const QString b = m_ids.value(QStringLiteral("B"));
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        // Written in this order (rowid order): the rule's order is e-b, e-a2, e-c (created 09:00, then the
        // two of 10:00 by id), so e-c (3,000,000) is the ARR after 2025-06-01, not e-a2, the last one
        // written.
        const char* insert = "INSERT INTO arr_event (id, created_at, updated_at, deleted, account_id, "
                             "effective_on, kind, arr_after) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)";
        const QList<QVariantList> events = {
            {QStringLiteral("e-c"), QStringLiteral("2025-06-01T10:00:00.000Z"), 0, a,
             QStringLiteral("2025-06-01"), QStringLiteral("expansion"), 3'000'000},
            {QStringLiteral("e-b"), QStringLiteral("2025-06-01T09:00:00.000Z"), 0, a,
             QStringLiteral("2025-06-01"), QStringLiteral("expansion"), 2'000'000},
            {QStringLiteral("e-a2"), QStringLiteral("2025-06-01T10:00:00.000Z"), 0, a,
             QStringLiteral("2025-06-01"), QStringLiteral("expansion"), 4'000'000},
            {QStringLiteral("e-z"), QStringLiteral("2025-06-02T10:00:00.000Z"), 1, a,
             QStringLiteral("2025-06-02"), QStringLiteral("churn"), 0}, // tombstoned
        };
        for (const QVariantList& e : events)
            QVERIFY2(raw.exec(QLatin1String(insert), e), qPrintable(raw.lastError()));
        // Two contracts started on the same later day: the one written later (created_at) is the latest.
        const char* contract = "INSERT INTO contract (id, created_at, updated_at, deleted, account_id, "
                               "start_date, term_months, auto_renew, notice_days) "
                               "VALUES (?1, ?2, ?2, 0, ?3, '2025-03-01', ?4, 1, 60)";
        QVERIFY2(raw.exec(QLatin1String(contract),
                          {QStringLiteral("c-late"), QStringLiteral("2025-03-02T00:00:00.000Z"), a, 24}),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QLatin1String(contract),
                          {QStringLiteral("c-early"), QStringLiteral("2025-03-01T00:00:00.000Z"), a, 36}),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE account SET deleted = 1 WHERE id = ?1"), {b}),
                 qPrintable(raw.lastError()));
        raw.close();

        auto data = readRetentionBook(*m_book);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        QCOMPARE(data->accountIds, QList<Id>{a});
        QCOMPARE(data->ledger.arrOn(0, QDate(2025, 5, 31)), 1'000'000);
        QCOMPARE(data->ledger.arrOn(0, QDate(2025, 6, 1)), 3'000'000);
        QCOMPARE(data->ledger.arrOn(0, QDate(2025, 12, 31)), 3'000'000);
        QCOMPARE(data->ledger.arrEventCount(), 4);

        auto source = readPortfolioSource(*m_book, kAsOf);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QCOMPARE(source->accounts.size(), 1);
        const PortfolioSourceAccount& pa = source->accounts.constFirst();
        QList<MinorUnits> arr;
        for (const auto& e : pa.rows.arr)
            arr << e.arrAfter;
        QCOMPARE(arr, (QList<MinorUnits>{1'000'000, 2'000'000, 4'000'000, 3'000'000}));
        QCOMPARE(pa.contractStart, QDate(2025, 3, 1));
        QCOMPARE(pa.termMonths, 24);
    }

    // Of two live contracts starting the same day, every view takes the same one as the latest: the one
    // created later, then the larger id (docs/decisions.md, "The latest contract"), whatever order they
    // were written in (an export and re-import writes them by id): the accounts list's facts, the Renewals
    // view, the portfolio and the account's contracts in order.
    void theLatestOfTwoContractsStartingTheSameDay()
    {
        openBook("samedaycontracts.sqlite");
        account(QStringLiteral("X"), {{QDate(2025, 1, 1), 1'000'000}});
        account(QStringLiteral("Y"), {{QDate(2025, 1, 1), 2'000'000}});
        const QString x = m_ids.value(QStringLiteral("X"));
        const QString y = m_ids.value(QStringLiteral("Y"));
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        const char* insert = "INSERT INTO contract (id, created_at, updated_at, deleted, account_id, "
                             "start_date, term_months, auto_renew, notice_days) "
                             "VALUES (?1, ?2, ?2, 0, ?3, '2025-03-01', ?4, 1, 60)";
        // X: the one created later is written first. Y: both created at once; the larger id is written
        // first.
        const QList<QVariantList> contracts = {
            {QStringLiteral("c-x-late"), QStringLiteral("2025-03-02T00:00:00.000Z"), x, 24},
            {QStringLiteral("c-x-early"), QStringLiteral("2025-03-01T00:00:00.000Z"), x, 36},
            {QStringLiteral("c-y-b"), QStringLiteral("2025-03-01T00:00:00.000Z"), y, 12},
            {QStringLiteral("c-y-a"), QStringLiteral("2025-03-01T00:00:00.000Z"), y, 48},
        };
        for (const QVariantList& c : contracts)
            QVERIFY2(raw.exec(QLatin1String(insert), c), qPrintable(raw.lastError()));
        const QList<QVariantList> facts =
            raw.rows(QStringLiteral("SELECT name, contract_term_months FROM account ORDER BY name"));
        QCOMPARE(facts, (QList<QVariantList>{{QStringLiteral("X"), 24}, {QStringLiteral("Y"), 12}}));
        raw.close();

        auto renewals = readRenewalContracts(*m_book, kAsOf);
        QVERIFY2(renewals, qPrintable(renewals ? QString() : renewals.error().toString()));
        QHash<QString, QString> chosen; // account -> contract
        for (const RenewalContract& c : *renewals)
            chosen.insert(c.accountName, c.contractId);
        QCOMPARE(chosen.value(QStringLiteral("X")), QStringLiteral("c-x-late"));
        QCOMPARE(chosen.value(QStringLiteral("Y")), QStringLiteral("c-y-b"));

        auto source = readPortfolioSource(*m_book, kAsOf);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QHash<QString, int> terms; // account -> term of the latest contract
        for (const PortfolioSourceAccount& a : source->accounts)
            terms.insert(a.name, a.termMonths);
        QCOMPARE(terms.value(QStringLiteral("X")), 24);
        QCOMPARE(terms.value(QStringLiteral("Y")), 12);

        for (const auto& [name, latest] : {std::pair{"X", "c-x-late"}, std::pair{"Y", "c-y-b"}}) {
            auto list = m_book->contracts().forAccount(m_ids.value(QLatin1String(name)));
            QVERIFY(list && list->size() == 2);
            QCOMPARE(list->constLast().id, QLatin1String(latest));
        }

        // Ids longer than what the reads keep inside each account's latest contract (60 bytes): still the
        // larger id, compared as a whole.
        account(QStringLiteral("Z"), {{QDate(2025, 1, 1), 3'000'000}});
        const QString z = m_ids.value(QStringLiteral("Z"));
        const QString longId = QStringLiteral("c-z-").append(QString(80, QLatin1Char('x')));
        RawDb again(m_book->path());
        for (const QString& id :
             {longId + QLatin1Char('b'), longId + QLatin1Char('c'), longId + QLatin1Char('a')})
            QVERIFY2(
                again.exec(QLatin1String(insert), {id, QStringLiteral("2025-03-01T00:00:00.000Z"), z, 12}),
                qPrintable(again.lastError()));
        again.close();
        auto withLong = readRenewalContracts(*m_book, kAsOf);
        QVERIFY(withLong);
        for (const RenewalContract& c : *withLong) {
            if (c.accountId == z)
                QCOMPARE(c.contractId, longId + QLatin1Char('c'));
        }
    }

    // An account's latest live contract (kept on its row, schema 11) may start after the day asked for: a
    // renewal signed ahead of its start. The view and the portfolio then take the contract before it (by the
    // same order: of two starting the same day, the one created later), read by one seek each when few
    // accounts have one (below) and by a scan of `contract` when many have (a day in the past).
    // The ARR on the day (docs/schema.md, "ARR rule") from the latest ARR event kept on the account row
    // (schema 12), and from the events themselves for accounts with one after the day: through the scan (few
    // accounts) and the seeks (over 512). Each case worked out by hand.
    void theArrOnTheDayFromTheRowAndTheEvents()
    {
        openBook("arrfacts.sqlite");
        // S: one after the day (3.0 M on 2026-09-01): 1.0 M on the day. T: only one after the day: 0.
        account(QStringLiteral("S"), {{QDate(2024, 1, 1), 1'000'000}, {QDate(2026, 9, 1), 3'000'000}});
        account(QStringLiteral("T"), {{QDate(2026, 8, 1), 2'000'000}});
        // U: two the same day, the one created later counts (written below). V: none, its saved ARR. W: its
        // latest tombstoned: the one before.
        account(QStringLiteral("U"), {{QDate(2024, 3, 1), 1'000'000}});
        account(QStringLiteral("V"), {});
        account(QStringLiteral("W"), {{QDate(2024, 1, 1), 900'000}, {QDate(2026, 6, 1), 1'100'000}});
        for (const char* name : {"S", "T", "U", "V", "W"})
            contract(QLatin1String(name), QDate(2025, 1, 1), 12, true, 60);
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        const char* insert =
            "INSERT INTO arr_event (id, created_at, updated_at, account_id, effective_on, kind, "
            "arr_after) VALUES (?1, ?2, ?2, ?3, '2026-05-01', 'expansion', ?4)";
        const QString u = m_ids.value(QStringLiteral("U"));
        QVERIFY2(raw.exec(QLatin1String(insert), {QStringLiteral("e-u-late"),
                                                  QStringLiteral("2026-05-02T00:00:00.000Z"), u, 1'500'000}),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QLatin1String(insert), {QStringLiteral("e-u-early"),
                                                  QStringLiteral("2026-05-01T00:00:00.000Z"), u, 1'200'000}),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE account SET arr = 700000 WHERE id = ?1"),
                          {m_ids.value(QStringLiteral("V"))}),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE arr_event SET deleted = 1 WHERE account_id = ?1 AND "
                                         "effective_on = '2026-06-01'"),
                          {m_ids.value(QStringLiteral("W"))}),
                 qPrintable(raw.lastError()));
        // The facts the triggers keep.
        QCOMPARE(
            raw.rows(QStringLiteral("SELECT name, latest_arr_event_on, latest_arr_after FROM account "
                                    "ORDER BY name")),
            (QList<QVariantList>{{QStringLiteral("S"), QStringLiteral("2026-09-01"), qlonglong(3'000'000)},
                                 {QStringLiteral("T"), QStringLiteral("2026-08-01"), qlonglong(2'000'000)},
                                 {QStringLiteral("U"), QStringLiteral("2026-05-01"), qlonglong(1'500'000)},
                                 {QStringLiteral("V"), QVariant(), QVariant()},
                                 {QStringLiteral("W"), QStringLiteral("2024-01-01"), qlonglong(900'000)}}));

        const QHash<QString, MinorUnits> want = {{QStringLiteral("S"), 1'000'000},
                                                 {QStringLiteral("T"), 0},
                                                 {QStringLiteral("U"), 1'500'000},
                                                 {QStringLiteral("V"), 700'000},
                                                 {QStringLiteral("W"), 900'000}};
        const auto check = [&](const char* how) {
            for (const bool two : {false, true}) {
                auto second = m_book->openAnotherConnection(Book::Access::Read);
                QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
                auto renewals = readRenewalContracts(*m_book, kAsOf, two ? second->get() : nullptr);
                QVERIFY2(renewals, qPrintable(renewals ? QString() : renewals.error().toString()));
                int seen = 0;
                for (const RenewalContract& c : *renewals) {
                    if (!want.contains(c.accountName))
                        continue;
                    ++seen;
                    QVERIFY2(c.arr == want.value(c.accountName),
                             qPrintable(QStringLiteral("%1, %2: %3 has %4")
                                            .arg(QLatin1String(how), c.accountName)
                                            .arg(c.arr)));
                }
                QCOMPARE(seen, 5);
            }
        };
        // Two of five accounts have an event after the day: the scan.
        check("scanned");
        // Two of over 512 accounts: a seek each.
        addFillerAccounts(raw, 600);
        raw.close();
        check("sought");
    }

    void aContractSignedAheadOfItsStart()
    {
        openBook("signedahead.sqlite");
        account(QStringLiteral("P"), {{QDate(2025, 7, 1), 1'000'000}});
        account(QStringLiteral("Q"), {{QDate(2026, 8, 1), 2'000'000}});
        account(QStringLiteral("R"), {{QDate(2025, 9, 1), 3'000'000}});
        const QString p = m_ids.value(QStringLiteral("P"));
        const QString q = m_ids.value(QStringLiteral("Q"));
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        const char* insert = "INSERT INTO contract (id, created_at, updated_at, deleted, account_id, "
                             "start_date, term_months, auto_renew, notice_days) "
                             "VALUES (?1, ?2, ?2, 0, ?3, ?4, ?5, 1, 60)";
        // P: two starting 2025-07-01 (the one created later is written first) and the next one, signed ahead,
        // starting 2026-07-01. Q: only one starting after the day: no renewal yet.
        const QList<QVariantList> contracts = {
            {QStringLiteral("c-p-late"), QStringLiteral("2025-06-02T00:00:00.000Z"), p,
             QStringLiteral("2025-07-01"), 12},
            {QStringLiteral("c-p-early"), QStringLiteral("2025-06-01T00:00:00.000Z"), p,
             QStringLiteral("2025-07-01"), 36},
            {QStringLiteral("c-p-next"), QStringLiteral("2026-05-01T00:00:00.000Z"), p,
             QStringLiteral("2026-07-01"), 24},
            {QStringLiteral("c-q"), QStringLiteral("2026-05-01T00:00:00.000Z"), q,
             QStringLiteral("2026-08-01"), 12},
        };
        for (const QVariantList& c : contracts)
            QVERIFY2(raw.exec(QLatin1String(insert), c), qPrintable(raw.lastError()));
        contract(QStringLiteral("R"), QDate(2025, 9, 1), 12, true, 30);
        QCOMPARE(raw.rows(QStringLiteral("SELECT name, contract_id FROM account ORDER BY name")),
                 (QList<QVariantList>{{QStringLiteral("P"), QStringLiteral("c-p-next")},
                                      {QStringLiteral("Q"), QStringLiteral("c-q")},
                                      {QStringLiteral("R"), m_contracts.value(QStringLiteral("R"))}}));

        const auto check = [&](const char* how) {
            auto renewals = readRenewalContracts(*m_book, kAsOf);
            QVERIFY2(renewals, qPrintable(renewals ? QString() : renewals.error().toString()));
            QHash<QString, const RenewalContract*> byName;
            for (const RenewalContract& c : *renewals)
                byName.insert(c.accountName, &c);
            QVERIFY2(byName.contains(QStringLiteral("P")), how);
            QCOMPARE(byName.value(QStringLiteral("P"))->contractId, QStringLiteral("c-p-late"));
            QCOMPARE(byName.value(QStringLiteral("P"))->terms.termMonths, 12);
            QCOMPARE(byName.value(QStringLiteral("P"))->terms.start, QDate(2025, 7, 1));
            QVERIFY2(!byName.contains(QStringLiteral("Q")), how);
            QVERIFY2(byName.contains(QStringLiteral("R")), how);
            QCOMPARE(byName.value(QStringLiteral("R"))->contractId, m_contracts.value(QStringLiteral("R")));
            QCOMPARE(byName.value(QStringLiteral("R"))->terms.notice.days(), 30);

            // P renews on 2026-07-01 by the contract that started 2025-07-01 (12 months).
            auto upcoming = readUpcomingRenewals(*m_book, kAsOf, 365);
            QVERIFY(upcoming);
            QStringList listed;
            for (const UpcomingRenewal& u : *upcoming) {
                listed << u.contract.accountName;
                if (u.contract.accountName == QLatin1String("P"))
                    QCOMPARE(u.point.renewalDate, QDate(2026, 7, 1));
            }
            listed.sort();
            QCOMPARE(listed, (QStringList{QStringLiteral("P"), QStringLiteral("R")}));

            // The accounts list: P by the contract in force, Q (no contract in force yet) by the one signed,
            // whose first renewal is the one to come.
            auto summaries = m_book->accounts().summaries(kAsOf);
            QVERIFY(summaries);
            QHash<QString, QDate> listedRenewals;
            QHash<QString, QDate> nextContracts; // what the list says is signed ahead
            for (const AccountSummary& a : *summaries) {
                listedRenewals.insert(a.name, a.renewalDate);
                if (a.nextContractStart.isValid())
                    nextContracts.insert(a.name, a.nextContractStart);
            }
            QCOMPARE(nextContracts, (QHash<QString, QDate>{{QStringLiteral("P"), QDate(2026, 7, 1)}}));
            QCOMPARE(listedRenewals.value(QStringLiteral("P")), QDate(2026, 7, 1));
            QCOMPARE(listedRenewals.value(QStringLiteral("Q")), QDate(2027, 8, 1));
            QCOMPARE(listedRenewals.value(QStringLiteral("R")), QDate(2026, 9, 1));

            auto source = readPortfolioSource(*m_book, kAsOf);
            QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
            for (const PortfolioSourceAccount& a : source->accounts) {
                if (a.name == QLatin1String("P")) {
                    QCOMPARE(a.contractStart, QDate(2025, 7, 1));
                    QCOMPARE(a.termMonths, 12);
                } else if (a.name == QLatin1String("Q")) {
                    QVERIFY2(!a.contractStart.isValid(), how);
                } else if (a.name == QLatin1String("R")) {
                    QCOMPARE(a.contractStart, QDate(2025, 9, 1));
                    QCOMPARE(a.noticeDays, 30);
                }
            }
        };
        // Two of three accounts: the scan.
        check("scanned");
        // Two of over 512 accounts: a seek each.
        addFillerAccounts(raw, 600);
        raw.close();
        check("sought");
    }

    // The portfolio renews a contract as DESIGN §4 and the Renewals view do: every term after the first as
    // long as its renewal term, and a contract that does not renew by itself up to the end its recorded
    // renewals give it, read from the account row's facts or, for the contract before one signed ahead of its
    // start, from the renewals themselves.
    void thePortfolioRenewsByTheRenewalTermAndTheRecordedRenewals()
    {
        openBook("portfolioterms.sqlite");
        // S: a first term of 12 months, then 24 each: renewals 2025-07-01, 2027-07-01 (not 2026-07-01).
        account(QStringLiteral("S"), {{QDate(2024, 7, 1), 1'000'000}});
        contract(QStringLiteral("S"), QDate(2024, 7, 1), 12, true, 60);
        // T: no auto-renew from 2025-01-15, renewed on 2026-01-15: it runs to 2027-01-15.
        account(QStringLiteral("T"), {{QDate(2025, 1, 15), 2'000'000}});
        contract(QStringLiteral("T"), QDate(2025, 1, 15), 12, false, 60);
        // U: no auto-renew from 2025-03-01, renewed on 2026-03-01, and a next contract signed to start on
        // 2026-09-01: on 2026-06-30 the first one runs, to 2027-03-01.
        account(QStringLiteral("U"), {{QDate(2025, 3, 1), 3'000'000}});
        contract(QStringLiteral("U"), QDate(2025, 3, 1), 12, false, 60);
        contract(QStringLiteral("U"), QDate(2026, 9, 1), 12, true, 60);
        // V: no auto-renew from 2025-05-01, churned on 2026-05-01 and nothing recorded after: ended.
        account(QStringLiteral("V"), {{QDate(2025, 5, 1), 4'000'000}});
        contract(QStringLiteral("V"), QDate(2025, 5, 1), 12, false, 60);
        const auto decided = [&](const QString& name, QDate date, RenewalOutcome outcome) {
            Renewal r;
            r.accountId = m_ids.value(name);
            r.renewalDate = date;
            r.outcome = outcome;
            r.decidedOn = date.addDays(-30);
            auto saved = m_book->renewals().save(r);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        };
        decided(QStringLiteral("T"), QDate(2026, 1, 15), RenewalOutcome::Renewed);
        decided(QStringLiteral("U"), QDate(2026, 3, 1), RenewalOutcome::Expanded);
        decided(QStringLiteral("V"), QDate(2026, 5, 1), RenewalOutcome::Churned);
        forecast(QStringLiteral("T"), QDate(2027, 1, 15), RenewalForecast::AtRisk);
        RawDb raw(m_book->path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE contract SET renewal_term_months = 24 WHERE account_id = ?1"),
                         {m_ids.value(QStringLiteral("S"))}));

        const QHash<QString, QDate> next = {{QStringLiteral("S"), QDate(2027, 7, 1)},
                                            {QStringLiteral("T"), QDate(2027, 1, 15)},
                                            {QStringLiteral("U"), QDate(2027, 3, 1)},
                                            {QStringLiteral("V"), QDate()}};
        const auto check = [&](const char* how) {
            auto source = readPortfolioSource(*m_book, kAsOf);
            QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
            QStringList seen;
            for (const PortfolioSourceAccount& a : source->accounts) {
                if (!next.contains(a.name))
                    continue;
                seen << a.name;
                QVERIFY2(
                    nextRenewalOf(a, kAsOf) == next.value(a.name),
                    qPrintable(QStringLiteral("%1 %2: %3")
                                   .arg(QLatin1String(how), a.name, nextRenewalOf(a, kAsOf).toString())));
            }
            seen.sort();
            QCOMPARE(seen, (QStringList{QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("U"),
                                        QStringLiteral("V")}));
            const PortfolioView view =
                buildPortfolioView(source->accounts, source->settings, source->rules, kAsOf);
            // The next twelve months from June 2026: T in January 2027, U in March 2027 and nothing else.
            QCOMPARE(view.renewalMonths.size(), 12);
            for (const PortfolioRenewalMonth& m : view.renewalMonths) {
                const int count = m.count[0] + m.count[1] + m.count[2];
                const int want = m.month == QDate(2027, 1, 1) || m.month == QDate(2027, 3, 1) ? 1 : 0;
                QVERIFY2(count == want, qPrintable(QStringLiteral("%1 %2: %3 renewals")
                                                       .arg(QLatin1String(how), m.month.toString())
                                                       .arg(count)));
            }
            for (qsizetype i = 0; i < view.accounts.size(); ++i) {
                if (view.names[i] == QLatin1String("T")) {
                    QCOMPARE(view.accounts[i].nextRenewal, QDate(2027, 1, 15));
                    QCOMPARE(view.accounts[i].forecast, std::optional(RenewalForecast::AtRisk));
                }
            }
        };
        // The Renewals view renews S, T and U on the same dates (U by the contract in force, not the row's,
        // and with the renewal recorded for it), and V not at all.
        const auto checkView = [&](const char* how) {
            auto upcoming = readUpcomingRenewals(*m_book, kAsOf, 400);
            QVERIFY2(upcoming, qPrintable(upcoming ? QString() : upcoming.error().toString()));
            QStringList listed;
            for (const UpcomingRenewal& u : *upcoming) {
                if (!next.contains(u.contract.accountName))
                    continue;
                listed << u.contract.accountName;
                QVERIFY2(u.point.renewalDate == next.value(u.contract.accountName),
                         qPrintable(QStringLiteral("%1 %2: %3")
                                        .arg(QLatin1String(how), u.contract.accountName,
                                             u.point.renewalDate.toString(Qt::ISODate))));
            }
            listed.sort();
            QCOMPARE(listed, (QStringList{QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("U")}));
            // So does the accounts list; V's contract ended on its churned renewal.
            for (const bool byId : {false, true}) {
                auto summaries = byId ? m_book->accounts().summaries(m_ids.values(), kAsOf)
                                      : m_book->accounts().summaries(kAsOf);
                QVERIFY2(summaries, qPrintable(summaries ? QString() : summaries.error().toString()));
                int seen = 0;
                for (const AccountSummary& a : *summaries) {
                    if (!next.contains(a.name))
                        continue;
                    ++seen;
                    QVERIFY2(a.renewalDate == next.value(a.name),
                             qPrintable(
                                 QStringLiteral("%1 %2 list: %3")
                                     .arg(QLatin1String(how), a.name, a.renewalDate.toString(Qt::ISODate))));
                }
                QCOMPARE(seen, 4);
            }
        };
        check("scanned");
        checkView("scanned");
        // U among over 512 accounts: its recorded renewals by a seek.
        addFillerAccounts(raw, 600);
        raw.close();
        check("sought");
        checkView("sought");
    }
};

QTEST_GUILESS_MAIN(RenewalReadsTest)
#include "tst_renewalreads.moc"
