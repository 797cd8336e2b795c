#pragma once

// The one-page QBR sheet per account (issue 16 item 4): health and its trend, usage, the quarter's touches,
// roadmap progress, renewal and notice deadline, open follow-ups. One account, or a selection printed into
// one PDF with one page each (`report qbr --account ID --out FILE.pdf`, issue 16 item 5).

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/ReportPeriod.h"
#include "domain/RoadmapStatus.h"
#include "ui/print/PdfDocument.h"

#include <optional>

namespace csm {

struct QbrTouch
{
    QDate on;
    TouchKind kind = TouchKind::Meeting;
    QString summary;
    std::optional<int> sentiment; // -2 .. +2
};

struct QbrFollowUp
{
    QDate due;
    QString text; // the touch's next step
};

struct QbrRoadmap
{
    QString name;
    RoadmapProgress progress;
    QString nextMilestone; // title; empty when none is open
    QDate nextDue;
};

struct QbrAccount
{
    QString name;
    QString owner;
    TouchModel touchModel = TouchModel::Tech;
    QString plan;
    int seats = 0;
    Money arr;
    std::optional<double> healthScore; // on the as-of day
    std::optional<HealthBand> healthBand;
    std::optional<double> healthScoreAtStart; // on the quarter's first day: the trend in figures
    ChartPainter healthTrend;                 // the score over time; none: "no data"
    ChartPainter usage;                       // active users over time
    std::optional<double> activeUsers;        // mean daily active users over the last 30 days
    QList<QbrTouch> touches;                  // the quarter's customer touches
    std::optional<QbrRoadmap> roadmap;        // the active roadmap
    QDate renewalDate;
    QDate noticeDeadline;
    std::optional<RenewalForecast> forecast;
    QList<QbrFollowUp> followUps; // open ones
};

struct QbrInput
{
    QString bookName;
    QDate asOf;
    ReportPeriod quarter;
    QList<QbrAccount> accounts; // one page each, in this order
};

// What one page shows at most; the rest is counted under the table.
inline constexpr int kQbrTouchRows = 8;
inline constexpr int kQbrFollowUpRows = 6;

// Adds one account's sheet as a part that fits on one page.
void addQbrSheet(PdfDocument& document, const QbrAccount& account, const QbrInput& input);
// Every account of the input, one page each, in one file.
Result<PrintedDocument> printQbrSheets(const QbrInput& input, const DocumentLanguage& language,
                                       const QString& path, PaperSize paper = defaultPaperSize());

} // namespace csm
