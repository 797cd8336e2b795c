// csm-chart-gallery: every chart with sample data, as PNGs at the sizes the screens use, to look at.
//
//   build/dev/tests/ui/csm-chart-gallery OUTDIR [--ja]
//
// Writes OUTDIR/<chart>_<en|ja>_<width>x<height>.png for 600×350 and 1000×500 (what a user sees: the
// widget grabbed, with its buttons), <chart>_<lang>_render.png (render() into a 800×450 image, as a report
// does), <chart>_<lang>.pdf (the vector export) and <chart>_<lang>_report.pdf (render() on an A4 page). With
// --ja the app's Japanese catalogue is loaded and the locale is Japanese. Not a test: the lead re-runs it
// after chart changes and looks at the PNGs.

#include "domain/Dates.h"
#include "ui/charts/ArrHealthScatter.h"
#include "ui/charts/ArrStepChart.h"
#include "ui/charts/BacktestChart.h"
#include "ui/charts/HealthMixChart.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/charts/OnboardingFunnelChart.h"
#include "ui/charts/RenewalForecastChart.h"
#include "ui/charts/RenewalsBySegmentChart.h"
#include "ui/charts/RetentionTrendChart.h"
#include "ui/charts/RoadmapGanttChart.h"
#include "ui/charts/SegmentArrChart.h"
#include "ui/charts/SegmentHealthTrendChart.h"
#include "ui/charts/UsageSparkline.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTranslator>

#include <cmath>
#include <functional>
#include <memory>

using namespace csm;

