#pragma once

// Everything the portfolio page, the portfolio report and `report portfolio` show (issue 16), built from one
// compact source row per account that storage reads in one pass over a book (storage/PortfolioRows.h).
// Health is scored here by the health engine from the account's rows, for the as-of day and the trend's
// days; once the book keeps health snapshots, the source can carry the snapshot scores instead and this is
// the one place to change.

#include "domain/ContractTerms.h"
#include "domain/Dates.h"
#include "domain/HealthModel.h"
#include "domain/HealthRows.h"
#include "domain/Portfolio.h"
#include "domain/Segmentation.h"
#include "domain/Settings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace csm {

// A live renewal row of an account.
struct PortfolioRenewalRow
{
    QDate renewalDate;
    RenewalForecast forecast = RenewalForecast::Likely;
    RenewalOutcome outcome = RenewalOutcome::Pending;
};

// One account of a book, whatever the day.
struct PortfolioSourceAccount
{
    Id id;
    QString name;
    QString owner;
    QString plan;
    QString industry;
    QDateTime updatedAt; // the account row's, for the team merge
    bool deleted = false;
    HealthAccountRows rows; // the health engine's input; rows.arr gives the ARR on any day
    QDate contractStart;    // of the latest live contract that has started; invalid when the account has none
    int termMonths = 0;
    bool autoRenew = true;
    int noticeDays = 60;
    QList<PortfolioRenewalRow> renewals;
    int openRoadmaps = 0; // active roadmaps with a milestone not done or skipped
};

// Mean health per segment on one day of the trend.
struct PortfolioHealthPoint
{
    QDate day;
    std::array<std::optional<double>, 4> mean{}; // by Segment
    std::array<int, 4> scored{};                 // accounts with a score behind each mean
};

// Renewals of one month by segment (high, low, tech), with the accounts behind them.
struct PortfolioRenewalMonth
{
    QDate month; // the first day
    std::array<int, 3> count{};
    std::array<MinorUnits, 3> arr{};
    std::array<QList<Id>, 3> ids{};
};

struct PortfolioView
{
    PortfolioContext context;
    QList<PortfolioAccount> accounts; // active or not; the figures count the active ones in scope
    QStringList names;                // by index of accounts
    PortfolioSummary summary;
    QList<PortfolioHealthPoint> trend;          // 12 points, oldest first: month ends, then the as-of day
    QList<PortfolioRenewalMonth> renewalMonths; // the as-of day's month and the 11 after it
    QStringList owners;                         // of every account, sorted, each once
    // GRR and NRR (DESIGN §7) over the twelve months up to the day, by the segment each account of the
    // start cohort had on the day before the period; none without a cohort.
    dates::DateRange retentionPeriod;
    std::array<std::optional<double>, 4> grr{};
    std::array<std::optional<double>, 4> nrr{};
};

// The terms of the account's latest contract with the renewals recorded for it (ContractTerms::of).
ContractTerms contractTermsOf(const PortfolioSourceAccount& a);
// The account's current renewal date after asOf (ContractSchedule::current, DESIGN §4, as the accounts list
// shows it: a contract that does not renew by itself has only its end, while that is ahead), or invalid.
QDate nextRenewalOf(const PortfolioSourceAccount& a, QDate asOf);

// The account on asOf: ARR on the day, touch model by the rules (override first), health by the engine,
// the next renewal and the forecast of the renewal row of that date.
PortfolioAccount portfolioAccountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                                    const SegmentationRules& rules, QDate asOf);
PortfolioAccount portfolioAccountOn(const PortfolioSourceAccount& a, const BookSettings& settings,
                                    const HealthModel& model, const SegmentationRules& rules, QDate asOf);

// The whole view. `owner` limits every figure, the trend and the renewals to one owner's accounts.
PortfolioView buildPortfolioView(std::span<const PortfolioSourceAccount> accounts,
                                 const BookSettings& settings, const SegmentationRules& rules, QDate asOf,
                                 const std::optional<QString>& owner = std::nullopt);

// GRR and NRR of the view's retention period only (cheap: no health), for one owner or all.
struct PortfolioRetention
{
    dates::DateRange period;
    std::array<std::optional<double>, 4> grr{};
    std::array<std::optional<double>, 4> nrr{};
};
PortfolioRetention portfolioRetention(std::span<const PortfolioSourceAccount> accounts,
                                      const SegmentationRules& rules, const QString& currency, QDate asOf,
                                      const std::optional<QString>& owner = std::nullopt);

// The days of the trend: the last days of the 11 months before asOf's month, then asOf.
QList<QDate> portfolioTrendDays(QDate asOf);

} // namespace csm
