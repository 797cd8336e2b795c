#include "ui/portfolio/QbrPrint.h"

#include "domain/ContractTerms.h"
#include "domain/Dates.h"
#include "domain/HealthEngine.h"
#include "domain/HealthModel.h"
#include "domain/HealthRows.h"
#include "domain/ReportPeriod.h"
#include "domain/RoadmapStatus.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/HealthTrendChart.h"
#include "ui/charts/UsageSparkline.h"
#include "ui/print/QbrSheet.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace csm {
namespace {

constexpr int kTrendWeeks = 52;
constexpr int kUsageDays = 60;

// The charts of one sheet, alive until the document is written.
struct SheetCharts
{
    std::unique_ptr<HealthTrendChart> trend = std::make_unique<HealthTrendChart>();
    std::unique_ptr<UsageSparkline> usage = std::make_unique<UsageSparkline>();
};

Result<QbrAccount> readSheet(Book& book, const Id& id, QDate asOf, const ReportPeriod& quarter,
                             SheetCharts& charts)
{
    auto account = book.accounts().get(id);
    if (!account)
        return account.error();
    const Account& a = account.value();
    auto arr = book.arrEvents().forAccount(id);
    auto touches = book.touches().forAccount(id);
    auto nps = book.nps().forAccount(id);
    auto roadmaps = book.roadmaps().forAccount(id);
    auto contracts = book.contracts().forAccount(id);
    auto renewals = book.renewals().forAccount(id);
    // Usage back to the first trend week's windows.
    auto usage = book.usage().forAccount(id, QStringLiteral("active_users"),
                                         asOf.addDays(-7 * kTrendWeeks - kUsageDays), asOf);
    for (const Error* e :
         {arr ? nullptr : &arr.error(), touches ? nullptr : &touches.error(), nps ? nullptr : &nps.error(),
          roadmaps ? nullptr : &roadmaps.error(), contracts ? nullptr : &contracts.error(),
          renewals ? nullptr : &renewals.error(), usage ? nullptr : &usage.error()}) {
        if (e)
            return *e;
    }

    const BookSettings settings = book.settings();
    const HealthModel model = HealthModel::fromSettings(settings);
    const HealthAccountRows rows = healthRowsOf(a, *arr, *usage, *touches, *nps, *roadmaps);
    auto scoreOn = [&](QDate d) { return scoreHealth(healthInputsAt(rows, settings, d), model, d); };

    QbrAccount sheet;
    sheet.name = a.name;
    sheet.owner = a.owner;
    sheet.touchModel = touchModelOn(rows, settings, asOf);
    sheet.plan = a.plan;
    sheet.seats = a.seats;
    sheet.arr = Money(arrOn(rows, asOf), settings.currency);
    const HealthExplanation now = scoreOn(asOf);
    sheet.healthScore = now.score;
    sheet.healthBand = now.band;
    sheet.healthScoreAtStart = scoreOn(quarter.range().from).score;

    QList<HealthTrendChart::Point> points;
    for (int w = kTrendWeeks; w >= 0; --w) {
        const QDate day = asOf.addDays(-7 * w);
        const HealthExplanation h = scoreOn(day);
        points.append({day, h.score, h.band.value_or(HealthBand::Red)});
    }
    const HealthBandLimits limits{settings.yellowMin, settings.greenMin};
    charts.trend->setRangeMonths(12);
    charts.trend->setHistory(points, limits, asOf);
    sheet.healthTrend = [chart = charts.trend.get()](QPainter& p, const QRectF& r) { chart->render(p, r); };

    const HealthInputs inputs = healthInputsAt(rows, settings, asOf);
    UsageSparkline::Usage u;
    u.asOf = asOf;
    for (const UsageMetric& m : usage.value()) {
        if (m.date > asOf.addDays(-kUsageDays))
            u.days.append({m.date, m.value});
    }
    if (inputs.priorUsageDays > 0)
        u.priorMean = inputs.priorUsageSum / inputs.priorUsageDays;
    if (inputs.recentUsageDays > 0) {
        u.recentMean = inputs.recentUsageSum / inputs.recentUsageDays;
        sheet.activeUsers = u.recentMean;
    }
    charts.usage->setUsage(u);
    sheet.usage = [chart = charts.usage.get()](QPainter& p, const QRectF& r) { chart->render(p, r); };

    for (const Touch& t : touches.value()) { // newest first
        if (t.deleted || !isCustomerTouch(t.kind) || t.occurredOn > asOf ||
            t.occurredOn < quarter.range().from)
            continue;
        sheet.touches.append({t.occurredOn, t.kind, t.summary, t.sentiment});
    }
    for (const Touch& t : touches.value()) {
        if (!t.deleted && t.followUpOn && !t.followUpDone)
            sheet.followUps.append({*t.followUpOn, t.nextStep.isEmpty() ? t.summary : t.nextStep});
    }
    std::stable_sort(sheet.followUps.begin(), sheet.followUps.end(),
                     [](const QbrFollowUp& x, const QbrFollowUp& y) { return x.due < y.due; });

    const dates::HolidayCalendar calendar = dates::HolidayCalendar::forSettings(settings);
    for (const Roadmap& r : roadmaps.value()) {
        if (r.deleted || !r.active)
            continue;
        QbrRoadmap roadmap;
        roadmap.name = r.name;
        roadmap.progress = roadmapProgress(r, asOf, calendar);
        QList<Milestone> live;
        for (const Milestone& m : r.milestones)
            if (!m.deleted)
                live.append(m);
        if (roadmap.progress.nextMilestone >= 0 && roadmap.progress.nextMilestone < live.size()) {
            roadmap.nextMilestone = live[roadmap.progress.nextMilestone].title;
            roadmap.nextDue = live[roadmap.progress.nextMilestone].dueOn;
        }
        sheet.roadmap = roadmap;
        break;
    }

    const Contract* latest = nullptr;
    for (const Contract& c : contracts.value()) { // by start date
        if (!c.deleted && c.startDate <= asOf)
            latest = &c;
    }
    if (latest) {
        // As the accounts list: a contract that does not renew by itself has only its end, while ahead.
        const ContractTerms terms =
            ContractTerms::of(*latest, RecordedRenewals::of(renewals.value(), latest->startDate));
        const RenewalPoint next = ContractSchedule::current(terms, asOf, ContractSchedule::noHolidays());
        sheet.renewalDate = next.renewalDate;
        sheet.noticeDeadline = next.noticeDeadline;
        for (const Renewal& r : renewals.value()) {
            if (!r.deleted && r.renewalDate.isValid() && r.renewalDate == sheet.renewalDate)
                sheet.forecast = r.forecast;
        }
    }
    return sheet;
}

} // namespace

Result<PrintedDocument> printQbrForAccounts(Book& book, const QList<Id>& accountIds, QDate asOf,
                                            const DocumentLanguage& language, const QString& path)
{
    const dates::FiscalCalendar fiscal(book.settings().fiscalYearStartMonth);
    QbrInput input;
    input.bookName = book.displayName();
    input.asOf = asOf;
    input.quarter = ReportPeriod::fiscalQuarter(fiscal.fiscalYear(asOf), fiscal.quarter(asOf), fiscal);
    std::vector<SheetCharts> charts(std::size_t(accountIds.size()));
    for (qsizetype i = 0; i < accountIds.size(); ++i) {
        auto sheet = readSheet(book, accountIds[i], asOf, input.quarter, charts[std::size_t(i)]);
        if (!sheet) {
            Error e = sheet.error();
            if (e.where.isEmpty())
                e.where = accountIds[i];
            return e;
        }
        input.accounts.append(std::move(sheet.value()));
    }
    return printQbrSheets(input, language, path);
}

} // namespace csm
