#pragma once

// Everything the portfolio page, the portfolio report and `report portfolio` show (issue 16), built from one
// compact source row per account that storage reads in one pass over a book (storage/PortfolioRows.h).
// Health on the view's days (portfolioTrendDays: a Monday for each of the last eleven months, then the as-of
// day) is the health the book keeps (issue 12: the Monday snapshots, the current score on the account row)
// where the source carries it, and otherwise scored here by the health engine from the account's rows
// (docs/decisions.md, "The portfolio's health from the book's snapshots").

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

// A live renewal row of an account: the forecast of its date.
struct PortfolioRenewalRow
{
    QDate renewalDate;
    RenewalForecast forecast = RenewalForecast::Likely;
};

// The view's days: portfolioTrendDays(asOf).
inline constexpr qsizetype kPortfolioTrendPoints = 12;

// The health a book keeps for an account on the view's days as of one day: the score of its Monday snapshot
// for a trend day, its current score for the as-of day (the last). On a day it has, the view shows it
// instead of scoring the account's rows; a kept "no data" stays no data.
class KeptPortfolioHealth
{
public:
    KeptPortfolioHealth() = default;
    explicit KeptPortfolioHealth(QDate asOf) : m_asOf(asOf) {}

    QDate asOf() const { return m_asOf; }
    // Day `point` of portfolioTrendDays(asOf()) is kept, with this score (none: no data).
    void keep(qsizetype point, std::optional<double> score);
    // Whether the book keeps day `point` of the view as of `asOf`.
    bool has(QDate asOf, qsizetype point) const
    {
        return asOf == m_asOf && point >= 0 && point < kPortfolioTrendPoints && (m_kept >> point) & 1U;
    }
    std::optional<double> score(qsizetype point) const { return m_scores[std::size_t(point)]; }

private:
    QDate m_asOf;
    unsigned m_kept = 0; // a bit per point
    std::array<std::optional<double>, kPortfolioTrendPoints> m_scores{};
};

// One account of a book, whatever the day.
struct PortfolioSourceAccount
{
    Id id;
    QString name;
    QString owner;
    QString plan;
    QString industry;
    QDateTime updatedAt; // the account row's, for the team merge (read with the tombstones only)
    bool deleted = false;
    HealthAccountRows rows; // the health engine's input; rows.arr gives the ARR on any day
    QDate contractStart;    // of the latest live contract that has started; invalid when the account has none
    int termMonths = 0;
    int renewalTermMonths = 0; // every term after the first; 0: as long as the first
    bool autoRenew = true;
    int noticeDays = 60;
    // The live renewals with a decided outcome dated after contractStart (what extends a contract that does
    // not renew by itself).
    RecordedRenewals recorded;
    // Live renewal rows, at least those dated after the day the view is built for (the next renewal's
    // forecast).
    QList<PortfolioRenewalRow> renewals;
    int openRoadmaps = 0; // active roadmaps with a milestone not done or skipped
    KeptPortfolioHealth kept;
    // The latest customer touch on or before kept.asOf(), read with the kept score of that day (rows.touches
    // are not read when every day is kept); invalid when none.
    QDate lastCustomerTouch;
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
    QList<PortfolioHealthPoint> trend;          // 12 points, oldest first: portfolioTrendDays
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

// The account on asOf: ARR on the day, touch model by the rules (override first), health as kept for asOf
// (a.kept) or else by the engine from its rows, the next renewal and the forecast of the renewal row of that
// date.
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

// The days of the trend: for each of the 11 months before asOf's month the latest Monday on or before its
// last day (the book keeps health snapshots on Mondays), then asOf.
QList<QDate> portfolioTrendDays(QDate asOf);
// Whether `day` is one of the Mondays portfolioTrendDays gives for some as-of day (the latest Monday on or
// before the last day of its month): the days whose scores a book keeps in one row each (schema 14).
bool isPortfolioTrendMonday(QDate day);

} // namespace csm
