#pragma once

// One function per report of `csm-workbench report <name>` (registered in ReportCommand.cpp's table).

#include "app/CliCommands.h"
#include "domain/Result.h"

namespace csm {
class DocumentLanguage;
}

namespace csm::app::cli::report {

int runActions(const Context& ctx);   // ActionsReport.cpp
int runHealth(const Context& ctx);    // HealthReport.cpp
int runBacktest(const Context& ctx);  // BacktestReport.cpp
int runPortfolio(const Context& ctx); // PortfolioReport.cpp
int runQbr(const Context& ctx);       // QbrReport.cpp

// --language en|ja of the printing reports (default: the user's language); a bad value is a usage error.
Result<DocumentLanguage> documentLanguage(const Context& ctx); // PortfolioReport.cpp

// Issue 14: renewals and retention KPIs.
int runRenewals(const Context& ctx); // RenewalsReport.cpp
int runKpis(const Context& ctx);     // KpisReport.cpp
// The days ahead `report renewals` looks without --within: a year, so that the list holds every renewal of
// the Renewals view's 12-month chart.
inline constexpr int kDefaultRenewalWindowDays = 365;

} // namespace csm::app::cli::report
