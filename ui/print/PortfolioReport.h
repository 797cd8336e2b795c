#pragma once

// The printable portfolio report for team meetings (issue 16 item 4): a cover with the book (or team) and the
// as-of date, the key figures per segment (high, low and tech touch and all accounts), the charts, and the
// twenty largest risks with their reasons. Fed figures already aggregated (domain/Portfolio.h), so its time
// does not grow with the book: only the charts' callbacks see per-account data.

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/Portfolio.h"
#include "domain/ReportPeriod.h"
#include "ui/print/PdfDocument.h"

#include <array>
#include <optional>

namespace csm {

// Why an account is on the risk list; the document words it in its language.
struct PortfolioRiskReason
{
    enum class Kind
    {
        HealthRed,
        HealthYellow,
        HealthDrop,     // value: points lost against 30 days before
        ForecastAtRisk, // the renewal's forecast
        ForecastLost,
        Silent,          // value: days since the latest customer touch
        NoticeDeadline,  // date: the notice deadline
        OnboardingStuck, // value: business days behind
        Note,            // note: the CSM's own words, printed as written
    };
    Kind kind = Kind::HealthRed;
    double value = 0;
    QDate date;
    QString note;

    static PortfolioRiskReason of(Kind kind, double value = 0) { return {kind, value, {}, {}}; }
    static PortfolioRiskReason noticeDeadline(QDate date) { return {Kind::NoticeDeadline, 0, date, {}}; }
    static PortfolioRiskReason written(QString note) { return {Kind::Note, 0, {}, std::move(note)}; }
};

struct PortfolioRisk
{
    QString account;
    QString owner;
    TouchModel touchModel = TouchModel::Tech;
    Money arr;
    std::optional<double> healthScore;
    std::optional<HealthBand> healthBand;
    QDate renewal;
    std::optional<RenewalForecast> forecast;
    QList<PortfolioRiskReason> reasons;
};

// GRR and NRR of the period for one segment (KpiFigures::grr(), nrr()); none when the cohort is empty.
struct SegmentRetention
{
    std::optional<double> grr;
    std::optional<double> nrr;
};

// The five portfolio charts (ui/charts); a chart left empty prints as "no data".
struct PortfolioCharts
{
    ChartPainter arrBySegment;
    ChartPainter healthMix;       // stacked by band, per segment
    ChartPainter healthTrend;     // per segment, the last 12 months
    ChartPainter arrVsHealth;     // one point per account
    ChartPainter renewalsByMonth; // per segment
};

struct PortfolioReportInput
{
    QString bookName;       // the book's, or the team's
    QStringList teamOwners; // a team view: the owners it brings together; empty for one book
    QDate asOf;
    PortfolioSummary summary;
    ReportPeriod period;                         // of GRR and NRR
    std::array<SegmentRetention, 4> retention{}; // by Segment
    PortfolioCharts charts;
    QList<PortfolioRisk> risks; // any number: the report prints the twenty with the most ARR
};

inline constexpr int kPortfolioRiskRows = 20;

void addPortfolioReport(PdfDocument& document, const PortfolioReportInput& input);
Result<PrintedDocument> printPortfolioReport(const PortfolioReportInput& input,
                                             const DocumentLanguage& language, const QString& path,
                                             PaperSize paper = defaultPaperSize());

} // namespace csm
