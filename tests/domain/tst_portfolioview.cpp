// The portfolio view from accounts' rows (issue 16): the ARR, segment, renewal and forecast of an account on
// a day, the trend's days, the health kept by the book against the health scored from rows, and the
// renewals per month, as of Tue 2026-06-30 with the JPY defaults (high touch
// from 10,000,000, low touch from 1,000,000). Expected values are worked out by hand in the comments.

#include "domain/PortfolioView.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const QDate kAsOf = d("2026-06-30");

PortfolioSourceAccount account(const char* id, QList<HealthArrStep> arr)
{
    PortfolioSourceAccount a;
    a.id = QString::fromLatin1(id);
    a.name = a.id;
    a.owner = QStringLiteral("Aoki");
    a.rows.arr = std::move(arr);
    return a;
}

BookSettings jpy()
{
    return BookSettings::defaultsFor(QStringLiteral("JPY"));
}

} // namespace

class TestPortfolioView : public QObject
{
    Q_OBJECT
private slots:
    void trendDaysAreMondaysOfMonthEndsThenTheDay()
    {
        const QList<QDate> days = portfolioTrendDays(kAsOf);
        QCOMPARE(days.size(), 12);
        QCOMPARE(days.first(), d("2025-07-28")); // 31 July 2025 is a Thursday
        QCOMPARE(days[7], d("2026-02-23"));      // 28 February 2026 a Saturday
        QCOMPARE(days[8], d("2026-03-30"));      // 31 March 2026 a Tuesday
        QCOMPARE(days[10], d("2026-05-25"));     // 31 May 2026 a Sunday
        QCOMPARE(days.last(), kAsOf);
        for (qsizetype i = 0; i + 1 < days.size(); ++i)
            QCOMPARE(days[i].dayOfWeek(), int(Qt::Monday));
        // Mid-month: the Mondays of the eleven month ends before the month, then the day itself.
        QCOMPARE(portfolioTrendDays(d("2026-03-15")).first(), d("2025-04-28"));
        QCOMPARE(portfolioTrendDays(d("2026-03-15"))[10], d("2026-02-23"));
        // A month that ends on a Monday stands for itself (30 June 2025).
        QCOMPARE(portfolioTrendDays(d("2026-05-10")).first(), d("2025-06-30"));
    }