namespace {

const QDate kToday(2025, 6, 30);

Id id(const QString& prefix, int i)
{
    return prefix + QString::number(i);
}

std::unique_ptr<CsmPlot> healthTrend()
{
    auto chart = std::make_unique<HealthTrendChart>();
    QList<HealthTrendChart::Point> points;
    for (int w = 0; w < 52; ++w) {
        const QDate week = kToday.addDays(-7 * (51 - w));
        if (w >= 20 && w <= 22) {
            points.append({week, std::nullopt});
            continue;
        }
        const double score = 62 + 18 * std::sin(w / 6.0) - (w > 40 ? (w - 40) * 2.5 : 0);
        points.append({week, score,
                       score >= 70   ? HealthBand::Green
                       : score >= 40 ? HealthBand::Yellow
                                     : HealthBand::Red});
    }
    chart->setHistory(points, {}, kToday);
    chart->setRangeMonths(12);
    return chart;
}

std::unique_ptr<CsmPlot> usage()
{
    auto chart = std::make_unique<UsageSparkline>();
    UsageSparkline::Usage u;
    u.asOf = kToday;
    double prior = 0, recent = 0;
    int priorDays = 0, recentDays = 0;
    for (int i = 0; i < 60; ++i) {
        const QDate day = kToday.addDays(-59 + i);
        if (i % 7 == 5 || i % 7 == 6) // weekends: no sample
            continue;
        const double v = 40 - i * 0.25 + (i * 7 % 5);
        u.days.append({day, v});
        (i < 30 ? prior : recent) += v;
        ++(i < 30 ? priorDays : recentDays);
    }
    u.priorMean = prior / priorDays;
    u.recentMean = recent / recentDays;
    chart->setUsage(u);
    return chart;
}

std::unique_ptr<CsmPlot> backtest()
{
    auto chart = std::make_unique<BacktestChart>();
    QRandomGenerator random(7);
    QList<BacktestChart::Horizon> horizons;
    for (const int days : {90, 60}) {
        BacktestChart::Horizon h;
        h.daysBefore = days;
        for (int i = 0; i < 18; ++i)
            h.churned << std::round((30 + random.bounded(35.0) - (days == 60 ? 5 : 0)) * 10) / 10;
        for (int i = 0; i < 90; ++i)
            h.retained << std::round((50 + random.bounded(45.0)) * 10) / 10;
        h.medianChurned = 45.2 - (days == 60 ? 5 : 0);
        h.medianRetained = 72.4;
        horizons << h;
    }
    chart->setHorizons(horizons, {});
    return chart;
}

std::unique_ptr<CsmPlot> renewalForecast()
{
    auto chart = std::make_unique<RenewalForecastChart>();
    QList<RenewalForecastChart::Month> months;
    for (int m = 0; m < 12; ++m) {
        RenewalForecastChart::Month month;
        month.month = QDate(2025, 7, 1).addMonths(m);
        for (int s = 0; s < 5; ++s) {
            const int count = (m * 3 + s * 5) % 7 + (s == 4 && m > 6 ? 4 : 0);
            month.parts[std::size_t(s)] = {MinorUnits(count) * 2'400'000, count, {}};
        }
        months << month;
    }
    chart->setMonths(months, QStringLiteral("JPY"));
    return chart;
}

std::unique_ptr<CsmPlot> retention()
{
    auto chart = std::make_unique<RetentionTrendChart>();
    const bool ja = QLocale().language() == QLocale::Japanese;
    QList<RetentionTrendChart::Quarter> quarters;
    const double grr[] = {0.91, 0.93, 0.89, 0, 0.92, 0.95, 0.94, 0.9};
    const double nrr[] = {1.04, 1.08, 0.98, 0, 1.02, 1.12, 1.09, 1.05};
    for (int i = 0; i < 8; ++i) {
        const int fy = 2023 + (i + 2) / 4;
        const int q = (i + 2) % 4 + 1;
        RetentionTrendChart::Quarter quarter;
        quarter.label = ja ? QStringLiteral("%1年度Q%2").arg(fy % 100).arg(q)
                           : QStringLiteral("Q%1 FY%2").arg(q).arg(fy % 100);
        quarter.name = ja ? QStringLiteral("%1年度 第%2四半期").arg(fy).arg(q)
                          : QStringLiteral("FY%1 Q%2").arg(fy).arg(q);
        if (i != 3) {
            quarter.grr = grr[i];
            quarter.nrr = nrr[i];
        }
        quarters << quarter;
    }
    chart->setQuarters(quarters, 0.9, 1.05);
    return chart;
}

std::unique_ptr<CsmPlot> segmentArr()
{
    auto chart = std::make_unique<SegmentArrChart>();
    chart->setSegments({{Segment::High, 1'260'000'000, 42, 0.52, {}},
                        {Segment::Low, 820'000'000, 310, 0.34, {}},
                        {Segment::Tech, 340'000'000, 2'400, 0.14, {}}},
                       QStringLiteral("JPY"));
    return chart;
}

std::unique_ptr<CsmPlot> healthMix()
{
    auto chart = std::make_unique<HealthMixChart>();
    const auto mix = [](Segment s, int g, int y, int r, int n) {
        HealthMixChart::SegmentMix m;
        m.segment = s;
        m.parts = {HealthMixChart::Part{0, g, {}}, HealthMixChart::Part{0, y, {}},
                   HealthMixChart::Part{0, r, {}}, HealthMixChart::Part{0, n, {}}};
        return m;
    };
    chart->setSegments({mix(Segment::High, 24, 12, 5, 1), mix(Segment::Low, 160, 90, 40, 20),
                        mix(Segment::Tech, 900, 700, 500, 300)});
    return chart;
}

std::unique_ptr<CsmPlot> healthMixShares()
{
    std::unique_ptr<CsmPlot> chart = healthMix();
    auto* mix = static_cast<HealthMixChart*>(chart.get());
    HealthMixChart::SegmentMix all;
    all.segment = Segment::All;
    for (int s = 0; s < 4; ++s) {
        for (const HealthMixChart::Part& p : {mix->part(0, s), mix->part(1, s), mix->part(2, s)})
            all.parts[std::size_t(s)].count += p.count;
    }
    QList<HealthMixChart::SegmentMix> segments;
    for (int c = 0; c < 3; ++c) {
        HealthMixChart::SegmentMix m;
        m.segment = Segment(c);
        for (int s = 0; s < 4; ++s)
            m.parts[std::size_t(s)] = mix->part(c, s);
        segments << m;
    }
    segments << all;
    mix->setSegments(segments, StackedBarChart::Measure::Share);
    return chart;
}

std::unique_ptr<CsmPlot> segmentTrend()
{
    auto chart = std::make_unique<SegmentHealthTrendChart>();
    QList<SegmentHealthTrendChart::Trend> trends;
    for (const Segment s : {Segment::High, Segment::Low, Segment::Tech, Segment::All}) {
        SegmentHealthTrendChart::Trend t;
        t.segment = s;
        for (int m = 0; m < 12; ++m) {
            const double base = s == Segment::High   ? 72
                                : s == Segment::Low  ? 61
                                : s == Segment::Tech ? 48
                                                     : 55;
            t.points.append({kToday.addMonths(m - 11), base + 4 * std::sin(m + int(s)), 100});
        }
        trends << t;
    }
    chart->setTrends(trends, {});
    return chart;
}

std::unique_ptr<CsmPlot> scatter()
{
    auto chart = std::make_unique<ArrHealthScatter>();
    QRandomGenerator random(3);
    QList<ArrHealthScatter::Account> accounts;
    for (int i = 0; i < 3000; ++i) {
        const TouchModel m = i % 10 == 0 ? TouchModel::High : i % 3 == 0 ? TouchModel::Low : TouchModel::Tech;
        const double base = m == TouchModel::High ? 3e7 : m == TouchModel::Low ? 5e6 : 8e5;
        const MinorUnits arr = MinorUnits(base * std::exp(random.bounded(2.0) - 1));
        accounts.append({id(QStringLiteral("a"), i), QStringLiteral("Account %1").arg(i), arr,
                         std::round(random.bounded(1000.0)) / 10, m});
    }
    chart->setAccounts(accounts, QStringLiteral("JPY"), {}, 42);
    return chart;
}

std::unique_ptr<CsmPlot> renewalsBySegment()
{
    auto chart = std::make_unique<RenewalsBySegmentChart>();
    QList<RenewalsBySegmentChart::Month> months;
    for (int m = 0; m < 12; ++m) {
        RenewalsBySegmentChart::Month month;
        month.month = QDate(2025, 7, 1).addMonths(m);
        for (int s = 0; s < 3; ++s) {
            const int count = (s + 1) * 3 + (m * (s + 2)) % 6;
            month.parts[std::size_t(s)] = {MinorUnits(count) * 1'000'000, count, {}};
        }
        months << month;
    }
    chart->setMonths(months, QStringLiteral("JPY"));
    return chart;
}

// An onboarding template's milestones, one of them too long for the axis.
QStringList milestoneTitles()
{
    const bool ja = QLocale().language() == QLocale::Japanese;
    return ja ? QStringList{QStringLiteral("キックオフ"),
                            QStringLiteral("技術的なセットアップとシングルサインオン設定"),
                            QStringLiteral("管理者トレーニング"),
                            QStringLiteral("ファーストバリュー"),
                            QStringLiteral("利用定着レビュー"),
                            QStringLiteral("90日ビジネスレビュー")}
              : QStringList{QStringLiteral("Kickoff"),
                            QStringLiteral("Technical setup and single sign-on configuration"),
                            QStringLiteral("Admin training"),
                            QStringLiteral("First value"),
                            QStringLiteral("Adoption review"),
                            QStringLiteral("90-day business review")};
}

std::unique_ptr<CsmPlot> gantt()
{
    auto chart = std::make_unique<RoadmapGanttChart>();
    const bool ja = QLocale().language() == QLocale::Japanese;
    const QStringList titles = milestoneTitles();
    const QDate kickoff(2025, 4, 21);
    const int offsets[] = {0, 10, 20, 30, 45, 62};
    QList<RoadmapGanttChart::Milestone> milestones;
    for (int i = 0; i < 6; ++i) {
        RoadmapGanttChart::Milestone m;
        m.id = id(QStringLiteral("m"), i);
        m.title = titles.at(i);
        m.due = dates::addBusinessDays(kickoff, offsets[i], dates::HolidayCalendar::japan());
        m.owner = i % 2 ? OwnerSide::Customer : OwnerSide::Vendor;
        m.firstValue = i == 3;
        if (i < 3) {
            m.status = MilestoneStatus::Done;
            m.started = i == 0 ? kickoff : milestones.constLast().completed;
            m.completed = m.due.addDays(i == 1 ? 4 : -1);
        } else if (i == 3) {
            m.status = MilestoneStatus::Blocked;
            m.started = m.due.addDays(-12);
            m.blockedReason = ja ? QStringLiteral("顧客側のデータ準備待ち")
                                 : QStringLiteral("Waiting for the customer's data");
        }
        milestones << m;
    }
    chart->setRoadmap(kickoff, milestones, QDate(2025, 6, 10), dates::HolidayCalendar::japan());
    return chart;
}

std::unique_ptr<CsmPlot> funnel()
{
    auto chart = std::make_unique<OnboardingFunnelChart>();
    const QStringList titles = milestoneTitles();
    const int reached[] = {118, 104, 96, 71, 40, 12};
    QList<OnboardingFunnelChart::Step> steps;
    for (int i = 0; i < 6; ++i)
        steps.append({id(QStringLiteral("t"), i), titles.at(i), reached[i], i == 3, {}});
    chart->setFunnel(steps, 120);
    return chart;
}

std::unique_ptr<CsmPlot> arrSteps()
{
    auto chart = std::make_unique<ArrStepChart>();
    chart->setSteps(
        {{QDate(2023, 4, 1), 6'000'000}, {QDate(2024, 4, 1), 7'200'000}, {QDate(2025, 1, 1), 6'600'000}},
        QStringLiteral("JPY"), kToday);
    return chart;
}

std::unique_ptr<CsmPlot> arrStepsEmpty()
{
    auto chart = std::make_unique<ArrStepChart>();
    chart->setSteps({}, QStringLiteral("JPY"), kToday);
    return chart;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qWarning("usage: csm-chart-gallery OUTDIR [--ja]");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);
    const bool ja = args.contains(QStringLiteral("--ja"));
    const QString lang = ja ? QStringLiteral("ja") : QStringLiteral("en");
    QLocale::setDefault(ja ? QLocale(QLocale::Japanese, QLocale::Japan)
                           : QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator translator; // English needs its catalogue too, for the plural forms
    if (!translator.load(QStringLiteral(CSM_GALLERY_QM_DIR "/csm-workbench_") + lang))
        qWarning("catalogue not found in %s", CSM_GALLERY_QM_DIR);
    QApplication::installTranslator(&translator);

    const QList<std::pair<QString, std::function<std::unique_ptr<CsmPlot>()>>> charts = {
        {QStringLiteral("01-health-trend"), healthTrend},
        {QStringLiteral("02-usage-sparkline"), usage},
        {QStringLiteral("03-backtest"), backtest},
        {QStringLiteral("04-renewal-forecast"), renewalForecast},
        {QStringLiteral("05-retention-trend"), retention},
        {QStringLiteral("06-segment-arr"), segmentArr},
        {QStringLiteral("07-health-mix"), healthMix},
        {QStringLiteral("07b-health-mix-shares"), healthMixShares},
        {QStringLiteral("08-segment-health-trend"), segmentTrend},
        {QStringLiteral("09-arr-health-scatter"), scatter},
        {QStringLiteral("10-renewals-by-segment"), renewalsBySegment},
        {QStringLiteral("11-roadmap-gantt"), gantt},
        {QStringLiteral("12-onboarding-funnel"), funnel},
        {QStringLiteral("13-arr-steps"), arrSteps},
        {QStringLiteral("14-arr-steps-empty"), arrStepsEmpty},
    };
    const QList<QSize> sizes = {{600, 350}, {1000, 500}};
    for (const auto& [name, make] : charts) {
        std::unique_ptr<CsmPlot> chart = make();
        QList<QSize> shown = sizes;
        if (name.contains(QLatin1String("sparkline")))
            shown << QSize(160, 28) << QSize(300, 90);
        for (const QSize& size : std::as_const(shown)) {
            chart->resize(size);
            chart->show();
            QApplication::processEvents();
            chart->replot(QCustomPlot::rpImmediateRefresh);
            chart->grab().save(QStringLiteral("%1/%2_%3_%4x%5.png")
                                   .arg(out, name, lang)
                                   .arg(size.width())
                                   .arg(size.height()));
        }
        QImage report(800, 450, QImage::Format_ARGB32);
        report.fill(Qt::white);
        {
            QPainter painter(&report);
            chart->render(painter, QRectF(0, 0, 800, 450));
        }
        report.save(QStringLiteral("%1/%2_%3_render.png").arg(out, name, lang));
        chart->saveAsPdf(QStringLiteral("%1/%2_%3.pdf").arg(out, name, lang), QSize(800, 450));
        // As a report draws it: into the top half of an A4 page.
        QPdfWriter page(QStringLiteral("%1/%2_%3_report.pdf").arg(out, name, lang));
        page.setPageSize(QPageSize(QPageSize::A4));
        {
            QPainter painter(&page);
            chart->render(painter, QRectF(0, 0, page.width(), page.width() * 9.0 / 16));
        }
    }
    return 0;
}
