#pragma once

// The reads behind the Renewals view, the KPIs and their command-line reports (issue 14): each live
// account's latest contract with what the view shows beside it, the forecasts recorded for renewals ahead,
// and every account's ARR history and NPS responses packed for RetentionKpis. Read-only; they run on the
// reader thread for the window and on the command line's connection.

#include "domain/Entities.h"
#include "domain/Kpi.h"
#include "domain/KpiScope.h"
#include "domain/RenewalList.h"
#include "domain/ReportPeriod.h"
#include "domain/Result.h"
#include "domain/RetentionLedger.h"
#include "domain/Today.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace csm {

class Book;

// Each live account's latest live contract that has started by asOf (by start date; of two on one day the
// one written last), with the account's ARR on asOf (the ARR after its latest live event on or before it;
// the saved ARR of an account without events), touch model, last customer touch on or before asOf and the
// band of its latest health snapshot on or before asOf and the forecasts recorded for its renewal dates after
// asOf (live renewal rows; of two for one date, the one updated last). With `second`, another read-only
// connection of the book (a read job's, BookWorkspace::read), half of the tables are read on it at the same
// time.
Result<QList<RenewalContract>> readRenewalContracts(const Book& book, QDate asOf, Book* second = nullptr);

// The KPIs' input: every live account (in id order) with its live ARR events and the live NPS responses
// dated in `nps` (all of them when it is not given: the KPIs count only a period's responses). With
// `second`, another read-only connection of the book, half of the rows are read on it at the same time.
struct RetentionBook
{
    RetentionLedger ledger;
    QList<Id> accountIds;     // by ledger account number
    QStringList accountNames; // by ledger account number
    KpiAccountFacts facts;
};
Result<RetentionBook> readRetentionBook(const Book& book,
                                        const std::optional<dates::DateRange>& nps = std::nullopt,
                                        Book* second = nullptr);

// What the Renewals view and `report renewals` show: RenewalList::upcoming over the book's contracts and
// recorded forecasts, on the book's holiday calendar.
Result<QList<UpcomingRenewal>> readUpcomingRenewals(const Book& book, QDate asOf, int withinDays,
                                                    Book* second = nullptr);
// Today's renewals that entered a stage (T-180 ... T-30, past deadline) since the last business day
// before asOf, so that a stage entered over a weekend or a holiday is not missed (renewalsEnteringStages
// over readUpcomingRenewals, as far ahead as the earliest stage begins). The Today page and `report
// actions` both read them here.
Result<QList<TodayStageEntry>> readRenewalsEnteringStages(const Book& book, QDate asOf);
// The book's gross margin for LTV (setting `gross_margin_percent`, 0..100, default 100) as a fraction.
Result<double> readGrossMargin(const Book& book);
// What the Reports view and `report kpis` show: the KPIs of a period, split as asked, with the gross margin
// of the book's settings (`second` as readRetentionBook's).
Result<KpiReport> readKpis(const Book& book, const dates::DateRange& period, KpiSplit split, bool drillDown,
                           Book* second = nullptr);

// What the Reports view shows (issue 14): the KPIs of a period with the accounts behind them, GRR and NRR of
// the 8 fiscal quarters before the one containing `today`, and the book's KPI targets, from one read.
struct KpiView
{
    ReportPeriod period;
    KpiReport report;
    QList<ReportPeriod> quarters;
    QList<KpiFigures> quarterFigures; // by quarters
    QList<Id> accountIds;             // by ledger account number (KpiAccountLine::account)
    QStringList accountNames;
    QList<KpiTarget> targets;
};
Result<KpiView> readKpiView(const Book& book, const ReportPeriod& period, KpiSplit split, QDate today,
                            Book* second = nullptr);
// The live KPI targets (schema 4).
Result<QList<KpiTarget>> readKpiTargets(const Book& book);

} // namespace csm