    void keptHealthWinsOnTheDaysTheBookHasIt()
    {
        // Low touch (3,000,000) all year. Rows: one customer touch on 2026-05-20 and nothing else, so the
        // engine gives engagement alone: 100 on any day within the cadence after it, no data before it.
        const SegmentationRules rules = SegmentationRules::fromSettings(jpy());
        auto a = account("k", {{d("2025-01-01"), 3'000'000}});
        HealthTouchRow touch;
        touch.occurredOn = d("2026-05-20");
        a.rows.touches = {touch};
        // The book keeps 40.0 on the first Monday (2025-07-28) and 55.0 as the current score of the day.
        a.kept = KeptPortfolioHealth(kAsOf);
        a.kept.keep(0, 40.0);
        a.kept.keep(11, 55.0);
        a.lastCustomerTouch = d("2026-05-20");
        PortfolioAccount p = portfolioAccountOn(a, jpy(), rules, kAsOf);
        QCOMPARE(p.healthScore, std::optional(55.0));
        QCOMPARE(p.healthBand, HealthBand::Yellow); // 40 <= 55 < 70
        QCOMPARE(p.lastCustomerTouch, d("2026-05-20"));
        // Another day than the one kept: scored from the rows (2026-06-15 is 26 days after the touch, within
        // the low-touch cadence of 30 days: 100).
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, d("2026-06-15")).healthScore, std::optional(100.0));

        const QList<PortfolioSourceAccount> accounts = {a};
        const PortfolioView view = buildPortfolioView(accounts, jpy(), rules, kAsOf);
        const auto low = std::size_t(Segment::Low);
        QCOMPARE(view.trend.size(), 12);
        QCOMPARE(view.trend[0].mean[low], std::optional(40.0)); // kept, although the rows have no data
        QCOMPARE(view.trend[0].scored[low], 1);
        for (int i = 1; i <= 9; ++i) // 2025-08-25 .. 2026-04-27: before the touch, no data, not kept
            QCOMPARE(view.trend[i].scored[low], 0);
        QCOMPARE(view.trend[10].mean[low], std::optional(100.0)); // 2026-05-25 from the rows: 5 days after
        QCOMPARE(view.trend[11].mean[low], std::optional(55.0));  // the day: the current score kept
        QCOMPARE(view.summary[Segment::Low].healthMean, std::optional(55.0));

        // Nothing kept: the rows on the day, 41 days after the touch: (3 - 41/30) / 2 x 100 = 81.67, kept to
        // one decimal.
        a.kept = KeptPortfolioHealth(kAsOf);
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf).healthScore, std::optional(81.7));
        // A kept "no data" stays no data although the rows give a score.
        a.kept.keep(11, std::nullopt);
        QVERIFY(!portfolioAccountOn(a, jpy(), rules, kAsOf).healthScore);
    }

    void arrAndSegmentOnTheDay()
    {
        const SegmentationRules rules = SegmentationRules::fromSettings(jpy());
        // 12,000,000 since 2025: high touch; a contraction to 9,999,999 on the day makes it low touch.
        auto a = account("a", {{d("2025-01-01"), 12'000'000}, {d("2026-06-30"), 9'999'999}});
        PortfolioAccount p = portfolioAccountOn(a, jpy(), rules, kAsOf);
        QCOMPARE(p.arr, MinorUnits(9'999'999));
        QCOMPARE(p.touchModel, TouchModel::Low);
        QVERIFY(p.active);
        // The day before it was still high touch.
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf.addDays(-1)).touchModel, TouchModel::High);
        // An event after the day does not count yet.
        a.rows.arr.append({d("2026-07-01"), 50'000'000});
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf).arr, MinorUnits(9'999'999));
        // The override wins over the rule.
        a.rows.touchModelOverride = TouchModel::Tech;
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf).touchModel, TouchModel::Tech);

        // Churned on 2026-05-01: not active, in no figure.
        auto churned = account("c", {{d("2024-04-01"), 3'000'000}, {d("2026-05-01"), 0}});
        p = portfolioAccountOn(churned, jpy(), rules, kAsOf);
        QCOMPARE(p.arr, MinorUnits(0));
        QVERIFY(!p.active);
        // Before its first event an account is not a customer either.
        QVERIFY(!portfolioAccountOn(churned, jpy(), rules, d("2024-03-31")).active);
        // Deleted accounts never count.
        auto gone = account("g", {{d("2024-04-01"), 3'000'000}});
        gone.deleted = true;
        QVERIFY(!portfolioAccountOn(gone, jpy(), rules, kAsOf).active);
    }

    void rulesWithPlansDecideTheSegment()
    {
        // Enterprise plan accounts are high touch whatever their ARR; the rest by the thresholds.
        SegmentationRules rules;
        SegmentRule enterprise;
        enterprise.touchModel = TouchModel::High;
        enterprise.plans = {QStringLiteral("Enterprise")};
        rules.rules = {enterprise};
        rules.rules.append(SegmentationRules::fromSettings(jpy()).rules);
        auto a = account("e", {{d("2025-01-01"), 500'000}});
        a.plan = QStringLiteral(" enterprise ");
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf).touchModel, TouchModel::High);
        a.plan = QStringLiteral("Team");
        QCOMPARE(portfolioAccountOn(a, jpy(), rules, kAsOf).touchModel, TouchModel::Tech);
    }

    void nextRenewalAndItsForecast()
    {
        const SegmentationRules rules = SegmentationRules::fromSettings(jpy());
        auto a = account("r", {{d("2025-01-31"), 2'000'000}});
        // Monthly from 2025-01-31: the renewals are the 28th/30th/31st, clamped from the start each time.
        a.contractStart = d("2025-01-31");
        a.termMonths = 1;
        QCOMPARE(nextRenewalOf(a, d("2026-02-15")), d("2026-02-28"));
        QCOMPARE(nextRenewalOf(a, d("2026-02-28")), d("2026-03-31")); // the first one *after* the day
        a.termMonths = 12;
        QCOMPARE(nextRenewalOf(a, kAsOf), d("2027-01-31"));
        a.renewals = {{d("2026-01-31"), RenewalForecast::Lost}, {d("2027-01-31"), RenewalForecast::AtRisk}};
        const PortfolioAccount p = portfolioAccountOn(a, jpy(), rules, kAsOf);
        QCOMPARE(p.nextRenewal, d("2027-01-31"));
        QCOMPARE(p.forecast, std::optional(RenewalForecast::AtRisk));
        // Without a contract there is no renewal and no forecast.
        const PortfolioAccount none =
            portfolioAccountOn(account("n", {{d("2025-01-01"), 1}}), jpy(), rules, kAsOf);
        QVERIFY(!none.nextRenewal.isValid());
        QVERIFY(!none.forecast);
    }

    void renewalsPerMonthBySegment()
    {
        // Quarterly from 2025-08-15, low touch: after 2026-06-30 it renews on 2026-08-15, 2026-11-15,
        // 2027-02-15 and 2027-05-15 within the twelve months June 2026 .. May 2027 (2027-08-15 is beyond).
        auto q = account("q", {{d("2025-08-15"), 3'000'000}});
        q.contractStart = d("2025-08-15");
        q.termMonths = 3;
        // Yearly high touch renewing on 2026-06-30 itself: that renewal is the day's, the next is 2027-06-30,
        // beyond the twelve months; none shown.
        auto y = account("y", {{d("2025-06-30"), 20'000'000}});
        y.contractStart = d("2025-06-30");
        y.termMonths = 12;
        // Another owner's account is left out when the view is limited to Aoki.
        auto other = account("o", {{d("2025-07-10"), 3'000'000}});
        other.owner = QStringLiteral("Baba");
        other.contractStart = d("2025-07-10");
        other.termMonths = 12;
        const QList<PortfolioSourceAccount> accounts = {q, y, other};
        const PortfolioView view = buildPortfolioView(accounts, jpy(), SegmentationRules::fromSettings(jpy()),
                                                      kAsOf, QStringLiteral("Aoki"));
        QCOMPARE(view.renewalMonths.size(), 12);
        QCOMPARE(view.renewalMonths.first().month, d("2026-06-01"));
        QCOMPARE(view.renewalMonths.last().month, d("2027-05-01"));
        const auto low = std::size_t(TouchModel::Low);
        QList<int> lowCounts;
        int others = 0;
        for (const PortfolioRenewalMonth& m : view.renewalMonths) {
            lowCounts << m.count[low];
            others += m.count[std::size_t(TouchModel::High)] + m.count[std::size_t(TouchModel::Tech)];
        }
        QCOMPARE(lowCounts, (QList<int>{0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1}));
        QCOMPARE(others, 0);
        QCOMPARE(view.renewalMonths[2].arr[low], MinorUnits(3'000'000));
        QCOMPARE(view.renewalMonths[2].ids[low], QList<Id>{QStringLiteral("q")});
        // The figures are Aoki's too: 2 accounts, 23,000,000 ARR; the owners list has both.
        QCOMPARE(view.summary[Segment::All].accounts, 2);
        QCOMPARE(view.summary[Segment::All].arr.minor(), MinorUnits(23'000'000));
        QCOMPARE(view.owners, (QStringList{QStringLiteral("Aoki"), QStringLiteral("Baba")}));
    }

    void renewalsOfManyAccountsInTheirOrder()
    {
        // Eleven yearly low-touch contracts from 2025-09-10 (ARR 1,000,000 + k): each renews on 2026-09-10,
        // month 3 of the twelve. The accounts are counted in parts on the helper threads: the month must list
        // them in the accounts' order, not in the order the parts finish, and add every part's figures.
        // Between them, accounts that do not count: a tombstone (k = 3) and another owner's (k = 7).
        QList<PortfolioSourceAccount> accounts;
        QList<Id> expected;
        MinorUnits arr = 0;
        for (int k = 0; k < 11; ++k) {
            const QByteArray id = "r" + QByteArray::number(10 + k);
            auto a = account(id.constData(), {{d("2025-09-10"), 1'000'000 + k}});
            a.contractStart = d("2025-09-10");
            a.termMonths = 12;
            if (k == 3)
                a.deleted = true;
            if (k == 7)
                a.owner = QStringLiteral("Baba");
            if (k != 3 && k != 7) {
                expected.append(a.id);
                arr += 1'000'000 + k;
            }
            accounts.append(a);
        }
        const PortfolioView view = buildPortfolioView(accounts, jpy(), SegmentationRules::fromSettings(jpy()),
                                                      kAsOf, QStringLiteral("Aoki"));
        const auto low = std::size_t(TouchModel::Low);
        const PortfolioRenewalMonth& september = view.renewalMonths[3];
        QCOMPARE(september.month, d("2026-09-01"));
        QCOMPARE(september.ids[low], expected);
        QCOMPARE(september.count[low], 9);
        QCOMPARE(september.arr[low], arr); // 9,000,000 + 0+1+2+4+5+6+8+9+10 = 9,000,045
        QCOMPARE(arr, MinorUnits(9'000'045));
        int elsewhere = 0;
        for (qsizetype m = 0; m < view.renewalMonths.size(); ++m) {
            for (std::size_t seg = 0; seg < 3; ++seg)
                elsewhere += (m == 3 && seg == low) ? 0 : view.renewalMonths[m].count[seg];
        }
        QCOMPARE(elsewhere, 0);
        // Without the owner's scope the other owner's account is counted in its place.
        const PortfolioView all =
            buildPortfolioView(accounts, jpy(), SegmentationRules::fromSettings(jpy()), kAsOf, std::nullopt);
        expected.insert(6, QStringLiteral("r17"));
        QCOMPARE(all.renewalMonths[3].ids[low], expected);
        QCOMPARE(all.renewalMonths[3].arr[low], MinorUnits(9'000'045 + 1'000'007));
    }

    void retentionOverTwelveMonthsBySegment()
    {
        // Period 2025-07-01 .. 2026-06-30; the cohort is the accounts active on 2025-06-30.
        // h: high 20,000,000 -> 15,000,000 (contraction); l: low 2,000,000 -> 0 (churn);
        // n: new in 2026, not in the cohort.
        const QList<PortfolioSourceAccount> accounts = {
            account("h", {{d("2024-01-01"), 20'000'000}, {d("2026-01-10"), 15'000'000}}),
            account("l", {{d("2024-01-01"), 2'000'000}, {d("2026-03-01"), 0}}),
            account("n", {{d("2026-02-01"), 5'000'000}}),
        };
        const PortfolioView view =
            buildPortfolioView(accounts, jpy(), SegmentationRules::fromSettings(jpy()), kAsOf);
        QCOMPARE(view.retentionPeriod.from, d("2025-07-01"));
        // Whole book: GRR = NRR = 15,000,000 / 22,000,000.
        QCOMPARE(*view.grr[std::size_t(Segment::All)], 15.0 / 22.0);
        QCOMPARE(*view.nrr[std::size_t(Segment::All)], 15.0 / 22.0);
        QCOMPARE(*view.grr[std::size_t(Segment::High)], 0.75);
        QCOMPARE(*view.grr[std::size_t(Segment::Low)], 0.0);
        QVERIFY(!view.grr[std::size_t(Segment::Tech)]); // no cohort
    }
};

QTEST_GUILESS_MAIN(TestPortfolioView)
#include "tst_portfolioview.moc"
