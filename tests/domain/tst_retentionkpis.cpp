// Retention KPIs of DESIGN §7 on a hand-built book whose every figure is worked out below by hand.

#include "domain/RetentionKpis.h"

#include <QTest>

#include <cmath>

using namespace csm;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// The hand-built book is fixed: a refusal while building it is a broken test, not a failed check.
void must(const Status& st)
{
    if (!st)
        qFatal("%s", qPrintable(st.error().toString()));
}

struct Event
{
    const char* on;
    MinorUnits arrAfter;
};

// FY2025-Q1 with an April start: [2025-04-01, 2025-06-30], 91 days; the cohort is read on 2025-03-31.
const dates::DateRange kQ1{d("2025-04-01"), d("2025-06-30")};
// FY2024-Q4: [2025-01-01, 2025-03-31]; its cohort is read on 2024-12-31.
const dates::DateRange kQ4{d("2025-01-01"), d("2025-03-31")};

enum Account
{
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
    L,
    M,
    AccountCount
};
enum Group
{
    High,
    Low,
    Tech
};

// The book, one line per account (ARR in yen):
//   A  1,000,000 since 2024-04-01, unchanged                          S 1,000,000  E 1,000,000  flat
//   B  1,200,000 since 2024-06-01, 1,500,000 from 2025-05-10            S 1,200,000  E 1,500,000  expanded
//   +300,000 C  2,000,000 since 2024-01-15, 1,500,000 from 2025-06-30 (= `to`)   S 2,000,000  E 1,500,000
//   contracted -500,000 D    800,000 since 2023-10-01, churned 2025-04-15                   S   800,000  E 0
//   churned E    600,000 from 2025-05-01                                        new, 600,000 F    500,000
//   since 2023-04-01, churned 2024-09-30, back at 700,000 on 2025-06-01: reactivated, 700,000 G    900,000
//   since 2024-12-01, churned 2025-03-31 (= from - 1)      not in the cohort, nothing at the end H    400,000
//   from 2025-07-01 (after the period)                     nothing I    400,000 since 2024-05-01; on
//   2025-03-31 two events, 450,000 then 300,000 (the later wins);
//        350,000 from 2025-06-15                                        S   300,000  E   350,000  expanded
//        +50,000
//   J  1,000,000 since 2024-02-01, churned 2025-05-01, back at 1,000,000 on 2025-06-20
//                                                                      S 1,000,000  E 1,000,000  flat
//   K    300,000 since 2024-01-01, 900,000 from 2025-07-01 (after)      S   300,000  E   300,000  flat
//   L    500,000 since 2024-04-01, 250,000 from 2025-04-01 (= from)     S   500,000  E   250,000  contracted
//   -250,000 M    no ARR events (an NPS response only)
QList<QList<Event>> book()
{
    QList<QList<Event>> events(AccountCount);
    events[A] = {{"2024-04-01", 1'000'000}};
    events[B] = {{"2024-06-01", 1'200'000}, {"2025-05-10", 1'500'000}};
    events[C] = {{"2024-01-15", 2'000'000}, {"2025-06-30", 1'500'000}};
    events[D] = {{"2023-10-01", 800'000}, {"2025-04-15", 0}};
    events[E] = {{"2025-05-01", 600'000}};
    events[F] = {{"2023-04-01", 500'000}, {"2024-09-30", 0}, {"2025-06-01", 700'000}};
    events[G] = {{"2024-12-01", 900'000}, {"2025-03-31", 0}};
    events[H] = {{"2025-07-01", 400'000}};
    events[I] = {
        {"2024-05-01", 400'000}, {"2025-03-31", 450'000}, {"2025-03-31", 300'000}, {"2025-06-15", 350'000}};
    events[J] = {{"2024-02-01", 1'000'000}, {"2025-05-01", 0}, {"2025-06-20", 1'000'000}};
    events[K] = {{"2024-01-01", 300'000}, {"2025-07-01", 900'000}};
    events[L] = {{"2024-04-01", 500'000}, {"2025-04-01", 250'000}};
    return events;
}

// NPS responses: in Q1, A 10 and B 9 (promoters), C 7 and E 8 (passives), M 3 (a detractor); outside it,
// D 10 on 2025-03-31 and A 0 on 2025-07-01.
RetentionLedger ledger()
{
    RetentionLedger l;
    const QList<QList<Event>> events = book();
    for (const QList<Event>& history : events) {
        l.addAccount();
        for (const Event& e : history)
            must(l.addArrEvent(d(e.on), e.arrAfter));
    }
    const struct
    {
        int account;
        const char* on;
        int score;
    } answers[] = {{A, "2025-04-10", 10}, {B, "2025-05-01", 9},  {C, "2025-06-30", 7}, {E, "2025-06-01", 8},
                   {M, "2025-05-05", 3},  {D, "2025-03-31", 10}, {A, "2025-07-01", 0}};
    for (const auto& a : answers)
        must(l.addNpsResponse(a.account, d(a.on), a.score));
    return l;
}

// Touch models: high A-D, low E-G, I, J; tech H, K, L; M in no group.
KpiOptions byTouchModel()
{
    KpiOptions o;
    o.currency = QStringLiteral("JPY");
    o.groupNames = {QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("tech")};
    o.groupOf = {High, High, High, High, Low, Low, Low, Tech, Low, Low, Tech, Tech, -1};
    return o;
}

bool sameFigures(const KpiFigures& a, const KpiFigures& b)
{
    return a.period == b.period && a.cohortAccounts == b.cohortAccounts &&
           a.expandedAccounts == b.expandedAccounts && a.contractedAccounts == b.contractedAccounts &&
           a.churnedAccounts == b.churnedAccounts && a.newAccounts == b.newAccounts &&
           a.reactivatedAccounts == b.reactivatedAccounts && a.startArr == b.startArr &&
           a.endArr == b.endArr && a.retainedArr == b.retainedArr && a.expansionArr == b.expansionArr &&
           a.contractionArr == b.contractionArr && a.churnedArr == b.churnedArr && a.newArr == b.newArr &&
           a.reactivatedArr == b.reactivatedArr && a.npsResponses == b.npsResponses &&
           a.npsPromoters == b.npsPromoters && a.npsDetractors == b.npsDetractors;
}

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-12;
}

} // namespace

class TestRetentionKpis : public QObject
{
    Q_OBJECT

private slots:
    void arrOnADayIsTheLatestEventOnOrBeforeIt()
    {
        const RetentionLedger l = ledger();
        QCOMPARE(l.accountCount(), int(AccountCount));
        QCOMPARE(l.arrOn(A, d("2024-03-31")), 0);
        QCOMPARE(l.arrOn(A, d("2024-04-01")), 1'000'000);
        QCOMPARE(l.arrOn(I, d("2025-03-30")), 400'000);
        QCOMPARE(l.arrOn(I, d("2025-03-31")), 300'000); // two events that day: the later given wins
        QCOMPARE(l.arrOn(D, d("2025-04-15")), 0);
        QCOMPARE(l.arrOn(M, d("2025-04-15")), 0);
        QCOMPARE(l.arrOn(AccountCount, d("2025-04-15")), 0); // no such account
    }

    void eventsGivenOutOfOrderAreMovedIntoPlace()
    {
        RetentionLedger l;
        l.addAccount();
        QVERIFY(l.addArrEvent(d("2025-05-01"), 500));
        QVERIFY(l.addArrEvent(d("2025-01-01"), 100));
        QVERIFY(l.addArrEvent(d("2025-05-01"), 700)); // same date as the first: given later, so later
        QVERIFY(l.addArrEvent(d("2025-03-01"), 300));
        QCOMPARE(l.arrOn(0, d("2025-02-01")), 100);
        QCOMPARE(l.arrOn(0, d("2025-04-01")), 300);
        QCOMPARE(l.arrOn(0, d("2025-05-01")), 700);
        l.addAccount(); // the next account's events do not mix with the first's
        QVERIFY(l.addArrEvent(d("2024-01-01"), 9));
        QCOMPARE(l.arrOn(0, d("2024-06-01")), 0);
        QCOMPARE(l.arrOn(1, d("2024-06-01")), 9);
        QCOMPARE(l.arrEventCount(), 5);
    }

    void badLedgerInputIsRefused()
    {
        RetentionLedger l;
        QVERIFY(!l.addArrEvent(d("2025-01-01"), 1)); // no account yet
        l.addAccount();
        QVERIFY(!l.addArrEvent(QDate(), 1));
        const Status negative = l.addArrEvent(d("2025-01-01"), -5);
        QVERIFY(!negative);
        QVERIFY(negative.error().message.contains(QStringLiteral("negative")));
        QVERIFY(!l.addNpsResponse(1, d("2025-01-01"), 5));
        QVERIFY(!l.addNpsResponse(0, d("2025-01-01"), 11));
        QVERIFY(!l.addNpsResponse(0, d("2025-01-01"), -1));
        QVERIFY(!l.addNpsResponse(0, QDate(), 5));
        QCOMPARE(l.arrEventCount(), 0);
        QVERIFY(l.npsResponses().isEmpty());
    }

    void quarterFiguresMatchTheHandComputation()
    {
        const auto r = RetentionKpis::compute(ledger(), kQ1, byTouchModel());
        QVERIFY(r.ok());
        const KpiFigures& f = r->total;
        // Cohort (active on 2025-03-31): A B C D I J K L = 8 accounts.
        QCOMPARE(f.cohortAccounts, 8);
        // Σ S = 1.0 + 1.2 + 2.0 + 0.8 + 0.3 + 1.0 + 0.3 + 0.5 = 7.1 million.
        QCOMPARE(f.startArr, 7'100'000);
        // Σ E = 1.0 + 1.5 + 1.5 + 0 + 0.35 + 1.0 + 0.3 + 0.25 = 5.9 million.
        QCOMPARE(f.endArr, 5'900'000);
        // Σ min(E, S) = 1.0 + 1.2 + 1.5 + 0 + 0.3 + 1.0 + 0.3 + 0.25 = 5.55 million.
        QCOMPARE(f.retainedArr, 5'550'000);
        QCOMPARE(f.expansionArr, 350'000);   // B 300,000 + I 50,000
        QCOMPARE(f.contractionArr, 750'000); // C 500,000 + L 250,000
        QCOMPARE(f.churnedArr, 800'000);     // D
        // S + expansion - contraction - churn = 7.1 + 0.35 - 0.75 - 0.8 = 5.9 = Σ E.
        QCOMPARE(f.startArr + f.expansionArr - f.contractionArr - f.churnedArr, f.endArr);
        QCOMPARE(f.expandedAccounts, 2);
        QCOMPARE(f.contractedAccounts, 2);
        QCOMPARE(f.churnedAccounts, 1);
        QCOMPARE(f.newAccounts, 2);         // E and F
        QCOMPARE(f.newArr, 1'300'000);      // E 600,000 + F 700,000
        QCOMPARE(f.reactivatedAccounts, 1); // F
        QCOMPARE(f.reactivatedArr, 700'000);
        QCOMPARE(f.days(), 91);

        QVERIFY(near(*f.grr(), 5.55 / 7.1));  // 0.78169...
        QVERIFY(near(*f.nrr(), 5.9 / 7.1));   // 0.83099...
        QVERIFY(near(*f.logoChurn(), 0.125)); // 1 / 8
        QVERIFY(near(*f.retention(), 0.875));
        QVERIFY(near(*f.expansionRate(), 0.25)); // 2 / 8
        // NPS: 5 responses in the period, 2 promoters (A, B), 1 detractor (M): (2 - 1) / 5 = 20 points.
        QCOMPARE(f.npsResponses, 5);
        QCOMPARE(f.npsPromoters, 2);
        QCOMPARE(f.npsDetractors, 1);
        QVERIFY(near(*f.nps(), 20.0));
        // Annualised churn = 1 - 0.875^(365/91): 365/91 = 4.01099, ln 0.875 = -0.133531, product -0.535593,
        // e^-0.535593 = 0.585322, so 0.414678. LTV = (7,100,000 / 8) / 0.414678 = 887,500 / 0.414678
        // = 2,140,215 (to the yen; the exact power is computed independently here).
        const double annual = 1 - std::pow(0.875, 365.0 / 91);
        QVERIFY(std::fabs(annual - 0.414678) < 1e-6);
        QVERIFY(near(*f.annualisedLogoChurn(), annual));
        QCOMPARE(*f.ltv(), MinorUnits(std::llround(887'500 / annual)));
        QCOMPARE(*f.ltv(), 2'140'215);
        QCOMPARE(f.money(f.startArr), Money(7'100'000, QStringLiteral("JPY")));
    }

    void grossMarginScalesLtv()
    {
        KpiOptions o = byTouchModel();
        o.grossMargin = 0.8;
        const auto r = RetentionKpis::compute(ledger(), kQ1, o);
        // 0.8 × 887,500 / 0.414678 = 710,000 / 0.414678 = 1,712,172.
        QCOMPARE(*r->total.ltv(), MinorUnits(std::llround(710'000 / (1 - std::pow(0.875, 365.0 / 91)))));
        QCOMPARE(*r->total.ltv(), 1'712'172);
        o.grossMargin = 1.5;
        QVERIFY(!RetentionKpis::compute(ledger(), kQ1, o).ok());
    }

    void splitByGroupAddsUpToTheTotal()
    {
        const auto r = RetentionKpis::compute(ledger(), kQ1, byTouchModel());
        QCOMPARE(r->groups.size(), 3);
        const KpiFigures& high = r->groups[High];
        const KpiFigures& low = r->groups[Low];
        const KpiFigures& tech = r->groups[Tech];
        QCOMPARE(high.group, QStringLiteral("high"));
        // High: A B C D. S = 1.0 + 1.2 + 2.0 + 0.8 = 5.0M; E = 1.0 + 1.5 + 1.5 + 0 = 4.0M;
        // min = 1.0 + 1.2 + 1.5 + 0 = 3.7M: GRR 0.74, NRR 0.8, logo churn 1/4.
        QCOMPARE(high.cohortAccounts, 4);
        QCOMPARE(high.startArr, 5'000'000);
        QVERIFY(near(*high.grr(), 0.74));
        QVERIFY(near(*high.nrr(), 0.8));
        QVERIFY(near(*high.logoChurn(), 0.25));
        // NPS of high: A 10, B 9, C 7: (2 - 0) / 3 = 66.67 points.
        QVERIFY(near(*high.nps(), 200.0 / 3));
        // Low: I and J in the cohort (E, F new; G none). S = 0.3 + 1.0 = 1.3M; E = 0.35 + 1.0 = 1.35M;
        // min = 1.3M: GRR 1, NRR 1.35 / 1.3; nobody churned, so no LTV; new ARR 0.6 + 0.7 = 1.3M.
        QCOMPARE(low.cohortAccounts, 2);
        QVERIFY(near(*low.grr(), 1.0));
        QVERIFY(near(*low.nrr(), 1.35 / 1.3));
        QCOMPARE(low.churnedAccounts, 0);
        QVERIFY(near(*low.logoChurn(), 0.0));
        QCOMPARE(low.ltv(), std::nullopt);
        QCOMPARE(low.newArr, 1'300'000);
        QVERIFY(near(*low.nps(), 0.0)); // E's 8: one passive
        // Tech: K and L. S = 0.3 + 0.5 = 0.8M; E = 0.3 + 0.25 = 0.55M: GRR = NRR = 0.6875. M (the only
        // detractor) is in no group, so tech has no responses: NPS undefined.
        QVERIFY(near(*tech.grr(), 0.6875));
        QVERIFY(near(*tech.nrr(), 0.6875));
        QCOMPARE(tech.contractionArr, 250'000);
        QCOMPARE(tech.nps(), std::nullopt);
        // The groups add up to the total: every account with ARR is in one.
        QCOMPARE(high.startArr + low.startArr + tech.startArr, r->total.startArr);
        QCOMPARE(high.endArr + low.endArr + tech.endArr, r->total.endArr);
        QCOMPARE(high.cohortAccounts + low.cohortAccounts + tech.cohortAccounts, r->total.cohortAccounts);
    }

    void drillDownNamesTheAccountsBehindEachFigure()
    {
        KpiOptions o = byTouchModel();
        o.drillDown = true;
        const auto r = RetentionKpis::compute(ledger(), kQ1, o);
        QCOMPARE(r->accounts.size(), 10); // 8 in the cohort + 2 new
        const auto ids = [](const QList<KpiAccountLine>& lines) {
            QList<int> list;
            for (const KpiAccountLine& l : lines)
                list.append(l.account);
            return list;
        };
        QCOMPARE(ids(r->behind(Kpi::ChurnedArr)), QList<int>{D});
        QCOMPARE(ids(r->behind(Kpi::LogoChurn)), QList<int>{D});
        QCOMPARE(ids(r->behind(Kpi::ContractionArr)), (QList<int>{C, L})); // -500,000 before -250,000
        QCOMPARE(ids(r->behind(Kpi::ExpansionArr)), (QList<int>{B, I}));   // +300,000 before +50,000
        QCOMPARE(ids(r->behind(Kpi::NewArr)), (QList<int>{F, E}));         // 700,000 before 600,000
        QCOMPARE(r->behind(Kpi::Grr).size(), 8);
        QVERIFY(r->behind(Kpi::Nps).isEmpty());
        QCOMPARE(ids(r->behind(Kpi::ChurnedArr, High)), QList<int>{D});
        QVERIFY(r->behind(Kpi::ChurnedArr, Low).isEmpty());

        const QList<KpiAccountLine> contracted = r->behind(Kpi::ContractionArr);
        QCOMPARE(contracted[0].startArr, 2'000'000);
        QCOMPARE(contracted[0].endArr, 1'500'000);
        QCOMPARE(contracted[0].change(), -500'000);
        QCOMPARE(contracted[0].movement, ArrMovement::Contracted);
        QCOMPARE(contracted[0].group, High);
        const QList<KpiAccountLine> fresh = r->behind(Kpi::NewArr);
        QCOMPARE(fresh[0].movement, ArrMovement::Reactivated);
        QCOMPARE(fresh[1].movement, ArrMovement::New);
        QVERIFY(!fresh[0].inCohort());
        // Without drillDown no lines are made.
        QVERIFY(RetentionKpis::compute(ledger(), kQ1, byTouchModel())->accounts.isEmpty());
    }

    void previousQuarterAndTheSeriesInOnePass()
    {
        // FY2024-Q4, cohort on 2024-12-31: A B C D G I J K L (F churned in September).
        // S = 1.0 + 1.2 + 2.0 + 0.8 + 0.9 + 0.4 + 1.0 + 0.3 + 0.5 = 8.1M; E (2025-03-31) = 1.0 + 1.2 + 2.0
        // + 0.8 + 0 + 0.3 + 1.0 + 0.3 + 0.5 = 7.1M (Q1's S); no expansion, so GRR = NRR = 7.1 / 8.1.
        const auto q4 = RetentionKpis::compute(ledger(), kQ4, KpiOptions{});
        QCOMPARE(q4->total.cohortAccounts, 9);
        QCOMPARE(q4->total.startArr, 8'100'000);
        QCOMPARE(q4->total.endArr, 7'100'000);
        QCOMPARE(q4->total.churnedArr, 900'000);     // G
        QCOMPARE(q4->total.contractionArr, 100'000); // I: 400,000 -> 300,000
        QCOMPARE(q4->total.newArr, 0);
        QVERIFY(near(*q4->total.grr(), 7.1 / 8.1));
        QVERIFY(near(*q4->total.nrr(), 7.1 / 8.1));
        // NPS in Q4: D's 10 on 2025-03-31, one promoter of one response.
        QVERIFY(near(*q4->total.nps(), 100.0));

        // The chart's way: both quarters from one pass give the same figures as one at a time.
        const auto series = RetentionKpis::computeSeries(ledger(), {kQ4, kQ1}, KpiOptions{});
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 2);
        QVERIFY(sameFigures(series->at(0), q4->total));
        QVERIFY(sameFigures(series->at(1), RetentionKpis::compute(ledger(), kQ1, KpiOptions{})->total));
        QCOMPARE(series->at(1).startArr, 7'100'000);

        // Eight quarters, and overlapping periods (a quarter and its first month), agree too.
        QList<dates::DateRange> periods;
        const dates::FiscalCalendar april(4);
        for (int q = 0; q < 8; ++q)
            periods.append(april.quarterRange(2023 + (q + 1) / 4, (q + 1) % 4 + 1)); // FY2023-Q2 .. FY2025-Q1
        periods.append({d("2025-04-01"), d("2025-04-30")});
        const auto many = RetentionKpis::computeSeries(ledger(), periods, KpiOptions{});
        QCOMPARE(many->size(), 9);
        QCOMPARE(many->at(7).period, kQ1);
        for (int i = 0; i < periods.size(); ++i)
            QVERIFY(
                sameFigures(many->at(i), RetentionKpis::compute(ledger(), periods[i], KpiOptions{})->total));
    }

    void emptyCohortLeavesRatiosUndefined()
    {
        // Only accounts new in the period: no cohort, so GRR, NRR, churn, retention, expansion rate and LTV
        // are undefined, not 0 % or 100 %; new ARR is still counted.
        RetentionLedger l;
        l.addAccount();
        QVERIFY(l.addArrEvent(d("2025-05-01"), 600'000));
        l.addAccount();
        const auto r = RetentionKpis::compute(l, kQ1, KpiOptions{});
        const KpiFigures& f = r->total;
        QCOMPARE(f.cohortAccounts, 0);
        for (Kpi k : {Kpi::Grr, Kpi::Nrr, Kpi::LogoChurn, Kpi::Retention, Kpi::ExpansionRate, Kpi::Nps})
            QCOMPARE(f.value(k), std::nullopt);
        QCOMPARE(f.ltv(), std::nullopt);
        QCOMPARE(f.annualisedLogoChurn(), std::nullopt);
        QCOMPARE(f.newArr, 600'000);
        QCOMPARE(f.amount(Kpi::NewArr), MinorUnits(600'000));
        QCOMPARE(f.against({Kpi::Grr, QStringLiteral("FY2025-Q1"), 9000}), TargetStatus::Undefined);
        // An empty book too.
        QCOMPARE(RetentionKpis::compute(RetentionLedger{}, kQ1, KpiOptions{})->total.grr(), std::nullopt);
    }

    void targetsAreMetOrMissedExactly()
    {
        const KpiFigures f = RetentionKpis::compute(ledger(), kQ1, byTouchModel())->total;
        const auto status = [&](Kpi k, qint64 v) { return f.against({k, QStringLiteral("FY2025-Q1"), v}); };
        // GRR 5,550,000 / 7,100,000 = 78.169 %: 78.16 % met (7816 × 7.1M = 55,493,600,000 ≤ 5.55M × 10,000
        // = 55,500,000,000), 78.17 % missed (7817 × 7.1M = 55,500,700,000).
        QCOMPARE(status(Kpi::Grr, 7816), TargetStatus::Met);
        QCOMPARE(status(Kpi::Grr, 7817), TargetStatus::Missed);
        // Logo churn 1/8 = 12.5 % against a ceiling: 12.50 % met (equal), 12.49 % missed.
        QCOMPARE(status(Kpi::LogoChurn, 1250), TargetStatus::Met);
        QCOMPARE(status(Kpi::LogoChurn, 1249), TargetStatus::Missed);
        // NPS 20: 20.00 met, 20.01 missed.
        QCOMPARE(status(Kpi::Nps, 2000), TargetStatus::Met);
        QCOMPARE(status(Kpi::Nps, 2001), TargetStatus::Missed);
        // Churned ARR 800,000 against a ceiling; new ARR 1,300,000 against a floor.
        QCOMPARE(status(Kpi::ChurnedArr, 800'000), TargetStatus::Met);
        QCOMPARE(status(Kpi::ChurnedArr, 799'999), TargetStatus::Missed);
        QCOMPARE(status(Kpi::NewArr, 1'300'000), TargetStatus::Met);
        QCOMPARE(status(Kpi::NewArr, 1'300'001), TargetStatus::Missed);
        // NRR 83.099 %, retention 87.5 %, expansion rate 25 %, LTV 2,140,215.
        QCOMPARE(status(Kpi::Nrr, 8309), TargetStatus::Met);
        QCOMPARE(status(Kpi::Nrr, 8310), TargetStatus::Missed);
        QCOMPARE(status(Kpi::Retention, 8750), TargetStatus::Met);
        QCOMPARE(status(Kpi::ExpansionRate, 2501), TargetStatus::Missed);
        QCOMPARE(status(Kpi::Ltv, 2'140'215), TargetStatus::Met);
        QCOMPARE(status(Kpi::Ltv, 2'140'216), TargetStatus::Missed);

        const QList<KpiTarget> targets = {{Kpi::Grr, QStringLiteral("FY2025"), 9000},
                                          {Kpi::Grr, QStringLiteral("FY2025-Q1"), 8500}};
        QCOMPARE(findTarget(targets, Kpi::Grr, QStringLiteral("fy2025-q1"))->value, 8500);
        QCOMPARE(findTarget(targets, Kpi::Nrr, QStringLiteral("FY2025")), std::nullopt);
    }

    // Targets as typed in the Reports view: hundredths of a percent or of an NPS point, minor units of money.
    void targetsAreReadAsTyped_data()
    {
        QTest::addColumn<int>("kpi");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("value"); // -1: refused
        QTest::newRow("92.5 %") << int(Kpi::Grr) << QStringLiteral("92.5%") << qint64(9250);
        QTest::newRow("110") << int(Kpi::Nrr) << QStringLiteral(" 110 ") << qint64(11000);
        QTest::newRow("full-width ８５％") << int(Kpi::Retention) << QStringLiteral("８５％") << qint64(8500);
        QTest::newRow("0.05") << int(Kpi::LogoChurn) << QStringLiteral("0.05") << qint64(5);
        QTest::newRow("three decimals") << int(Kpi::Grr) << QStringLiteral("92.125") << qint64(-1);
        QTest::newRow("negative ratio") << int(Kpi::Grr) << QStringLiteral("-1") << qint64(-1);
        QTest::newRow("over 1000 %") << int(Kpi::Nrr) << QStringLiteral("1000.01") << qint64(-1);
        QTest::newRow("words") << int(Kpi::Grr) << QStringLiteral("ninety") << qint64(-1);
        QTest::newRow("empty") << int(Kpi::Grr) << QString() << qint64(-1);
        QTest::newRow("NPS -20") << int(Kpi::Nps) << QStringLiteral("-20") << qint64(-2000);
        QTest::newRow("NPS 101") << int(Kpi::Nps) << QStringLiteral("101") << qint64(-1);
        QTest::newRow("money") << int(Kpi::NewArr) << QStringLiteral("¥50,000,000") << qint64(50'000'000);
        QTest::newRow("negative money") << int(Kpi::ChurnedArr) << QStringLiteral("-5") << qint64(-1);
    }
    void targetsAreReadAsTyped()
    {
        QFETCH(int, kpi);
        QFETCH(QString, typed);
        QFETCH(qint64, value);
        const Result<qint64> read = parseKpiTarget(Kpi(kpi), typed, QStringLiteral("JPY"), QLocale::c());
        if (value == -1) {
            QVERIFY(!read);
            QVERIFY(!read.error().message.isEmpty());
        } else {
            QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
            QCOMPARE(read.value(), value);
        }
    }

    void kpiCodesNamesAndDirections()
    {
        QCOMPARE(Kpis::all().size(), 11);
        for (Kpi k : Kpis::all()) {
            QCOMPARE(Kpis::fromCode(Kpis::toCode(k)), k);
            QVERIFY(!Kpis::displayName(k).isEmpty());
            QVERIFY(!Kpis::formula(k).isEmpty());
        }
        QCOMPARE(Kpis::toCode(Kpi::LogoChurn), QStringLiteral("logo_churn"));
        QCOMPARE(Kpis::toCode(Kpi::ExpansionRate), QStringLiteral("expansion_rate"));
        QCOMPARE(Kpis::unit(Kpi::Ltv), KpiUnit::Money);
        QCOMPARE(Kpis::unit(Kpi::Nps), KpiUnit::Score);
        QVERIFY(!Kpis::higherIsBetter(Kpi::ContractionArr));
        QVERIFY(Kpis::higherIsBetter(Kpi::Grr));
        QCOMPARE(Kpis::fromCode(QStringLiteral("arr")), std::nullopt);
    }

    void badInputsAreRefused()
    {
        KpiOptions o = byTouchModel();
        QVERIFY(!RetentionKpis::compute(ledger(), {d("2025-06-30"), d("2025-04-01")}, o).ok());
        o.groupOf.removeLast();
        QVERIFY(!RetentionKpis::compute(ledger(), kQ1, o).ok()); // a group for every account, or none
        o = byTouchModel();
        o.groupOf[0] = 3;
        QVERIFY(!RetentionKpis::compute(ledger(), kQ1, o).ok());
        QVERIFY(!RetentionKpis::computeSeries(ledger(), {kQ1, {}}, KpiOptions{}).ok());
    }

    void sumsThatWouldOverflowAreRefused()
    {
        RetentionLedger l;
        for (int i = 0; i < 2; ++i) {
            l.addAccount();
            QVERIFY(l.addArrEvent(d("2024-01-01"), std::numeric_limits<MinorUnits>::max() / 2 + 1));
        }
        const auto r = RetentionKpis::compute(l, kQ1, KpiOptions{});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("too large")));
    }
};

QTEST_GUILESS_MAIN(TestRetentionKpis)
#include "tst_retentionkpis.moc"
