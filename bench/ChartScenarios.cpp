// Each chart of ui/charts replotting at the size of book it will show (issue 16: under 16 ms per replot,
// with adaptive sampling on and opaque brushes). Data are synthetic and fixed; what is measured is
// QCustomPlot's replot of a shown widget (rpImmediateRefresh: layout, every layer drawn, the widget
// repainted), and the setter that hands a chart its data and replots once.

#include "Scenarios.h"

#include "domain/Dates.h"
#include "ui/charts/ArrHealthScatter.h"
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

#include <cmath>
#include <functional>

namespace csm::bench {

namespace {

constexpr double kReplotTarget = 16; // ms, issue 16

// Shows the chart at size, hands it its data once (timed), then times bare replots.
void measure(Harness& h, const Config& config, CsmPlot& chart, QSize size, const QString& key,
             const QString& what, int accounts, const std::function<void()>& setData)
{
    chart.resize(size);
    chart.show();
    QApplication::processEvents();
    setData();
    QApplication::processEvents();
    const int runs = 4 * config.runs;
    const auto add = [&](const QString& suffix, const QString& label, const Sample& s, bool target) {
        Figure f = timeFigure(QStringLiteral("chart.") + key + suffix, what + label, accounts, s);
        if (target) {
            f.goal = Goal::AtMost;
            f.target = kReplotTarget;
            f.targetSource = QStringLiteral("issue 16");
        }
        f.note = QStringLiteral("%1×%2 px").arg(size.width()).arg(size.height());
        h.add(f);
    };
    add(QStringLiteral(".replot"), QStringLiteral(": replot"),
        timeMs(runs, nullptr, [&] { chart.replot(QCustomPlot::rpImmediateRefresh); }), true);
    add(QStringLiteral(".set"), QStringLiteral(": set data + replot"), timeMs(runs, nullptr, setData), false);
    chart.hide();
}

QString accountName(int i)
{
    return QStringLiteral("Account %1").arg(i);
}

} // namespace

void benchChartReplots(Harness& h, const Config& config)
{
    const QDate today = config.asOf;
    const QString jpy = QStringLiteral("JPY");
    const QSize screen(900, 450);

    {
        HealthTrendChart chart;
        QList<HealthTrendChart::Point> points;
        for (int w = 0; w < 53; ++w) {
            const double score = 55 + 20 * std::sin(w / 5.0);
            points.append({today.addDays(7 * (w - 52)), w % 17 == 3 ? std::nullopt : std::optional(score),
                           score >= 70 ? HealthBand::Green : HealthBand::Yellow});
        }
        chart.setRangeMonths(12);
        measure(h, config, chart, screen, QStringLiteral("health_trend"),
                QStringLiteral("Health trend, 53 weeks"), 0, [&] { chart.setHistory(points, {}, today); });
    }
    {
        UsageSparkline chart;
        UsageSparkline::Usage usage{today, {}, 31.0, 27.5};
        for (int d = 0; d < 60; ++d)
            usage.days.append(
                {today.addDays(d - 59), d % 7 == 6 ? std::nullopt : std::optional(25.0 + d % 11)});
        measure(h, config, chart, {300, 90}, QStringLiteral("usage_sparkline"),
                QStringLiteral("Usage sparkline, 60 days"), 0, [&] { chart.setUsage(usage); });
    }
    {
        BacktestChart chart;
        // The back-test of a 10,000-account book: about 8,000 decided renewals, a tenth of them churned.
        QList<BacktestChart::Horizon> horizons;
        for (const int days : {90, 60}) {
            BacktestChart::Horizon horizon{days, {}, {}, 41.5, 68.0};
            for (int i = 0; i < 8000; ++i)
                (i % 10 == 0 ? horizon.churned : horizon.retained) << double((qint64(i) * 7919) % 1000) / 10;
            horizons << horizon;
        }
        measure(h, config, chart, {600, 300}, QStringLiteral("backtest"),
                QStringLiteral("Back-test strips, 2 × 8,000 renewals"), 10000,
                [&] { chart.setHorizons(horizons, {}); });
    }
    {
        RenewalForecastChart chart;
        QList<RenewalForecastChart::Month> months;
        for (int m = 0; m < 12; ++m) {
            RenewalForecastChart::Month month;
            month.month = today.addMonths(m + 1);
            for (int s = 0; s < 5; ++s) {
                const int count = 300 + (m * 37 + s * 101) % 900;
                QList<Id> ids;
                for (int i = 0; i < count; ++i)
                    ids << QString::number(m * 100000 + s * 10000 + i);
                month.parts[std::size_t(s)] = {MinorUnits(count) * 1'800'000, count, ids};
            }
            months << month;
        }
        measure(h, config, chart, screen, QStringLiteral("renewal_forecast"),
                QStringLiteral("Renewal forecast, 12 months × 5 categories"), 100000,
                [&] { chart.setMonths(months, jpy); });
    }
    {
        RetentionTrendChart chart;
        QList<RetentionTrendChart::Quarter> quarters;
        for (int q = 0; q < 8; ++q)
            quarters.append({QStringLiteral("Q%1").arg(q % 4 + 1), QStringLiteral("FY Q%1").arg(q + 1),
                             0.88 + q % 3 / 100.0, 1.02 + q % 4 / 50.0});
        measure(h, config, chart, screen, QStringLiteral("retention_trend"),
                QStringLiteral("GRR and NRR, 8 quarters with targets"), 0,
                [&] { chart.setQuarters(quarters, 0.9, 1.05); });
    }
    {
        SegmentArrChart chart;
        const QList<SegmentArrChart::SegmentArr> segments = {{Segment::High, 8'400'000'000, 1200, 0.5, {}},
                                                             {Segment::Low, 5'900'000'000, 18000, 0.35, {}},
                                                             {Segment::Tech, 2'500'000'000, 80800, 0.15, {}},
                                                             {Segment::All, 16'800'000'000, 100000, 1.0, {}}};
        measure(h, config, chart, screen, QStringLiteral("segment_arr"), QStringLiteral("ARR by segment"),
                100000, [&] { chart.setSegments(segments, jpy); });
    }
    {
        HealthMixChart chart;
        QList<HealthMixChart::SegmentMix> segments;
        for (const Segment s : kSegments) {
            HealthMixChart::SegmentMix mix;
            mix.segment = s;
            for (int b = 0; b < 4; ++b)
                mix.parts[std::size_t(b)].count = 1000 * (int(s) + 1) * (4 - b);
            segments << mix;
        }
        measure(h, config, chart, screen, QStringLiteral("health_mix"),
                QStringLiteral("Health mix by segment"), 100000, [&] { chart.setSegments(segments); });
    }
    {
        SegmentHealthTrendChart chart;
        QList<SegmentHealthTrendChart::Trend> trends;
        for (const Segment s : kSegments) {
            SegmentHealthTrendChart::Trend t{s, {}};
            for (int m = 0; m < 12; ++m)
                t.points.append({today.addMonths(m - 11), 50.0 + int(s) * 5 + m % 4, 1000});
            trends << t;
        }
        measure(h, config, chart, screen, QStringLiteral("segment_health_trend"),
                QStringLiteral("Health trend per segment, 4 × 12 months"), 100000,
                [&] { chart.setTrends(trends, {}); });
    }
    {
        ArrHealthScatter chart;
        QList<ArrHealthScatter::Account> accounts;
        accounts.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            const TouchModel m = i % 80 == 0  ? TouchModel::High
                                 : i % 5 == 0 ? TouchModel::Low
                                              : TouchModel::Tech;
            const double base = m == TouchModel::High ? 3e7 : m == TouchModel::Low ? 4e6 : 6e5;
            accounts.append({QString::number(i), accountName(i),
                             MinorUnits(base * std::exp(((qint64(i) * 7919) % 2000) / 1000.0 - 1)),
                             double((qint64(i) * 104729) % 1001) / 10, m});
        }
        measure(h, config, chart, screen, QStringLiteral("arr_health_scatter"),
                QStringLiteral("ARR against health, 100,000 accounts (log axis)"), 100000,
                [&] { chart.setAccounts(accounts, jpy, {}, 0); });
        // Hover searches only the points near the mouse.
        const QPointF middle = chart.axisRect()->rect().center();
        const Sample hover = timeMs(4 * config.runs, nullptr, [&] { (void)chart.toolTipAt(middle); });
        Figure f;
        f.key = QStringLiteral("chart.arr_health_scatter.hover");
        f.what = QStringLiteral("ARR against health, 100,000 accounts: tooltip at the plot's centre");
        f.accounts = 100000;
        f.value = hover.median;
        f.unit = QStringLiteral("ms");
        f.runs = hover.runs;
        f.minValue = hover.min;
        f.maxValue = hover.max;
        h.add(f);
    }
    {
        RenewalsBySegmentChart chart;
        QList<RenewalsBySegmentChart::Month> months;
        for (int m = 0; m < 12; ++m) {
            RenewalsBySegmentChart::Month month;
            month.month = today.addMonths(m + 1);
            for (int s = 0; s < 3; ++s)
                month.parts[std::size_t(s)] = {MinorUnits(1000) * 1'000'000, 100 * (s + 1) + m * 13, {}};
            months << month;
        }
        measure(h, config, chart, screen, QStringLiteral("renewals_by_segment"),
                QStringLiteral("Renewals per month per segment, 12 × 3"), 100000,
                [&] { chart.setMonths(months, jpy); });
    }
    {
        RoadmapGanttChart chart;
        const QDate kickoff = today.addMonths(-3);
        QList<RoadmapGanttChart::Milestone> milestones;
        for (int i = 0; i < 30; ++i) {
            RoadmapGanttChart::Milestone m;
            m.id = QString::number(i);
            m.title = QStringLiteral("Milestone %1 of the onboarding plan").arg(i + 1);
            m.due = dates::addBusinessDays(kickoff, 6 * (i + 1), dates::HolidayCalendar::japan());
            m.owner = i % 3 ? OwnerSide::Vendor : OwnerSide::Customer;
            if (m.due < today) {
                m.started = m.due.addDays(-8);
                m.completed = m.due.addDays(i % 4 - 1);
                m.status = MilestoneStatus::Done;
            }
            m.status = i == 14 ? MilestoneStatus::Blocked : m.status;
            m.firstValue = i == 9;
            milestones << m;
        }
        measure(h, config, chart, {900, 600}, QStringLiteral("roadmap_gantt"),
                QStringLiteral("Roadmap Gantt, 30 milestones over 9 months"), 0,
                [&] { chart.setRoadmap(kickoff, milestones, today, dates::HolidayCalendar::japan()); });
    }
    {
        OnboardingFunnelChart chart;
        QList<OnboardingFunnelChart::Step> steps;
        for (int i = 0; i < 8; ++i)
            steps.append(
                {QString::number(i), QStringLiteral("Step %1").arg(i + 1), 5000 - i * 550, i == 3, {}});
        measure(h, config, chart, screen, QStringLiteral("onboarding_funnel"),
                QStringLiteral("Onboarding funnel, 8 milestones"), 5000,
                [&] { chart.setFunnel(steps, 5000); });
    }
}

} // namespace csm::bench
