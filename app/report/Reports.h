#pragma once

// One function per report of `csm-workbench report <name>` (registered in ReportCommand.cpp's table).

#include "app/CliCommands.h"

namespace csm::app::cli::report {

int runActions(const Context& ctx);  // ActionsReport.cpp
int runRoadmaps(const Context& ctx); // RoadmapsReport.cpp
int runHealth(const Context& ctx);   // HealthReport.cpp
int runBacktest(const Context& ctx); // BacktestReport.cpp

// Issue 14: renewals and retention KPIs.
int runRenewals(const Context& ctx); // RenewalsReport.cpp
int runKpis(const Context& ctx);     // KpisReport.cpp
// The days ahead `report renewals` looks without --within: a year, so that the list holds every renewal of
// the Renewals view's 12-month chart.
inline constexpr int kDefaultRenewalWindowDays = 365;

} // namespace csm::app::cli::report
