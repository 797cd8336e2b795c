#pragma once

// Hand-made inputs of the three printed documents, in English or Japanese book data, as of 30 June 2026:
// what storage will fill later. Expected values in the tests come from these inputs, not from the output.

#include "PrintSampleCharts.h"
#include "domain/Dates.h"
#include "domain/DefaultTemplates.h"
#include "domain/RoadmapSchedule.h"
#include "ui/print/PortfolioReport.h"
#include "ui/print/QbrSheet.h"
#include "ui/print/RoadmapPlan.h"

namespace csm::test {

inline const QDate kPrintAsOf(2026, 6, 30);

inline QString sample(bool japanese, const char* english, const char* japaneseText)
{
    return japanese ? QString::fromUtf8(japaneseText) : QString::fromUtf8(english);
}

inline IdSource countingIds()
{
    auto next = std::make_shared<int>(0);
    return [next] { return QStringLiteral("id-%1").arg(++*next); };
}

// The default high-touch roadmap applied on 6 April 2026 on the Japanese calendar; the first two milestones
// done, the third blocked, as of `asOf`.
inline Roadmap sampleRoadmap(bool japanese, QDate asOf)
{
    const QList<RoadmapTemplate> templates = defaultRoadmapTemplates(
        japanese ? TemplateLanguage::Japanese : TemplateLanguage::English, countingIds());
    auto planned = RoadmapSchedule::apply(templates.first(), QStringLiteral("acct-1"), QDate(2026, 4, 6),
                                          dates::HolidayCalendar::japan(), countingIds());
    Roadmap r = planned.value().roadmap;
    for (int i = 0; i < 2; ++i) {
        r.milestones[i].status = MilestoneStatus::Done;
        r.milestones[i].completedOn = std::min(r.milestones[i].dueOn, asOf);
    }
    r.milestones[2].status = MilestoneStatus::Blocked;
    r.milestones[2].blockedReason =
        sample(japanese, "Waiting for the customer's SSO certificate", "お客様のSSO証明書の発行待ち");
    return r;
}

inline RoadmapPlanInput sampleRoadmapPlan(bool japanese, QDate asOf = QDate(2026, 5, 20))
{
    const Roadmap r = sampleRoadmap(japanese, asOf);
    RoadmapPlanInput in =
        RoadmapPlanInput::of(r, roadmapProgress(r, asOf, dates::HolidayCalendar::japan()), asOf);
    in.accountName = sample(japanese, "Globex Corporation", "株式会社グローベックス");
    in.vendorName = QStringLiteral("Acme Software");
    in.vendorLead = sample(japanese, "Hana Sato", "佐藤 花子");
    in.customerLead = sample(japanese, "Ken Tanaka", "田中 健");
    in.milestones[1].ownerName = sample(japanese, "Yuki Ito (IT)", "伊藤 由紀（情報システム部）");
    return in;
}

inline PortfolioSummary sampleSummary()
{
    PortfolioSummary s;
    s.asOf = kPrintAsOf;
    const auto yen = [](MinorUnits v) { return Money(v, QStringLiteral("JPY")); };
    // high, low, tech, all
    const int accounts[] = {42, 310, 1648, 2000};
    const MinorUnits arr[] = {1'260'000'000, 620'000'000, 220'000'000, 2'100'000'000};
    const int green[] = {25, 170, 820, 1015}, yellow[] = {11, 90, 430, 531}, red[] = {6, 40, 198, 244};
    for (std::size_t i = 0; i < 4; ++i) {
        SegmentFigures& f = s.segments[i];
        f.accounts = accounts[i];
        f.arr = yen(arr[i]);
        f.arrShare = double(arr[i]) / 2'100'000'000.0;
        f.healthMean = 71.4 - 4.1 * double(i % 3);
        f.healthMedian = 73.0 - 3.5 * double(i % 3);
        f.green = green[i];
        f.yellow = yellow[i];
        f.red = red[i];
        f.noData = accounts[i] - green[i] - yellow[i] - red[i];
        f.cadenceCovered = accounts[i] * 3 / 4;
        f.cadenceCoverage = double(f.cadenceCovered) / accounts[i];
        f.renewals90 = accounts[i] / 8;
        f.renewals90Arr = yen(arr[i] / 7);
        f.atRisk90 = accounts[i] / 30;
        f.arrAtRisk90 = yen(arr[i] / 19);
        f.openOnboardings = accounts[i] / 12;
    }
    return s;
}

// `count` risks with ARR 1..count million yen, in no particular order.
inline QList<PortfolioRisk> sampleRisks(bool japanese, int count)
{
    QList<PortfolioRisk> risks;
    for (int i = 1; i <= count; ++i) {
        const int k = (i * 7) % count + 1; // a shuffle of 1..count
        PortfolioRisk r;
        r.account = sample(japanese, "Risk account %1", "リスク顧客 %1").arg(k);
        r.owner = sample(japanese, "Sato", "佐藤");
        r.touchModel = k > 15 ? TouchModel::High : TouchModel::Low;
        r.arr = Money(MinorUnits(k) * 1'000'000, QStringLiteral("JPY"));
        r.healthScore = 20.0 + k;
        r.healthBand = k < 20 ? HealthBand::Red : HealthBand::Yellow;
        r.renewal = kPrintAsOf.addDays(10 + k);
        r.forecast = k % 2 ? RenewalForecast::AtRisk : RenewalForecast::Likely;
        using Kind = PortfolioRiskReason::Kind;
        r.reasons = {PortfolioRiskReason::of(k < 20 ? Kind::HealthRed : Kind::HealthYellow)};
        if (k % 3 == 0)
            r.reasons.append(PortfolioRiskReason::of(Kind::Silent, 30 + k));
        if (k % 4 == 0)
            r.reasons.append(PortfolioRiskReason::noticeDeadline(kPrintAsOf.addDays(k)));
        if (k % 5 == 0)
            r.reasons.append(PortfolioRiskReason::of(Kind::HealthDrop, 17.5));
        if (k == count)
            r.reasons.append(PortfolioRiskReason::written(
                sample(japanese, "Champion left the company in May", "推進者が5月に退職")));
        risks.append(r);
    }
    return risks;
}

inline PortfolioReportInput samplePortfolio(bool japanese, int risks = 25)
{
    PortfolioReportInput in;
    in.bookName = sample(japanese, "Enterprise team", "エンタープライズチーム");
    in.asOf = kPrintAsOf;
    in.summary = sampleSummary();
    in.period = ReportPeriod::fiscalQuarter(2026, 1, dates::FiscalCalendar(4));
    in.retention = {SegmentRetention{0.962, 1.084}, {0.931, 1.012}, {0.884, 0.917}, {0.941, 1.046}};
    const QStringList segments =
        japanese ? QStringList{QStringLiteral("ハイ"), QStringLiteral("ロー"), QStringLiteral("テック")}
                 : QStringList{QStringLiteral("High"), QStringLiteral("Low"), QStringLiteral("Tech")};
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QString::number(m);
    in.charts.arrBySegment = barChart(segments, {0.6, 0.3, 0.1});
    in.charts.healthMix = barChart(segments, {0.62, 0.55, 0.5}, QColor(0x2e, 0x9d, 0x5b));
    in.charts.healthTrend =
        lineChart(months, {0.70, 0.71, 0.69, 0.72, 0.73, 0.72, 0.74, 0.73, 0.71, 0.72, 0.74, 0.75});
    in.charts.renewalsByMonth =
        barChart(months, {0.3, 0.5, 0.2, 0.4, 0.6, 0.3, 0.2, 0.8, 0.4, 0.3, 0.5, 0.6});
    in.charts.arrVsHealth = scatterChart(2000);
    in.risks = sampleRisks(japanese, risks);
    return in;
}

inline QbrAccount sampleQbrAccount(bool japanese, int index, int touches = 5, int followUps = 3)
{
    QbrAccount a;
    a.name = sample(japanese, "Account %1 Ltd", "株式会社サンプル%1").arg(index);
    a.owner = sample(japanese, "Hana Sato", "佐藤 花子");
    a.touchModel = TouchModel::High;
    a.plan = QStringLiteral("Enterprise");
    a.seats = 50;
    a.arr = Money(12'000'000, QStringLiteral("JPY"));
    a.healthScore = 72.5;
    a.healthBand = HealthBand::Green;
    a.healthScoreAtStart = 66.0;
    a.healthTrend =
        lineChart({QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}, {0.66, 0.7, 0.725});
    a.usage = barChart({QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}, {0.7, 0.78, 0.84},
                       QColor(0x2f, 0x6f, 0xd0));
    a.activeUsers = 42;
    for (int i = 0; i < touches; ++i) {
        a.touches.append(
            {kPrintAsOf.addDays(-7 * i - 2), i % 2 ? TouchKind::Call : TouchKind::Meeting,
             sample(japanese, "Touch %1: reviewed adoption with the admin team and agreed next steps",
                    "タッチ%1：管理者チームと利用定着を確認し、次のアクションを合意")
                 .arg(i + 1),
             i % 3 - 1});
    }
    for (int i = 0; i < followUps; ++i) {
        a.followUps.append(
            {kPrintAsOf.addDays(7 * i - 3),
             sample(japanese, "Follow-up %1: send the usage report", "フォローアップ%1：利用レポートを送付")
                 .arg(i + 1)});
    }
    RoadmapProgress progress;
    progress.state = RoadmapState::Behind;
    progress.total = 6;
    progress.done = 4;
    progress.completionPercent = 66;
    a.roadmap =
        QbrRoadmap{sample(japanese, "Onboarding, high touch", "オンボーディング（ハイタッチ）"), progress,
                   sample(japanese, "Adoption review", "利用定着レビュー"), QDate(2026, 7, 10)};
    a.renewalDate = QDate(2026, 9, 1);
    a.noticeDeadline = QDate(2026, 7, 3);
    a.forecast = RenewalForecast::Likely;
    return a;
}

inline QbrInput sampleQbr(bool japanese, int accounts)
{
    QbrInput in;
    in.bookName = sample(japanese, "Sato's book", "佐藤の担当ブック");
    in.asOf = kPrintAsOf;
    in.quarter = ReportPeriod::fiscalQuarter(2026, 1, dates::FiscalCalendar(4));
    for (int i = 1; i <= accounts; ++i)
        in.accounts.append(sampleQbrAccount(japanese, i));
    return in;
}

} // namespace csm::test
