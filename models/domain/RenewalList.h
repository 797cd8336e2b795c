#pragma once

// The renewals a CSM works through (issue 14): each live contract's current renewal as of a day, with its
// countdown to the notice deadline, its stage and its forecast; the ARR at risk; and the ARR renewing per
// month by forecast (the Renewals view's chart). Storage reads the contracts (storage/RenewalReads.h); the
// Renewals view and `report renewals` compute the same list from them here.

#include "domain/ContractTerms.h"
#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/RenewalStage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <optional>
#include <utility>

namespace csm {

// A forecast recorded for one renewal date of an account (a live `renewal` row).
struct RecordedForecast
{
    Id renewalId;
    RenewalForecast forecast = RenewalForecast::Likely;
    RenewalOutcome outcome = RenewalOutcome::Pending;
};

// What a renewal is computed from: an account's latest live contract and what the view shows of the
// account beside it.
struct RenewalContract
{
    Id contractId;
    Id accountId;
    QString accountName;
    QString owner;
    TouchModel touchModel = TouchModel::Tech;
    MinorUnits arr = 0; // the account's ARR on the day the list is computed for
    ContractTerms terms;
    QDate lastCustomerTouch;              // invalid when none
    std::optional<HealthBand> healthBand; // the latest health snapshot's, when the engine has run
    // The forecasts recorded for the account's renewal dates after that day, by date (of two for one date,
    // the one updated last). Mostly one, kept inside: no allocation of its own for each account.
    QVarLengthArray<std::pair<QDate, RecordedForecast>, 1> forecasts;

    // The forecast recorded for a renewal date; none: not forecast yet.
    std::optional<RecordedForecast> forecastFor(QDate renewalDate) const;
};

struct UpcomingRenewal
{
    RenewalContract contract;
    RenewalPoint point;
    RenewalCountdown countdown;
    std::optional<RecordedForecast> recorded; // none: not forecast yet

    std::optional<RenewalForecast> forecast() const
    {
        return recorded ? std::optional<RenewalForecast>(recorded->forecast) : std::nullopt;
    }
    // DESIGN-free but issue 14's: red or yellow health, or forecast at risk.
    bool atRisk() const;
};

class RenewalList
{
    Q_DECLARE_TR_FUNCTIONS(RenewalList)
public:
    // Every contract's current renewal as of asOf (the first renewal date after it, DESIGN §4) whose day to
    // act by (the notice deadline; the renewal date of a contract that does not renew by itself) is at most
    // withinDays days away (past deadlines included until the renewal date). Contracts of accounts with no
    // ARR on asOf (churned, not yet customers) and ended contracts have none. Ordered by the day to act by,
    // then renewal date, account name and contract id.
    // The contracts are moved into the renewals.
    static QList<UpcomingRenewal> upcoming(QList<RenewalContract> contracts, QDate asOf, int withinDays,
                                           const dates::HolidayCalendar& calendar);
};

// ARR renewing (by renewal date) within the next 90 and 180 days on accounts at risk
// (UpcomingRenewal::atRisk).
struct ArrAtRisk
{
    MinorUnits within90 = 0;
    MinorUnits within180 = 0;
    int accounts90 = 0;
    int accounts180 = 0;
};
ArrAtRisk arrAtRisk(const QList<UpcomingRenewal>& renewals, QDate asOf);

// The chart's bars: ARR renewing in each of the 12 calendar months starting with asOf's month, split by
// forecast (commit, likely, at risk, lost, not forecast yet), with the renewals behind each part.
struct RenewalMonth
{
    QDate month;                     // its first day
    static constexpr int kParts = 5; // RenewalForecast's four, then "not forecast yet"
    std::array<MinorUnits, kParts> arr{};
    std::array<QList<Id>, kParts> contracts{};
};
QList<RenewalMonth> renewalMonths(const QList<UpcomingRenewal>& renewals, QDate asOf, int months = 12);
// The part of RenewalMonth a forecast goes to.
int forecastPart(const std::optional<RenewalForecast>& forecast);

} // namespace csm
