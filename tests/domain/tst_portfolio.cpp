// The portfolio by touch model (issue 16 item 2) on a hand-built book, as of Tue 2026-06-30, with the JPY
// defaults: cadences of 14 (high), 30 (low) and 90 (tech) days. Every expected figure is worked out in the
// comments from the table below.

#include "domain/Portfolio.h"

#include <QTest>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return iso ? QDate::fromString(QLatin1String(iso), Qt::ISODate) : QDate();
}

PortfolioAccount row(const char* id, const char* owner, MinorUnits arr, TouchModel m,
                     std::optional<double> score, HealthBand band, const char* touch, const char* renewal,
                     std::optional<RenewalForecast> forecast, int roadmaps, bool active = true)
{
    PortfolioAccount a;
    a.id = QString::fromLatin1(id);
    a.owner = QString::fromLatin1(owner);
    a.arr = arr;
    a.touchModel = m;
    a.active = active;
    a.healthScore = score;
    a.healthBand = band;
    a.lastCustomerTouch = d(touch);
    a.nextRenewal = d(renewal);
    a.forecast = forecast;
    a.openRoadmaps = roadmaps;
    return a;
}

using T = TouchModel;
using B = HealthBand;
using F = RenewalForecast;
constexpr auto none = std::nullopt;

//                                                                      days since touch / to renewal
const QList<PortfolioAccount> kBook = {
    row("h1", "Aoki", 20'000'000, T::High, 82.0, B::Green, "2026-06-20", "2026-08-15", F::Likely,
        0), // 10 / 46
    row("h2", "Aoki", 15'000'000, T::High, 55.0, B::Yellow, "2026-06-10", "2026-09-28", F::Commit,
        1), // 20 / 90
    row("h3", "Baba", 12'000'000, T::High, 30.5, B::Red, "2026-06-16", "2026-12-27", F::AtRisk,
        0), // 14 / 180
    row("l1", "Baba", 3'000'000, T::Low, 71.0, B::Green, "2026-05-31", "2026-09-29", F::AtRisk, 2), // 30 / 91
    row("l2", "Aoki", 2'000'000, T::Low, none, B::Red, nullptr, "2026-07-01", F::Lost, 0),       // never / 1
    row("l3", "Baba", 1'500'000, T::Low, 40.0, B::Yellow, "2026-07-05", "2026-06-30", none, 0),  // future / 0
    row("t1", "Aoki", 500'000, T::Tech, 65.5, B::Yellow, "2026-04-01", nullptr, none, 1),        // 90 / none
    row("t2", "Baba", 300'000, T::Tech, none, B::Red, "2026-03-01", "2026-06-29", F::AtRisk, 0), // 121 / -1
    // Churned: in no figure at all.
    row("x1", "Aoki", 0, T::High, 10.0, B::Red, "2026-06-29", "2026-07-10", F::Lost, 1, false),
};

PortfolioContext context()
{
    return PortfolioContext::of(BookSettings::defaultsFor(QStringLiteral("JPY")), d("2026-06-30"));
}

Money yen(MinorUnits v)
{
    return Money(v, QStringLiteral("JPY"));
}

QList<Id> ids(std::initializer_list<const char*> list)
{
    QList<Id> out;
    for (const char* s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void highTouchFigures()
    {
        const PortfolioSummary s = computePortfolio(kBook, context());
        const SegmentFigures& f = s[Segment::High];
        QCOMPARE(f.accounts, 3);
        QCOMPARE(f.arr, yen(47'000'000)); // 20M + 15M + 12M
        // Of 54,300,000 in the book (20 + 15 + 12 + 3 + 2 + 1.5 + 0.5 + 0.3 million).
        QCOMPARE(*f.arrShare, 47'000'000.0 / 54'300'000.0);
        QCOMPARE(*f.healthMean, (82.0 + 55.0 + 30.5) / 3);
        QCOMPARE(*f.healthMedian, 55.0);
        QCOMPARE(f.green, 1);
        QCOMPARE(f.yellow, 1);
        QCOMPARE(f.red, 1);
        QCOMPARE(f.noData, 0);
        // h1 10 days and h3 exactly 14 days since a touch are within the 14-day cadence; h2 (20) is not.
        QCOMPARE(f.cadenceCovered, 2);
        QCOMPARE(*f.cadenceCoverage, 2.0 / 3);
        // Renewing within 90 days: h1 (46) and h2 (exactly 90); h3 (180) is not.
        QCOMPARE(f.renewals90, 2);
        QCOMPARE(f.renewals90Arr, yen(35'000'000));
        // At risk: h2 (yellow) renewing in 90 days; h3 (red, at risk) renewing in exactly 180. h1 is green
        // and likely.
        QCOMPARE(f.atRisk90, 1);
        QCOMPARE(f.arrAtRisk90, yen(15'000'000));
        QCOMPARE(f.atRisk180, 2);
        QCOMPARE(f.arrAtRisk180, yen(27'000'000));
        QCOMPARE(f.openOnboardings, 1);
        QCOMPARE(f.openRoadmaps, 1);
    }

    void lowTouchFigures()
    {
        const SegmentFigures f = computePortfolio(kBook, context())[Segment::Low];
        QCOMPARE(f.accounts, 3);
        QCOMPARE(f.arr, yen(6'500'000));
        QCOMPARE(*f.arrShare, 6'500'000.0 / 54'300'000.0);
        // l2 has no score: mean and median over 71 and 40.
        QCOMPARE(*f.healthMean, 55.5);
        QCOMPARE(*f.healthMedian, 55.5);
        QCOMPARE(f.green, 1);
        QCOMPARE(f.yellow, 1);
        QCOMPARE(f.red, 0);
        QCOMPARE(f.noData, 1);
        // l1 exactly 30 days: covered; l2 never touched; l3's touch is dated after the day: not covered.
        QCOMPARE(f.cadenceCovered, 1);
        // Renewals: l2 tomorrow and l3 today are in; l1 in 91 days is not.
        QCOMPARE(f.renewals90, 2);
        QCOMPARE(f.renewals90Arr, yen(3'500'000));
        // Every low-touch account is at risk (l1 forecast at risk, l2 lost, l3 yellow): l2 and l3 within 90
        // days, all three within 180.
        QCOMPARE(f.atRisk90, 2);
        QCOMPARE(f.arrAtRisk90, yen(3'500'000));
        QCOMPARE(f.atRisk180, 3);
        QCOMPARE(f.arrAtRisk180, yen(6'500'000));
        QCOMPARE(f.openOnboardings, 1);
        QCOMPARE(f.openRoadmaps, 2);
    }

    void techTouchFigures()
    {
        const SegmentFigures f = computePortfolio(kBook, context())[Segment::Tech];
        QCOMPARE(f.accounts, 2);
        QCOMPARE(f.arr, yen(800'000));
        QCOMPARE(*f.healthMean, 65.5);
        QCOMPARE(*f.healthMedian, 65.5);
        QCOMPARE(f.yellow, 1);
        QCOMPARE(f.noData, 1);
        // t1 exactly 90 days (Apr 1 -> May 1 30, -> Jun 1 31, -> Jun 30 29): covered; t2 121 days: not.
        QCOMPARE(f.cadenceCovered, 1);
        QCOMPARE(*f.cadenceCoverage, 0.5);
        // t1 has no renewal; t2's was yesterday.
        QCOMPARE(f.renewals90, 0);
        QCOMPARE(f.renewals90Arr, yen(0));
        QCOMPARE(f.atRisk180, 0);
        QCOMPARE(f.openOnboardings, 1);
    }

    void wholeBookFigures()
    {
        const PortfolioSummary s = computePortfolio(kBook, context());
        const SegmentFigures& f = s[Segment::All];
        QCOMPARE(s.asOf, d("2026-06-30"));
        QCOMPARE(f.accounts, 8); // x1 is churned
        QCOMPARE(f.arr, yen(54'300'000));
        QCOMPARE(*f.arrShare, 1.0);
        // Scores 82, 55, 30.5, 71, 40, 65.5: sum 344; sorted 30.5 40 55 65.5 71 82, median (55 + 65.5) / 2.
        QCOMPARE(*f.healthMean, 344.0 / 6);
        QCOMPARE(*f.healthMedian, 60.25);
        QCOMPARE(f.green, 2);
        QCOMPARE(f.yellow, 3);
        QCOMPARE(f.red, 1);
        QCOMPARE(f.noData, 2);
        QCOMPARE(f.cadenceCovered, 4);
        QCOMPARE(*f.cadenceCoverage, 0.5);
        QCOMPARE(f.renewals90, 4);
        QCOMPARE(f.renewals90Arr, yen(38'500'000));
        QCOMPARE(f.atRisk90, 3);
        QCOMPARE(f.arrAtRisk90, yen(18'500'000));
        QCOMPARE(f.atRisk180, 5);
        QCOMPARE(f.arrAtRisk180, yen(33'500'000));
        QCOMPARE(f.openOnboardings, 3);
        QCOMPARE(f.openRoadmaps, 4);
        QVERIFY(!s.arrOverflow);
    }

    void aClickOpensExactlyTheAccountsCounted()
    {
        const PortfolioContext c = context();
        QCOMPARE(accountsBehind(kBook, Segment::High, PortfolioMeasure::AtRisk180, c), ids({"h2", "h3"}));
        QCOMPARE(accountsBehind(kBook, Segment::All, PortfolioMeasure::NoData, c), ids({"l2", "t2"}));
        QCOMPARE(accountsBehind(kBook, Segment::Low, PortfolioMeasure::Renewal90, c), ids({"l2", "l3"}));
        QCOMPARE(accountsBehind(kBook, Segment::All, PortfolioMeasure::Accounts, c).size(), 8);

        // For every figure: the list behind it has as many accounts as the figure counts.
        const PortfolioSummary s = computePortfolio(kBook, c);
        using M = PortfolioMeasure;
        for (const Segment seg : kSegments) {
            const SegmentFigures& f = s[seg];
            const QList<std::pair<M, int>> counted = {
                {M::Accounts, f.accounts},
                {M::Green, f.green},
                {M::Yellow, f.yellow},
                {M::Red, f.red},
                {M::NoData, f.noData},
                {M::CadenceCovered, f.cadenceCovered},
                {M::Renewal90, f.renewals90},
                {M::AtRisk90, f.atRisk90},
                {M::AtRisk180, f.atRisk180},
                {M::OpenOnboarding, f.openOnboardings},
                {M::WithHealth, f.green + f.yellow + f.red},
            };
            for (const auto& [measure, count] : counted)
                QCOMPARE(accountsBehind(kBook, seg, measure, c).size(), count);
        }
    }

    void anOwnerFilterKeepsThatOwnersAccounts()
    {
        PortfolioContext c = context();
        c.owner = QStringLiteral("Aoki");
        // h1, h2, l2, t1 (x1 is churned): 20M + 15M + 2M + 0.5M.
        const SegmentFigures f = computePortfolio(kBook, c)[Segment::All];
        QCOMPARE(f.accounts, 4);
        QCOMPARE(f.arr, yen(37'500'000));
        QCOMPARE(f.green, 1);
        QCOMPARE(f.yellow, 2);
        QCOMPARE(f.noData, 1);
        QCOMPARE(accountsBehind(kBook, Segment::All, PortfolioMeasure::Yellow, c), ids({"h2", "t1"}));
        QCOMPARE(portfolioOwners(kBook), (QStringList{QStringLiteral("Aoki"), QStringLiteral("Baba")}));
    }

    void anEmptyBookHasNoRatios()
    {
        const PortfolioSummary s = computePortfolio({}, context());
        const SegmentFigures& f = s[Segment::All];
        QCOMPARE(f.accounts, 0);
        QVERIFY(!f.arrShare);
        QVERIFY(!f.healthMean);
        QVERIFY(!f.healthMedian);
        QVERIFY(!f.cadenceCoverage);
        QCOMPARE(f.arr, yen(0));
    }

    void customWindowsAndCadencesComeFromTheContext()
    {
        PortfolioContext c = context();
        c.cadenceDays = {10, 30, 90};     // h3 (14 days) is no longer covered
        c.options.renewalWindowDays = 45; // h1 renews in 46: out
        const SegmentFigures f = computePortfolio(kBook, c)[Segment::High];
        QCOMPARE(f.cadenceCovered, 1);
        QCOMPARE(f.renewals90, 0); // h2 (90 days) out as well
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
