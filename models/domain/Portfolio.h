#pragma once

// The portfolio by touch model (issue 16 item 2, DESIGN §6): per segment and for the whole book, from one
// compact row per account that the caller fills. Every figure is a count or a sum over the accounts for
// which countsIn() holds, and accountsBehind() lists exactly those accounts, so that a chart click opens the
// accounts it counted.

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/Segmentation.h"
#include "domain/Settings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace csm {

// One account as the portfolio reads it, as of the portfolio's day.
struct PortfolioAccount
{
    Id id;
    QString owner;
    MinorUnits arr = 0;                       // ARR on the as-of day
    TouchModel touchModel = TouchModel::Tech; // effective: SegmentationRules::assign
    bool active = true;                // ARR above zero on the as-of day (DESIGN §3); others are left out
    std::optional<double> healthScore; // the health snapshot on the as-of day; none: "no data"
    HealthBand healthBand = HealthBand::Red; // read only when there is a score
    QDate lastCustomerTouch;                 // latest customer touch on or before the day; invalid when none
    QDate nextRenewal;                       // the next renewal on or after the day; invalid when none
    std::optional<RenewalForecast> forecast; // of that renewal
    int openRoadmaps = 0;                    // active roadmaps not yet done
};

// What a figure counts; one bit each in countsIn's mask.
enum class PortfolioMeasure
{
    Accounts,   // every active account of the segment (ARR is summed over these)
    WithHealth, // with a health score (mean and median over these)
    Green,
    Yellow,
    Red,
    NoData,         // without a health score
    CadenceCovered, // last customer touch within the touch model's cadence (DESIGN §5's engagement q <= 1)
    Renewal90,      // renewing in [day, day + 90]
    AtRisk90,       // renewing in [day, day + 90] while red, yellow, or forecast at risk or lost
    AtRisk180,      // the same over [day, day + 180]
    OpenOnboarding, // with an open roadmap
};

struct PortfolioOptions
{
    int renewalWindowDays = 90;
    int riskWindowDays = 90;
    int longRiskWindowDays = 180;
};

// The day and the book settings the figures depend on.
struct PortfolioContext
{
    QDate asOf;
    QString currency;
    std::array<int, 3> cadenceDays{14, 30, 90}; // by TouchModel
    PortfolioOptions options;
    std::optional<QString> owner; // only this owner's accounts (the team view's owner filter)

    static PortfolioContext of(const BookSettings& settings, QDate asOf);
};

struct SegmentFigures
{
    int accounts = 0;
    Money arr;
    std::optional<double> arrShare; // of the whole book's ARR; none when that is zero
    std::optional<double> healthMean;
    std::optional<double> healthMedian;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int noData = 0;
    int cadenceCovered = 0;
    std::optional<double> cadenceCoverage; // cadenceCovered / accounts
    int renewals90 = 0;
    Money renewals90Arr;
    int atRisk90 = 0;
    Money arrAtRisk90;
    int atRisk180 = 0;
    Money arrAtRisk180;
    int openOnboardings = 0; // accounts
    int openRoadmaps = 0;    // roadmaps of those accounts
};

struct PortfolioSummary
{
    QDate asOf;
    std::array<SegmentFigures, 4> segments; // by Segment: high, low, tech, all
    bool arrOverflow = false;               // a sum did not fit (never with real books)

    const SegmentFigures& operator[](Segment s) const { return segments[std::size_t(s)]; }
};

// Whether the account counts in a measure of a segment (Segment::All: any segment). Inactive accounts and
// other owners' accounts (when the context names one) count in none.
bool countsIn(const PortfolioAccount& a, Segment segment, PortfolioMeasure measure,
              const PortfolioContext& context);

// One pass over the accounts; no allocation per account.
PortfolioSummary computePortfolio(std::span<const PortfolioAccount> accounts,
                                  const PortfolioContext& context);

// The ids behind one figure, in input order.
QList<Id> accountsBehind(std::span<const PortfolioAccount> accounts, Segment segment,
                         PortfolioMeasure measure, const PortfolioContext& context);

// The owners of the accounts, sorted, each once (the team view's Owner dimension).
QStringList portfolioOwners(std::span<const PortfolioAccount> accounts);

} // namespace csm
